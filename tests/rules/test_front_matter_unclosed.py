"""F002 front-matter-unclosed: the good goal passes; the same goal broken is reported, in both languages."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def broken(lang: str) -> str:
    text = goal(lang)
    return text.replace("status: active\n---\n", "status: active\n")


@pytest.mark.parametrize("lang", LANGS)
def test_the_good_goal_passes(lang: str) -> None:
    assert hits("F002", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_broken_goal_is_reported_where_it_breaks(lang: str) -> None:
    assert hits("F002", broken(lang), lang=lang) == [(1, "F002")]


def test_messages() -> None:
    assert "is never closed" in messages("F002", broken("en"))[0]
    assert "avslutas aldrig" in messages("F002", broken("sv"), lang="sv")[0]
