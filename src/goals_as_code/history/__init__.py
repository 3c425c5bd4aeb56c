"""The history of every statement, read from Git: check-ins, moved goalposts, versions.

The repository is the database. One streamed ``git log --raw -z`` over the goals folder lists,
for every commit, the blob ids of each changed file before and after; one ``git cat-file
--batch`` process reads those blobs; each blob is parsed once. Nothing runs per commit or per
file, which keeps a history of thousands of commits to about a second.

A goal is its ``id``, wherever its file lives: renames, moves and files deleted and written again
all join the same timeline. Each non-merge commit is compared with its own parent, so a check-in
made on a branch counts once, by its author, whichever way the branch was merged; a merge shows
only what it changed itself (a conflict resolved to a new value).
"""

from __future__ import annotations

import datetime
import fnmatch
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from goals_as_code.errors import GitError
from goals_as_code.source import document, fields, yamlstrict
from goals_as_code.source.fields import DATE_SHAPE, EVENT_FIELDS

if TYPE_CHECKING:
    import git

    from goals_as_code.source.document import Document

PATH_FIELD = "path"  # an event whose old/new are the file's paths: moved, deleted, written again

_NULL_SHA = "0" * 40
_FORMAT = "--format=%x1e%H%x1f%P%x1f%aN%x1f%aE%x1f%aI%x1f%cI%x1f%B%x1f"
# User configuration must not change what git prints.
_CONFIG = (
    "core.quotepath=off",
    "log.showSignature=false",
    "log.showRoot=true",
    "color.ui=never",
    "diff.renames=true",
)


class Commit(NamedTuple):
    """One commit as the history reports it; ``author`` and ``email`` honour ``.mailmap``."""

    sha: str
    date: datetime.datetime  # author date, with the author's own UTC offset
    author: str
    email: str
    message: str


class Version(NamedTuple):
    """A statement as one commit wrote it; ``data`` is None when it could not be read then."""

    commit: Commit
    path: str
    data: Mapping[str, Any] | None


class Checkin(NamedTuple):
    """A new value: a goal's ``metric.current``, or a KPI's ``value``/``values``/``as_of``."""

    commit: Commit
    value: float | None
    values: Mapping[str, float]
    as_of: str | None


class Event(NamedTuple):
    """A defining field changed (dotted name, e.g. "metric.target"), or the file moved ("path")."""

    commit: Commit
    field: str
    old: Any
    new: Any


class Timeline(NamedTuple):
    """Everything that happened to one statement, oldest first."""

    id: str
    kind: str | None
    paths: list[str]
    versions: list[Version]
    checkins: list[Checkin]
    events: list[Event]


class History(NamedTuple):
    """The timelines of every statement that ever lived under the goals folder."""

    head: str | None  # the commit read up to; None when the repository has no commits
    shallow: bool
    boundary: Commit | None  # the oldest commit a shallow clone can see
    timelines: dict[str, Timeline]
    notes: list[str]  # what was skipped, and why (invalid old versions, shallow clone, ...)


# --- opening the repository -------------------------------------------------------------------


class _Git(NamedTuple):
    repo: git.Repo
    prefix: str  # the project root relative to the work tree, "" or "sub/dir/"


def _open(root: Path) -> _Git:
    try:
        import git
    except ImportError as exc:  # GitPython refuses to import without a git binary
        raise GitError(f"cannot run git ({exc}); install Git and make sure it is on PATH") from exc
    try:
        repo = git.Repo(root, search_parent_directories=True)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        raise GitError(
            f"'{root}' is not in a Git repository; run 'git init' there, or run goals from "
            "inside the repository that holds the goals"
        ) from None
    if repo.bare or repo.working_tree_dir is None:
        raise GitError(f"'{root}' is a bare repository; run goals in a clone with a work tree")
    top = Path(repo.working_tree_dir).resolve()
    try:
        relative = root.resolve().relative_to(top).as_posix()
    except ValueError:
        relative = "."
    prefix = "" if relative == "." else relative.rstrip("/") + "/"
    return _Git(repo, prefix)


def _run(repo: git.Repo, *args: str) -> str:
    import git

    try:
        out = repo.git.execute(_command(*args))
    except git.GitCommandError as exc:
        raise GitError(_git_message(exc, args)) from None
    assert isinstance(out, str)
    return out


def _run_bytes(repo: git.Repo, *args: str) -> bytes:
    import git

    try:
        out = repo.git.execute(_command(*args), stdout_as_string=False)
    except git.GitCommandError as exc:
        raise GitError(_git_message(exc, args)) from None
    assert isinstance(out, bytes)
    return out


