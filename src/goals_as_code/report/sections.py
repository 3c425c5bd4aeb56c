"""The report as a page of sections, built once in the report's language; each format draws it.

The terminal table, the Markdown summary and the HTML page show the same things in the same order:
a heading and notes, the goals, their problems and moved goalposts, the roll-ups by owner and by
team, the alignment tree, the open statements per person, and the KPIs. What differs between
formats is only how a cell is drawn: a status in colour, a tree row indented, a trend as a line
of numbers or as a small chart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from goals_as_code.i18n.messages import N_, STATES, sentence, status, tr, word
from goals_as_code.report.model import (
    NO_OWNER,
    NO_TEAM,
    Activity,
    Behaviour,
    Goal,
    Kpi,
    Report,
    Rollups,
)
from goals_as_code.source import progress as calc
from goals_as_code.source.fields import show


class Cell(NamedTuple):
    """One cell: its text, and what a format may draw beside it."""

    text: str
    style: str = ""  # a status name, "stale", "better" or "worse": a colour or a class
    link: str = ""  # a goal id the cell may link to (HTML)
    depth: int = 0  # the depth of a row of the alignment tree
    series: tuple[tuple[str, float], ...] = ()  # (date, value) a trend cell draws (HTML)


class Table(NamedTuple):
    """A titled table. ``align`` has one letter per column: ``l`` left, ``r`` right. Columns in
    ``wide`` are left out where space is short (the terminal)."""

    key: str  # goals, goalposts, owners, teams, alignment, focus, kpis, units
    title: str
    level: int  # 2 a section, 3 a part of the section before it
    headers: tuple[str, ...]
    align: str
    rows: tuple[tuple[Cell, ...], ...]
    wide: frozenset[int] = frozenset()
    keep: int = 2  # the terminal leaves out the columns shown after these before it cuts names


class Page(NamedTuple):
    heading: str
    shallow: str | None  # how far back a shallow clone sees, when it is one
    notes: tuple[str, ...]
    empty: str | None  # why there is nothing to report, when there is nothing
    lang: str
    report: Report
    goals: tuple[Goal, ...]
    problems: tuple[tuple[Goal, str], ...]  # each goal's problems, in words
    tables: tuple[Table, ...]  # in the order every format shows them
    no_match: str  # said in place of the goals table when no goal passes the filters
    legend: str = ""  # one line under the goals table: what pace means


# --- values in words ----------------------------------------------------------------------------


def number(value: float | None) -> str:
    return plain(value)


def target_text(target: float | Sequence[float] | None) -> str:
    if isinstance(target, Sequence):
        return "–".join(number(bound) for bound in target) if target else "–"
    return number(target)


def percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)} %"


def ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def plain(value: object) -> str:
    """A value in the report: numbers to four significant digits, lists in brackets, "–" for
    none."""
    return show(value, none="–", digits=4)


def levels(goal: Goal, *, unit: bool = True) -> str:
    """baseline → current → target, with the unit."""
    unit_text = f" {goal.unit}" if goal.unit and unit else ""
    return (
        f"{number(goal.baseline)} → {number(goal.current)} → {target_text(goal.target)}{unit_text}"
    )


def heading(report: Report, lang: str = "en") -> str:
    revision = f"commit {report.revision[:10]}" if report.revision else tr(lang, "no commits")
    at = report.at
    if at and len(at) >= 12 and all(char in "0123456789abcdef" for char in at.lower()):
        at = at[:10]  # a full sha says no more than the commit already named
    asked = f", --at {at}" if at else ""
    return tr(
        lang,
        "Goals as of {date} ({revision}{asked})",
        date=report.as_of,
        revision=revision,
        asked=asked,
    )


def shallow_line(report: Report, lang: str = "en") -> str | None:
    if not report.shallow:
        return None
    where = report.history_from or tr(lang, "its oldest commit")
    return tr(
        lang,
        "Shallow clone: the history is seen back to {where} only; older check-ins are not counted "
        "(run 'git fetch --unshallow' for all of them).",
        where=where,
    )


def checkin_cell(goal: Goal | Kpi, lang: str = "en") -> str:
    stale = f" ({tr(lang, 'stale')})" if goal.stale else ""
    if goal.last_checkin is None:
        return tr(lang, "never") + stale
    return goal.last_checkin + stale


def change_text(kpi: Kpi, lang: str = "en") -> str:
    if kpi.change is None:
        return "–"
    arrow = "↑" if kpi.change > 0 else "↓" if kpi.change < 0 else "→"
    verdict = "" if kpi.better is None else " " + tr(lang, "better" if kpi.better else "worse")
    sign = "+" if kpi.change > 0 else ""
    return f"{arrow} {sign}{number(kpi.change)}{verdict}"


def previous_values(kpi: Kpi) -> Mapping[str, float]:
    """Each unit's value at the check-in before its latest change."""
    earlier: dict[str, float] = {}
    latest: dict[str, float] = {}
    for point in kpi.points:
        for name, value in point.values.items():
            if name in latest and latest[name] != value:
                earlier[name] = latest[name]
            latest[name] = value
    return earlier


