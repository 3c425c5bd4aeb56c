"""goals rules and goals explain."""

from __future__ import annotations

import json

import pytest

from goals_as_code.check import catalogue, rules

from .conftest import run


def test_rules_lists_every_rule_one_line_each(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "rules")
    lines = out.splitlines()
    assert (code, err, len(lines)) == (0, "", len(rules.RULES))
    assert lines[0].split()[:3] == ["F001", "front-matter-missing", "error"]
    assert any(line.split()[:3] == ["R003", "focus-limit", "warning"] for line in lines)


def test_rules_selects_families_codes_and_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "T", "G001", "serves-no-goal")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == [
        "T001",
        "T002",
        "T003",
        "T004",
        "T005",
        "T006",
        "T007",
        "T008",
        "G001",
        "G004",
    ]


def test_rules_json_has_the_documentation(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "--format", "json", "R002")
    entries = json.loads(out)
    assert code == 0
    assert [(e["code"], e["name"], e["severity"]) for e in entries] == [
        ("R002", "low-confidence", "warning")
    ]
    assert entries[0]["options"] == {"threshold": 0.5}
    assert entries[0]["family"] == "realistic"
    assert "confidence" in entries[0]["sections"]["Example"]


def test_rules_markdown_is_the_catalogue_page(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "--format", "markdown")
    assert (code, out) == (0, catalogue.markdown())


def test_an_unknown_selector_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "rules", "focus-limt")
    assert (code, out) == (2, "")
    assert "unknown rule 'focus-limt'; did you mean 'focus-limit'?" in err


@pytest.mark.parametrize("name", ["G001", "g001", "goal-reads-as-activity"])
def test_explain_prints_one_rule_with_its_examples(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "explain", name)
    assert code == 0
    assert out.startswith("# G001 goal-reads-as-activity\n")
    assert "## Example\n" in out
    assert "# Jag skall implementera Scrum på vår IT-avdelning under 2017" in out
    assert "## Use instead\n" in out


def test_explain_names_options(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "explain", "focus-limit")
    assert "Options (`[tool.goals.rules.focus-limit]`): `max-active = 5`." in out


def test_explain_an_unknown_rule(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "explain", "T01")
    assert (code, out) == (2, "")
    assert "no rule 'T01'; did you mean 'T001'?" in err
