"""The report as a terminal table (rich), Markdown, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from typing import Any

from goals_as_code.i18n.messages import sentence, status, tr
from goals_as_code.report import progress as calc
from goals_as_code.report.model import NO_OWNER, NO_TEAM, Goal, Kpi, Report, Rollups
from goals_as_code.source.fields import show
from goals_as_code.source.text import markdown as markdown_text

LABELS = {name: status(name, "en") for name in calc.STATUSES}  # in words, e.g. "on track"
STYLES = {
    calc.ON_TRACK: "green",
    calc.AT_RISK: "yellow",
    calc.BEHIND: "red",
    calc.ACHIEVED: "bold green",
    calc.MISSED: "bold red",
    calc.OVERDUE: "bold red",
    calc.NOT_STARTED: "dim",
    calc.DROPPED: "dim",
    calc.UNKNOWN: "magenta",
}


# --- shared wording ----------------------------------------------------------------------------


def plain(value: object) -> str:
    """A value in the report: numbers to four significant digits, "–" when there is none."""
    return show(value, none="–", digits=4)


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


def unit_names(kpis: Sequence[Kpi]) -> list[str]:
    return sorted({name for kpi in kpis for name in kpi.values})


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


def group_name(name: str, lang: str = "en") -> str:
    """A group's name; the groups of goals without a team or owner are named in ``lang``."""
    return tr(lang, name) if name in (NO_TEAM, NO_OWNER) else name


def groupings(rolled: Rollups) -> tuple[tuple[str, str, Sequence[Any]], ...]:
    """The roll-ups by owner and by team: title, first column, groups."""
    return (("By owner", "Owner", rolled.owners), ("By team", "Team", rolled.teams))


# --- text ---------------------------------------------------------------------------------------


