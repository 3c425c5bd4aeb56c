"""T003 statement-date-mismatch: the statement's date agrees with the deadline."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

LATER = ("deadline: 2017-06-30", "deadline: 2017-12-31")


@pytest.mark.parametrize("lang", LANGS)
def test_30_june_2017_with_deadline_2017_06_30_passes(lang: str) -> None:
    assert hits("T003", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_another_deadline_is_reported_at_the_deadline(lang: str) -> None:
    assert hits("T003", goal(lang, None, LATER), lang=lang) == [(7, "T003")]


@pytest.mark.parametrize(
    "statement",
    [
        "# Jag skall öka snittet på antalet affärer från 150 per månad till 160 under 2017",
        "# I will increase my deals from 150 to 160 a month during 2017",
    ],
)
def test_a_period_contains_the_deadline(statement: str) -> None:
    assert hits("T003", goal("en", statement, LATER)) == []
    assert hits("T003", goal("en", statement)) == []  # 30 June falls in 2017
    assert hits(
        "T003", goal("en", statement, ("deadline: 2017-06-30", "deadline: 2018-03-31"))
    ) == [(7, "T003")]


def test_messages() -> None:
    assert messages("T003", goal("en", None, LATER)) == [
        "the statement says '30 june 2017' (2017-06-30) but 'deadline: 2017-12-31' (T); make the "
        "statement and the deadline agree"
    ]
    swedish = messages("T003", goal("sv", None, LATER), lang="sv")[0]
    assert "påståendet säger '30 juni 2017' (2017-06-30) men 'deadline: 2017-12-31'" in swedish
