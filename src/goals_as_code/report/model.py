"""The report's model: every goal and KPI as it stood at one revision, with its check-ins from Git,
and the roll-ups by owner, team and alignment tree.

``build()`` reads Git (through ``history``) once; everything after it is pure: ``select()``
filters goals, ``rollups()`` and ``counts()`` aggregate them. The formats are chosen in
``formats.py`` and written by ``text.py`` and ``html.py``.
"""

from __future__ import annotations

import datetime
import fnmatch
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any, NamedTuple

from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import N_, Message, message
from goals_as_code.source import fields, statement, units
from goals_as_code.source import progress as calc
from goals_as_code.source.config import Config, default_today
from goals_as_code.source.fields import GOALPOSTS

if TYPE_CHECKING:
    from goals_as_code.history import Checkin, History, Timeline
    from goals_as_code.history.versions import Parsed
    from goals_as_code.source.document import Document

NO_TEAM = N_("(no team)")
NO_OWNER = N_("(no owner)")


class Point(NamedTuple):
    """One check-in: the measured value on ``date`` (the file's ``as_of``, else the commit's)."""

    date: str
    value: float | None
    values: Mapping[str, float]
    commit: str
    author: str
    recorded: str  # the commit's own date, YYYY-MM-DD
    message: str


class Belief(NamedTuple):
    """One confidence value of a goal (``confidence.owner`` or ``.manager``), and the value it
    had before its last change (None: never changed, or not a number then)."""

    holder: str  # owner or manager
    value: float
    previous: float | None


class Goalpost(NamedTuple):
    """A defining field changed after the goal was first written."""

    date: str
    field: str
    old: Any
    new: Any
    commit: str
    author: str
    message: str = ""  # the first line of the commit's message


class Goal(NamedTuple):
    id: str
    path: str
    statement: str
    owner: str
    team: str
    parent: str | None
    kpi: str | None
    declared: str | None  # the file's own status field
    unit: str | None
    direction: str | None
    baseline: float | None
    target: float | list[float] | None
    current: float | None
    current_from: str | None  # "goal", "kpi:<id>", or None when nothing is measured yet
    measured: str | None  # as_of of the current value
    start: str | None
    deadline: str | None
    weight: float
    frequency: str | None
    progress: float | None
    expected: float | None  # share of time elapsed
    pace: float | None  # progress / expected
    status: str
    stale: bool
    last_checkin: str | None  # date of the commit of the last check-in
    points: list[Point]
    goalposts: list[Goalpost]
    problems: list[Message]  # said in the report's language; English in JSON and CSV
    # the status the numbers give, when they contradict a declared achieved or missed
    computed: str | None = None
    beliefs: tuple[Belief, ...] = ()  # the owner's and the manager's confidence, and their trend


class Kpi(NamedTuple):
    id: str
    path: str
    statement: str
    owner: str
    team: str
    unit: str | None
    direction: str | None
    frequency: str | None
    value: float | None
    values: Mapping[str, float]
    measured: str | None
    points: list[Point]
    change: float | None  # latest value minus the one before it
    better: bool | None  # whether that change goes the KPI's better way
    stale: bool
    last_checkin: str | None
    healthy: tuple[float | None, float | None] = (None, None)  # healthy.min, healthy.max


class Group(NamedTuple):
    """A roll-up of goals: by owner or by team."""

    name: str
    goals: int
    progress: float | None  # weighted mean of capped progress; None when none can be computed
    statuses: Mapping[str, int]


class Node(NamedTuple):
    """One goal in the alignment tree, in depth-first order."""

    id: str
    depth: int
    weight: float
    own: float | None  # the goal's own progress (uncapped)
    rolled: float | None  # from its children, weighted, each capped at 100 %
    children: int


class Count(NamedTuple):
    """Open statements per person and kind: the focus question."""

    owner: str
    goals: int
    kpis: int
    activities: int
    behaviours: int


class Activity(NamedTuple):
    """An activity in the plan of a goal: its state, its due date and what it costs."""

    id: str
    path: str
    statement: str
    owner: str
    goal: str | None  # the goal it serves
    state: str  # todo, doing, done or dropped (todo when not written)
    start: str | None
    due: str | None
    overdue: bool  # past its due date as of the report's day, and not done or dropped
    hours: float | None  # the effort in hours, when it is a number or a count of hours or days
    effort: str | None  # the effort as written


