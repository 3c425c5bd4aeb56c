"""C002 goalpost-moved, on real Git repositories."""

from __future__ import annotations

from ..changes import PATH, flags
from ..conftest import GOOD_GOAL, Repo


def found(repo: Repo, before: str | None, after: str, lang: str = "en") -> list[tuple[int, str]]:
    return [(f.line, f.message) for f in flags(repo, before, after, lang=lang) if f.code == "C002"]


def test_a_moved_target_is_told_at_its_line(repo: Repo) -> None:
    [flag] = [
        f
        for f in flags(repo, GOOD_GOAL, GOOD_GOAL.replace("target: 24", "target: 20"))
        if f.code == "C002"
    ]
    assert flag == (
        PATH,
        12,
        11,
        "C002",
        "goalpost-moved",
        "warning",
        "goalposts moved: metric.target 24 → 20",
    )


def test_every_moved_goalpost_in_file_order_at_the_first(repo: Repo) -> None:
    after = GOOD_GOAL.replace("target: 24", "target: 20").replace(
        "deadline: 2017-06-30", "deadline: 2017-05-31"
    )
    assert found(repo, GOOD_GOAL, after) == [
        (7, "goalposts moved: deadline 2017-06-30 → 2017-05-31, metric.target 24 → 20")
    ]


def test_a_removed_baseline_points_at_its_parent(repo: Repo) -> None:
    after = GOOD_GOAL.replace("  baseline: 48\n", "")
    assert found(repo, GOOD_GOAL, after) == [(8, "goalposts moved: metric.baseline 48 → (none)")]


def test_in_swedish(repo: Repo) -> None:
    after = GOOD_GOAL.replace("unit: hours", "unit: minutes")
    assert found(repo, GOOD_GOAL, after, lang="sv") == [
        (9, "målstolpen flyttad: metric.unit hours → minutes")
    ]


def test_a_check_in_moves_no_goalpost(repo: Repo) -> None:
    assert found(repo, GOOD_GOAL, GOOD_GOAL.replace("current: 36", "current: 30")) == []


def test_a_new_goal_moves_no_goalpost(repo: Repo) -> None:
    assert found(repo, None, GOOD_GOAL) == []
