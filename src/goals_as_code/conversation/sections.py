"""The conversation as a page of parts, built once in the page's language; each format draws it.

A part has a title, lines of text, a list, and tables of the report's section model
(``report.sections.Table`` and ``Cell``), so the text, Markdown and HTML formats draw the tables
with the report's own drawers. The parts, in order: the window, each goal (its levels, progress,
pace and status, both confidences and how they moved, the acceptance and the agreement, the
check-ins and moved goalposts since the last talk, a changed parent), the KPIs with their series
since the last talk, the activities, the behaviours, the stale items, the calibration, the
questions, and an empty Agreements part to fill in during the talk.
"""

from __future__ import annotations

from typing import NamedTuple

from goals_as_code.conversation.model import BEHIND, Block, Conversation, Talk
from goals_as_code.i18n.messages import STATES, sentence, status, tr, word
from goals_as_code.report.model import Goal
from goals_as_code.report.sections import (
    Cell,
    Table,
    change_text,
    checkin_cell,
    levels,
    number,
    percent,
    plain,
    ratio,
    shallow_line,
    status_cell,
)


class Part(NamedTuple):
    """One part of the page: a title, lines, a list, tables; a goal part carries its goal."""

    key: str  # window, goal, kpis, activities, behaviours, stale, calibration, questions, ...
    title: str
    level: int  # 2 a section, 3 a goal within the goals section
    lines: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()
    goal: Goal | None = None
    empty: str = ""  # said when the part has nothing to show


class Sheet(NamedTuple):
    title: str
    lang: str
    as_of: str
    parts: tuple[Part, ...]
    summary: str  # one paragraph: the tag's message


def _heads(lang: str, *names: str) -> tuple[str, ...]:
    return tuple(tr(lang, name) for name in names)


def window_line(talk: Conversation, lang: str) -> str:
    window = talk.window
    until = window.until[:10]
    if window.since is None:
        return tr(
            lang,
            "Since the start of the history, up to commit {until} ({date}); as of {as_of}.",
            until=until,
            date=window.until_date,
            as_of=talk.as_of,
        )
    since = window.since
    if since.tag:
        return tr(
            lang,
            "Since the last talk on {date} (tag {tag}, commit {commit}), up to commit {until} "
            "({until_date}); as of {as_of}.",
            date=since.date,
            tag=since.tag,
            commit=since.sha[:10],
            until=until,
            until_date=window.until_date,
            as_of=talk.as_of,
        )
    return tr(
        lang,
        "Since {rev} (commit {commit}, {date}), up to commit {until} ({until_date}); as of "
        "{as_of}.",
        rev=since.rev,
        commit=since.sha[:10],
        date=since.date,
        until=until,
        until_date=window.until_date,
        as_of=talk.as_of,
    )


def summary(talk: Conversation, lang: str) -> str:
    """One paragraph: who, the window, and the counts that matter."""
    goals = len(talk.goals)
    behind = sum(1 for t in talk.goals if t.goal.status in BEHIND)
    moved = sum(len(t.changes) for t in talk.goals)
    checkins = sum(len(t.checkins) for t in talk.goals)
    overdue = sum(1 for a in talk.activities if a.overdue)
    return tr(
        lang,
        "Goal conversation with {person} on {date}: {goals} goal(s), {behind} behind or at "
        "risk; since the last talk {checkins} check-in(s) and {moved} moved goalpost(s); "
        "{overdue} activity(ies) overdue; {questions} question(s).",
        person=talk.person,
        date=talk.as_of,
        goals=goals,
        behind=behind,
        checkins=checkins,
        moved=moved,
        overdue=overdue,
        questions=len(talk.questions),
    )