def _command(*args: str) -> list[str]:
    """A git command line with the settings that keep its output as this module reads it."""
    command = ["git"]
    for setting in _CONFIG:
        command += ["-c", setting]
    return [*command, *args]


def _git_message(exc: Exception, args: Iterable[str]) -> str:
    """Git's own words for what went wrong (from its 'fatal:' line on), after our command."""
    stderr = str(getattr(exc, "stderr", "") or "").strip()
    if stderr.startswith("stderr: '"):  # how GitPython quotes it
        stderr = stderr.removeprefix("stderr: '").removesuffix("'")
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    start = next((n for n, line in enumerate(lines) if line.startswith(("fatal:", "error:"))), 0)
    said = " ".join(lines[start:]) if lines else str(exc)
    return f"git {' '.join(args)} failed: {said}"


def _has_commits(repo: git.Repo) -> bool:
    return bool(repo.head.is_valid())


def _no_commits(repo: git.Repo) -> str:
    """Why HEAD has no history: an empty repository, or a branch with no commits yet."""
    if _run(repo, "for-each-ref", "--count=1", "--format=%(refname)", "refs/heads", "refs/tags"):
        return "the current branch has no commits yet"
    return "the repository has no commits yet"


def _is_shallow(repo: git.Repo) -> tuple[bool, set[str]]:
    shallow_file = Path(repo.common_dir) / "shallow"  # shared by all worktrees
    if not shallow_file.is_file():
        return False, set()
    return True, {line.strip() for line in shallow_file.read_text().splitlines() if line.strip()}


# --- revisions --------------------------------------------------------------------------------


def resolve(root: Path, rev_or_date: str) -> str:
    """The commit sha for a revision, or for a date (YYYY-MM-DD): the last commit on the first
    parent line of HEAD whose commit date, in its own time zone, is on or before that day."""
    handle = _open(root)
    try:
        return _resolve(handle.repo, rev_or_date)
    finally:
        handle.repo.close()


def _resolve(repo: git.Repo, rev_or_date: str, *, base: str = "HEAD") -> str:
    if DATE_SHAPE.match(rev_or_date):
        if not _has_commits(repo):
            raise GitError(f"{_no_commits(repo)}; commit the goals first")
        _check_date(rev_or_date)
        out = _run(repo, "log", "--first-parent", "--format=%H %cI", base)
        earliest = None
        for line in out.splitlines():
            sha, _, when = line.partition(" ")
            if when[:10] <= rev_or_date:
                return sha
            earliest = when[:10]
        raise GitError(
            f"no commit on or before {rev_or_date}: the history starts on {earliest}; "
            "give a later date"
        )
    import git

    try:
        out = repo.git.rev_parse(
            "--verify", "--quiet", "--end-of-options", f"{rev_or_date}^{{commit}}"
        )
    except git.GitCommandError as exc:
        if "fatal:" in str(exc.stderr):  # not the revision: git cannot work here at all
            raise GitError(_git_message(exc, ["rev-parse", rev_or_date])) from None
        if not _has_commits(repo) and _no_commits(repo).startswith("the repository"):
            raise GitError("the repository has no commits yet; commit the goals first") from None
        raise GitError(
            f"unknown revision '{rev_or_date}': give a commit, branch or tag (see 'git log'), "
            "or a date as YYYY-MM-DD"
        ) from None
    assert isinstance(out, str)
    return out.strip()


def _check_date(text: str) -> datetime.date:
    day = fields.date(text)
    if day is None:
        raise GitError(f"'{text}' is not a date; write it as YYYY-MM-DD")
    return day


# --- blobs ------------------------------------------------------------------------------------


def _read_blobs(
    repo: git.Repo, shas: list[str], progress: _Progress | None = None
) -> dict[str, bytes]:
    """The contents of many blobs through one ``git cat-file --batch`` process.

    A writer thread feeds the ids while this thread reads the answers, so no round trip waits
    on another. Missing objects (beyond a shallow or partial clone) are left out.
    """
    found: dict[str, bytes] = {}
    if not shas:
        return found
    proc = repo.git.execute(
        _command("cat-file", "--batch", "--buffer"), as_process=True, istream=subprocess.PIPE
    )
    process = getattr(proc, "proc", None)
    assert isinstance(process, subprocess.Popen)
    stdin, stdout = process.stdin, process.stdout
    assert stdin is not None
    assert stdout is not None

    def feed() -> None:
        try:
            for sha in shas:
                stdin.write(sha.encode("ascii") + b"\n")
            stdin.close()
        except (BrokenPipeError, OSError):  # the reader stopped; it reports why
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        for _ in shas:
            header = stdout.readline()
            if not header:
                break
            parts = header.split()
            if len(parts) < 3 or parts[1] == b"missing":
                if progress:
                    progress.advance()
                continue
            size = int(parts[2])
            data = stdout.read(size)
            stdout.read(1)  # the newline after each object
            found[parts[0].decode("ascii")] = data
            if progress:
                progress.advance()
    finally:
        writer.join()
        stdout.close()
        process.wait()
    return found


