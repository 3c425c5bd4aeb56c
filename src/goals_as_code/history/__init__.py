"""The history of every statement, read from Git: check-ins, moved goalposts, versions.

The repository is the database. One streamed ``git log --raw -z`` over the goals folder lists,
for every commit, the blob ids of each changed file before and after; one ``git cat-file
--batch`` process reads those blobs; each blob is parsed once. Nothing runs per commit or per
file, which keeps a history of thousands of commits to about a second.

A goal is its ``id``, wherever its file lives: renames, moves and files deleted and written again
all join the same timeline. Each non-merge commit is compared with its own parent, so a check-in
made on a branch counts once, by its author, whichever way the branch was merged; a merge shows
only what it changed itself (a conflict resolved to a new value).

The parts: ``reader`` (the pass), ``log`` (the log stream), ``fold`` (commits into timelines),
``versions`` (each blob parsed once), ``lineage`` (renames, ids across paths), ``events``
(check-ins, moved goalposts), ``notes``, ``records`` (what it returns), ``revisions`` (a revision
or a date to a commit), ``snapshot`` (the statements at a revision), ``progress``; and
``provenance`` (who wrote an acceptance). Git itself is run by ``goals_as_code.git``.
"""

from __future__ import annotations

from goals_as_code.history.reader import read
from goals_as_code.history.records import (
    EVENT_FIELDS,
    PATH_FIELD,
    Checkin,
    Commit,
    Event,
    History,
    Timeline,
    Version,
)
from goals_as_code.history.revisions import resolve
from goals_as_code.history.snapshot import snapshot

__all__ = [
    "EVENT_FIELDS",
    "PATH_FIELD",
    "Checkin",
    "Commit",
    "Event",
    "History",
    "Timeline",
    "Version",
    "read",
    "resolve",
    "snapshot",
]
