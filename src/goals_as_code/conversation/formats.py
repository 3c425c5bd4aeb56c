"""The conversation's output formats, by name: text, Markdown and HTML draw the same sheet of
parts with the report's drawers (``report.formats``); JSON writes the data."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from goals_as_code.conversation.model import Conversation
from goals_as_code.conversation.sections import Part, Sheet, sheet
from goals_as_code.registry import Formats, to_json


def _text(talk: Conversation, lang: str, color: bool, width: int) -> str:
    return text(sheet(talk, lang), color=color, width=width)


def _markdown(talk: Conversation, lang: str, color: bool, width: int) -> str:
    return markdown(sheet(talk, lang))


def _html(talk: Conversation, lang: str, color: bool, width: int) -> str:
    return html(sheet(talk, lang))


def _json(talk: Conversation, lang: str, color: bool, width: int) -> str:
    return to_json(as_data(talk)) + "\n"


Writer = Callable[[Conversation, str, bool, int], str]

# name -> writer; the first is the default. ``goals conversation --format`` offers these names.
FORMATS: Formats[Writer] = Formats(
    {"text": _text, "markdown": _markdown, "html": _html, "json": _json}
)


def render(
    talk: Conversation, fmt: str, *, lang: str = "en", color: bool = False, width: int = 100
) -> str:
    return FORMATS.writer(fmt)(talk, lang, color, width)


# --- text ----------------------------------------------------------------------------------------


def text(page: Sheet, *, color: bool = False, width: int = 100) -> str:
    from rich.padding import Padding
    from rich.text import Text

    from goals_as_code.report.formats.terminal import STYLES, make_console, rich_table, trimmed

    out = io.StringIO()
    console = make_console(out, color, width)
    console.print(Text(page.title, style="bold"))
    for part in page.parts:
        style = STYLES.get(part.goal.status, "") if part.goal else ""
        console.print(Text("\n" + part.title, style=f"bold {style}".strip()))
        if part.level == 2 and part.key != "goal":
            console.print(Text("─" * min(len(part.title), width), style="dim"))
        for line in part.lines:
            console.print(Text(("  " if part.goal else "") + line))
        for item in part.items:
            console.print(Padding(Text(f"- {item}"), (0, 0, 0, 2)))
        for table in part.tables:
            console.print(
                rich_table(table._replace(title="") if table.title == part.title else table)
            )
        if _empty(part, page):
            console.print(Text(part.empty, style="dim"))
        if part.key == "agreements":
            console.print("\n".join(["", *("  - " for _ in range(3))]))
    return trimmed(out.getvalue())


def _empty(part: Part, page: Sheet) -> bool:
    """Whether the part says its ``empty`` sentence: it has nothing to show (the goals part: no
    goal follows it)."""
    if not part.empty or part.lines or part.items or part.tables:
        return False
    return part.key != "goals" or not any(other.key == "goal" for other in page.parts)


# --- Markdown ------------------------------------------------------------------------------------


def markdown(page: Sheet) -> str:
    from goals_as_code.report.formats.markdown import md, table_lines

    lines = [f"# {md(page.title)}", ""]
    for part in page.parts:
        lines += [f"{'#' * part.level} {md(part.title)}", ""]
        if part.goal:
            lines += [*(f"- {md(line)}" for line in part.lines), ""]
        else:
            lines += [text for line in part.lines for text in (md(line), "")]
        if part.items:
            lines += [f"- {md(item)}" for item in part.items]
            lines.append("")
        for table in part.tables:
            lines += [f"**{md(table.title)}**", "", *table_lines(table)]
        if _empty(part, page):
            lines += [md(part.empty), ""]
        if part.key == "agreements":
            lines += ["- ", "- ", "- ", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


# --- HTML ----------------------------------------------------------------------------------------

CSS = """
main { max-width: 980px; }
h3 { font-size: 16px; margin: 22px 0 6px; }
h4 { font-size: 14px; margin: 12px 0 6px; color: var(--muted); }
.goal { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--status);
  border-radius: 10px; padding: 4px 16px 12px; margin: 12px 0; break-inside: avoid; }
