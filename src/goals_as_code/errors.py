"""One base error for everything that stops the tool before it can report problems (exit code 2)."""

from __future__ import annotations


class GoalsError(Exception):
    """A usage or setup error: bad configuration, a missing file, not a Git repository, ...

    The message is shown to the user as it is, so it says what is wrong and how to fix it.
    """

    exit_code = 2


class ConfigError(GoalsError):
    """The configuration cannot be read or is not valid."""


class GitError(GoalsError):
    """Git is missing, or the path is not a repository, or a revision does not exist."""
