from __future__ import annotations

from pathlib import Path

from goals_as_code.check import checker
from goals_as_code.check.tree import Tree
from goals_as_code.markdown import plugin as statements
from goals_as_code.source import config as config_module
from goals_as_code.source import document
from goals_as_code.source.document import Document

from .conftest import GOOD_GOAL


def kinds(doc: document.Document) -> list[tuple[int, str]]:
    return [(issue.line, issue.kind) for issue in doc.issues]


def test_good_goal_is_read_with_statement_and_positions() -> None:
    doc = statements.parse(GOOD_GOAL, "goals/a.md")
    assert doc.readable
    assert doc.issues == ()
    assert doc.kind == "goal"
    assert doc.id == "faster-replies"
    assert doc.get("metric", "target") == 24
    assert doc.get("deadline") == "2017-06-30"
    assert doc.statement is not None
    assert doc.statement.startswith("Jag skall förbättra svarstiden")
    assert doc.statement_line == 18
    assert doc.front_matter_line == 1
    assert doc.position("id") == (2, 1)
    assert doc.position("metric", "target") == (12, 3)
    assert doc.value_position("metric", "target") == (12, 11)
    # a key that is not written points at its nearest written parent
    assert doc.position("metric", "nothing") == (8, 1)
    assert doc.position("nothing") == (1, 1)


def test_missing_front_matter() -> None:
    doc = statements.parse("# I will do it\n", "a.md")
    assert not doc.readable
    assert kinds(doc) == [(1, "missing")]
    assert doc.statement == "I will do it"


def test_front_matter_after_blank_lines() -> None:
    doc = statements.parse("\n\n---\nid: a\n---\n# S\n", "a.md")
    assert kinds(doc) == [(3, "not-first-line")]


def test_unclosed_front_matter() -> None:
    doc = statements.parse("---\nid: a\nkind: goal\n# S\n", "a.md")
    assert kinds(doc) == [(1, "unclosed")]
    assert "never closed" in str(doc.issues[0].message)


def test_byte_order_mark_is_accepted() -> None:
    doc = statements.parse("\ufeff---\nid: a\n---\n# S\n", "a.md")
    assert doc.readable
    assert doc.id == "a"


def test_crlf_line_endings() -> None:
    doc = statements.parse("---\r\nid: a\r\nkind: goal\r\n---\r\n# S\r\n", "a.md")
    assert doc.readable
    assert doc.data == {"id": "a", "kind": "goal"}
    assert doc.statement == "S"


def test_yaml_error_line_is_a_file_line() -> None:
    doc = statements.parse("---\nid: a\nowner: [x\nkind: goal\n---\n# S\n", "a.md")
    assert not doc.readable
    [(line, kind)] = kinds(doc)
    assert kind == "syntax"
    assert line in (3, 4, 5)


def test_duplicate_key_message_names_first_line_in_file() -> None:
    doc = statements.parse("---\nid: a\nowner: x\nowner: y\n---\n# S\n", "a.md")
    assert kinds(doc) == [(4, "duplicate-key")]
    assert "first written on line 3" in str(doc.issues[0].message)


def test_front_matter_must_be_a_mapping() -> None:
    doc = statements.parse("---\n- a\n- b\n---\n# S\n", "a.md")
    assert kinds(doc) == [(1, "not-mapping")]
    empty = statements.parse("---\n---\n# S\n", "a.md")
    assert kinds(empty) == [(1, "not-mapping")]


def test_size_cap() -> None:
    text = "---\nid: a\nnote: " + "x" * 300 + "\n---\n# S\n"
    doc = statements.parse(text, "a.md", max_front_matter=256)
    assert kinds(doc) == [(1, "too-large")]
    assert statements.parse(text, "a.md").readable


def test_no_statement_and_second_statement() -> None:
    none = statements.parse("---\nid: a\n---\nSome text.\n", "a.md")
    assert kinds(none) == [(4, "no-statement")]
    assert none.statement is None
    two = statements.parse("---\nid: a\n---\n# One\n\n# Two\n", "a.md")
    assert kinds(two) == [(6, "second-statement")]
    assert two.statement == "One"


def test_setext_heading_is_a_statement() -> None:
    doc = statements.parse("---\nid: a\n---\nI will do it\n===\n", "a.md")
    assert doc.statement == "I will do it"
    assert doc.issues == ()


def test_h2_is_not_a_statement() -> None:
    doc = statements.parse("---\nid: a\n---\n## Activities\n", "a.md")
    assert kinds(doc) == [(4, "no-statement")]


