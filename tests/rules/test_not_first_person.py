"""A001 not-first-person."""

from __future__ import annotations

import pytest

from ..lint import goal, hits, messages

FIRST = [
    "# Jag skall förbättra svarstiden på mina kundservicemail från 48 timmar till 24 timmar till den 30 juni 2017",
    "# Vi ska sänka svarstiden från 48 till 24 timmar till den 30 juni 2017",
    "# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017",
    "# We will cut the reply time from 48 to 24 hours by 30 June 2017",
]
NOT_FIRST = [
    "# Svarstiden ska sänkas från 48 till 24 timmar till den 30 juni 2017",
    "# Kundtjänst ska sänka svarstiden från 48 till 24 timmar till den 30 juni 2017",
    "# The reply time shall be cut from 48 to 24 hours by 30 June 2017",
    "# Support will cut the reply time from 48 to 24 hours by 30 June 2017",
]


@pytest.mark.parametrize("statement", FIRST)
def test_the_first_person_passes(statement: str) -> None:
    assert hits("A001", goal("en", statement)) == []


@pytest.mark.parametrize("statement", NOT_FIRST)
def test_another_subject_is_reported_at_the_statement(statement: str) -> None:
    assert hits("A001", goal("en", statement)) == [(18, "A001")]


def test_activities_are_checked_and_kpis_are_not() -> None:
    activity = (
        "---\nid: templates\nkind: activity\nowner: anna@example.com\n---\n# Write templates\n"
    )
    kpi = "---\nid: calls\nkind: kpi\nowner: anna@example.com\n---\n# Support calls per day\n"
    assert hits("A001", activity) == [(6, "A001")]
    assert hits("A001", kpi) == []


def test_messages_use_the_guides_terms() -> None:
    assert "jag-form" in messages("A001", goal("sv", NOT_FIRST[0]), lang="sv")[0]
    assert "first person" in messages("A001", goal("en", NOT_FIRST[2]))[0]
