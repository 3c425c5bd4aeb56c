"""The report as terminal tables (rich), with colour when the output is a terminal."""

from __future__ import annotations

import io
import re
import textwrap
from typing import TYPE_CHECKING

from goals_as_code.report.sections import Cell, Page, Table
from goals_as_code.source import progress as calc
from goals_as_code.source.inert import terminal

if TYPE_CHECKING:
    from rich.console import Console
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
    """The page as ``width`` columns of text: no line ends in spaces, and a word (an id, an
    e-mail address) is never broken over two lines: a column too narrow for it cuts it with an
    ellipsis."""
    return trimmed(_drawn(page, color, width))


# spaces at the end of a line, before the colour codes that may close it
_TRAILING = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)(\n?)$")


def trimmed(drawn: str) -> str:
    """Text drawn for a terminal without the spaces that pad its lines."""
    return "".join(_TRAILING.sub(r"\1\2", line) for line in drawn.splitlines(True))


def make_console(out: io.StringIO, color: bool, width: int) -> Console:
    """A rich console that draws into ``out``: in colour or not, ``width`` wide, and never reads
    markup or emoji in user text."""
    from rich.console import Console

    return Console(
        file=out,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        width=width,
        highlight=False,
        emoji=False,
        markup=False,
    )


def _drawn(page: Page, color: bool, width: int) -> str:
    from rich.text import Text

    out = io.StringIO()
    console = make_console(out, color, width)

    def prose(text: str, style: str = "", indent: str = "", hanging: str = "") -> None:
        """A line of prose, wrapped at spaces only, its further lines indented; user text in it
        shown, never obeyed by the terminal."""
        lines = textwrap.wrap(
            terminal(text),
            width,
            initial_indent=indent,
            subsequent_indent=indent + hanging,
            break_long_words=False,
            break_on_hyphens=False,
        )
        for line in lines or [""]:
            console.print(Text(line, style=style), soft_wrap=True)

    prose(page.heading, "bold")
    if page.shallow:
        prose(page.shallow, "yellow")
    for note in page.notes:
        prose(note, "dim")
    if page.empty:
        prose(page.empty)
        return out.getvalue()
    for table in page.tables:
        if table.key == "goals" and not table.rows:
            prose(page.no_match)
        elif table.key == "goalposts":
            console.print()
            prose(table.title, "bold")
            for row in table.rows:
                date, goal_id, field, change, author, commit = (cell.text for cell in row)
                prose(f"{date}  {goal_id}  {field}: {change}  ({author}, {commit})", indent="  ")
        else:
            console.print(rich_table(table, width))
        if table.key == "goals" and table.rows and page.legend:
            prose(page.legend, "dim")
            console.print()
        if table.key == "goals":
            for goal, problem in page.problems:
                prose(f"{goal.path}: {goal.id}: {problem}", "magenta")
    return out.getvalue()


def rich_table(table: Table, width: int = 132) -> RichTable:
    """A table of the section model as a rich table ``width`` columns wide at most (the columns
    in ``wide`` left out)."""
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
    widths = _widths(table, shown, width)
    shown = [index for index in shown if index in widths]
    for index, column_width in widths.items():
        wraps = _prose(table, index)
        drawn.add_column(
            table.headers[index],
            justify="right" if table.align[index] == "r" else "left",
            width=column_width,
            no_wrap=not wraps,
            overflow="fold" if wraps else "ellipsis",
        )
    for row in table.rows:
        drawn.add_row(*(_cell(row[index]) for index in shown))
    return drawn


def _widths(table: Table, shown: list[int], width: int) -> dict[int, int]:
    """The width of each column shown so that the table fits ``width``: prose columns wrap first
    (down to their longest word), then the columns of names (ids, e-mail addresses) are cut with
    an ellipsis, the widest first, in ``NAME_WIDTHS`` steps; numbers and statuses are never cut.
    A table that does not fit at the first step leaves out its columns after ``table.keep``,
    and one that does not fit at the last its columns after the second."""
    natural: dict[int, int] = {}
    floors: dict[int, list[int]] = {}
    for index in shown:
        texts = [_text(cell) for cell in _column(table, index)]
        heading = table.headers[index].split()
        natural[index] = max([len(table.headers[index]), *map(len, texts)])
        if _prose(table, index):
            words = [*heading, *(word for text in texts for word in text.split())]
            steps = [max([MIN_WIDTH, *map(len, words)])]
        elif table.align[index] == "l":
            first = index == shown[0]
            steps = [max([step[first], *map(len, heading)]) for step in NAME_WIDTHS]
        else:
            steps = [natural[index]]
        floors[index] = [min(step, natural[index]) for step in steps]
    widths = dict(natural)
    excess = sum(widths.values()) + 2 * len(widths) - width
    for stage in range(len(NAME_WIDTHS)):
        while excess > 0:
            room = [(widths[i] - floors[i][min(stage, len(floors[i]) - 1)], i) for i in widths]
            spare, at = max(room)
            if spare <= 0:
                break
            widths[at] -= 1
            excess -= 1
        # the columns after the ones a table keeps go before names are cut further
        keep = table.keep if stage == 0 else 2
        while excess > 0 and len(widths) > keep:
            excess -= widths.pop(max(widths)) + 2
    return widths


def _prose(table: Table, index: int) -> bool:
    """Whether a column holds prose that may wrap at its spaces: a cell longer than ``PROSE``
    with a space in it. A column of words (ids, e-mail addresses, numbers, a status) does not
    wrap: where it must be narrower it is cut with an ellipsis, never broken over two lines."""
    return any(" " in cell.text and len(cell.text) > PROSE for cell in _column(table, index))


PROSE = 16  # a cell longer than this, with spaces, is prose that may wrap
MIN_WIDTH = 12  # prose wraps down to its longest word, or this
# how far columns of names are cut, step by step: (other columns, the first column: an id)
NAME_WIDTHS = ((16, 20), (10, 14))


def _column(table: Table, index: int) -> list[Cell]:
    return [row[index] for row in table.rows]


def _text(cell: Cell) -> str:
    # user text (statements, names, units) shown, never obeyed by the terminal
    return "  " * cell.depth + ("└ " if cell.depth else "") + terminal(cell.text)


def _cell(cell: Cell) -> Text:
    from rich.text import Text

    return Text(_text(cell), style=STYLES.get(cell.style, ""))
