"""C001 progress-checked-in, on real Git repositories."""

from __future__ import annotations

import pytest

from ..changes import PATH, flags
from ..conftest import GOOD_GOAL, Repo


def found(repo: Repo, before: str | None, after: str, lang: str = "en") -> list[tuple[int, str]]:
    return [(f.line, f.message) for f in flags(repo, before, after, lang=lang) if f.code == "C001"]


def test_a_check_in_is_told_with_old_and_new_values(repo: Repo) -> None:
    after = GOOD_GOAL.replace("current: 36", "current: 30").replace(
        "as_of: 2017-03-31", "as_of: 2017-04-30"
    )
    [flag] = [f for f in flags(repo, GOOD_GOAL, after) if f.code == "C001"]
    assert flag == (
        PATH,
        13,
        12,
        "C001",
        "progress-checked-in",
        "info",
        "progress checked in: metric.current 36 → 30, metric.as_of 2017-03-31 → 2017-04-30",
    )


def test_status_is_progress_too_and_confidence_is_not(repo: Repo) -> None:
    after = GOOD_GOAL.replace("owner: 0.7", "owner: 0.5").replace("status: active", "status: done")
    # a confidence change is C009's (confidence-changed), not a check-in
    assert found(repo, GOOD_GOAL, after) == [(16, "progress checked in: status active → done")]


def test_in_swedish(repo: Repo) -> None:
    after = GOOD_GOAL.replace("current: 36", "current: 30")
    assert found(repo, GOOD_GOAL, after, lang="sv") == [
        (13, "framsteg incheckade: metric.current 36 → 30")
    ]


@pytest.mark.parametrize(
    "edit",
    [("target: 24", "target: 20"), ("owner: anna@example.com", "owner: bertil@example.com")],
    ids=["goalpost", "owner"],
)
def test_other_changes_are_not_progress(repo: Repo, edit: tuple[str, str]) -> None:
    assert found(repo, GOOD_GOAL, GOOD_GOAL.replace(*edit)) == []


def test_a_new_goal_checks_nothing_in(repo: Repo) -> None:
    assert found(repo, None, GOOD_GOAL) == []
