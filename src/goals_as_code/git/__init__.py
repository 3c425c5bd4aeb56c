"""The one place that runs Git.

Every other module asks this package: a repository opened once (``open_repo``) streams the log
(``Repository.log_stream``), reads many blobs through one pipelined ``git cat-file --batch``
(``Repository.read_blobs``) and single files through GitPython's persistent object database
(``Repository.blob``); a few commands need no repository object (``top_level``, ``hooks_dir``,
``config_get``, ``commit``, ``run``, ``output``, and ``signing_key``, an SSH key for Git's
signing). Failures are ``GitError`` with one line that says what went wrong.

Short commands run as one process each; GitPython is imported only for the log stream, the
object database and tags, so importing this package costs nothing and a hook that asks Git a
few short questions never loads it.
"""

from __future__ import annotations

from goals_as_code.git.commands import (
    CommitFailed,
    commit,
    config_get,
    hooks_dir,
    output,
    run,
    signing_key,
    top_level,
)
from goals_as_code.git.repository import NULL_SHA, Repository, open_repo

__all__ = [
    "NULL_SHA",
    "CommitFailed",
    "Repository",
    "commit",
    "config_get",
    "hooks_dir",
    "open_repo",
    "output",
    "run",
    "signing_key",
    "top_level",
]
