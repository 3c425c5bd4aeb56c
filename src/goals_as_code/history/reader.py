"""The one pass: the log streamed once, every blob it names read at once, then the fold."""

from __future__ import annotations

import datetime
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from goals_as_code.git import Repository, open_repo
from goals_as_code.git.repository import BlobFeed
from goals_as_code.history import cache, log
from goals_as_code.history.fold import Fold
from goals_as_code.history.progress import Progress, wanted
from goals_as_code.history.records import History
from goals_as_code.history.revisions import no_commits, resolve_in
from goals_as_code.history.snapshots import listing
from goals_as_code.history.versions import Parsed, parse, parse_many
from goals_as_code.i18n.messages import N_, message, say
from goals_as_code.source import cachefile, cores
from goals_as_code.source.document import DEFAULT_MAX_FRONT_MATTER

# A fold gone on from is kept again once it folded this many commits more: writing it costs more
# than folding a few commits again, so the runs between fold the commits since it each time.
REFOLD_AFTER = 100


def read(
    root: Path,
    goals_dir: str,
    *,
    rev: str = "HEAD",
    since: str | None = None,
    progress: bool = False,
    exclude: Sequence[str] = (),
    repository: Repository | None = None,
    max_front_matter: int = DEFAULT_MAX_FRONT_MATTER,
    lang: str = "en",
    keep: bool = True,
    tip: dict[str, Parsed] | None = None,
) -> History:
    """Every statement's timeline from the history of ``rev`` (after ``since``: a date or a rev).

    ``exclude`` takes the configuration's patterns (files that are not statements). Never raises
    for the content of old versions: what cannot be read is told in ``notes``. Raises GitError
    when ``root`` is not in a repository or a revision does not exist. A caller that has the
    repository open already passes it as ``repository`` (it stays open). Old versions are read
    with ``goals check``'s limits (``max_front_matter``: the configuration's). ``keep``: read
    and keep the history folded at ``rev`` (``history/cache.py``), unless ``GOALS_NO_CACHE``.
    ``tip``: filled with the parsed versions of the files at ``rev``, by blob id, for a caller
    that reads them next (the report's snapshot).
    """
    keep = keep and os.environ.get("GOALS_NO_CACHE", "") in ("", "0")
    if repository is not None:
        base = log.goals_base(repository.prefix(root), goals_dir)
        return _read(
            repository,
            base,
            rev,
            since,
            progress,
            tuple(exclude),
            max_front_matter,
            lang,
            keep,
            tip,
        )
    with open_repo(root) as opened:
        base = log.goals_base(opened.prefix(root), goals_dir)
        return _read(
            opened, base, rev, since, progress, tuple(exclude), max_front_matter, lang, keep, tip
        )


