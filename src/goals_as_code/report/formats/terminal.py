"""The report as terminal tables (rich), with colour when the output is a terminal."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from goals_as_code.report.sections import Cell, Page, Table
from goals_as_code.source import progress as calc

if TYPE_CHECKING:
    from rich.table import Table as RichTable
    from rich.text import Text

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
    "stale": "yellow",
    "better": "",
    "worse": "",
}


def write(page: Page, *, color: bool = False, width: int = 132) -> str:
    from rich.console import Console
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
    console.print(Text(page.heading, style="bold"))
    if page.shallow:
        console.print(Text(page.shallow, style="yellow"))
    for note in page.notes:
        console.print(Text(note, style="dim"))
    if page.empty:
        console.print(page.empty)
        return out.getvalue()
    for table in page.tables:
        if table.key == "goals" and not table.rows:
            console.print(page.no_match)
        elif table.key == "goalposts":
            console.print(Text("\n" + table.title, style="bold"))
            for row in table.rows:
                date, goal_id, field, change, author, commit = (cell.text for cell in row)
                console.print(f"  {date}  {goal_id}  {field}: {change}  ({author}, {commit})")
        else:
            console.print(rich_table(table))
        if table.key == "goals":
            for goal, problem in page.problems:
                console.print(Text(f"{goal.path}: {goal.id}: {problem}", style="magenta"))
    return out.getvalue()


def rich_table(table: Table) -> RichTable:
    """A table of the section model as a rich table (the columns in ``wide`` left out)."""
    from rich import box
    from rich.table import Table as RichTable

    drawn = RichTable(
        box=box.SIMPLE_HEAD,
        title=table.title,
        title_justify="left",
        title_style="bold",
        pad_edge=False,
        collapse_padding=True,
    )
    shown = [index for index in range(len(table.headers)) if index not in table.wide]
    for index in shown:
        right = table.align[index] == "r"
        drawn.add_column(
            table.headers[index],
            justify="right" if right else "left",
            no_wrap=right,
            overflow="fold",
        )
    for row in table.rows:
        drawn.add_row(*(_cell(row[index]) for index in shown))
    return drawn


def _cell(cell: Cell) -> Text:
    from rich.text import Text

    text = "  " * cell.depth + ("└ " if cell.depth else "") + cell.text
    return Text(text, style=STYLES.get(cell.style, ""))
