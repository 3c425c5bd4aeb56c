"""Reading the log: one streamed ``git log --raw -z`` over the goals folder, parsed as it
arrives into commits and the statement files each one changed (blob ids before and after)."""

from __future__ import annotations

import datetime
import fnmatch
import os
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import NamedTuple

from goals_as_code.git import NULL_SHA, Repository
from goals_as_code.history.records import Commit
from goals_as_code.history.revisions import check_date, resolve_in
from goals_as_code.source.fields import DATE_SHAPE

FORMAT = "--format=%x1e%H%x1f%P%x1f%aN%x1f%aE%x1f%aI%x1f%cI%x1f%cN%x1f%cE%x1f%B%x1f"


class Change(NamedTuple):
    status: str  # A M D R C T (first letter); for a merge, the status against the first parent
    old_path: str | None
    new_path: str | None
    old_blob: str | None
    new_blob: str | None
    parent_blobs: tuple[str | None, ...] = ()  # a merge's: the file in each parent


class LogCommit(NamedTuple):
    commit: Commit
    parents: tuple[str, ...]
    committed: str  # committer date, ISO 8601
    changes: list[Change]


SAMPLE = 1000  # commits read without pruning before it is told whether pruning pays


def commits(
    repository: Repository,
    head: str,
    base: str,
    *,
    since: str | None = None,
    exclude: tuple[str, ...] = (),
    advance: Callable[[], None] | None = None,
    seen: Callable[[LogCommit], None] | None = None,
    unpruned: bool = False,
) -> list[LogCommit]:
    """The commits of ``head`` that change statement files under ``base``, oldest first, after
    ``since`` (a date or a revision), without the changes ``exclude`` names. ``seen`` is handed
    each of them as it is read, while the log still streams.

    Pruned by ``base`` (a pathspec), Git compares each commit's folder with its parents' twice:
    once to walk, before it writes a byte, and once to write it. ``unpruned``: for a folder
    that most commits change (a repository of goals), read every commit's changes under it
    (``--relative``), each compared once: Git takes two fifths less time and writes the first
    commit at once. The commits that change nothing under the folder are left out, as the
    pathspec leaves them out, and the order is the same; a merge is kept (a merge whose folder
    is its parents' changes nothing, and is folded as nothing). When fewer than half of the
    files of ``head`` are under the folder, or a quarter of the first :data:`SAMPLE` commits
    change nothing under it, the log is read pruned."""
    args = ["--date-order", "--reverse", "--raw", "-z", "--no-abbrev", "-M", "--cc", "--root"]
    args += ["--encoding=UTF-8", "--no-color", FORMAT]
    since_day: str | None = None
    if since is not None:
        if DATE_SHAPE.match(since):
            since_day = since
            # git reads a bare date at the current time of day: ask a day early, cut exactly below
            day = check_date(since) - datetime.timedelta(days=1)
            args.append(f"--since-as-filter={day.isoformat()} 00:00:00")
        else:
            args.append("^" + resolve_in(repository, since))

    def kept(entry: LogCommit) -> LogCommit | None:
        if since_day is not None and entry.committed[:10] < since_day:
            return None
        if exclude:
            changes = [change for change in entry.changes if not excluded(change, base, exclude)]
            entry = entry._replace(changes=changes)
        if seen:
            seen(entry)
        return entry

    if unpruned and (not base or _mostly_under(repository, head, base)):
        relative = [f"--relative={base}"] if base else []
        read = _unpruned(repository.log_stream(head, *args, *relative), base, kept, advance)
        if read is not None:
            return read
    pruned = [head, "--full-history", *args, "--", f":(literal){base}" if base else "."]
    found: list[LogCommit] = []
    for entry in records(repository.log_stream(*pruned)):
        taken = kept(entry)
        if taken is not None:
            found.append(taken)
        if advance:
            advance()
    return found


def _mostly_under(repository: Repository, head: str, base: str) -> bool:
    """Whether at least half of the files of ``head`` are under ``base``: a repository of goals,
    where most commits change the folder. (Goals kept beside other work are read pruned at once,
    without the unpruned read's first commits; a listing of 10,000 names takes 10 ms.)"""
    listed = b"\0" + repository.run_bytes("ls-tree", "-r", "-z", "--name-only", "--full-tree", head)
    return listed.count(b"\0" + os.fsencode(base)) * 2 >= listed.count(b"\0")


def _unpruned(
    chunks: Generator[bytes, None, None],
    base: str,
    kept: Callable[[LogCommit], LogCommit | None],
    advance: Callable[[], None] | None,
) -> list[LogCommit] | None:
    """The commits of an unpruned log (``chunks``) that change something under ``base`` (the
    log's paths are relative to it), and the merges; None when a quarter of the first
    :data:`SAMPLE` change nothing there (the log is stopped)."""
    found: list[LogCommit] = []
    read = unchanged = 0
    try:
        for entry, touched in _records(chunks, base):
            read += 1
            if touched or len(entry.parents) > 1:
                taken = kept(entry)
                if taken is not None:
                    found.append(taken)
            else:
                unchanged += 1
            if advance:
                advance()
            if read == SAMPLE and unchanged * 4 > read:
                return None
    finally:
        chunks.close()  # (Git is stopped when the log was not read to its end)
    return found


