"""T008 stale-checkin: an active goal or KPI is checked in within its frequency, from the file's
date and from Git."""

from __future__ import annotations

import datetime

import pytest

from ..conftest import Repo
from ..lint import goal, hits
from .repo_check import ERIK, commit, found, where

GOAL = """\
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
frequency: {frequency}
metric:
  unit: hours
  direction: decrease
  baseline: 48
  target: 24
  current: {current}
  as_of: {as_of}
status: active
---
# {statement}
"""
STATEMENTS = {
    "en": "I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017",
    "sv": "Jag skall förbättra svarstiden på mina kundservicemail från 48 timmar till 24 timmar "
    "till den 30 juni 2017",
}
KPI = """\
---
id: support-calls
kind: kpi
owner: anna@example.com
unit: calls/day
direction: decrease
frequency: weekly
value: {value}
status: active
---
# Support calls per day
"""
GOAL_PATH = "goals/faster-replies.md"
KPI_PATH = "goals/support-calls.md"


def day(text: str) -> int:
    """A commit time at noon UTC of ``text`` (YYYY-MM-DD)."""
    moment = datetime.datetime.fromisoformat(f"{text}T12:00:00+00:00")
    return int(moment.timestamp())


def goal_text(lang: str, as_of: str, current: int = 40, frequency: str = "monthly") -> str:
    return GOAL.format(
        frequency=frequency, current=current, as_of=as_of, statement=STATEMENTS[lang]
    )


@pytest.mark.parametrize("lang", STATEMENTS)
def test_a_goal_checked_in_within_its_frequency_passes(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    commit(repo, {GOAL_PATH: goal_text(lang, "2017-03-15")}, "Check in")
    assert where(capsys, "T008", "--today", "2017-04-15", lang=lang) == []


@pytest.mark.parametrize("lang", STATEMENTS)
def test_an_old_check_in_is_reported_at_its_date(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    repo.write(GOAL_PATH, goal_text(lang, "2017-03-15"))
    repo.commit("Check in", date=day("2017-03-15"))
    assert where(capsys, "T008", "--today", "2017-04-16", lang=lang) == [
        (GOAL_PATH, 13, "stale-checkin")
    ]


def test_a_later_check_in_in_git_counts_though_the_date_was_not_updated(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(GOAL_PATH, goal_text("en", "2017-01-31"))
    repo.commit("January", date=day("2017-01-31"))
    repo.write(GOAL_PATH, goal_text("en", "2017-01-31", current=36))  # as_of forgotten
    repo.commit("March", date=day("2017-03-28"))
    assert where(capsys, "T008", "--today", "2017-04-15") == []
    assert where(capsys, "T008", "--today", "2017-04-30") == [(GOAL_PATH, 13, "stale-checkin")]


def test_a_kpi_without_a_date_is_followed_in_git_by_whoever_checks_in(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(KPI_PATH, KPI.format(value=30))
    repo.commit("KPI", date=day("2017-03-01"))
    assert where(capsys, "T008", "--today", "2017-03-08") == []
    problems = found(capsys, "T008", "--today", "2017-03-31")
    assert [(p["path"], p["line"], p["name"]) for p in problems] == [(KPI_PATH, 9, "stale-checkin")]
    assert problems[0]["message"] == (
        "no check-in within the last 7 days, the longest gap its frequency allows; check in the "
        "current value, or set 'status' if it is over"
    )
    repo.write(KPI_PATH, KPI.format(value=28))
    repo.commit("Calls this week", name=ERIK[0], email=ERIK[1], date=day("2017-03-27"))
    assert where(capsys, "T008", "--today", "2017-03-31") == []


def test_the_default_gap_is_an_option(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    commit(repo, {GOAL_PATH: goal_text("sv", "2017-03-01", frequency="varje avstämning")}, "In")
    assert where(capsys, "T008", "--today", "2017-04-15") == []  # 45 days
    assert [p["message"] for p in found(capsys, "T008", "--today", "2017-04-16", lang="sv")] == [
        "ingen incheckning under de senaste 45 dagarna, det längsta uppehåll som frekvensen "
        "tillåter; checka in det aktuella värdet, eller sätt 'status' om det är avslutat"
    ]
    repo.write("goals.toml", "[rules.stale-checkin]\ndefault-days = 60\n")
    assert where(capsys, "T008", "--today", "2017-04-16") == []


@pytest.mark.parametrize("status", ["draft", "proposed", "achieved", "missed", "dropped"])
def test_only_active_statements_are_followed(
    repo: Repo, capsys: pytest.CaptureFixture[str], status: str
) -> None:
    text = goal_text("en", "2017-01-01").replace("status: active", f"status: {status}")
    commit(repo, {GOAL_PATH: text}, "Goal")
    assert where(capsys, "T008", "--today", "2017-12-31") == []


def test_without_a_date_or_git_nothing_is_known() -> None:
    assert hits("T008", goal("en"), today=datetime.date(2017, 12, 31)) == []


def test_a_check_in_that_is_still_late_is_no_new_problem_in_a_review(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from ..conftest import run

    monkeypatch.setenv("GOALS_TODAY", "2017-09-01")
    repo.write(GOAL_PATH, goal_text("en", "2017-03-31"))
    base = repo.commit("March", date=day("2017-03-31"))
    repo.write(GOAL_PATH, goal_text("en", "2017-04-28", current=36))
    head = repo.commit("April", name=ERIK[0], email=ERIK[1], date=day("2017-04-28"))
    assert where(capsys, "T008") == [(GOAL_PATH, 13, "stale-checkin")]
    code, out, err = run(capsys, "review", f"{base}..{head}", "--format", "json")
    assert (code, err) == (0, "")
    assert [change["problems"] for change in json.loads(out)["changes"]] == [[]]
