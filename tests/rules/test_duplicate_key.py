"""F004 duplicate-key: the good goal passes; the same goal broken is reported, in both languages."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def broken(lang: str) -> str:
    text = goal(lang)
    return text.replace("status: active\n", "status: active\ndeadline: 2017-06-30\n")


@pytest.mark.parametrize("lang", LANGS)
def test_the_good_goal_passes(lang: str) -> None:
    assert hits("F004", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_broken_goal_is_reported_where_it_breaks(lang: str) -> None:
    assert hits("F004", broken(lang), lang=lang) == [(17, "F004")]


def test_messages() -> None:
    assert "duplicate key 'deadline' (first written on line 7)" in messages("F004", broken("en"))[0]
    assert (
        "nyckeln 'deadline' finns två gånger (först skriven på rad 7)"
        in messages("F004", broken("sv"), lang="sv")[0]
    )
