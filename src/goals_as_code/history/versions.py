"""The versions of a statement: each blob read and parsed once, whatever commit wrote it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from goals_as_code.i18n.messages import N_, message
from goals_as_code.markdown import plugin as statements
from goals_as_code.source import document
from goals_as_code.source.cores import halves

# fewer versions are parsed sooner here than a second process starts and hands them back
MIN_PARALLEL = 2000


class Parsed(NamedTuple):
    data: Mapping[str, Any] | None  # None: the front matter could not be read
    statement: str | None
    problem: str | None  # why it could not be read


class Versions:
    """The blobs the log names, parsed on first use; and which ones were taken as versions."""

    def __init__(
        self,
        blobs: Mapping[str, bytes],
        parsed: Mapping[str, Parsed] = {},
        max_front_matter: int = document.DEFAULT_MAX_FRONT_MATTER,
    ) -> None:
        self.blobs = blobs
        self.max_front_matter = max_front_matter  # the configuration's limit, as check applies it
        self.parsed: dict[str, Parsed] = dict(parsed)  # parsed before (history/cache.py)
        self.seen: set[str] = set()  # blobs already taken as versions

    def parse(self, blob: str | None, path: str) -> Parsed | None:
        if blob is None:
            return None
        found = self.parsed.get(blob)
        if found is None:
            raw = self.blobs.get(blob)
            if raw is None:
                found = Parsed(None, None, "its content is not in this clone")
            else:
                found = parse(raw, path, self.max_front_matter)
            self.parsed[blob] = found
        return found


def ident(parsed: Parsed | None) -> str | None:
    """The ``id`` a version gives itself, if any."""
    if parsed is None or parsed.data is None:
        return None
    found = parsed.data.get("id")
    return found if isinstance(found, str) and found else None


def parse(
    blob: bytes, path: str, max_front_matter: int = document.DEFAULT_MAX_FRONT_MATTER
) -> Parsed:
    """One version's front matter and statement; never raises (an old version must never stop
    the history): what cannot be read says why in ``problem``. The limits are those of
    ``goals check`` (``max_front_matter``: the configuration's)."""
    if len(blob) > document.MAX_FILE_BYTES:  # the limit of every command that reads a file
        return Parsed(None, None, document.too_large(len(blob)))
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = blob[: exc.start].count(b"\n") + 1
        return Parsed(
            None,
            None,
            message(N_("it is not UTF-8 (line {line}, byte {byte})"), line=line, byte=exc.start),
        )
    try:
        plain = statements.plain_data(text, max_front_matter=max_front_matter)
        if plain is not None:  # most versions: no document made (a fifth of the time)
            return Parsed(*plain, None)
        doc = statements.parse(text, path, max_front_matter=max_front_matter)
    except Exception as exc:  # an old version must never stop the history
        return Parsed(
            None,
            None,
            message(N_("it could not be parsed ({error})"), error=f"{type(exc).__name__}: {exc}"),
        )
    if not doc.readable:
        issue = doc.issues[0] if doc.issues else None
        why = (
            message(N_("line {line}: {problem}"), line=issue.line, problem=issue.message)
            if issue
            else message(N_("the front matter is unreadable"))
        )
        return Parsed(None, doc.statement, why)
    return Parsed(doc.data, doc.statement, None)


def parse_many(
    blobs: Mapping[str, bytes],
    ids: Sequence[str],
    max_front_matter: int = document.DEFAULT_MAX_FRONT_MATTER,
) -> dict[str, Parsed]:
    """The versions ``ids`` (blobs of ``blobs``) parsed, half of them in a second process when
    there are many and a second core (``source.cores.halves``)."""
    mine = [blob for blob in ids if blob in blobs]
    parsed = halves(mine, lambda blob: parse(blobs[blob], "", max_front_matter), MIN_PARALLEL)
    return dict(zip(mine, parsed, strict=True))
