"""The fields of a statement, written down once, and the readers of their values.

``TABLE`` is the one list of the fields whose change `goals history` reports. Each row says what
else the field is:

- *defining*: part of what a manager accepts; the acceptance fingerprint is taken over these
  (``DEFINING``). Progress is never among them, so a check-in never makes an acceptance stale.
- *goalpost*: a change after the first version moves a goalpost (``GOALPOSTS``), flagged by
  ``goals review`` and listed by ``goals report``. The top-level ``unit`` and ``direction`` are a
  KPI's; ``metric.*`` and the dates a goal's.

``DEFINING``, ``GOALPOSTS`` and ``EVENT_FIELDS`` are views of that table, in its order: goalposts
first, then links and people, then the statement (the H1 text, not a front matter field) last.
``PROGRESS`` and ``PROGRESS_MAPS`` are the fields a check-in writes.

The readers take raw front matter values (a ``Mapping`` from :mod:`goals_as_code.source.yamlstrict`)
and never raise: a value of the wrong type reads as None, and the schema reports it.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Mapping
from typing import Any, NamedTuple

# The kinds of statement, in the order the product names them (the schemas' ``kind`` enum).
KINDS = ("goal", "kpi", "activity", "behaviour")

STATEMENT = "statement"  # the H1 text, not a front matter field


class Field(NamedTuple):
    """One row of ``TABLE``: a dotted path into the front matter ("statement" is the H1 text)."""

    name: str
    defining: bool  # in the acceptance fingerprint
    goalpost: bool  # its change after the first version moves a goalpost


TABLE: tuple[Field, ...] = (
    Field("metric.baseline", defining=True, goalpost=True),
    Field("metric.target", defining=True, goalpost=True),
    Field("metric.direction", defining=True, goalpost=True),
    Field("metric.unit", defining=True, goalpost=True),
    Field("unit", defining=False, goalpost=True),  # a KPI's
    Field("direction", defining=False, goalpost=True),  # a KPI's
    Field("start", defining=True, goalpost=True),
    Field("deadline", defining=True, goalpost=True),
    Field("parent", defining=True, goalpost=False),
    Field("kpi", defining=True, goalpost=False),
    Field("owner", defining=True, goalpost=False),
    Field("manager", defining=True, goalpost=False),
    Field("accepted", defining=False, goalpost=False),
    Field("agreed", defining=False, goalpost=False),
    Field("confidence.owner", defining=False, goalpost=False),
    Field("confidence.manager", defining=False, goalpost=False),
    Field("state", defining=False, goalpost=False),  # an activity's: todo -> doing -> done
    Field(STATEMENT, defining=True, goalpost=False),  # last: not a front matter field
)

EVENT_FIELDS: tuple[str, ...] = tuple(row.name for row in TABLE)
DEFINING: tuple[str, ...] = tuple(row.name for row in TABLE if row.defining)
GOALPOSTS: tuple[str, ...] = tuple(row.name for row in TABLE if row.goalpost)

# What a check-in writes: these fields, and every key under the maps (``confidence.owner``).
PROGRESS = ("metric.current", "metric.as_of", "status", "value", "as_of")
PROGRESS_MAPS = ("confidence", "values", "seen")
CONFIDENCE = "confidence"  # {owner, manager}: how much each believes in the goal, 0 to 1
# The fields whose change is a new measurement, by kind: a goal's, a KPI's, and a behaviour's
# observations (a count or a rating per period). An activity measures nothing. A new ``as_of``
# with the same value confirms the value: a check-in for a goal as for a KPI.
MEASURED = {
    "goal": ("metric.current", "metric.as_of"),
    "kpi": ("value", "values", "as_of"),
    "behaviour": ("seen",),
    "activity": (),
}


# A ``frequency`` word -> the longest gap between check-ins, in days (other words set none).
FREQUENCY_DAYS = {
    "daily": 1,
    "weekly": 7,
    "biweekly": 14,
    "monthly": 31,
    "quarterly": 92,
    "yearly": 366,
}


def is_progress(name: str) -> bool:
    """Whether a dotted field name is progress (``metric.current``, ``confidence.owner``, ...)."""
    return name in PROGRESS or (name.split(".", 1)[0] in PROGRESS_MAPS and "." in name)


def is_confidence(name: str) -> bool:
    """Whether a dotted field name is a confidence value (``confidence.owner``): progress that
    is not a check-in, each value its holder's belief."""
    return name.startswith(CONFIDENCE + ".")


# --- readers ------------------------------------------------------------------------------------

DATE_SHAPE = re.compile(r"^\d{4}-\d{2}-\d{2}$")  # YYYY-MM-DD; ``date`` checks the day exists


_STEPS: dict[str, tuple[str, ...]] = {}  # a dotted path's steps, split once


def get(data: Mapping[str, Any] | None, dotted: str) -> Any:
    """The value at a dotted path (``"metric.target"``), or None when any step is missing."""
    steps = _STEPS.get(dotted)
    if steps is None:
        steps = _STEPS[dotted] = tuple(dotted.split("."))
    value: Any = data
    for part in steps:
        # most front matter is plain dicts: a type check first spares the ABC check (the
        # history asks this a few hundred thousand times over a long log)
        if type(value) is not dict and not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def number(value: object) -> float | None:
    """``value`` as a number, or None (YAML ``true`` is not a number here)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def date(value: object) -> datetime.date | None:
    """A ``YYYY-MM-DD`` text as a date, or None (the schema reports dates that are not dates)."""
    if not isinstance(value, str) or not DATE_SHAPE.match(value):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def show(value: object, *, none: str = "(none)", digits: int | None = None) -> str:
    """A value as a person reads it: 24 (not 24.0), ``true``, ``[10, 20]``, text as written.

    ``none`` is what stands for a missing value; ``digits`` rounds a fraction to that many
    significant digits (tables), else it is shown in full.
    """
    if value is None:
        return none
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        if isinstance(value, int) or value.is_integer():
            return str(int(value))
        return f"{value:.{digits}g}" if digits else repr(value)
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(show(item, none="null", digits=digits) for item in value) + "]"
    if isinstance(value, Mapping):
        return json.dumps(_whole(value), ensure_ascii=False, default=str)
    return str(value)


def _whole(value: Any) -> Any:
    # 24.0 reads as 24 inside a mapping too
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, Mapping):
        return {key: _whole(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_whole(item) for item in value]
    return value
