"""S002 vague-word."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


@pytest.mark.parametrize("lang", LANGS)
def test_a_goal_with_numbers_passes(lang: str) -> None:
    assert hits("S002", goal(lang), lang=lang) == []


@pytest.mark.parametrize(
    "statement",
    [
        "# Jag ska bli bättre på att svara på mail",
        "# Vi ska ha fler nöjda kunder",
        "# Jag ska förbättra svarstiden på mina kundservicemail",
        "# I will get better at answering emails",
        "# We will have more happy customers",
        "# I will improve the reply time to my customer emails",
    ],
)
def test_a_vague_word_without_a_number_is_reported(statement: str) -> None:
    assert hits("S002", goal("en", statement)) == [(18, "S002")]


@pytest.mark.parametrize(
    "statement",
    [
        "# Jag ska sänka kostnaderna med 5 % för min funktion under 2017",
        "# I will get more deals: from 150 to 160 a month during 2017",
    ],
)
def test_a_vague_word_backed_by_a_number_passes(statement: str) -> None:
    assert hits("S002", goal("en", statement)) == []


def test_the_message_names_the_word() -> None:
    assert "'fler'" in messages("S002", goal("sv", "# Vi ska ha fler kunder"), lang="sv")[0]
    assert "vagt ord" in messages("S002", goal("sv", "# Vi ska ha fler kunder"), lang="sv")[0]
    assert "vague word 'more'" in messages("S002", goal("en", "# We will have more customers"))[0]
