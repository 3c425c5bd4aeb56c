"""The report as Markdown: for a pull request, a wiki or a summary file. User text is escaped."""

from __future__ import annotations

from collections.abc import Sequence

from goals_as_code.i18n.messages import tr
from goals_as_code.report.sections import Cell, Page, Table
from goals_as_code.source.text import markdown


def md(value: object) -> str:
    """User text made inert in Markdown (one policy for every Markdown output: see
    ``source.text``)."""
    return markdown(str(value))


def write(page: Page) -> str:
    lines = [f"# {md(page.heading)}", ""]
    if page.shallow:
        lines += [f"> {md(page.shallow)}", ""]
    lines += [f"- {md(note)}" for note in page.notes]
    if page.notes:
        lines.append("")
    if page.empty:
        return "\n".join([*lines, md(page.empty), ""])
    for table in page.tables:
        lines += [f"{'#' * table.level} {md(table.title)}", ""]
        if table.key == "goals" and not table.rows:
            lines += [page.no_match, ""]
        else:
            lines += table_lines(table)
        if table.key == "goals" and page.problems:
            lines += ["### " + md(tr(page.lang, "Problems")), ""]
            lines += [f"- `{goal.path}` {md(goal.id)}: {md(text)}" for goal, text in page.problems]
            lines.append("")
    return "\n".join(lines)


def table_lines(table: Table) -> list[str]:
    """A table of the section model as Markdown lines, a blank line after it."""
    rows = [[_cell(cell) for cell in row] for row in table.rows]
    return _table(table.headers, rows, table.align)


def _cell(cell: Cell) -> str:
    return "&nbsp;&nbsp;" * cell.depth + ("└ " if cell.depth else "") + md(cell.text)


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], align: str) -> list[str]:
    lines = ["| " + " | ".join(md(header) for header in headers) + " |"]
    lines.append("|" + "|".join("---:" if side == "r" else "---" for side in align) + "|")
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]