def status_summary(statuses: Mapping[str, int], lang: str = "en") -> str:
    return ", ".join(
        f"{statuses[name]} {status(name, lang)}" for name in calc.STATUSES if statuses.get(name)
    )


def status_cell(goal: Goal, lang: str = "en") -> str:
    """The goal's status, and beside it the status its numbers give when they contradict it."""
    if goal.computed is None:
        return status(goal.status, lang)
    return tr(
        lang,
        "{status} (the numbers: {computed})",
        status=status(goal.status, lang),
        computed=status(goal.computed, lang),
    )


def group_name(name: str, lang: str = "en") -> str:
    """A group's name; the groups of goals without a team or owner are named in ``lang``."""
    return tr(lang, name) if name in (NO_TEAM, NO_OWNER) else name


def latest(kpi: Kpi, lang: str = "en") -> str:
    return tr(lang, "Latest ({unit})", unit=kpi.unit) if kpi.unit else tr(lang, "Latest")


# --- the page -----------------------------------------------------------------------------------


def page(report: Report, goals: Sequence[Goal], rolled: Rollups, lang: str = "en") -> Page:
    """The sections of the report of ``goals`` (those that passed the filters)."""
    tables: list[Table] = []
    if not report.empty:
        tables.append(_goals(goals, lang))
        tables += [table for table in (_goalposts(goals, lang),) if table.rows]
        tables += [table for table in (_confidence(goals, lang),) if table.rows]
        tables += _groups(rolled, lang)
        if any(node.children for node in rolled.tree):
            tables.append(_alignment(rolled, lang))
        if report.counts:
            tables.append(_focus(report, lang))
        serving: dict[str, list[Activity]] = {}
        for activity in report.activities:
            serving.setdefault(activity.goal or "", []).append(activity)
        planned = [activity for goal in goals for activity in serving.get(goal.id, [])]
        if planned:
            tables += [
                _plans(goals, planned, lang),
                _activities(planned, lang),
                _effort(planned, lang),
            ]
        owners = {goal.owner for goal in goals}
        shown_ids = {goal.id for goal in goals}
        conduct = [
            behaviour
            for behaviour in report.behaviours
            if behaviour.goal in shown_ids or (behaviour.goal is None and behaviour.owner in owners)
        ]
        if conduct:
            tables.append(_behaviours(conduct, lang))
        if report.kpis:
            tables.append(_kpis(report, lang))
            tables += [_units(kpi, lang) for kpi in report.kpis if kpi.values]
    return Page(
        heading=heading(report, lang),
        shallow=shallow_line(report, lang),
        notes=tuple(tr(lang, "Note: {note}", note=sentence(lang, note)) for note in report.notes),
        empty=sentence(lang, report.empty) if report.empty else None,
        lang=lang,
        report=report,
        goals=tuple(goals),
        problems=tuple(
            (goal, sentence(lang, problem)) for goal in goals for problem in goal.problems
        ),
        tables=tuple(tables),
        no_match=tr(lang, "No goal matches the filters."),
        legend=tr(
            lang,
            "Pace: progress ÷ the progress expected by now on a straight line from start to "
            "deadline; 1.00 is on schedule, below 1 behind.",
        ),
    )


