"""goals history: one statement's timeline (check-ins and moved goalposts) from Git."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

import click

from goals_as_code.cli import completion
from goals_as_code.cli.options import project_options
from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import KIND, N_, plural, say, sentence, tr, word
from goals_as_code.markdown import writer
from goals_as_code.registry import Formats, to_json
from goals_as_code.source import inert
from goals_as_code.source.config import LANGUAGES, Config
from goals_as_code.source.fields import DEFINING, get, is_confidence, show
from goals_as_code.source.text import did_you_mean, word_diff

if TYPE_CHECKING:
    from goals_as_code.history import Checkin, Commit, Event, History, Timeline, Version

HELP = """Show one goal's timeline from Git: every check-in and every moved goalpost.

A check-in is a commit that changed the goal's 'metric.current' or 'metric.as_of' (for a KPI:
'value', 'values' or 'as_of'); its author, date and commit message are the check-in. A moved
goalpost is a commit that changed a defining field: baseline, target, direction, unit, start,
deadline, parent, kpi, owner, manager or the statement. A change of the owner's or the manager's
confidence, of the acceptance or the agreement, and an activity's state (todo, doing, done) are
shown too, each as what it is; the summary counts them apart. The goal is followed by its id
across renamed and moved files, through merged branches (each check-in counts once), and in
shallow clones (which say how far back they can see).

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
    what: str  # "check-in", the field name, or a sentence ("accepted by Erik Eriksson")
    change: str  # the value, or "old → new"; empty after a sentence
    message: str
    statement: tuple[str, str] | None = None  # a changed statement: the old and the new text


# a removed acceptance or agreement, and one recorded: first, or again after defining fields moved
SAID = {
    "accepted": (
        N_("acceptance removed"),
        N_("accepted by {name}"),
        N_("accepted again by {name}"),
        N_("accepted again by {name} after {changes}"),
    ),
    "agreed": (
        N_("agreement removed"),
        N_("agreed to by {name}"),
        N_("agreed to again by {name}"),
        N_("agreed to again by {name} after {changes}"),
    ),
}


def rows(
    timeline: Timeline, lang: str = "en", found: History | None = None, created: bool = True
) -> list[Row]:
    """The creation (when ``created``: the history reaches back to it), check-ins and events
    merged into one list, oldest first (the creation, then a check-in, then an event)."""
    order = {version.commit.sha: n for n, version in enumerate(timeline.versions)}
    names = _names(found) if found is not None else {}
    items: list[tuple[Commit, int, int, Row]] = []
    if created and timeline.versions:
        first = timeline.versions[0]
        items.append((first.commit, -1, 0, _created_row(first, lang)))
    for index, checkin in enumerate(timeline.checkins):
        items.append((checkin.commit, 0, index, _checkin_row(checkin, lang)))
    for index, event in enumerate(timeline.events):
        row = _event_row(event, lang, timeline, order, names)
        items.append((event.commit, 1, index, row))
    items.sort(key=lambda item: (order.get(item[0].sha, -1), item[1], item[2]))
    return [item[3] for item in items]


def _names(found: History) -> dict[str, str]:
    """The name each e-mail address commits under, to tell acceptances by name."""
    return {
        version.commit.email.lower(): version.commit.author
        for timeline in found.timelines.values()
        for version in timeline.versions
        if version.commit.email
    }


def _created_row(version: Version, lang: str) -> Row:
    data = version.data or {}
    baseline, target = get(data, "metric.baseline"), get(data, "metric.target")
    unit, deadline = get(data, "metric.unit"), get(data, "deadline")
    levels = ""
    if target is not None:
        levels = " → ".join(show(value) for value in (baseline, target) if value is not None)
        levels += f" {unit}" if unit else ""
        if deadline is not None:
            levels = tr(lang, "{levels} by {deadline}", levels=levels, deadline=show(deadline))
    return _row(version.commit, tr(lang, "created"), levels)


def _checkin_row(checkin: Checkin, lang: str = "en") -> Row:
    parts = []
    if checkin.value is not None:
        parts.append(show(checkin.value))
    parts.extend(f"{name}: {show(value)}" for name, value in checkin.values.items())
    shown = ", ".join(parts)
    if checkin.as_of:
        shown += tr(lang, " (as of {date})", date=checkin.as_of)
    return _row(checkin.commit, tr(lang, "check-in"), shown)


