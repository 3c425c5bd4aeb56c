"""The goal card: a statement's front matter drawn as HTML for a page (``goals_plugin(md,
card=True)``, the MkDocs and Sphinx integrations, ``goals render``).

The root element is ``<div class="goal-card">``; every piece of user text goes through
markdown-it's ``escapeHtml``, so it never becomes markup. The card's style is scoped to
``.goal-card`` and written once per page by whoever draws the page (``CSS``).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from markdown_it.common.utils import escapeHtml

from goals_as_code.i18n.messages import DECLARED, KIND, N_, STATES, say, status, word
from goals_as_code.source import acceptance, fields, statement
from goals_as_code.source import progress as calc
from goals_as_code.source.config import default_today

if TYPE_CHECKING:
    from goals_as_code.source.document import Document

COLORS = calc.COLORS
NEUTRAL = "#475569"

CSS = """
.goal-card { --status: #475569; border: 1px solid #e5e7eb; border-left: 5px solid var(--status);
  border-radius: 10px; padding: 12px 16px; margin: 12px 0 20px; background: #fff;
  color: #1f2937; font-size: 14px; line-height: 1.45; }
.goal-card .goal-head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center;
  margin-bottom: 8px; }
.goal-card .goal-kind, .goal-card .goal-status { display: inline-block; border-radius: 4px;
  padding: 1px 8px; font-size: 12px; font-weight: 700; text-transform: uppercase;
  letter-spacing: .03em; }
