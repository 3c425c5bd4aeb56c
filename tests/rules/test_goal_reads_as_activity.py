"""G001 goal-reads-as-activity: the guide's activities, written as goals."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

ACTIVITIES = [
    "# Jag skall utveckla företagets rekryteringsprocess under första halvåret 2017",
    "# Jag skall genomföra PM-samtal med samtliga mina medarbetare i teamet",
    "# Jag skall implementera Scrum på vår IT-avdelning under 2017",
    "# I will develop the company's recruitment process during the first half of 2017",
    "# I will carry out performance reviews with all the members of my team",
    "# I will implement Scrum in our IT department during 2017",
]


@pytest.mark.parametrize("lang", LANGS)
def test_a_result_to_reach_passes(lang: str) -> None:
    assert hits("G001", goal(lang), lang=lang) == []


@pytest.mark.parametrize("statement", ACTIVITIES)
def test_an_activity_written_as_a_goal_is_reported_at_the_statement(statement: str) -> None:
    assert hits("G001", goal("en", statement)) == [(18, "G001")]


def test_an_activity_file_may_read_as_an_activity() -> None:
    activity = goal("en", ACTIVITIES[5], ("kind: goal", "kind: activity"))
    assert hits("G001", activity) == []


def test_messages_give_the_reasons_in_the_language() -> None:
    english = messages("G001", goal("en", ACTIVITIES[5]))[0]
    assert english.startswith("this goal reads as an activity")
    assert "implement" in english
    swedish = messages("G001", goal("sv", ACTIVITIES[2]), lang="sv")[0]
    assert swedish.startswith("målet läses som en aktivitet")
    assert "'implementera'" in swedish


def test_a_reading_less_sure_than_the_threshold_is_not_reported() -> None:
    text = goal("en", ACTIVITIES[5])
    assert hits("G001", text, options={"G001": {"threshold": 0.999}}) == []
    assert hits("G001", text, options={"G001": {"threshold": 0.9}}) == [(18, "G001")]


def test_an_unclear_statement_is_never_reported() -> None:
    unclear = goal("sv", "# Äpplen, päron och plommon")
    assert hits("G001", unclear, options={"G001": {"threshold": 0.0}}) == []
