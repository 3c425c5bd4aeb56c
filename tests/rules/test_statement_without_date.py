"""T005 statement-without-date."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

NO_DATE = {
    "sv": "# Jag ska sänka svarstiden på mina kundservicemail från 48 timmar till 24 timmar",
    "en": "# I will cut the reply time to my customer emails from 48 to 24 hours",
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_statement_with_a_date_passes(lang: str) -> None:
    assert hits("T005", goal(lang), lang=lang) == []


@pytest.mark.parametrize(
    "statement",
    [
        "# Jag skall sänka kostnaderna med 5 % för min funktion under 2017",
        "# I will cut the costs of my function by 5 % within 6 months",
    ],
)
def test_a_period_counts_as_a_time(statement: str) -> None:
    assert hits("T005", goal("en", statement)) == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_statement_without_a_time_is_reported(lang: str) -> None:
    assert hits("T005", goal(lang, NO_DATE[lang]), lang=lang) == [(18, "T005")]


def test_messages() -> None:
    assert messages("T005", goal("en", NO_DATE["en"]))[0].startswith(
        "the statement names no time (T)"
    )
    assert messages("T005", goal("sv", NO_DATE["sv"]), lang="sv")[0].startswith(
        "påståendet anger ingen tidpunkt (T)"
    )
