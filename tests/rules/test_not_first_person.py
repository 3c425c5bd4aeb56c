"""A001 not-first-person."""

from __future__ import annotations

import pytest

from ..lint import goal, hits, messages

FIRST = [
    "# Jag skall förbättra svarstiden på mina kundservicemail från 48 timmar till 24 timmar till den 30 juni 2017",
    "# Jag och mitt team ska sänka vår svarstid från 48 till 24 timmar till den 30 juni 2017",
    "# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017",
    "# I will cut our reply time from 48 to 24 hours by 30 June 2017",
]
WE = [
    "# Vi ska sänka svarstiden från 48 till 24 timmar till den 30 juni 2017",
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


@pytest.mark.parametrize("statement", WE)
def test_we_on_one_persons_goal_is_reported(statement: str) -> None:
    assert hits("A001", goal("en", statement)) == [(18, "A001")]


@pytest.mark.parametrize("statement", WE)
def test_a_shared_goal_may_say_we(statement: str) -> None:
    shared = goal("en", statement, ("status: active\n", "status: active\nshared: true\n"))
    assert hits("A001", shared) == []


@pytest.mark.parametrize("statement", WE)
def test_a_team_as_owner_may_say_we(statement: str) -> None:
    team = goal("en", statement, ("owner: anna@example.com", "owner: kundservice"))
    assert hits("A001", team) == []


def test_shared_false_is_one_persons_goal() -> None:
    text = goal("en", WE[1], ("status: active\n", "status: active\nshared: false\n"))
    assert hits("A001", text) == [(19, "A001")]


def test_the_advice_for_one_person_is_i_will_and_jag_ska() -> None:
    swedish = messages("A001", goal("sv", WE[0]), lang="sv")
    english = messages("A001", goal("en", WE[1]))
    assert swedish == [
        "målet säger 'vi' men är en persons (A); skriv det i jag-form som ägarens åtagande, "
        "'Jag ska ...', eller märk ett teams påstående med 'shared: true'"
    ]
    assert english == [
        "the goal says 'we' but is one person's (A); write it as the owner's commitment, "
        "'I will ...', or mark a team's statement with 'shared: true'"
    ]
    no_subject = messages("A001", goal("sv", NOT_FIRST[0]), lang="sv")
    assert no_subject == [
        "målet är inte skrivet i jag-form (A); börja med 'Jag ska', t.ex. "
        "'# Jag ska sänka svarstiden ...'"
    ]
    assert messages("A001", goal("en", NOT_FIRST[2])) == [
        "the goal is not written in the first person (A); start it with 'I will', "
        "e.g. '# I will cut the reply time ...'"
    ]


def test_a_team_goal_without_a_subject_is_told_to_say_we() -> None:
    shared = goal("sv", NOT_FIRST[0], ("status: active\n", "status: active\nshared: true\n"))
    assert messages("A001", shared, lang="sv") == [
        "målet är inte skrivet i vi-form (A); börja med 'Vi ska', t.ex. "
        "'# Vi ska öka andelen nöjda kunder ...'"
    ]
