"""C003 ambition-down, on real Git repositories."""

from __future__ import annotations

import pytest

from ..changes import PATH, flags
from ..conftest import GOOD_GOAL, Repo

UP = GOOD_GOAL.replace("direction: decrease", "direction: increase").replace(
    "baseline: 48", "baseline: 10"
)
RANGE = GOOD_GOAL.replace("direction: decrease", "direction: range").replace(
    "target: 24", "target: [20, 30]"
)


def found(repo: Repo, before: str, after: str, lang: str = "en") -> list[tuple[int, str]]:
    return [(f.line, f.message) for f in flags(repo, before, after, lang=lang) if f.code == "C003"]


def test_a_higher_target_on_a_goal_to_decrease(repo: Repo) -> None:
    [flag] = [
        f
        for f in flags(repo, GOOD_GOAL, GOOD_GOAL.replace("target: 24", "target: 30"))
        if f.code == "C003"
    ]
    assert flag == (
        PATH,
        12,
        11,
        "C003",
        "ambition-down",
        "warning",
        "the ambition went down: the target went up on a goal to decrease (24 → 30); "
        "the distance from baseline to target shrank (24 → 18)",
    )


def test_a_lower_target_on_a_goal_to_increase(repo: Repo) -> None:
    assert found(repo, UP, UP.replace("target: 24", "target: 20")) == [
        (
            12,
            "the ambition went down: the target went down (24 → 20); "
            "the distance from baseline to target shrank (14 → 10)",
        )
    ]


def test_a_baseline_closer_to_the_target_is_told_at_the_baseline(repo: Repo) -> None:
    assert found(repo, GOOD_GOAL, GOOD_GOAL.replace("baseline: 48", "baseline: 40")) == [
        (11, "the ambition went down: the distance from baseline to target shrank (24 → 16)")
    ]


def test_a_wider_range(repo: Repo) -> None:
    assert found(repo, RANGE, RANGE.replace("[20, 30]", "[18, 30]")) == [
        (12, "the ambition went down: the range widened ([20, 30] → [18, 30])")
    ]


def test_a_later_deadline_in_swedish(repo: Repo) -> None:
    after = GOOD_GOAL.replace("deadline: 2017-06-30", "deadline: 2017-09-30")
    assert found(repo, GOOD_GOAL, after, lang="sv") == [
        (7, "ambitionen sänktes: slutdatumet sköts upp (2017-06-30 → 2017-09-30)")
    ]


@pytest.mark.parametrize(
    "edit",
    [
        ("target: 24", "target: 20"),
        ("deadline: 2017-06-30", "deadline: 2017-05-31"),
        ("direction: decrease", "direction: at_most"),
        ("current: 36", "current: 40"),
    ],
    ids=["harder-target", "earlier-deadline", "new-direction", "check-in"],
)
def test_no_easier_goal_no_finding(repo: Repo, edit: tuple[str, str]) -> None:
    assert found(repo, GOOD_GOAL, GOOD_GOAL.replace(*edit)) == []


def test_a_narrower_range_is_not_easier(repo: Repo) -> None:
    assert found(repo, RANGE, RANGE.replace("[20, 30]", "[22, 30]")) == []