def text(
    report: Report,
    goals: Sequence[Goal],
    rolled: Rollups,
    *,
    color: bool,
    width: int,
    lang: str = "en",
) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    out = io.StringIO()
    console = Console(
        file=out,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        width=width,
        highlight=False,
        emoji=False,
        markup=False,
    )
    console.print(Text(heading(report, lang), style="bold"))
    if line := shallow_line(report, lang):
        console.print(Text(line, style="yellow"))
    for note in report.notes:
        console.print(Text(tr(lang, "Note: {note}", note=sentence(lang, note)), style="dim"))
    if report.empty:
        console.print(sentence(lang, report.empty))
        return out.getvalue()

    table = Table(
        box=box.SIMPLE_HEAD,
        title=tr(lang, "Goals"),
        title_justify="left",
        title_style="bold",
        pad_edge=False,
        collapse_padding=True,
    )
    table.add_column(tr(lang, "Goal"), overflow="fold", min_width=20)
    table.add_column(tr(lang, "Owner"), overflow="fold", min_width=12)
    table.add_column(tr(lang, "Baseline → now → target"), justify="right", no_wrap=True)
    table.add_column(tr(lang, "Unit"), max_width=14)
    table.add_column(tr(lang, "Progress"), justify="right", no_wrap=True)
    table.add_column(tr(lang, "Pace"), justify="right", no_wrap=True)
    table.add_column(tr(lang, "Status"), no_wrap=True)
    table.add_column(tr(lang, "Last"), no_wrap=True)
    table.add_column(tr(lang, "Check-ins"), justify="right", no_wrap=True)
    for goal in goals:
        table.add_row(
            goal.id,
            group_name(goal.owner, lang),
            levels(goal, unit=False),
            goal.unit or "",
            percent(goal.progress),
            ratio(goal.pace),
            Text(status(goal.status, lang), style=STYLES[goal.status]),
            Text(checkin_cell(goal, lang), style="yellow" if goal.stale else ""),
            str(len(goal.points)),
        )
    if goals:
        console.print(table)
    else:
        console.print(tr(lang, "No goal matches the filters."))
    for goal in goals:
        for problem in goal.problems:
            console.print(
                Text(f"{goal.path}: {goal.id}: {sentence(lang, problem)}", style="magenta")
            )
    moved = [(goal, post) for goal in goals for post in goal.goalposts]
    if moved:
        console.print(Text("\n" + tr(lang, "Moved goalposts"), style="bold"))
        for goal, post in moved:
            console.print(
                f"  {post.date}  {goal.id}  {post.field}: {plain(post.old)} → "
                f"{plain(post.new)}  ({post.author}, {post.commit[:10]})"
            )

    for title, first, groups in groupings(rolled):
        if not groups:
            continue
        group_table = Table(box=box.SIMPLE_HEAD, title=tr(lang, title), title_justify="left")
        group_table.title_style = "bold"
        group_table.add_column(tr(lang, first))
        group_table.add_column(tr(lang, "Goals"), justify="right")
        group_table.add_column(tr(lang, "Progress"), justify="right")
        group_table.add_column(tr(lang, "Statuses"))
        for group in groups:
            group_table.add_row(
                group_name(group.name, lang),
                str(group.goals),
                percent(group.progress),
                status_summary(group.statuses, lang),
            )
        console.print(group_table)

    if any(node.children for node in rolled.tree):
        tree_table = Table(box=box.SIMPLE_HEAD, title=tr(lang, "Alignment"), title_justify="left")
        tree_table.title_style = "bold"
        tree_table.add_column(tr(lang, "Goal"))
        tree_table.add_column(tr(lang, "Weight"), justify="right")
        tree_table.add_column(tr(lang, "Own progress"), justify="right")
        tree_table.add_column(tr(lang, "From children"), justify="right")
        for node in rolled.tree:
            tree_table.add_row(
                "  " * node.depth + ("└ " if node.depth else "") + node.id,
                number(node.weight),
                percent(node.own),
                percent(node.rolled) if node.children else "",
            )
        console.print(tree_table)

    if report.counts:
        focus = Table(box=box.SIMPLE_HEAD, title=tr(lang, "Focus: open statements per person"))
        focus.title_justify = "left"
        focus.title_style = "bold"
        for name in ("Owner", "Goals", "KPIs", "Activities", "Behaviours"):
            focus.add_column(tr(lang, name), justify="left" if name == "Owner" else "right")
        for count in report.counts:
            focus.add_row(
                group_name(count.owner, lang),
                str(count.goals),
                str(count.kpis),
                str(count.activities),
                str(count.behaviours),
            )
        console.print(focus)

    if report.kpis:
        kpi_table = Table(box=box.SIMPLE_HEAD, title=tr(lang, "KPIs"), title_justify="left")
        kpi_table.title_style = "bold"
        for name, justify in (
            ("KPI", "left"),
            ("Unit", "left"),
            ("Latest", "right"),
            ("Change", "left"),
            ("Series", "left"),
            ("Last check-in", "left"),
        ):
            kpi_table.add_column(tr(lang, name), justify=justify)  # type: ignore[arg-type]
        for kpi in report.kpis:
            series = [point.value for point in kpi.points if point.value is not None]
            kpi_table.add_row(
                kpi.id,
                kpi.unit or "",
                number(kpi.value),
                change_text(kpi, lang),
                " ".join(number(value) for value in series[-6:]),
                Text(checkin_cell(kpi, lang), style="yellow" if kpi.stale else ""),
            )
        console.print(kpi_table)
        for kpi in report.kpis:
            if not kpi.values:
                continue
            units = Table(
                box=box.SIMPLE_HEAD,
                title=tr(lang, "{id}: side by side", id=kpi.id),
                title_justify="left",
            )
            units.title_style = "bold"
            units.add_column(tr(lang, "Team or person"))
            units.add_column(latest(kpi, lang), justify="right")
            units.add_column(tr(lang, "Before"), justify="right")
            before = previous_values(kpi)
            for name, value in sorted(kpi.values.items(), key=lambda item: item[0]):
                units.add_row(name, number(value), number(before.get(name)))
            console.print(units)
    return out.getvalue()


def latest(kpi: Kpi, lang: str = "en") -> str:
    return tr(lang, "Latest ({unit})", unit=kpi.unit) if kpi.unit else tr(lang, "Latest")


# --- markdown -----------------------------------------------------------------------------------


def md(value: object) -> str:
    """User text made inert in Markdown (see ``source.text``), numbers as in the tables."""
    return markdown_text(plain(value))


