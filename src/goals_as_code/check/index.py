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
    found = sorted(
        (entry for entry in listing if _statement(entry.path, config.exclude)),
        key=lambda entry: entry.path.split("/"),
    )
    if not wanted <= {lead + entry.path for entry in found}:
        return None  # a file named through a link: read the folder
    kept_path = folder / f"facts-{FORMAT}-{__version__}-{cache.code()}-{config.front_matter_bytes}"
    kept = _load(kept_path)
    learnt: dict[str, Kept] = {}
    facts: list[Facts] = []
    held: list[Document] = []

    def load(display: str) -> Document:
        return read(top / display, config, None, display)

    for path, blob in found:
        display = lead + path
        known = kept.get(blob) if blob is not None and display not in wanted else None
        if known is not None and (type(known) is not tuple or len(known) != len(Facts._fields) - 1):
            known = None  # not as this version writes them
        if known is None:
            if blob is None and not _regular(goals / path):
                if os.path.lexists(goals / path):
                    return None  # a link, or a folder where a file was: read the folder
                continue  # deleted from the work tree
            doc = load(display)
            if display in wanted:
                held.append(doc)
            made = Facts.of(doc)
            facts.append(made)
            known = (made.id, made.kind, made.status, made.owner, made.parent)
        else:
            facts.append(Facts(display, *known))
        if blob is not None:
            learnt[blob] = known
    if learnt.keys() != kept.keys():
        cachefile.save_bytes(kept_path, marshal.dumps(learnt), folder.glob("facts-*"))
    unstaged = frozenset(lead + path for path, blob in found if blob is None)
    return Tree(held, config, facts=facts, read=load, unstaged=unstaged)


def _statement(path: str, exclude: Sequence[str]) -> bool:
    """Whether the file at ``path`` (under the goals folder) is a statement, as a whole read
    finds them: a Markdown file whose path and name no pattern excludes."""
    if not path.endswith(".md"):
        return False
    name = path.rpartition("/")[2]
    return not any(
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
