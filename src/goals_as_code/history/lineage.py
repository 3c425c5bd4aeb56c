"""Lineage: a file followed through renames, and the id that joins files across paths.

A lineage is one file's life under its successive paths. It takes the id its versions give, so
a version written before the file had an id, or one that lost it, waits for (or keeps) the id
of its lineage; a file deleted and written again under another path joins by its id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from goals_as_code.history.versions import Parsed, ident
from goals_as_code.i18n.messages import N_, message

Waiting = TypeVar("Waiting")


class Lineage(Generic[Waiting]):
    def __init__(self) -> None:
        self.of_path: dict[str, int] = {}  # path -> lineage (follows renames)
        self.ids: dict[int, str] = {}
        self.orphans: dict[int, list[Waiting]] = {}  # versions with no id (yet)
        self.last = 0

    def new(self) -> int:
        self.last += 1
        return self.last

    def deleted(self, path: str) -> int | None:
        """The lineage of a deleted file, which ends there."""
        return self.of_path.pop(path, None)

    def follow(self, status: str, old_path: str | None, new_path: str) -> int:
        """The lineage of a file a commit wrote: renamed, modified, or new."""
        if status == "R" and old_path is not None:
            lineage = self.of_path.pop(old_path, None) or self.new()
        elif status == "M":
            lineage = self.of_path.get(new_path) or self.new()
        else:
            lineage = self.new()
        self.of_path[new_path] = lineage
        return lineage

    def id_of(self, lineage: int | None) -> str | None:
        return self.ids.get(lineage) if lineage else None

    def keep(self, lineage: int, ident: str) -> None:
        self.ids[lineage] = ident

    def name(self, lineage: int, ident: str) -> list[Waiting]:
        """Give ``lineage`` its id; the versions that waited for one."""
        self.ids[lineage] = ident
        return self.orphans.pop(lineage, [])

    def wait(self, lineage: int, version: Waiting) -> None:
        """Keep a version with no id until its lineage has one."""
        self.orphans.setdefault(lineage, []).append(version)

    def unclaimed(self) -> Iterator[Waiting]:
        """The versions whose lineage never got an id; forgotten after."""
        for waiting in self.orphans.values():
            yield from waiting
        self.orphans.clear()

    def holds(self, path: str | None, ident: str) -> bool:
        """Whether ``path`` still exists with the id ``ident``."""
        if path is None or path not in self.of_path:
            return False
        return self.ids.get(self.of_path[path]) == ident


def twins(tree: list[tuple[str, str]], parse: Callable[[str, str], Parsed | None]) -> Iterator[str]:
    """What to tell of the ids that two files of the last commit share (``tree``: blob and
    path)."""
    paths: dict[str, list[str]] = {}
    for blob, path in tree:
        found = ident(parse(blob, path))
        if found is not None:
            paths.setdefault(found, []).append(path)
    for shared, where in sorted(paths.items()):
        if len(where) > 1:
            yield (
                message(
                    N_(
                        "{paths} all have the id '{id}'; their histories are read as one "
                        "(give each goal an id of its own)"
                    ),
                    paths=_and(sorted(where)),
                    id=shared,
                )
                if len(where) > 2
                else message(
                    N_(
                        "{path} and {other} both have the id '{id}'; their histories are "
                        "read as one (give each goal an id of its own)"
                    ),
                    path=where[0],
                    other=where[1],
                    id=shared,
                )
            )


def _and(items: list[str]) -> str:
    """``a and b and c``, with "and" in the language the note is said in."""
    joined: str = items[0]
    for item in items[1:]:
        joined = message(N_("{one} and {other}"), one=joined, other=item)
    return joined
