"""The one pass: the log streamed once, every blob it names read at once, then the fold."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from goals_as_code.git import Repository, open_repo
from goals_as_code.history import cache, log
from goals_as_code.history.fold import Fold
from goals_as_code.history.progress import Progress, wanted
from goals_as_code.history.records import History
from goals_as_code.history.revisions import no_commits, resolve_in
from goals_as_code.history.snapshots import listing
from goals_as_code.i18n.messages import N_, message, say
from goals_as_code.source.document import DEFAULT_MAX_FRONT_MATTER


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
) -> History:
    """Every statement's timeline from the history of ``rev`` (after ``since``: a date or a rev).

    ``exclude`` takes the configuration's patterns (files that are not statements). Never raises
    for the content of old versions: what cannot be read is told in ``notes``. Raises GitError
    when ``root`` is not in a repository or a revision does not exist. A caller that has the
    repository open already passes it as ``repository`` (it stays open). Old versions are read
    with ``goals check``'s limits (``max_front_matter``: the configuration's). ``keep``: read
    and keep the history folded at ``rev`` (``history/cache.py``), unless ``GOALS_NO_CACHE``.
    """
    keep = keep and os.environ.get("GOALS_NO_CACHE", "") in ("", "0")
    if repository is not None:
        base = log.goals_base(repository.prefix(root), goals_dir)
        return _read(
            repository, base, rev, since, progress, tuple(exclude), max_front_matter, lang, keep
        )
    with open_repo(root) as opened:
        base = log.goals_base(opened.prefix(root), goals_dir)
        return _read(
            opened, base, rev, since, progress, tuple(exclude), max_front_matter, lang, keep
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
) -> History:
    boundaries = repository.shallow_commits()
    shallow = boundaries is not None
    boundaries = boundaries or set()
    if rev == "HEAD" and not repository.has_commits():
        return History(None, shallow, None, {}, [message(no_commits(repository))])
    head = resolve_in(repository, rev)
    folder = repository.cache_folder()
    key = None
    if keep and since is None and not shallow:
        key = cache.timelines_key(head, base, exclude, max_front_matter, repository.mailmap())
        kept = cache.load_timelines(folder, key)
        if kept is not None:
            return kept
    bar = Progress() if wanted(progress) else None
    cached = cache.load(folder, max_front_matter)
    try:
        if bar:
            bar.start(say(lang, N_("Reading history")), None)
        advance = bar.advance if bar else None
        commits = log.commits(repository, head, base, since=since, exclude=exclude, advance=advance)
        wanted_blobs = sorted(
            {
                blob
                for entry in commits
                for change in entry.changes
                for blob in (change.old_blob, change.new_blob, *change.parent_blobs)
                if blob is not None
            }
        )
        missing = [blob for blob in wanted_blobs if blob not in cached]
        if bar:
            bar.start(say(lang, N_("Reading versions")), len(missing))
        blobs = repository.read_blobs(missing, advance)
    finally:
        if bar:
            bar.stop()

    boundary = log.boundary(repository, boundaries) if shallow else None
    fold = Fold(blobs, boundaries, cached, max_front_matter)
    for entry in commits:
        fold.commit(entry)
    fold.twins(listing(repository, head, base, exclude))
    timelines = fold.timelines()
    if len(fold.versions.parsed) > len(cached):
        cache.save(folder, fold.versions.parsed, max_front_matter)
    notes = fold.notes.messages
    if key is not None:
        cache.save_timelines(folder, key, History(head, shallow, None, timelines, notes))
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