def _read(
    repository: Repository,
    base: str,
    rev: str,
    since: str | None,
    progress: bool,
    exclude: tuple[str, ...],
    max_front_matter: int,
    lang: str,
    keep: bool,
    tip: dict[str, Parsed] | None = None,
) -> History:
    boundaries = repository.shallow_commits()
    shallow = boundaries is not None
    boundaries = boundaries or set()
    if rev == "HEAD" and not repository.has_commits():
        return History(None, shallow, None, {}, [message(no_commits(repository))])
    head = resolve_in(repository, rev)
    folder = repository.cache_folder()
    settings = None
    if keep and since is None and not shallow:
        # what a kept fold must have been read with, beyond its HEAD
        settings = cachefile.digest(base, exclude, max_front_matter, repository.mailmap())
    bar = Progress() if wanted(progress) else None
    went_on: cache.Kept | None = None
    cached: dict[str, Parsed] = {}
    parsing: _Parsing | None = None
    missing: list[str] = []
    try:
        if bar:
            bar.start(say(lang, N_("Reading history")), None)
        advance = bar.advance if bar else None
        commits: list[log.LogCommit] | None = None
        if settings is not None:
            went_on = cache.load_fold(folder, settings)
            commits = _after(repository, went_on, head, base, exclude, advance)
        if commits is None:
            went_on = None
            cached = cache.load(folder, max_front_matter)
            # the versions the log names, parsed by a second process as it names them
            parsing = _Parsing.start(repository, cached, max_front_matter)
            seen = parsing.seen if parsing is not None else None
            commits = log.commits(
                repository,
                head,
                base,
                since=since,
                exclude=exclude,
                advance=advance,
                seen=seen,
                unpruned=True,
            )
            if parsing is not None:
                parsing.asked_all()
        tree = listing(repository, head, base, exclude)
        wanted_blobs = {blob for entry in commits for blob in _blobs_of(entry)}
        if went_on is not None:  # and the last commit's files the kept fold does not hold
            wanted_blobs.update(blob for blob, _ in tree if not went_on.fold.holds(blob))
        blobs: dict[str, bytes] = {}
        if parsing is None:
            missing = sorted(blob for blob in wanted_blobs if blob not in cached)
            if bar:
                bar.start(say(lang, N_("Reading versions")), len(missing))
            blobs = repository.read_blobs(missing, advance)
    except BaseException:
        if parsing is not None:
            parsing.end()
        raise
    finally:
        if bar:
            bar.stop()

    boundary = log.boundary(repository, boundaries) if shallow else None
    if went_on is None:
        fold, newest = Fold(blobs, boundaries, cached, max_front_matter), None
        if parsing is None:  # every version the fold reads, parsed at once (on two cores)
            fold.versions.parsed.update(parse_many(blobs, missing, max_front_matter))
    else:  # the commits after those of a fold kept at an earlier HEAD
        fold, newest = went_on.fold, went_on.newest
        fold.resume(blobs)
    if parsing is not None:  # folded as the second process hands the versions over
        fold.versions.parsed = parsing.parsed
    pending = parsing  # until what the second process did not hand back is read here
    try:
        for entry in commits:
            if pending is not None and not pending.wait_for(entry):
                _read_rest(repository, pending, wanted_blobs, fold, max_front_matter)
                pending = None
            fold.commit(entry)
            newest = max(newest or _committed(entry), _committed(entry))
        if pending is not None:
            _read_rest(repository, pending, wanted_blobs, fold, max_front_matter)
    finally:
        if parsing is not None:
            parsing.end()
    fold.at_tip(tree)
    if tip is not None:
        tip.update(fold.tip_versions())
    fold_kept = settings is not None and (went_on is None or len(commits) >= REFOLD_AFTER)
    parsed_kept = went_on is None and len(fold.versions.parsed) > len(cached)
    if fold_kept or parsed_kept:
        parsed_now = fold.versions.parsed

        def kept() -> None:
            if fold_kept:
                assert settings is not None
                cache.save_fold(folder, settings, head, newest, fold)
            if parsed_kept:
                cache.save(folder, parsed_now, max_front_matter)

        # the fold as read so far (what follows changes it), kept while the report is made
        cores.behind(kept)
    fold.twins(tree)
    timelines = fold.timelines()
    notes = fold.notes.messages
    if shallow:
        where = (
            message(N_(" at {sha} ({date})"), sha=boundary.sha[:10], date=boundary.date.date())
            if boundary
            else ""
        )
        notes.insert(
            0,
            message(
                N_(
                    "this is a shallow clone: its history starts{where}; older check-ins are not "
                    "seen (run 'git fetch --unshallow' for the full history)"
                ),
                where=where,
            ),
        )
    return History(head, shallow, boundary, timelines, notes)


