"""The plain reader of statement files (``markdown.plugin.plain``) reads a file written plainly
to the very document the Markdown parser makes of it, and leaves every other file to the parser."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goals_as_code.history import versions
from goals_as_code.markdown import plugin
from goals_as_code.source import document

from .conftest import ROOT, imported_by

PLAIN = [
    "---\nid: a\n---\n# Hello *world*\n",
    "---\nid: a\n---\n\n# \n",
    "---\nid: a\n---\ntext\n# H1 after a paragraph\n",
    "---\nid: a\n---\n## Two\n# One\n",
    "---\nid: a\n---\n#NoSpace\n# Real\n",
    "---\nid: a\n---\n   # indented three  \n",
    "---\nid: a\n---\nno heading at all\n",
    "---\nid: a\n---\n# a `code` and [link](x)\n",
    "---\nid: a\nmetric: {current: 3}\n---\n# x\t\n",
    "---\nid: a\n---\n# " + "a long statement " * 100 + "\n",  # cut at 1,000 characters
    "---\nid: a\nid: b\n---\n# duplicate key\n",  # a YAML problem, in a plain file
    "---  \nid: a\n---\t\n# delimiters with spaces\n",
    "---\nid: a\n---",  # no body, no line end
    "---\nid: a\n---\n# no line end",
    "---\n---\n# empty front matter\n",
    # below the statement: task lists, code, quotes, lists, H2s
    "---\nid: a\n---\n# I will\n\n## Activities\n\n- [x] one\n- [ ] two\n",
    "---\nid: a\n---\n# I will\n    # indented\n\t# tab\n1. # in a list\n> ## quoted\n",
]
TRICKY = [
    "---\nid: a\n---\n```\n# not a heading\n```\n# real\n",
    "---\nid: a\n---\nSetext heading\n===\n# later\n",
    "---\nid: a\n---\n    # indented code\n# real\n",
    "---\nid: a\n---\n> # quoted\n",
    "---\nid: a\n---\n- # in a list\n",
    "---\nid: a\n---\n<div>\n# in html\n</div>\n",
    "---\nid: a\n---\n# closing # #\n",
    "---\nid: a\n---\n# Hello *world* #\n",
    "---\r\nid: a\r\n---\r\n# windows\r\n",
    "\ufeff---\nid: a\n---\n# a byte order mark\n",
    "no front matter\n# x\n",
    "---\nid: a\n# never closed\n",
    # below the statement, what could be a second H1 is left to the parser
    "---\nid: a\n---\n# first\n# second\n",
    "---\nid: a\n---\n# I will\n\ntext\n---\nmore\n===\n",
    "---\nid: a\n---\n# I will\n```\n# not a heading\n```\n",
]


@pytest.mark.parametrize("text", PLAIN)
def test_a_plain_file_reads_as_the_parser_reads_it(text: str) -> None:
    quick = plugin.plain(text, "goals/x.md")
    assert quick is not None
    assert quick == plugin.parse_markdown(text, "goals/x.md")
    assert plugin.parse(text, "goals/x.md") == quick


@pytest.mark.parametrize("text", TRICKY)
def test_any_other_file_is_left_to_the_parser(text: str) -> None:
    assert plugin.plain(text, "goals/x.md") is None
    assert plugin.parse(text, "goals/x.md") == plugin.parse_markdown(text, "goals/x.md")


def test_the_examples_and_what_goals_new_writes_are_plain() -> None:
    examples = sorted(
        path for path in (ROOT / "examples").rglob("*.md") if path.name != "README.md"
    )
    assert len(examples) == 32
    for path in examples:
        text = path.read_text(encoding="utf-8")
        assert plugin.plain(text, str(path)) == plugin.parse_markdown(text, str(path)), path


def test_the_limits_hold_on_the_plain_path() -> None:
    big = "---\nid: a\nnote: " + "x" * 200 + "\n---\n# A goal\n"
    quick = plugin.plain(big, "goals/x.md", max_front_matter=100)
    assert quick == plugin.parse_markdown(big, "goals/x.md", max_front_matter=100)
    assert quick is not None
    assert [issue.kind for issue in quick.issues] == ["too-large"]
    assert not quick.readable


def _history_reads(text: str, limit: int = document.DEFAULT_MAX_FRONT_MATTER) -> object:
    """What a history wants of a file, as the parser reads it: its data and statement, when its
    front matter is a readable mapping; None when it is not."""
    full = plugin.parse_markdown(text, "goals/x.md", max_front_matter=limit)
    return (full.data, full.statement) if full.readable and full.data else None


@pytest.mark.parametrize("text", PLAIN)
def test_the_data_of_a_plain_file_is_the_parsers(text: str) -> None:
    found = plugin.plain_data(text)
    assert found == _history_reads(text)
    # the file that holds a key twice, and the empty front matter, are left to the parser
    assert (found is None) == ("id: b" in text or text.startswith("---\n---"))


@pytest.mark.parametrize("text", TRICKY)
def test_no_data_is_read_from_any_other_file(text: str) -> None:
    assert plugin.plain_data(text) is None


def test_the_data_of_the_examples_is_the_parsers() -> None:
    for path in sorted((ROOT / "examples").rglob("*.md")):
        if path.name != "README.md":
            text = path.read_text(encoding="utf-8")
            assert plugin.plain_data(text) == _history_reads(text), path
            assert plugin.plain_data(text) is not None, path


def test_a_front_matter_that_may_be_too_large_is_left_to_the_parser() -> None:
    # a front matter of 53 characters, 93 bytes
    big = "---\nid: a\nnote: " + "ä" * 40 + "\n---\n# A goal\n"
    assert plugin.plain_data(big, max_front_matter=100) is None
    assert _history_reads(big, 100) is not None  # the parser reads it: within the limit
    assert plugin.plain_data(big, max_front_matter=400) == _history_reads(big, 400)
    assert plugin.plain_data(big, max_front_matter=400) is not None
    parsed = versions.parse(big.encode(), "goals/x.md", max_front_matter=80)
    assert parsed.data is None
    assert parsed.problem is not None
    assert "more than the limit of 80" in parsed.problem


def test_the_history_reads_a_plain_version_as_the_parser_does() -> None:
    text = "---\nid: a\nkind: goal\n---\n# I will\n\n- [ ] a task\n"
    parsed = versions.parse(text.encode(), "goals/x.md")
    full = plugin.parse_markdown(text, "goals/x.md")
    assert (parsed.data, parsed.statement, parsed.problem) == (full.data, full.statement, None)


LINES = [
    "# I will cut the reply time",
    "#  Two statements",
    "# closing #",
    "#",
    "   # indented three",
    "    # indented four",
    "## Activities",
    "- [x] done",
    "- # in a list",
    "  continued",
    "1. first",
    "```",
    "~~~",
    "> # quoted",
    "<div>",
    "</div>",
    "---",
    "===",
    "  ==",
    "***",
    "Setext title",
    "plain text",
    "a\\",
    "",
    "\t# tab",
    "#\ttab heading",
]
FRONTS = [
    "---\nid: a\n---\n",
    "---\nid: [\n---\n",
    "---\n---\n",
    "---\nid: a\n",
    "--- \nx: 1\n---\n",
]


@given(st.sampled_from(FRONTS), st.lists(st.sampled_from(LINES), max_size=12), st.booleans())
@settings(max_examples=500, deadline=None)
def test_the_plain_reader_agrees_with_the_parser_on_any_body(
    front: str, lines: list[str], end: bool
) -> None:
    text = front + "\n".join(lines) + ("\n" if end else "")
    quick = plugin.plain(text, "goals/x.md")
    if quick is not None:  # when it answers, it answers as the parser does
        assert quick == plugin.parse_markdown(text, "goals/x.md")
    data = plugin.plain_data(text)
    if data is not None:  # and so does the reader of a history's versions
        assert data == _history_reads(text)


def test_a_long_statement_is_cut_on_both_paths() -> None:
    text = "---\nid: a\n---\n# " + "word " * 400 + "\n"
    quick = plugin.plain(text, "goals/x.md")
    assert quick is not None
    assert quick.statement is not None
    assert len(quick.statement) == document.MAX_STATEMENT


def test_a_check_of_plain_valid_files_loads_none_of_the_three_libraries(tmp_path: Path) -> None:
    """The hook's start: a plainly written, valid goal is read and validated without PyYAML,
    markdown-it or jsonschema (each costs more than the check of one file)."""
    (tmp_path / "goals").mkdir()
    (tmp_path / "goals.toml").write_text('select = ["F", "V", "L"]\n', encoding="utf-8")
    example = ROOT / "examples" / "en" / "goals" / "faster-email-replies.md"
    (tmp_path / "goals" / "g.md").write_text(example.read_text(encoding="utf-8"))
    _, found = imported_by(tmp_path, ["check", "--quiet"], ["yaml", "markdown_it", "jsonschema"])
    assert found == []