def _heads(lang: str, *names: str) -> tuple[str, ...]:
    return tuple(tr(lang, name) for name in names)


def _goals(goals: Sequence[Goal], lang: str) -> Table:
    rows = tuple(
        (
            Cell(goal.id, link=goal.id),
            Cell(goal.statement or ""),
            Cell(group_name(goal.owner, lang)),
            Cell(levels(goal)),
            Cell(percent(goal.progress)),
            Cell(ratio(goal.pace)),
            Cell(status_cell(goal, lang), style=goal.status),
            Cell(checkin_cell(goal, lang), style="stale" if goal.stale else ""),
            Cell(str(len(goal.points))),
        )
        for goal in goals
    )
    headers = _heads(
        lang,
        "Goal",
        "Statement",
        "Owner",
        "Baseline → current → target",
        "Progress",
        "Pace",
        "Status",
        "Last check-in",
        "Check-ins",
    )
    return Table("goals", tr(lang, "Goals"), 2, headers, "lllrrrllr", rows, frozenset({1}), keep=6)


def _goalposts(goals: Sequence[Goal], lang: str) -> Table:
    rows = tuple(
        (
            Cell(post.date),
            Cell(goal.id, link=goal.id),
            Cell(post.field),
            Cell(f"{plain(post.old)} → {plain(post.new)}"),
            Cell(post.author),
            Cell(post.commit[:10]),
        )
        for goal in goals
        for post in goal.goalposts
    )
    headers = _heads(lang, "Date", "Goal", "Field", "Change", "By", "Commit")
    return Table("goalposts", tr(lang, "Moved goalposts"), 3, headers, "llllll", rows)


TRENDS = {1: "↑", -1: "↓", 0: "→"}


def belief_text(goal: Goal, holder: str) -> str:
    """A confidence value and its trend since its last change: '0.5 ↓ (0.8)'; '–' when none."""
    for belief in goal.beliefs:
        if belief.holder != holder:
            continue
        if belief.previous is None or belief.previous == belief.value:
            return number(belief.value)
        trend = TRENDS[(belief.value > belief.previous) - (belief.value < belief.previous)]
        return f"{number(belief.value)} {trend} ({number(belief.previous)})"
    return "–"


def _confidence(goals: Sequence[Goal], lang: str) -> Table:
    rows = tuple(
        (
            Cell(goal.id, link=goal.id),
            Cell(group_name(goal.owner, lang)),
            Cell(belief_text(goal, "owner")),
            Cell(belief_text(goal, "manager")),
        )
        for goal in goals
        if goal.beliefs
    )
    headers = _heads(lang, "Goal", "Owner", "Owner's confidence", "Manager's confidence")
    return Table("confidence", tr(lang, "Confidence"), 3, headers, "llrr", rows)


def _groups(rolled: Rollups, lang: str) -> list[Table]:
    tables = []
    for key, title, first, groups in (
        ("owners", N_("By owner"), N_("Owner"), rolled.owners),
        ("teams", N_("By team"), N_("Team"), rolled.teams),
    ):
        if not groups:
            continue
        rows = tuple(
            (
                Cell(group_name(group.name, lang)),
                Cell(str(group.goals)),
                Cell(percent(group.progress)),
                Cell(status_summary(group.statuses, lang)),
            )
            for group in groups
        )
        headers = _heads(lang, first, "Goals", "Progress", "Statuses")
        tables.append(Table(key, tr(lang, title), 2, headers, "lrrl", rows))
    return tables


