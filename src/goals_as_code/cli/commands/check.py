"""goals check: schemas and rules over statement files."""

from __future__ import annotations

import datetime
from pathlib import Path

import click

from goals_as_code.check import formats as reporters
from goals_as_code.cli import checking
from goals_as_code.cli.click_words import PathType
from goals_as_code.cli.options import project_options, rule_options
from goals_as_code.i18n.messages import N_, say
from goals_as_code.source import config as config_module
from goals_as_code.source.config import Config

HELP = """Check statement files against the schemas and the rules.

With no PATHS, checks every statement under the goals folder (default 'goals/'). With PATHS
(files or folders, as pre-commit passes them), checks those; files outside the goals folder are
skipped, and a run given paths that checks none of them is an error, except at commit time,
when a hook passes other Markdown files too. Links and ids are always checked against the
whole tree.

Exit status: 0 no errors, 1 problems at error level (or warnings with --strict), 2 usage or
setup error (a goals folder that does not exist, a configuration that cannot be read, ...).
With --exit-zero, 0 whenever the check ran.

Formats: text (coloured on a terminal unless NO_COLOR is set; FORCE_COLOR colours it
elsewhere), json, github (workflow annotations), sarif (code scanning), gitlab (GitLab Code
Quality) and junit (JUnit XML, as CI servers show test results).

\b
Examples:
  goals check
  goals check goals/support/faster-replies.md
  goals check --format json | jq '.problems[].code'
  goals check --format sarif > goals.sarif
  goals check --output-format gitlab --output-file gl-code-quality-report.json
  goals check --statistics --exit-zero
  goals check --lang sv --strict
  goals check --select T,M --ignore T004
  goals check --extend-select C --quiet
  goals check --today 2017-07-01
  goals check --at-commit goals/support/faster-replies.md   # as the hooks do
  goals check --staged --at-commit goals/support/faster-replies.md   # the plain Git hook

At commit time (--at-commit, which the plain hook passes, or PRE_COMMIT=1, which pre-commit
sets) the severities of 'commit-severity' apply over 'severity': by default a stale acceptance
(A005) is a warning there, so an owner can commit a proposed change to an accepted goal, and an
error in CI and in 'goals review', where the manager accepts it again.

--staged checks the files as Git's index holds them (what the next commit records, not what
the working tree holds), against the other statements as staged: files not staged do not
count. With no PATHS it checks every staged statement.

Cache: in a Git repository, what reading a file and the rules about that file alone found is
kept in the Git folder ('.git/goals-as-code/'), by the file's content, the tool's version and
the configuration, so that the next run reads only the files that changed; what the rules that
look at other files or at today's date find is kept for the same files on the same day, and what
those that read the history find by HEAD and day. --no-cache (or
GOALS_NO_CACHE=1) neither reads nor writes it. Many new files (400 or more) are read on every
core; GOALS_JOBS=N uses at most N processes. On a terminal a run over a second shows a bar.

Rules: 'goals rules' lists them, 'goals explain CODE' shows one with examples. A file can switch
a rule off for itself in its front matter: 'suppress: {missing-deadline: "the reason"}'.
"""


@click.command(help=HELP, short_help="Check statement files against the schemas and rules.")
@click.argument("paths", nargs=-1, type=PathType(path_type=Path))
@click.option(
    "--format",
    "--output-format",
    "output_format",
    type=click.Choice(reporters.FORMATS.names),
    default=None,
    help="Output format. Default: text, or github when GITHUB_ACTIONS is set.",
)
@click.option(
    "--output-file",
    "-o",
    type=PathType(path_type=Path, dir_okay=False),
    help="Write the output to this file instead of the standard output.",
)
@click.option(
    "--statistics",
    is_flag=True,
    help="Count the problems per rule, one line each: count, code, name (text or json).",
)
@click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too.")
@click.option(
    "--exit-zero", is_flag=True, help="Exit 0 even when problems are found (2 stays for setup)."
)
@click.option("-q", "--quiet", is_flag=True, help="Print the problems only: no summary, no notes.")
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
@click.option(
    "--staged",
    is_flag=True,
    help="Check the files as they are staged (what the next commit records), against the "
    "statements staged (the plain Git hook passes it).",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Read every file and run every rule anew, and keep nothing (also GOALS_NO_CACHE=1).",
)
@project_options
@rule_options
def command(
    paths: tuple[Path, ...],
    output_format: str | None,
    output_file: Path | None,
    statistics: bool,
    strict: bool,
    exit_zero: bool,
    quiet: bool,
    lang: str | None,
    config: Config,
    today: datetime.datetime | None,
    at_commit: bool,
    staged: bool,
    no_cache: bool,
) -> int:
    output_format = checking.chosen_format(output_format)
    if statistics and output_format not in reporters.STATISTICS:
        said = say(
            lang or config.language,
            N_("--statistics prints one of {formats}, not {name}"),
            formats=", ".join(reporters.STATISTICS),
            name=output_format,
        )
        raise click.UsageError(said)
    return checking.run(
        paths,
        config=config,
        output_format=output_format,
        output_file=output_file,
        statistics=statistics,
        strict=strict,
        exit_zero=exit_zero,
        quiet=quiet,
        lang=lang,
        today=today.date() if today else None,
        at_commit=at_commit,
        staged=staged,
        no_cache=no_cache,
    )
