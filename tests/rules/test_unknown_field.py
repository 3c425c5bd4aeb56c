"""V002 unknown-field: the good goal passes; the same goal broken is reported, in both languages."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def broken(lang: str) -> str:
    text = goal(lang)
    return text.replace("deadline:", "dedline:")


@pytest.mark.parametrize("lang", LANGS)
def test_the_good_goal_passes(lang: str) -> None:
    assert hits("V002", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_broken_goal_is_reported_where_it_breaks(lang: str) -> None:
    assert hits("V002", broken(lang), lang=lang) == [(7, "V002")]


def test_messages() -> None:
    assert "unknown field 'dedline': did you mean 'deadline'?" in messages("V002", broken("en"))[0]
    assert (
        "okänt fält 'dedline': menade du 'deadline'?"
        in messages("V002", broken("sv"), lang="sv")[0]
    )