def _event_row(
    event: Event,
    lang: str = "en",
    timeline: Timeline | None = None,
    order: Mapping[str, int] | None = None,
    names: Mapping[str, str] | None = None,
) -> Row:
    if event.field in SAID:
        return _row(event.commit, _recorded(event, lang, timeline, order or {}, names or {}), "")
    if event.field == "path":
        if event.new is None:
            change = tr(lang, "{path} deleted", path=event.old)
        elif event.old is None:
            change = tr(lang, "{path} written again", path=event.new)
        else:
            change = f"{event.old} → {event.new}"
    elif event.field == "statement" and isinstance(event.old, str) and isinstance(event.new, str):
        row = _row(event.commit, event.field, word_diff(event.old, event.new))
        return row._replace(statement=(event.old, event.new))
    else:
        change = f"{_show(event.old, lang)} → {_show(event.new, lang)}"
    what = event.field
    if is_confidence(event.field):  # a belief, not a defining field nor a check-in
        holder = event.field.split(".", 1)[1]
        what = tr(lang, CONFIDENCE_OF[holder]) if holder in CONFIDENCE_OF else event.field
    return _row(event.commit, what, change)


CONFIDENCE_OF = {"owner": N_("owner's confidence"), "manager": N_("manager's confidence")}


def _recorded(
    event: Event,
    lang: str,
    timeline: Timeline | None,
    order: Mapping[str, int],
    names: Mapping[str, str],
) -> str:
    """An acceptance or an agreement in words: who recorded it, and what moved since the one
    before it (``accepted again by Erik Eriksson after target 5 → 8``)."""
    removed, first, again, again_after = SAID[event.field]
    if not isinstance(event.new, Mapping):
        return say(lang, removed)
    by = str(event.new.get("by") or event.commit.email)
    name = names.get(by.lower(), by)
    if event.old is None:
        return say(lang, first, name=name)
    moved = _moved_since(event, timeline, order) if timeline is not None else []
    if not moved:
        return say(lang, again, name=name)
    changes = ", ".join(
        say(lang, "the statement")
        if e.field == "statement"
        else f"{e.field.removeprefix('metric.')} {_show(e.old, lang)} → {_show(e.new, lang)}"
        for e in moved
    )
    return say(lang, again_after, name=name, changes=changes)


def _moved_since(event: Event, timeline: Timeline, order: Mapping[str, int]) -> list[Event]:
    """The defining fields that moved after the acceptance (or agreement) ``event`` replaces,
    up to ``event``'s commit."""
    at = order.get(event.commit.sha, -1)
    before = [
        order.get(e.commit.sha, -1)
        for e in timeline.events
        if e.field == event.field and order.get(e.commit.sha, -1) < at
    ]
    last = max(before, default=0)
    return [
        e
        for e in timeline.events
        if e.field in DEFINING and last < order.get(e.commit.sha, -1) <= at
    ]


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
    """Check-ins, changes of the defining fields (those an acceptance binds), and, when there
    are any, confidence changes and other changes (acceptances, agreements, states, moves)."""
    fields = [event.field for event in timeline.events]
    defining = sum(field in DEFINING for field in fields)
    beliefs = sum(is_confidence(field) for field in fields)
    others = len(fields) - defining - beliefs
    parts = [
        plural(lang, "{n} check-in", "{n} check-ins", len(timeline.checkins)),
        plural(lang, "{n} change of defining fields", "{n} changes of defining fields", defining),
    ]
    if beliefs:
        parts.append(plural(lang, "{n} confidence change", "{n} confidence changes", beliefs))
    if others:
        parts.append(plural(lang, "{n} other change", "{n} other changes", others))
    return ", ".join(parts)


INDENT = " " * len("2017-01-31  0123456789  ")  # where the author starts


