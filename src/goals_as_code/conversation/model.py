"""One person's conversation: what changed in their goals since the last talk, from Git.

``build()`` reads Git once (through ``history``): the window since the person's last recorded
talk, the history and the statements at the end of it; the goals, KPIs, activities and
behaviours with their progress, pace and status come from ``report.model.assemble``, unchanged.
What this module adds is pure: the check-ins and moved goalposts inside the window, how each
confidence value moved, the acceptance and the agreement, the stale items, the calibration of
past confidence against what was reached, and the questions that follow from all of it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import N_, STATUS, Message, message, message_plural
from goals_as_code.report import model as report
from goals_as_code.source import acceptance, fields
from goals_as_code.source import progress as calc
from goals_as_code.source.config import Config, default_today
from goals_as_code.source.fields import DEFINING, GOALPOSTS

if TYPE_CHECKING:
    from goals_as_code.history import Event, History, Timeline, Window
    from goals_as_code.source.document import Document

HOLDERS = ("owner", "manager")
HIGH_CONFIDENCE = 0.7  # a belief this high beside a goal that is behind is worth a question
CALIBRATED = 0.15  # mean confidence within this of the mean reached: well calibrated
ENDED = (calc.ACHIEVED, calc.MISSED, calc.OVERDUE)
BEHIND = (calc.BEHIND, calc.AT_RISK)


class Change(NamedTuple):
    """A field changed inside the window: a moved goalpost, or a parent's."""

    field: str
    old: Any
    new: Any
    date: str
    author: str
    commit: str
    message: str
    goal: str = ""  # the goal it happened to, when it is not the one shown (its parent)


class Confidence(NamedTuple):
    """One holder's confidence at the start of the window and now (None: not written)."""

    holder: str
    then: float | None
    now: float | None


class Block(NamedTuple):
    """The manager's acceptance or the owner's agreement: ``state`` is ``missing``, ``valid``
    (bound to the goal as it is) or ``stale`` (a defining field changed after it);
    ``moved`` when a defining field changed inside the window."""

    state: str
    by: str | None = None
    on: str | None = None
    moved: bool = False


class Talk(NamedTuple):
    """One goal on the page."""

    goal: report.Goal
    checkins: tuple[report.Point, ...]  # inside the window
    changes: tuple[Change, ...]  # goalposts moved inside the window
    confidence: tuple[Confidence, ...]
    accepted: Block
    agreed: Block
    parent: tuple[Change, ...]  # the parent link changed, or the parent's goalposts moved
    activities: tuple[report.Activity, ...]  # its plan (dropped ones left out)


class KpiTalk(NamedTuple):
    kpi: report.Kpi
    points: tuple[report.Point, ...]  # inside the window


class Stale(NamedTuple):
    """Something due for attention: a check-in overdue, an acceptance or agreement stale."""

    id: str
    kind: str  # goal, kpi
    what: Message


class Ended(NamedTuple):
    """A goal that ended, for calibration: the owner's first and last confidence, and how far
    it got (0..1)."""

    id: str
    status: str
    first: float
    last: float
    reached: float


class Calibration(NamedTuple):
    rows: tuple[Ended, ...]
    confidence: float | None  # the mean first confidence
    reached: float | None  # the mean reached
    verdict: str | None  # over, under, calibrated

    def sentence(self, person: str) -> Message:
        if not self.rows or self.confidence is None or self.reached is None:
            return message(
                N_(
                    "No ended goal with a stated confidence yet: calibration needs goals that "
                    "ended with the owner's confidence written."
                )
            )
        said = {
            "over": N_("more confident than the results bore out"),
            "under": N_("less confident than the results bore out"),
            "calibrated": N_("well calibrated"),
        }[self.verdict or "calibrated"]
        return message_plural(
            "Over {n} ended goal, {person} stated a confidence of {confidence} % at the start "
            "on average and reached {reached} % of the way: {verdict}.",
            "Over {n} ended goals, {person} stated a confidence of {confidence} % at the start "
            "on average and reached {reached} % of the way: {verdict}.",
            len(self.rows),
            person=person,
            confidence=round(self.confidence * 100),
            reached=round(self.reached * 100),
            verdict=message(said),
        )


