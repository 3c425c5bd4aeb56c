"""M007 status-contradicts-progress."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def closed(lang: str, status: str, current: float, *edits: tuple[str, str]) -> str:
    """The reference goal (48 -> 24 hours) closed with ``status`` at ``current``."""
    return goal(
        lang,
        None,
        ("  target: 24\n", f"  target: 24\n  current: {current}\n"),
        ("status: active", f"status: {status}"),
        *edits,
    )


@pytest.mark.parametrize("lang", LANGS)
def test_achieved_short_of_the_target_is_reported_at_the_status(lang: str) -> None:
    # 48 -> 38 is 10 of the 24 hours: 42 %
    assert hits("M007", closed(lang, "achieved", 38), lang=lang) == [(17, "M007")]


@pytest.mark.parametrize("lang", LANGS)
def test_missed_with_the_target_reached_is_reported(lang: str) -> None:
    assert hits("M007", closed(lang, "missed", 24), lang=lang) == [(17, "M007")]
    assert hits("M007", closed(lang, "missed", 20), lang=lang) == [(17, "M007")]


@pytest.mark.parametrize(("status", "current"), [("achieved", 24), ("missed", 38)])
def test_a_status_the_numbers_bear_out_passes(status: str, current: float) -> None:
    assert hits("M007", closed("en", status, current)) == []


def test_nothing_measured_is_no_contradiction() -> None:
    assert hits("M007", goal("en", None, ("status: active", "status: achieved"))) == []


def test_an_open_goal_is_not_this_rules() -> None:
    assert hits("M007", closed("en", "active", 38)) == []


def test_a_held_level_out_of_range_contradicts_achieved() -> None:
    text = closed("en", "achieved", 30, ("direction: decrease", "direction: at_most"))
    assert hits("M007", text) == [(17, "M007")]


def test_the_kpis_value_counts_only_in_the_goals_unit() -> None:
    text = goal("en", None, ("status: active", "status: achieved\nkpi: reply-time"))

    def kpi(unit: str) -> str:
        return (
            f"---\nid: reply-time\nkind: kpi\nowner: anna@example.com\nunit: {unit}\n"
            "direction: decrease\nvalue: 38\n---\n# Reply time of customer emails\n"
        )

    assert hits("M007", text, kpi("hours")) == [(16, "M007")]
    assert hits("M007", text, kpi("calls/day")) == []


def test_messages_give_the_progress() -> None:
    assert messages("M007", closed("en", "achieved", 38)) == [
        "the status says 'achieved' but the goal is at 42 % of the way to its target (M); "
        "check in the level reached, or set 'status: missed'"
    ]
    assert messages("M007", closed("sv", "missed", 24), lang="sv") == [
        "statusen säger 'missed' men målet har nått 100 % av vägen till målnivån (M); ange "
        "'status: achieved', eller rätta den avstämda nivån"
    ]
