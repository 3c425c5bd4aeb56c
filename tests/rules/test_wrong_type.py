"""V003 wrong-type: the good goal passes; the same goal broken is reported, in both languages."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def broken(lang: str) -> str:
    text = goal(lang)
    return text.replace("  target: 24", "  target: 24 h")


@pytest.mark.parametrize("lang", LANGS)
def test_the_good_goal_passes(lang: str) -> None:
    assert hits("V003", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_broken_goal_is_reported_where_it_breaks(lang: str) -> None:
    assert hits("V003", broken(lang), lang=lang) == [(12, "V003")]


def test_messages() -> None:
    assert "'metric.target' must be a number, not \"24 h\"" in messages("V003", broken("en"))[0]
    assert (
        "'metric.target' måste vara ett tal, inte \"24 h\""
        in messages("V003", broken("sv"), lang="sv")[0]
    )
