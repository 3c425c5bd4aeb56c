"""L005 checked-activity-not-done: a ticked box in the plan and the activity's state agree."""

from __future__ import annotations

import pytest

from ..conftest import Repo
from .repo_check import ERIK, commit, found, where
from .test_unresolved_body_link import GOAL_PATH, GOALS

ACTIVITY = """\
---
id: reply-templates
kind: activity
owner: anna@example.com
goal: faster-replies
state: {state}
---
# I will write reply templates for the ten most common questions
"""
ACTIVITY_PATH = "goals/activities/reply-templates.md"


def ticked(lang: str) -> str:
    return GOALS[lang].replace("- [ ] [", "- [x] [", 1)


@pytest.mark.parametrize("lang", GOALS)
@pytest.mark.parametrize("state", ["todo", "doing", "dropped"])
def test_a_ticked_box_whose_activity_is_not_done_is_reported_at_the_link(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str, state: str
) -> None:
    commit(repo, {GOAL_PATH: ticked(lang), ACTIVITY_PATH: ACTIVITY.format(state=state)}, "Plan")
    assert where(capsys, "L005", lang=lang) == [(GOAL_PATH, 10, "checked-activity-not-done")]


@pytest.mark.parametrize("lang", GOALS)
def test_a_ticked_box_whose_activity_is_done_passes(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    commit(repo, {GOAL_PATH: ticked(lang), ACTIVITY_PATH: ACTIVITY.format(state="done")}, "Done")
    assert where(capsys, "L005", lang=lang) == []


def test_an_unticked_box_says_nothing(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    commit(repo, {GOAL_PATH: GOALS["en"], ACTIVITY_PATH: ACTIVITY.format(state="done")}, "Done")
    assert where(capsys, "L005") == []


def test_the_manager_ticks_before_the_owner_is_done(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    commit(repo, {GOAL_PATH: GOALS["sv"], ACTIVITY_PATH: ACTIVITY.format(state="doing")}, "Plan")
    commit(repo, {GOAL_PATH: ticked("sv")}, "Bocka av", who=ERIK)
    assert [p["message"] for p in found(capsys, "L005", lang="sv")] == [
        "rutan är ibockad, men aktiviteten 'reply-templates' är 'doing', inte klar; sätt "
        "'state: done' i goals/activities/reply-templates.md, eller ta bort bocken"
    ]
    commit(repo, {ACTIVITY_PATH: ACTIVITY.format(state="done")}, "Klar")
    assert where(capsys, "L005") == []