class Behaviour(NamedTuple):
    """A behaviour and how often it was seen: its `seen` map, period by period."""

    id: str
    path: str
    statement: str
    owner: str
    goal: str | None  # the goal it serves
    frequency: str | None
    seen: tuple[tuple[str, float], ...]  # (period, count or rating), in the order of the periods


class Report(NamedTuple):
    as_of: str  # the date pace and staleness are computed for
    revision: str | None  # the commit read, None in a repository with no commits
    at: str | None  # what the user asked for with --at
    shallow: bool
    history_from: str | None  # a shallow clone's oldest visible commit date
    notes: list[str | Message]  # from the history (English) or said in the report's language
    goals: list[Goal]
    kpis: list[Kpi]
    counts: list[Count]
    empty: Message | None  # why there is nothing to report, as a sentence
    activities: Sequence[Activity] = ()  # every activity, by the goal it serves and its due date
    behaviours: Sequence[Behaviour] = ()  # every behaviour, by the goal it serves


class Filters(NamedTuple):
    owner: tuple[str, ...] = ()
    team: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    parent: str | None = None
    period: str | None = None


class Rollups(NamedTuple):
    owners: list[Group]
    teams: list[Group]
    tree: list[Node]


# --- reading -----------------------------------------------------------------------------------


def build(
    config: Config,
    *,
    at: str | None = None,
    since: str | None = None,
    as_of: str | None = None,
    show_progress: bool = False,
    lang: str | None = None,
) -> Report:
    """Every goal and KPI as at revision or date ``at`` (default HEAD), pace as of ``as_of``;
    ``lang``: the language of the progress bar (default: the configuration's)."""
    from goals_as_code import history

    if as_of is not None and fields.date(as_of) is None:
        raise GoalsError(message(N_("'{text}' is not a date; write it as YYYY-MM-DD"), text=as_of))
    rev = at or "HEAD"
    tip: dict[str, Parsed] = {}  # the files at ``rev`` as the history parsed them
    found = history.read(
        config.root,
        config.goals_dir,
        rev=rev,
        since=since,
        progress=show_progress,
        max_front_matter=config.front_matter_bytes,
        lang=lang or config.language,
        tip=tip,
    )
    if found.head is None:
        day = as_of or _today()
        return Report(
            day,
            None,
            at,
            found.shallow,
            None,
            [],
            [],
            [],
            [],
            message(
                N_(
                    "Nothing to report yet: the repository has no commits. Commit goal files "
                    "under '{folder}/' and run 'goals report' again."
                ),
                folder=config.goals_dir,
            ),
        )
    docs = history.snapshot(
        config.root,
        config.goals_dir,
        found.head,
        max_front_matter=config.front_matter_bytes,
        parsed=tip,
    )
    if as_of is None:
        if at is None:
            as_of = _today()
        elif fields.date(at) is not None:
            as_of = at
        else:
            as_of = _commit_day(config, found.head)
    return assemble(config, docs, found, as_of=as_of, at=at)


