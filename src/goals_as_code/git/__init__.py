"""The one place that runs Git.

Every other module asks this package: a repository opened once (``open_repo``) streams the log
(``Repository.log_stream``), reads many blobs through one pipelined ``git cat-file --batch``
(``Repository.read_blobs``) and single files through one ``cat-file`` process kept open
(``Repository.blob``), and makes annotated tags through GitPython; a few commands need no
repository object (``top_level``, ``hooks_dir``, ``config_get``, ``commit``, ``run``,
``output``, and ``signing_key``, an SSH key for Git's signing). Failures are ``GitError`` with
one line that says what went wrong.

Git is started directly, one process per command, in the C locale and with the settings that
keep its output plain; GitPython is imported only to make a tag. So importing this package costs
nothing, and neither a hook nor a report pays for GitPython's import (about 40 ms) and its
``git version`` probes.
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