def test_positions_are_found_when_asked_and_let_go() -> None:
    doc = statements.parse(GOOD_GOAL, "goals/a.md")
    assert doc.found_positions() is None  # read without positions: most files have no finding
    where = (doc.position("metric", "target"), doc.value_position("metric", "target"))
    assert where == ((12, 3), (12, 11))
    assert doc.found_positions() is not None
    view = doc.view
    assert view is not None
    assert doc.view is view  # built once
    doc.forget()
    assert doc.found_positions() is None
    assert (doc.position("metric", "target"), doc.value_position("metric", "target")) == where
    assert doc.view is not view
    assert doc.view is not None
    assert doc.view.statement == view.statement


def test_a_document_let_go_keeps_its_data_and_drops_its_text() -> None:
    doc = statements.parse(GOOD_GOAL, "goals/a.md")
    data, statement, line = dict(doc.data), doc.statement, doc.statement_line
    assert doc.view is not None
    doc.let_go()
    assert (doc.text, doc.body, doc.front_matter) == ("", "", "")
    assert doc.found_positions() is None
    assert (dict(doc.data), doc.statement, doc.statement_line) == (data, statement, line)
    assert doc.id == data["id"]


def test_the_body_and_front_matter_are_read_from_the_text_not_copied() -> None:
    doc = statements.parse(GOOD_GOAL, "goals/a.md")
    assert doc.body in GOOD_GOAL
    assert doc.body.startswith("# ")
    assert doc.front_matter in GOOD_GOAL
    assert doc.front_matter.startswith("id: ")
    assert isinstance(doc._body, tuple)
    assert isinstance(doc._front, tuple)
    # a part that is not in the text (as a caller may build one) is kept as given
    other = Document("a.md", "text", {}, True, 1, None, 1, "elsewhere", (), "id: a\n")
    assert (other.body, other.front_matter) == ("elsewhere", "id: a\n")
    assert other == Document("a.md", "text", {}, True, 1, None, 1, "elsewhere", (), "id: a\n")


def test_positions_never_walk_aliases() -> None:
    bomb = "---\nid: a\nx: &a [1, 2]\ny: [*a, *a]\n---\n# I will\n"
    doc = statements.parse(bomb, "goals/a.md")
    assert not doc.readable
    assert (doc.keys, doc.values) == ({}, {})
    assert doc.position("y") == (1, 1)  # the front matter's line


def test_a_check_holds_no_positions_after_it(tmp_path: Path) -> None:
    (tmp_path / "goals").mkdir()
    for n in range(3):
        text = GOOD_GOAL.replace("faster-replies", f"goal-{n}").replace("manager: ", "x-m: ")
        (tmp_path / "goals" / f"goal-{n}.md").write_text(text, encoding="utf-8")
    config = config_module.load(tmp_path)
    tree = Tree.load(config)
    result = checker.check(config, tree=tree)
    assert {p.code for p in result.problems} >= {"A002"}  # findings with lines: positions asked
    assert all(doc.found_positions() is None for doc in tree.documents)


def test_a_check_gives_the_garbage_collector_back(tmp_path: Path) -> None:
    import gc

    (tmp_path / "goals").mkdir()
    (tmp_path / "goals" / "a.md").write_text(GOOD_GOAL, encoding="utf-8")
    config = config_module.load(tmp_path)
    assert gc.isenabled()
    assert checker.check(config).files == 1
    assert gc.isenabled()
    gc.disable()  # a caller that had switched it off keeps it off
    try:
        checker.check(config)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_document_is_immutable_compared_by_content_and_pickled_whole() -> None:
    import pickle

    import pytest

    def parse_text(text: str) -> Document:
        return statements.parse(text, "goals/a.md")

    text = "---\nid: a\nkind: goal\n---\n# Reach 24 hours by June\n"
    first = parse_text(text)
    again = parse_text(text)
    assert first == again
    assert first is not again
    assert first != parse_text(text.replace("24", "12"))
    first.keys  # noqa: B018 - positions found on first use are not part of the content
    assert first.found_positions() is not None
    assert again.found_positions() is None
    assert first == again
    with pytest.raises(AttributeError, match="cannot assign to field 'path'"):
        first.path = "other.md"  # type: ignore[misc]
    copy = pickle.loads(pickle.dumps(first))
    assert copy == first
    assert (copy.body, copy.front_matter, copy.keys) == (first.body, first.front_matter, first.keys)
    assert repr(copy).startswith("Document(path=")
