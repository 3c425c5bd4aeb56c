"""The report as one self-contained HTML page: inline CSS and inline SVG charts, no script, no
network. Every piece of user text goes through ``html.escape``."""

from __future__ import annotations

import datetime
import html

from goals_as_code.i18n.messages import sentence, status, tr
from goals_as_code.report.model import Goal
from goals_as_code.report.sections import (
    Cell,
    Page,
    Table,
    group_name,
    levels,
    number,
    percent,
    ratio,
    status_cell,
)
from goals_as_code.source import fields
from goals_as_code.source import progress as calc

COLORS = calc.COLORS

CSS = """
:root { color-scheme: light; --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --bg: #f8fafc; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; color: var(--ink); background: var(--bg); }
main { max-width: 1180px; margin: 0 auto; padding: 28px 24px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 36px 0 12px; padding-bottom: 6px;
  border-bottom: 1px solid var(--line); }
.sub { color: var(--muted); margin: 0 0 16px; }
.banner { background: #fff7e6; border: 1px solid #f3c77b; border-radius: 8px; padding: 10px 14px;
  margin: 12px 0; }
.note { color: var(--muted); font-size: 13px; margin: 4px 0; }
.chips { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0 8px; }
.chip { border-radius: 999px; padding: 3px 12px; font-size: 13px; color: #fff; font-weight: 600; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 16px; }
.card { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--status);
  border-radius: 10px; padding: 14px 16px 10px; }
.card h3 { font-size: 15px; margin: 0 0 6px; font-weight: 600; }
.meta { display: flex; flex-wrap: wrap; gap: 4px 14px; color: var(--muted); font-size: 13px; }
.meta b { color: var(--ink); font-weight: 600; }
.badge { display: inline-block; border-radius: 4px; padding: 1px 8px; font-size: 12px;
  font-weight: 700; color: #fff; background: var(--status); text-transform: uppercase;
  letter-spacing: .03em; }
.bar { height: 8px; background: #eef2f7; border-radius: 4px; margin: 10px 0 4px; overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--status); }
.numbers { display: flex; justify-content: space-between; font-size: 13px; margin-bottom: 6px; }
.problem { color: #7c3aed; font-size: 13px; margin: 4px 0; }
svg.chart { display: block; width: 100%; height: auto; }
svg.spark { display: block; width: 180px; height: 36px; }
.legend { display: flex; gap: 18px; color: var(--muted); font-size: 13px; margin: -4px 0 12px; }
.legend i { display: inline-block; width: 22px; height: 0; vertical-align: middle;
  margin-right: 6px; border-top: 2px solid #1a7f37; }
.legend i.plan-key { border-top: 2px dashed #94a3b8; }
.legend i.today-key { width: 0; height: 12px; border-top: 0; border-left: 1px solid #94a3b8; }
svg text { font: 11px -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: #6b7280; }
.plan { stroke: #94a3b8; stroke-width: 1.5; stroke-dasharray: 5 4; fill: none; }
.band { fill: #dcfce7; }
.checkins { stroke: var(--status); stroke-width: 2.2; fill: none; }
.dot { fill: var(--status); }
.today { stroke: #cbd5e1; stroke-width: 1; }
.axis { stroke: #e5e7eb; stroke-width: 1; }
table { border-collapse: collapse; width: 100%; background: #fff; border: 1px solid var(--line);
  border-radius: 8px; overflow: hidden; font-size: 14px; }
th, td { padding: 7px 10px; border-bottom: 1px solid var(--line); text-align: left;
  vertical-align: top; }
th { background: #f1f5f9; font-weight: 600; font-size: 13px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.better { color: #1a7f37; } .worse { color: #c62828; }
.stale { color: #b35900; font-weight: 600; }
footer { color: var(--muted); font-size: 12px; margin-top: 36px; }
"""

WIDTH, HEIGHT = 560, 170
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 12, 24


def e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _day(text: str | None) -> datetime.date | None:
    return fields.date(text)


