"""The window of a conversation: from the person's last recorded talk (an annotated tag
``goals/conversation/<local part>/<YYYY-MM-DD>``), a revision or a date, up to a revision; and
the commits inside it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from goals_as_code.git import Repository, open_repo
from goals_as_code.history.revisions import resolve_in
from goals_as_code.source import fields
from goals_as_code.source.fields import DATE_SHAPE

TAG_PREFIX = "goals/conversation"
_UNSAFE = re.compile(r"[^A-Za-z0-9._+-]+")


class Since(NamedTuple):
    """Where a window starts: what was asked (a revision, a date or the tag's name), the commit,
    its day, and the tag when it is a recorded conversation."""

    rev: str
    sha: str
    date: str
    tag: str | None = None


class Window(NamedTuple):
    """A window: from ``since`` (None: the whole history) to ``until``, and the commits in it
    (None: every commit counts)."""

    since: Since | None
    until: str  # the commit at the end
    until_date: str
    commits: frozenset[str] | None

    def holds(self, sha: str) -> bool:
        return self.commits is None or sha in self.commits


def local_part(person: str) -> str:
    """The local part of an e-mail address in lower case, as it may stand in a tag name."""
    local = person.split("@", 1)[0].strip().lower() or person
    return _UNSAFE.sub("-", local).strip(".-") or "someone"


def tag_name(person: str, day: str) -> str:
    return f"{TAG_PREFIX}/{local_part(person)}/{day}"


def last_talk(repository: Repository, person: str, until: str) -> Since | None:
    """The person's latest recorded conversation reachable from ``until`` (by the day in its
    name), or None."""
    found = []
    for name, sha in repository.tags(f"{TAG_PREFIX}/{local_part(person)}", merged=until):
        day = name.rsplit("/", 1)[-1]
        if DATE_SHAPE.match(day) and fields.date(day) is not None:
            found.append((day, name, sha))
    if not found:
        return None
    day, name, sha = max(found)
    return Since(name, sha, day, name)


def _day(repository: Repository, sha: str) -> str:
    out = repository.output("show", "-s", "--format=%cI", sha) or ""
    return out.strip()[:10]


def window(
    root: Path, *, since: str | None = None, until: str | None = None, person: str | None = None
) -> Window:
    """The window from ``since`` (a revision or a date; without it, ``person``'s last recorded
    talk, else the whole history) up to ``until`` (default HEAD)."""
    with open_repo(root) as repository:
        end = resolve_in(repository, until or "HEAD")
        start: Since | None = None
        if since is not None:
            sha = resolve_in(repository, since)
            day = since if DATE_SHAPE.match(since) else _day(repository, sha)
            start = Since(since, sha, day)
        elif person is not None:
            start = last_talk(repository, person, end)
        commits = repository.commits_between(start.sha, end) if start else None
        return Window(start, end, _day(repository, end), commits)
