"""goals review: what a range of commits changes in goals, for a pull-request comment."""

from __future__ import annotations

import click

from goals_as_code.cli.options import project_options, rule_options
from goals_as_code.review import compare as review
from goals_as_code.review import formats as review_formats
from goals_as_code.source import config as config_module
from goals_as_code.source.config import Config

HELP = """Tell what a branch changes in goals, goal by goal.

RANGE is BASE..HEAD (the two commits as they are), BASE...HEAD (from their merge base, as a pull
request shows it) or BASE (to HEAD). For each statement: added, removed, renamed or modified;
the fields with old and new values; progress checked in; goalposts moved (target, baseline,
direction, deadline) and whether the ambition went down; an acceptance made stale, or recorded
by someone other than the manager; and the problems 'goals check' finds at HEAD that BASE did
not have.

What changed is told by the change rules ('goals rules C'); they and the check rules are
selected, ignored and re-levelled by the configuration of BASE (not HEAD: a branch is judged by
the rules it would change) and --select/--ignore, and a goal switches one off in its front
matter ('suppress: {goalpost-moved: "the reason"}'), except the acceptance rules. A change of
the configuration's gate settings or of the allowed-signers file (C011), and of a goal's
manager (C010), is an error.

Exit status: 0 nothing at error level, 1 a new problem or a flag at error level (CI can gate a
merge on it), 2 usage or setup error (unknown revision, or a shallow clone that does not reach
the base: fetch deeper, e.g. 'fetch-depth: 0').

\b
Examples:
  goals review main..feature
  goals review origin/main...HEAD --format markdown > review.md
  goals review main..feature --lang sv
  goals review main...feature --ignore C001
  goals review "$BASE_SHA...$HEAD_SHA" --format json | jq '.changes[].id'
"""


@click.command(help=HELP, short_help="Tell what a branch changes in goals.")
@click.argument("range_", metavar="RANGE")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(review_formats.FORMATS.names),
    default="text",
    show_default=True,
    help="text for a terminal, markdown for a pull-request comment, json for tools.",
)
@click.option(
    "--lang",
    type=click.Choice(config_module.LANGUAGES),
    help="Language of the flags, summary and headings (default: 'language' in the config); "
    "JSON keys and rule codes stay English.",
)
@project_options
@rule_options
def command(
    range_: str,
    output_format: str,
    lang: str | None,
    config: Config,
) -> int:
    found = review.compare(config, range_, lang=lang)
    click.echo(review_formats.FORMATS[output_format](found), nl=False)
    return 1 if found.errors else 0
