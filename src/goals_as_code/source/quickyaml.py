"""Plainly written front matter, read without the YAML parser.

Front matter as ``goals new`` writes it, and as people edit it, is a few ``key: value`` lines,
a nested mapping or two, a flow mapping (``{owner: 0.7}``) and a list. This reader takes exactly
that, line by line, and gives the same data the strict loader (``yamlstrict``) would; anything
else (quotes with escapes, anchors, tags, block scalars, comments after a value, a number out of
range, a key written twice, a character YAML treats specially) makes it answer ``None``, and the
strict loader reads the text and reports what is wrong. It never guesses: a property test holds
it to the strict loader. It spares the import of the YAML library and most of its time (history
and check read thousands of front matters).
"""

from __future__ import annotations

import math
import re
import sys
from typing import Any, NamedTuple

# The largest number a front matter may hold: past it a float no longer counts in whole units, and
# sums of weights or values could overflow. Numbers are goals' and KPIs' values, not astronomy.
MAX_NUMBER = 10**15
# The smallest number but 0: a difference of two numbers in range is then never so small that
# progress, (current - baseline) / (target - baseline), overflows.
MIN_NUMBER = 1e-9
SHARED = 40  # keys and text values up to this long are interned: one copy for a tree

_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_INT = re.compile(r"-?[0-9]{1,16}\Z")
_FLOAT = re.compile(r"-?[0-9]{1,16}\.[0-9]{1,16}\Z")
# what the strict loader could read as a boolean, a null or a number: left to it
_SPECIAL = re.compile(r"(?:true|false|null|~)\Z|[-+.0-9]", re.IGNORECASE)
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")  # text: the schema reads it as a date
_NOT_KEYS = frozenset({"true", "false", "null"})  # the strict loader refuses them as keys
_DEEPEST = 8


class _Unsure(Exception):
    pass


Path = tuple[str | int, ...]
Where = dict[Path, tuple[int, int]]


def read(text: str) -> dict[str, Any] | None:
    """The mapping ``text`` holds, when it is written plainly enough to be sure; else None.

    Its top-level entries are read one by one, each once: the versions of a statement over its
    history differ in a line or two, and files of one tree share most of theirs. Entries read
    before are shared, not copied: front matter, once read, is read-only."""
    if not _printable(text):
        return None
    root: dict[str, Any] = {}
    try:
        for written in _TOP.split(text):
            entries = _ENTRIES.get(written)
            if entries is None:
                entries = _read(written, None) or {}
                _remember(_ENTRIES, written, entries)
            if not root.keys().isdisjoint(entries):
                return None  # a key written twice: the strict loader says where
            root.update(entries)
    except _Unsure:
        return None
    return root if root else None


def positions(text: str) -> tuple[Where, Where] | None:
    """Where each key and each value of ``text`` is written (0-based line and column), as the
    strict loader finds them, when ``text`` is written plainly enough to be sure; else None."""
    found = read_placed(text)
    return None if found is None else (found[1], found[2])


def read_placed(text: str) -> tuple[dict[str, Any], Where, Where] | None:
    """``read`` and ``positions`` at once."""
    keys: Where = {}
    values: Where = {}
    data = _sure(text, (keys, values))
    return None if data is None else (data, keys, values)


def _printable(text: str) -> bool:
    return "\t" not in text and "\r" not in text and text.replace("\n", "").isprintable()


def _sure(text: str, where: tuple[Where, Where] | None) -> dict[str, Any] | None:
    if not _printable(text):
        return None
    try:
        return _read(text, where)
    except _Unsure:
        return None


class _Open(NamedTuple):
    """A container whose entries are being read: their indent, the container, its path."""

    indent: int
    container: dict[str, Any] | list[Any]
    path: Path


def _read(text: str, where: tuple[Where, Where] | None) -> dict[str, Any] | None:
    root: dict[str, Any] = {}
    stack = [_Open(0, root, ())]
    waiting: tuple[int, dict[str, Any], Path] | None = None  # a "key:" with nothing after it
    for number, line in enumerate(text.split("\n")):
        body = line.lstrip(" ")
        if not body or body.startswith("#"):
            continue
        indent = len(line) - len(body)
        if where is not None and () not in where[1]:
            where[1][()] = (number, indent)
        if waiting is not None:
            above, owner, path = waiting
            waiting = None
            if indent > above:  # the key's value is the block below it
                if len(stack) > _DEEPEST:
                    raise _Unsure
                opened: dict[str, Any] | list[Any] = [] if body[0] == "-" else {}
                owner[str(path[-1])] = opened
                stack.append(_Open(indent, opened, path))
                if where is not None:
                    where[1][path] = (number, indent)
        while stack[-1].indent > indent:
            stack.pop()
        at, container, inside = stack[-1]
        if at != indent:
            raise _Unsure
        if isinstance(container, list):
            if not body.startswith("- "):
                raise _Unsure
            path = (*inside, len(container))
            column = indent + len(body) - len(body[1:].lstrip(" "))
            if where is not None:
                where[0][path] = (number, column)
            container.append(_value(body[2:].strip(" "), (number, column), path, where))
            continue
        key, colon, rest = body.partition(":")
        key = _key(key) if colon else ""
        if not key or key in container:
            raise _Unsure
        path = (*inside, key)
        if where is not None:
            where[0][path] = (number, indent)
        written = rest.strip(" ")
        if not written:
            waiting = (indent, container, path)
            container[key] = None  # None unless a block follows; keeps the keys' order
            if where is not None:
                where[1][path] = (number, indent + len(key) + 1)
        elif rest[0] != " ":
            raise _Unsure
        else:
            column = indent + len(key) + 1 + len(rest) - len(rest.lstrip(" "))
            container[key] = _value(written, (number, column), path, where)
    return root if root else None