def records(chunks: Iterable[bytes]) -> Iterator[LogCommit]:
    """Parse ``git log --raw -z`` output (format ``FORMAT``) as it arrives."""
    for entry, _touched in _records(chunks, ""):
        yield entry


def _records(chunks: Iterable[bytes], prefix: str) -> Iterator[tuple[LogCommit, bool]]:
    """``records``, with whether Git listed a change of any file in each commit; ``prefix``
    before each path (the folder a ``--relative`` log was read under)."""
    pending = b""
    for chunk in chunks:
        pending += chunk
        *done, pending = pending.split(b"\x1e")
        for record in done:
            if record:
                yield _parse(record, prefix)
    if pending:
        yield _parse(pending, prefix)


def parse_record(record: bytes) -> LogCommit:
    return _parse(record, "")[0]


def _parse(record: bytes, prefix: str) -> tuple[LogCommit, bool]:
    parts = record.split(b"\x1f", 9)
    sha, parents, name, email, authored, committed, by, by_email, message, raw = parts
    commit = Commit(
        sha.decode("ascii"),
        datetime.datetime.fromisoformat(authored.decode("ascii")),
        name.decode("utf-8", "replace"),
        email.decode("utf-8", "replace"),
        message.decode("utf-8", "replace").strip(),
        by.decode("utf-8", "replace"),
        by_email.decode("utf-8", "replace"),
    )
    changes: list[Change] = []
    tokens = raw.lstrip(b"\0\n").split(b"\0")
    index = 0
    touched = False  # any file changed, statement or not
    while index < len(tokens):
        meta = tokens[index]
        index += 1
        if not meta.startswith(b":"):
            continue
        touched = True
        colons = len(meta) - len(meta.lstrip(b":"))
        fields = meta[colons:].split()
        status = fields[-1].decode("ascii")
        paths = 2 if colons == 1 and status[:1] in ("R", "C") else 1
        names = [_path(token) for token in tokens[index : index + paths]]
        if prefix and (colons == 1 or not names[0].startswith(prefix)):
            # (``--relative`` writes a commit's paths from the folder; Git 2.39 writes a
            # merge's combined paths whole, a later Git may not)
            names = [prefix + name for name in names]
        index += paths
        parent_blobs: tuple[str | None, ...] = ()
        if colons == 1:
            old_blob, new_blob = fields[2].decode("ascii"), fields[3].decode("ascii")
        else:  # a merge's combined diff: a mode per parent and the result, then the blobs
            blobs = [blob.decode("ascii") for blob in fields[colons + 1 : 2 * colons + 1]]
            parent_blobs = tuple(None if blob == NULL_SHA else blob for blob in blobs)
            old_blob, new_blob = blobs[0], fields[-2].decode("ascii")
        kind = status[0]
        old = None if old_blob == NULL_SHA else old_blob
        new = None if new_blob == NULL_SHA else new_blob
        if new is None:
            kind = "D"
        elif old is None:
            kind = "A"
        elif kind not in ("R", "C"):
            kind = "M"
        old_path = names[0] if old is not None else None
        new_path = names[-1] if new is not None else None
        regular = not any(mode in (b"120000", b"160000") for mode in fields[: colons + 1])
        if regular and any(name.lower().endswith(".md") for name in names):
            changes.append(Change(kind, old_path, new_path, old, new, parent_blobs))
    parent_list = tuple(parents.decode("ascii").split())
    return LogCommit(commit, parent_list, committed.decode("ascii"), changes), touched


def _path(raw: bytes) -> str:
    """A path as git wrote it: relative to the top of the work tree, as documents name files."""
    return raw.decode("utf-8", "surrogateescape")


def boundary(repository: Repository, boundaries: set[str]) -> Commit | None:
    """The oldest of a shallow clone's boundary commits."""
    if not boundaries:
        return None
    out = repository.run(
        "log", "--no-walk=unsorted", FORMAT.replace("%B", "%s"), *sorted(boundaries)
    )
    found: list[Commit] = []
    for record in out.split("\x1e"):
        if record.strip():
            found.append(parse_record(record.encode("utf-8")).commit)
    return min(found, key=lambda commit: commit.date) if found else None


def excluded(change: Change, base: str, patterns: tuple[str, ...]) -> bool:
    """Whether a changed file is excluded by the configuration, as tree.is_statement decides."""
    for path in (change.old_path, change.new_path):
        if path is None:
            continue
        relative = path.removeprefix(base)
        name = relative.rsplit("/", 1)[-1]
        if any(fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(name, p) for p in patterns):
            return True
    return False


def goals_base(prefix: str, goals_dir: str) -> str:
    """The goals folder from the top of the work tree, with a trailing slash ("" for the top)."""
    base = (prefix + goals_dir.strip("/")).strip("/")
    return base + "/" if base and base != "." else ""