class _Parsed(NamedTuple):
    data: Mapping[str, Any] | None  # None: the front matter could not be read
    statement: str | None
    problem: str | None  # why it could not be read


def _parse(blob: bytes, path: str) -> _Parsed:
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = blob[: exc.start].count(b"\n") + 1
        return _Parsed(None, None, f"it is not UTF-8 (line {line}, byte {exc.start})")
    try:
        fast = _parse_plain(text)
        if fast is not None:
            return fast
        doc = document.parse(text, path)
    except Exception as exc:  # an old version must never stop the history
        return _Parsed(None, None, f"it could not be parsed ({type(exc).__name__}: {exc})")
    if not doc.readable:
        issue = doc.issues[0] if doc.issues else None
        why = f"line {issue.line}: {issue.message}" if issue else "the front matter is unreadable"
        return _Parsed(None, doc.statement, why)
    return _Parsed(doc.data, doc.statement, None)


# A body whose lines never start like these has no Markdown construct that could hide, make or
# change an H1 (code, HTML, quotes, lists, setext underlines, thematic breaks): its first
# '# ' line is the statement, exactly as document.parse finds it. Anything else goes there.
_TRICKY_LINE = re.compile(r"^(?: {0,3}(?:`{3}|~{3}|<|>|[-*+_=]|\d+[.)])| {4}|\t)", re.MULTILINE)
_H1 = re.compile(r"^ {0,3}#(?:[ \t]+(.*?))?[ \t]*$", re.MULTILINE)


def _parse_plain(text: str) -> _Parsed | None:
    """The front matter and statement of a plainly written file, several times faster than
    document.parse (no Markdown parser), or None when the file is not plain enough to be sure.

    History parses every version of every file, so this is where its time goes.
    """
    if not text.startswith("---\n") or "\r" in text:
        return None
    end = text.find("\n---\n", 3)
    if end < 0:
        return None
    front, body = text[4 : end + 1], text[end + 5 :]
    if "\n---" in front or "\n..." in front or len(front) > document.DEFAULT_MAX_FRONT_MATTER // 4:
        return None
    if _TRICKY_LINE.search(body):
        return None
    heading = _H1.search(body)
    statement = None
    if heading is not None:
        statement = (heading.group(1) or "").strip()
        if "#" in statement or "\\" in statement:
            return None
    loaded = yamlstrict.load(front)
    if loaded.issues or not isinstance(loaded.data, dict):
        return None
    return _Parsed(loaded.data, statement, None)


# --- snapshot ---------------------------------------------------------------------------------


def snapshot(
    root: Path, goals_dir: str, rev: str, *, exclude: Sequence[str] = ()
) -> list[Document]:
    """The statements under ``goals_dir`` as they were at ``rev`` (a revision or a date), without
    the files that ``exclude`` (the configuration's patterns) names."""
    handle = _open(root)
    try:
        return _snapshot(handle, goals_dir, rev, tuple(exclude))
    finally:
        handle.repo.close()


def _snapshot(handle: _Git, goals_dir: str, rev: str, exclude: tuple[str, ...]) -> list[Document]:
    sha = _resolve(handle.repo, rev)
    entries = _listing(handle.repo, sha, _goals_base(handle.prefix, goals_dir), exclude)
    blobs = _read_blobs(handle.repo, sorted({blob for blob, _ in entries}))
    return [
        document.parse(blobs.get(blob, b"").decode("utf-8", "replace"), path)
        for blob, path in entries
    ]