def chart(goal: Goal, as_of: str, lang: str = "en") -> str:
    """An SVG line chart: the check-ins against the straight line from baseline to target."""
    start, deadline, today = _day(goal.start), _day(goal.deadline), _day(as_of)
    points = [(p, _day(p.date)) for p in goal.points if p.value is not None and _day(p.date)]
    dates = [d for _, d in points if d is not None] + [d for d in (start, deadline) if d]
    if not dates and today:
        dates = [today]
    if not dates:
        return '<svg class="chart" viewBox="0 0 560 40" role="img"></svg>'
    first, last = min(dates), max(dates)
    if first == last:
        first -= datetime.timedelta(days=1)
        last += datetime.timedelta(days=1)
    values = [p.value for p, _ in points if p.value is not None]
    targets = goal.target if isinstance(goal.target, list) else [goal.target]
    levels_seen = [v for v in [*values, goal.baseline, *targets] if v is not None]
    if goal.direction == "binary":
        levels_seen += [0.0, 1.0]
    low, high = (min(levels_seen), max(levels_seen)) if levels_seen else (0.0, 1.0)
    if low == high:
        low, high = low - 1, high + 1
    pad = (high - low) * 0.08
    low, high = low - pad, high + pad
    span = (last - first).days

    def x(day: datetime.date) -> float:
        return LEFT + (WIDTH - LEFT - RIGHT) * (day - first).days / span

    def y(value: float) -> float:
        return TOP + (HEIGHT - TOP - BOTTOM) * (high - value) / (high - low)

    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{e(tr(lang, "check-ins of {id} against the plan", id=goal.id))}">',
        f'<line class="axis" x1="{LEFT}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH - RIGHT}" '
        f'y2="{HEIGHT - BOTTOM}"/>',
    ]
    bounds = [bound for bound in targets if bound is not None]
    if goal.direction == "range" and len(bounds) == 2:
        top_v, bottom_v = max(bounds), min(bounds)
        parts.append(
            f'<rect class="band" x="{LEFT}" y="{y(top_v):.1f}" width="{WIDTH - LEFT - RIGHT}" '
            f'height="{y(bottom_v) - y(top_v):.1f}"/>'
        )
    elif goal.direction == "binary" or (
        goal.direction in ("at_least", "at_most") and isinstance(goal.target, float)
    ):
        level = goal.target if isinstance(goal.target, float) else 1.0
        parts.append(
            f'<line class="plan" x1="{LEFT}" y1="{y(level):.1f}" x2="{WIDTH - RIGHT}" '
            f'y2="{y(level):.1f}"/>'
        )
    elif (
        start is not None
        and deadline is not None
        and goal.baseline is not None
        and isinstance(goal.target, float)
    ):
        parts.append(
            f'<line class="plan" x1="{x(start):.1f}" y1="{y(goal.baseline):.1f}" '
            f'x2="{x(deadline):.1f}" y2="{y(goal.target):.1f}"/>'
        )
    if today is not None and first <= today <= last:
        parts.append(
            f'<line class="today" x1="{x(today):.1f}" y1="{TOP}" x2="{x(today):.1f}" '
            f'y2="{HEIGHT - BOTTOM}"/>'
        )
    coords = " ".join(
        f"{x(d):.1f},{y(p.value):.1f}" for p, d in points if d and p.value is not None
    )
    parts.append(f'<polyline class="checkins" points="{coords}"/>')
    for point, day in points:
        if day is None or point.value is None:
            continue
        parts.append(
            f'<circle class="dot" cx="{x(day):.1f}" cy="{y(point.value):.1f}" r="3.2">'
            f"<title>{e(point.date)}: {e(number(point.value))} ({e(point.author)}, "
            f"{e(point.commit[:10])}) {e(point.message)}</title></circle>"
        )
    if not points:
        parts.append(
            f'<text x="{WIDTH / 2:.0f}" y="{HEIGHT / 2:.0f}" text-anchor="middle">'
            f"{e(tr(lang, 'no check-ins yet'))}</text>"
        )
    parts += [
        f'<text x="{LEFT - 6}" y="{TOP + 10}" text-anchor="end">{e(number(high - pad))}</text>',
        f'<text x="{LEFT - 6}" y="{HEIGHT - BOTTOM}" text-anchor="end">{e(number(low + pad))}'
        "</text>",
        f'<text x="{LEFT}" y="{HEIGHT - 6}">{e(first.isoformat())}</text>',
        f'<text x="{WIDTH - RIGHT}" y="{HEIGHT - 6}" text-anchor="end">{e(last.isoformat())}'
        "</text>",
        "</svg>",
    ]
    return "".join(parts)


def spark(series: tuple[tuple[str, float], ...]) -> str:
    """A small line of a KPI's values over time."""
    points: list[tuple[float, datetime.date]] = []
    for date, value in series:
        day = _day(date)
        if day is not None:
            points.append((value, day))
    width, height = 220, 44
    if len(points) < 2:
        return f'<svg class="spark" viewBox="0 0 {width} {height}" width="{width}"></svg>'
    days = [day for _, day in points]
    values = [value for value, _ in points]
    first, span = min(days), max((max(days) - min(days)).days, 1)
    low, high = min(values), max(values)
    if low == high:
        low, high = low - 1, high + 1
    coords = " ".join(
        f"{4 + (width - 8) * (day - first).days / span:.1f},"
        f"{4 + (height - 8) * (high - value) / (high - low):.1f}"
        for value, day in points
    )
    return (
        f'<svg class="spark" viewBox="0 0 {width} {height}" width="{width}" '
        f'style="--status:#2563eb"><polyline class="checkins" points="{coords}"/></svg>'
    )


