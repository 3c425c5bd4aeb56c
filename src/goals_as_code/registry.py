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
    is written as null), text as written (not ``\\u`` escapes), anything else (dates) as text."""
    return json.dumps(
        _finite(payload), indent=indent, ensure_ascii=False, allow_nan=False, default=str
    )


def _finite(value: object) -> object:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(item) for item in value]
    return value
