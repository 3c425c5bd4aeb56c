"""L002 unresolved-reference."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

KPI = "---\nid: reply-time\nkind: kpi\nowner: anna@example.com\n---\n# Svarstid i timmar\n"


def linked(lang: str, target: str) -> str:
    return goal(lang, None, ("kind: goal\n", f"kind: goal\nkpi: {target}\n"))


@pytest.mark.parametrize("lang", LANGS)
def test_a_link_to_a_statement_of_the_right_kind_passes(lang: str) -> None:
    assert hits("L002", linked(lang, "reply-time"), KPI, lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_link_to_nothing_is_reported_at_the_value(lang: str) -> None:
    assert hits("L002", linked(lang, "reply-tmie"), KPI, lang=lang) == [(4, "L002")]


@pytest.mark.parametrize("lang", LANGS)
def test_a_link_to_the_wrong_kind_is_reported(lang: str) -> None:
    assert hits("L002", linked(lang, "faster-replies"), lang=lang) == [(4, "L002")]


def test_messages() -> None:
    assert "(did you mean 'reply-time'?)" in messages("L002", linked("en", "reply-tmie"), KPI)[0]
    assert messages("L002", linked("sv", "faster-replies"), lang="sv") == [
        "'kpi: faster-replies' ska peka på ett nyckeltal, men goals/file0.md är ett mål"
    ]
