"""M002 target-equals-baseline."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

SAME = ("target: 24", "target: 48")


@pytest.mark.parametrize("lang", LANGS)
def test_a_target_away_from_the_baseline_passes(lang: str) -> None:
    assert hits("M002", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_target_equal_to_the_baseline_is_reported(lang: str) -> None:
    assert hits("M002", goal(lang, None, SAME), lang=lang) == [(12, "M002")]


def test_holding_a_level_is_not_a_change() -> None:
    hold = goal("en", None, SAME, ("direction: decrease", "direction: at_most"))
    assert hits("M002", hold) == []


def test_messages() -> None:
    assert "equals the baseline" in messages("M002", goal("en", None, SAME))[0]
    assert "lika med utgångsläget" in messages("M002", goal("sv", None, SAME), lang="sv")[0]
