"""The report as Markdown: for a pull request, a wiki or a summary file. Written by the one
Markdown writer (``goals_as_code.markdown.writer``): user text never becomes markup."""

from __future__ import annotations

from goals_as_code.i18n.messages import tr
from goals_as_code.markdown import writer
from goals_as_code.report.sections import Cell, Page, Table


def md(value: object) -> str:
    """User text made inert in Markdown (one policy for every Markdown output)."""
    return writer.text(value)


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
            lines += [
                f"- {writer.code(goal.path)} {md(goal.id)}: {md(text)}"
                for goal, text in page.problems
            ]
            lines.append("")
    return "\n".join(lines)


def table_lines(table: Table) -> list[str]:
    """A table of the section model as Markdown lines, a blank line after it."""
    rows = [[_cell(cell) for cell in row] for row in table.rows]
    return writer.table(table.headers, rows, table.align)


def _cell(cell: Cell) -> str:
    return "&nbsp;&nbsp;" * cell.depth + ("└ " if cell.depth else "") + md(cell.text)