def _listing(
    repo: git.Repo, sha: str, base: str, exclude: tuple[str, ...]
) -> list[tuple[str, str]]:
    """The statement files of one commit as (blob, path), sorted by path."""
    spec = f":(literal){base}" if base else "."
    out = _run_bytes(repo, "ls-tree", "-r", "-z", "--full-tree", sha, "--", spec)
    entries: list[tuple[str, str]] = []
    for record in out.split(b"\0"):
        meta, _, raw_path = record.partition(b"\t")
        fields = meta.split()
        path = raw_path.decode("utf-8", "surrogateescape")
        regular = fields[:1] in ([b"100644"], [b"100755"])  # no symlinks, no submodules
        if len(fields) != 3 or not regular or not path.lower().endswith(".md"):
            continue
        if not exclude or not _excluded(_Change("A", None, path, None, None), base, exclude):
            entries.append((fields[2].decode("ascii"), path))
    return sorted(entries, key=lambda entry: entry[1])


def _excluded(change: _Change, base: str, patterns: tuple[str, ...]) -> bool:
    """Whether a changed file is excluded by the configuration, as tree.is_statement decides."""
    for path in (change.old_path, change.new_path):
        if path is None:
            continue
        relative = path.removeprefix(base)
        name = relative.rsplit("/", 1)[-1]
        if any(fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(name, p) for p in patterns):
            return True
    return False


def _goals_base(prefix: str, goals_dir: str) -> str:
    base = (prefix + goals_dir.strip("/")).strip("/")
    return base + "/" if base and base != "." else ""


# --- the log ----------------------------------------------------------------------------------


class _Change(NamedTuple):
    status: str  # A M D R C T (first letter); for a merge, the status against the first parent
    old_path: str | None
    new_path: str | None
    old_blob: str | None
    new_blob: str | None
    parent_blobs: tuple[str | None, ...] = ()  # a merge's: the file in each parent


class _LogCommit(NamedTuple):
    commit: Commit
    parents: tuple[str, ...]
    committed: str  # committer date, ISO 8601
    changes: list[_Change]


def _stream_log(proc: Any) -> Iterator[_LogCommit]:
    """Parse ``git log --raw -z`` output (format ``_FORMAT``) as it arrives."""
    stdout = proc.proc.stdout
    pending = b""
    while True:
        chunk = stdout.read(1 << 16)
        if not chunk:
            break
        pending += chunk
        *records, pending = pending.split(b"\x1e")
        for record in records:
            if record:
                yield _parse_record(record)
    if pending:
        yield _parse_record(pending)


def _parse_record(record: bytes) -> _LogCommit:
    sha, parents, name, email, authored, committed, message, raw = record.split(b"\x1f", 7)
    commit = Commit(
        sha.decode("ascii"),
        datetime.datetime.fromisoformat(authored.decode("ascii")),
        name.decode("utf-8", "replace"),
        email.decode("utf-8", "replace"),
        message.decode("utf-8", "replace").strip(),
    )
    changes: list[_Change] = []
    tokens = raw.lstrip(b"\0\n").split(b"\0")
    index = 0
    while index < len(tokens):
        meta = tokens[index]
        index += 1
        if not meta.startswith(b":"):
            continue
        colons = len(meta) - len(meta.lstrip(b":"))
        fields = meta[colons:].split()
        status = fields[-1].decode("ascii")
        paths = 2 if colons == 1 and status[:1] in ("R", "C") else 1
        names = [_path(token) for token in tokens[index : index + paths]]
        index += paths
        parent_blobs: tuple[str | None, ...] = ()
        if colons == 1:
            old_blob, new_blob = fields[2].decode("ascii"), fields[3].decode("ascii")
        else:  # a merge's combined diff: a mode per parent and the result, then the blobs
            blobs = [blob.decode("ascii") for blob in fields[colons + 1 : 2 * colons + 1]]
            parent_blobs = tuple(None if blob == _NULL_SHA else blob for blob in blobs)
            old_blob, new_blob = blobs[0], fields[-2].decode("ascii")
        kind = status[0]
        old = None if old_blob == _NULL_SHA else old_blob
        new = None if new_blob == _NULL_SHA else new_blob
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
            changes.append(_Change(kind, old_path, new_path, old, new, parent_blobs))
    parent_list = tuple(parents.decode("ascii").split())
    return _LogCommit(commit, parent_list, committed.decode("ascii"), changes)


def _path(raw: bytes) -> str:
    """A path as git wrote it: relative to the top of the work tree, as documents name files."""
    return raw.decode("utf-8", "surrogateescape")


# --- progress ---------------------------------------------------------------------------------


class _Progress:
    """A progress bar on a terminal (stderr), shown once a run has taken half a second."""

    DELAY = 0.5

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task: Any = None
        self._started = time.monotonic()
        self._shown = False

    def start(self, description: str, total: int | None) -> None:
        if self._task is not None:
            self._progress.remove_task(self._task)
        self._task = self._progress.add_task(description, total=total)

    def advance(self) -> None:
        self._progress.advance(self._task)
        if not self._shown and time.monotonic() - self._started > self.DELAY:
            self._shown = True
            self._progress.start()

    def stop(self) -> None:
        if self._shown:
            self._progress.stop()


