"""A goal's fingerprint, and the blocks that bind the two parties to it: ``accepted``, the
manager's acceptance, and ``agreed``, the owner's agreement.

The fingerprint is a SHA-256 over a canonical serialisation (JSON with sorted keys) of the fields
that define a goal. Progress (``current``, ``as_of``, ``confidence``, ``status``) and free text
below the statement are not among them, so checking in never makes an acceptance stale.

Writing a block edits a user file (as ``goals checkin`` does through
:mod:`goals_as_code.source.edit`): only the lines of that block change; every other byte stays as
it was.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from goals_as_code.i18n.messages import N_, message
from goals_as_code.source import document, fields

_FINGERPRINT = re.compile(r"^sha256:[0-9a-f]{64}$")
_PLAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._%+@-]*$")

ACCEPTED = "accepted"  # the manager's acceptance
AGREED = "agreed"  # the owner's agreement
BLOCKS = (ACCEPTED, AGREED)


def value(data: Mapping[str, Any], statement: str | None, field: str) -> Any:
    """The value of one defining field, normalised (None when it is not written)."""
    if field == fields.STATEMENT:
        return " ".join(statement.split()) if isinstance(statement, str) else None
    return _normal(fields.get(data, field))


def _normal(found: Any) -> Any:
    # 24 and 24.0 are the same target; a list (a range target) keeps its order
    if isinstance(found, float) and found.is_integer():
        return int(found)
    if isinstance(found, list):
        return [_normal(item) for item in found]
    return found


def defining(data: Mapping[str, Any], statement: str | None) -> dict[str, Any]:
    """The defining fields of a goal, by dotted name, normalised."""
    return {field: value(data, statement, field) for field in fields.DEFINING}


def fingerprint(data: Mapping[str, Any], statement: str | None) -> str:
    """``sha256:<hex>`` over the sorted-key JSON of the defining fields."""
    canonical = json.dumps(
        defining(data, statement),
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    )
    import hashlib  # here: loading OpenSSL costs every check 3 ms, and few goals are accepted

    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def is_fingerprint(text: object) -> bool:
    return isinstance(text, str) and bool(_FINGERPRINT.match(text))


class Change(NamedTuple):
    """A defining field whose value differs between two versions of a goal."""

    field: str
    old: Any
    new: Any


def changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[Change]:
    """The defining fields that differ, in the order of ``fields.DEFINING``.

    ``before`` and ``after`` are the results of ``defining``.
    """
    return [
        Change(field, before.get(field), after.get(field))
        for field in fields.DEFINING
        if before.get(field) != after.get(field)
    ]


def describe(found: list[Change]) -> str:
    """'metric.target 24 → 30, deadline 2017-06-30 → 2017-09-30'."""
    return ", ".join(change_text(c.field, c.old, c.new) for c in found)


def change_text(field: str, old: Any, new: Any) -> str:
    """One changed field as ``field old → new``; a changed statement as the words it changes,
    with a few words around them (``statement …to [-24-]{+30+} hours by…``), so that a message
    does not repeat two whole statements."""
    if field == "statement" and isinstance(old, str) and isinstance(new, str):
        from goals_as_code.source.text import word_diff

        return f"statement {word_diff(old, new, context=3)}"
    return f"{field} {fields.show(old)} → {fields.show(new)}"


# --- the block ---------------------------------------------------------------------------------


class Accepted(NamedTuple):
    """The content of an ``accepted`` block, or of an ``agreed`` block (which has no ``parent``
    and no ``as``)."""

    by: str
    on: str
    fingerprint: str
    parent: str | None = None  # the parent goal's fingerprint when this goal was accepted
    acting: str | None = None  # written as ``as``: who accepted on the manager's behalf


def _scalar(text: str) -> str:
    # plain when safe, else a JSON string, which is a valid YAML double-quoted scalar
    return text if _PLAIN.match(text) else json.dumps(text, ensure_ascii=False)


def render(accepted: Accepted, newline: str = "\n", name: str = ACCEPTED) -> str:
    """The block named ``name`` as YAML lines, each ending in ``newline``."""
    lines = [
        f"{name}:",
        f"  by: {_scalar(accepted.by)}",
        f"  on: {accepted.on}",
        f"  fingerprint: {accepted.fingerprint}",
    ]
    if accepted.parent is not None:
        lines.append(f"  parent: {accepted.parent}")
    if accepted.acting is not None:
        lines.append(f"  as: {_scalar(accepted.acting)}")
    return "".join(line + newline for line in lines)


class BlockError(ValueError):
    """The file has no front matter block the tool can edit safely."""


def write(text: str, accepted: Accepted, name: str = ACCEPTED) -> str:
    """``text`` with its top-level block ``name`` (``accepted`` or ``agreed``) replaced, or
    inserted before the closing ``---``. Every other line is kept byte for byte, line endings
    included. The result is read back: when it would not read as the same statement with the
    new block (a layout the edit does not understand), BlockError, and nothing is written."""
    from goals_as_code.source import yamlstrict  # writing only: a check never imports PyYAML here

    new = _write(text, accepted, name)
    before, after = _read_back(text), _read_back(new)
    intended = yamlstrict.load(render(accepted, "\n", name)).data
    if not (
        before is not None
        and after is not None
        and isinstance(intended, dict)
        and after[0] == {**before[0], **intended}
        and after[1] == before[1]
    ):
        raise BlockError(
            message(
                N_(
                    "the front matter's layout around '{name}:' is one this command cannot edit "
                    "safely (a blank line or a comment inside the block, or the key inside a "
                    "text); the file is left as it was: write the block by hand, as "
                    "'goals accept --dry-run' shows it"
                ),
                name=name,
            )
        )
    return new


def _read_back(text: str) -> tuple[dict[str, Any], str] | None:
    """The front matter and everything after it, read by the rules every reader follows; None
    when the front matter cannot be read."""
    lines = document.split_lines(text)
    bounds = document.front_matter_bounds(lines)
    if bounds is None:
        return None
    from goals_as_code.source import yamlstrict

    loaded = yamlstrict.load("".join(lines[bounds[0] + 1 : bounds[1]]))
    if loaded.issues or not isinstance(loaded.data, dict):
        return None
    return loaded.data, "".join(lines[bounds[1] + 1 :])


def _write(text: str, accepted: Accepted, name: str) -> str:
    lines = document.split_lines(text)
    if not lines or not document.is_delimiter(lines[0].lstrip("\ufeff")):
        raise BlockError(message(N_("the file does not start with a '---' front matter block")))
    close = next(
        (index for index in range(1, len(lines)) if document.is_delimiter(lines[index])),
        None,
    )
    if close is None:
        raise BlockError(message(N_("the front matter opened with '---' is never closed")))
    newline = "\r\n" if lines[0].endswith("\r\n") else "\n"
    block = render(accepted, newline, name)
    key = next(
        (
            index
            for index in range(1, close)
            if re.match(rf"""^({name}|"{name}"|'{name}')\s*:""", lines[index])
        ),
        None,
    )
    if key is None:
        return "".join([*lines[:close], block, *lines[close:]])
    end = key + 1
    while end < close and lines[end][:1] in (" ", "\t"):
        end += 1
    return "".join([*lines[:key], block, *lines[end:]])