def assemble(
    config: Config, docs: Sequence[Document], found: History, *, as_of: str, at: str | None
) -> Report:
    """The report from statements read at one revision and the history up to it (pure)."""
    day = fields.date(as_of)
    assert day is not None
    thresholds = _thresholds(config)
    team_from = str(config.report.get("team-from", "folder"))
    notes: list[str | Message] = [
        note for note in found.notes if not note.startswith("this is a shallow clone")
    ]
    docs = [doc for doc in docs if not _excluded(doc.path, config)]
    notes = [note for note in notes if not _excluded(str(note).split(" ", 1)[0], config)]
    by_kind: dict[str, list[Document]] = defaultdict(list)
    for doc in docs:
        if not doc.readable or doc.kind is None or doc.id is None:
            notes.append(
                message(
                    N_("{path}: cannot be read as a statement; run 'goals check' on it"),
                    path=doc.path,
                )
            )
            continue
        by_kind[doc.kind].append(doc)

    kpis = [
        _kpi(doc, found.timelines.get(doc.id or ""), config, team_from, day)
        for doc in by_kind["kpi"]
    ]
    kpi_index = {kpi.id: kpi for kpi in kpis}
    goals = [
        _goal(doc, found.timelines.get(doc.id or ""), kpi_index, config, team_from, day, thresholds)
        for doc in by_kind["goal"]
    ]
    goals.sort(key=lambda goal: (goal.team, goal.owner, goal.id))
    kpis.sort(key=lambda kpi: kpi.id)
    empty = None
    if not goals and not kpis:
        empty = message(
            N_(
                "No goals or KPIs under '{folder}/' at commit {commit}; write one with "
                "'goals new goal' and commit it."
            ),
            folder=config.goals_dir,
            commit=(found.head or "")[:10],
        )
    return Report(
        as_of,
        found.head,
        at,
        found.shallow,
        found.boundary.date.date().isoformat() if found.boundary else None,
        notes,
        goals,
        kpis,
        counts(docs),
        empty,
        sorted(
            (_activity(doc, day) for doc in by_kind["activity"]),
            key=lambda activity: (activity.goal or "", activity.due or "", activity.id),
        ),
        sorted(
            (_behaviour(doc) for doc in by_kind["behaviour"]),
            key=lambda behaviour: (behaviour.goal or "", behaviour.id),
        ),
    )


def _behaviour(doc: Document) -> Behaviour:
    view = statement.of(doc)
    assert isinstance(view, statement.Behaviour)
    raw = doc.data.get("seen")
    seen: list[tuple[str, float]] = []
    if isinstance(raw, Mapping):
        for period, value in raw.items():
            count = fields.number(value)
            if count is not None:
                seen.append((str(period), count))
    return Behaviour(
        id=doc.id or "",
        path=doc.path,
        statement=view.statement or "",
        owner=view.owner or NO_OWNER,
        goal=view.goal,
        frequency=view.frequency,
        seen=tuple(sorted(seen)),
    )


_EFFORT = re.compile(
    r"^\s*(\d+(?:[.,]\d+)?)\s*(h|hours?|tim(?:me|mar)?|d|days?|dag(?:ar)?)?\s*$", re.IGNORECASE
)
HOURS_PER_DAY = 8.0


def hours(effort: object) -> float | None:
    """An effort in hours: a number is hours; "3 days" or "3 dagar" is 3 working days of 8 hours;
    other text has no size."""
    if isinstance(effort, bool):
        return None
    if isinstance(effort, (int, float)):
        return float(effort)
    found = _EFFORT.match(effort) if isinstance(effort, str) else None
    if found is None:
        return None
    amount = float(found.group(1).replace(",", "."))
    unit = (found.group(2) or "h").lower()
    return amount * HOURS_PER_DAY if unit.startswith("d") else amount


def _activity(doc: Document, day: datetime.date) -> Activity:
    view = statement.of(doc)
    assert isinstance(view, statement.Activity)
    state = view.state or "todo"
    effort = doc.data.get("effort")
    return Activity(
        id=doc.id or "",
        path=doc.path,
        statement=view.statement or "",
        owner=view.owner or NO_OWNER,
        goal=view.goal,
        state=state,
        start=view.start.isoformat() if view.start else None,
        due=view.due.isoformat() if view.due else None,
        overdue=view.due is not None and view.due < day and state in ("todo", "doing"),
        hours=hours(effort),
        effort=None if effort is None else fields.show(effort),
    )


def _excluded(path: str, config: Config) -> bool:
    """Whether a file is excluded by the config (patterns relative to goals-dir, or a name)."""
    base = config.goals_dir.strip("/")
    inner = path[len(base) + 1 :] if base not in ("", ".") and path.startswith(base + "/") else path
    name = PurePosixPath(path).name
    return any(
        fnmatch.fnmatch(inner, pattern) or fnmatch.fnmatch(name, pattern)
        for pattern in config.exclude
    )


