"""The plain front matter reader (source/quickyaml.py) gives what the strict loader gives, or
nothing: the same data, of the same types, in the same order, and the same positions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goals_as_code.source import document, quickyaml, yamlstrict

ROOT = Path(__file__).resolve().parent.parent


def _front_matter(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").split("\n")
    end = lines.index("---", 1)
    return "\n".join(lines[1:end]) + "\n"


FRONTS = sorted(
    _front_matter(path) for path in (ROOT / "examples").rglob("*.md") if path.name != "README.md"
)


def same(one: Any, other: Any) -> bool:
    """Equal, with the same types all the way down (True is not 1, 1 is not 1.0)."""
    if type(one) is not type(other):
        return False
    if isinstance(one, dict):
        return list(one) == list(other) and all(same(one[k], other[k]) for k in one)
    if isinstance(one, list):
        return len(one) == len(other) and all(map(same, one, other))
    return bool(one == other)


def holds(text: str) -> bool:
    """The property; True when the quick reader answered (so a test can count them)."""
    quick = quickyaml.read(text)
    where = quickyaml.positions(text)
    assert (quick is None) == (where is None), text
    if quick is None:
        return False
    strict = yamlstrict.load_strict(text)
    assert strict.issues == [], text
    assert same(quick, strict.data), (text, quick, strict.data)
    assert where == yamlstrict.positions(text), text
    return True


def test_every_example_is_read_without_the_yaml_library() -> None:
    assert len(FRONTS) == 32
    for text in FRONTS:
        assert holds(text) is True, text


def test_what_goals_new_writes_is_read_quickly() -> None:
    text = (
        "id: faster-replies\nkind: goal\nowner: anna@example.com\nmanager: boss@example.com\n"
        "start: 2017-01-01\ndeadline: 2017-06-30\nmetric:\n  unit: hours\n"
        "  direction: decrease\n  baseline: 48\n  target: 24\n  current: 40.5\n"
        "  as_of: 2017-03-01\nconfidence: {owner: 0.7, manager: 0.6}\nstatus: active\n"
        "tags: [sales, q3]\nsuppress:\n  - L006\n"
    )
    assert holds(text) is True
    assert quickyaml.read(text) == {
        "id": "faster-replies",
        "kind": "goal",
        "owner": "anna@example.com",
        "manager": "boss@example.com",
        "start": "2017-01-01",
        "deadline": "2017-06-30",
        "metric": {
            "unit": "hours",
            "direction": "decrease",
            "baseline": 48,
            "target": 24,
            "current": 40.5,
            "as_of": "2017-03-01",
        },
        "confidence": {"owner": 0.7, "manager": 0.6},
        "status": "active",
        "tags": ["sales", "q3"],
        "suppress": ["L006"],
    }


@pytest.mark.parametrize(
    "text",
    [
        "a: yes\n",  # YAML 1.2: text, as the strict loader reads it
        "a: 010\n",  # decimal
        "a:\n",
        "a: 'quoted text'\n",
        "a: C#\n",
        "a: see [1], {2}\n",
        "a: x\n# a comment\n\nb:   spaced   \n",
        "m:\n  n:\n    o: 1\n  p: 2\nq: 3\n",
        "l:\n  - 1\n  -   two\n  - {k: v}\n",
        "a: {}\nb: []\n",
        "a: 2017-02-30\n",  # text: the schema says it is not a date
    ],
)
def test_plain_forms_are_read_like_the_strict_loader(text: str) -> None:
    assert holds(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "a: True\n",
        "a: null\n",
        "a: ~\n",
        "a: 1e3\n",
        "a: 0x1F\n",
        "a: 1_000\n",
        "a: .5\n",
        "a: +1\n",
        "a: .inf\n",
        "a: 10000000000000000\n",  # out of range: the strict loader says so
        "a: 0.0000000001\n",
        "a: x # note\n",
        "a: b: c\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: |\n  text\n",
        "a: 'it''s'\n",
        'a: "line\\n"\n',
        "a: 1\na: 2\n",
        "true: 1\n",
        "a b: 1\n",
        "a:1\n",
        "a: x\n  continued\n",
        "  a: 1\n",
        "a:\n- 1\n",
        "a:\tx\n",
        "a: x\r\n",
        "a: {b: 1,}\n",
        "a: {b: c:d}\n",
        "a: [b, [c]]\n",
        "---\na: 1\n",
        "",
        "# only a comment\n",
        "a: \u00a0x\n",
        "a: \x85\n",
    ],
)
def test_other_forms_are_left_to_the_strict_loader(text: str) -> None:
    assert quickyaml.read(text) is None
    assert quickyaml.positions(text) is None
    assert yamlstrict.load(text) == yamlstrict.load_strict(text)


def test_a_document_with_a_finding_gets_its_lines_without_the_yaml_library() -> None:
    text = "a: 1\nmetric:\n  target: 24\n"
    assert document.positions(text) == yamlstrict.positions(text)
    assert document.positions(text)[0][("metric", "target")] == (2, 2)


KEYS = st.sampled_from(["a", "b", "id", "x-own", "as_of", "true", "Null", "a b", "k1", "é"])
SCALARS = st.sampled_from(
    [
        "1",
        "01",
        "-1",
        "-0",
        "1.5",
        "1.",
        "1e3",
        "0x1F",
        "0o7",
        "1_0",
        ".5",
        "+1",
        "true",
        "True",
        "TRUE",
        "false",
        "null",
        "~",
        "NULL",
        "yes",
        "on",
        "2017-06-30",
        "2017-6-30",
        "a: b",
        "a #b",
        "a#b",
        "'q'",
        "'q''s'",
        "''",
        '"q"',
        '"q\\n"',
        '"a\'b"',
        "{a: 1}",
        "{a: 1, b: x}",
        "{a:1}",
        "{ a: 1 ,b:  2 }",
        "[a, b]",
        "[ 1,2 ]",
        "[]",
        "{}",
        "[a, [b]]",
        "- x",
        "&a x",
        "*a",
        "!!str x",
        "|",
        ">",
        "@x",
        "`x",
        "%x",
        "a, b",
        "see [1]",
        "C#",
        "x:",
        "x:y",
        "-",
        "-x",
        "?",
        "?x",
        ".inf",
        "1e-12",
        "100000000000000000",
        "1" * 17,
        "0.0000000001",
        "Anna <anna@example.com>",
        "a  b",
        "ä",
        "\u00a0",
        "\\",
        "#",
    ]
) | st.text(max_size=6)
SEPARATORS = st.sampled_from([": ", ":  ", ":", ": ", ":\t"])
LINES = st.one_of(
    st.tuples(st.sampled_from([0, 0, 2, 2, 4, 1]), KEYS, SEPARATORS, SCALARS).map(
        lambda t: " " * t[0] + t[1] + t[2] + t[3]
    ),
    st.tuples(st.sampled_from([0, 0, 2, 4]), KEYS).map(lambda t: " " * t[0] + t[1] + ":"),
    st.tuples(st.sampled_from([0, 2, 4]), st.sampled_from(["- ", "-  ", "-"]), SCALARS).map(
        lambda t: " " * t[0] + t[1] + t[2]
    ),
    st.sampled_from(["", "# c", "  # c", "---", "...", "   "]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=8), st.booleans())
def test_the_quick_reader_never_differs(lines: list[str], newline: bool) -> None:
    holds("\n".join(lines) + ("\n" if newline else ""))


PLAIN_KEYS = st.sampled_from(["a", "b", "id", "x-own", "as_of", "k1", "owner", "metric"])


@st.composite
def block(draw: st.DrawFn, indent: int = 0, depth: int = 0) -> list[str]:
    """Lines of a mapping that is mostly well formed, with values of every tricky kind."""
    lines = []
    for key in draw(st.lists(PLAIN_KEYS, min_size=1, max_size=4, unique=True)):
        pad = " " * indent
        shape = draw(st.sampled_from(["scalar", "scalar", "map", "list", "empty", "comment"]))
        if shape == "map" and depth < 2:
            lines.append(f"{pad}{key}:")
            lines += draw(block(indent + draw(st.sampled_from([2, 4])), depth + 1))
        elif shape == "list":
            lines.append(f"{pad}{key}:")
            step = " " * (indent + draw(st.sampled_from([2, 4])))
            lines += [f"{step}- {v}" for v in draw(st.lists(SCALARS, min_size=1, max_size=3))]
        elif shape == "empty":
            lines.append(f"{pad}{key}:" + draw(st.sampled_from(["", " ", "  "])))
        elif shape == "comment":
            lines += [f"{pad}{key}: {draw(SCALARS)}", draw(st.sampled_from(["", "# c", "  #"]))]
        else:
            space = draw(st.sampled_from([" ", "  "]))
            lines.append(f"{pad}{key}:{space}{draw(SCALARS)}{draw(st.sampled_from(['', ' ']))}")
    return lines


@settings(max_examples=400, deadline=None)
@given(block())
def test_the_quick_reader_never_differs_on_well_formed_text(lines: list[str]) -> None:
    holds("\n".join(lines) + "\n")


def test_what_is_remembered_stays_small_whatever_is_read() -> None:
    # a tree of large front matters, each written once: none of it is kept for a next file
    for n in range(50):
        text = f"id: g{n}\ndescription: {'x' * 20_000}{n}\nmetric:\n  note: {'y' * 20_000}{n}\n"
        found = quickyaml.read(text)
        assert found is not None
        assert found["description"].endswith(str(n))
        assert found["metric"]["note"].endswith(str(n))
    memos = (quickyaml._ENTRIES, quickyaml._SCALARS, quickyaml._KEYS)
    assert max(len(written) for memo in memos for written in memo) <= 1024