def sheet(talk: Conversation, lang: str = "en") -> Sheet:
    told = [window_line(talk, lang)]
    shallow = shallow_line(talk.report, lang)
    told += [shallow] if shallow else []
    told += [tr(lang, "Note: {note}", note=sentence(lang, note)) for note in talk.report.notes]
    parts = [Part("window", tr(lang, "Since the last talk"), 2, tuple(told))]
    parts.append(
        Part(
            "goals",
            tr(lang, "Goals ({n})", n=len(talk.goals)),
            2,
            empty=tr(lang, "{person} owns no goal at this revision.", person=talk.person),
        )
    )
    parts += [_goal(item, lang) for item in talk.goals]
    parts.append(_kpis(talk, lang))
    parts.append(_activities(talk, lang))
    parts.append(_behaviours(talk, lang))
    parts.append(
        Part(
            "stale",
            tr(lang, "Stale items"),
            2,
            items=tuple(f"{item.id}: {sentence(lang, item.what)}" for item in talk.stale),
            empty=tr(lang, "Nothing is stale."),
        )
    )
    parts.append(_calibration(talk, lang))
    parts.append(
        Part(
            "questions",
            tr(lang, "Questions for the talk"),
            2,
            items=tuple(sentence(lang, question.text) for question in talk.questions),
            empty=tr(lang, "No question follows from the data; ask how the work feels."),
        )
    )
    parts.append(
        Part(
            "agreements",
            tr(lang, "Agreements"),
            2,
            (
                tr(
                    lang,
                    "To fill in during the talk: what we agreed, who does what by when. Commit "
                    "it beside the tag as the record of the talk.",
                ),
            ),
        )
    )
    return Sheet(
        tr(lang, "Goal conversation: {person}", person=talk.person),
        lang,
        talk.as_of,
        tuple(parts),
        summary(talk, lang),
    )


def belief_line(item: Talk, lang: str) -> str:
    said = []
    for belief in item.confidence:
        who = tr(lang, "owner") if belief.holder == "owner" else tr(lang, "manager")
        if belief.then is not None and belief.now is not None and belief.then != belief.now:
            arrow = "↑" if belief.now > belief.then else "↓"
            said.append(f"{who} {number(belief.then)} → {number(belief.now)} {arrow}")
        else:
            said.append(f"{who} {number(belief.now)}")
    if not said:
        return tr(lang, "Confidence: not written.")
    return tr(lang, "Confidence (since the last talk): {beliefs}.", beliefs=", ".join(said))


def block_text(block: Block, lang: str) -> str:
    if block.state == "missing":
        return tr(lang, "not recorded")
    who = tr(lang, "by {by} on {on}", by=block.by or "?", on=block.on or "?")
    if block.state == "valid":
        return tr(lang, "{who}, still valid", who=who)
    if block.moved:
        return tr(lang, "{who}, stale: a defining field changed since the last talk", who=who)
    return tr(lang, "{who}, stale: a defining field changed after it", who=who)


def _goal(item: Talk, lang: str) -> Part:
    goal = item.goal
    lines = [
        tr(
            lang,
            "{id} · {status} · {levels} · progress {progress} · pace {pace}",
            id=goal.id,
            status=status_cell(goal, lang),
            levels=levels(goal),
            progress=percent(goal.progress),
            pace=ratio(goal.pace),
        ),
        tr(
            lang,
            "From {start} to {deadline}; last check-in {checkin}.",
            start=goal.start or "?",
            deadline=goal.deadline or "?",
            checkin=checkin_cell(goal, lang),
        ),
        belief_line(item, lang),
        tr(
            lang,
            "Accepted: {accepted}. Agreed: {agreed}.",
            accepted=block_text(item.accepted, lang),
            agreed=block_text(item.agreed, lang),
        ),
    ]
    if goal.parent:
        lines.append(tr(lang, "Parent goal: {parent}.", parent=goal.parent))
    lines += [sentence(lang, problem) for problem in goal.problems]
    tables = []
    rows: tuple[tuple[Cell, ...], ...]
    if item.checkins:
        rows = tuple(
            (
                Cell(point.date),
                Cell(number(point.value)),
                Cell(point.author),
                Cell(point.commit[:10]),
                Cell(point.message),
            )
            for point in item.checkins
        )
        heads = _heads(lang, "Date", "Value", "By", "Commit", "Message")
        title = tr(lang, "Check-ins since the last talk")
        tables.append(Table("checkins", title, 4, heads, "lrlll", rows, frozenset({4})))
    else:
        lines.append(tr(lang, "No check-in since the last talk."))
    if item.changes:
        rows = tuple(
            (
                Cell(change.date),
                Cell(change.field),
                Cell(f"{plain(change.old)} → {plain(change.new)}", style="stale"),
                Cell(change.author),
                Cell(change.commit[:10]),
                Cell(change.message),
            )
            for change in item.changes
        )
        heads = _heads(lang, "Date", "Field", "Change", "By", "Commit", "Message")
        title = tr(lang, "Goalposts moved since the last talk")
        tables.append(Table("goalposts", title, 4, heads, "llllll", rows, frozenset({5})))
    if item.parent:
        rows = tuple(
            (
                Cell(change.date),
                Cell(change.goal or goal.id),
                Cell(change.field),
                Cell(f"{plain(change.old)} → {plain(change.new)}", style="stale"),
                Cell(change.author),
                Cell(change.commit[:10]),
            )
            for change in item.parent
        )
        heads = _heads(lang, "Date", "Goal", "Field", "Change", "By", "Commit")
        title = tr(lang, "The parent goal changed since the last talk")
        tables.append(Table("parent", title, 4, heads, "llllll", rows))
    title = f"{goal.id}: {goal.statement}" if goal.statement else goal.id
    return Part("goal", title, 3, tuple(lines), tables=tuple(tables), goal=goal)