def _alignment(rolled: Rollups, lang: str) -> Table:
    rows = tuple(
        (
            Cell(node.id, link=node.id, depth=node.depth),
            Cell(number(node.weight)),
            Cell(percent(node.own)),
            Cell(percent(node.rolled) if node.children else ""),
        )
        for node in rolled.tree
    )
    headers = _heads(lang, "Goal", "Weight", "Own progress", "From children")
    return Table("alignment", tr(lang, "Alignment"), 2, headers, "lrrr", rows)


def hours_text(value: float) -> str:
    return number(round(value, 1))


def _plans(goals: Sequence[Goal], planned: Sequence[Activity], lang: str) -> Table:
    """Each goal's plan: activities done of those not dropped, overdue, and the effort."""
    rows = []
    for goal in goals:
        mine = [a for a in planned if a.goal == goal.id and a.state != "dropped"]
        if not mine:
            continue
        done = sum(1 for a in mine if a.state == "done")
        overdue = sum(1 for a in mine if a.overdue)
        sized = [a.hours for a in mine if a.hours is not None]
        rows.append(
            (
                Cell(goal.id, link=goal.id),
                Cell(f"{done}/{len(mine)}"),
                Cell(str(overdue), style="stale" if overdue else ""),
                Cell(hours_text(sum(sized)) if sized else "–"),
            )
        )
    headers = _heads(lang, "Goal", "Done", "Overdue", "Effort (hours)")
    return Table("plans", tr(lang, "Activity plan per goal"), 2, headers, "lrrr", tuple(rows))


def _activities(planned: Sequence[Activity], lang: str) -> Table:
    rows = tuple(
        (
            Cell(activity.id),
            Cell(activity.goal or "", link=activity.goal or ""),
            Cell(activity.statement),
            Cell(group_name(activity.owner, lang)),
            Cell(word(STATES, activity.state, lang)),
            Cell(
                tr(lang, "{date} (overdue)", date=activity.due)
                if activity.overdue
                else activity.due or "–",
                style="stale" if activity.overdue else "",
            ),
            Cell(activity.effort or "–"),
        )
        for activity in planned
    )
    headers = _heads(lang, "Activity", "Goal", "Statement", "Owner", "State", "Due", "Effort")
    title = tr(lang, "Activities")
    return Table("activities", title, 3, headers, "lllllll", rows, frozenset({2}))


def _effort(planned: Sequence[Activity], lang: str) -> Table:
    """The effort of the open and done activities per person."""
    people: dict[str, list[Activity]] = {}
    for activity in planned:
        if activity.state != "dropped":
            people.setdefault(activity.owner, []).append(activity)
    rows = []
    for owner in sorted(people):
        mine = people[owner]
        sized = [a.hours for a in mine if a.hours is not None]
        open_ = sum(1 for a in mine if a.state in ("todo", "doing"))
        rows.append(
            (
                Cell(group_name(owner, lang)),
                Cell(str(len(mine))),
                Cell(str(open_)),
                Cell(hours_text(sum(sized)) if sized else "–"),
            )
        )
    headers = _heads(lang, "Owner", "Activities", "Open", "Effort (hours)")
    return Table("effort", tr(lang, "Effort per person"), 3, headers, "lrrr", tuple(rows))


def _behaviours(conduct: Sequence[Behaviour], lang: str) -> Table:
    """Each behaviour with its frequency and how often it was seen, latest periods last."""
    rows = tuple(
        (
            Cell(behaviour.id),
            Cell(behaviour.goal or "", link=behaviour.goal or ""),
            Cell(behaviour.statement),
            Cell(group_name(behaviour.owner, lang)),
            Cell(behaviour.frequency or "–"),
            Cell(
                " ".join(f"{period}: {number(value)}" for period, value in behaviour.seen[-6:])
                or tr(lang, "not yet observed"),
                style="" if behaviour.seen else "stale",
            ),
        )
        for behaviour in conduct
    )
    headers = _heads(lang, "Behaviour", "Goal", "Statement", "Owner", "Frequency", "Seen")
    return Table("behaviours", tr(lang, "Behaviours"), 2, headers, "llllll", rows, frozenset({2}))


