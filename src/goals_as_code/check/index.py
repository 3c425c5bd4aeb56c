"""The tree a check of a few files reads: Git's index lists the statements, and what was learnt
of each blob before stands for the file, unread.

A hook checks one or a few staged files, yet the rules that look at other files need every
statement's id, kind, status, owner and parent (:class:`tree.Facts`). Reading and parsing each
of 10,000 files for them took a second a commit. Here ``git ls-files`` gives each tracked file's
blob id and ``git diff-files`` the files the work tree may hold otherwise
(``history/staged.py``); the facts of a blob, learnt once, are kept by its id in the
repository's cache folder. Only the files checked, the files changed or not tracked, and blobs
not seen yet are read; a rule that needs more of another statement (its metric, its state)
reads that file when it asks (:meth:`Tree.at`). The statements are those a whole read finds:
the Markdown files under the goals folder that are not excluded, in the same order.

When Git cannot say it plainly (no repository, a link, a submodule, a conflict, a sparse
checkout) or there is no cache folder, the caller reads the whole folder as before. The kept
facts are one file, written whole and renamed into place (``source/cachefile.py``), named by
the format, the tool's version and code and the front matter's limit; a broken one is written
anew."""

from __future__ import annotations

import fnmatch
import functools
import marshal
import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from goals_as_code import __version__
from goals_as_code.check import cache
from goals_as_code.check.tree import MAX_FILE_BYTES, Facts, Tree, parse, read
from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import N_, message
from goals_as_code.source import cachefile, document
from goals_as_code.source.config import Config
from goals_as_code.source.cores import halves
from goals_as_code.source.document import Document

if TYPE_CHECKING:
    from goals_as_code.history.staged import Listing

FORMAT = 1
MIN_PARALLEL = 1000  # files to read for their facts: fewer are read sooner here than in two
# what a blob's facts are kept as: id, kind, status, owner, parent
Kept = tuple[str | None, str | None, str | None, str | None, str | None]
_SIZE = len(Facts._fields) - 1
_UNKNOWN: Kept = (None,) * _SIZE  # type: ignore[assignment]  # stands for a file to read
_facts = functools.partial(tuple.__new__, Facts)  # Facts of a tuple, without a Python call


