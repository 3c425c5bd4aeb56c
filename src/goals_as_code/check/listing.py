"""Whether a check reads its tree from Git's index, and Git's listing for it, started early.

Git lists a folder of 10,000 files in about as long as the checker and its rules take to
load, so a hook starts the listing first and loads the checker while Git works; ``index.tree``
reads the listing after. This module stays light (no checker, no rules) for that."""

from __future__ import annotations

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


def begin(config: Config, *, staged: bool = False) -> Listing | None:
    """Start Git's listing of the goals folder, to run while this process does other work;
    None when there is nothing to list (no repository, no goals folder) or git cannot start."""
    if cachefile.git_folder(config.repository) is None or not config.goals_path.is_dir():
        return None
    from goals_as_code.history import staged as index

    return index.begin(config.goals_path, work_tree=not staged, around=True)
