"""What the history reports: commits, versions, check-ins, events, a timeline per statement."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, NamedTuple

from goals_as_code.source.fields import EVENT_FIELDS

__all__ = [
    "EVENT_FIELDS",
    "PATH_FIELD",
    "Checkin",
    "Commit",
    "Event",
    "History",
    "Timeline",
    "Version",
]

PATH_FIELD = "path"  # an event whose old/new are the file's paths: moved, deleted, written again


class Commit(NamedTuple):
    """One commit as the history reports it; ``author`` and ``email`` honour ``.mailmap``."""

    sha: str
    date: datetime.datetime  # author date, with the author's own UTC offset
    author: str
    email: str
    message: str
    committer: str = ""  # who wrote the commit object: differs after --author, --amend, rebase
    committer_email: str = ""


class Version(NamedTuple):
    """A statement as one commit wrote it; ``data`` is None when it could not be read then."""

    commit: Commit
    path: str
    data: Mapping[str, Any] | None


class Checkin(NamedTuple):
    """A new value: a goal's ``metric.current``, or a KPI's ``value``/``values``/``as_of``."""

    commit: Commit
    value: float | None
    values: Mapping[str, float]
    as_of: str | None


class Event(NamedTuple):
    """A defining field changed (dotted name, e.g. "metric.target"), or the file moved ("path")."""

    commit: Commit
    field: str
    old: Any
    new: Any


class Timeline(NamedTuple):
    """Everything that happened to one statement, oldest first."""

    id: str
    kind: str | None
    paths: list[str]
    versions: list[Version]
    checkins: list[Checkin]
    events: list[Event]


class History(NamedTuple):
    """The timelines of every statement that ever lived under the goals folder."""

    head: str | None  # the commit read up to; None when the repository has no commits
    shallow: bool
    boundary: Commit | None  # the oldest commit a shallow clone can see
    timelines: dict[str, Timeline]
    notes: list[str]  # what was skipped, and why (invalid old versions, shallow clone, ...)