def _progress_wanted(progress: bool) -> bool:
    if not progress or os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    return sys.stderr.isatty()


# --- reading the history ----------------------------------------------------------------------


def read(
    root: Path,
    goals_dir: str,
    *,
    rev: str = "HEAD",
    since: str | None = None,
    progress: bool = False,
    exclude: Sequence[str] = (),
) -> History:
    """Every statement's timeline from the history of ``rev`` (after ``since``: a date or a rev).

    ``exclude`` takes the configuration's patterns (files that are not statements). Never raises
    for the content of old versions: what cannot be read is told in ``notes``. Raises GitError
    when ``root`` is not in a repository or a revision does not exist.
    """
    handle = _open(root)
    try:
        return _read(handle, goals_dir, rev, since, progress, tuple(exclude))
    finally:
        handle.repo.close()


def _read(
    handle: _Git,
    goals_dir: str,
    rev: str,
    since: str | None,
    progress: bool,
    exclude: tuple[str, ...],
) -> History:
    repo = handle.repo
    shallow, boundaries = _is_shallow(repo)
    if rev == "HEAD" and not _has_commits(repo):
        return History(None, shallow, None, {}, [_no_commits(repo)])
    head = _resolve(repo, rev)
    args = ["log", head, "--full-history", "--date-order", "--reverse", "--raw", "-z"]
    args += ["--no-abbrev", "-M", "--cc", "--root", "--encoding=UTF-8", "--no-color", _FORMAT]
    since_day: str | None = None
    if since is not None:
        if DATE_SHAPE.match(since):
            since_day = since
            # git reads a bare date at the current time of day: ask a day early, cut exactly below
            day = _check_date(since) - datetime.timedelta(days=1)
            args.append(f"--since-as-filter={day.isoformat()} 00:00:00")
        else:
            args.append("^" + _resolve(repo, since))
    base = _goals_base(handle.prefix, goals_dir)
    args += ["--", f":(literal){base}" if base else "."]

    bar = _Progress() if _progress_wanted(progress) else None
    try:
        if bar:
            bar.start("Reading history", None)
        commits: list[_LogCommit] = []
        proc = repo.git.execute(_command(*args), as_process=True, stdout_as_string=False)
        try:
            for entry in _stream_log(proc):
                if since_day is None or entry.committed[:10] >= since_day:
                    if exclude:
                        kept = [c for c in entry.changes if not _excluded(c, base, exclude)]
                        entry = entry._replace(changes=kept)
                    commits.append(entry)
                if bar:
                    bar.advance()
        finally:
            assert proc.proc is not None
            stderr = proc.proc.stderr.read() if proc.proc.stderr else b""
            code = proc.proc.wait()
        if code != 0:
            said = stderr.decode("utf-8", "replace").strip().splitlines()
            raise GitError(f"git log failed: {said[-1] if said else f'exit status {code}'}")

        wanted = sorted(
            {
                blob
                for entry in commits
                for change in entry.changes
                for blob in (change.old_blob, change.new_blob, *change.parent_blobs)
                if blob is not None
            }
        )
        if bar:
            bar.start("Reading versions", len(wanted))
        blobs = _read_blobs(repo, wanted, bar)
    finally:
        if bar:
            bar.stop()

    boundary = _boundary(repo, boundaries) if shallow else None
    fold = _Fold(blobs, boundaries)
    for entry in commits:
        fold.commit(entry)
    fold.twins(_listing(repo, head, base, exclude))
    notes = fold.notes
    if shallow:
        where = f" at {boundary.sha[:10]} ({boundary.date.date().isoformat()})" if boundary else ""
        notes.insert(
            0,
            f"this is a shallow clone: its history starts{where}; older check-ins are not seen "
            "(run 'git fetch --unshallow' for the full history)",
        )
    return History(head, shallow, boundary, fold.timelines(), notes)


def _boundary(repo: git.Repo, boundaries: set[str]) -> Commit | None:
    if not boundaries:
        return None
    out = _run(repo, "log", "--no-walk=unsorted", _FORMAT.replace("%B", "%s"), *sorted(boundaries))
    found: list[Commit] = []
    for record in out.split("\x1e"):
        if record.strip():
            found.append(_parse_record(record.encode("utf-8")).commit)
    return min(found, key=lambda commit: commit.date) if found else None


