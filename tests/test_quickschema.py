"""The quick validity reader (source/quickschema.py) says "valid" only when jsonschema agrees."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goals_as_code.markdown.plugin import parse
from goals_as_code.source import quickschema, schema
from goals_as_code.source.fields import KINDS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(path for path in (ROOT / "examples").rglob("*.md") if path.name != "README.md")


def _fronts() -> list[dict[str, Any]]:
    found = []
    for path in EXAMPLES:
        doc = parse(path.read_text(encoding="utf-8"), str(path))
        assert isinstance(doc.data, dict), path
        found.append(doc.data)
    return found


FRONTS = _fronts()


def _library_errors(data: Any, name: str) -> list[str]:
    return [error.message for error in schema.validator(name).iter_errors(data)]


def _quick(data: Any, name: str) -> bool:
    return quickschema.valid(data, schema.load(name), schema.documents())


def _names(data: Any) -> list[str]:
    kind = data.get("kind") if isinstance(data, dict) else None
    return ["statement", kind] if kind in KINDS else ["statement"]


def test_the_examples_are_found_valid_without_the_library() -> None:
    assert len(FRONTS) == 32
    for data in FRONTS:
        for name in _names(data):
            assert _library_errors(data, name) == []
            assert _quick(data, name) is True


def test_every_keyword_of_the_schemas_is_known() -> None:
    """A keyword the reader does not know would make it unsure of every file: always slow."""
    known = set(quickschema._KEYWORDS) | set(quickschema._ANNOTATIONS)
    skip = {"properties", "patternProperties", "$defs"}  # their keys are names, not keywords

    def keywords(node: Any) -> set[str]:
        if isinstance(node, list):
            return set().union(*(keywords(item) for item in node)) if node else set()
        if not isinstance(node, dict):
            return set()
        found = set(node)
        for key, value in node.items():
            if key in skip and isinstance(value, dict):
                found |= set().union(*(keywords(sub) for sub in value.values()))
            elif key not in ("enum", "const", "default", "examples", "required"):
                found |= keywords(value)
        return found

    used = set().union(
        *(keywords(json.loads(path.read_text())) for path in (ROOT / "schemas").glob("*.json"))
    )
    assert used - known == set()


@pytest.mark.parametrize(
    ("change", "keyword"),
    [
        (lambda d: d.pop("owner"), "required"),
        (lambda d: d.update(deadline="2017-02-30"), "format"),
        (lambda d: d.update(deadline=20170630), "type"),
        (lambda d: d.update(status="finished"), "enum"),
        (lambda d: d.update(colour="red"), "additionalProperties"),
        (lambda d: d.update(id="Not An Id"), "pattern"),
        (lambda d: d["metric"].update(direction="sideways"), "enum"),
        (lambda d: d.update(confidence={"owner": 1.5}), "maximum"),
        (lambda d: d.update(tags=["a", "a"]), "uniqueItems"),
    ],
)
def test_a_broken_goal_is_never_found_valid(change: Any, keyword: str) -> None:
    data = copy.deepcopy(next(d for d in FRONTS if d["kind"] == "goal" and "metric" in d))
    change(data)
    for name in _names(data):
        assert _library_errors(data, name) != [], keyword
        assert _quick(data, name) is False


def test_a_value_of_no_json_type_leaves_it_to_the_library() -> None:
    import datetime

    data = copy.deepcopy(FRONTS[0])
    data["deadline"] = datetime.date(2017, 6, 30)
    assert _quick(data, "statement") is False


def test_a_valid_configuration_is_found_valid() -> None:
    table = {"goals-dir": "goals", "language": "sv", "select": ["ALL"], "exclude": ["x/**"]}
    assert _library_errors(table, "config") == []
    assert _quick(table, "config") is True
    table["language"] = "xx"
    assert _library_errors(table, "config") != []
    assert _quick(table, "config") is False


def _keys() -> list[str]:
    names: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("properties", "patternProperties") and isinstance(value, dict):
                    names.update(value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for path in (ROOT / "schemas").glob("*.json"):
        walk(json.loads(path.read_text()))
    return sorted(names)


KEYS = _keys()
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-3, 120)
    | st.floats(-2, 120, allow_nan=False)
    | st.text(max_size=8)
    | st.sampled_from(
        [
            "2017-06-30",
            "2017-02-30",
            "2017-6-30",
            "goal-1",
            "Goal 1",
            "anna@example.com",
            "",
            "increase",
            "decrease",
            "active",
            "done",
            "weekly",
            *KINDS,
            *KEYS,
        ]
    )
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_valid_only_when_the_library_finds_no_error(data: st.DataObject) -> None:
    front = copy.deepcopy(data.draw(st.sampled_from(FRONTS)))
    for _ in range(data.draw(st.integers(1, 3))):
        target = front
        nested = [key for key, value in front.items() if isinstance(value, dict)]
        if nested and data.draw(st.booleans()):
            target = front[data.draw(st.sampled_from(nested))]
        action = data.draw(st.sampled_from(["set", "drop", "add"]))
        if action == "drop" and target:
            target.pop(data.draw(st.sampled_from(sorted(target))))
        elif action == "set" and target:
            target[data.draw(st.sampled_from(sorted(target)))] = data.draw(VALUES)
        else:
            target[data.draw(st.sampled_from(KEYS))] = data.draw(VALUES)
    for name in _names(front):
        if _quick(front, name):
            assert _library_errors(front, name) == [], (name, front)