def _thresholds(config: Config) -> tuple[float, float]:
    on_track = float(config.report.get("on-track", calc.DEFAULT_ON_TRACK))
    at_risk = float(config.report.get("at-risk", calc.DEFAULT_AT_RISK))
    if at_risk > on_track:
        from goals_as_code.errors import ConfigError

        raise ConfigError(
            message(
                N_(
                    "[tool.goals.report] at-risk ({at_risk}) is above on-track ({on_track}); "
                    "at-risk must be the lower threshold"
                ),
                at_risk=at_risk,
                on_track=on_track,
            )
        )
    return on_track, at_risk


def _today() -> str:
    return default_today().isoformat()


def _commit_day(config: Config, sha: str) -> str:
    from goals_as_code import history

    return history.commit_day(config.root, sha) or _today()


def _written(value: object) -> str | None:
    """A date field as written (shown as the user wrote it, even when it is not a date)."""
    return value if isinstance(value, str) else None


def _team(doc: Document, config: Config, team_from: str) -> str:
    if team_from == "field":
        return statement.text(doc.data.get("team")) or NO_TEAM
    parts = _parts(doc.path)
    base = _parts(config.goals_dir.strip("/")) if config.goals_dir != "." else ()
    inner = parts[len(base) :] if parts[: len(base)] == base else parts
    return inner[0] if len(inner) > 1 else NO_TEAM


def _parts(path: str) -> tuple[str, ...]:
    """The parts of a relative POSIX path, as ``PurePosixPath(path).parts`` has them (empty
    parts and "." left out), without building a path object for every goal of a report."""
    return tuple(part for part in path.split("/") if part not in ("", "."))


def _points(checkins: Iterable[Checkin]) -> list[Point]:
    points = []
    for checkin in checkins:
        recorded = checkin.commit.date.date().isoformat()
        date = checkin.as_of if fields.date(checkin.as_of) else recorded
        points.append(
            Point(
                date or recorded,
                checkin.value,
                dict(checkin.values),
                checkin.commit.sha,
                checkin.commit.author,
                recorded,
                _subject(checkin.commit.message),
            )
        )
    return points


def _subject(text: str) -> str:
    """The first line of a commit message."""
    return text.splitlines()[0] if text else ""


def _first_day(timeline: Timeline | None) -> datetime.date | None:
    if timeline is None or not timeline.versions:
        return None
    return timeline.versions[0].commit.date.date()


def _stale_days(config: Config) -> int:
    """The longest gap between check-ins when a statement sets no `frequency`: the stale-checkin
    rule's `default-days`, so that the report and goals check agree."""
    for selector, options in config.rules.items():
        if selector.upper() != "T008" and selector.lower() != "stale-checkin":
            continue  # options are set by a rule's exact code or name, as goals check reads them
        days = options.get("default-days")
        if isinstance(days, int) and not isinstance(days, bool):
            return days
    return calc.DEFAULT_STALE_DAYS


def _kpi(
    doc: Document, timeline: Timeline | None, config: Config, team_from: str, day: datetime.date
) -> Kpi:
    view = statement.kpi(doc)
    stale_days = _stale_days(config)
    points = _points(timeline.checkins) if timeline else []
    series = [point.value for point in points if point.value is not None]
    change = series[-1] - series[-2] if len(series) >= 2 else None
    direction = view.direction
    better = None
    if change is not None and change != 0 and direction in ("increase", "decrease"):
        better = (change > 0) == (direction == "increase")
    last = points[-1].recorded if points else None
    return Kpi(
        view.id or "",
        view.path,
        view.statement or "",
        view.owner or NO_OWNER,
        _team(doc, config, team_from),
        view.unit,
        direction,
        view.frequency,
        view.value,
        dict(view.values),
        view.as_of,
        points,
        change,
        better,
        calc.stale(view.frequency, fields.date(last), _first_day(timeline), day, stale_days),
        last,
        _healthy(doc.data.get("healthy")),
    )


def _healthy(value: object) -> tuple[float | None, float | None]:
    if not isinstance(value, Mapping):
        return (None, None)
    return (fields.number(value.get("min")), fields.number(value.get("max")))