def _kpis(talk: Conversation, lang: str) -> Part:
    rows = []
    for item in talk.kpis:
        kpi = item.kpi
        series = tuple((p.date, p.value) for p in item.points if p.value is not None)
        said = "" if kpi.better is None else "better" if kpi.better else "worse"
        rows.append(
            (
                Cell(kpi.id),
                Cell(kpi.statement),
                Cell(kpi.unit or ""),
                Cell(number(kpi.value)),
                Cell(change_text(kpi, lang), style=said),
                Cell(
                    " ".join(f"{d}: {number(v)}" for d, v in series) or "–",
                    series=series if len(series) > 1 else (),  # one point draws no line
                ),
                Cell(checkin_cell(kpi, lang), style="stale" if kpi.stale else ""),
            )
        )
    heads = _heads(
        lang, "KPI", "Statement", "Unit", "Latest", "Change", "Since the last talk", "Last check-in"
    )
    table = Table("kpis", tr(lang, "KPIs"), 3, heads, "lllrlll", tuple(rows), frozenset({1}))
    return Part(
        "kpis",
        tr(lang, "KPIs"),
        2,
        tables=(table,) if rows else (),
        empty=tr(lang, "No KPI of {person} or of the goals.", person=talk.person),
    )


def _activities(talk: Conversation, lang: str) -> Part:
    rows = tuple(
        (
            Cell(activity.id),
            Cell(activity.goal or "–"),
            Cell(activity.statement),
            Cell(word(STATES, activity.state, lang)),
            Cell(activity.due or "–"),
            Cell(tr(lang, "overdue") if activity.overdue else "", style="stale"),
            Cell(activity.effort or "–"),
        )
        for activity in talk.activities
    )
    heads = _heads(lang, "Activity", "Goal", "Statement", "State", "Due", "Overdue", "Effort")
    table = Table("activities", tr(lang, "Activities"), 3, heads, "lllllll", rows, frozenset({2}))
    return Part(
        "activities",
        tr(lang, "Activities"),
        2,
        tables=(table,) if rows else (),
        empty=tr(lang, "No activities planned."),
    )


def _behaviours(talk: Conversation, lang: str) -> Part:
    rows = tuple(
        (
            Cell(behaviour.id),
            Cell(behaviour.goal or "–"),
            Cell(behaviour.statement),
            Cell(behaviour.frequency or "–"),
            Cell(
                " ".join(f"{period}: {number(value)}" for period, value in behaviour.seen)
                or tr(lang, "not yet observed"),
                style="" if behaviour.seen else "stale",
            ),
        )
        for behaviour in talk.behaviours
    )
    heads = _heads(lang, "Behaviour", "Goal", "Statement", "Frequency", "Observations")
    table = Table("behaviours", tr(lang, "Behaviours"), 3, heads, "lllll", rows, frozenset({2}))
    return Part(
        "behaviours",
        tr(lang, "Behaviours"),
        2,
        tables=(table,) if rows else (),
        empty=tr(lang, "No behaviours."),
    )


def _calibration(talk: Conversation, lang: str) -> Part:
    found = talk.calibration
    rows = tuple(
        (
            Cell(row.id),
            Cell(status(row.status, lang)),
            Cell(percent(row.first)),
            Cell(percent(row.last)),
            Cell(percent(row.reached)),
        )
        for row in found.rows
    )
    heads = _heads(lang, "Goal", "Status", "First confidence", "Last confidence", "Reached")
    table = Table("calibration", tr(lang, "Calibration"), 3, heads, "llrrr", rows)
    return Part(
        "calibration",
        tr(lang, "Calibration from history"),
        2,
        (sentence(lang, found.sentence(talk.person)),),
        tables=(table,) if rows else (),
    )
