"""Numbers that never lie, in the report: a KPI's value only in the goal's unit, the status the
numbers give beside a declared one they contradict, a KPI's healthy range, and better or worse
per team by the KPI's direction. Real repositories, several identities."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.builders import ANNA, ERIK, epoch, team_goal
from tests.conftest import Repo, run
from tests.test_report import by_id, report_json

ERIK_ID = ("Erik Eriksson", ERIK)


def calls(value: float, unit: str = "calls/day", **extra: str) -> str:
    lines = [f"{key}: {text}" for key, text in extra.items()]
    return "\n".join(
        [
            "---",
            "id: calls",
            "kind: kpi",
            f"owner: {ERIK}",
            f"unit: {unit}",
            "direction: decrease",
            "frequency: monthly",
            *lines,
            f"value: {value}",
            "---",
            "# Support calls per day",
            "",
        ]
    )


def replies(**extra: Any) -> str:
    return team_goal(
        "faster-replies",
        ANNA,
        direction="decrease",
        baseline=48,
        target=24,
        deadline="2017-06-30",
        unit="hours",
        kpi="calls",
        **extra,
    )


def test_a_kpi_in_another_unit_never_feeds_progress(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/faster-replies.md", replies())
    repo.write("goals/calls.md", calls(40))
    repo.commit("Set the goal", date=epoch("2017-01-05"))
    repo.write("goals/calls.md", calls(30))
    repo.commit("Calls in March", name=ERIK_ID[0], email=ERIK, date=epoch("2017-03-31"))
    found = by_id(report_json(capsys, "--as-of", "2017-04-01"))["faster-replies"]
    # 30 calls a day is not 75 % of the way from 48 to 24 hours
    assert (found["current"], found["current_from"], found["progress"]) == (None, None, None)
    assert found["status"] == "not-started"
    assert found["problems"] == [
        "the KPI 'calls' is measured in 'calls/day', not in the goal's unit 'hours': its value "
        "is not the goal's level; add 'metric.current'"
    ]
    repo.write("goals.toml", 'language = "sv"\n')
    code, out, _ = run(capsys, "report", "--as-of", "2017-04-01", "--format", "markdown")
    assert code == 0
    assert (
        "nyckeltalet 'calls' mäts i 'calls/day', inte i målets enhet 'hours': dess värde är inte "
        "målets nivå; lägg till 'metric.current'"
    ) in out
    code, out, _ = run(capsys, "check", "goals/faster-replies.md", "--format", "json")
    assert (code, re.findall(r'"name": "(kpi-unit-mismatch)"', out)) == (1, ["kpi-unit-mismatch"])


def test_a_kpi_in_the_same_unit_still_feeds_progress(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/faster-replies.md", replies())
    repo.write("goals/calls.md", calls(30, unit='"Hours"'))
    repo.commit("Set the goal", date=epoch("2017-01-05"))
    found = by_id(report_json(capsys, "--as-of", "2017-04-01"))["faster-replies"]
    assert (found["current"], found["current_from"], found["progress"]) == (30.0, "kpi:calls", 0.75)
    assert found["problems"] == []


def test_the_report_shows_the_status_the_numbers_give_beside_the_declared_one(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    achieved = team_goal("deals", ANNA, baseline=150, target=160, current=154).replace(
        "status: active", "status: achieved"
    )
    missed = team_goal("margin", ANNA, baseline=8, target=10, current=10).replace(
        "status: active", "status: missed"
    )
    honest = team_goal("costs", ANNA, baseline=100, target=95, current=97).replace(
        "status: active", "status: missed"
    )
    repo.write("goals/deals.md", achieved)
    repo.write("goals/margin.md", missed)
    repo.write("goals/costs.md", honest)
    repo.commit("Close the year", name=ERIK_ID[0], email=ERIK, date=epoch("2018-01-10"))
    goals = by_id(report_json(capsys, "--as-of", "2018-01-10"))
    assert (goals["deals"]["status"], goals["deals"]["computed_status"]) == ("achieved", "overdue")
    assert (goals["margin"]["status"], goals["margin"]["computed_status"]) == (
        "missed",
        "achieved",
    )
    assert (goals["costs"]["status"], goals["costs"]["computed_status"]) == ("missed", None)
    code, out, _ = run(capsys, "report", "--as-of", "2018-01-10", "--format", "markdown")
    assert code == 0
    assert "| achieved (the numbers: overdue) |" in out
    assert "| missed (the numbers: achieved) |" in out
    assert "| missed |" in out
    code, out, _ = run(
        capsys, "report", "--as-of", "2018-01-10", "--format", "markdown", "--lang", "sv"
    )
    assert "| uppnått (siffrorna: försenat) |" in out
    assert "| missat (siffrorna: uppnått) |" in out
    code, out, _ = run(capsys, "report", "--as-of", "2018-01-10", "--format", "html")
    assert '<span class="badge">achieved (the numbers: overdue)</span>' in out


def test_a_kpis_healthy_range_is_shown_and_a_value_outside_marked(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/calls.md", calls(46, healthy="{max: 40}"))
    repo.commit("Calls", name=ERIK_ID[0], email=ERIK, date=epoch("2017-03-31"))
    data = report_json(capsys, "--as-of", "2017-04-01")
    assert data["kpis"][0]["healthy"] == {"min": None, "max": 40.0}
    code, out, _ = run(capsys, "report", "--as-of", "2017-04-01", "--format", "markdown")
    assert code == 0
    assert "| Latest | Healthy | Change |" in out
    assert "| 46 (unhealthy) | ≤ 40 |" in out
    code, out, _ = run(
        capsys, "report", "--as-of", "2017-04-01", "--format", "markdown", "--lang", "sv"
    )
    assert "| Senaste | Sund nivå | Förändring |" in out
    assert "| 46 (osunt) | ≤ 40 |" in out


def test_units_side_by_side_say_better_or_worse_by_the_kpis_direction(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/calls.md", calls(40, values="{north: 38, south: 42}"))
    repo.commit("Calls in February", name=ERIK_ID[0], email=ERIK, date=epoch("2017-02-28"))
    repo.write("goals/calls.md", calls(40, values="{north: 35, south: 45}", healthy="{max: 44}"))
    repo.commit("Calls in March", name=ERIK_ID[0], email=ERIK, date=epoch("2017-03-31"))
    code, out, _ = run(capsys, "report", "--as-of", "2017-04-01", "--format", "markdown")
    assert code == 0
    # fewer calls is better: north went down, south went up
    assert "| north | 35 | 38 | -3 better |" in out
    assert "| south | 45 (unhealthy) | 42 | +3 worse |" in out
    code, out, _ = run(
        capsys, "report", "--as-of", "2017-04-01", "--format", "markdown", "--lang", "sv"
    )
    assert "| north | 35 | 38 | -3 bättre |" in out
    assert "| south | 45 (osunt) | 42 | +3 sämre |" in out
