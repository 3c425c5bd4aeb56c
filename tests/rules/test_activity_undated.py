"""T006 activity-undated: an open activity needs a start and a due date."""

from __future__ import annotations

import pytest

from ..conftest import Repo
from .repo_check import commit, found, where

ACTIVITY = """\
---
id: reply-templates
kind: activity
owner: anna@example.com
goal: faster-replies
start: 2017-01-09
due: 2017-04-28
state: {state}
---
# {statement}
"""
STATEMENTS = {
    "en": "I will write reply templates for the ten most common questions",
    "sv": "Jag skall ta fram svarsmallar för de tio vanligaste frågorna",
}
PATH = "goals/reply-templates.md"


@pytest.mark.parametrize("lang", STATEMENTS)
def test_a_dated_activity_passes(repo: Repo, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    commit(repo, {PATH: ACTIVITY.format(state="doing", statement=STATEMENTS[lang])}, "Plan")
    assert where(capsys, "T006", lang=lang) == []


@pytest.mark.parametrize("lang", STATEMENTS)
@pytest.mark.parametrize("state", ["todo", "doing"])
def test_each_missing_date_is_reported_at_the_kind(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str, state: str
) -> None:
    text = ACTIVITY.format(state=state, statement=STATEMENTS[lang])
    commit(repo, {PATH: text.replace("due: 2017-04-28\n", "")}, "Plan")
    assert where(capsys, "T006", lang=lang) == [(PATH, 3, "activity-undated")]
    commit(
        repo,
        {PATH: text.replace("due: 2017-04-28\n", "").replace("start: 2017-01-09\n", "")},
        "Plan",
    )
    assert where(capsys, "T006", lang=lang) == [(PATH, 3, "activity-undated")] * 2


@pytest.mark.parametrize("state", ["done", "dropped"])
def test_a_closed_activity_needs_no_dates(
    repo: Repo, capsys: pytest.CaptureFixture[str], state: str
) -> None:
    text = ACTIVITY.format(state=state, statement=STATEMENTS["en"]).replace("due: 2017-04-28\n", "")
    commit(repo, {PATH: text}, "Plan")
    assert where(capsys, "T006") == []


def test_an_activity_without_state_is_open(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    text = ACTIVITY.format(state="todo", statement=STATEMENTS["en"])
    commit(
        repo, {PATH: text.replace("state: todo\n", "").replace("start: 2017-01-09\n", "")}, "Plan"
    )
    assert where(capsys, "T006") == [(PATH, 3, "activity-undated")]


def test_messages_name_the_missing_field(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    text = ACTIVITY.format(state="todo", statement=STATEMENTS["sv"]).replace(
        "due: 2017-04-28\n", ""
    )
    commit(repo, {PATH: text}, "Plan")
    assert [p["message"] for p in found(capsys, "T006")] == [
        "the activity has no 'due' date (T); an activity has a clear start and end: add "
        "'due: YYYY-MM-DD'"
    ]
    assert [p["message"] for p in found(capsys, "T006", lang="sv")] == [
        "aktiviteten saknar datum för 'due' (T); en aktivitet har en tydlig start och ett tydligt "
        "slut: lägg till 'due: ÅÅÅÅ-MM-DD'"
    ]
