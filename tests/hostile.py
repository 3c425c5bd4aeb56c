"""Hostile input for the property tests and the long fuzzing run (benchmarks/fuzz.py): what to
generate, and what must hold for every input. Nothing here may raise but the tool's own errors."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from hypothesis import strategies as st

from goals_as_code.check import checker
from goals_as_code.check import formats as check_formats
from goals_as_code.check.tree import Tree
from goals_as_code.classify import classify
from goals_as_code.markdown import plugin as statements
from goals_as_code.source.config import Config
from goals_as_code.source.document import Document

TODAY = datetime.date(2017, 3, 31)

# pieces of front matter that have broken readers: numbers, keys, tags, aliases, nesting, quotes
FRAGMENTS = [
    "id: x",
    "kind: goal",
    "kind: kpi",
    "kind: activity",
    "kind: behaviour",
    "owner: anna@example.com",
    "manager: erik@example.com",
    "deadline: 2017-06-30",
    "start: 2017-13-45",
    "metric:",
    "  unit: hours",
    "  direction: decrease",
    "  baseline: 48",
    "  target: 1e999",
    "  target: -.inf",
    "  current: .nan",
    "  target: 0x" + "f" * 300,
    "  current: " + "9" * 401,
    "weight: 1e308",
    "  target: 1e-320",
    "  baseline: 1e-9",
    "weight: 1e15",
    "1: a",
    "01: b",
    "0x1: c",
    "+1: d",
    "a: &x 1",
    "b: *x",
    "c: !!python/object/apply:os.system ['true']",
    "d: !!float 1e999",
    "e: " + "[" * 80 + "]" * 80,
    "accepted:",
    "  by: erik@example.com",
    "  on: 2017-01-05",
    "  fingerprint: sha256:00",
    "",
    "# a comment",
    "f: |",
    "  ---",
    "  accepted: inside a string",
    "confidence: {owner: 2, manager: -1}",
    "parent: x",
    "values: {1: 2, 01: 3}",
    "status: active",
    "suppress: {1: x}",
    "\u202eowner: evil",
    "title: \x1b[31mred\x1b]8;;http://x\x07link\x1b]8;;\x07",
    "note: '::error file=a::b'",
    "x: =cmd|' /C calc'!A0",
]
DELIMITERS = ["---", "---", "---", "----", "--- ", "---garbage", "  ---", "...", "---\r"]
HEADINGS = [
    "# I will cut the reply time from 48 to 24 hours by 30 June 2017",
    "# " + "a" * 300,
    '# =HYPERLINK("http://x")',
    "# ::error file=x::y",
    "# \x1b]0;title\x07 \u202e \x00",
    "# 2017-06-30 " * 20,
    "#",
    "",
    "# one\n# two",
]


@st.composite
def statement_texts(draw: st.DrawFn) -> str:
    """Text shaped like a statement file, with hostile pieces in it, or any text at all."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.text(max_size=400))
    opening = draw(st.sampled_from(DELIMITERS))
    closing = draw(st.sampled_from(DELIMITERS))
    lines = draw(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=30), max_size=14))
    heading = draw(st.sampled_from(HEADINGS) | st.text(max_size=40).map(lambda t: "# " + t))
    body = draw(st.text(max_size=80))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    bom = draw(st.sampled_from(["", "\ufeff"]))
    return bom + newline.join([opening, *lines, closing, heading, body]) + newline


def read_holds(text: str) -> Document:
    """The reader never raises, and a document it could not read carries a reason."""
    doc = statements.parse(text, "goals/x.md")
    assert isinstance(doc.data, dict)
    if not doc.readable:
        assert doc.issues
    assert all(issue.kind != "internal" for issue in doc.issues), doc.issues
    for issue in doc.issues:
        assert issue.line >= 1
    return doc


def bytes_hold(raw: bytes, folder: Path) -> None:
    """Any bytes on disk: read as a document or as a problem, never an exception."""
    from goals_as_code.check import tree

    path = folder / "goals" / "x.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    doc = tree.read(path, Config(root=folder))
    assert all(issue.kind != "internal" for issue in doc.issues), doc.issues


def check_holds(texts: list[str], root: Path) -> None:
    """Every rule over hostile files: no internal error, and every output format re-parses."""
    docs = [statements.parse(text, f"goals/f{n}.md") for n, text in enumerate(texts)]
    config = Config(root=root)
    result = checker.check(config, tree=Tree(docs, config), today=TODAY)
    assert all(problem.code != "F000" for problem in result.problems), result.problems
    for lang in ("en", "sv"):
        text = check_formats.text(result, lang)
        assert text_is_inert(text), text
    parsed = json.loads(check_formats.json_(result), parse_constant=_not_json)
    assert len(parsed["problems"]) == len(result.problems)
    sarif = json.loads(check_formats.sarif(result), parse_constant=_not_json)
    assert len(sarif["runs"][0]["results"]) == len(result.problems)
    from xml.etree import ElementTree

    junit = ElementTree.fromstring(check_formats.junit(result).split("\n", 1)[1])
    assert junit.get("failures") == str(len(result.problems))
    assert len(json.loads(check_formats.gitlab(result), parse_constant=_not_json)) == len(
        result.problems
    )
    for line in check_formats.github(result).split("\n")[:-2]:  # the runner splits at \n
        assert line.startswith("::")
        assert "\n" not in line
        assert "\r" not in line


def classify_holds(text: str) -> None:
    for lang in (None, "en", "sv"):
        classify(text, lang)


def _not_json(constant: str) -> None:
    raise AssertionError(f"{constant} is not JSON")


def text_is_inert(text: str) -> bool:
    """No control character but the line end, and no line that a CI runner takes as a command."""
    from goals_as_code.source.inert import UNSAFE

    return not UNSAFE.search(text.replace("\n", "")) and not any(
        line.startswith("::") for line in text.split("\n")
    )


def csv_holds(cells: list[str]) -> None:
    """A row of user text in CSV: read back cell for cell, and no cell a formula."""
    import csv
    import io

    from goals_as_code.source.inert import csv_cell

    out = io.StringIO()
    written = [csv_cell(cell) for cell in cells]
    csv.writer(out, lineterminator="\n").writerow(written)
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert rows == ([[str(cell) for cell in written]] if cells else rows)
    assert not any(
        cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row
    )


def terminal_holds(text: str) -> None:
    from goals_as_code.source import inert

    shown = inert.terminal(text)
    assert "\n" not in shown
    assert text_is_inert(inert.lines(shown))


def markdown_holds(text: str) -> None:
    """User text through the Markdown writer: one paragraph of text, no markup."""
    from markdown_it import MarkdownIt

    from goals_as_code.markdown import writer

    written = writer.text(text)
    if not written:
        return
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(written)
    assert [token.type for token in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    children = tokens[1].children or []
    assert {child.type for child in children} <= {"text"}, written
