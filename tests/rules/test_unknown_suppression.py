"""F012 unknown-suppression."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def suppressing(lang: str, key: str) -> str:
    entry = ("status: active\n", f'status: active\nsuppress:\n  {key}: "agreed with Erik"\n')
    return goal(lang, None, entry, ("deadline: 2017-06-30\n", ""))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", ["T001", "missing-deadline"])
def test_a_code_or_a_name_passes(lang: str, key: str) -> None:
    assert hits("F012", suppressing(lang, key), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", ["T999", "missing-dedline", "T"])
def test_anything_else_is_reported_at_its_key(lang: str, key: str) -> None:
    text = suppressing(lang, key)
    assert hits("F012", text, lang=lang) == [(17, "F012")]
    assert hits("T001", text, lang=lang) == [(3, "T001")]  # and suppresses nothing


def test_messages_suggest_the_closest_rule() -> None:
    assert (
        "did you mean 'missing-deadline'?"
        in messages("F012", suppressing("en", "missing-dedline"))[0]
    )
    swedish = messages("F012", suppressing("sv", "missing-dedline"), lang="sv")[0]
    assert swedish.startswith("'suppress: missing-dedline' är ingen regel (menade du")