.goal-card .goal-kind { background: #e2e8f0; color: #1f2937; }
.goal-card .goal-status { background: var(--status); color: #fff; }
.goal-card .goal-id { color: #6b7280; font-size: 12px; }
.goal-card dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px;
  margin: 6px 0; }
.goal-card dt { color: #6b7280; font-weight: 600; margin: 0; }
.goal-card dd { margin: 0; }
.goal-card .goal-levels { font-variant-numeric: tabular-nums; }
.goal-card .goal-bar { height: 8px; background: #eef2f7; border-radius: 4px; margin: 8px 0 2px;
  overflow: hidden; }
.goal-card .goal-bar span { display: block; height: 100%; background: var(--status); }
.goal-card .goal-percent { font-size: 13px; color: #374151; }
.goal-card h4 { font-size: 13px; margin: 12px 0 4px; color: #374151; }
.goal-card table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 0; }
.goal-card th, .goal-card td { text-align: left; padding: 3px 8px 3px 0;
  border-bottom: 1px solid #f1f5f9; vertical-align: top; }
.goal-card th { color: #6b7280; font-weight: 600; }
.goal-card .goal-problem { color: #7c3aed; font-size: 13px; }
.goal-card svg.chart { display: block; width: 100%; height: auto; margin-top: 8px; }
.goal-card svg text { font: 11px -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  fill: #6b7280; }
.goal-card .plan { stroke: #94a3b8; stroke-width: 1.5; stroke-dasharray: 5 4; fill: none; }
.goal-card .band { fill: #dcfce7; }
.goal-card .checkins { stroke: var(--status); stroke-width: 2.2; fill: none; }
.goal-card .dot { fill: var(--status); }
.goal-card .today { stroke: #cbd5e1; stroke-width: 1; }
.goal-card .axis { stroke: #e5e7eb; stroke-width: 1; }
.goal-tree ul { list-style: none; padding-left: 1.2em; margin: 0; }
.goal-tree > ul { padding-left: 0; }
.goal-tree li { margin: 4px 0; }
.goal-tree .goal-bar { display: inline-block; vertical-align: middle; width: 90px; height: 7px;
  background: #eef2f7; border-radius: 4px; overflow: hidden; margin: 0 6px; }
.goal-tree .goal-bar span { display: block; height: 100%; background: #1a7f37; }
.goal-tree .goal-percent { font-size: 12px; color: #374151; }
.goal-tree .goal-id { font-size: 12px; color: #6b7280; }
"""


class Related(NamedTuple):
    """What a card shows beyond its own file, given by a site that holds more than one statement:
    the other statements (KPIs, activities and behaviours that serve a goal), and the check-in
    chart of a goal drawn from history (HTML), by id."""

    statements: Callable[[], Iterable[Document]] = tuple
    chart: Callable[[str], str | None] = lambda ident: None


# The labels of the card, in every language the catalogues hold.
LABELS: Mapping[str, str] = {
    "owner": N_("Owner"),
    "manager": N_("Manager"),
    "team": N_("Team"),
    "serves": N_("Serves"),
    "levels": N_("Baseline → current → target"),
    "deadline": N_("Deadline"),
    "due": N_("Due"),
    "pace": N_("Pace"),
    "confidence": N_("Confidence"),
    "acceptance": N_("Acceptance"),
    "agreement": N_("Agreement"),
    "value": N_("Latest value"),
    "frequency": N_("Frequency"),
    "state": N_("State"),
    "kpis": N_("KPIs"),
    "activities": N_("Activities"),
    "behaviours": N_("Behaviours"),
    "statement": N_("Statement"),
}


def e(value: object) -> str:
    return escapeHtml("" if value is None else str(value))


def _label(name: str, lang: str) -> str:
    return e(say(lang, LABELS[name]))


def _number(value: float | None, unit: str | None = None) -> str:
    if value is None:
        return "–"
    shown = fields.show(value, none="–", digits=4)
    return f"{shown} {unit}" if unit else shown


def _day(value: str | None) -> datetime.date:
    return fields.date(value) or fields.date(default_today()) or datetime.date.today()


def _rows(pairs: Iterable[tuple[str, str]], lang: str) -> str:
    """A definition list of label → value (values already HTML)."""
    items = "".join(f"<dt>{_label(name, lang)}</dt><dd>{value}</dd>" for name, value in pairs)
    return f"<dl>{items}</dl>" if items else ""


def _head(doc: Document, lang: str, badge: str | None) -> str:
    kind = word(KIND, doc.kind or "", lang) if doc.kind else ""
    parts = [f'<span class="goal-kind">{e(kind)}</span>'] if kind else []
    if badge:
        parts.append(f'<span class="goal-status">{e(badge)}</span>')
    if doc.id:
        parts.append(f'<code class="goal-id">{e(doc.id)}</code>')
    return f'<div class="goal-head">{"".join(parts)}</div>'


def _block(doc: Document, name: str, lang: str) -> str:
    """The state of an acceptance or an agreement: who, when, and whether it still holds."""
    block = doc.data.get(name)
    if not isinstance(block, Mapping):
        text = say(lang, N_("not accepted")) if name == "accepted" else say(lang, N_("not agreed"))
        return e(text)
    holds = block.get("fingerprint") == acceptance.fingerprint(doc.data, doc.statement)
    said = {
        ("accepted", True): N_("accepted by {who} on {day}"),
        ("accepted", False): N_("accepted by {who} on {day}; changed since"),
        ("agreed", True): N_("agreed by {who} on {day}"),
        ("agreed", False): N_("agreed by {who} on {day}; changed since"),
    }[(name, holds)]
    return e(say(lang, said, who=fields.show(block.get("by")), day=fields.show(block.get("on"))))


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], lang: str) -> str:
    head = "".join(f"<th>{_label(name, lang)}</th>" for name in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _section(name: str, table: str, lang: str) -> str:
    return f'<div class="goal-{name}"><h4>{_label(name, lang)}</h4>{table}</div>'


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)} %"


def bar(value: float | None) -> str:
    """A progress bar (capped to 0..100 %) and the percentage (uncapped)."""
    width = round(calc.capped(value) * 100)
    return (
        f'<div class="goal-bar" role="progressbar" aria-valuemin="0" aria-valuemax="100" '
        f'aria-valuenow="{width}"><span style="width: {width}%"></span></div>'
        f'<span class="goal-percent">{e(_percent(value))}</span>'
    )


def _goal(doc: Document, lang: str, day: datetime.date, related: Related) -> tuple[str, str]:
    goal = statement.goal(doc)
    metric = goal.metric
    target: float | Sequence[float] | None = metric.bounds if metric.bounds else metric.target
    found = calc.progress(metric.direction, metric.baseline, target, metric.current)
    state = calc.status(
        calc.Inputs(
            metric.direction,
            found.value,
            goal.status,
            goal.start,
            goal.deadline,
            day,
            found.problem,
        )
    )
    pace = calc.pace(found.value, calc.elapsed(goal.start, goal.deadline, day)).ratio
    if metric.bounds:
        shown_target = "–".join(_number(bound) for bound in metric.bounds)
    else:
        shown_target = _number(metric.target)
    levels = f"{_number(metric.baseline)} → {_number(metric.current)} → {shown_target}"
    if metric.unit:
        levels += f" {metric.unit}"
    if metric.as_of:
        levels += f" ({metric.as_of})"
    confidence = ", ".join(
        f"{say(lang, LABELS[who])} {fields.show(goal.confidence[who])}"
        for who in ("owner", "manager")
        if who in goal.confidence
    )
    parts = [
        _head(doc, lang, status(state, lang)),
        _rows(
            [
                (name, e(value))
                for name, value in (
                    ("owner", goal.owner),
                    ("manager", goal.manager),
                    ("serves", goal.parent),
                )
                if value
            ],
            lang,
        ),
        f'<div class="goal-levels">{_label("levels", lang)}: {e(levels)}</div>',
        bar(found.value),
    ]
    if found.problem is not None:
        parts.append(f'<p class="goal-problem">{e(found.problem.say(lang))}</p>')
    parts.append(
        _rows(
            [
                ("deadline", e(goal.deadline.isoformat() if goal.deadline else "–")),
                ("pace", e("–" if pace is None else f"{pace:.2f}")),
                ("confidence", e(confidence or "–")),
                ("acceptance", _block(doc, "accepted", lang)),
                ("agreement", _block(doc, "agreed", lang)),
            ],
            lang,
        )
    )
    others = list(related.statements())
    kpis = [other for other in others if other.kind == "kpi" and other.id == goal.kpi]
    if goal.kpi:
        rows = [[e(kpi.statement or kpi.id), _kpi_value(kpi)] for kpi in kpis] or [
            [e(goal.kpi), "–"]
        ]
        parts.append(_section("kpis", _table(["statement", "value"], rows, lang), lang))
    activities = sorted(
        (statement.activity(other) for other in others if other.kind == "activity"),
        key=lambda item: (item.due or datetime.date.max, item.id or ""),
    )
    rows = [
        [
            e(item.statement or item.id),
            e(word(STATES, item.state, lang) if item.state else "–"),
            e(item.due or "–"),
        ]
        for item in activities
        if item.goal == doc.id and doc.id
    ]
    if rows:
        parts.append(
            _section("activities", _table(["statement", "state", "due"], rows, lang), lang)
        )
    behaviours = sorted(
        (statement.behaviour(other) for other in others if other.kind == "behaviour"),
        key=lambda item: item.id or "",
    )
    rows = [
        [e(item.statement or item.id), e(item.frequency or "–")]
        for item in behaviours
        if item.goal == doc.id and doc.id
    ]
    if rows:
        parts.append(_section("behaviours", _table(["statement", "frequency"], rows, lang), lang))
    if doc.id:
        drawn = related.chart(doc.id)
        if drawn:
            parts.append(drawn)  # drawn by the HTML report, which escapes its own user text
    return state, "".join(parts)


def _kpi_value(doc: Document) -> str:
    kpi = statement.kpi(doc)
    shown = _number(kpi.value, kpi.unit)
    return e(f"{shown} ({kpi.as_of})" if kpi.as_of and kpi.value is not None else shown)


def _kpi(doc: Document, lang: str) -> str:
    kpi = statement.kpi(doc)
    values = "; ".join(f"{name}: {_number(value)}" for name, value in sorted(kpi.values.items()))
    pairs = [
        ("owner", e(kpi.owner)),
        ("manager", e(fields.show(doc.data.get("manager"), none=""))),
        ("team", e(kpi.team)),
        ("value", _kpi_value(doc) + (f" · {e(values)}" if values else "")),
        ("frequency", e(kpi.frequency)),
    ]
    badge = word(DECLARED, kpi.status, lang) if kpi.status else None
    return _head(doc, lang, badge) + _rows([(n, v) for n, v in pairs if v], lang)


def _activity(doc: Document, lang: str) -> str:
    item = statement.activity(doc)
    pairs = [
        ("owner", e(item.owner)),
        ("manager", e(fields.show(doc.data.get("manager"), none=""))),
        ("serves", e(item.goal)),
        ("due", e(item.due.isoformat() if item.due else "")),
    ]
    badge = word(STATES, item.state, lang) if item.state else None
    return _head(doc, lang, badge) + _rows([(n, v) for n, v in pairs if v], lang)


def _behaviour(doc: Document, lang: str) -> str:
    item = statement.behaviour(doc)
    pairs = [
        ("owner", e(item.owner)),
        ("serves", e(item.goal)),
        ("frequency", e(item.frequency)),
    ]
    badge = word(DECLARED, item.status, lang) if item.status else None
    return _head(doc, lang, badge) + _rows([(n, v) for n, v in pairs if v], lang)


def render(
    doc: Document, *, lang: str = "en", today: str | None = None, related: Related | None = None
) -> str:
    """The card of one statement, as HTML; empty when its front matter cannot be read."""
    if not doc.readable:
        return ""
    found = related or Related()
    color = NEUTRAL
    if doc.kind == "goal":
        state, inner = _goal(doc, lang, _day(today), found)
        color = COLORS.get(state, NEUTRAL)
    elif doc.kind == "kpi":
        inner = _kpi(doc, lang)
    elif doc.kind == "activity":
        inner = _activity(doc, lang)
    elif doc.kind == "behaviour":
        inner = _behaviour(doc, lang)
    else:
        return ""
    kind = e(doc.kind)
    return (
        f'<div class="goal-card goal-card-{kind}" style="--status: {color}" '
        f'data-goal-id="{e(doc.id)}">{inner}</div>\n'
    )


def tree(
    nodes: Sequence[Any],
    statements: Mapping[str, str],
    links: Mapping[str, str],
    *,
    lang: str = "en",
) -> str:
    """The alignment tree (``report.model.Node`` in depth-first order) as nested lists: each goal
    linked to its page when ``links`` has one, its statement, a bar and the rolled-up progress."""
    del lang  # the tree has no words of its own
    out = ['<div class="goal-tree">']
    depth = -1
    for node in nodes:
        if node.depth > depth:
            out.append("<ul>" * (node.depth - depth))
        else:
            out.append("</li>" + "</ul></li>" * (depth - node.depth))
        depth = node.depth
        value = node.own if node.own is not None else node.rolled
        text = e(statements.get(node.id) or node.id)
        link = links.get(node.id)
        shown = f'<a href="{e(link)}">{text}</a>' if link else text
        out.append(
            f'<li data-goal-id="{e(node.id)}">{shown} {bar(value)} '
            f'<code class="goal-id">{e(node.id)}</code>'
        )
    if depth >= 0:
        out.append("</li>" + "</ul></li>" * depth + "</ul>")
    out.append("</div>\n")
    return "".join(out)
