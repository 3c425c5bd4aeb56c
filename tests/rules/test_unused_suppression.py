"""F011 unused-suppression."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def suppressing(lang: str, key: str, *edits: tuple[str, str]) -> str:
    entry = ("status: active\n", f'status: active\nsuppress:\n  {key}: "agreed with Erik"\n')
    return goal(lang, None, entry, *edits)


NO_DEADLINE = ("deadline: 2017-06-30\n", "")


@pytest.mark.parametrize("lang", LANGS)
def test_a_suppression_in_use_passes_and_hides_the_rule(lang: str) -> None:
    text = suppressing(lang, "missing-deadline", NO_DEADLINE)
    assert hits("F011", text, lang=lang) == []
    assert hits("T001", text, lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_suppression_with_nothing_to_hide_is_reported_at_its_key(lang: str) -> None:
    assert hits("F011", suppressing(lang, "T001"), lang=lang) == [(18, "F011")]


def test_a_suppression_of_an_unselected_rule_is_left_alone() -> None:
    assert hits("F011", suppressing("en", "T001"), select=("F", "M")) == []


def test_messages() -> None:
    assert messages("F011", suppressing("en", "T001")) == [
        "'suppress: T001' is not needed: T001 (missing-deadline) reports nothing here; remove "
        "the entry"
    ]
    assert messages("F011", suppressing("sv", "T001"), lang="sv")[0].startswith(
        "'suppress: T001' behövs inte"
    )
