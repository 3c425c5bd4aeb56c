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
import marshal
import os
import stat
from collections.abc import Sequence
from pathlib import Path

from goals_as_code import __version__
from goals_as_code.check import cache
from goals_as_code.check.tree import Facts, Tree, read
from goals_as_code.source import cachefile
from goals_as_code.source.config import Config
from goals_as_code.source.document import Document

FORMAT = 1
# what a blob's facts are kept as: id, kind, status, owner, parent
Kept = tuple[str | None, str | None, str | None, str | None, str | None]


def tree(config: Config, targets: Sequence[Path]) -> Tree | None:
    """The tree to check ``targets`` (statement files) in: it holds their documents and the
    facts of every statement; None when Git's index cannot stand for the folder (then read it
    whole)."""
    folder = cachefile.git_folder(config.repository)
    goals = config.goals_path
    if folder is None or cache.disabled() or not goals.is_dir():
        return None
    from goals_as_code.history import staged  # Git, only for a check of named files

    try:
        top = config.repository.resolve()
        prefix = goals.resolve().relative_to(top).as_posix()
    except (OSError, ValueError):
        return None
    listing = staged.listed(goals)
    if listing is None:
        return None
    lead = "" if prefix == "." else f"{prefix}/"
    wanted = {config.relative(path) for path in targets}
    paths = [path for path in listing if path.endswith(".md")]
    if config.exclude:
        paths = [path for path in paths if not _excluded(path, config.exclude)]
    if any("/" in path for path in paths):
        paths.sort(key=lambda path: path.split("/"))  # as a whole read walks the folders
    else:
        paths.sort()
    present = set(paths)
    if any(not name.startswith(lead) or name[len(lead) :] not in present for name in wanted):
        return None  # a file named through a link, or not found as a whole read finds files
    kept_path = folder / f"facts-{FORMAT}-{__version__}-{cache.code()}-{config.front_matter_bytes}"
    kept = _load(kept_path)
    learnt: dict[str, Kept] = {}
    facts: list[Facts] = []
    held: list[Document] = []
    new = 0  # blobs read that were not kept, besides the files named

    def load(display: str) -> Document:
        return read(top / display, config, None, display)

    size = len(Facts._fields) - 1
    for path in paths:
        blob = listing[path]
        display = lead + path
        if blob is not None and display not in wanted:
            known = kept.get(blob)
            # (a kept value not as this version writes them: the file is read)
            if type(known) is tuple and len(known) == size:
                facts.append(Facts(display, *known))
                learnt[blob] = known
                continue
        if blob is None and not _regular(goals / path):
            if os.path.lexists(goals / path):
                return None  # a link, or a folder where a file was: read the folder
            continue  # deleted from the work tree
        doc = load(display)
        if display in wanted:
            held.append(doc)
        made = Facts.of(doc)
        facts.append(made)
        if blob is not None:
            learnt[blob] = (made.id, made.kind, made.status, made.owner, made.parent)
            new += display not in wanted
    # written when files were read that the next run would read again, or many blobs are gone
    if new or len(kept) - (len(learnt) - new) > max(64, len(learnt) // 8):
        cachefile.save_bytes(kept_path, marshal.dumps(learnt), folder.glob("facts-*"))
    unstaged = frozenset(lead + path for path in paths if listing[path] is None)
    return Tree(held, config, facts=facts, read=load, unstaged=unstaged)


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
    """The facts kept by blob id; empty when there are none or the file is broken."""
    data = cachefile.load_bytes(path)
    if data is None:
        return {}
    try:
        kept = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}
