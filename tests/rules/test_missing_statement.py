"""F009 missing-statement: the good goal passes; the same goal broken is reported, in both languages."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def broken(lang: str) -> str:
    text = goal(lang)
    return text.replace("\n# ", "\n")


@pytest.mark.parametrize("lang", LANGS)
def test_the_good_goal_passes(lang: str) -> None:
    assert hits("F009", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_broken_goal_is_reported_where_it_breaks(lang: str) -> None:
    assert hits("F009", broken(lang), lang=lang) == [(18, "F009")]


def test_messages() -> None:
    assert "no statement: write it as the first H1" in messages("F009", broken("en"))[0]
    assert (
        "inget påstående: skriv det som första H1-rubrik"
        in messages("F009", broken("sv"), lang="sv")[0]
    )
