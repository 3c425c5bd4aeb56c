"""C004 acceptance-made-stale, on real Git repositories."""

from __future__ import annotations

from ..changes import PATH, accepted, flags
from ..conftest import GOOD_GOAL, Repo

ACCEPTED = accepted(GOOD_GOAL)


def found(repo: Repo, before: str | None, after: str, lang: str = "en") -> list[tuple[int, str]]:
    return [(f.line, f.message) for f in flags(repo, before, after, lang=lang) if f.code == "C004"]


def test_a_moved_target_makes_the_acceptance_stale(repo: Repo) -> None:
    after = ACCEPTED.replace("target: 24", "target: 30")
    [flag] = [f for f in flags(repo, ACCEPTED, after) if f.code == "C004"]
    assert flag == (
        PATH,
        17,
        1,
        "C004",
        "acceptance-made-stale",
        "warning",
        "acceptance made stale: erik@example.com accepted it on 2017-01-05, and metric.target "
        "24 → 30 changed since; erik@example.com accepts it again with "
        "'goals accept faster-replies'",
    )


def test_in_swedish(repo: Repo) -> None:
    after = ACCEPTED.replace("deadline: 2017-06-30", "deadline: 2017-09-30")
    assert found(repo, ACCEPTED, after, lang="sv") == [
        (
            17,
            "godkännandet gäller inte längre: erik@example.com godkände målet 2017-01-05, och "
            "deadline 2017-06-30 → 2017-09-30 har ändrats sedan dess; erik@example.com godkänner "
            "det igen med 'goals accept faster-replies'",
        )
    ]


def test_a_new_goal_with_a_foreign_fingerprint(repo: Repo) -> None:
    after = accepted(GOOD_GOAL.replace("target: 24", "target: 20")).replace(
        "target: 20", "target: 24"
    )
    assert found(repo, None, after) == [
        (
            17,
            "acceptance made stale: erik@example.com accepted it on 2017-01-05, and the recorded "
            "fingerprint does not match the goal; erik@example.com accepts it again with "
            "'goals accept faster-replies'",
        )
    ]


def test_a_check_in_keeps_the_acceptance(repo: Repo) -> None:
    assert found(repo, ACCEPTED, ACCEPTED.replace("current: 36", "current: 30")) == []


def test_an_acceptance_stale_at_the_base_is_not_made_stale_again(repo: Repo) -> None:
    stale = ACCEPTED.replace("target: 24", "target: 30")
    assert found(repo, stale, stale.replace("target: 30", "target: 32")) == []


def test_a_new_acceptance_is_not_stale(repo: Repo) -> None:
    assert found(repo, GOOD_GOAL, ACCEPTED) == []


def test_only_goals_are_accepted(repo: Repo) -> None:
    activity = ACCEPTED.replace("kind: goal", "kind: activity")
    assert found(repo, activity, activity.replace("target: 24", "target: 30")) == []
