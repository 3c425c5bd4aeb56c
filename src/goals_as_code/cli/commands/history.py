"""goals history: one statement's timeline (check-ins and moved goalposts) from Git."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

import click

from goals_as_code.cli.options import project_options
from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import KIND, N_, plural, say, sentence, tr, word
from goals_as_code.markdown import writer
from goals_as_code.registry import Formats
from goals_as_code.source.config import LANGUAGES, Config
from goals_as_code.source.fields import show
from goals_as_code.source.text import did_you_mean

if TYPE_CHECKING:
    from goals_as_code.history import Checkin, Commit, Event, History, Timeline

HELP = """Show one goal's timeline from Git: every check-in and every moved goalpost.

A check-in is a commit that changed the goal's 'metric.current' or 'metric.as_of' (for a KPI:
'value', 'values' or 'as_of'); its author, date and commit message are the check-in. A moved
goalpost is a commit that changed a defining field: baseline, target, direction, unit, start,
deadline, parent, kpi, owner, manager, the statement, or the acceptance. The goal is followed by
its id across renamed and moved files, through merged branches (each check-in counts once), and
in shallow clones (which say how far back they can see).

Exit status: 0 shown (or no history yet), 2 unknown id, not a repository, or a bad revision.

\b
Examples:
  goals history faster-replies
  goals history faster-replies --since 2017-03-01
  goals history faster-replies --rev v1.0 --format json | jq '.checkins[].value'
  goals history faster-replies --format markdown >> report.md
