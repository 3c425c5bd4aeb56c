"""Confidence is history: 'goals history' and 'goals report' show each holder's value and its
change, apart from the check-ins, in a real repository where Anna (the owner) and Erik (her
manager) each write their own value."""

from __future__ import annotations

import json

import pytest

from .conftest import GOOD_GOAL, Repo, run

MANAGER = ("Erik Eriksson", "erik@example.com")
OWNER = ("Anna Andersson", "anna@example.com")
PATH = "goals/faster-replies.md"


@pytest.fixture
def beliefs(repo: Repo) -> Repo:
    """Anna writes the goal and her value; Erik adds his; a month later she believes less."""
    repo.write(PATH, GOOD_GOAL.replace(", manager: 0.6}", "}"))
    repo.commit("Add the goal", name=OWNER[0], email=OWNER[1])
    repo.write(PATH, GOOD_GOAL)
    repo.commit("My confidence", name=MANAGER[0], email=MANAGER[1])
    repo.write(PATH, GOOD_GOAL.replace("owner: 0.7", "owner: 0.4"))
    repo.commit("Less sure after the reorganisation", name=OWNER[0], email=OWNER[1])
    return repo


def test_history_shows_each_confidence_change_with_who(
    beliefs: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "history", "faster-replies", "--format", "json")
    assert code == 0
    payload = json.loads(out)
    events = [(e["field"], e["old"], e["new"], e["author"]) for e in payload["events"]]
    assert events == [
        ("confidence.manager", None, 0.6, "Erik Eriksson"),
        ("confidence.owner", 0.7, 0.4, "Anna Andersson"),
    ]
    # not a check-in: the measured value never moved
    assert [c["value"] for c in payload["checkins"]] == [36]


def test_the_report_shows_both_values_and_their_trend(
    beliefs: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "report", "--format", "json")
    assert code == 0
    (goal,) = json.loads(out)["goals"]
    assert goal["confidence"] == {
        "owner": {"value": 0.4, "previous": 0.7},
        "manager": {"value": 0.6, "previous": None},
    }
    _, out, _ = run(capsys, "report", "--format", "markdown")
    assert "| Goal | Owner | Owner's confidence | Manager's confidence |" in out
    assert "| faster-replies | anna@example.com | 0.4 ↓ (0.7) | 0.6 |" in out
    _, out, _ = run(capsys, "report", "--format", "markdown", "--lang", "sv")
    assert "| Mål | Ägare | Ägarens tilltro | Chefens tilltro |" in out
    assert "| faster-replies | anna@example.com | 0.4 ↓ (0.7) | 0.6 |" in out