def _md_table(headers: Sequence[str], rows: Sequence[Sequence[str]], align: str) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |"]
    lines.append("|" + "|".join("---:" if side == "r" else "---" for side in align) + "|")
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def markdown(report: Report, goals: Sequence[Goal], rolled: Rollups, lang: str = "en") -> str:
    def heads(*names: str) -> list[str]:
        return [tr(lang, name) for name in names]

    lines = [f"# {md(heading(report, lang))}", ""]
    if line := shallow_line(report, lang):
        lines += [f"> {md(line)}", ""]
    lines += [
        f"- {md(tr(lang, 'Note: {note}', note=sentence(lang, note)))}" for note in report.notes
    ]
    if report.notes:
        lines.append("")
    if report.empty:
        return "\n".join([*lines, md(sentence(lang, report.empty)), ""])
    lines += [f"## {tr(lang, 'Goals')}", ""]
    rows = [
        [
            md(goal.id),
            md(goal.statement),
            md(group_name(goal.owner, lang)),
            md(levels(goal)),
            percent(goal.progress),
            ratio(goal.pace),
            status(goal.status, lang),
            md(checkin_cell(goal, lang)),
            str(len(goal.points)),
        ]
        for goal in goals
    ]
    if rows:
        lines += _md_table(
            heads(
                "Goal",
                "Statement",
                "Owner",
                "Baseline → current → target",
                "Progress",
                "Pace",
                "Status",
                "Last check-in",
                "Check-ins",
            ),
            rows,
            "lllrrrllr",
        )
    else:
        lines += [tr(lang, "No goal matches the filters."), ""]
    problems = [(goal, problem) for goal in goals for problem in goal.problems]
    if problems:
        lines += [f"### {tr(lang, 'Problems')}", ""]
        lines += [
            f"- `{goal.path}` {md(goal.id)}: {md(sentence(lang, problem))}"
            for goal, problem in problems
        ]
        lines.append("")
    moved = [(goal, post) for goal in goals for post in goal.goalposts]
    if moved:
        lines += [f"### {tr(lang, 'Moved goalposts')}", ""]
        lines += _md_table(
            heads("Date", "Goal", "Field", "Change", "By"),
            [
                [
                    post.date,
                    md(goal.id),
                    md(post.field),
                    f"{md(post.old)} → {md(post.new)}",
                    md(post.author),
                ]
                for goal, post in moved
            ],
            "lllll",
        )
    for title, first, groups in groupings(rolled):
        if groups:
            lines += [f"## {tr(lang, title)}", ""]
            lines += _md_table(
                heads(first, "Goals", "Progress", "Statuses"),
                [
                    [
                        md(group_name(g.name, lang)),
                        str(g.goals),
                        percent(g.progress),
                        status_summary(g.statuses, lang),
                    ]
                    for g in groups
                ],
                "lrrl",
            )
    if any(node.children for node in rolled.tree):
        lines += [f"## {tr(lang, 'Alignment')}", ""]
        lines += _md_table(
            heads("Goal", "Weight", "Own progress", "From children"),
            [
                [
                    "&nbsp;&nbsp;" * node.depth + ("└ " if node.depth else "") + md(node.id),
                    number(node.weight),
                    percent(node.own),
                    percent(node.rolled) if node.children else "",
                ]
                for node in rolled.tree
            ],
            "lrrr",
        )
    if report.counts:
        lines += [f"## {tr(lang, 'Focus: open statements per person')}", ""]
        lines += _md_table(
            heads("Owner", "Goals", "KPIs", "Activities", "Behaviours"),
            [
                [
                    md(group_name(c.owner, lang)),
                    str(c.goals),
                    str(c.kpis),
                    str(c.activities),
                    str(c.behaviours),
                ]
                for c in report.counts
            ],
            "lrrrr",
        )
    if report.kpis:
        lines += [f"## {tr(lang, 'KPIs')}", ""]
        lines += _md_table(
            heads("KPI", "Unit", "Latest", "Change", "Check-ins", "Last check-in"),
            [
                [
                    md(k.id),
                    md(k.unit or ""),
                    number(k.value),
                    md(change_text(k, lang)),
                    str(len(k.points)),
                    md(checkin_cell(k, lang)),
                ]
                for k in report.kpis
            ],
            "llrlrl",
        )
        for kpi in report.kpis:
            if kpi.values:
                before = previous_values(kpi)
                lines += [f"### {tr(lang, '{id}: side by side', id=md(kpi.id))}", ""]
                lines += _md_table(
                    heads("Team or person", "Latest", "Before"),
                    [
                        [md(name), number(value), number(before.get(name))]
                        for name, value in sorted(kpi.values.items())
                    ],
                    "lrr",
                )
    return "\n".join(lines)


