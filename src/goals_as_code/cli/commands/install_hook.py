"""goals install-hook: install the plain Git pre-commit hook, for teams without pre-commit."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import click

from goals_as_code.errors import GitError, GoalsError
from goals_as_code.source import resources

HOOK = "pre-commit"

HELP = """Install the plain Git pre-commit hook into this repository.

The hook checks the staged statement files with 'goals check' before each commit and refuses
the commit when there are errors. It checks what is staged, not the working tree. Use it when
the team does not use the pre-commit framework (with pre-commit, add the 'check-goals' hook
to .pre-commit-config.yaml instead; see 'goals init').

The hook goes where Git looks for hooks: core.hooksPath if set, else .git/hooks. An existing,
different pre-commit hook is left alone unless --force is given; then it is kept as
pre-commit.bak next to the new one.

\b
Examples:
  goals install-hook
  goals install-hook --force
"""


@click.command(help=HELP, short_help="Install the plain Git pre-commit hook.")
@click.option("--force", is_flag=True, help="Replace an existing hook (kept as pre-commit.bak).")
def command(force: bool) -> int:
    source = resources.folder("hooks") / HOOK
    wanted = source.read_bytes()
    target = hooks_folder(Path.cwd()) / HOOK
    if target.is_file() and target.read_bytes() == wanted:
        _make_executable(target)
        click.echo(f"The goals-as-code hook is already installed: {target}")
        return 0
    backup: Path | None = None
    if target.exists() or target.is_symlink():
        if not force:
            raise GoalsError(
                f"{target} already exists and is not the goals-as-code hook; "
                "run 'goals install-hook --force' to replace it (the old hook is kept as "
                f"{HOOK}.bak), or call 'goals check' from your own hook"
            )
        backup = _free_name(target.with_name(f"{HOOK}.bak"))
        target.rename(backup)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(wanted)
    _make_executable(target)
    click.echo(f"Installed the goals-as-code pre-commit hook: {target}")
    if backup is not None:
        click.echo(f"The previous hook is kept as {backup}")
    return 0


def hooks_folder(start: Path) -> Path:
    """The folder Git runs hooks from for the repository at ``start`` (honours core.hooksPath)."""
    top = _git(start, "rev-parse", "--show-toplevel")
    if not top:
        raise GitError(f"{start} is in a bare repository; hooks run only where commits are made")
    root = Path(top)
    # --git-path follows core.hooksPath and linked worktrees; relative to where git runs
    return (root / _git(root, "rev-parse", "--git-path", "hooks")).resolve()


def _git(cwd: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise GitError("git is not installed or not on PATH") from None
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()
        reason = detail[-1] if detail else f"'git {' '.join(args)}' failed"
        if "not a git repository" in reason.lower():
            raise GitError(
                f"{cwd} is not in a Git repository; run 'git init' first, "
                "or run this inside the repository that holds the goals"
            )
        raise GitError(reason)
    return done.stdout.strip()


def _free_name(path: Path) -> Path:
    """``path``, or ``path.1``, ``path.2``, ... : the first that does not exist yet."""
    candidate, number = path, 0
    while candidate.exists() or candidate.is_symlink():
        number += 1
        candidate = path.with_name(f"{path.name}.{number}")
    return candidate


def _make_executable(path: Path) -> None:
    mode = path.stat().st_mode
    os.chmod(path, mode | 0o111)
