"""V005 invalid-date: the good goal passes; the same goal broken is reported, in both languages."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def broken(lang: str) -> str:
    text = goal(lang)
    return text.replace("deadline: 2017-06-30", "deadline: 2017-06-31")


@pytest.mark.parametrize("lang", LANGS)
def test_the_good_goal_passes(lang: str) -> None:
    assert hits("V005", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_broken_goal_is_reported_where_it_breaks(lang: str) -> None:
    assert hits("V005", broken(lang), lang=lang) == [(7, "V005")]


def test_messages() -> None:
    assert "which is not a date; write YYYY-MM-DD" in messages("V005", broken("en"))[0]
    assert (
        "vilket inte är ett datum; skriv ÅÅÅÅ-MM-DD" in messages("V005", broken("sv"), lang="sv")[0]
    )