def _card(goal: Goal, as_of: str, lang: str = "en") -> str:
    color = COLORS[goal.status]
    fill = calc.capped(goal.progress) * 100
    problems = "".join(
        f'<p class="problem">{e(sentence(lang, problem))}</p>' for problem in goal.problems
    )
    stale = f' <span class="stale">{e(tr(lang, "stale"))}</span>' if goal.stale else ""
    moved = (
        f'<span class="stale">{e(tr(lang, "{n} moved goalpost(s)", n=len(goal.goalposts)))}</span>'
        if goal.goalposts
        else ""
    )
    last = tr(lang, "last check-in {date}", date=goal.last_checkin or tr(lang, "never"))
    return (
        f'<article class="card" id="goal-{e(goal.id)}" style="--status:{color}">'
        f'<div class="meta"><span class="badge">{e(status_cell(goal, lang))}</span>'
        f"<span><b>{e(goal.id)}</b></span><span>{e(group_name(goal.owner, lang))}</span>"
        f"<span>{e(tr(lang, 'team {team}', team=group_name(goal.team, lang)))}</span></div>"
        f"<h3>{e(goal.statement or goal.id)}</h3>"
        f'<div class="bar"><span style="width:{fill:.0f}%"></span></div>'
        f'<div class="numbers"><span>{e(levels(goal))}</span>'
        f"<span>{e(tr(lang, 'progress'))} <b>{e(percent(goal.progress))}</b> · "
        f"{e(tr(lang, 'pace'))} <b>{e(ratio(goal.pace))}</b></span></div>"
        f"{chart(goal, as_of, lang)}"
        f'<div class="meta"><span>{e(goal.start or "?")} → {e(goal.deadline or "?")}</span>'
        f"<span>{e(last)}{stale}</span>"
        f"<span>{e(tr(lang, '{n} check-in(s)', n=len(goal.points)))}</span>{moved}</div>"
        f"{problems}</article>"
    )


def write(page: Page) -> str:
    lang = page.lang
    out = [
        f'<!DOCTYPE html><html lang="{e(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(page.heading)}</title><style>{CSS}</style></head><body><main>",
        f"<h1>{e(tr(lang, 'Goals report'))}</h1>",
        f'<p class="sub">{e(page.heading)}</p>',
    ]
    if page.shallow:
        out.append(f'<p class="banner shallow">{e(page.shallow)}</p>')
    out += [f'<p class="note">{e(note)}</p>' for note in page.notes]
    if page.empty:
        out.append(f'<p class="banner empty">{e(page.empty)}</p>')
    else:
        out += _goals(page)
        out += [_section(table) for table in page.tables if table.key != "goals"]
    footer = tr(
        lang,
        "Progress, pace and status are computed from the goal files and their Git history by "
        "goals-as-code.",
    )
    out.append(f"<footer>{e(footer)}</footer></main></body></html>\n")
    return "".join(out)


def _goals(page: Page) -> list[str]:
    """The goals as cards, with a chip per status: the page's one view that is not a table."""
    lang, goals = page.lang, page.goals
    counts: dict[str, int] = {}
    for goal in goals:
        counts[goal.status] = counts.get(goal.status, 0) + 1
    out = ['<div class="chips">']
    out += [
        f'<span class="chip" style="background:{COLORS[name]}">{counts[name]} '
        f"{e(status(name, lang))}</span>"
        for name in calc.STATUSES
        if counts.get(name)
    ]
    out.append("</div>")
    out.append(f"<h2>{e(tr(lang, 'Goals ({n})', n=len(goals)))}</h2>")
    if not goals:
        return [*out, f"<p>{e(page.no_match)}</p>"]
    out.append(
        f'<p class="legend"><span><i></i>{e(tr(lang, "check-ins"))}</span>'
        '<span><i class="plan-key"></i>'
        f"{e(tr(lang, 'plan: baseline to target by the deadline'))}</span>"
        f'<span><i class="today-key"></i>{e(page.report.as_of)}</span></p>'
    )
    out.append('<section class="cards">')
    out += [_card(goal, page.report.as_of, lang) for goal in goals]
    out.append("</section>")
    return out


def _section(table: Table) -> str:
    return f"<h2>{e(table.title)}</h2>" + table_html(table)  # every table is a section


def table_html(table: Table) -> str:
    """A table of the section model, without its title."""
    head = "".join(
        f'<th class="num">{e(header)}</th>' if side == "r" else f"<th>{e(header)}</th>"
        for header, side in zip(table.headers, table.align, strict=True)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{_cell(cell)}</td>' if side == "r" else f"<td>{_cell(cell)}</td>"
            for cell, side in zip(row, table.align, strict=True)
        )
        + "</tr>"
        for row in table.rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(cell: Cell) -> str:
    if cell.series:
        return spark(cell.series)
    text = f'<a href="#goal-{e(cell.link)}">{e(cell.text)}</a>' if cell.link else e(cell.text)
    if cell.depth:
        text = "&nbsp;&nbsp;&nbsp;&nbsp;" * cell.depth + "└ " + text
    if cell.style in ("better", "worse", "stale"):
        text = f'<span class="{cell.style}">{text}</span>'
    return text
