"""Typed views of a statement: ``Goal``, ``Metric``, ``Kpi``, ``Activity``, ``Behaviour``.

``of(doc)`` builds the view of a ``Document`` with the readers of
:mod:`goals_as_code.source.fields`, so a consumer reads ``goal.metric.target`` instead of walking
the raw front matter; ``doc.view`` builds it once per document, on first use.

A view never raises: rules also look at files the schema rejects, so a value of the wrong type
reads as None (the schema reports it). Text is None when it is not written or empty; dates are
``datetime.date``; numbers are floats; ``as_of`` stays the text as written, to be shown as the
user wrote it.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple, Protocol

from goals_as_code.source import fields


class Document(Protocol):
    """What a view reads of a ``document.Document`` (which holds its view as ``doc.view``)."""

    @property
    def path(self) -> str: ...

    @property
    def data(self) -> Mapping[str, Any]: ...

    @property
    def statement(self) -> str | None: ...

    @property
    def id(self) -> str | None: ...

    @property
    def kind(self) -> str | None: ...


class Metric(NamedTuple):
    """A goal's ``metric``: what is measured, from where to where."""

    unit: str | None
    direction: str | None
    baseline: float | None
    target: float | None  # a single target; None for a range
    bounds: tuple[float, ...] | None  # the numbers of a range target ``[low, high]``
    current: float | None
    as_of: str | None

    @classmethod
    def of(cls, raw: object) -> Metric:
        data = raw if isinstance(raw, Mapping) else {}
        target = data.get("target")
        bounds = None
        if isinstance(target, list):
            bounds = tuple(n for n in (fields.number(item) for item in target) if n is not None)
        return cls(
            text(data.get("unit")),
            text(data.get("direction")),
            fields.number(data.get("baseline")),
            fields.number(target),
            bounds,
            fields.number(data.get("current")),
            text(data.get("as_of")),
        )


class Goal(NamedTuple):
    """A goal: a result to reach by a deadline, measured by its ``metric``."""

    id: str | None
    path: str
    statement: str | None  # the H1 text
    owner: str | None
    manager: str | None
    team: str | None
    parent: str | None
    kpi: str | None
    start: datetime.date | None
    deadline: datetime.date | None
    status: str | None
    frequency: str | None
    weight: float | None
    confidence: Mapping[str, float]  # owner / manager -> 0..1, the numbers written
    metric: Metric


class Kpi(NamedTuple):
    """A KPI: a measure followed over time, overall (``value``) and per team or person."""

    id: str | None
    path: str
    statement: str | None
    owner: str | None
    team: str | None
    unit: str | None
    direction: str | None
    frequency: str | None
    value: float | None
    values: Mapping[str, float]  # the numbers written, by team or person
    as_of: str | None
    status: str | None


class Activity(NamedTuple):
    """An activity: something to do, serving a goal, by a due date."""

    id: str | None
    path: str
    statement: str | None
    owner: str | None
    team: str | None
    goal: str | None
    start: datetime.date | None
    due: datetime.date | None
    state: str | None


class Behaviour(NamedTuple):
    """A behaviour: a way of acting others can see, serving a goal."""

    id: str | None
    path: str
    statement: str | None
    owner: str | None
    team: str | None
    goal: str | None
    frequency: str | None
    status: str | None


View = Goal | Kpi | Activity | Behaviour


def text(value: object) -> str | None:
    """A text field: the text, or None when it is not written, empty or not text."""
    return value if isinstance(value, str) and value else None


def _numbers(value: object) -> dict[str, float]:
    if not isinstance(value, Mapping):
        return {}
    found = ((str(name), fields.number(item)) for name, item in value.items())
    return {name: number for name, number in found if number is not None}


def goal(doc: Document) -> Goal:
    data = doc.data
    return Goal(
        doc.id,
        doc.path,
        doc.statement,
        text(data.get("owner")),
        text(data.get("manager")),
        text(data.get("team")),
        text(data.get("parent")),
        text(data.get("kpi")),
        fields.date(data.get("start")),
        fields.date(data.get("deadline")),
        text(data.get("status")),
        text(data.get("frequency")),
        fields.number(data.get("weight")),
        _numbers(data.get("confidence")),
        Metric.of(data.get("metric")),
    )


def kpi(doc: Document) -> Kpi:
    data = doc.data
    return Kpi(
        doc.id,
        doc.path,
        doc.statement,
        text(data.get("owner")),
        text(data.get("team")),
        text(data.get("unit")),
        text(data.get("direction")),
        text(data.get("frequency")),
        fields.number(data.get("value")),
        _numbers(data.get("values")),
        text(data.get("as_of")),
        text(data.get("status")),
    )


def activity(doc: Document) -> Activity:
    data = doc.data
    return Activity(
        doc.id,
        doc.path,
        doc.statement,
        text(data.get("owner")),
        text(data.get("team")),
        text(data.get("goal")),
        fields.date(data.get("start")),
        fields.date(data.get("due")),
        text(data.get("state")),
    )


def behaviour(doc: Document) -> Behaviour:
    data = doc.data
    return Behaviour(
        doc.id,
        doc.path,
        doc.statement,
        text(data.get("owner")),
        text(data.get("team")),
        text(data.get("goal")),
        text(data.get("frequency")),
        text(data.get("status")),
    )


_BY_KIND: Mapping[str, Callable[[Document], View]] = {
    "goal": goal,
    "kpi": kpi,
    "activity": activity,
    "behaviour": behaviour,
}


def of(doc: Document) -> View | None:
    """The view of ``doc`` by its kind, or None when its kind is not one of ``fields.KINDS``."""
    build = _BY_KIND.get(doc.kind or "")
    return None if build is None else build(doc)
