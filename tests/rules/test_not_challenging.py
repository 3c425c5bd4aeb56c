"""R004 not-challenging."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


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