def _goal(
    doc: Document,
    timeline: Timeline | None,
    kpis: Mapping[str, Kpi],
    config: Config,
    team_from: str,
    day: datetime.date,
    thresholds: tuple[float, float],
) -> Goal:
    view = statement.goal(doc)
    stale_days = _stale_days(config)
    metric = view.metric
    problems: list[Message] = []
    direction = metric.direction
    baseline = metric.baseline
    target: float | list[float] | None
    target = list(metric.bounds) if metric.bounds is not None else metric.target
    current = metric.current
    measured = metric.as_of
    points = _points(timeline.checkins) if timeline else []
    points = [point for point in points if point.value is not None]
    current_from: str | None = "goal" if current is not None else None
    kpi_id = view.kpi
    if current is None and kpi_id is not None:
        kpi = kpis.get(kpi_id)
        if kpi is None:
            problems.append(
                message(N_("the KPI '{kpi}' is not in the repository at this revision"), kpi=kpi_id)
            )
        elif kpi.value is not None and not units.same(kpi.unit, metric.unit):
            problems.append(
                message(
                    N_(
                        "the KPI '{kpi}' is measured in '{kpi_unit}', not in the goal's unit "
                        "'{unit}': its value is not the goal's level; add 'metric.current'"
                    ),
                    kpi=kpi_id,
                    kpi_unit=kpi.unit or "–",
                    unit=metric.unit or "–",
                )
            )
        elif kpi.value is not None:
            current, measured, current_from = kpi.value, kpi.measured, f"kpi:{kpi_id}"
            points = [point for point in kpi.points if point.value is not None]
        elif kpi.values:
            problems.append(
                message(
                    N_(
                        "the KPI '{kpi}' records only values per team or person, no overall "
                        "'value' to take; add 'value' to the KPI or 'metric.current' to this goal"
                    ),
                    kpi=kpi_id,
                )
            )
    result = calc.progress(direction, baseline, target, current)
    if result.problem:
        problems.append(result.problem)
    start, deadline = view.start, view.deadline
    first = _first_day(timeline)
    begin = start or first
    if deadline is None and direction not in calc.MAINTAIN:
        problems.append(message(N_("no deadline: pace cannot be computed; set 'deadline'")))
    declared = view.status
    state = calc.status(
        calc.Inputs(direction, result.value, declared, begin, deadline, day, result.problem),
        on_track=thresholds[0],
        at_risk=thresholds[1],
    )
    computed = None
    if calc.contradicts(declared, result.value):
        computed = calc.status(
            calc.Inputs(direction, result.value, None, begin, deadline, day, result.problem),
            on_track=thresholds[0],
            at_risk=thresholds[1],
        )
    expected = calc.elapsed(begin, deadline, day)
    pace = calc.pace(result.value, expected) if direction not in calc.MAINTAIN else None
    last = max((point.recorded for point in points), default=None)
    frequency = view.frequency
    is_stale = state not in (calc.ACHIEVED, calc.MISSED, calc.DROPPED) and calc.stale(
        frequency, fields.date(last), begin, day, stale_days
    )
    weight = view.weight
    goalposts = [
        Goalpost(
            event.commit.date.date().isoformat(),
            event.field,
            event.old,
            event.new,
            event.commit.sha,
            event.commit.author,
            _subject(event.commit.message),
        )
        for event in (timeline.events if timeline else [])
        if event.field in GOALPOSTS
    ]
    return Goal(
        view.id or "",
        view.path,
        view.statement or "",
        view.owner or NO_OWNER,
        _team(doc, config, team_from),
        view.parent,
        kpi_id,
        declared,
        metric.unit,
        direction,
        baseline,
        target,
        current,
        current_from,
        measured,
        _written(doc.data.get("start")),
        _written(doc.data.get("deadline")),
        1.0 if weight is None else weight,
        frequency,
        result.value,
        expected,
        pace.ratio if pace else None,
        state,
        is_stale,
        last,
        points,
        goalposts,
        problems,
        computed,
        _beliefs(view.confidence, timeline),
    )


def _beliefs(confidence: Mapping[str, float], timeline: Timeline | None) -> tuple[Belief, ...]:
    """Each holder's confidence, with the value before its last change in the history."""
    found = []
    for holder in ("owner", "manager"):
        value = confidence.get(holder)
        if value is None:
            continue
        changes = [
            event
            for event in (timeline.events if timeline else [])
            if event.field == f"confidence.{holder}"
        ]
        previous = fields.number(changes[-1].old) if changes else None
        found.append(Belief(holder, value, previous))
    return tuple(found)


