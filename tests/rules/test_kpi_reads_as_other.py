"""G009 kpi-reads-as-other: goals, tasks and conduct filed as KPIs."""

from __future__ import annotations

import pytest

from goals_as_code.classify import classify

from ..lint import hits, messages


def sureness(statement: str) -> str:
    """How sure the classifier is of a statement, as the messages show it."""
    return f"{classify(statement).confidence:.2f}"


KPI = """\
---
id: the-statement
kind: kpi
owner: anna@example.com
---
{statement}
"""


def kpi(statement: str) -> str:
    return KPI.format(statement=statement)


@pytest.mark.parametrize(
    "statement", ["# Antal kundmöten/vecka", "# Vinstmarginal", "# Number of support calls per day"]
)
def test_a_kpi_that_reads_as_one_passes(statement: str) -> None:
    assert hits("G009", kpi(statement)) == []


@pytest.mark.parametrize(
    "statement",
    [
        "# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017",
        "# Jag skall sänka kostnaderna med 5 % för min funktion under 2017",
        "# I greet every customer with a smile",
    ],
)
def test_another_kind_filed_as_a_kpi_is_reported(statement: str) -> None:
    assert hits("G009", kpi(statement)) == [(6, "G009")]


def test_the_message_names_both_kinds_and_why() -> None:
    text = kpi(
        "# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017"
    )
    [english] = messages("G009", text)
    sure = sureness(
        "I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017"
    )
    assert english.startswith(
        f"filed as kpi, reads as a goal ({sure} sure): it names a result with a value of its own ("
    )
    [swedish] = messages("G009", text, lang="sv")
    assert swedish.startswith(
        f"lagt som kpi, läses som ett mål ({sure} säkert): det anger ett resultat med ett eget värde ("
    )
