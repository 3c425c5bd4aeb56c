"""G007 activity-reads-as-other: conduct, results and measures filed as activities."""

from __future__ import annotations

import pytest

from goals_as_code.classify import classify

from ..conftest import Repo, run
from ..lint import hits, messages


def sureness(statement: str) -> str:
    """How sure the classifier is of a statement, as the messages show it."""
    return f"{classify(statement).confidence:.2f}"


ACTIVITY = """\
---
id: the-statement
kind: activity
owner: anna@example.com
goal: faster-replies
---
{statement}
"""


def activity(statement: str) -> str:
    return ACTIVITY.format(statement=statement)


@pytest.mark.parametrize(
    "statement",
    [
        "# I will write reply templates for the ten most common questions",
        "# Jag skall implementera Scrum på vår IT-avdelning under 2017",
        "# I will carry out performance reviews with all the members of my team",
    ],
)
def test_an_activity_that_reads_as_one_passes(statement: str) -> None:
    assert hits("G007", activity(statement)) == []


@pytest.mark.parametrize(
    "statement",
    [
        "# I greet every customer with a smile",
        "# Jag säger god morgon till mina kollegor",
        "# Jag kommer i tid till mötet",
        "# Number of support calls per day",
        "# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017",
    ],
)
def test_another_kind_filed_as_an_activity_is_reported_at_the_statement(statement: str) -> None:
    assert hits("G007", activity(statement)) == [(7, "G007")]


def test_the_message_names_both_kinds_and_why() -> None:
    [english] = messages("G007", activity("# I greet every customer with a smile"))
    sure = sureness("I greet every customer with a smile")
    assert english.startswith(
        f"filed as activity, reads as a behaviour ({sure} sure): it recurs and has no end (reads as a behaviour ({sure}); strongest cues: "
    )
    assert english.endswith("); file it as 'kind: behaviour' or write the statement as activity")
    [swedish] = messages("G007", activity("# Jag säger god morgon till mina kollegor"), lang="sv")
    sure = sureness("Jag säger god morgon till mina kollegor")
    assert swedish.startswith(
        f"lagt som activity, läses som ett beteende ({sure} säkert): det återkommer och har inget slut (läses som ett beteende ({sure}); starkast: "
    )
    assert swedish.endswith("); lägg det som 'kind: behaviour' eller skriv påståendet som activity")


def test_a_higher_threshold_lets_a_less_sure_reading_pass() -> None:
    text = activity("# I greet every customer with a smile")
    assert hits("G007", text, options={"G007": {"threshold": 0.999}}) == []
    assert hits("G007", text, options={"G007": {"threshold": 0.5}}) == [(7, "G007")]


def test_other_kinds_of_file_are_left_to_their_own_rules() -> None:
    behaviour = activity("# I greet every customer with a smile").replace(
        "kind: activity", "kind: behaviour"
    )
    assert hits("G007", behaviour) == []


def test_goals_check_flags_a_behaviour_filed_as_an_activity(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/anna/smile.md", activity("# I greet every customer with a smile"))
    code, out, _ = run(capsys, "check", "--select", "G007")
    assert code == 0  # a warning
    first, summary = out.splitlines()
    sure = sureness("I greet every customer with a smile")
    assert first.startswith(
        "goals/anna/smile.md:7:1: G007 [activity-reads-as-other] filed as activity, "
        f"reads as a behaviour ({sure} sure): it recurs and has no end (reads as a behaviour"
    )
    assert first.endswith("or write the statement as activity (warning)")
    assert summary == "Found 0 errors, 1 warning in 1 file."
