"""R004 not-challenging."""

from __future__ import annotations

import pytest

from ..conftest import GOOD_GOAL, Repo
from ..lint import LANGS, goal, hits, messages
from .repo_check import ANNA, ERIK, commit, found, where


@pytest.mark.parametrize("lang", LANGS)
def test_a_target_a_few_percent_from_the_baseline_is_reported_at_the_target(lang: str) -> None:
    # 48 -> 46 hours is 4 % of the baseline
    assert hits("R004", goal(lang, None, ("target: 24", "target: 46")), lang=lang) == [(12, "R004")]


@pytest.mark.parametrize("target", ["24", "45.6", "40"])
def test_a_change_of_five_percent_or_more_passes(target: str) -> None:
    assert hits("R004", goal("en", None, ("target: 24", f"target: {target}"))) == []


def test_the_minimum_change_is_an_option() -> None:
    text = goal("en", None, ("target: 24", "target: 40"))  # 17 %
    options = {"not-challenging": {"min-change": 0.25}}
    assert hits("R004", text, options=options) == [(12, "R004")]
    assert (
        hits(
            "R004",
            goal("en", None, ("target: 24", "target: 47")),
            options={"R004": {"min-change": 0}},
        )
        == []
    )


def test_a_held_level_the_baseline_already_meets_is_reported() -> None:
    held = goal(
        "en", None, ("direction: decrease", "direction: at_most"), ("target: 24", "target: 50")
    )
    assert hits("R004", held) == [(12, "R004")]
    assert hits("R004", goal("en", None, ("direction: decrease", "direction: at_most"))) == []


def test_equal_target_zero_baseline_drafts_and_closed_goals_are_not_this_rules() -> None:
    assert hits("R004", goal("en", None, ("target: 24", "target: 48"))) == []  # M002's
    assert (
        hits("R004", goal("en", None, ("baseline: 48", "baseline: 0"), ("target: 24", "target: 1")))
        == []
    )
    small = ("target: 24", "target: 47")
    assert hits("R004", goal("en", None, small, ("status: active", "status: draft"))) == []
    assert hits("R004", goal("en", None, small, ("status: active", "status: achieved"))) == []


def test_messages_give_the_change() -> None:
    assert messages("R004", goal("en", None, ("target: 24", "target: 46"))) == [
        "the target 46 is only 4.2 % from the baseline 48, less than 5 % (R): the goal asks "
        "for almost nothing; set a target that takes an effort"
    ]
    held = goal(
        "sv", None, ("direction: decrease", "direction: at_most"), ("target: 24", "target: 50")
    )
    assert messages("R004", held, lang="sv") == [
        "utgångsläget 48 når redan målnivån 50 (R): målet kräver inget nytt; ange en nivå som "
        "inte är nådd än"
    ]


GOAL_FILE = "goals/faster-replies.md"


def _set(text: str, current: str | None, target: str = "24") -> str:
    text = text.replace("  target: 24\n  current: 36\n", f"  target: {target}\n")
    if current is not None:
        text = text.replace(f"  target: {target}\n", f"  target: {target}\n  current: {current}\n")
    return text


@pytest.mark.parametrize("lang", LANGS)
def test_a_target_reached_before_it_was_set_again_is_reported(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    # Anna's goal was 30 hours; she checked in 22, then Erik set it again at 24, from 48 still
    commit(repo, {GOAL_FILE: _set(GOOD_GOAL, None, "30")}, "Set the goal", ERIK)
    checked = commit(repo, {GOAL_FILE: _set(GOOD_GOAL, "22", "30")}, "22 hours", ANNA)
    commit(repo, {GOAL_FILE: _set(GOOD_GOAL, None)}, "Set it again", ERIK)
    said = {
        "en": f"the target 24 was already reached: 22 was checked in on 2017-03-31 (commit "
        f"{checked[:10]}), before the target was set on 2017-01-04 (R); the goal asks for "
        "nothing new: set a level that has not been reached",
        "sv": f"målnivån 24 var redan nådd: 22 checkades in 2017-03-31 (commit {checked[:10]}), "
        "innan målnivån sattes 2017-01-04 (R); målet kräver inget nytt: ange en nivå som inte "
        "har nåtts",
    }[lang]
    assert [(p["line"], p["name"], p["message"]) for p in found(capsys, "R004", lang=lang)] == [
        (12, "not-challenging", said)
    ]


def test_a_target_reached_after_it_was_set_is_progress(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    commit(repo, {GOAL_FILE: _set(GOOD_GOAL, None)}, "Set the goal", ERIK)
    commit(repo, {GOAL_FILE: _set(GOOD_GOAL, "22")}, "22 hours", ANNA)
    assert where(capsys, "R004") == []


def test_a_target_being_raised_now_is_judged_by_the_whole_history(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    commit(repo, {GOAL_FILE: _set(GOOD_GOAL, None, "30")}, "Set the goal", ERIK)
    commit(repo, {GOAL_FILE: _set(GOOD_GOAL, "25", "30")}, "25 hours", ANNA)
    repo.write(GOAL_FILE, _set(GOOD_GOAL, "25", "26"))  # not committed yet: 25 is beyond 26
    assert where(capsys, "R004") == [(GOAL_FILE, 12, "not-challenging")]
    repo.write(GOAL_FILE, _set(GOOD_GOAL, "25", "20"))
    assert where(capsys, "R004") == []
