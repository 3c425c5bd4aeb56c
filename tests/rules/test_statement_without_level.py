"""M005 statement-without-level."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

NO_LEVEL = {
    "sv": "# Jag ska sänka svarstiden på mina kundservicemail till den 30 juni 2017",
    "en": "# I will cut the reply time to my customer emails by 30 June 2017",
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_statement_with_a_level_passes(lang: str) -> None:
    assert hits("M005", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_statement_without_a_level_is_reported(lang: str) -> None:
    assert hits("M005", goal(lang, NO_LEVEL[lang]), lang=lang) == [(18, "M005")]


def test_an_activity_is_left_to_g001() -> None:
    scrum = "# Jag skall implementera Scrum på vår IT-avdelning under 2017"
    assert hits("M005", goal("sv", scrum)) == []
    assert hits("G001", goal("sv", scrum)) == [(18, "G001")]


def test_messages() -> None:
    assert messages("M005", goal("en", NO_LEVEL["en"]))[0].startswith(
        "the statement names no level to reach (M)"
    )
    assert messages("M005", goal("sv", NO_LEVEL["sv"]), lang="sv")[0].startswith(
        "påståendet anger ingen nivå att nå (M)"
    )


def test_a_vague_word_is_left_to_s002() -> None:
    better = "# Jag ska bli bättre på att svara på mail till den 30 juni 2017"
    assert hits("M005", goal("sv", better)) == []
    assert hits("S002", goal("sv", better)) == [(18, "S002")]
