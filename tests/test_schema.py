from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from goals_as_code.markdown import plugin as statements
from goals_as_code.source import resources, schema

from .conftest import GOOD_GOAL, run


@pytest.mark.parametrize("name", schema.SCHEMA_FILES)
def test_every_schema_is_valid_and_has_an_id(name: str) -> None:
    loaded = schema.load(name)
    Draft202012Validator.check_schema(loaded)
    assert loaded["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert loaded["$id"] == f"{schema.BASE_URI}{name}.schema.json"


def test_every_file_in_schemas_is_known() -> None:
    files = sorted(p.name for p in resources.folder("schemas").glob("*.json"))
    assert files == sorted(f"{name}.schema.json" for name in schema.SCHEMA_FILES)
    for path in resources.folder("schemas").glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))


def test_no_reference_leaves_the_package() -> None:
    text = "".join(p.read_text() for p in resources.folder("schemas").glob("*.json"))
    refs = {part.split('"')[0] for part in text.split('"$ref": "')[1:]}
    # the kinds' schemas, and definitions in common.schema.json or the schema itself
    assert {ref.split("#")[0] for ref in refs} == {
        "",
        "activity.schema.json",
        "behaviour.schema.json",
        "common.schema.json",
        "goal.schema.json",
        "kpi.schema.json",
    }


def data(**changes: object) -> dict[str, object]:

    base = dict(statements.parse(GOOD_GOAL, "a.md").data)
    base.update(changes)
    return {key: value for key, value in base.items() if value is not None}


def test_good_goal_is_valid() -> None:
    assert schema.validate(data()) == []


def test_missing_kind() -> None:
    [error] = schema.validate(data(kind=None))
    assert error.keyword == "required"
    assert "'kind'" in str(error.message)


def test_missing_required_of_kind() -> None:
    errors = schema.validate(data(owner=None))
    assert [(e.path, e.keyword) for e in errors] == [((), "required")]
    assert "owner" in str(errors[0].message)


def test_unknown_key_suggests_the_close_one() -> None:
    [error] = schema.validate(data(dealine="2017-06-30"))
    assert error.keyword == "unknown-key"
    assert error.path == ("dealine",)
    assert "did you mean 'deadline'" in str(error.message)


def test_extension_keys_are_free() -> None:
    assert schema.validate(data(**{"x-jira": "ABC-1"})) == []


def test_wrong_kind_value() -> None:
    [error] = schema.validate(data(kind="behavior"))
    assert error.keyword == "enum"
    assert "did you mean 'behaviour'" in str(error.message)


def test_status_on_is_reported_as_written() -> None:
    [error] = schema.validate(data(status="on"))
    assert error.path == ("status",)
    assert '"on"' in str(error.message)
    assert "active" in str(error.message)


def test_bad_date() -> None:
    [error] = schema.validate(data(deadline="2017-02-30"))
    assert (error.path, error.keyword) == (("deadline",), "format")
    assert "YYYY-MM-DD" in str(error.message)


def test_target_as_text_gives_one_type_error() -> None:
    metric = dict(data()["metric"])  # type: ignore[call-overload]
    metric["target"] = "24 hours"
    errors = schema.validate(data(metric=metric))
    assert [(e.path, e.keyword) for e in errors] == [(("metric", "target"), "type")]
    assert "must be a number" in str(errors[0].message)


def test_range_needs_two_numbers() -> None:
    metric = dict(data()["metric"])  # type: ignore[call-overload]
    metric.update(direction="range", target=[20, 30])
    assert schema.validate(data(metric=metric)) == []
    metric.update(target=24)
    assert [e.path for e in schema.validate(data(metric=metric))] == [("metric", "target")]


def test_confidence_out_of_range() -> None:
    [error] = schema.validate(data(confidence={"owner": 1.5}))
    assert (error.path, error.keyword) == (("confidence", "owner"), "maximum")


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        ("kpi", {"unit": "calls/day", "direction": "increase", "frequency": "weekly", "value": 3}),
        ("activity", {"goal": "g", "start": "2017-01-01", "due": "2017-03-31", "state": "doing"}),
        ("behaviour", {"goal": "g", "frequency": "daily"}),
    ],
)
def test_other_kinds(kind: str, fields: dict[str, object]) -> None:
    ok = {"id": "x", "kind": kind, "owner": "a@example.com", **fields}
    assert schema.validate(ok) == []
    # a goal-only field is unknown on other kinds
    [error] = schema.validate({**ok, "deadline": "2017-01-01"})
    assert error.keyword == "unknown-key"


def test_validation_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    import urllib.request

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    schema.validator.cache_clear()
    assert schema.validate(data()) == []


def test_schema_command_prints_and_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "schema", "goal")
    assert code == 0
    assert json.loads(out)["$id"] == f"{schema.BASE_URI}goal.schema.json"
    code, out, _ = run(capsys, "schema", "--write", str(tmp_path / "out"))
    assert code == 0
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == sorted(f"{name}.schema.json" for name in schema.SCHEMA_FILES)
    code, _, err = run(capsys, "schema")
    assert code == 2
    assert "give a schema NAME" in err


BAD_OF_EACH_KIND = [
    {"kind": "goal", "id": 5, "owner": "anna@example.com", "metric": {"target": "24"}, "x": 1},
    {"kind": "kpi", "id": "reply-time", "unit": 3, "value": "fast", "as_of": "2017-13-01"},
    {"kind": "activity", "id": "templates", "status": "on", "due": "soon"},
    {"kind": "behaviour", "id": "listen", "frequency": [], "owner": None},
]


@pytest.mark.parametrize("data", BAD_OF_EACH_KIND, ids=lambda data: str(data["kind"]))
def test_the_statement_schema_and_the_kinds_schema_give_the_same_errors(
    data: dict[str, object],
) -> None:
    """validate() goes straight to the kind's schema: what the statement schema says, through
    its dispatch on 'kind', must be the same, error for error and in the same order."""
    kind = str(data["kind"])
    through_dispatch = [
        error
        for raw in schema.validator("statement").iter_errors(data)
        for error in schema._explain(raw, "statement")
    ]
    direct = schema.validate(data)
    assert [(e.path, e.keyword, e.message.say("en"), e.key) for e in direct] == [
        (e.path, e.keyword, e.message.say("en"), e.key)
        for e in through_dispatch
        if e.keyword != "anyOf"
        or e.path not in {x.path for x in through_dispatch if x.keyword != "anyOf"}
    ]
    assert direct == schema.validate(data, kind)
    assert len(direct) >= 2
