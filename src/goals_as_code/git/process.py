"""How Git is run: directly, one process per command (or one stream), as GitPython would
start it; GitPython itself, imported when first needed, for tags; Git's failures in one line."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import IO, NamedTuple

from goals_as_code.errors import GitError

# User configuration must not change what git prints.
SETTINGS = (
    "core.quotepath=off",
    "log.showSignature=false",
    "log.showRoot=true",
    "color.ui=never",
    "diff.renames=true",
    "log.follow=false",  # set, the log of one file would follow its renames, and skip commits
)


class Done(NamedTuple):
    """What a finished git command left: its exit status and what it printed."""

    code: int
    out: bytes
    err: bytes


def executable() -> str:
    """The git program: ``GIT_PYTHON_GIT_EXECUTABLE`` when set (as GitPython reads it), else the
    ``git`` on PATH."""
    return os.environ.get("GIT_PYTHON_GIT_EXECUTABLE") or "git"


def _line(args: Sequence[str], settings: bool) -> list[str]:
    line = [executable()]
    if settings:
        for setting in SETTINGS:
            line += ["-c", setting]
    return [*line, *args]


def _environment(env: Mapping[str, str] | None) -> dict[str, str]:
    return {**os.environ, "LANGUAGE": "C", "LC_ALL": "C", **(env or {})}


GIVEN = 16384  # bytes of input a pipe holds on every system (macOS: 16 KiB)


def start(
    cwd: Path, args: Sequence[str], *, stdin: bool = False, given: bytes | None = None
) -> subprocess.Popen[bytes]:
    """``git ARGS`` started in ``cwd`` with ``SETTINGS``, in the C locale, its output piped (and
    its input, when ``stdin``), for a caller that streams it; GitError when git cannot be
    started. ``given``: all its input, written at once: at most :data:`GIVEN` bytes, which a
    pipe holds before anyone reads it."""
    source: int | None = subprocess.PIPE if stdin else subprocess.DEVNULL
    if given is not None:
        if len(given) > GIVEN:
            raise ValueError("more input than a pipe holds")
        source, writer = os.pipe()
        with open(writer, "wb") as pipe:
            pipe.write(given)
    try:
        return subprocess.Popen(
            _line(args, True),
            cwd=cwd,
            env=_environment(None),
            stdin=source,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
    except (FileNotFoundError, NotADirectoryError, PermissionError) as exc:
        raise _not_started(cwd) from exc
    finally:
        if given is not None:
            assert source is not None
            os.close(source)


def answer(stdout: IO[bytes]) -> tuple[bytes, bytes, bytes | None] | None:
    """The next answer of ``git cat-file --batch``: the name asked (the object's id when it is
    found), the object's type (or "missing", "ambiguous") and its content (None when there is
    none); None at the end."""
    header = stdout.readline()
    if not header:
        return None
    parts = header.split()
    if len(parts) != 3:  # "<name> missing", "<name> ambiguous"
        return (parts[0] if parts else b""), (parts[1] if len(parts) > 1 else b""), None
    data = stdout.read(int(parts[2]))
    stdout.read(1)  # the newline after each object
    return parts[0], parts[1], data


def execute(
    cwd: Path | None,
    args: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    settings: bool = True,
) -> Done:
    """Run ``git ARGS`` in ``cwd`` (None: the current directory) and wait for it, as GitPython
    runs a command: no input, in the C locale (``env`` added after), with ``SETTINGS`` unless
    ``settings`` is False. GitError when git cannot be started."""
    try:
        done = subprocess.run(
            _line(args, settings),
            cwd=cwd,
            env=_environment(env),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            check=False,
        )
    except (FileNotFoundError, NotADirectoryError, PermissionError) as exc:
        raise _not_started(cwd) from exc
    return Done(done.returncode, done.stdout, done.stderr)


def _not_started(cwd: Path | None) -> GitError:
    """Why git could not be started: ``cwd`` is no folder, or git is not there."""
    if cwd is not None and not Path(cwd).is_dir():
        return GitError(f"cannot run git in '{cwd}': it is not a folder")
    return not_found()


def checked(
    cwd: Path | None,
    args: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    settings: bool = True,
) -> bytes:
    """What ``git ARGS`` prints, without the final newline, as GitPython gives it; GitError with
    git's own words when it fails."""
    done = execute(cwd, args, env=env, settings=settings)
    if done.code != 0:
        raise GitError(failure(done.err, args, done.code))
    return done.out.removesuffix(b"\n")


def text(data: bytes) -> str:
    """Git's output as text, as GitPython decodes it."""
    return data.decode("utf-8", "surrogateescape")


def failure(stderr: bytes, args: Iterable[str], code: int) -> str:
    """Git's own words for what went wrong (from its 'fatal:' line on), after our command."""
    lines = [line.strip() for line in text(stderr).splitlines() if line.strip()]
    start = next((n for n, line in enumerate(lines) if line.startswith(("fatal:", "error:"))), 0)
    said = " ".join(lines[start:]) if lines else f"exit status {code}"
    return f"git {' '.join(args)} failed: {said}"


def gitpython() -> ModuleType:
    """The GitPython package; GitError when it cannot run (it refuses to import without git)."""
    try:
        import git
    except ImportError as exc:
        raise GitError(f"cannot run git ({exc}); install Git and make sure it is on PATH") from exc
    return git


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
    """Git's own words for what went wrong, as GitPython keeps them in an exception."""
    return failure(stderr_of(exc).encode("utf-8"), args, getattr(exc, "status", 1))


def last_line(*texts: str | bytes | None) -> str | None:
    """The last line of the first non-empty text (what a failing git says last)."""
    for text in texts:
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        lines = (text or "").strip().splitlines()
        if lines:
            return lines[-1].strip()
    return None
