"""F001 front-matter-missing: the good goal passes; the same goal broken is reported, in both languages."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def broken(lang: str) -> str:
    text = goal(lang)
    return text.split("---\n")[-1]


@pytest.mark.parametrize("lang", LANGS)
def test_the_good_goal_passes(lang: str) -> None:
    assert hits("F001", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_broken_goal_is_reported_where_it_breaks(lang: str) -> None:
    assert hits("F001", broken(lang), lang=lang) == [(1, "F001")]


def test_messages() -> None:
    assert "the file has no front matter" in messages("F001", broken("en"))[0]
    assert "filen saknar front matter" in messages("F001", broken("sv"), lang="sv")[0]
