"""The one writer of the project's own Markdown: ``goals review``'s comment, ``goals report`` and
``goals history`` as Markdown, and the rule documentation.

One policy for user text (statements, ids, units, names, commit messages, paths): it may contain
anything, and must show as the characters written, on one line, in a table cell or not, and never
become markup. ``text`` escapes only what could start markup where it stands, with a backslash, so
the raw Markdown stays readable:

- anywhere: ``\\`` before punctuation or at the end, `` ` `` (code), ``*`` (emphasis, a list),
  ``[`` and ``]`` (a link, an image), ``<`` (HTML, an autolink), ``~`` (strikethrough), ``&`` that
  starts an entity, ``_`` unless inside a word (``snake_case`` stays), and ``@`` before a name
  (``&#64;``, so that GitHub does not take it for a mention; ``anna@example.com`` stays);
- at the start, what would open a heading (``# ``), a quote (``>``), a list (``- ``, ``+ ``,
  ``1. ``, ``1) ``) or underline a heading (``===``, ``---``); at the end, the `` #`` a heading
  would drop.

Line breaks become spaces; control characters and bidi controls (which would reorder what the
reader sees) are shown as escapes (``\\u202e``), not obeyed. A bare URL stays text (GitHub
shows it as a link, as in any comment).
``table`` escapes the pipes of every cell, the one thing a table adds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from goals_as_code.source.inert import terminal as _shown

_ANYWHERE = re.compile(
    r"""
      \\(?=[!-/:-@\[-`{-~]|$)       # a backslash that would escape what follows, or break a line
    | [`*\[\]<~]                    # code, emphasis, links and images, HTML, strikethrough
    | &(?=\#?[0-9A-Za-z]+;)         # an entity
    | (?<![0-9A-Za-z])_|_(?![0-9A-Za-z])  # emphasis (an underscore inside a word is text)
    """,
    re.VERBOSE,
)
_MENTION = re.compile(r"(?<![0-9A-Za-z])@(?=[0-9A-Za-z])")
_START = re.compile(
    r"^(?:\#{1,6}(?=\s|$)|>|[-+](?=\s|$)|[=-]+$|(\d{1,9})([.)])(?=\s|$))", re.VERBOSE
)
_END = re.compile(r"(?<=\s)#+$")


def text(value: object) -> str:
    """User text made inert in Markdown, on one line; readable as written."""
    said = _shown(" ".join(str(value).split()))
    said = _ANYWHERE.sub(lambda found: "\\" + found.group(), said)
    said = _MENTION.sub("&#64;", said)
    said = _START.sub(
        lambda found: (
            f"{found.group(1)}\\{found.group(2)}" if found.group(1) else "\\" + found.group()
        ),
        said,
    )
    return _END.sub(lambda found: "\\" + found.group(), said)


def code(value: object) -> str:
    """User text as a code span: shown as written, in a fixed font (a path, a commit)."""
    said = _shown(" ".join(str(value).split()))
    longest = max((len(run) for run in re.findall(r"`+", said)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if said.startswith("`") or said.endswith("`") else ""
    return f"{fence}{pad}{said}{pad}{fence}"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], align: str = "") -> list[str]:
    """A table's lines, then a blank one. ``headers`` are plain text (escaped here); the cells
    are Markdown already written (``text``, ``code`` or the project's own); ``align`` has ``r``
    for each column to right-align. Every pipe in a cell is escaped."""
    widths = len(headers)
    sides = align.ljust(widths, "l")
    lines = [_row([text(header) for header in headers])]
    lines.append("|" + "|".join("---:" if side == "r" else "---" for side in sides) + "|")
    lines += [_row(row) for row in rows]
    return [*lines, ""]


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"
