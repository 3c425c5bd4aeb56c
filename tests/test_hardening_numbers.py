"""One bad file never stops the run: numbers out of range, integer keys, deep nesting, a failing
rule. Each is a problem on its file, every other file is still checked, JSON stays JSON."""

from __future__ import annotations

import json

import pytest
import yaml

from goals_as_code.source import yamlstrict

from .builders import goal
from .conftest import GOOD_GOAL, Repo, run

HEX = "0x" + "f" * 300  # more than 1,024 bits
DIGITS = "9" * 401


@pytest.mark.parametrize(
    "written", ["1e999", "-.inf", ".inf", ".nan", HEX, DIGITS, "1e16", "1e-320", "-1e-10"]
)
def test_a_number_out_of_range_is_an_issue_at_its_value(written: str) -> None:
    loaded = yamlstrict.load(f"id: x\nmetric:\n  target: {written}\n")
    assert loaded.data is None
    [issue] = loaded.issues
    assert (issue.line, issue.column, issue.kind) == (2, 10, "number")


@pytest.mark.parametrize(
    ("written", "value"),
    [("1e15", 1e15), ("-1000000000000000", -(10**15)), ("0x10", 16), ("1e-9", 1e-9), ("0.0", 0.0)],
)
def test_numbers_in_range_are_read(written: str, value: float) -> None:
    assert yamlstrict.load(f"a: {written}\n").data == {"a": value}


@pytest.mark.parametrize("key", ["01", "+1", "0x1", "'1'", "0o1"])
def test_integer_keys_are_compared_by_value(key: str) -> None:
    loaded = yamlstrict.load(f"1: a\n{key}: b\n")
    assert loaded.data is None
    assert [(issue.line, issue.kind) for issue in loaded.issues] == [(1, "duplicate-key")]


def test_an_integer_key_is_read_as_text() -> None:
    loaded = yamlstrict.load("1: a\nvalues: {2017: 3}\n")
    assert loaded.data == {"1": "a", "values": {"2017": 3}}


def test_deep_nesting_is_an_issue() -> None:
    loaded = yamlstrict.load("a: " + "[" * 200 + "]" * 200 + "\n")
    assert loaded.data is None
    assert [issue.kind for issue in loaded.issues] == ["depth"]


def test_deep_nesting_without_libyaml_is_an_issue(monkeypatch: pytest.MonkeyPatch) -> None:
    class Pure(yaml.SafeLoader):
        yaml_implicit_resolvers = yamlstrict.StrictLoader.yaml_implicit_resolvers
        yaml_constructors = yamlstrict.StrictLoader.yaml_constructors

    monkeypatch.setattr(yamlstrict, "StrictLoader", Pure)
    for depth in (200, 5000):
        loaded = yamlstrict.load("a: " + "[" * depth + "]" * depth + "\n")
        assert loaded.data is None
        assert [issue.kind for issue in loaded.issues] == ["depth"]
    block = "a:\n" + "".join("  " * level + "b:\n" for level in range(1, 3000))
    assert [issue.kind for issue in yamlstrict.load(block).issues] == ["depth"]


BAD = {"inf": "1e999", "minus-inf": "-.inf", "nan": ".nan", "hex": HEX, "digits": DIGITS}


def bad_repo(repo: Repo) -> None:
    repo.write("goals/good.md", GOOD_GOAL)
    for name, written in BAD.items():
        repo.write(f"goals/{name}.md", goal(ident=name, target=written))
    repo.commit("Goals with numbers out of range")