"""


class Row(NamedTuple):
    """One line of the timeline: a check-in or an event, in the order they happened."""

    commit: str
    date: str
    author: str
    what: str  # "check-in" or the field name
    change: str  # the value, or "old → new"
    message: str


def rows(timeline: Timeline, lang: str = "en") -> list[Row]:
    """Check-ins and events merged into one list, oldest first (check-in before event)."""
    items: list[tuple[Commit, int, int, Row]] = []
    for index, checkin in enumerate(timeline.checkins):
        items.append((checkin.commit, 0, index, _checkin_row(checkin, lang)))
    for index, event in enumerate(timeline.events):
        items.append((event.commit, 1, index, _event_row(event, lang)))
    order = {version.commit.sha: n for n, version in enumerate(timeline.versions)}
    items.sort(key=lambda item: (order.get(item[0].sha, -1), item[1], item[2]))
    return [item[3] for item in items]


def _checkin_row(checkin: Checkin, lang: str = "en") -> Row:
    parts = []
    if checkin.value is not None:
        parts.append(show(checkin.value))
    parts.extend(f"{name}: {show(value)}" for name, value in checkin.values.items())
    shown = ", ".join(parts)
    if checkin.as_of:
        shown += tr(lang, " (as of {date})", date=checkin.as_of)
    return _row(checkin.commit, tr(lang, "check-in"), shown)


def _event_row(event: Event, lang: str = "en") -> Row:
    if event.field == "path":
        if event.new is None:
            change = tr(lang, "{path} deleted", path=event.old)
        elif event.old is None:
            change = tr(lang, "{path} written again", path=event.new)
        else:
            change = f"{event.old} → {event.new}"
    else:
        change = f"{_show(event.old, lang)} → {_show(event.new, lang)}"
    return _row(event.commit, event.field, change)


def _show(value: Any, lang: str) -> str:
    return say(lang, "(none)") if value is None else show(value)


def _row(commit: Commit, what: str, change: str) -> Row:
    subject = commit.message.splitlines()[0] if commit.message else ""
    return Row(
        commit.sha[:10], commit.date.date().isoformat(), commit.author, what, change, subject
    )


def _title(timeline: Timeline, lang: str = "en") -> str:
    kind = f" ({word(KIND, timeline.kind, lang)})" if timeline.kind else ""
    where = timeline.paths[-1] if timeline.paths else ""
    return f"{timeline.id}{kind}, {where}"


def _summary(timeline: Timeline, lang: str = "en") -> str:
    checkins, events = len(timeline.checkins), len(timeline.events)
    checked = plural(lang, "{n} check-in", "{n} check-ins", checkins)
    changed = plural(
        lang, "{n} change of defining fields", "{n} changes of defining fields", events
    )
    return f"{checked}, {changed}"


COLUMNS = (N_("Date"), N_("Commit"), N_("Author"), N_("What"), N_("Change"), N_("Message"))


def text(timeline: Timeline, found: History, notes: list[str], lang: str = "en") -> None:
    lines = rows(timeline, lang)
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table(
            title=_title(timeline, lang), title_justify="left", caption=_summary(timeline, lang)
        )
        for name in COLUMNS:
            fixed = name in ("Date", "Commit", "What")
            table.add_column(tr(lang, name), no_wrap=fixed, overflow="fold", min_width=None)
        for row in lines:
            table.add_row(row.date, row.commit, row.author, row.what, row.change, row.message)
        Console().print(table)
    else:
        click.echo(_title(timeline, lang))
        for row in lines:
            click.echo(
                f"{row.date}  {row.commit}  {row.author}  {row.what}: {row.change}"
                + (f"  ({row.message})" if row.message else "")
            )
        click.echo(_summary(timeline, lang) + ".")
    for note in notes:
        click.echo(say(lang, "note: {note}", note=note), err=True)


def markdown(timeline: Timeline, found: History, notes: list[str], lang: str = "en") -> None:
    out = [f"## {writer.text(_title(timeline, lang))}", ""]
    cells = [
        [
            writer.text(row.date),
            writer.code(row.commit),
            *(writer.text(cell) for cell in (row.author, row.what, row.change, row.message)),
        ]
        for row in rows(timeline, lang)
    ]
    out += writer.table([tr(lang, name) for name in COLUMNS], cells)
    out += [_summary(timeline, lang) + "."]
    out += [f"> {writer.text(sentence(lang, note))}" for note in notes]
    click.echo("\n".join(out))


def json_(timeline: Timeline, found: History, notes: list[str], lang: str = "en") -> None:
    del lang  # JSON keys and values are the same in every language

    def who(commit: Commit) -> dict[str, Any]:
        return {
            "commit": commit.sha,
            "date": commit.date.isoformat(),
            "author": commit.author,
            "email": commit.email,
        }

    payload = {
        "id": timeline.id,
        "kind": timeline.kind,
        "paths": timeline.paths,
        "checkins": [
            {
                **who(checkin.commit),
                "value": checkin.value,
                "values": dict(checkin.values),
                "as_of": checkin.as_of,
                "message": checkin.commit.message,
            }
            for checkin in timeline.checkins
        ],
        "events": [
            {**who(event.commit), "field": event.field, "old": event.old, "new": event.new}
            for event in timeline.events
        ],
        "shallow": found.shallow,
        "boundary": who(found.boundary) if found.boundary else None,
        "notes": notes,
    }
    click.echo(json.dumps(payload, indent=2, ensure_ascii=False, default=str))


FORMATS: Formats[Callable[[Timeline, History, list[str], str], None]] = Formats(
    {"text": text, "json": json_, "markdown": markdown}
)


@click.command(help=HELP, short_help="Show one goal's timeline from Git.")
@click.argument("ident", metavar="ID")
@click.option("--rev", default="HEAD", show_default=True, help="Read history up to this revision.")
@click.option("--since", help="Only history after this date (YYYY-MM-DD) or revision.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS.names),
    default="text",
    help="Output format.",
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    help="Language of the labels in text and Markdown (default: 'language' in the config); "
    "JSON keeps English keys.",
)
@project_options
def command(
    ident: str,
    rev: str,
    since: str | None,
    output_format: str,
    lang: str | None,
    config: Config,
) -> int:
    from goals_as_code import history

    folder = config.goals_dir
    language = lang or config.language
    found = history.read(
        config.root, folder, rev=rev, since=since, progress=True, exclude=config.exclude
    )
    if found.head is None:
        why = sentence(language, found.notes[0]) if found.notes else tr(language, "no commits")
        click.echo(tr(language, "No history yet: {why}.", why=why))
        return 0
    timeline = found.timelines.get(ident)
    known = set(found.timelines)
    if timeline is None and since is not None:
        # a goal unchanged in the window is there all the same, with an empty timeline
        docs = history.snapshot(config.root, folder, found.head, exclude=config.exclude)
        known.update(doc.id for doc in docs if doc.id)
        timeline = next(
            (
                history.Timeline(ident, doc.kind, [doc.path], [], [], [])
                for doc in docs
                if doc.id == ident
            ),
            None,
        )
    if timeline is None:
        if not known:
            click.echo(
                tr(
                    language,
                    "No goal files under '{folder}/' in the history of {rev}.",
                    folder=folder,
                    rev=rev,
                )
            )
            return 0
        close = did_you_mean(ident, sorted(known), n=3, cutoff=0.5)
        hint = (
            say(language, "; did you mean {names}?", names=", ".join(map(repr, close)))
            if close
            else ""
        )
        raise GoalsError(
            say(
                language,
                "no goal with id '{id}' in the history of {rev} under '{folder}/'{hint} (the id is "
                "the 'id:' field of the file's front matter)",
                id=ident,
                rev=rev,
                folder=folder,
                hint=hint,
            )
        )
    notes = [
        note
        for note in found.notes
        if note.startswith("this is a shallow clone")
        or any(note.startswith(path + " ") for path in timeline.paths)
    ]
    FORMATS[output_format](timeline, found, notes, language)
    return 0
