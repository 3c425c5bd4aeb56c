"""The user documentation of the file format: complete, and its example valid."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from goals_as_code.markdown import parse
from goals_as_code.source import schema

ROOT = Path(__file__).resolve().parent.parent
FILE_FORMAT = (ROOT / "docs" / "file-format.md").read_text(encoding="utf-8")


def test_full_example_is_valid() -> None:
    example = re.search(r"```markdown\n(.*?)```", FILE_FORMAT, re.DOTALL)
    assert example is not None
    doc = parse(example.group(1), "example.md")
    assert doc.issues == ()
    assert schema.validate(doc.data) == []
    assert doc.kind == "goal"
    assert doc.statement is not None
    assert doc.statement.startswith("I will")


@pytest.mark.parametrize("name", ["common", "goal", "kpi", "activity", "behaviour"])
def test_every_field_is_documented(name: str) -> None:
    loaded = schema.load(name)
    fields = set(loaded.get("properties", {}))
    fields |= set(loaded.get("properties", {}).get("metric", {}).get("properties", {}))
    if name == "common":
        defs = loaded["$defs"]
        fields = set(defs["accepted"]["properties"]) | set(defs["confidence"]["properties"])
    missing = sorted(field for field in fields if f"`{field}`" not in FILE_FORMAT)
    assert missing == []


def test_every_enum_value_is_documented() -> None:
    goal = schema.load("goal")
    values = [
        *goal["properties"]["metric"]["properties"]["direction"]["enum"],
        *schema.load("common")["$defs"]["status"]["enum"],
        *schema.load("activity")["properties"]["state"]["enum"],
    ]
    assert [value for value in values if f"`{value}`" not in FILE_FORMAT] == []
