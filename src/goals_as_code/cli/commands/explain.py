"""goals explain: one rule, with what it does, why, and examples of good and bad files."""

from __future__ import annotations

import sys

import click

from goals_as_code.check import catalogue, rules
from goals_as_code.cli import completion
from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import say
from goals_as_code.source import config as config_module
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
@click.argument("rule_name", metavar="RULE", shell_complete=completion.rule_names)
@click.option(
    "--lang",
    type=click.Choice(config_module.LANGUAGES),
    help="Language of the summary and the headings (default: the configured language).",
)
def command(rule_name: str, lang: str | None) -> int:
    lang = lang or config_module.load().language
    rule = rules.lookup(rule_name)
    if rule is None:
        close = did_you_mean(rule_name, [*rules.BY_NAME, *rules.BY_CODE])
        if close:
            said = say(
                lang, "no rule '{rule}'; did you mean '{close}'?", rule=rule_name, close=close[0]
            )
        else:
            said = say(lang, "no rule '{rule}'; see 'goals rules' for the list", rule=rule_name)
        raise GoalsError(said)
    page = catalogue.explain(rule, lang)
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.markdown import Markdown

        Console().print(Markdown(page))
    else:
        click.echo(page, nl=False)
    return 0
