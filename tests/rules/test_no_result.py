"""S003 no-result."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

NO_RESULT = {
    "sv": "# Jag ska nå 95 % till den 30 juni 2017",
    "en": "# I will get to 95 % by 30 June 2017",
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_statement_naming_its_result_passes(lang: str) -> None:
    assert hits("S003", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_level_of_nothing_is_reported(lang: str) -> None:
    assert hits("S003", goal(lang, NO_RESULT[lang]), lang=lang) == [(18, "S003")]


@pytest.mark.parametrize(
    "statement",
    [
        "# Vi skall öka vinstmarginalen från 8 % till 10 % under 2017",
        "# I will increase my deals from 150 to 160 a month during 2017",
        "# Jag ska bli bättre på att svara",  # vague: S002's
        "# Jag skall implementera Scrum på vår IT-avdelning under 2017",  # an activity: G001's
    ],
)
def test_results_and_other_rules_cases_pass(statement: str) -> None:
    assert hits("S003", goal("en", statement)) == []


def test_messages() -> None:
    assert messages("S003", goal("en", NO_RESULT["en"]))[0].startswith(
        "the statement names no result (S)"
    )
    assert messages("S003", goal("sv", NO_RESULT["sv"]), lang="sv")[0].startswith(
        "påståendet anger inget resultat (S)"
    )
