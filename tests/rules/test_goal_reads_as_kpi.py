"""G003 goal-reads-as-kpi: the guide's KPIs, written as goals."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

KPIS = [
    "# Antal kundmöten/vecka",
    "# Vinstmarginal",
    "# Number of customer meetings per week",
    "# Number of support calls per day",
]


@pytest.mark.parametrize("lang", LANGS)
def test_a_result_to_reach_passes(lang: str) -> None:
    assert hits("G003", goal(lang), lang=lang) == []


@pytest.mark.parametrize("statement", KPIS)
def test_a_kpi_written_as_a_goal_is_reported(statement: str) -> None:
    assert hits("G003", goal("en", statement)) == [(18, "G003")]


def test_a_kpi_file_is_not_reported() -> None:
    kpi = "---\nid: margin\nkind: kpi\nowner: anna@example.com\n---\n# Vinstmarginal\n"
    assert hits("G003", kpi) == []


def test_messages() -> None:
    assert messages("G003", goal("en", KPIS[2]))[0].startswith("this goal reads as a KPI")
    swedish = messages("G003", goal("sv", KPIS[0]), lang="sv")[0]
    assert swedish.startswith("målet läses som ett nyckeltal")
