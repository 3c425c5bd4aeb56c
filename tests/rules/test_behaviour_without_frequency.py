"""G006 behaviour-without-frequency: a behaviour says how often it happens."""

from __future__ import annotations

import pytest

from ..conftest import Repo
from .repo_check import commit, found, where
from .test_not_observable import BEHAVIOUR, PATH

STATEMENTS = {
    "sv": "Jag säger god morgon till mina kollegor",
    "en": "I say good morning to my colleagues",
}


@pytest.mark.parametrize("lang", STATEMENTS)
def test_a_behaviour_without_frequency_is_reported_at_the_kind(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    text = BEHAVIOUR.format(statement=STATEMENTS[lang])
    commit(repo, {PATH: text.replace("frequency: daily\n", "")}, "Behaviour")
    assert where(capsys, "G006", lang=lang) == [(PATH, 3, "behaviour-without-frequency")]
    commit(repo, {PATH: text.replace("daily", "varje kundkontakt")}, "How often")
    assert where(capsys, "G006", lang=lang) == []


@pytest.mark.parametrize("status", ["draft", "dropped"])
def test_a_draft_or_dropped_behaviour_passes(
    repo: Repo, capsys: pytest.CaptureFixture[str], status: str
) -> None:
    text = BEHAVIOUR.format(statement=STATEMENTS["en"]).replace("frequency: daily\n", "")
    commit(repo, {PATH: text.replace("goal: ", f"status: {status}\ngoal: ")}, "Behaviour")
    assert where(capsys, "G006") == []


def test_messages(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    text = BEHAVIOUR.format(statement=STATEMENTS["sv"]).replace("frequency: daily\n", "")
    commit(repo, {PATH: text}, "Behaviour")
    assert [p["message"] for p in found(capsys, "G006", lang="sv")] == [
        "beteendet säger inte hur ofta det sker; lägg till 'frequency:', t.ex. 'daily', "
        "'each-meeting' eller 'varje kundkontakt'"
    ]
