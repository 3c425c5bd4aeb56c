"""G008 behaviour-reads-as-other: tasks, results and measures filed as behaviours."""

from __future__ import annotations

import pytest

from goals_as_code.classify import classify

from ..lint import hits, messages


def sureness(statement: str) -> str:
    """How sure the classifier is of a statement, as the messages show it."""
    return f"{classify(statement).confidence:.2f}"


BEHAVIOUR = """\
---
id: the-statement
kind: behaviour
owner: anna@example.com
goal: faster-replies
---
{statement}
"""


def behaviour(statement: str) -> str:
    return BEHAVIOUR.format(statement=statement)


@pytest.mark.parametrize(
    "statement",
    [
        "# I greet every customer with a smile",
        "# Jag säger god morgon till mina kollegor",
        "# I arrive on time to every meeting",
    ],
)
def test_a_behaviour_that_reads_as_one_passes(statement: str) -> None:
    assert hits("G008", behaviour(statement)) == []


@pytest.mark.parametrize(
    "statement",
    [
        "# I will implement Scrum in our IT department during 2017",
        "# Jag skall genomföra PM-samtal med samtliga mina medarbetare i teamet",
        "# Antal kundmöten/vecka",
    ],
)
def test_another_kind_filed_as_a_behaviour_is_reported(statement: str) -> None:
    assert hits("G008", behaviour(statement)) == [(7, "G008")]


def test_the_message_names_both_kinds_and_why() -> None:
    text = behaviour("# I will implement Scrum in our IT department during 2017")
    [english] = messages("G008", text)
    sure = sureness("I will implement Scrum in our IT department during 2017")
    assert english.startswith(
        f"filed as behaviour, reads as an activity ({sure} sure): it is work with a start and an end ("
    )
    [swedish] = messages("G008", text, lang="sv")
    assert swedish.startswith(
        f"lagt som behaviour, läses som en aktivitet ({sure} säkert): det är ett arbete med start och slut ("
    )