class _Draft:
    """A timeline being built; versions keep their order index so late joiners sort in."""

    def __init__(self, ident: str) -> None:
        self.id = ident
        self.versions: list[tuple[int, Version]] = []
        self.checkins: list[tuple[int, Checkin]] = []
        self.events: list[tuple[int, Event]] = []
        self.last: Mapping[str, Any] | None = None  # the last readable front matter
        self.last_statement: str | None = None
        self.path: str | None = None  # where the file is now; None after a deletion
        self.seen = False


class _Pending(NamedTuple):
    """A changed file in one commit, waiting to join a timeline."""

    order: int
    commit: Commit
    change: _Change
    old: _Parsed | None
    new: _Parsed
    paired: tuple[_Change, _Parsed | None] | None  # the same id deleted in the same commit
    at_boundary: bool


class _Fold:
    """Walks commits oldest first and turns changed blobs into versions, check-ins and events."""

    def __init__(self, blobs: Mapping[str, bytes], boundaries: set[str]) -> None:
        self.blobs = blobs
        self.boundaries = boundaries
        self.parsed: dict[str, _Parsed] = {}
        self.drafts: dict[str, _Draft] = {}
        self.lineage: dict[str, int] = {}  # path -> file lineage (follows renames)
        self.lineage_id: dict[int, str] = {}
        self.orphans: dict[int, list[_Pending]] = {}  # versions with no id (yet)
        self.seen: set[str] = set()  # blobs already taken as versions
        self.noted: dict[tuple[str, str], list[int]] = {}  # (path, kind) -> [note index, more]
        self.field_cache: dict[int, tuple[Mapping[str, Any], tuple[Any, ...]]] = {}
        self.notes: list[str] = []
        self.order = 0
        self.next_lineage = 0

    def parse(self, blob: str | None, path: str) -> _Parsed | None:
        if blob is None:
            return None
        found = self.parsed.get(blob)
        if found is None:
            raw = self.blobs.get(blob)
            if raw is None:
                found = _Parsed(None, None, "its content is not in this clone")
            else:
                found = _parse(raw, path)
            self.parsed[blob] = found
        return found

    def draft(self, ident: str) -> _Draft:
        found = self.drafts.get(ident)
        if found is None:
            found = self.drafts[ident] = _Draft(ident)
        return found

    def new_lineage(self) -> int:
        self.next_lineage += 1
        return self.next_lineage

    def commit(self, entry: _LogCommit) -> None:
        commit = entry.commit
        at_boundary = commit.sha in self.boundaries
        merge = len(entry.parents) > 1
        removed: dict[str, tuple[_Change, _Parsed | None]] = {}
        for change in entry.changes:
            if change.status != "D":
                continue
            assert change.old_path is not None
            old = self.parse(change.old_blob, change.old_path)
            lineage = self.lineage.pop(change.old_path, None)
            ident = _ident(old) or (self.lineage_id.get(lineage) if lineage else None)
            if ident is not None:
                removed[ident] = (change, old)
        for change in entry.changes:
            if change.status == "D":
                continue
            assert change.new_path is not None
            self.order += 1
            new = self.parse(change.new_blob, change.new_path)
            old = self.parse(change.old_blob, change.old_path or change.new_path)
            if change.status == "R" and change.old_path is not None:
                lineage = self.lineage.pop(change.old_path, None) or self.new_lineage()
            elif change.status == "M":
                lineage = self.lineage.get(change.new_path) or self.new_lineage()
            else:
                lineage = self.new_lineage()
            ident = _ident(new)
            paired = removed.pop(ident, None) if ident is not None else None
            was = _ident(old)
            if ident is not None and was is not None and was != ident:
                self.note(
                    change.new_path,
                    "id-changed",
                    f"{change.new_path} at {commit.sha[:10]}: the id changed from '{was}' to "
                    f"'{ident}'; the history before that commit stays under '{was}'",
                )
            if ident is None:
                ident = self.lineage_id.get(lineage)
            self.lineage[change.new_path] = lineage
            assert new is not None
            if merge and change.new_blob in self.seen:
                # a merge bringing in what a branch already wrote: counted there, not again
                if ident is not None:
                    self.lineage_id[lineage] = ident
                    self.draft(ident).path = change.new_path
                continue
            self.seen.add(change.new_blob or "")
            if new.data is None:
                self.note_unreadable(commit, change.new_path, new.problem)
            pending = _Pending(self.order, commit, change, old, new, paired, at_boundary)
            if ident is None:
                self.orphans.setdefault(lineage, []).append(pending)
                continue
            self.lineage_id[lineage] = ident
            draft = self.draft(ident)
            for late in self.orphans.pop(lineage, []):
                self.take(draft, late)
            self.take(draft, pending)
        for ident, (change, _old) in removed.items():
            draft = self.draft(ident)
            if draft.path == change.old_path:
                self.order += 1
                draft.events.append((self.order, Event(commit, PATH_FIELD, draft.path, None)))
                draft.path = None

    def take(self, draft: _Draft, pending: _Pending) -> None:
        """Add one version to a timeline, with the check-in and events it makes."""
        order, commit, change, old, new, paired, at_boundary = pending
        assert change.new_path is not None
        draft.versions.append((order, Version(commit, change.new_path, new.data)))
        if new.data is None:
            return
        base, base_statement = self.base(draft, draft.id, change, old, paired)
        if at_boundary:
            base = None  # the clone's first sight of the file: its state, not a change
        elif draft.seen and draft.path != change.new_path and not self.still_there(draft):
            # (when the other file lives on, this is no move: two files with one id, or two
            # branches each with a copy; the last commit's tree tells which, see twins)
            draft.events.append((order, Event(commit, PATH_FIELD, draft.path, change.new_path)))
        others = self.other_parents(draft, change) if change.parent_blobs else []
        self.compare(draft, order, commit, change.new_path, base, base_statement, new, others)
        draft.last, draft.last_statement = new.data, new.statement
        draft.path, draft.seen = change.new_path, True

    def other_parents(
        self, draft: _Draft, change: _Change
    ) -> list[tuple[Mapping[str, Any], str | None]]:
        """A merge's other parents' versions of the file. A value that one of them already
        had is what the merge brought in, not a change of the merge's own."""
        found: list[tuple[Mapping[str, Any], str | None]] = []
        missing = False
        for blob in change.parent_blobs[1:]:
            parsed = self.parse(blob, change.new_path or "")
            if (
                parsed is not None
                and parsed.data is not None
                and _ident(parsed) in (draft.id, None)
            ):
                found.append((parsed.data, parsed.statement))
            else:
                missing = True
        if missing and draft.last is not None:
            # the file is elsewhere in that parent (moved on one side): its latest version
            found.append((draft.last, draft.last_statement))
        return found

    def twins(self, tree: list[tuple[str, str]]) -> None:
        """Tell the ids that two files of the last commit share (``tree``: blob and path)."""
        paths: dict[str, list[str]] = {}
        for blob, path in tree:
            ident = _ident(self.parse(blob, path))
            if ident is not None:
                paths.setdefault(ident, []).append(path)
        for ident, where in sorted(paths.items()):
            if len(where) > 1:
                self.notes.append(
                    f"{' and '.join(sorted(where))} all have the id '{ident}'; their histories "
                    "are read as one (give each goal an id of its own)"
                    if len(where) > 2
                    else f"{where[0]} and {where[1]} both have the id '{ident}'; their histories "
                    "are read as one (give each goal an id of its own)"
                )

    def still_there(self, draft: _Draft) -> bool:
        """Whether the file the timeline was last seen in still exists with the same id."""
        if draft.path is None or draft.path not in self.lineage:
            return False
        return self.lineage_id.get(self.lineage[draft.path]) == draft.id

    def base(
        self,
        draft: _Draft,
        ident: str,
        change: _Change,
        old: _Parsed | None,
        paired: tuple[_Change, _Parsed | None] | None,
    ) -> tuple[Mapping[str, Any] | None, str | None]:
        """What the new version is compared with: its parent's version when readable and the
        same statement, else the last readable version of the same id (a restored file)."""
        if paired is not None:
            old = paired[1]
        if old is not None and old.data is not None and _ident(old) in (ident, None):
            return old.data, old.statement
        if draft.seen:
            return draft.last, draft.last_statement
        return None, None

    def compare(
        self,
        draft: _Draft,
        order: int,
        commit: Commit,
        path: str,
        base: Mapping[str, Any] | None,
        base_statement: str | None,
        new: _Parsed,
        others: list[tuple[Mapping[str, Any], str | None]],
    ) -> None:
        data = new.data
        assert data is not None
        kpi = data.get("kind") == "kpi"
        measured = fields.MEASURED["kpi" if kpi else "goal"]
        series = tuple(fields.get(data, name) for name in measured)
        if base is None:
            changed = any(value is not None for value in series)
        else:
            changed = series != tuple(fields.get(base, name) for name in measured)
        for other, _statement in others:
            if changed and series == tuple(fields.get(other, name) for name in measured):
                changed = False
        if changed and commit.sha not in self.boundaries:
            checkin = self.checkin(commit, path, data, kpi)
            if checkin is not None:
                draft.checkins.append((order, checkin))
        if base is None:
            return
        before = (*self.fields(base), base_statement)
        after = (*self.fields(data), new.statement)
        if before == after:
            return
        brought = [(*self.fields(other), statement) for other, statement in others]
        for index, name in enumerate(EVENT_FIELDS):
            old_value, new_value = before[index], after[index]
            if old_value != new_value and all(seen[index] != new_value for seen in brought):
                draft.events.append((order, Event(commit, name, old_value, new_value)))

    def fields(self, data: Mapping[str, Any]) -> tuple[Any, ...]:
        """The event fields' values (all but the statement), computed once per front matter."""
        found = self.field_cache.get(id(data))
        if found is None or found[0] is not data:
            found = (data, tuple(fields.get(data, name) for name in EVENT_FIELDS[:-1]))
            self.field_cache[id(data)] = found
        return found[1]

    def checkin(
        self, commit: Commit, path: str, data: Mapping[str, Any], kpi: bool
    ) -> Checkin | None:
        raw = data.get("value") if kpi else fields.get(data, "metric.current")
        as_of = data.get("as_of") if kpi else fields.get(data, "metric.as_of")
        values: dict[str, float] = {}
        raw_values = data.get("values") if kpi else None
        if isinstance(raw_values, Mapping):
            for name, number in raw_values.items():
                measure = fields.number(number)
                if measure is not None:
                    values[str(name)] = measure
        value = fields.number(raw)
        if raw is not None and value is None:
            field = "value" if kpi else "metric.current"
            self.note(
                path,
                "not-a-number",
                f"{path} at {commit.sha[:10]}: {field} is {raw!r}, not a number; "
                "that version is not counted as a check-in",
            )
        if as_of is not None and fields.date(as_of) is None:
            self.note(
                path,
                "not-a-date",
                f"{path} at {commit.sha[:10]}: as_of is {as_of!r}, not a date (YYYY-MM-DD); "
                "the check-in keeps its value without it",
            )
            as_of = None
        if value is None and not values:
            return None
        return Checkin(commit, value, values, as_of)

    def note_unreadable(self, commit: Commit, path: str, problem: str | None) -> None:
        self.note(
            path,
            "unreadable",
            f"{path} at {commit.sha[:10]} ({commit.date.date().isoformat()}): skipped that "
            f"version, {problem or 'it could not be read'}",
        )

    def note(self, path: str, kind: str, message: str) -> None:
        """Tell the first time a file has this kind of trouble; count the later times."""
        seen = self.noted.get((path, kind))
        if seen is None:
            self.noted[(path, kind)] = [len(self.notes), 0]
            self.notes.append(message)
        else:
            seen[1] += 1

    def finish_notes(self) -> None:
        for (path, _kind), (index, more) in self.noted.items():
            if more:
                versions = "version" if more == 1 else "versions"
                self.notes[index] += f" (and {more} later {versions} of {path} alike)"
        self.noted.clear()

    def timelines(self) -> dict[str, Timeline]:
        for waiting in self.orphans.values():
            for late in waiting:
                if late.new.data is None:
                    continue  # already told why it could not be read
                path = late.change.new_path or ""
                self.note(
                    path,
                    "no-id",
                    f"{path} at {late.commit.sha[:10]}: skipped that version, it has no id and no "
                    "later version of the file has one",
                )
        self.orphans.clear()
        self.finish_notes()
        result: dict[str, Timeline] = {}
        for ident in sorted(self.drafts):
            draft = self.drafts[ident]
            versions = [version for _, version in sorted(draft.versions, key=_first)]
            paths = list(dict.fromkeys(version.path for version in versions))
            kind = None
            for version in reversed(versions):
                if version.data is not None:
                    found = version.data.get("kind")
                    kind = found if isinstance(found, str) else None
                    break
            result[ident] = Timeline(
                ident,
                kind,
                paths,
                versions,
                [checkin for _, checkin in sorted(draft.checkins, key=_first)],
                [event for _, event in sorted(draft.events, key=_first)],
            )
        return result


def _first(pair: tuple[int, Any]) -> int:
    return pair[0]


def _ident(parsed: _Parsed | None) -> str | None:
    if parsed is None or parsed.data is None:
        return None
    ident = parsed.data.get("id")
    return ident if isinstance(ident, str) and ident else None