def tree(
    config: Config,
    targets: Sequence[Path] | None,
    *,
    staged: bool = False,
    keep: bool = True,
    begun: Listing | None = None,
) -> Tree | None:
    """The tree to check ``targets`` (statement files; None: every one) in: it holds their
    documents and the facts of every statement; None when Git's index cannot stand for the
    folder (then read it whole). ``staged``: the files as the index holds them, the targets
    too (what the next commit records), or a GoalsError that says why they cannot be read.
    ``keep``: keep the facts learnt between runs (not with ``--no-cache``). ``begun``: Git's
    listing, started before (:func:`listing.begin`)."""
    folder = cachefile.git_folder(config.repository)
    goals = config.goals_path
    if folder is None:
        _refuse(staged, N_("it is not in a Git repository"))
        return None
    if not goals.is_dir():
        _refuse(staged, N_("the goals folder is not in the working tree"))
        return None
    from goals_as_code.history import staged as index  # Git, only for a check of named files

    try:
        top = config.repository.resolve()
        prefix = goals.resolve().relative_to(top).as_posix()
    except (OSError, ValueError):
        if begun is not None:
            begun.close()
        _refuse(staged, N_("the goals folder is not in the repository"))
        return None
    # the facts kept are read while Git lists the folder
    kept_path = folder / f"facts-{FORMAT}-{__version__}-{cache.code()}-{config.front_matter_bytes}"
    kept = _load(kept_path) if keep else {}
    listing = index.listed(goals, work_tree=not staged, begun=begun)
    around = begun.around() if begun is not None else None
    if listing is None:
        said = N_("Git's index holds a conflict, a link or a submodule in the goals folder")
        _refuse(staged, said)
        return None
    reader: index.Staged | None = None
    if staged:
        try:
            reader = index.Staged(top)
        except GoalsError as exc:
            raise GoalsError(message(CANNOT, why=str(exc))) from None
    lead = "" if prefix == "." else f"{prefix}/"
    wanted = {config.relative(path) for path in targets or ()}
    paths = [path for path in listing if path.endswith(".md")]
    if config.exclude:
        paths = [path for path in paths if not _excluded(path, config.exclude)]
    if any("/" in path for path in paths):
        paths.sort(key=lambda path: path.split("/"))  # as a whole read walks the folders
    else:
        paths.sort()
    if targets is None:
        wanted = {lead + path for path in paths}
    if around is not None and around.named is not None and not wanted <= around.named:
        around = around._replace(staged=None, named=None)  # not asked of each file checked
    present = set(paths)
    for name in wanted:
        if not name.startswith(lead) or name[len(lead) :] not in present:
            if staged:
                raise GoalsError(message(NOT_STAGED, path=name))
            return None  # a file named through a link, or not found as a whole read finds files

    def load(display: str) -> Document:
        if reader is None:
            return read(top / display, config, None, display)
        raw = reader.file(display)
        if raw is None:  # not in the index after all
            said = message(N_("cannot read the staged file"))
            return document.unreadable(display, 1, "encoding", said)
        return _staged(raw, display, config)

    # Every file's kept facts stand for it, made for all at once without a Python loop over
    # 10,000 files; then the few that are read instead: the files named, and those whose facts
    # are not kept (changed or not tracked, or blobs not seen yet).
    displays = [lead + path for path in paths]
    blobs = [listing[path] for path in paths]
    knowns: list[Kept | None] = list(map(kept.get, cast(list[str], blobs)))  # None: not kept
    if len(wanted) * 16 < len(displays):
        odd = {displays.index(name) for name in wanted}
    else:
        odd = {place for place, display in enumerate(displays) if display in wanted}
    if None in knowns:
        odd.update(place for place, known in enumerate(knowns) if known is None)
    for place in odd:
        knowns[place] = _UNKNOWN
    facts: list[Facts | str | None] = list(
        map(_facts, map(tuple.__add__, zip(displays), cast(list[Kept], knowns)))
    )
    learnt: dict[str, Kept] = dict(
        zip(cast(list[str], blobs), cast(list[Kept], knowns), strict=True)
    )
    unread: dict[str, str | None] = {}  # path -> blob, of the files to read
    gone = False
    in_order = sorted(odd)  # in the tree's order
    for place in in_order:
        blob, display = blobs[place], displays[place]
        if learnt.get(cast(str, blob)) is _UNKNOWN:
            del learnt[cast(str, blob)]
        if blob is None and not _regular(goals / paths[place]):
            if os.path.lexists(goals / paths[place]):
                return None  # a link, or a folder where a file was: read the folder
            facts[place] = None  # deleted from the work tree
            gone = True
            continue
        facts[place] = display
        unread[display] = blob
    contents: dict[str, bytes] = {}
    if reader is not None:
        contents = reader.blobs([blob for blob in unread.values() if blob is not None])

    def document_of(display: str) -> Document:
        raw = contents.get(unread[display] or "") if reader is not None else None
        return load(display) if raw is None else _staged(raw, display, config)

    # the files not named are read for their facts alone: many of them (a first run) on two cores
    others = [display for display in unread if display not in wanted]
    made_of = dict(
        zip(others, halves(others, lambda d: Facts.of(document_of(d)), MIN_PARALLEL), strict=True)
    )
    held: list[Document] = []
    for place in in_order:
        item = facts[place]
        if not isinstance(item, str):
            continue
        if item in wanted:
            doc = document_of(item)
            held.append(doc)
            made = Facts.of(doc)
        else:
            made = made_of[item]
        facts[place] = made
        blob = unread[item]
        if blob is not None:
            learnt[blob] = (made.id, made.kind, made.status, made.owner, made.parent)
    new = sum(1 for display in others if unread[display] is not None)  # blobs new to the facts
    # written when files were read that the next run would read again, or many blobs are gone
    if keep and (new or len(kept) - (len(learnt) - new) > max(64, len(learnt) // 8)):
        cachefile.save_bytes(kept_path, marshal.dumps(learnt), folder.glob("facts-*"))
    unstaged = frozenset(displays[place] for place in odd if blobs[place] is None)
    found = cast(list[Facts], [item for item in facts if item is not None] if gone else facts)
    exists = (lambda path: reader.file(path) is not None) if reader is not None else None
    return Tree(
        held,
        config,
        facts=found,
        read=load,
        unstaged=unstaged,
        exists=exists,
        around=around,
    )


def statements(config: Config) -> Tree:
    """Every statement, for a command that looks a few up by id (accept, agree, checkin, new):
    from Git's index and the facts kept, reading only what it asks for, when they can stand for
    the folder; else the folder read whole."""
    found = None if cachefile.disabled() else tree(config, [])
    return found if found is not None else Tree.load(config)


CANNOT = N_("cannot check the staged files: {why}")
NOT_STAGED = N_(
    "{path} is not staged; stage it with 'git add {path}', or check it without --staged"
)


def _refuse(staged: bool, why: str) -> None:
    """For a check of the staged files, the GoalsError that says why they cannot be read (any
    other check reads the folder instead)."""
    if staged:
        raise GoalsError(message(CANNOT, why=message(why)))


def _staged(raw: bytes, display: str, config: Config) -> Document:
    """The document of a staged file's content, within the limits of a file on disk."""
    if len(raw) > MAX_FILE_BYTES:
        return document.unreadable(display, 1, "too-large", document.too_large(len(raw)))
    return parse(raw, display, config)


def _excluded(path: str, exclude: Sequence[str]) -> bool:
    """Whether a pattern excludes the file at ``path`` (under the goals folder), by its path or
    its name, as a whole read excludes files."""
    name = path.rpartition("/")[2]
    return any(
        fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(name, pattern) for pattern in exclude
    )


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _load(path: Path) -> dict[str, Kept]:
    """The facts kept by blob id; empty when there are none or the file is broken (or holds a
    value not as this version writes them)."""
    data = cachefile.load_bytes(path)
    if data is None:
        return {}
    try:
        kept = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(kept, dict) or not kept:
        return {}
    values = kept.values()
    if set(map(type, values)) != {tuple} or set(map(len, values)) != {_SIZE}:
        return {}
    return kept
