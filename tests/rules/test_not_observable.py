"""G005 not-observable: a behaviour names conduct, not an inner state."""

from __future__ import annotations

import pytest

from goals_as_code.check.rules.not_observable import cue

from ..conftest import Repo
from .repo_check import commit, found, where

BEHAVIOUR = """\
---
id: with-customers
kind: behaviour
owner: anna@example.com
goal: faster-replies
frequency: daily
---
# {statement}
"""
PATH = "goals/with-customers.md"

INNER = {
    "Jag är positiv": ("sv", "är positiv"),
    "Jag är alltid positiv mot kunderna": ("sv", "är alltid positiv"),
    "Jag ska vara engagerad på mötena": ("sv", "vara engagerad"),
    "Jag gillar mina kunder": ("sv", "Jag gillar"),
    "Jag trivs med mina kollegor": ("sv", "Jag trivs"),
    "Jag känner mig engagerad": ("sv", "känner mig engagerad"),
    "I like my customers": ("en", "I like"),
    "I really enjoy the weekly meeting": ("en", "I really enjoy"),
    "I am motivated every morning": ("en", "am motivated"),
    "I feel engaged in the team": ("en", "I feel"),
    "We have to be engaged": ("en", "be engaged"),
}
SEEN = {
    "Jag säger god morgon till mina kollegor": "sv",
    "Jag kommer i tid till mötet": "sv",
    "Jag informerar kunden om företagets produkter och tjänster": "sv",
    "Jag ger positiv återkoppling på varje kodgranskning": "sv",
    "I say good morning to my colleagues": "en",
    "I am on time for the meeting": "en",
    "I greet each customer by name and thank them for getting in touch": "en",
    "I give positive feedback in every code review": "en",
    "I take care of each new customer the day they call": "en",
    "Jag känner alla mina kunder vid namn": "sv",
}


@pytest.mark.parametrize("statement", INNER)
def test_the_cue_names_the_inner_state(statement: str) -> None:
    assert cue(statement) == INNER[statement][1]


@pytest.mark.parametrize("statement", SEEN)
def test_conduct_has_no_cue(statement: str) -> None:
    assert cue(statement) is None


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_an_inner_state_is_reported_at_the_statement(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    statement = next(text for text, (said, _) in INNER.items() if said == lang)
    commit(repo, {PATH: BEHAVIOUR.format(statement=statement)}, "Behaviour")
    assert where(capsys, "G005", lang=lang) == [(PATH, 8, "not-observable")]
    seen = next(text for text, said in SEEN.items() if said == lang)
    commit(repo, {PATH: BEHAVIOUR.format(statement=seen)}, "Say what I do")
    assert where(capsys, "G005", lang=lang) == []


def test_messages_name_the_cue_and_advise(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    commit(repo, {PATH: BEHAVIOUR.format(statement="Jag är positiv")}, "Behaviour")
    assert [p["message"] for p in found(capsys, "G005", lang="sv")] == [
        "'är positiv' är ett inre tillstånd, inte något andra kan se eller höra (beteende); ange "
        "vad du säger eller gör, t.ex. 'Jag hälsar på varje kund med namn'"
    ]
    assert [p["message"] for p in found(capsys, "G005")] == [
        "'är positiv' is an inner state, not something others can see or hear (behaviour); name "
        "what you say or do, e.g. 'I greet each customer by name'"
    ]


def test_only_behaviours_are_asked(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    text = BEHAVIOUR.format(statement="I like my customers").replace("behaviour", "activity")
    commit(repo, {PATH: text.replace("frequency: daily\n", "")}, "Activity")
    assert where(capsys, "G005") == []