class Question(NamedTuple):
    kind: str  # confidence-dropped, behind-confident, goalpost-moved, activity-overdue, ...
    subject: str  # the id it is about
    text: Message


class Conversation(NamedTuple):
    person: str
    window: Window
    as_of: str
    report: report.Report
    goals: tuple[Talk, ...]
    kpis: tuple[KpiTalk, ...]
    activities: tuple[report.Activity, ...]
    behaviours: tuple[report.Behaviour, ...]
    stale: tuple[Stale, ...]
    calibration: Calibration
    questions: tuple[Question, ...]


# --- reading -----------------------------------------------------------------------------------


def build(
    config: Config,
    person: str,
    *,
    since: str | None = None,
    until: str | None = None,
    as_of: str | None = None,
) -> Conversation:
    """The conversation of ``person`` (an owner's e-mail) from ``since`` (a revision or a date;
    default: the person's last recorded talk) up to ``until`` (default HEAD), as of ``as_of``
    (default today, or the day of ``until`` when it is given)."""
    from goals_as_code import history

    if as_of is not None and fields.date(as_of) is None:
        raise GoalsError(message(N_("'{text}' is not a date; write it as YYYY-MM-DD"), text=as_of))
    window = history.window(config.root, since=since, until=until, person=person)
    found = history.read(
        config.root, config.goals_dir, rev=window.until, max_front_matter=config.front_matter_bytes
    )
    docs = history.snapshot(
        config.root, config.goals_dir, window.until, max_front_matter=config.front_matter_bytes
    )
    if as_of is not None:
        day = as_of
    elif until is None:
        day = default_today().isoformat()
    else:  # as of the day asked for, or the day of the revision
        day = until if fields.date(until) is not None else window.until_date
    built = report.assemble(config, docs, found, as_of=day, at=until)
    return compose(person, window, built, docs, found)


def compose(
    person: str, window: Window, built: report.Report, docs: Sequence[Document], found: History
) -> Conversation:
    """The conversation from a report, the statements and the history it was built from."""
    by_id = {doc.id: doc for doc in docs if doc.id}

    def theirs(owner: str) -> bool:  # e-mail addresses compared without case
        return owner.casefold() == person.casefold()

    goals = [goal for goal in built.goals if theirs(goal.owner)]
    mine = {goal.id for goal in goals}
    activities = tuple(a for a in built.activities if theirs(a.owner) or a.goal in mine)
    behaviours = tuple(b for b in built.behaviours if theirs(b.owner) or b.goal in mine)
    index = {goal.id: goal for goal in built.goals}
    talks = tuple(
        _talk(
            goal,
            window,
            found.timelines.get(goal.id),
            by_id.get(goal.id),
            index,
            found,
            [a for a in activities if a.goal == goal.id and a.state != "dropped"],
        )
        for goal in goals
    )
    linked = {goal.kpi for goal in goals if goal.kpi}
    kpis = tuple(
        KpiTalk(kpi, tuple(p for p in kpi.points if window.holds(p.commit)))
        for kpi in built.kpis
        if theirs(kpi.owner) or kpi.id in linked
    )
    stale = _stale(talks, kpis)
    calibration = calibrate(goals, found)
    questions = ask(talks, activities, behaviours)
    return Conversation(
        person,
        window,
        built.as_of,
        built,
        talks,
        kpis,
        activities,
        behaviours,
        stale,
        calibration,
        questions,
    )


def _change(event: Event, goal: str = "") -> Change:
    return Change(
        event.field,
        event.old,
        event.new,
        event.commit.date.date().isoformat(),
        event.commit.author,
        event.commit.sha,
        event.commit.message.splitlines()[0] if event.commit.message else "",
        goal,
    )


