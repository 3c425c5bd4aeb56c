"""goals rules: the rule catalogue."""

from __future__ import annotations

import click

from goals_as_code.check import catalogue, rules
from goals_as_code.cli import completion
from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import Message
from goals_as_code.source import config as config_module

HELP = """List the rules: code, name, default severity and what each one reports.

Give codes, names or family letters (S M A R T G L F V C) to list only those; the C rules
compare two revisions and run in 'goals review' only. Any code or name
works in the configuration (select, ignore, severity, [rules.NAME] options) and in a file's
'suppress' map. 'goals explain CODE' prints one rule with its examples.

\b
Examples:
  goals rules
  goals rules T G
  goals rules C
  goals rules --format json | jq -r '.[].name'
  goals rules --format markdown > rules.md
"""


@click.command(help=HELP, short_help="List the rules.")
@click.argument("selectors", nargs=-1, shell_complete=completion.rule_selectors)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(catalogue.FORMATS.names),
    default="text",
    show_default=True,
    help="text for people, json for programs, markdown for documentation.",
)
@click.option(
    "--lang",
    type=click.Choice(config_module.LANGUAGES),
    help="Language of the summaries (default: the configured language).",
)
def command(selectors: tuple[str, ...], output_format: str, lang: str | None) -> int:
    lang = lang or config_module.load().language
    chosen = list(rules.RULES)
    if selectors:
        try:
            codes = {entry.rule.CODE for entry in rules.configure(selectors)}
            codes |= {entry.rule.CODE for entry in rules.configure_changes(selectors)}
        except GoalsError as exc:
            said = exc.args[0] if exc.args else ""
            problem = said.values.get("problem", said) if isinstance(said, Message) else said
            raise GoalsError(problem) from None
        chosen = [rule for rule in rules.RULES if rule.CODE in codes]
    click.echo(catalogue.FORMATS[output_format](chosen, lang), nl=False)
    return 0
