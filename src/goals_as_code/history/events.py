"""What a new version changes: a check-in (a new current value) and moved goalposts (a defining
field changed), compared with the version before it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from goals_as_code.history.notes import Notes
from goals_as_code.history.records import Checkin, Commit, Event
from goals_as_code.history.versions import Parsed
from goals_as_code.i18n.messages import N_, message
from goals_as_code.source import fields
from goals_as_code.source.fields import EVENT_FIELDS

Other = tuple[Mapping[str, Any], str | None]  # a merge's other parent's version and statement

STATEMENT = EVENT_FIELDS[-1]  # the statement, compared apart: it is not in the front matter


Under = tuple[str, str | None]  # a field's name, and its key under the top-level one (or None)


def _by_top(names: tuple[str, ...]) -> tuple[tuple[str, tuple[Under, ...]], ...]:
    """The event fields grouped by their top-level key, in their order: where the top-level
    values are equal, so are the fields under them."""
    groups: list[tuple[str, list[Under]]] = []
    for name in names:
        top, _, sub = name.partition(".")
        assert "." not in sub, name  # (``_under`` reads one level down)
        field = (name, sub or None)
        if groups and groups[-1][0] == top:
            groups[-1][1].append(field)
        else:
            groups.append((top, [field]))
    return tuple((top, tuple(grouped)) for top, grouped in groups)


def _under(value: Any, sub: str | None) -> Any:
    """``fields.get`` of a field, given its top-level value: that value, or its ``sub``."""
    if sub is None:
        return value
    return value.get(sub) if isinstance(value, Mapping) else None


_BY_TOP = _by_top(EVENT_FIELDS[:-1])


class Events:
    def __init__(self, boundaries: set[str], notes: Notes) -> None:
        self.boundaries = boundaries
        self.notes = notes

    def compare(
        self,
        commit: Commit,
        path: str,
        base: Mapping[str, Any] | None,
        base_statement: str | None,
        new: Parsed,
        others: list[Other],
    ) -> tuple[Checkin | None, list[Event]]:
        """The check-in and events of ``new`` against ``base`` (None: the first version seen).
        A value one of a merge's ``others`` already had is what the merge brought in."""
        data = new.data
        assert data is not None
        kind = data.get("kind")
        measured = fields.MEASURED.get(
            kind if isinstance(kind, str) else "", fields.MEASURED["goal"]
        )
        series = [fields.get(data, name) for name in measured]
        if base is None:
            changed = any(value is not None for value in series)
        else:
            changed = series != [fields.get(base, name) for name in measured]
        for other, _statement in others:
            if changed and series == [fields.get(other, name) for name in measured]:
                changed = False
        checkin = None
        if changed and commit.sha not in self.boundaries:
            checkin = self.checkin(commit, path, data, kind)
        if base is None:
            return checkin, []
        events = []
        for top, names in _BY_TOP:
            old_top, new_top = base.get(top), data.get(top)
            if old_top == new_top:
                continue  # (most of a version is as before: a check-in changes one value)
            for name, sub in names:
                old_value, new_value = _under(old_top, sub), _under(new_top, sub)
                if old_value != new_value and all(
                    fields.get(other, name) != new_value for other, _statement in others
                ):
                    events.append(Event(commit, name, old_value, new_value))
        old_text, new_text = base_statement, new.statement
        if old_text != new_text and all(said != new_text for _other, said in others):
            events.append(Event(commit, STATEMENT, old_text, new_text))
        return checkin, events

    def checkin(
        self, commit: Commit, path: str, data: Mapping[str, Any], kind: object
    ) -> Checkin | None:
        kpi = kind == "kpi"
        raw = data.get("value") if kpi else fields.get(data, "metric.current")
        as_of = data.get("as_of") if kpi else fields.get(data, "metric.as_of")
        if kind == "behaviour":  # observations per period: the map is the check-in
            raw, as_of = None, None
        values: dict[str, float] = {}
        raw_values = (
            data.get("values") if kpi else data.get("seen") if kind == "behaviour" else None
        )
        if isinstance(raw_values, Mapping):
            for name, number in raw_values.items():
                measure = fields.number(number)
                if measure is not None:
                    values[str(name)] = measure
        value = fields.number(raw)
        if raw is not None and value is None:
            field = "value" if kpi else "metric.current"
            self.notes.note(
                path,
                "not-a-number",
                message(
                    N_(
                        "{path} at {sha}: {field} is {value}, not a number; that version is not "
                        "counted as a check-in"
                    ),
                    path=path,
                    sha=commit.sha[:10],
                    field=field,
                    value=repr(raw),
                ),
            )
        if as_of is not None and fields.date(as_of) is None:
            self.notes.note(
                path,
                "not-a-date",
                message(
                    N_(
                        "{path} at {sha}: as_of is {value}, not a date (YYYY-MM-DD); the check-in "
                        "keeps its value without it"
                    ),
                    path=path,
                    sha=commit.sha[:10],
                    value=repr(as_of),
                ),
            )
            as_of = None
        if value is None and not values:
            return None
        return Checkin(commit, value, values, as_of)
