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
or a date to a commit), ``conversations`` (the window since a person's last recorded talk),
``snapshots`` (the statements at a revision), ``progress``; and
``provenance`` (who wrote an acceptance). Git itself is run by ``goals_as_code.git``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from goals_as_code.history.conversations import Since, Window, tag_name, window
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
    from goals_as_code.history.revisions import commit_day, resolve
    from goals_as_code.history.snapshots import snapshot

# The public names, loaded on first use: the check rules import ``history.provenance``, and a
# check that never reads the history should not load the pass. No module is named like a public
# name, or importing it would hide that name.
_RECORDS = ("EVENT_FIELDS", "PATH_FIELD", "Checkin", "Commit", "Event", "History", "Timeline")
_HOME = {
    "read": "reader",
    "resolve": "revisions",
    "commit_day": "revisions",
    "snapshot": "snapshots",
    "Version": "records",
    "Since": "conversations",
    "Window": "conversations",
    "tag_name": "conversations",
    "window": "conversations",
    **dict.fromkeys(_RECORDS, "records"),
}

__all__ = [
    "EVENT_FIELDS",
    "PATH_FIELD",
    "Checkin",
    "Commit",
    "Event",
    "History",
    "Since",
    "Timeline",
    "Version",
    "Window",
    "commit_day",
    "read",
    "resolve",
    "snapshot",
    "tag_name",
    "window",
]


def __getattr__(name: str) -> object:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
