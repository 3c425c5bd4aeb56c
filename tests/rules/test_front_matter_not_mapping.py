"""F008 front-matter-not-mapping: the good goal passes; the same goal broken is reported, in both languages."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def broken(lang: str) -> str:
    text = goal(lang)
    return "---\n- anna@example.com\n- erik@example.com\n---\n" + text.splitlines()[-1]


@pytest.mark.parametrize("lang", LANGS)
def test_the_good_goal_passes(lang: str) -> None:
    assert hits("F008", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_broken_goal_is_reported_where_it_breaks(lang: str) -> None:
    assert hits("F008", broken(lang), lang=lang) == [(1, "F008")]


def test_messages() -> None:
    assert "the front matter is a list, not a mapping" in messages("F008", broken("en"))[0]
    assert (
        "front matter är ett enskilt värde eller en lista"
        in messages("F008", broken("sv"), lang="sv")[0]
    )
