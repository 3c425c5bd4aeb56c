"""T007 activity-overdue: past its due date and still todo or doing, as of --today."""

from __future__ import annotations

import pytest

from ..conftest import Repo
from .repo_check import commit, found, where
from .test_activity_undated import ACTIVITY, PATH, STATEMENTS


@pytest.mark.parametrize("lang", STATEMENTS)
@pytest.mark.parametrize("state", ["todo", "doing"])
def test_an_open_activity_past_its_due_date_is_reported_at_the_due_date(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str, state: str
) -> None:
    commit(repo, {PATH: ACTIVITY.format(state=state, statement=STATEMENTS[lang])}, "Plan")
    assert where(capsys, "T007", "--today", "2017-04-28", lang=lang) == []
    assert where(capsys, "T007", "--today", "2017-04-29", lang=lang) == [
        (PATH, 7, "activity-overdue")
    ]


@pytest.mark.parametrize("state", ["done", "dropped"])
def test_a_closed_activity_is_never_overdue(
    repo: Repo, capsys: pytest.CaptureFixture[str], state: str
) -> None:
    commit(repo, {PATH: ACTIVITY.format(state=state, statement=STATEMENTS["en"])}, "Done")
    assert where(capsys, "T007", "--today", "2017-12-31") == []


def test_goals_today_is_the_day_of_the_check(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    commit(repo, {PATH: ACTIVITY.format(state="doing", statement=STATEMENTS["sv"])}, "Plan")
    assert where(capsys, "T007") == []  # GOALS_TODAY is 2017-03-31
    monkeypatch.setenv("GOALS_TODAY", "2017-05-08")
    assert [p["message"] for p in found(capsys, "T007", lang="sv")] == [
        "aktiviteten skulle vara klar 2017-04-28 (för 10 dagar sedan) men dess läge är "
        "fortfarande 'doing' (T); sätt 'state: done' eller 'dropped', eller kom överens om ett "
        "nytt 'due'"
    ]
    assert [p["message"] for p in found(capsys, "T007")] == [
        "the activity was due 2017-04-28 (10 days ago) but its state is still 'doing' (T); set "
        "'state: done' or 'dropped', or agree on a new 'due'"
    ]
