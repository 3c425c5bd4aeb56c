"""goals install-hook: install the plain Git pre-commit hook, for teams without pre-commit."""

from __future__ import annotations

import os
from pathlib import Path

import click

from goals_as_code.cli.options import configured_language
from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import say
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
    lang = configured_language()
    source = resources.folder("hooks") / HOOK
    wanted = source.read_bytes()
    target = hooks_folder(Path.cwd()) / HOOK
    if target.is_file() and target.read_bytes() == wanted:
        _make_executable(target)
        click.echo(say(lang, "The goals-as-code hook is already installed: {path}", path=target))
        return 0
    backup: Path | None = None
    if target.exists() or target.is_symlink():
        if not force:
            raise GoalsError(
                say(
                    lang,
                    "{path} already exists and is not the goals-as-code hook; run 'goals "
                    "install-hook --force' to replace it (the old hook is kept as {backup}), or "
                    "call 'goals check' from your own hook",
                    path=target,
                    backup=f"{HOOK}.bak",
                )
            )
        backup = _free_name(target.with_name(f"{HOOK}.bak"))
        target.rename(backup)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(wanted)
    _make_executable(target)
    click.echo(say(lang, "Installed the goals-as-code pre-commit hook: {path}", path=target))
    if backup is not None:
        click.echo(say(lang, "The previous hook is kept as {path}", path=backup))
    return 0


def hooks_folder(start: Path) -> Path:
    """The folder Git runs hooks from for the repository at ``start`` (honours core.hooksPath)."""
    from goals_as_code.git import hooks_dir

    return hooks_dir(start)


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
