"""Output formats by name: each command that prints results keeps one ``Formats`` of its writers.

A command's ``--format`` choices are the registry's ``names``, and the command calls the writer
it finds there, so a new format is one entry: ``check.formats.FORMATS``,
``report.formats.FORMATS``, ``review.formats.FORMATS``, ``cli.commands.history.FORMATS``,
``classify.formats.FORMATS`` and ``check.catalogue.FORMATS`` (``goals rules``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from typing import TypeVar

from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import N_, message
from goals_as_code.source.text import did_you_mean

Writer = TypeVar("Writer")


class Formats(Mapping[str, Writer]):
    """Writers by format name, in the order the help lists them (the first is the default)."""

    def __init__(self, writers: Mapping[str, Writer]) -> None:
        self._writers = dict(writers)

    def __getitem__(self, name: str) -> Writer:
        return self._writers[name]

    def writer(self, name: str) -> Writer:
        """The writer of ``name``; a ``GoalsError`` that names the choices when there is none."""
        found = self._writers.get(name)
        if found is None:
            close = did_you_mean(name, self._writers)
            hint = (
                message(N_("did you mean '{close}'?"), close=close[0])
                if close
                else message(N_("choose one of {names}"), names=self.listed)
            )
            raise GoalsError(message(N_("unknown format '{name}'; {hint}"), name=name, hint=hint))
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._writers)

    def __len__(self) -> int:
        return len(self._writers)

    @property
    def names(self) -> tuple[str, ...]:
        """The format names, for ``click.Choice``."""
        return tuple(self._writers)

    @property
    def listed(self) -> str:
        return ", ".join(self._writers)


def to_json(payload: object, *, indent: int | None = 2) -> str:
    """JSON that every reader accepts: no ``Infinity`` or ``NaN`` (a number that is not finite
    is written as null), text as written (not ``\\u`` escapes), anything else (dates) as text.

    Indented, it is written here rather than by ``json.dumps``, whose ``indent`` takes the
    encoder written in Python (a report's JSON holds every check-in: 450,000 values over
    10,000 commits): the same bytes, as a property test checks, in about half the time."""
    if indent is not None:
        parts: list[str] = []
        try:
            _indented(payload, parts, "\n", " " * indent)
            return "".join(parts)
        except _Other:
            pass
    return json.dumps(
        _finite(payload), indent=indent, ensure_ascii=False, allow_nan=False, default=str
    )


class _Other(Exception):
    """A value the indented writer leaves to ``json.dumps``."""


_text = json.encoder.encode_basestring  # the C encoder of a string, as ``ensure_ascii=False``


def _indented(value: object, parts: list[str], newline: str, step: str) -> None:
    """``value`` as ``json.dumps(_finite(value), indent=..., ensure_ascii=False)`` writes it."""
    if isinstance(value, str):
        parts.append(_text(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        parts.append(float.__repr__(value) if math.isfinite(value) else "null")
    elif isinstance(value, Mapping):
        if not value:
            parts.append("{}")
            return
        inner = newline + step
        parts.append("{")
        first = True
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Other  # keys of other types are converted by json.dumps's own rules
            parts.append(inner if first else "," + inner)
            first = False
            parts.append(_text(key))
            parts.append(": ")
            kind = type(item)  # the common leaves here, without a call each
            if kind is str:
                parts.append(_text(item))
            elif kind is int:
                parts.append(int.__repr__(item))
            elif item is None:
                parts.append("null")
            elif kind is float and math.isfinite(item):
                parts.append(float.__repr__(item))
            elif item is True or item is False:
                parts.append("true" if item else "false")
            elif not item and (kind is dict or kind is list):
                parts.append("{}" if kind is dict else "[]")
            else:
                _indented(item, parts, inner, step)
        parts.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            parts.append("[]")
            return
        inner = newline + step
        parts.append("[")
        for index, item in enumerate(value):
            parts.append(inner if index == 0 else "," + inner)
            if type(item) is str:
                parts.append(_text(item))
            else:
                _indented(item, parts, inner, step)
        parts.append(newline + "]")
    else:  # dates and the like, as ``default=str`` writes them
        parts.append(_text(str(value)))


def _finite(value: object) -> object:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(item) for item in value]
    return value