def _talk(
    goal: report.Goal,
    window: Window,
    timeline: Timeline | None,
    doc: Document | None,
    index: Mapping[str, report.Goal],
    found: History,
    plan: Sequence[report.Activity],
) -> Talk:
    events = [e for e in (timeline.events if timeline else []) if window.holds(e.commit.sha)]
    changes = tuple(_change(e) for e in events if e.field in GOALPOSTS)
    parent = [_change(e) for e in events if e.field == "parent"]
    if goal.parent and goal.parent in index:
        above = found.timelines.get(goal.parent)
        parent += [
            _change(e, goal.parent)
            for e in (above.events if above else [])
            if window.holds(e.commit.sha) and e.field in GOALPOSTS
        ]
    moved = any(e.field in DEFINING for e in events)
    data: Mapping[str, Any] = doc.data if doc is not None else {}
    statement = doc.statement if doc is not None else None
    return Talk(
        goal,
        tuple(p for p in goal.points if window.holds(p.commit)),
        changes,
        _confidence(goal, events),
        _block(data, statement, acceptance.ACCEPTED, moved),
        _block(data, statement, acceptance.AGREED, moved),
        tuple(sorted(parent, key=lambda change: (change.date, change.commit))),
        tuple(plan),
    )


def _confidence(goal: report.Goal, events: Sequence[Event]) -> tuple[Confidence, ...]:
    found = []
    now = {belief.holder: belief.value for belief in goal.beliefs}
    for holder in HOLDERS:
        moves = [e for e in events if e.field == f"confidence.{holder}"]
        then = fields.number(moves[0].old) if moves else now.get(holder)
        if then is None and now.get(holder) is None:
            continue
        found.append(Confidence(holder, then, now.get(holder)))
    return tuple(found)


def _block(data: Mapping[str, Any], statement: str | None, name: str, moved: bool) -> Block:
    raw = data.get(name)
    if not isinstance(raw, Mapping):
        return Block("missing")
    by = raw.get("by")
    on = raw.get("on")
    valid = raw.get("fingerprint") == acceptance.fingerprint(data, statement)
    return Block(
        "valid" if valid else "stale",
        by if isinstance(by, str) else None,
        on if isinstance(on, str) else None,
        moved and not valid,
    )


def _stale(talks: Sequence[Talk], kpis: Sequence[KpiTalk]) -> tuple[Stale, ...]:
    found = []
    for talk in talks:
        goal = talk.goal
        if goal.stale:
            found.append(Stale(goal.id, "goal", _no_checkin(goal.last_checkin, goal.frequency)))
        if talk.accepted.state == "stale":
            found.append(
                Stale(
                    goal.id,
                    "goal",
                    message(
                        N_(
                            "the manager's acceptance is stale: a defining field changed after "
                            "it; accept again with 'goals accept {id}'"
                        ),
                        id=goal.id,
                    ),
                )
            )
        if talk.agreed.state == "stale":
            found.append(
                Stale(
                    goal.id,
                    "goal",
                    message(
                        N_(
                            "the owner's agreement is stale: a defining field changed after it; "
                            "agree again with 'goals agree {id}'"
                        ),
                        id=goal.id,
                    ),
                )
            )
    for item in kpis:
        if item.kpi.stale:
            kpi = item.kpi
            found.append(Stale(kpi.id, "kpi", _no_checkin(kpi.last_checkin, kpi.frequency)))
    return tuple(found)


def _no_checkin(last: str | None, frequency: str | None) -> Message:
    if last is None:
        return message(N_("no check-in yet; check in its current value"))
    if frequency:
        return message(
            N_("last check-in {date}, and it is checked in {frequency}: a check-in is due"),
            date=last,
            frequency=frequency,
        )
    return message(N_("last check-in {date}: a check-in is due"), date=last)


# --- calibration -------------------------------------------------------------------------------


