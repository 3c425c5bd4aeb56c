"""goals explain: one rule, with what it does, why, and examples of good and bad files."""

from __future__ import annotations

import sys

import click

from goals_as_code.check import catalogue, rules
from goals_as_code.errors import GoalsError
from goals_as_code.source.text import did_you_mean

HELP = """Explain one rule: what it reports, why it matters, a file that breaks it and the
same file fixed.

RULE is a code (T001) or a name (missing-deadline). On a terminal the Markdown is rendered;
in a pipe it is printed as it is.

\b
Examples:
  goals explain T001
  goals explain goal-reads-as-activity
  goals explain G001 | less
"""


@click.command(help=HELP, short_help="Explain one rule, with examples.")
@click.argument("rule_name", metavar="RULE")
def command(rule_name: str) -> int:
    rule = rules.lookup(rule_name)
    if rule is None:
        close = did_you_mean(rule_name, [*rules.BY_NAME, *rules.BY_CODE])
        hint = f"; did you mean '{close[0]}'?" if close else "; see 'goals rules' for the list"
        raise GoalsError(f"no rule '{rule_name}'{hint}")
    page = catalogue.explain(rule)
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.markdown import Markdown

        Console().print(Markdown(page))
    else:
        click.echo(page, nl=False)
    return 0
