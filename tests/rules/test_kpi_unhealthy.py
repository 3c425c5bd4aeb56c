"""M008 kpi-unhealthy."""

from __future__ import annotations

import pytest

from ..lint import LANGS, hits, messages


def kpi(healthy: str, value: str = "value: 46", values: str = "") -> str:
    return (
        "---\nid: calls\nkind: kpi\nowner: anna@example.com\nunit: calls/day\n"
        f"direction: decrease\nhealthy: {healthy}\n{value}\n{values}---\n# Support calls per day\n"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_a_value_above_the_healthy_maximum_is_reported_at_the_value(lang: str) -> None:
    assert hits("M008", kpi("{max: 40}"), lang=lang) == [(8, "M008")]


@pytest.mark.parametrize("lang", LANGS)
def test_a_value_below_the_healthy_minimum_is_reported(lang: str) -> None:
    assert hits("M008", kpi("{min: 50}"), lang=lang) == [(8, "M008")]


@pytest.mark.parametrize("healthy", ["{max: 46}", "{min: 46}", "{min: 10, max: 50}"])
def test_a_value_on_or_inside_the_bounds_passes(healthy: str) -> None:
    assert hits("M008", kpi(healthy)) == []


def test_each_team_or_person_is_checked() -> None:
    values = "values:\n  support-north: 38\n  support-south: 44\n"
    assert hits("M008", kpi("{max: 40}", "value: 40", values)) == [(11, "M008")]


def test_a_kpi_without_healthy_is_not_this_rules() -> None:
    text = "---\nid: calls\nkind: kpi\nowner: anna@example.com\nvalue: 46\n---\n# Calls\n"
    assert hits("M008", text) == []


def test_messages_give_the_value_and_the_bound() -> None:
    assert messages("M008", kpi("{max: 40}")) == [
        "the KPI's value 46 is above its healthy maximum 40 (M); act on it with a goal or an "
        "activity, or review 'healthy'"
    ]
    values = "values:\n  support-north: 38\n"
    assert messages("M008", kpi("{min: 40}", "value: 40", values), lang="sv") == [
        "värdet 38 för support-north är under nyckeltalets sunda undre gräns 40 (M)"
    ]


def test_the_schema_takes_min_and_max_only() -> None:
    assert hits("V002", kpi("{max: 40, most: 50}")) == [(7, "V002")]