class _Parsing:
    """The versions the log names, read from ``cat-file`` and parsed by a second process (on
    the second core) as the log names them, while this one reads the log; they are handed back
    a few hundred at a time, in the order the log named them, so that the fold can go on with
    the first commits while the last versions are parsed."""

    CHUNK = 256  # versions handed back at a time

    def __init__(self, feed: BlobFeed, parsed: dict[str, Parsed]) -> None:
        self.feed = feed
        self.parsed = parsed  # the versions parsed so far, by blob id (with those kept)
        self.asked = set(parsed)
        self.ended = False
        self.changed = threading.Condition()
        self.flow: cores.Flow | None = None

    @classmethod
    def start(
        cls, repository: Repository, cached: dict[str, Parsed], max_front_matter: int
    ) -> _Parsing | None:
        """The second process, started; None when there is one core or it cannot start."""
        feed = repository.blob_feed()
        parsing = cls(feed, dict(cached))

        def parse_all(hand: Callable[[object], None]) -> None:
            chunk: dict[str, Parsed] = {}
            for blob, data in feed.answers():
                chunk[blob] = parse(data, "", max_front_matter)
                if len(chunk) >= cls.CHUNK:
                    hand(chunk)
                    chunk = {}
            hand(chunk)

        # (there, the questions are closed: cat-file must not wait for that process to ask)
        parsing.flow = cores.flowing(parse_all, parsing._take, parsing._end, feed.close_input)
        if parsing.flow is None:
            feed.finish()
            return None
        feed.hand_over()
        return parsing

    def _take(self, chunk: object) -> None:
        if isinstance(chunk, dict):
            with self.changed:
                self.parsed.update(chunk)
                self.changed.notify_all()

    def _end(self) -> None:
        with self.changed:
            self.ended = True
            self.changed.notify_all()

    def seen(self, entry: log.LogCommit) -> None:
        """Ask for the versions of ``entry`` not asked for yet."""
        new = {blob for blob in _blobs_of(entry) if blob not in self.asked}
        if new:
            self.asked.update(new)
            self.feed.ask(sorted(new))

    def asked_all(self) -> None:
        """The log is read: the last versions are asked for."""
        self.feed.close_input()

    def wait_for(self, entry: log.LogCommit) -> bool:
        """Wait until the versions of ``entry`` are parsed: True; False when the second process
        ended without them (they are not in the clone, or it failed)."""
        wanted = _blobs_of(entry)
        with self.changed:
            while not all(blob in self.parsed for blob in wanted):
                if self.ended:
                    return False
                self.changed.wait()
        return True

    def end(self) -> bool:
        """Wait for the second process to end; whether it handed every version back."""
        try:
            self.asked_all()
            return self.flow.wait() if self.flow is not None else False
        finally:
            self.feed.finish()


def _blobs_of(entry: log.LogCommit) -> list[str]:
    return [
        blob
        for change in entry.changes
        for blob in (change.old_blob, change.new_blob, *change.parent_blobs)
        if blob is not None
    ]


def _read_rest(
    repository: Repository,
    parsing: _Parsing,
    wanted: set[str],
    fold: Fold,
    max_front_matter: int,
) -> None:
    """Once the second process has ended: the versions it did not hand back, read and parsed
    here (none, unless they are not in the clone or it failed)."""
    parsing.end()
    missing = sorted(blob for blob in wanted if blob not in parsing.parsed)
    blobs = repository.read_blobs(missing)
    parsing.parsed.update(parse_many(blobs, missing, max_front_matter))
    fold.versions.blobs = blobs


def _committed(entry: log.LogCommit) -> datetime.datetime:
    return datetime.datetime.fromisoformat(entry.committed)


def _after(
    repository: Repository,
    kept: cache.Kept | None,
    head: str,
    base: str,
    exclude: tuple[str, ...],
    advance: Callable[[], None] | None,
) -> list[log.LogCommit] | None:
    """The commits to fold after ``kept``, a fold kept at an earlier HEAD: those of ``head``
    that it does not hold. None when the whole log must be read: there is no such fold, its HEAD
    is not an ancestor of ``head`` (history rewritten), or one of the commits after it was
    committed no later than the newest it holds (the whole log, oldest first, could list that
    commit among the others: a branch merged with older commits)."""
    if kept is None:
        return None
    if kept.head == head:
        return []
    if not repository.is_ancestor(kept.head, head):
        return None
    after = log.commits(repository, head, base, since=kept.head, exclude=exclude, advance=advance)
    if kept.newest is not None and any(_committed(entry) <= kept.newest for entry in after):
        return None
    return after