def _focus(report: Report, lang: str) -> Table:
    rows = tuple(
        (
            Cell(group_name(count.owner, lang)),
            Cell(str(count.goals)),
            Cell(str(count.kpis)),
            Cell(str(count.activities)),
            Cell(str(count.behaviours)),
        )
        for count in report.counts
    )
    headers = _heads(lang, "Owner", "Goals", "KPIs", "Activities", "Behaviours")
    title = tr(lang, "Focus: open statements per person")
    return Table("focus", title, 2, headers, "lrrrr", rows)


def healthy_text(kpi: Kpi) -> str:
    """The KPI's healthy range: ``≥ 8``, ``≤ 40`` or ``8–12``; ``–`` when it has none."""
    low, high = kpi.healthy
    if low is not None and high is not None:
        return f"{number(low)}–{number(high)}"
    if low is not None:
        return f"≥ {number(low)}"
    return f"≤ {number(high)}" if high is not None else "–"


def unhealthy(kpi: Kpi, value: float | None) -> bool:
    """Whether ``value`` is outside the KPI's healthy range."""
    low, high = kpi.healthy
    if value is None:
        return False
    return (low is not None and value < low) or (high is not None and value > high)


def verdict(kpi: Kpi, change: float | None) -> str:
    """``better`` or ``worse`` for a change by the KPI's direction; empty when it cannot tell."""
    if change is None or change == 0 or kpi.direction not in ("increase", "decrease"):
        return ""
    return "better" if (change > 0) == (kpi.direction == "increase") else "worse"


def _latest_cell(kpi: Kpi, value: float | None, lang: str) -> Cell:
    if not unhealthy(kpi, value):
        return Cell(number(value))
    return Cell(tr(lang, "{value} (unhealthy)", value=number(value)), style="worse")


def _kpis(report: Report, lang: str) -> Table:
    rows = []
    for kpi in report.kpis:
        series = tuple((point.date, point.value) for point in kpi.points if point.value is not None)
        said = "" if kpi.better is None else "better" if kpi.better else "worse"
        rows.append(
            (
                Cell(kpi.id),
                Cell(kpi.statement or ""),
                Cell(kpi.unit or ""),
                _latest_cell(kpi, kpi.value, lang),
                Cell(healthy_text(kpi)),
                Cell(change_text(kpi, lang), style=said),
                Cell(" ".join(number(value) for _, value in series[-6:]), series=series),
                Cell(checkin_cell(kpi, lang), style="stale" if kpi.stale else ""),
            )
        )
    headers = _heads(
        lang, "KPI", "Statement", "Unit", "Latest", "Healthy", "Change", "Trend", "Last check-in"
    )
    return Table("kpis", tr(lang, "KPIs"), 2, headers, "lllrllll", tuple(rows), frozenset({1}))


def _units(kpi: Kpi, lang: str) -> Table:
    before = previous_values(kpi)
    rows = []
    for name, value in sorted(kpi.values.items()):
        earlier = before.get(name)
        change = None if earlier is None else value - earlier
        said = verdict(kpi, change)
        text = "–" if change is None else f"{'+' if change > 0 else ''}{number(change)}"
        if said:
            text += " " + tr(lang, said)
        rows.append(
            (
                Cell(name),
                _latest_cell(kpi, value, lang),
                Cell(number(earlier)),
                Cell(text, style=said),
            )
        )
    headers = (
        tr(lang, "Team or person"),
        latest(kpi, lang),
        tr(lang, "Before"),
        tr(lang, "Change"),
    )
    title = tr(lang, "{id}: side by side", id=kpi.id)
    return Table("units", title, 3, headers, "lrrl", tuple(rows))
