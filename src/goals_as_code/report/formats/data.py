"""The report as data: JSON for tools, CSV for spreadsheets. Keys stay English identifiers."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from goals_as_code.registry import to_json
from goals_as_code.report.model import Goal, Report, Rollups
from goals_as_code.report.sections import number
from goals_as_code.source.inert import csv_cell


def _point(point: Any) -> dict[str, Any]:
    return {
        "date": point.date,
        "value": point.value,
        "values": dict(point.values),
        "commit": point.commit,
        "author": point.author,
        "recorded": point.recorded,
        "message": point.message,
    }


def goal_json(goal: Goal) -> dict[str, Any]:
    return {
        "id": goal.id,
        "path": goal.path,
        "statement": goal.statement,
        "owner": goal.owner,
        "team": goal.team,
        "parent": goal.parent,
        "kpi": goal.kpi,
        "declared_status": goal.declared,
        "unit": goal.unit,
        "direction": goal.direction,
        "baseline": goal.baseline,
        "target": goal.target,
        "current": goal.current,
        "current_from": goal.current_from,
        "measured": goal.measured,
        "start": goal.start,
        "deadline": goal.deadline,
        "weight": goal.weight,
        "frequency": goal.frequency,
        "progress": goal.progress,
        "expected": goal.expected,
        "pace": goal.pace,
        "status": goal.status,
        "computed_status": goal.computed,
        "stale": goal.stale,
        "last_checkin": goal.last_checkin,
        "checkins": len(goal.points),
        "series": [_point(point) for point in goal.points],
        "goalposts": [
            {
                "date": post.date,
                "field": post.field,
                "old": post.old,
                "new": post.new,
                "commit": post.commit,
                "author": post.author,
            }
            for post in goal.goalposts
        ],
        "problems": [str(problem) for problem in goal.problems],
        "confidence": {
            belief.holder: {"value": belief.value, "previous": belief.previous}
            for belief in goal.beliefs
        },
    }


def as_json(report: Report, goals: Sequence[Goal], rolled: Rollups) -> str:
    document = {
        "as_of": report.as_of,
        "revision": report.revision,
        "at": report.at,
        "shallow": report.shallow,
        "history_from": report.history_from,
        "notes": [str(note) for note in report.notes],
        "empty": str(report.empty) if report.empty else None,
        "goals": [goal_json(goal) for goal in goals],
        "kpis": [
            {
                "id": kpi.id,
                "path": kpi.path,
                "statement": kpi.statement,
                "owner": kpi.owner,
                "team": kpi.team,
                "unit": kpi.unit,
                "direction": kpi.direction,
                "frequency": kpi.frequency,
                "healthy": {"min": kpi.healthy[0], "max": kpi.healthy[1]},
                "value": kpi.value,
                "values": dict(kpi.values),
                "measured": kpi.measured,
                "change": kpi.change,
                "better": kpi.better,
                "stale": kpi.stale,
                "last_checkin": kpi.last_checkin,
                "checkins": len(kpi.points),
                "series": [_point(point) for point in kpi.points],
            }
            for kpi in report.kpis
        ],
        "rollups": {
            "owners": [group._asdict() for group in rolled.owners],
            "teams": [group._asdict() for group in rolled.teams],
            "tree": [node._asdict() for node in rolled.tree],
        },
        "counts": [count._asdict() for count in report.counts],
        "activities": [activity._asdict() for activity in report.activities],
        "behaviours": [
            {**behaviour._asdict(), "seen": dict(behaviour.seen)} for behaviour in report.behaviours
        ],
    }
    return to_json(document) + "\n"


CSV_COLUMNS = (
    "id",
    "owner",
    "team",
    "parent",
    "kpi",
    "unit",
    "direction",
    "baseline",
    "target",
    "current",
    "measured",
    "start",
    "deadline",
    "weight",
    "progress",
    "expected",
    "pace",
    "status",
    "stale",
    "last_checkin",
    "checkins",
    "statement",
    "problems",
)


def as_csv(report: Report, goals: Sequence[Goal], rolled: Rollups) -> str:
    del report, rolled  # one row per goal; roll-ups are in the other formats
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for goal in goals:
        row = goal_json(goal)
        target = row["target"]
        row["target"] = (
            "..".join(number(bound) for bound in target) if isinstance(target, list) else target
        )
        row["problems"] = "; ".join(str(problem) for problem in goal.problems)
        row["stale"] = "yes" if goal.stale else "no"
        writer.writerow(["" if row[name] is None else csv_cell(row[name]) for name in CSV_COLUMNS])
    return out.getvalue()
