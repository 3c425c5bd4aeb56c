from __future__ import annotations

import pytest

from goals_as_code.source import yamlstrict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: on", "on"),
        ("a: yes", "yes"),
        ("a: no", "no"),
        ("a: off", "off"),
        ("a: true", True),
        ("a: false", False),
        ("a: True", True),
        ("a: 2017-06-30", "2017-06-30"),
        ("a: 2017-06-30T10:00:00", "2017-06-30T10:00:00"),
        ("a: 1:30", "1:30"),
        ("a: 010", 10),
        ("a: 0o10", 8),
        ("a: 0x1F", 31),
        ("a: 1e3", 1000.0),
        ("a: 1.10", 1.1),
        ("a: -5", -5),
        ("a: .5", 0.5),
        ("a: ~", None),
        ("a: null", None),
        ("a:", None),
        ("a: '2017-06-30'", "2017-06-30"),
        ("a: NO", "NO"),
    ],
)
def test_scalars_keep_their_written_meaning(text: str, expected: object) -> None:
    loaded = yamlstrict.load(text)
    assert loaded.issues == []
    assert loaded.data == {"a": expected}
    assert type(loaded.data["a"]) is type(expected)


def test_nested_positions_are_zero_based_key_marks() -> None:
    loaded = yamlstrict.load("id: x\nmetric:\n  unit: hours\n  target: 24\nlist:\n  - a\n  - b\n")
    assert loaded.keys[("id",)] == (0, 0)
    assert loaded.keys[("metric", "target")] == (3, 2)
    assert loaded.values[("metric", "target")] == (3, 10)
    assert loaded.keys[("list", 1)] == (6, 4)


def test_duplicate_key_names_both_lines() -> None:
    loaded = yamlstrict.load("owner: a\nmanager: b\nowner: c\n")
    assert loaded.data is None
    [issue] = loaded.issues
    assert (issue.line, issue.column, issue.kind, issue.first_line) == (2, 0, "duplicate-key", 0)
    assert "'owner'" in str(issue.message)


def test_duplicate_key_in_nested_mapping() -> None:
    loaded = yamlstrict.load("metric:\n  target: 1\n  target: 2\n")
    assert [(i.line, i.kind) for i in loaded.issues] == [(2, "duplicate-key")]


def test_same_key_in_different_mappings_is_fine() -> None:
    loaded = yamlstrict.load("confidence:\n  owner: 0.5\nowner: a\n")
    assert loaded.issues == []
    assert loaded.data == {"confidence": {"owner": 0.5}, "owner": "a"}


@pytest.mark.parametrize(
    "text",
    ["a: &x 1\nb: *x\n", "a: &x [1, 2]\n", "base: &b {x: 1}\nother:\n  <<: *b\n"],
)
def test_anchors_and_aliases_are_refused(text: str) -> None:
    loaded = yamlstrict.load(text)
    assert loaded.data is None
    assert loaded.issues
    assert {issue.kind for issue in loaded.issues} == {"alias"}
    assert loaded.issues[0].line == 0


def test_ampersand_and_star_inside_text_are_not_aliases() -> None:
    loaded = yamlstrict.load("a: 'R&D * 2'\nb: rock & roll\n")
    assert loaded.issues == []
    assert loaded.data == {"a": "R&D * 2", "b": "rock & roll"}


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object/apply:os.system ['echo hi']\n",
        "a: !!timestamp 2017-06-30\n",
        "a: !custom x\n",
        "a: !!binary aGVsbG8=\n",
    ],
)
def test_tags_are_refused_and_nothing_runs(text: str) -> None:
    loaded = yamlstrict.load(text)
    assert loaded.data is None
    assert [issue.kind for issue in loaded.issues] == ["tag"]


def test_explicit_core_tag_is_allowed() -> None:
    loaded = yamlstrict.load("a: !!str 2017\n")
    assert loaded.issues == []
    assert loaded.data == {"a": "2017"}


def test_complex_key_is_refused() -> None:
    loaded = yamlstrict.load("? [a, b]\n: 1\n")
    assert [issue.kind for issue in loaded.issues] == ["key-type"]


def test_syntax_error_has_position() -> None:
    loaded = yamlstrict.load("id: x\nowner: [a\nkind: goal\n")
    [issue] = loaded.issues
    assert issue.kind == "syntax"
    assert issue.line >= 1
    assert loaded.data is None


def test_multiple_documents_are_a_syntax_error() -> None:
    loaded = yamlstrict.load("a: 1\n---\nb: 2\n")
    assert [issue.kind for issue in loaded.issues] == ["syntax"]


def test_empty_text_is_none_without_issue() -> None:
    loaded = yamlstrict.load("")
    assert loaded.data is None
    assert loaded.issues == []


def test_an_ampersand_in_text_keeps_the_lines_of_the_keys() -> None:
    text = "team: R&D\nowner: anna@example.com\n"
    assert yamlstrict.positions(text)[0][("owner",)] == (1, 0)
