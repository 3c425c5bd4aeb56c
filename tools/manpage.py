"""The manual pages ``goals(1)`` and ``git-goals(1)``, generated from the commands' own help.

``git goals --help`` makes Git open the manual page of ``git-goals``, so one is installed with
the package (``share/man/man1``). Regenerate with ``python -m tools.manpage --write man``;
a test fails when the files in ``man/`` are stale.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import click

from goals_as_code import __version__

PAGES = {"goals.1": "goals", "git-goals.1": "git goals"}


def _escape(text: str) -> str:
    lines = []
    for line in text.replace("\\", "\\e").splitlines():
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line.replace("-", "\\-"))
    return "\n".join(lines)


def _help_text(group: click.Group, command: click.Command, prog: str, name: str) -> str:
    parent = click.Context(group, info_name=prog, **group.context_settings)
    context = click.Context(
        command, parent=parent, info_name=name, max_content_width=78, terminal_width=78
    )
    return command.get_help(context)


def _paragraphs(text: str) -> list[str]:
    """A docstring as man paragraphs: its indentation removed, each paragraph one filled line."""
    import inspect

    out: list[str] = []
    for paragraph in inspect.cleandoc(text).split("\n\n"):
        if out:
            out.append(".PP")
        out.append(_escape(" ".join(paragraph.split())))
    return out


def render(prog: str) -> str:
    """The manual page for the command line invoked as ``prog``."""
    from goals_as_code.cli.main import COMMANDS, cli

    title = prog.replace(" ", "-").upper()
    out = [
        f'.TH {title} 1 "" "goals-as-code {__version__}" "goals-as-code manual"',
        ".nh",  # no word broken at the end of a line
        ".ad l",  # nor spread out to the right margin
        ".SH NAME",
        f"{prog.replace(' ', '-')} \\- keep performance goals as Markdown files in Git",
        ".SH SYNOPSIS",
        f".B {prog}\n.I COMMAND\n[\\fIOPTIONS\\fR] [\\fIARGS\\fR]",
        ".SH DESCRIPTION",
        *_paragraphs(cli.help or ""),
        ".SH COMMANDS",
    ]
    for name, (_, line) in COMMANDS.items():
        out += [".TP", f".B {name}", _escape(line)]
    for name in COMMANDS:
        command = cli.get_command(click.Context(cli), name)
        assert command is not None
        out += [
            f'.SH "{prog.upper()} {name.upper()}"',
            ".nf",
            _escape(_help_text(cli, command, prog, name)),
            ".fi",
        ]
    out += [
        ".SH EXIT STATUS",
        "0: no problems at error level; 1: problems found; 2: usage or setup error.",
        ".SH SEE ALSO",
        "The documentation in the project's docs/ folder, and \\fBgoals COMMAND \\-\\-help\\fR.",
    ]
    return "\n".join(out) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2 or args[0] != "--write":
        print("usage: python -m tools.manpage --write FOLDER", file=sys.stderr)
        return 2
    folder = Path(args[1])
    folder.mkdir(parents=True, exist_ok=True)
    for filename, prog in PAGES.items():
        (folder / filename).write_text(render(prog), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
