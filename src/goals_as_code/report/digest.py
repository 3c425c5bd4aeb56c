"""Two views of the report for a manager: the check-ins due per owner (``goals report --stale``,
a digest for a scheduled CI job) and the team then and now (``goals report --compare``).

Both are built from the report's model (``model.Report``: staleness, progress and status are
computed there, once) and drawn with the report's section model and drawers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from goals_as_code.i18n.messages import KIND, N_, status, tr, word
from goals_as_code.registry import to_json
from goals_as_code.report import model
from goals_as_code.report.sections import Cell, Table, group_name, percent, plain

if TYPE_CHECKING:
    from goals_as_code.history import Window
    from goals_as_code.source.config import Config


class Due(NamedTuple):
    """A goal or KPI due for a check-in."""

    owner: str
    id: str
    kind: str  # goal or kpi
    path: str
    statement: str
    last_checkin: str | None
    frequency: str | None


def due(report: model.Report, goals: Sequence[model.Goal]) -> list[Due]:
    """The stale goals among ``goals`` and the stale KPIs, by owner and id."""
    found = [
        Due(g.owner, g.id, "goal", g.path, g.statement, g.last_checkin, g.frequency)
        for g in goals
        if g.stale
    ]
    found += [
        Due(k.owner, k.id, "kpi", k.path, k.statement, k.last_checkin, k.frequency)
        for k in report.kpis
        if k.stale
    ]
    return sorted(found, key=lambda item: (item.owner, item.kind, item.id))


def stale_tables(report: model.Report, goals: Sequence[model.Goal], lang: str) -> list[Table]:
    """One table per owner of what is due for a check-in."""
    items = due(report, goals)
    owners = sorted({item.owner for item in items})
    heads = tuple(
        tr(lang, name)
        for name in (N_("Id"), N_("Kind"), N_("Statement"), N_("Last check-in"), N_("Frequency"))
    )
    tables = []
    for owner in owners:
        rows = tuple(
            (
                Cell(item.id),
                Cell(word(KIND, item.kind, lang)),
                Cell(item.statement),
                Cell(item.last_checkin or tr(lang, "never"), style="stale"),
                Cell(item.frequency or "–"),
            )
            for item in items
            if item.owner == owner
        )
        title = group_name(owner, lang)
        tables.append(Table("due", title, 2, heads, "lllll", rows, frozenset({2})))
    return tables


def stale_text(
    report: model.Report, goals: Sequence[model.Goal], lang: str, *, markdown: bool
) -> str:
    heading = tr(lang, "Check-ins due as of {date}", date=report.as_of)
    tables = stale_tables(report, goals, lang)
    if markdown:
        from goals_as_code.report.formats.markdown import md, table_lines

        lines = [f"# {md(heading)}", ""]
        for table in tables:
            lines += [f"## {md(table.title)}", "", *table_lines(table)]
        if not tables:
            lines += [md(tr(lang, "Nothing is due for a check-in.")), ""]
        return "\n".join(lines)
    from goals_as_code.report.formats.terminal import rich_table

    return _print(
        heading, [rich_table(table) for table in tables], tr(lang, "Nothing is due for a check-in.")
    )


def _print(heading: str, drawn: Sequence[Any], empty: str) -> str:
    import io

    from rich.console import Console

    out = io.StringIO()
    console = Console(
        file=out, no_color=True, width=132, highlight=False, markup=False, emoji=False
    )
    console.print(heading)
    for table in drawn:
        console.print(table)
    if not drawn:
        console.print(empty)
    return out.getvalue()


def stale_json(report: model.Report, goals: Sequence[model.Goal]) -> str:
    items = due(report, goals)
    owners = sorted({item.owner for item in items})
    document = {
        "as_of": report.as_of,
        "revision": report.revision,
        "owners": [
            {
                "owner": owner,
                "due": [
                    {
                        "id": item.id,
                        "kind": item.kind,
                        "path": item.path,
                        "statement": item.statement,
                        "last_checkin": item.last_checkin,
                        "frequency": item.frequency,
                    }
                    for item in items
                    if item.owner == owner
                ],
            }
            for owner in owners
        ],
    }
    return to_json(document) + "\n"


# --- then and now ------------------------------------------------------------------------------


class Comparison(NamedTuple):
    then: model.Report
    now: model.Report
    window: Window


class Row(NamedTuple):
    id: str
    owner: str
    then: model.Goal | None
    now: model.Goal | None


def compare(config: Config, rev: str, *, at: str | None, as_of: str | None) -> Comparison:
    """The report at ``rev`` (a revision or a date) and at ``at`` (default HEAD), and the window
    of commits between them."""
    from goals_as_code import history

    then = model.build(config, at=rev)
    now = model.build(config, at=at, as_of=as_of)
    return Comparison(then, now, history.window(config.root, since=rev, until=at))


def rows(found: Comparison, filters: model.Filters) -> list[Row]:
    then = {goal.id: goal for goal in model.select(found.then.goals, filters)}
    now = {goal.id: goal for goal in model.select(found.now.goals, filters)}
    order = [goal.id for goal in model.select(found.now.goals, filters)]
    order += sorted(ident for ident in then if ident not in now)
    return [
        Row(
            ident,
            (now.get(ident) or then[ident]).owner,
            then.get(ident),
            now.get(ident),
        )
        for ident in order
    ]


def moved(found: Comparison, filters: model.Filters) -> list[tuple[model.Goal, model.Goalpost]]:
    return [
        (goal, post)
        for goal in model.select(found.now.goals, filters)
        for post in goal.goalposts
        if found.window.holds(post.commit)
    ]


def compare_tables(found: Comparison, filters: model.Filters, lang: str) -> list[Table]:
    def state(goal: model.Goal | None) -> Cell:
        return Cell(status(goal.status, lang), style=goal.status) if goal else Cell("–")

    side = tuple(
        (
            Cell(row.id, link=row.id if row.now else ""),
            Cell(group_name(row.owner, lang)),
            Cell(percent(row.then.progress) if row.then else "–"),
            Cell(percent(row.now.progress) if row.now else "–"),
            state(row.then),
            state(row.now),
        )
        for row in rows(found, filters)
    )
    heads = tuple(
        tr(lang, name)
        for name in (
            N_("Goal"),
            N_("Owner"),
            N_("Progress then"),
            N_("Progress now"),
            N_("Status then"),
            N_("Status now"),
        )
    )
    title = tr(
        lang,
        "Then ({then}) and now ({now})",
        then=found.then.as_of,
        now=found.now.as_of,
    )
    tables = [Table("compare", title, 2, heads, "llrrll", side)]
    posts = tuple(
        (
            Cell(post.date),
            Cell(goal.id, link=goal.id),
            Cell(post.field),
            Cell(f"{plain(post.old)} → {plain(post.new)}", style="stale"),
            Cell(post.author),
            Cell(post.commit[:10]),
            Cell(post.message),
        )
        for goal, post in moved(found, filters)
    )
    heads = tuple(
        tr(lang, name)
        for name in (
            N_("Date"),
            N_("Goal"),
            N_("Field"),
            N_("Change"),
            N_("By"),
            N_("Commit"),
            N_("Message"),
        )
    )
    title = tr(lang, "Goalposts moved between")
    tables.append(Table("between", title, 2, heads, "lllllll", posts, frozenset({6})))
    return tables


def compare_json(found: Comparison, filters: model.Filters) -> str:
    def side(goal: model.Goal | None) -> dict[str, Any] | None:
        if goal is None:
            return None
        return {"progress": goal.progress, "pace": goal.pace, "status": goal.status}

    since = found.window.since
    document = {
        "then": {"as_of": found.then.as_of, "revision": found.then.revision},
        "now": {"as_of": found.now.as_of, "revision": found.now.revision},
        "since": None if since is None else {"rev": since.sha, "date": since.date},
        "goals": [
            {"id": row.id, "owner": row.owner, "then": side(row.then), "now": side(row.now)}
            for row in rows(found, filters)
        ],
        "moved": [
            {
                "goal": goal.id,
                "field": post.field,
                "old": post.old,
                "new": post.new,
                "date": post.date,
                "author": post.author,
                "commit": post.commit,
                "message": post.message,
            }
            for goal, post in moved(found, filters)
        ],
    }
    return to_json(document) + "\n"


def compare_page(found: Comparison, filters: model.Filters, lang: str, fmt: str) -> str:
    """The comparison in a human format: the report's page of the goals now, its tables
    replaced by the side-by-side table and the goalposts moved between."""
    from goals_as_code.report import sections

    goals = model.select(found.now.goals, filters)
    page = sections.page(found.now, goals, model.rollups(goals), lang)
    heading = tr(
        lang,
        "Goals then and now: {then} → {now}",
        then=found.then.as_of,
        now=found.now.as_of,
    )
    page = page._replace(
        heading=heading, tables=tuple(compare_tables(found, filters, lang)), problems=()
    )
    if fmt == "markdown":
        from goals_as_code.report.formats import markdown

        return markdown.write(page)
    if fmt == "html":
        from goals_as_code.report.formats import html

        return html.write(page)
    from goals_as_code.report.formats import terminal

    return terminal.write(page)
