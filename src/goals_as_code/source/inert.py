"""User text made inert on a terminal, in CI logs and in spreadsheets.

A YAML value or a commit subject may hold anything: escape sequences that recolour a terminal,
set its title or hide a link (ANSI, OSC 8), bidi controls that reorder what is shown, line breaks
that start a line of their own, and ``::`` at the start of a line, which GitHub Actions runs as a
workflow command. On a terminal each such character is shown as an escape (``\\x1b``,
``\\u202e``), so it is seen, not obeyed. In CSV a cell that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is a formula to a spreadsheet: it gets a leading ``'``
(OWASP's rule). The Markdown policy is ``source.text.markdown``.
"""

from __future__ import annotations

import re

# C0 controls but the tab, DEL, C1 controls, the line and paragraph separators, and the bidi
# controls (embeddings, overrides, isolates and marks)
UNSAFE = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal(text: str) -> str:
    """User text as one line a terminal shows and never obeys: controls and bidi escaped."""
    return UNSAFE.sub(_escape, text)


def lines(output: str) -> str:
    """Text output where no line starts with ``::`` (a workflow command in GitHub Actions)."""
    if "::" not in output:
        return output
    return "\n".join(" " + line if line.startswith("::") else line for line in output.split("\n"))


def csv_cell(value: object) -> object:
    """A CSV cell a spreadsheet reads as text, never as a formula. A carriage return inside it
    becomes a line feed: the writer quotes a cell with a line feed, not one with a lone CR, which
    would end the row for a reader."""
    if not isinstance(value, str):
        return value
    if value.startswith(_FORMULA):
        value = "'" + value
    return value.replace("\r\n", "\n").replace("\r", "\n")
