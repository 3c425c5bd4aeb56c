"""M004 statement-metric-mismatch: the statement's numbers agree with the front matter."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


@pytest.mark.parametrize("lang", LANGS)
def test_from_48_to_24_with_baseline_48_and_target_24_passes(lang: str) -> None:
    assert hits("M004", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_another_target_is_reported_at_the_target(lang: str) -> None:
    assert hits("M004", goal(lang, None, ("target: 24", "target: 36")), lang=lang) == [(12, "M004")]


@pytest.mark.parametrize("lang", LANGS)
def test_another_baseline_is_reported_at_the_baseline(lang: str) -> None:
    assert hits("M004", goal(lang, None, ("baseline: 48", "baseline: 50")), lang=lang) == [
        (11, "M004")
    ]


def test_a_percent_change_is_checked_against_baseline_and_target() -> None:
    costs = "# Jag skall sänka kostnaderna med 5 % för min funktion till den 30 juni 2017"
    right = goal("sv", costs, ("unit: hours", "unit: kSEK"), ("baseline: 48", "baseline: 1000"))
    right = right.replace("target: 24", "target: 950")
    assert hits("M004", right, lang="sv") == []
    wrong = right.replace("target: 950", "target: 900")
    assert hits("M004", wrong, lang="sv") == [(12, "M004")]


def test_a_statement_that_increases_against_a_decreasing_metric() -> None:
    statement = "# I will increase the reply time to my customer emails by 30 June 2017"
    assert hits("M004", goal("en", statement)) == [(10, "M004")]


def test_messages() -> None:
    text = goal("en", None, ("target: 24", "target: 36"))
    assert messages("M004", text) == [
        "the statement says 24 but 'metric.target: 36' (M); make the statement and the metric agree"
    ]
    swedish = messages("M004", goal("sv", None, ("target: 24", "target: 36")), lang="sv")
    assert swedish[0].startswith("påståendet säger 24 men 'metric.target: 36'")