# --- focus -------------------------------------------------------------------------------------


def _open(doc: Document) -> bool:
    """Whether a statement still asks for attention: not closed, not done."""
    if doc.data.get("status") in calc.CLOSED:
        return False
    return not (doc.kind == "activity" and doc.data.get("state") in ("done", "dropped"))


def counts(docs: Iterable[Document]) -> list[Count]:
    """Open statements per owner and kind, most goals first."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        if doc.readable and doc.kind is not None and _open(doc):
            table[statement.text(doc.data.get("owner")) or NO_OWNER][doc.kind] += 1
    rows = [
        Count(owner, c["goal"], c["kpi"], c["activity"], c["behaviour"])
        for owner, c in table.items()
    ]
    return sorted(rows, key=lambda row: (-row.goals, row.owner))


# --- filters -----------------------------------------------------------------------------------

_QUARTER = re.compile(r"^(\d{4})-[Qq]([1-4])$")
_HALF = re.compile(r"^(\d{4})-[Hh]([12])$")
_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def period(text: str) -> tuple[datetime.date, datetime.date]:
    """The first and last day of a period: 2017, 2017-Q2, 2017-H1, 2017-05, or FROM..TO."""
    text = text.strip()
    try:
        if found := _YEAR.match(text):
            year = int(found.group(1))
            return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        if found := _QUARTER.match(text):
            year, quarter = int(found.group(1)), int(found.group(2))
            return _months(year, 3 * quarter - 2, 3)
        if found := _HALF.match(text):
            year, half = int(found.group(1)), int(found.group(2))
            return _months(year, 6 * half - 5, 6)
        if found := _MONTH.match(text):
            return _months(int(found.group(1)), int(found.group(2)), 1)
        if ".." in text:
            low, high = (part.strip() for part in text.split("..", 1))
            first = fields.date(low) if low else datetime.date.min
            last = fields.date(high) if high else datetime.date.max
            if first is not None and last is not None and first <= last:
                return first, last
    except ValueError:
        pass
    raise GoalsError(
        message(
            N_(
                "'{text}' is not a period; write a year (2017), a quarter (2017-Q2), a half "
                "(2017-H1), a month (2017-05) or a date range (2017-01-01..2017-06-30)"
            ),
            text=text,
        )
    )


def _months(year: int, month: int, count: int) -> tuple[datetime.date, datetime.date]:
    first = datetime.date(year, month, 1)
    end_month = month + count
    after = datetime.date(year + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1)
    return first, after - datetime.timedelta(days=1)


def descendants(goals: Sequence[Goal], root: str) -> set[str]:
    """The ids of every goal aligned under ``root``, at any depth (not ``root`` itself)."""
    children: dict[str, list[str]] = defaultdict(list)
    for goal in goals:
        if goal.parent:
            children[goal.parent].append(goal.id)
    found: set[str] = set()
    todo = [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found and child != root:
                found.add(child)
                todo.append(child)
    return found


def select(goals: Sequence[Goal], filters: Filters) -> list[Goal]:
    """The goals that pass every filter given."""
    chosen = list(goals)
    if filters.owner:
        chosen = [goal for goal in chosen if goal.owner in filters.owner]
    if filters.team:
        chosen = [goal for goal in chosen if goal.team in filters.team]
    if filters.status:
        chosen = [goal for goal in chosen if goal.status in filters.status]
    if filters.parent:
        under = descendants(goals, filters.parent)
        chosen = [goal for goal in chosen if goal.id in under]
    if filters.period:
        first, last = period(filters.period)
        kept = []
        for goal in chosen:
            begin = fields.date(goal.start) or fields.date(goal.deadline)
            end = fields.date(goal.deadline) or begin
            if begin is not None and end is not None and begin <= last and end >= first:
                kept.append(goal)
        chosen = kept
    return chosen


# --- roll-ups ----------------------------------------------------------------------------------


def _group(name: str, goals: Sequence[Goal]) -> Group:
    counted = [goal for goal in goals if goal.status != calc.DROPPED]
    measured = [goal for goal in counted if goal.progress is not None]
    total = sum(goal.weight for goal in measured)
    value = (
        sum(goal.weight * calc.capped(goal.progress) for goal in measured) / total
        if total > 0
        else None
    )
    statuses = Counter(goal.status for goal in goals)
    return Group(name, len(goals), value, dict(statuses))


def rollups(goals: Sequence[Goal]) -> Rollups:
    """By owner, by team, and up the alignment tree (children weighted, each capped at 100 %)."""
    by_owner: dict[str, list[Goal]] = defaultdict(list)
    by_team: dict[str, list[Goal]] = defaultdict(list)
    for goal in goals:
        by_owner[goal.owner].append(goal)
        by_team[goal.team].append(goal)
    owners = [_group(name, items) for name, items in sorted(by_owner.items())]
    teams = [_group(name, items) for name, items in sorted(by_team.items())]
    return Rollups(owners, teams, tree(goals))


def tree(goals: Sequence[Goal]) -> list[Node]:
    """The alignment tree of ``goals`` in depth-first order; roots are goals whose parent is not
    among them. A goal's roll-up is the weighted mean of its children's contributions: a child's
    own progress, or (without one) its own roll-up, capped to 0..100 %. Dropped goals count for
    nothing."""
    index = {goal.id: goal for goal in goals}
    children: dict[str, list[Goal]] = defaultdict(list)
    for goal in goals:
        if goal.parent and goal.parent in index and goal.parent != goal.id:
            children[goal.parent].append(goal)
    rolled: dict[str, float | None] = {}
    # the ids on the way down from the root being walked: a goal met again is a cycle, skipped.
    # Both walks below keep their own stack, so a chain of any length needs no recursion.
    on_path: set[str] = set()

    def roll(ident: str) -> float | None:
        if ident in rolled:
            return rolled[ident]
        # a frame: the goal, its children still to see, weighted sum, total, child rolled up
        stack: list[tuple[str, Iterator[Goal], list[float], list[Goal]]] = [
            (ident, iter(children.get(ident, [])), [0.0, 0.0], [])
        ]
        result: float | None = None
        while stack:
            name, kids, sums, waiting = stack[-1]
            if waiting:  # back from rolling up a child without progress of its own
                child = waiting.pop()
                on_path.discard(child.id)
                if result is not None:
                    sums[0] += child.weight * calc.capped(result)
                    sums[1] += child.weight
            descended = False
            for child in kids:
                if child.status == calc.DROPPED or child.id in on_path:
                    continue
                value = child.progress
                if value is None:
                    if child.id not in rolled:
                        on_path.add(child.id)
                        waiting.append(child)
                        stack.append((child.id, iter(children.get(child.id, [])), [0.0, 0.0], []))
                        descended = True
                        break
                    value = rolled[child.id]
                if value is None:
                    continue
                sums[0] += child.weight * calc.capped(value)
                sums[1] += child.weight
            if descended:
                continue
            result = sums[0] / sums[1] if sums[1] > 0 else None
            rolled[name] = result
            stack.pop()
        return result

    nodes: list[Node] = []

    def node(goal: Goal, depth: int) -> Iterator[Goal]:
        kids = children.get(goal.id, [])
        nodes.append(Node(goal.id, depth, goal.weight, goal.progress, roll(goal.id), len(kids)))
        return iter(sorted(kids, key=lambda item: item.id))

    def walk(root: Goal) -> None:
        on_path.add(root.id)
        stack = [(root, node(root, 0))]
        while stack:
            goal, kids = stack[-1]
            for child in kids:
                if child.id not in on_path:
                    on_path.add(child.id)
                    stack.append((child, node(child, len(stack))))
                    break
            else:
                stack.pop()
                on_path.discard(goal.id)

    roots = [goal for goal in goals if not goal.parent or goal.parent not in index]
    for goal in sorted(roots, key=lambda item: item.id):
        walk(goal)
    seen = {node.id for node in nodes}
    for goal in sorted(goals, key=lambda item: item.id):  # goals caught in a cycle
        if goal.id not in seen:
            first = len(nodes)
            walk(goal)
            seen.update(node.id for node in nodes[first:])
    return nodes


NO_FILTERS = Filters()