def _value(written: str, at: tuple[int, int], path: Path, where: tuple[Where, Where] | None) -> Any:
    """A value written after ``key: `` or ``- ``: a scalar, or a flow mapping or list of them."""
    if where is not None:
        where[1][path] = at
    flow = written[:1]
    if (flow, written[-1:]) not in (("{", "}"), ("[", "]")):
        return _scalar(written)
    found: dict[str, Any] | list[Any] = {} if flow == "{" else []
    column = at[1] + 1
    for part in _parts(written[1:-1]):
        start = column + len(part) - len(part.lstrip(" "))
        column += len(part) + 1
        item = part.strip(" ")
        if isinstance(found, list):
            if where is not None:
                child: Path = (*path, len(found))
                where[0][child] = where[1][child] = (at[0], start)
            found.append(_scalar(item, flow=True))
            continue
        key, colon, rest = item.partition(":")
        key = _key(key) if colon else ""
        if not key or key in found or rest[:1] != " ":
            raise _Unsure
        if where is not None:
            child = (*path, key)
            where[0][child] = (at[0], start)
            where[1][child] = (at[0], start + len(key) + 1 + len(rest) - len(rest.lstrip(" ")))
        found[key] = _scalar(rest.strip(" "), flow=True)
    return found


def _parts(inner: str) -> list[str]:
    """The items of a flow mapping or list, as written (with their spaces)."""
    if not inner.strip(" "):
        return []
    parts = inner.split(",")
    if any(not part.strip(" ") or any(c in part for c in "[]{}") for part in parts):
        raise _Unsure
    return parts


# what was read before: most keys and values repeat across files and versions
_TOP = re.compile(r"\n(?=[^ \n#])")  # where a top-level entry starts (a comment joins the last)
_ENTRIES: dict[str, dict[str, Any]] = {}  # a top-level entry as written: what it holds
_KEYS: dict[str, str] = {}
_SCALARS: dict[str, Any] = {}
_REMEMBERED = 4096
_LONGEST = 1024  # characters of what is remembered: a long one is rarely written twice


def _remember(memo: dict[str, Any], written: str, value: Any) -> None:
    """Keep ``value`` as what ``written`` holds, in a memo of bounded size."""
    if len(written) > _LONGEST:
        return
    if len(memo) > _REMEMBERED:
        memo.clear()
    memo[written] = value


def _key(written: str) -> str:
    """The key as written, interned, or "" when it is not a plain key."""
    found = _KEYS.get(written)
    if found is None:
        if not _KEY.match(written) or written.lower() in _NOT_KEYS:
            return ""
        found = sys.intern(written) if len(written) <= SHARED else written
        _remember(_KEYS, written, found)
    return found


def _scalar(written: str, *, flow: bool = False) -> Any:
    if flow and ("#" in written or ":" in written):
        raise _Unsure
    try:
        return _SCALARS[written]
    except KeyError:
        value = _new_scalar(written)
    _remember(_SCALARS, written, value)
    return value


def _new_scalar(written: str) -> Any:
    if not written or " #" in written or ": " in written or written.endswith(":"):
        raise _Unsure
    first = written[0]
    if first in "'\"":
        inner = written[1:-1]
        if len(written) < 2 or written[-1] != first or first in inner or "\\" in inner:
            raise _Unsure
        return sys.intern(inner) if len(inner) <= SHARED else inner
    if written in ("true", "false"):
        return written == "true"
    if _INT.match(written):
        return _number(int(written))
    if _FLOAT.match(written):
        return _number(float(written))
    if _DATE.match(written):
        return written
    if first in _INDICATORS or _SPECIAL.match(written):
        raise _Unsure
    return sys.intern(written) if len(written) <= SHARED else written


def _number(number: float) -> float:
    if not math.isfinite(number) or abs(number) > MAX_NUMBER:
        raise _Unsure
    if number and abs(number) < MIN_NUMBER:
        raise _Unsure
    return number
