"""goals report: progress, pace and status of every goal, with roll-ups, from Git history."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from goals_as_code.cli.click_words import said
from goals_as_code.cli.options import output_options, project_options
from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import N_, tr
from goals_as_code.report import formats
from goals_as_code.source import progress as calc
from goals_as_code.source.config import LANGUAGES, Config

HELP = """Report where every goal stands and how it got there, straight from Git.

For each goal: baseline → current → target, progress (computed, never typed), pace against the
time elapsed between start and deadline, status (on-track, at-risk, behind, achieved, missed,
overdue, not-started, dropped, unknown), the last check-in and the number of check-ins (commits
that changed the current value). Then the roll-ups: by owner, by team, up the alignment tree
(weighted, each child capped at 100 %), the open statements per person, and every KPI's trend.

The report reads what is committed, not the working tree. --at rebuilds the picture as it was at
a revision or date, with pace computed as of that date. See docs/report.md for the formulas.

--compare REV|DATE shows the team then and now side by side (progress and status), with the
goalposts moved between. --stale lists, per owner, the goals and KPIs due for a check-in: a
digest for a scheduled CI job (text, markdown or json).

Exit status: 0 reported (also for an empty repository), 2 not a repository, bad revision or
option.

\b
Examples:
  goals report
  goals report --owner anna@example.com --status behind --status at-risk
  goals report --period 2017-Q2 --format markdown >> summary.md
  goals report --at v2017-q1-agreed --format json | jq '.goals[] | {id, progress}'
  goals report --format html -o report.html
  goals report --format csv --team support > goals.csv
  goals report --compare 2017-01-01 --format markdown
  goals report --stale --format markdown >> "$GITHUB_STEP_SUMMARY"
"""


@click.command(help=HELP, short_help="Report progress, pace and status of every goal.")
@output_options(formats.FORMATS.names)
@click.option(
    "--at",
    "at",
    metavar="REV|DATE",
    help="Show the picture as it was at this revision or date (YYYY-MM-DD).",
)
@click.option(
    "--since",
    metavar="DATE|REV",
    help="Read history only after this date (YYYY-MM-DD) or revision.",
)
@click.option(
    "--as-of",
    "as_of",
    metavar="DATE",
    help="Compute pace and staleness as of this date (default: today or GOALS_TODAY, or --at).",
)
@click.option(
    "--owner", multiple=True, metavar="EMAIL", help="Only goals of this owner (repeatable)."
)
@click.option("--team", multiple=True, metavar="NAME", help="Only goals of this team (repeatable).")
@click.option(
    "--status",
    multiple=True,
    type=click.Choice(calc.STATUSES),
    help="Only goals with this status (repeatable).",
)
@click.option("--parent", metavar="ID", help="Only goals aligned under this goal id, at any depth.")
@click.option(
    "--period",
    metavar="PERIOD",
    help="Only goals whose start-to-deadline span overlaps: 2017, 2017-Q2, 2017-H1, "
    "2017-05, or FROM..TO.",
)
@click.option(
    "--compare",
    metavar="REV|DATE",
    help="Show the goals then (at this revision or date) and now side by side, with the "
    "goalposts moved between.",
)
@click.option(
    "--stale",
    is_flag=True,
    help="List, per owner, the goals and KPIs due for a check-in (text, markdown or json).",
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    help="Language of headings and status names (default: 'language' in the config); JSON and "
    "CSV keep English identifiers.",
)
@project_options
def command(
    output_format: str,
    output: Path | None,
    at: str | None,
    since: str | None,
    as_of: str | None,
    owner: tuple[str, ...],
    team: tuple[str, ...],
    status: tuple[str, ...],
    parent: str | None,
    period: str | None,
    compare: str | None,
    stale: bool,
    lang: str | None,
    config: Config,
) -> int:
    from goals_as_code.report import digest
    from goals_as_code.report import model as report

    if period is not None:
        report.period(period)  # a bad period fails before Git is read
    if stale and compare is not None:
        raise click.UsageError(said(N_("--stale and --compare cannot be used together")))
    if stale and output_format not in ("text", "markdown", "json"):
        raise click.UsageError(said(N_("--stale writes text, markdown or json")))
    if compare is not None and output_format == "csv":
        raise click.UsageError(said(N_("--compare writes text, markdown, html or json")))
    filters = report.Filters(owner, team, status, parent, period)
    language = lang or config.language
    to_terminal = output is None and sys.stdout.isatty()
    color = to_terminal and not os.environ.get("NO_COLOR")
    width = 132  # the text's: COLUMNS when set, else the terminal's, else 132 (as shutil asks)
    if output_format == "text":
        import shutil  # (with the archive modules it brings: only for text)

        width = shutil.get_terminal_size((132, 24)).columns
    if compare is not None:
        found = digest.compare(config, compare, at=at, as_of=as_of)
        if output_format == "json":
            rendered = digest.compare_json(found, filters)
        else:
            rendered = digest.compare_page(found, filters, language, output_format)
    else:
        built = report.build(
            config,
            at=at,
            since=since,
            as_of=as_of,
            show_progress=sys.stderr.isatty(),
            lang=language,
        )
        goals = report.select(built.goals, filters)
        if stale and output_format == "json":
            rendered = digest.stale_json(built, goals)
        elif stale:
            rendered = digest.stale_text(
                built, goals, language, markdown=output_format == "markdown"
            )
        else:
            rendered = formats.render(
                built, output_format, filters, color=color, width=width, lang=language
            )
    if output is not None:
        try:
            output.write_text(rendered, encoding="utf-8")
        except OSError as exc:
            text = tr(language, "cannot write {path}: {error}", path=output, error=exc.strerror)
            raise GoalsError(text) from None
        click.echo(tr(language, "Wrote the report to {path}.", path=output), err=True)
    else:
        click.echo(rendered, nl=False)
    return 0
