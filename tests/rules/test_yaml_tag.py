"""F006 yaml-tag: the good goal passes; the same goal broken is reported, in both languages."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def broken(lang: str) -> str:
    text = goal(lang)
    return text.replace("  target: 24", "  target: !python/int 24")


@pytest.mark.parametrize("lang", LANGS)
def test_the_good_goal_passes(lang: str) -> None:
    assert hits("F006", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_broken_goal_is_reported_where_it_breaks(lang: str) -> None:
    assert hits("F006", broken(lang), lang=lang) == [(12, "F006")]


def test_messages() -> None:
    assert "is not allowed; use plain values" in messages("F006", broken("en"))[0]
    assert "är inte tillåten; använd vanliga värden" in messages("F006", broken("sv"), lang="sv")[0]
