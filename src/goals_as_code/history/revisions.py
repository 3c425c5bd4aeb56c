"""Revisions and dates: which commit ``--at``, ``--since`` and ``--base`` name."""

from __future__ import annotations

import datetime
from pathlib import Path

from goals_as_code.errors import GitError
from goals_as_code.git import Repository, open_repo
from goals_as_code.i18n.messages import N_, message
from goals_as_code.source import fields
from goals_as_code.source.fields import DATE_SHAPE


def resolve(root: Path, rev_or_date: str) -> str:
    """The commit sha for a revision, or for a date (YYYY-MM-DD): the last commit on the first
    parent line of HEAD whose commit date, in its own time zone, is on or before that day."""
    with open_repo(root) as repository:
        return resolve_in(repository, rev_or_date)


def resolve_in(repository: Repository, rev_or_date: str, *, base: str = "HEAD") -> str:
    """``resolve`` in an open repository (dates on the first parent line of ``base``)."""
    if DATE_SHAPE.match(rev_or_date):
        if not repository.has_commits():
            raise GitError(
                message(N_("{why}; commit the goals first"), why=message(no_commits(repository)))
            )
        check_date(rev_or_date)
        out = repository.run("log", "--first-parent", "--format=%H %cI", base)
        earliest = None
        for line in out.splitlines():
            sha, _, when = line.partition(" ")
            if when[:10] <= rev_or_date:
                return sha
            earliest = when[:10]
        raise GitError(
            message(
                N_(
                    "no commit on or before {date}: the history starts on {earliest}; "
                    "give a later date"
                ),
                date=rev_or_date,
                earliest=str(earliest),
            )
        )
    found = repository.rev_parse(rev_or_date)
    if found is not None:
        return found
    if not repository.has_commits() and no_commits(repository).startswith("the repository"):
        raise GitError(message(N_("the repository has no commits yet; commit the goals first")))
    raise GitError(
        message(
            N_(
                "unknown revision '{rev}': give a commit, branch or tag (see 'git log'), "
                "or a date as YYYY-MM-DD"
            ),
            rev=rev_or_date,
        )
    )


def no_commits(repository: Repository) -> str:
    """Why HEAD has no history: an empty repository, or a branch with no commits yet."""
    if repository.has_refs():
        return N_("the current branch has no commits yet")
    return N_("the repository has no commits yet")


def check_date(text: str) -> datetime.date:
    day = fields.date(text)
    if day is None:
        raise GitError(message(N_("'{text}' is not a date; write it as YYYY-MM-DD"), text=text))
    return day


def commit_day(root: Path, sha: str) -> str | None:
    """The day (YYYY-MM-DD) the commit ``sha`` was committed, or None when Git cannot tell."""
    from goals_as_code.git import output

    found = (output(root, "show", "-s", "--format=%cI", sha) or "").strip()
    return found[:10] if len(found) >= 10 else None
