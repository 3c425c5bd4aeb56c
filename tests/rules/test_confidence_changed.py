"""C009 confidence-changed: a confidence change is told as such, not as a check-in."""

from __future__ import annotations

from ..changes import flags
from ..conftest import GOOD_GOAL, Repo


def found(repo: Repo, after: str, lang: str = "en") -> list[tuple[str, int, str]]:
    return [(f.code, f.line, f.message) for f in flags(repo, GOOD_GOAL, after, lang=lang)]


def test_a_confidence_change_is_not_a_check_in(repo: Repo) -> None:
    after = GOOD_GOAL.replace("owner: 0.7", "owner: 0.5")
    assert found(repo, after) == [
        ("C009", 15, "confidence changed: confidence.owner 0.7 → 0.5"),
    ]


def test_a_check_in_and_a_confidence_change_are_told_apart(repo: Repo) -> None:
    after = GOOD_GOAL.replace("current: 36", "current: 30").replace("manager: 0.6", "manager: 0.4")
    assert found(repo, after) == [
        ("C001", 13, "progress checked in: metric.current 36 → 30"),
        ("C009", 15, "confidence changed: confidence.manager 0.6 → 0.4"),
    ]


def test_in_swedish(repo: Repo) -> None:
    after = GOOD_GOAL.replace("owner: 0.7", "owner: 0.5")
    assert found(repo, after, lang="sv") == [
        ("C009", 15, "tilltron ändrades: confidence.owner 0.7 → 0.5"),
    ]


def test_a_new_goal_changes_no_confidence(repo: Repo) -> None:
    assert [f.code for f in flags(repo, None, GOOD_GOAL)] == []