.goal p { margin: 4px 0; font-size: 14px; }
.goal svg.chart { max-height: 150px; }
ul.items li { margin: 4px 0; }
.agreements { min-height: 160px; border: 1px dashed #94a3b8; border-radius: 8px;
  background: #fff; padding: 8px 14px;
  background-image: repeating-linear-gradient(#fff 0 31px, #e5e7eb 31px 32px); }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 12px; }
  main { max-width: none; padding: 0; }
  h2 { margin-top: 18px; break-after: avoid; }
  h3, h4 { break-after: avoid; }
  table { font-size: 11px; break-inside: auto; }
  tr { break-inside: avoid; }
  th, td { padding: 4px 6px; }
  .goal { padding: 2px 10px 8px; }
  .goal svg.chart { max-height: 110px; }
}
"""


def html(page: Sheet) -> str:
    from goals_as_code.i18n.messages import tr
    from goals_as_code.report.formats import html as report_html

    e = report_html.e
    lang = page.lang
    out = [
        f'<!DOCTYPE html><html lang="{e(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(page.title)}</title>",
        f"<style>{report_html.CSS}{CSS}</style></head><body><main>",
        f"<h1>{e(page.title)}</h1>",
    ]
    for part in page.parts:
        if part.goal is not None:
            goal = part.goal
            color = report_html.COLORS[goal.status]
            out.append(f'<section class="goal" id="goal-{e(goal.id)}" style="--status:{color}">')
            out.append(f"<h3>{e(part.title)}</h3>")
            out += [f"<p>{e(line)}</p>" for line in part.lines]
            out.append(report_html.chart(goal, page.as_of, lang))
            for table in part.tables:
                out.append(f"<h4>{e(table.title)}</h4>{report_html.table_html(table)}")
            out.append("</section>")
            continue
        out.append(f'<h{part.level} id="{e(part.key)}">{e(part.title)}</h{part.level}>')
        out += [f'<p class="{e(part.key)}">{e(line)}</p>' for line in part.lines]
        if part.items:
            out.append('<ul class="items">')
            out += [f"<li>{e(item)}</li>" for item in part.items]
            out.append("</ul>")
        for table in part.tables:
            out.append(report_html.table_html(table))
        if _empty(part, page):
            out.append(f'<p class="note">{e(part.empty)}</p>')
        if part.key == "agreements":
            out.append('<div class="agreements"></div>')
    footer = tr(
        lang,
        "Progress, pace and status are computed from the goal files and their Git history by "
        "goals-as-code.",
    )
    out.append(f"<footer>{e(footer)}</footer></main></body></html>\n")
    return "".join(out)


# --- JSON ----------------------------------------------------------------------------------------


def as_data(talk: Conversation) -> dict[str, Any]:
    """The conversation as data: the keys of the JSON contract (docs/conversation.md)."""
    from goals_as_code.report.formats.data import goal_json

    window = talk.window
    since = window.since
    goals: list[dict[str, Any]] = []
    for item in talk.goals:
        found = goal_json(item.goal)
        del found["series"], found["goalposts"]
        goals.append(
            {
                **found,
                "checkins": [
                    {
                        "date": point.date,
                        "value": point.value,
                        "commit": point.commit,
                        "author": point.author,
                        "message": point.message,
                    }
                    for point in item.checkins
                ],
                "changes": [_change(change) for change in item.changes],
                "confidence": {
                    belief.holder: {"then": belief.then, "now": belief.now}
                    for belief in item.confidence
                },
                "accepted": item.accepted._asdict(),
                "agreed": item.agreed._asdict(),
                "parent_changes": [_change(change) for change in item.parent],
                "activities": [activity.id for activity in item.activities],
            }
        )
    return {
        "person": talk.person,
        "since": None if since is None else {"rev": since.sha, "date": since.date},
        "tag": None if since is None else since.tag,  # the recorded talk the page starts at
        "until": {"rev": window.until, "date": window.until_date},
        "as_of": talk.as_of,
        "goals": goals,
        "kpis": [
            {
                "id": item.kpi.id,
                "statement": item.kpi.statement,
                "unit": item.kpi.unit,
                "value": item.kpi.value,
                "change": item.kpi.change,
                "better": item.kpi.better,
                "stale": item.kpi.stale,
                "last_checkin": item.kpi.last_checkin,
                "series": [
                    {"date": p.date, "value": p.value, "commit": p.commit} for p in item.points
                ],
            }
            for item in talk.kpis
        ],
        "activities": [
            {
                "id": activity.id,
                "goal": activity.goal,
                "statement": activity.statement,
                "state": activity.state,
                "due": activity.due,
                "overdue": activity.overdue,
                "effort": activity.effort,
                "hours": activity.hours,
            }
            for activity in talk.activities
        ],
        "behaviours": [
            {
                "id": behaviour.id,
                "goal": behaviour.goal,
                "statement": behaviour.statement,
                "frequency": behaviour.frequency,
                "seen": dict(behaviour.seen),
            }
            for behaviour in talk.behaviours
        ],
        "stale": [
            {"id": item.id, "kind": item.kind, "what": str(item.what)} for item in talk.stale
        ],
        "calibration": {
            "rows": [row._asdict() for row in talk.calibration.rows],
            "confidence": talk.calibration.confidence,
            "reached": talk.calibration.reached,
            "verdict": talk.calibration.verdict,
            "sentence": str(talk.calibration.sentence(talk.person)),
        },
        "questions": [
            {"kind": question.kind, "subject": question.subject, "text": str(question.text)}
            for question in talk.questions
        ],
    }


def _change(change: Any) -> dict[str, Any]:
    found = {
        "field": change.field,
        "old": change.old,
        "new": change.new,
        "date": change.date,
        "author": change.author,
        "commit": change.commit,
        "message": change.message,
    }
    if change.goal:
        found["goal"] = change.goal
    return found
