"""GitPython, imported when first needed, and Git's failures in one line."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from goals_as_code.errors import GitError

if TYPE_CHECKING:
    import git

# User configuration must not change what git prints.
SETTINGS = (
    "core.quotepath=off",
    "log.showSignature=false",
    "log.showRoot=true",
    "color.ui=never",
    "diff.renames=true",
)


def gitpython() -> ModuleType:
    """The GitPython package; GitError when it cannot run (it refuses to import without git)."""
    try:
        import git
    except ImportError as exc:
        raise GitError(f"cannot run git ({exc}); install Git and make sure it is on PATH") from exc
    return git


def command(cwd: Path | None) -> git.Git:
    """A GitPython command runner in ``cwd`` with ``SETTINGS``."""
    runner: git.Git = gitpython().Git(cwd)
    runner.set_persistent_git_options(c=list(SETTINGS))
    return runner


def user_locale() -> Mapping[str, str]:
    """The user's locale, for commands that run the user's own hooks: GitPython runs git in
    the C locale, which its hooks should not inherit ("" is the same as unset)."""
    return {name: os.environ.get(name, "") for name in ("LANGUAGE", "LC_ALL")}


def not_found() -> GitError:
    return GitError("git is not installed or not on PATH; install Git and try again")


def stderr_of(exc: Exception) -> str:
    """Git's standard error as GitPython keeps it in an exception, unquoted."""
    stderr = str(getattr(exc, "stderr", "") or "").strip()
    if stderr.startswith("stderr: '"):  # how GitPython quotes it
        stderr = stderr.removeprefix("stderr: '").removesuffix("'")
    return stderr


def message(exc: Exception, args: Iterable[str]) -> str:
    """Git's own words for what went wrong (from its 'fatal:' line on), after our command."""
    lines = [line.strip() for line in stderr_of(exc).splitlines() if line.strip()]
    start = next((n for n, line in enumerate(lines) if line.startswith(("fatal:", "error:"))), 0)
    said = " ".join(lines[start:]) if lines else str(exc)
    return f"git {' '.join(args)} failed: {said}"


def last_line(*texts: str | bytes | None) -> str | None:
    """The last line of the first non-empty text (what a failing git says last)."""
    for text in texts:
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        lines = (text or "").strip().splitlines()
        if lines:
            return lines[-1].strip()
    return None
