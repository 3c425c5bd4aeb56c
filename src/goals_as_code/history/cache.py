"""Parsed versions kept between runs, by blob id: a blob's content never changes, so neither does
what it parses to. The history pass reads from Git only the blobs the cache does not hold.

The cache is one pickle in the repository's Git folder (``.git/goals-as-code/``, never
committed, trusted as the fold below is), named by the cache format and the tool's version: a
new version starts a new file. It is safe to delete; a file that cannot be read is ignored and
written anew; two runs that write it at once each write a whole file under a name of their own
and rename it into place, so the last one wins and neither leaves half a file. Only readable
versions are kept; the others are parsed again each time, and say why they cannot be read. (It
was JSON: asking JSON whether each of 10,000 versions would come back as it went in cost a
cold report 0.18 s.)
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from goals_as_code import __version__
from goals_as_code.history.records import Checkin, Commit, Event, History, Timeline, Version
from goals_as_code.history.versions import Parsed
from goals_as_code.source import cachefile
from goals_as_code.source.document import DEFAULT_MAX_FRONT_MATTER

if TYPE_CHECKING:
    from goals_as_code.history.fold import Fold

FORMAT = 2


def path(folder: Path, max_front_matter: int = DEFAULT_MAX_FRONT_MATTER) -> Path:
    """The cache file in ``folder`` for this format, tool version, reading code and front-matter
    limit (a version within one limit is too large under a lower one)."""
    return folder / f"parsed-blobs-{FORMAT}-{__version__}-{reader()}-{max_front_matter}.pickle"


# the modules that turn a blob into its parsed version, under the package's folder
READER_MODULES = (
    "history/versions.py",
    "markdown/plugin.py",
    "source/document.py",
    "source/quickyaml.py",
    "source/yamlstrict.py",
)


def reader() -> str:
    """A short fingerprint of the modules that turn a blob into its parsed version, so that a
    development build that changes them without a new version number starts a new cache. They
    are named, not imported: a hook that reads the cache does not import PyYAML."""
    package = Path(__file__).resolve().parent.parent
    return cachefile.fingerprint(package / module for module in READER_MODULES)


def load(
    folder: Path | None, max_front_matter: int = DEFAULT_MAX_FRONT_MATTER
) -> dict[str, Parsed]:
    """The parsed versions in the cache; empty when there is none or it cannot be read."""
    import pickle  # only where versions are read: a check of plain files never is

    if folder is None:
        return {}
    data = cachefile.load_bytes(path(folder, max_front_matter))
    if data is None:
        return {}
    try:
        stored = pickle.loads(data)
        return {
            blob: Parsed(front, statement, None)
            for blob, (front, statement) in stored.items()
            if isinstance(blob, str)
            and isinstance(front, dict)
            and (statement is None or isinstance(statement, str))
        }
    except Exception:  # a broken or foreign file is written anew
        return {}


def save(
    folder: Path | None,
    parsed: Mapping[str, Parsed],
    max_front_matter: int = DEFAULT_MAX_FRONT_MATTER,
) -> None:
    """Write the readable versions of ``parsed``; a cache that cannot be written is no error."""
    import pickle

    if folder is None:
        return
    blobs = {
        blob: (found.data, found.statement)
        for blob, found in parsed.items()
        if found.problem is None and found.data is not None
    }
    try:
        data = pickle.dumps(blobs, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):  # a value pickle cannot take
        return
    cachefile.save_bytes(path(folder, max_front_matter), data, folder.glob("parsed-blobs-*"))


# --- one timeline as JSON ----------------------------------------------------------------------
#
# The hook keeps the timelines of a staged file's own history by HEAD (history/provenance.py).


def encode_timeline(found: Timeline) -> dict[str, Any] | None:
    """One timeline as JSON, as the kept history holds it; None when it would not come back."""
    return _encode(History("", False, None, {found.id: found}, []))


def decode_timeline(stored: Any) -> Timeline | None:
    """The timeline ``encode_timeline`` gave; None when ``stored`` is not one."""
    try:
        timelines = _decode(stored).timelines
        return next(iter(timelines.values())) if len(timelines) == 1 else None
    except (ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None


def _encode(found: History) -> dict[str, Any] | None:
    commits: dict[str, list[str]] = {}

    def commit(said: Commit) -> str:
        if said.sha not in commits:
            commits[said.sha] = [
                said.date.isoformat(),
                said.author,
                said.email,
                said.message,
                said.committer,
                said.committer_email,
            ]
        return said.sha

    timelines = {
        key: [
            line.id,
            line.kind,
            line.paths,
            [[commit(v.commit), v.path, v.data] for v in line.versions],
            [[commit(c.commit), c.value, c.values, c.as_of] for c in line.checkins],
            [[commit(e.commit), e.field, e.old, e.new] for e in line.events],
        ]
        for key, line in found.timelines.items()
    }
    content = {"head": found.head, "commits": commits, "timelines": timelines}
    return content if cachefile.plain(content) else None


def _decode(stored: Mapping[str, Any]) -> History:
    commits = {
        str(sha): Commit(str(sha), datetime.datetime.fromisoformat(date), *(str(s) for s in said))
        for sha, (date, *said) in stored["commits"].items()
    }
    timelines = {
        str(key): Timeline(
            ident,
            kind,
            list(paths),
            [Version(commits[sha], path, data) for sha, path, data in versions],
            [Checkin(commits[sha], value, values, as_of) for sha, value, values, as_of in checkins],
            [Event(commits[sha], name, old, new) for sha, name, old, new in events],
        )
        for key, (ident, kind, paths, versions, checkins, events) in stored["timelines"].items()
    }
    return History(str(stored["head"]), False, None, timelines, [])


# --- the fold of a HEAD, to go on from --------------------------------------------------------
#
# The whole history, folded up to the last commit of a HEAD, before its timelines were finished,
# kept with what else changes it (the goals folder, the excluded files, the front-matter limit,
# the .mailmap in the work tree). A run at the same HEAD, the common case of a report read again
# or a check run again, finishes it instead of reading the log. A run at a later HEAD that
# descends from it folds only the commits after it (``git log OLD..NEW``), when every one of them
# was committed after every commit folded before, so that the whole log would list them last, in
# the same order; the files of the last commit are kept parsed with it, for the commits after.
# It is a pickle: the folder is the repository's own (``.git/``), trusted as its hooks and its
# configuration are, and a file that cannot be read back is ignored and written anew. One is
# kept; a history with notes (versions that cannot be read) is not kept, so that its notes are
# said in the language of each run, and neither is a shallow clone's.


FOLD_FORMAT = 1
FOLD_MODULES = ("fold.py", "lineage.py", "events.py", "notes.py", "records.py", "log.py")


class Kept(NamedTuple):
    """A fold read back: the HEAD it was read up to, the newest committer date it holds (None:
    no commit), and the fold itself."""

    head: str
    newest: datetime.datetime | None
    fold: Fold


def _fold_path(folder: Path) -> Path:
    here = Path(__file__).resolve().parent
    code = cachefile.fingerprint(here / module for module in FOLD_MODULES)
    return folder / f"fold-{FOLD_FORMAT}-{__version__}-{reader()}-{code}.pickle"


def load_fold(folder: Path | None, key: str) -> Kept | None:
    """The fold kept with settings ``key``; None when there is none, or it was read otherwise."""
    import pickle  # only where a fold is read: a check of plain files never is

    from goals_as_code.history.fold import Fold

    if folder is None:
        return None
    data = cachefile.load_bytes(_fold_path(folder))
    if data is None:
        return None
    try:
        stored = pickle.loads(data)
        kept_key, head, newest, fold = stored
    except Exception:  # a broken or foreign file is written anew
        return None
    if kept_key != key or not isinstance(head, str) or not isinstance(fold, Fold):
        return None
    if newest is not None and not isinstance(newest, datetime.datetime):
        return None
    return Kept(head, newest, fold)


def save_fold(
    folder: Path | None, key: str, head: str, newest: datetime.datetime | None, fold: Fold
) -> None:
    """Keep ``fold``, read up to ``head``, under settings ``key`` (when it has no notes)."""
    import pickle

    if folder is None or fold.notes.messages:
        return
    try:
        data = pickle.dumps((key, head, newest, fold), protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):  # a value pickle cannot take
        return
    cachefile.save_bytes(_fold_path(folder), data, folder.glob("fold-*.pickle"))
