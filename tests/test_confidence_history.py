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


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (
            "en",
            [
                "2017-01-03  {1}  Erik Eriksson  manager's confidence: (none) → 0.6  "
                "(My confidence)",
                "2017-01-04  {2}  Anna Andersson  owner's confidence: 0.7 → 0.4  "
                "(Less sure after the reorganisation)",
                "1 check-in, 0 changes of defining fields, 2 confidence changes.",
            ],
        ),
        (
            "sv",
            [
                "2017-01-03  {1}  Erik Eriksson  chefens tilltro: (inget) → 0.6  (My confidence)",
                "2017-01-04  {2}  Anna Andersson  ägarens tilltro: 0.7 → 0.4  "
                "(Less sure after the reorganisation)",
                "1 incheckning, 0 ändringar av definierande fält, 2 ändringar av tilltro.",
            ],
        ),
    ],
)
def test_history_counts_confidence_apart_from_the_defining_fields(
    beliefs: Repo, capsys: pytest.CaptureFixture[str], lang: str, lines: list[str]
) -> None:
    shas = [sha[:10] for sha in beliefs.git("log", "--reverse", "--format=%H").split()]
    code, out, err = run(capsys, "history", "faster-replies", "--lang", lang)
    assert (code, err) == (0, "")
    # after the title, the goal's creation and its first check-in
    assert out.splitlines()[3:] == [line.format(*shas) for line in lines]


def test_history_counts_an_acceptance_as_another_change(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add the goal", name=OWNER[0], email=OWNER[1])
    block = (
        "accepted: {by: erik@example.com, on: 2017-01-05, fingerprint: sha256:" + "0" * 64 + "}\n"
    )
    repo.write(PATH, GOOD_GOAL.replace("status: active\n", "status: active\n" + block))
    repo.commit("Accept", name=MANAGER[0], email=MANAGER[1])
    code, out, _ = run(capsys, "history", "faster-replies")
    assert code == 0
    assert out.splitlines()[-1] == "1 check-in, 0 changes of defining fields, 1 other change."