def calibrate(goals: Sequence[report.Goal], found: History) -> Calibration:
    """The owner's first and last stated confidence in each goal that ended, against how far it
    got (progress capped to 0..100 %, or 1 for achieved and 0 for missed when nothing is
    measured)."""
    rows = []
    for goal in goals:
        if goal.status not in ENDED:
            continue
        timeline = found.timelines.get(goal.id)
        stated = [
            value
            for version in (timeline.versions if timeline else [])
            if version.data is not None
            for value in [fields.number(fields.get(version.data, "confidence.owner"))]
            if value is not None
        ]
        if not stated:
            continue
        if goal.progress is not None:
            reached = calc.capped(goal.progress)
        else:
            reached = 1.0 if goal.status == calc.ACHIEVED else 0.0
        rows.append(Ended(goal.id, goal.status, stated[0], stated[-1], reached))
    if not rows:
        return Calibration((), None, None, None)
    confidence = sum(row.first for row in rows) / len(rows)
    reached = sum(row.reached for row in rows) / len(rows)
    gap = confidence - reached
    verdict = "over" if gap > CALIBRATED else "under" if gap < -CALIBRATED else "calibrated"
    return Calibration(tuple(rows), confidence, reached, verdict)


# --- questions ---------------------------------------------------------------------------------


def _number(value: object) -> str:
    return fields.show(value, none="–", digits=4)


def ask(
    talks: Sequence[Talk],
    activities: Sequence[report.Activity],
    behaviours: Sequence[report.Behaviour],
) -> tuple[Question, ...]:
    """The questions for the talk, each following from something the page shows."""
    found: list[Question] = []
    for talk in talks:
        goal = talk.goal
        for belief in talk.confidence:
            if belief.then is not None and belief.now is not None and belief.now < belief.then:
                text = (
                    N_(
                        "Your confidence in '{id}' fell from {then} to {now} since the last "
                        "talk: what changed?"
                    )
                    if belief.holder == "owner"
                    else N_(
                        "The manager's confidence in '{id}' fell from {then} to {now} since the "
                        "last talk: what changed?"
                    )
                )
                found.append(
                    Question(
                        "confidence-dropped",
                        goal.id,
                        message(
                            text, id=goal.id, then=_number(belief.then), now=_number(belief.now)
                        ),
                    )
                )
        owner = next((b.now for b in talk.confidence if b.holder == "owner"), None)
        if goal.status in BEHIND and owner is not None and owner >= HIGH_CONFIDENCE:
            found.append(
                Question(
                    "behind-confident",
                    goal.id,
                    message(
                        N_(
                            "'{id}' is {status} at {progress} % of the way, yet your confidence "
                            "is {confidence}: what makes you confident, and what would change "
                            "your mind?"
                        ),
                        id=goal.id,
                        status=message(STATUS.get(goal.status, goal.status)),
                        progress=round((goal.progress or 0) * 100),
                        confidence=_number(owner),
                    ),
                )
            )
        for change in talk.changes:
            found.append(
                Question(
                    "goalpost-moved",
                    goal.id,
                    message(
                        N_(
                            "In '{id}', {field} moved from {old} to {new} on {date} ({author}): "
                            "why, and do we both stand behind the new value?"
                        ),
                        field=change.field,
                        id=goal.id,
                        old=_number(change.old),
                        new=_number(change.new),
                        date=change.date,
                        author=change.author,
                    ),
                )
            )
        if not talk.activities and goal.status not in (*ENDED, calc.DROPPED):
            found.append(
                Question(
                    "no-activities",
                    goal.id,
                    message(
                        N_("'{id}' has no activities: what will you do to reach it, and by when?"),
                        id=goal.id,
                    ),
                )
            )
    for activity in activities:
        if activity.overdue:
            found.append(
                Question(
                    "activity-overdue",
                    activity.id,
                    message(
                        N_(
                            "The activity '{id}' was due on {date} and is not done: is it still "
                            "the right step, and when will it be done?"
                        ),
                        id=activity.id,
                        date=activity.due,
                    ),
                )
            )
    for behaviour in behaviours:
        if not behaviour.seen:
            found.append(
                Question(
                    "behaviour-unobserved",
                    behaviour.id,
                    message(
                        N_(
                            "The behaviour '{id}' has no observations: how will we both see "
                            "that it happens?"
                        ),
                        id=behaviour.id,
                    ),
                )
            )
    return tuple(found)
