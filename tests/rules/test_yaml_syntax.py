"""F003 yaml-syntax: the good goal passes; the same goal broken is reported, in both languages."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def broken(lang: str) -> str:
    text = goal(lang)
    return text.replace("  target: 24", "  target: [24")


@pytest.mark.parametrize("lang", LANGS)
def test_the_good_goal_passes(lang: str) -> None:
    assert hits("F003", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_broken_goal_is_reported_where_it_breaks(lang: str) -> None:
    assert hits("F003", broken(lang), lang=lang) == [(13, "F003")]


def test_messages() -> None:
    assert "did not find expected ','" in messages("F003", broken("en"))[0]
    assert "YAML-fel: hittade inte väntat ','" in messages("F003", broken("sv"), lang="sv")[0]
