"""The files of a folder as Git's index lists them: each tracked file's blob id when the work
tree holds it as the index does, and the files that differ or that Git does not track.

A hook checks a few staged files against every other statement of the tree. With each file's
blob id, what was learnt of a blob before can stand for the file, unread. Two quick commands
say it (``git.commands.start_listing``); reading and parsing 10,000 files took a second."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from goals_as_code.git import commands

# ``ls-files -s -o -t -z``: a tracked file, a regular file at stage 0 (its blob and path)
_TRACKED = re.compile(r"(?:^|(?<=\0))H 100(?:644|755) ([0-9a-f]+) 0\t([^\0]*)\0")


Listing = commands.Listing  # Git's listing, being made (for the check, which runs no Git)
Around = commands.Around  # and what else a check of staged files asks of the repository


def begin(
    folder: Path, *, work_tree: bool = True, around: bool = False, named: Sequence[str] = ()
) -> commands.Listing | None:
    """Start Git's listing of the files under ``folder`` (see :func:`listed`), to run while
    this process does other work; with ``around``, ask what else the history rules will ask
    (HEAD, and which files are staged: of the files ``named``, paths from ``folder``, when
    some are; :meth:`Listing.around`). None when git cannot be started."""
    return commands.start_listing(folder, work_tree=work_tree, around=around, named=named)


def listed(
    folder: Path, *, work_tree: bool = True, begun: commands.Listing | None = None
) -> dict[str, str | None] | None:
    """Every file under ``folder`` that Git tracks or sees, by its path relative to it (with
    ``/``): its blob id in the index when the work tree holds the same, else None (it may
    differ, or Git does not track it). None when Git cannot say it plainly, so that the caller
    reads the folder itself: not in a work tree, a conflict, a sparse checkout, a link, a
    submodule or another repository under it. Without ``work_tree``: the files as the index
    holds them, each with its blob id (what the next commit records). ``begun``: the listing,
    started before (:func:`begin`)."""
    if begun is None:
        begun = begin(folder, work_tree=work_tree)
    found = begun.result() if begun is not None else None
    if found is None:
        return None
    text, differ = os.fsdecode(found[0]), os.fsdecode(found[1])
    tracked = _TRACKED.findall(text)
    # and the files Git does not track (ignored ones too)
    others = [record[2:] for record in text.split("\0") if record.startswith("? ")]
    if len(tracked) + len(others) != text.count("\0"):
        return None  # a link, a submodule, a conflict, a file left out of a sparse checkout
    if any(path.endswith("/") for path in others):
        return None  # another repository inside
    files: dict[str, str | None] = {path: blob for blob, path in tracked}
    for path in differ.split("\0"):
        if path in files:
            files[path] = None
    files.update(dict.fromkeys(others))
    return files


class Staged:
    """The content of staged files, read through one ``git cat-file`` process kept open (and
    many at once through another)."""

    def __init__(self, top: Path) -> None:
        from goals_as_code.git import open_repo

        self.repository = open_repo(top)

    def blobs(self, ids: list[str]) -> dict[str, bytes]:
        """The content of the blobs ``ids`` (those Git has)."""
        return self.repository.read_blobs(ids)

    def file(self, path: str) -> bytes | None:
        """The staged content of ``path`` (from the top of the work tree); None when the index
        holds no such file."""
        return self.repository.blob("", path)
