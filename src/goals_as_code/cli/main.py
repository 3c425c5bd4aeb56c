"""The ``goals`` command line (also ``git goals``). Commands load lazily to keep start-up fast."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

import click

from goals_as_code import __version__
from goals_as_code.cli.click_words import speaking
from goals_as_code.cli.guard import guarded, language, prog_name
from goals_as_code.i18n.messages import say

# name -> (module holding a click command called ``command``, one line for ``goals --help``)
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": (
        "goals_as_code.cli.commands.demo",
        "Build a demo repository with history and run on it.",
    ),
    "init": (
        "goals_as_code.cli.commands.init",
        "Set up a repository: config, examples, pre-commit entry.",
    ),
    "new": ("goals_as_code.cli.commands.new", "Write a new goal, kpi, activity or behaviour file."),
    "check": (
        "goals_as_code.cli.commands.check",
        "Check statement files against the schemas and rules.",
    ),
    "classify": (
        "goals_as_code.cli.commands.classify",
        "Tell whether a statement reads as a goal, activity, behaviour or KPI.",
    ),
    "rules": ("goals_as_code.cli.commands.rules", "List the rules: code, name, severity, summary."),
    "explain": ("goals_as_code.cli.commands.explain", "Explain one rule, with examples."),
    "report": (
        "goals_as_code.cli.commands.report",
        "Report progress, pace and status of every goal, from Git history.",
    ),
    "history": (
        "goals_as_code.cli.commands.history",
        "Show one goal's timeline: check-ins and moved goalposts, from Git.",
    ),
    "render": (
        "goals_as_code.cli.commands.render",
        "Render statement files as HTML pages with their cards.",
    ),
    "checkin": (
        "goals_as_code.cli.commands.checkin",
        "Check in a goal's or a KPI's value, date and confidence.",
    ),
    "conversation": (
        "goals_as_code.cli.commands.conversation",
        "One person's page for the goal conversation, since the last talk.",
    ),
    "accept": (
        "goals_as_code.cli.commands.accept",
        "Record the manager's acceptance of a goal, bound to its content.",
    ),
    "agree": (
        "goals_as_code.cli.commands.agree",
        "Record the owner's agreement to a goal, bound to the same content.",
    ),
    "review": (
        "goals_as_code.cli.commands.review",
        "Tell what a branch changes in goals, for a pull-request comment.",
    ),
    "install-hook": (
        "goals_as_code.cli.commands.install_hook",
        "Install the plain Git pre-commit hook (without the pre-commit framework).",
    ),
    "schema": ("goals_as_code.cli.commands.schema", "Print or export the JSON Schemas."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        command = importlib.import_module(entry[0]).command
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, help_line) for name, (_, help_line) in COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="Run 'goals COMMAND --help' for a command's options and examples. "
    "Start with 'goals demo' to see it all on a sample repository.",
)
@click.version_option(__version__, "-V", "--version", prog_name="goals-as-code")
def cli() -> None:
    """Keep goals, KPIs, activities and behaviours as Markdown files in Git.

    Checks that each goal is a real, SMART goal (not an activity in disguise), and reports
    progress from the Git history.
    """


def _load(args: Sequence[str]) -> None:
    """Import the command ``args`` name before click speaks another language: click words a
    path option's metavar ('FILE') when the option is made, at import, and a command imported
    while it speaks Swedish would show 'FILEN' in its help for the rest of the process."""
    name = next((arg for arg in args if not arg.startswith("-")), None)
    entry = COMMANDS.get(name or "")
    if entry is not None:
        importlib.import_module(entry[0])


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (``sys.argv`` without ``argv``); returns the exit code (0 clean, 1
    problems, 2 usage or setup). A hook's ``goals check`` is read without click
    (``cli/checking.py``), the rest by click; as :func:`goals_as_code.cli.line`, which the
    ``goals`` program runs without importing this module for a hook."""
    args = list(sys.argv[1:] if argv is None else argv)
    from goals_as_code.cli import checking

    quick = checking.quick(args)
    return quick if quick is not None else by_click(args)


def by_click(args: list[str]) -> int:
    """The command line read by click (any command, any option), guarded."""
    return guarded(args, lambda: _click(args))


def _click(args: list[str]) -> int:
    """The command line read by click; the errors of click's own are said here, the others
    by :func:`guard.guarded`."""
    try:
        _load(args)
        with speaking(language(args), args):
            try:
                result = cli.main(
                    args=args,
                    prog_name=prog_name(),
                    standalone_mode=False,
                    complete_var="_GOALS_COMPLETE",  # 'git goals' completes as 'goals' does
                )
            except click.ClickException as exc:
                exc.show()
                return 2
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo(say(language(args), "Aborted!"), err=True)
        return 130
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    raise SystemExit(main())
