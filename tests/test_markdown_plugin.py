"""The markdown-it-py plugin: env["goal"] after parse or render, the statement is the document's
own first H1, and the lean preset reads files as the full parser does."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from goals_as_code.markdown import goals_plugin, parse, parser

from .conftest import GOOD_GOAL

FRONT = "---\nid: a\nkind: goal\n---\n"


def test_parse_puts_the_statement_and_its_problems_in_env() -> None:
    md = MarkdownIt("commonmark").use(front_matter_plugin).use(goals_plugin)
    env: dict[str, object] = {"path": "goals/a.md"}
    md.parse(FRONT + "# I will do it\n\n# Another\n", env)
    doc = env["goal"]
    assert (doc.path, doc.id, doc.statement, doc.statement_line) == (
        "goals/a.md",
        "a",
        "I will do it",
        5,
    )
    assert [(issue.line, issue.kind) for issue in doc.issues] == [(7, "second-statement")]


def test_render_fills_env_too_and_adds_the_front_matter_plugin_when_missing() -> None:
    md = MarkdownIt("commonmark").use(goals_plugin)
    env: dict[str, object] = {}
    html = md.render(FRONT + "# I will *do* it\n", env)
    assert html == "\n<h1>I will <em>do</em> it</h1>\n"
    assert env["goal"].statement == "I will *do* it"


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("> # Quoted, not the statement\n\n# I will do it\n", 7),
        ("- # In a list item\n\n# I will do it\n", 7),
        ("1. item\n\n   # In an ordered item\n\n# I will do it\n", 9),
        ("<div>\n# In an HTML block\n</div>\n\n# I will do it\n", 9),
    ],
    ids=["blockquote", "list", "ordered-list", "html-block"],
)
def test_the_statement_is_the_first_heading_of_the_document_itself(body: str, line: int) -> None:
    # regression: a quoted heading was taken as the statement and the real one was reported as
    # a second statement
    doc = parse(FRONT + body, "goals/a.md")
    assert (doc.statement, doc.statement_line, doc.issues) == ("I will do it", line, ())


def test_a_quoted_heading_alone_is_no_statement() -> None:
    doc = parse(FRONT + "> # Quoted\n", "goals/a.md")
    assert doc.statement is None
    assert [issue.kind for issue in doc.issues] == ["no-statement"]


def test_a_byte_order_mark_is_skipped() -> None:
    env: dict[str, object] = {}
    MarkdownIt("commonmark").use(goals_plugin).parse("\ufeff" + FRONT + "# S\n", env)
    assert (env["goal"].id, env["goal"].statement) == ("a", "S")


def test_the_lean_preset_parses_no_inline_markup_and_reads_alike() -> None:
    lean = parser()
    tokens = lean.parse(GOOD_GOAL, {})
    inline = [token for token in tokens if token.type == "inline"]
    assert [token.children for token in inline] == [[]]
    full = MarkdownIt("commonmark").use(goals_plugin)
    env: dict[str, object] = {"path": "goals/a.md"}
    full.parse(GOOD_GOAL, env)
    assert parse(GOOD_GOAL, "goals/a.md") == env["goal"]


def test_no_state_is_shared_between_parsers() -> None:
    one = MarkdownIt("commonmark").use(goals_plugin)
    two = MarkdownIt("commonmark").use(goals_plugin)
    first: dict[str, object] = {}
    second: dict[str, object] = {}
    one.parse(FRONT + "# One\n", first)
    two.parse("---\nid: b\n---\n# Two\n", second)
    assert (first["goal"].statement, second["goal"].statement) == ("One", "Two")
