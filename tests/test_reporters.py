"""Output formats: SARIF valid against the real SARIF 2.1.0 schema, GitHub escaping, JSON shape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator, Draft7Validator
from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable

from goals_as_code.check import formats as reporters
from goals_as_code.check.problem import Problem, Result

from .conftest import GOOD_GOAL, Repo, run

PROPOSED = GOOD_GOAL.replace("status: active", "status: proposed")  # not yet accepted: no A004
# a tree without problems: the goal alone, its link to an organisation goal not asked for
NO_TREE = 'ignore = ["no-parent"]\n'

DATA = Path(__file__).resolve().parent / "data"

# The SARIF 2.1.0 schema from github.com/oasis-tcs/sarif-spec (sarif-2.1/prose: draft-07, with
# the $id GitHub code scanning documents; sarif-2.1/schema: the OASIS errata01 text, draft-04).
SCHEMAS = {
    "sarif-schema-2.1.0.json": Draft7Validator,
    "sarif-schema-2.1.0-errata01.json": Draft4Validator,
}


def sarif_registry(name: str) -> tuple[dict[str, Any], Registry[Any]]:
    """The schema, and a registry holding only it: a $ref outside it fails, never fetches."""
    schema: dict[str, Any] = json.loads((DATA / name).read_text(encoding="utf-8"))
    uri = schema.get("$id") or schema["id"]
    return schema, Registry().with_resource(uri, Resource.from_contents(schema))


def sarif_validator(name: str) -> Validator:
    schema, registry = sarif_registry(name)
    cls = SCHEMAS[name]
    cls.check_schema(schema)
    return cls(schema, registry=registry)


def problems_of_every_severity(repo: Repo) -> None:
    repo.write(
        "goals.toml",
        '[severity]\nunknown-field = "warning"\nunresolved-reference = "info"\n',
    )
    repo.write("goals/Mål för 2017/faster replies.md", GOOD_GOAL.replace("status:", "staus:"))
    repo.write(
        "goals/linked.md", GOOD_GOAL.replace("id: faster-replies", "id: linked\nparent: nowhere")
    )
    repo.write("goals/broken.md", "---\nid: [unclosed\n---\n# I will\n")


def sarif_of(repo: Repo, capsys: pytest.CaptureFixture[str], code: int = 1) -> dict[str, Any]:
    """The SARIF log of 'goals check'; it exits with ``code`` (1: an error among the problems)."""
    done, out, err = run(capsys, "check", "--format", "sarif")
    assert (done, err) == (code, "")
    log: dict[str, Any] = json.loads(out)
    return log


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_sarif_is_valid_sarif_2_1_0(
    name: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    problems_of_every_severity(repo)
    log = sarif_of(repo, capsys)
    validator = sarif_validator(name)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]
    assert errors == []
    levels = sorted(result["level"] for result in log["runs"][0]["results"])
    # A004 and A008: linked.md is neither accepted nor agreed to
    assert levels == ["error", "note", "warning", "warning", "warning"]


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_sarif_without_problems_is_valid_too(
    name: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals.toml", NO_TREE)
    repo.write("goals/faster-replies.md", PROPOSED)
    log = sarif_of(repo, capsys, code=0)
    sarif_validator(name).validate(log)
    assert log["runs"][0]["results"] == []
    assert log["runs"][0]["tool"]["driver"]["rules"] == []


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_the_sarif_schema_rejects_a_broken_log(
    name: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    # the validity tests prove something only if the schema catches mistakes
    problems_of_every_severity(repo)
    log = sarif_of(repo, capsys)
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(ValidationError, match="fatal"):
        sarif_validator(name).validate(log)


def test_sarif_schema_resolves_offline() -> None:
    schema, registry = sarif_registry("sarif-schema-2.1.0.json")
    assert schema["$id"] == (
        "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
    )
    resolver = registry.resolver(base_uri=schema["$id"])
    refs = set(_refs(schema))
    assert "#/definitions/result" in refs
    for ref in refs:
        resolver.lookup(ref)
    with pytest.raises(Unresolvable):
        resolver.lookup("https://json.schemastore.org/sarif-2.1.0.json")


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [ref for value in node.values() for ref in _refs(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in _refs(value)]
    return []


def test_sarif_results_point_at_their_rule_and_place(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    problems_of_every_severity(repo)
    run_ = sarif_of(repo, capsys)["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == sorted(rule["id"] for rule in rules)
    by_code = {result["ruleId"]: result for result in run_["results"]}
    for result in run_["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    typo = by_code["V002"]
    location = typo["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {
        "uri": "goals/M%C3%A5l%20f%C3%B6r%202017/faster%20replies.md",
        "uriBaseId": "%SRCROOT%",
    }
    assert location["region"] == {"startLine": 16, "startColumn": 1}
    assert typo["level"] == "warning"
    assert rules[typo["ruleIndex"]]["name"] == "unknown-field"
    assert rules[typo["ruleIndex"]]["defaultConfiguration"] == {"level": "error"}
    assert by_code["L002"]["level"] == "note"


def problem(path: str, message: str, severity: str = "error") -> Problem:
    return Problem(path, 3, 7, "V002", "unknown-field", severity, message)  # type: ignore[arg-type]


def test_github_escapes_data_and_properties() -> None:
    result = Result(1, [problem("goals/a,b:c%d.md", "100% sure: no\r\nreally, no")])
    first = reporters.github(result).splitlines()[0]
    assert first == (
        "::error file=goals/a%2Cb%3Ac%25d.md,line=3,col=7,title=V002 unknown-field"
        "::100%25 sure: no%0D%0Areally, no"
    )


def test_github_levels_and_summary() -> None:
    result = Result(
        2,
        [
            problem("goals/a.md", "one"),
            problem("goals/b.md", "two", "warning"),
            problem("goals/c.md", "three", "info"),
        ],
    )
    lines = reporters.github(result).splitlines()
    assert [line.split(" ")[0] for line in lines[:3]] == ["::error", "::warning", "::notice"]
    assert lines[3] == "Found 1 error, 1 warning, 1 info in 2 files."
    assert len(lines) == 4


def test_github_is_chosen_in_actions_and_can_be_overridden(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.write("goals/faster-replies.md", GOOD_GOAL.replace("status:", "staus:"))
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, _ = run(capsys, "check")
    assert code == 1
    assert out.startswith("::error file=goals/faster-replies.md,line=16,col=1,title=V002 ")
    code, out, _ = run(capsys, "check", "--format", "text")
    assert code == 1
    assert out.startswith("goals/faster-replies.md:16:1: V002 [unknown-field] ")
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    code, out, _ = run(capsys, "check")
    assert out.startswith("goals/faster-replies.md:16:1: V002 ")


def test_json_shape_and_types(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    problems_of_every_severity(repo)
    code, out, _ = run(capsys, "check", "--format", "json")
    payload = json.loads(out)
    assert code == 1
    assert set(payload) == {"files", "problems"}
    assert payload["files"] == 3
    assert len(payload["problems"]) >= 3
    for each in payload["problems"]:
        assert list(each) == ["path", "line", "column", "code", "name", "severity", "message"]
        assert [type(each[key]) for key in each] == [str, int, int, str, str, str, str]
    paths = {each["path"] for each in payload["problems"]}
    assert "goals/Mål för 2017/faster replies.md" in paths  # not escaped: JSON holds it as is
    assert payload["problems"] == sorted(
        payload["problems"], key=lambda p: (p["path"], p["line"], p["column"], p["code"])
    )


def test_json_without_problems(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("goals.toml", NO_TREE)
    repo.write("goals/faster-replies.md", PROPOSED)
    code, out, _ = run(capsys, "check", "--format", "json")
    assert (code, json.loads(out)) == (0, {"files": 1, "problems": []})