# --- json ---------------------------------------------------------------------------------------


def _point(point: Any) -> dict[str, Any]:
    return {
        "date": point.date,
        "value": point.value,
        "values": dict(point.values),
        "commit": point.commit,
        "author": point.author,
        "recorded": point.recorded,
        "message": point.message,
    }


def goal_json(goal: Goal) -> dict[str, Any]:
    return {
        "id": goal.id,
        "path": goal.path,
        "statement": goal.statement,
        "owner": goal.owner,
        "team": goal.team,
        "parent": goal.parent,
        "kpi": goal.kpi,
        "declared_status": goal.declared,
        "unit": goal.unit,
        "direction": goal.direction,
        "baseline": goal.baseline,
        "target": goal.target,
        "current": goal.current,
        "current_from": goal.current_from,
        "measured": goal.measured,
        "start": goal.start,
        "deadline": goal.deadline,
        "weight": goal.weight,
        "frequency": goal.frequency,
        "progress": goal.progress,
        "expected": goal.expected,
        "pace": goal.pace,
        "status": goal.status,
        "stale": goal.stale,
        "last_checkin": goal.last_checkin,
        "checkins": len(goal.points),
        "series": [_point(point) for point in goal.points],
        "goalposts": [
            {
                "date": post.date,
                "field": post.field,
                "old": post.old,
                "new": post.new,
                "commit": post.commit,
                "author": post.author,
            }
            for post in goal.goalposts
        ],
        "problems": list(goal.problems),
    }


def as_json(report: Report, goals: Sequence[Goal], rolled: Rollups) -> str:
    document = {
        "as_of": report.as_of,
        "revision": report.revision,
        "at": report.at,
        "shallow": report.shallow,
        "history_from": report.history_from,
        "notes": list(report.notes),
        "empty": report.empty,
        "goals": [goal_json(goal) for goal in goals],
        "kpis": [
            {
                "id": kpi.id,
                "path": kpi.path,
                "statement": kpi.statement,
                "owner": kpi.owner,
                "team": kpi.team,
                "unit": kpi.unit,
                "direction": kpi.direction,
                "frequency": kpi.frequency,
                "value": kpi.value,
                "values": dict(kpi.values),
                "measured": kpi.measured,
                "change": kpi.change,
                "better": kpi.better,
                "stale": kpi.stale,
                "last_checkin": kpi.last_checkin,
                "checkins": len(kpi.points),
                "series": [_point(point) for point in kpi.points],
            }
            for kpi in report.kpis
        ],
        "rollups": {
            "owners": [group._asdict() for group in rolled.owners],
            "teams": [group._asdict() for group in rolled.teams],
            "tree": [node._asdict() for node in rolled.tree],
        },
        "counts": [count._asdict() for count in report.counts],
    }
    return json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n"


# --- csv ----------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "id",
    "owner",
    "team",
    "parent",
    "kpi",
    "unit",
    "direction",
    "baseline",
    "target",
    "current",
    "measured",
    "start",
    "deadline",
    "weight",
    "progress",
    "expected",
    "pace",
    "status",
    "stale",
    "last_checkin",
    "checkins",
    "statement",
    "problems",
)


def as_csv(report: Report, goals: Sequence[Goal], rolled: Rollups) -> str:
    del report, rolled  # one row per goal; roll-ups are in the other formats
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for goal in goals:
        row = goal_json(goal)
        target = row["target"]
        row["target"] = (
            "..".join(number(bound) for bound in target) if isinstance(target, list) else target
        )
        row["problems"] = "; ".join(goal.problems)
        row["stale"] = "yes" if goal.stale else "no"
        writer.writerow(["" if row[name] is None else row[name] for name in CSV_COLUMNS])
    return out.getvalue()
