"""goals check: schemas and rules over statement files."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import click

from goals_as_code.check import formats as reporters
from goals_as_code.check.checker import check
from goals_as_code.cli.click_words import PathType
from goals_as_code.cli.options import project_options, rule_options
from goals_as_code.i18n.messages import N_, say
from goals_as_code.source import config as config_module
from goals_as_code.source.config import Config

HELP = """Check statement files against the schemas and the rules.

With no PATHS, checks every statement under the goals folder (default 'goals/'). With PATHS
(files or folders, as pre-commit passes them), checks those; files outside the goals folder are
skipped. Links and ids are always checked against the whole tree.

Exit status: 0 no errors, 1 problems at error level (or warnings with --strict), 2 usage or
setup error.

\b
Examples:
  goals check
  goals check goals/support/faster-replies.md
  goals check --format json | jq '.problems[].code'
  goals check --format sarif > goals.sarif
  goals check --lang sv --strict
  goals check --select T,M --ignore T004
  goals check --today 2017-07-01
  goals check --at-commit goals/support/faster-replies.md   # as the hooks do

At commit time (--at-commit, which the plain hook passes, or PRE_COMMIT=1, which pre-commit
sets) the severities of 'commit-severity' apply over 'severity': by default a stale acceptance
(A005) is a warning there, so an owner can commit a proposed change to an accepted goal, and an
error in CI and in 'goals review', where the manager accepts it again.

Rules: 'goals rules' lists them, 'goals explain CODE' shows one with examples. A file can switch
a rule off for itself in its front matter: 'suppress: {missing-deadline: "the reason"}'.
"""


@click.command(help=HELP, short_help="Check statement files against the schemas and rules.")
@click.argument("paths", nargs=-1, type=PathType(path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(reporters.FORMATS.names),
    default=None,
    help="Output format. Default: text, or github when GITHUB_ACTIONS is set.",
)
@click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too.")
@click.option("--lang", type=click.Choice(config_module.LANGUAGES), help="Language of messages.")
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    metavar="YYYY-MM-DD",
    help="Check as of this day, e.g. for deadline-passed. Default: today, or GOALS_TODAY.",
)
@click.option(
    "--at-commit",
    is_flag=True,
    help="Check a commit being made: 'commit-severity' applies (set by the hooks, and when "
    "PRE_COMMIT=1).",
)
@project_options
@rule_options
def command(
    paths: tuple[Path, ...],
    output_format: str | None,
    strict: bool,
    lang: str | None,
    config: Config,
    today: datetime.datetime | None,
    at_commit: bool,
) -> int:
    if at_commit or os.environ.get("PRE_COMMIT") == "1":  # pre-commit sets it for its hooks
        severity = {**config.severity, **config.commit_severity}
        config = config_module.replace(config, severity=severity)
    if output_format is None:
        output_format = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    result = check(
        config, list(paths) if paths else None, lang=lang, today=today.date() if today else None
    )
    click.echo(reporters.FORMATS[output_format](result, lang or config.language), nl=False)
    if result.skipped and output_format == "text" and not result.files:
        skipped = N_("({n} given file(s) are not statements: not under '{folder}/' or excluded)")
        said = say(lang or config.language, skipped, n=result.skipped, folder=config.goals_dir)
        click.echo(said, err=True)
    failing = result.errors + (result.warnings if strict else 0)
    return 1 if failing else 0