def test_check_reports_each_bad_number_and_checks_the_rest(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_repo(repo)
    code, out, err = run(capsys, "check", "--select", "F,V")
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert [line.split(": V004")[0] for line in lines[:-1]] == [
        "goals/digits.md:12:11",
        "goals/hex.md:12:11",
        "goals/inf.md:12:11",
        "goals/minus-inf.md:12:11",
        "goals/nan.md:12:11",
    ]
    assert lines[2] == (
        "goals/inf.md:12:11: V004 [invalid-value] '1e999' is not a number this tool can hold: "
        "numbers must be finite, at most 10^15 in size and, unless 0, at least 10^-9 (no .inf or "
        ".nan); write the value in another unit, or quote it if it is text"
    )
    assert lines[-1] == "Found 5 errors in 6 files."


@pytest.mark.parametrize("output", ["json", "sarif"])
def test_check_json_outputs_stay_json(
    repo: Repo, capsys: pytest.CaptureFixture[str], output: str
) -> None:
    bad_repo(repo)
    code, out, err = run(capsys, "check", "--select", "F,V", "--format", output)
    assert (code, err) == (1, "")
    parsed = json.loads(out, parse_constant=_refuse)
    problems = parsed["problems"] if output == "json" else parsed["runs"][0]["results"]
    assert len(problems) == 5


def _refuse(constant: str) -> None:
    raise AssertionError(f"{constant} is not JSON")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("report", "--format", "json"), 0),
        (("history", "faster-replies", "--format", "json"), 0),
        (("review", "HEAD~1..HEAD", "--format", "json"), 1),
    ],
)
def test_git_commands_read_past_bad_numbers_and_write_json(
    repo: Repo, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], expected: int
) -> None:
    repo.write("goals/readme.txt", "")
    repo.commit("Start")
    bad_repo(repo)
    code, out, err = run(capsys, *args)
    assert (code, err) == (expected, "")
    json.loads(out, parse_constant=_refuse)


def test_a_tiny_target_is_refused_and_the_report_runs(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/a.md", goal(ident="a", target="1e-320"))
    repo.write("goals/b.md", goal(ident="b"))
    repo.commit("A target too small to divide by")
    for output in ("text", "json", "csv", "markdown", "html"):
        code, _, err = run(capsys, "report", "--format", output)
        assert (code, err) == (0, "")


def test_huge_weights_are_refused_and_the_report_runs(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/parent.md", goal(ident="parent"))
    for name in ("one", "two"):
        text = goal(ident=name, extra="parent: parent\nweight: 1e308\n")
        repo.write(f"goals/{name}.md", text)
    repo.commit("Heavy siblings")
    code, out, err = run(capsys, "check", "--select", "V")
    assert (code, err) == (1, "")
    assert [line[:24] for line in out.splitlines()] == [
        "goals/one.md:15:9: V004 ",
        "goals/two.md:15:9: V004 ",
        "Found 2 errors in 3 file",
    ]
    code, out, err = run(capsys, "report", "--format", "json")
    assert (code, err) == (0, "")
    assert [entry["id"] for entry in json.loads(out)["goals"]] == ["parent"]


def test_a_top_level_integer_key_is_checked(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("goals/good.md", GOOD_GOAL.replace("status: active\n", "status: active\n1: a\n"))
    code, out, err = run(capsys, "check", "--select", "F,V")
    assert (code, err) == (1, "")
    assert out.splitlines()[0].startswith("goals/good.md:17:1: V00")


def test_a_failing_rule_is_a_problem_on_its_file(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from goals_as_code.check.rules import missing_deadline

    real = missing_deadline.check

    def fragile(doc: object, ctx: object) -> object:
        if getattr(doc, "id", None) == "broken":
            raise RuntimeError("boom")
        return real(doc, ctx)  # type: ignore[arg-type]

    monkeypatch.setattr(missing_deadline, "check", fragile)
    repo.write("goals/good.md", GOOD_GOAL)
    repo.write("goals/broken.md", GOOD_GOAL.replace("id: faster-replies", "id: broken"))
    code, out, err = run(capsys, "check", "--select", "T")
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "goals/broken.md:1:1: F000 [internal-error] goals-as-code failed on this file (T001: "
        "RuntimeError: boom); this is a bug, please report it with the file at "
        "https://github.com/goals-as-code/goals-as-code/issues; the other files were checked",
        "Found 1 error in 2 files.",
    ]