def _wrapped(line: str, width: int, indent: str = INDENT) -> list[str]:
    import textwrap

    return textwrap.wrap(
        line,
        max(width, len(indent) + 20),
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [line]


COLUMNS = (N_("Date"), N_("Commit"), N_("Author"), N_("What"), N_("Change"), N_("Message"))


def text(
    timeline: Timeline, found: History, notes: list[str], lang: str = "en", created: bool = True
) -> None:
    # user text (values, names, commit subjects) shown, never obeyed by the terminal or a CI runner
    t = inert.terminal
    lines = [
        row._replace(
            commit=t(row.commit),
            date=t(row.date),
            author=t(row.author),
            what=t(row.what),
            change=t(row.change),
            message=t(row.message),
        )
        for row in rows(timeline, lang, found, created)
    ]
    title = inert.lines(inert.terminal(_title(timeline, lang)))
    terminal = sys.stdout.isatty()
    colour = terminal and not os.environ.get("NO_COLOR")
    width = shutil.get_terminal_size().columns if terminal else 0
    for part in _wrapped(title, width, "") if width else [title]:
        click.echo(click.style(part, bold=True) if colour else part)
    for row in lines:
        what = f"{row.what}: {row.change}" if row.change else row.what
        line = f"{row.date}  {row.commit}  {row.author}  {what}" + (
            f"  ({row.message})" if row.message else ""
        )
        # on a terminal a long line wraps at its spaces, under the author; in a pipe it is whole
        wrapped = _wrapped(line, width) if width else [line]
        if colour:
            lead = f"{row.date}  {row.commit}"
            wrapped[0] = click.style(lead, fg="yellow") + wrapped[0][len(lead) :]
        for part in wrapped:
            click.echo(part, color=colour)
    summary = _summary(timeline, lang) + "."
    for part in _wrapped(summary, width, "") if width else [summary]:
        click.echo(part)
    for note in notes:
        click.echo(say(lang, "note: {note}", note=note), err=True)


def markdown(
    timeline: Timeline, found: History, notes: list[str], lang: str = "en", created: bool = True
) -> None:
    out = [f"## {writer.text(_title(timeline, lang))}", ""]
    cells = []
    for row in rows(timeline, lang, found, created):
        change = writer.text(row.change)
        if row.statement is not None:  # the words it changes struck out and in bold
            change = word_diff(*row.statement, ("~~", "~~ "), ("**", "**"), writer.text)
        cells.append(
            [
                writer.text(row.date),
                writer.code(row.commit),
                writer.text(row.author),
                writer.text(row.what),
                change,
                writer.text(row.message),
            ]
        )
    out += writer.table([tr(lang, name) for name in COLUMNS], cells)
    out += [_summary(timeline, lang) + "."]
    out += [f"> {writer.text(sentence(lang, note))}" for note in notes]
    click.echo("\n".join(out))


def json_(
    timeline: Timeline, found: History, notes: list[str], lang: str = "en", created: bool = True
) -> None:
    del lang, created  # JSON keys and values are the same in every language; versions tell

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
    click.echo(to_json(payload))


FORMATS: Formats[Callable[[Timeline, History, list[str], str, bool], None]] = Formats(
    {"text": text, "json": json_, "markdown": markdown}
)


@click.command(help=HELP, short_help="Show one goal's timeline from Git.")
@click.argument("ident", metavar="ID", shell_complete=completion.statement_ids())
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
        config.root,
        folder,
        rev=rev,
        since=since,
        progress=True,
        exclude=config.exclude,
        max_front_matter=config.front_matter_bytes,
        lang=language,
    )
    if found.head is None:
        why = sentence(language, found.notes[0]) if found.notes else tr(language, "no commits")
        click.echo(tr(language, "No history yet: {why}.", why=why))
        return 0
    timeline = found.timelines.get(ident)
    known = set(found.timelines)
    if timeline is None and since is not None:
        # a goal unchanged in the window is there all the same, with an empty timeline
        docs = history.snapshot(
            config.root,
            folder,
            found.head,
            exclude=config.exclude,
            max_front_matter=config.front_matter_bytes,
        )
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
    # the creation is shown when the history reaches back to it
    first = timeline.versions[0].commit.sha if timeline.versions else None
    created = since is None and (found.boundary is None or found.boundary.sha != first)
    FORMATS[output_format](timeline, found, notes, language, created)
    return 0
