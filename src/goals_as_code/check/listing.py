"""Whether a check reads its tree from Git's index, and Git's listing for it, started early.

Git lists a folder of 10,000 files in about as long as the checker and its rules take to
load, so a hook starts the listing first and loads the checker while Git works; ``index.tree``
reads the listing after. This module stays light (no checker, no rules) for that."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from goals_as_code.source import cachefile
from goals_as_code.source.config import Config

if TYPE_CHECKING:
    from goals_as_code.history.staged import Listing


def from_index(paths: Sequence[Path] | None, *, cache: bool, staged: bool) -> bool:
    """Whether a check of ``paths`` (None: every file) reads the tree from Git's index: the
    files as staged, or a few files named (a hook's) with the cache on, the others unread."""
    return staged or (cache and not cachefile.disabled() and paths is not None)


def begin(
    config: Config, *, staged: bool = False, paths: Sequence[Path] | None = None
) -> Listing | None:
    """Start Git's listing of the goals folder, to run while this process does other work;
    None when there is nothing to list (no repository, no goals folder) or git cannot start.
    ``paths``: the files the check names, of which alone Git is asked whether they are staged
    (when each is a Markdown file in the goals folder)."""
    goals = config.goals_path
    if cachefile.git_folder(config.repository) is None or not goals.is_dir():
        return None
    from goals_as_code.history import staged as index

    named = _named(goals, paths or ())
    return index.begin(goals, work_tree=not staged, around=True, named=named)


def _named(goals: Path, paths: Sequence[Path]) -> list[str]:
    """``paths`` from the goals folder, or none when one of them is not a Markdown file in it
    (a folder, a file elsewhere): then every staged file is asked for."""
    named = []
    folder = os.path.abspath(goals)
    for path in paths:
        name = os.path.relpath(os.path.abspath(path), folder)
        if name.startswith("..") or not name.endswith(".md") or not os.path.isfile(path):
            return []
        named.append(Path(name).as_posix())
    return named
