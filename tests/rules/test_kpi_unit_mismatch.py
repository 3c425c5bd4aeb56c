"""M006 kpi-unit-mismatch."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

LINKED = ("status: active\n", "status: active\nkpi: calls\n")  # the kpi field is on line 17


def kpi(unit: str) -> str:
    return (
        f"---\nid: calls\nkind: kpi\nowner: anna@example.com\nunit: {unit}\n"
        "direction: decrease\nvalue: 30\n---\n# Support calls per day\n"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_a_kpi_in_another_unit_is_reported_at_the_kpi_field(lang: str) -> None:
    assert hits("M006", goal(lang, None, LINKED), kpi("calls/day"), lang=lang) == [(17, "M006")]


@pytest.mark.parametrize("unit", ["hours", "Hours", " hours ", "HOURS"])
def test_the_same_unit_passes_whatever_its_case_and_spaces(unit: str) -> None:
    assert hits("M006", goal("en", None, LINKED), kpi(f'"{unit}"')) == []


def test_spaces_around_a_slash_do_not_make_another_unit() -> None:
    text = goal("sv", None, LINKED, ("unit: hours", "unit: samtal/dag"))
    assert hits("M006", text, kpi('"Samtal / dag"'), lang="sv") == []


def test_a_goal_without_a_kpi_or_with_an_unknown_one_is_not_this_rules() -> None:
    assert hits("M006", goal("en")) == []
    assert hits("M006", goal("en", None, LINKED)) == []  # L002 reports the missing KPI


def test_messages_name_both_units() -> None:
    assert messages("M006", goal("en", None, LINKED), kpi("calls/day")) == [
        "the goal is measured in 'hours' but its KPI 'calls' in 'calls/day' (M): the KPI's "
        "value cannot be the goal's level; name a KPI in 'hours', or remove 'kpi:' and "
        "mention the KPI in the text"
    ]
    swedish = goal("sv", None, LINKED, ("unit: hours", "unit: timmar"))
    assert messages("M006", swedish, kpi("samtal/dag"), lang="sv") == [
        "målet mäts i 'timmar' men dess nyckeltal 'calls' i 'samtal/dag' (M): nyckeltalets "
        "värde kan inte vara målets nivå; ange ett nyckeltal i 'timmar', eller ta bort 'kpi:' "
        "och nämn nyckeltalet i texten"
    ]
