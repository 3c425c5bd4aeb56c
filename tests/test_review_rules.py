"""The change rules through the command line: listed, explained, selected, ignored, re-levelled
and suppressed like every rule, and never run by goals check."""

from __future__ import annotations

import json
from typing import Any

import pytest

from goals_as_code.check import catalogue

from .changes import MANAGER, PATH, accepted
from .conftest import GOOD_GOAL, Repo, run

ACCEPTED = accepted(GOOD_GOAL)
EASED = ACCEPTED.replace("target: 24", "target: 30")


# the families these tests are about, so that rules added later do not change the findings
SELECT = 'select = ["A", "C"]\n'


def eased(repo: Repo, config: str = SELECT, head: str = EASED) -> None:
    """main: the accepted goal; feature: its target eased, by the owner."""
    repo.write("goals.toml", config)
    repo.write(PATH, ACCEPTED)
    repo.commit("Add and accept", name=MANAGER[0], email=MANAGER[1])
    repo.git("checkout", "-q", "-b", "feature")
    repo.write(PATH, head)
    repo.commit("Ease the target")


def review(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    code, out, err = run(capsys, "review", "main..feature", "--format", "json", *args)
    assert err == ""
    payload: dict[str, Any] = json.loads(out)
    return code, payload


def found(payload: dict[str, Any]) -> tuple[list[tuple[str, str]], list[str]]:
    """(code, severity) of each flag, and the codes of the new problems."""
    [change] = payload["changes"]
    return (
        [(flag["code"], flag["severity"]) for flag in change["flags"]],
        [problem["code"] for problem in change["problems"]],
    )


DEFAULT = [("C002", "warning"), ("C003", "warning"), ("C004", "warning")]


def test_every_rule_runs_by_default(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    eased(repo)
    code, payload = review(capsys)
    assert code == 1
    assert found(payload) == (DEFAULT, ["A005"])


def test_ignore_on_the_command_line(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    eased(repo)
    code, payload = review(capsys, "--ignore", "C002,ambition-down")
    assert code == 1
    assert found(payload) == ([("C004", "warning")], ["A005"])


def test_select_on_the_command_line(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    eased(repo, 'select = ["A"]\n')
    code, payload = review(capsys, "--select", "C003")
    assert code == 0  # A005 is not selected any more: nothing at error level
    assert found(payload) == ([("C003", "warning")], [])


def test_a_configuration_that_selects_no_c_rule(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    eased(repo, 'select = ["A"]\n')
    code, payload = review(capsys)
    assert code == 1
    assert found(payload) == ([], ["A005"])
    assert (
        payload["summary"] == "1 statement changed (1 modified); 1 new problem (1 at error level)."
    )


def test_ignore_and_severity_in_the_configuration(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    config = SELECT + 'ignore = ["goalpost-moved", "A"]\n[severity]\nC003 = "error"\nC004 = "off"\n'
    eased(repo, config)
    code, payload = review(capsys)
    assert code == 1  # C003 at error level
    assert found(payload) == ([("C003", "error")], [])
    assert payload["summary"] == (
        "1 statement changed (1 modified); 1 flag to look at; no new problems (1 at error level)."
    )


def test_a_lower_severity_lets_an_acceptance_by_another_pass(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals.toml", '[severity]\nacceptance-by-other = "warning"\n')
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add")
    repo.git("checkout", "-q", "-b", "feature")
    repo.write(PATH, ACCEPTED)
    repo.commit("Accept it myself")
    code, payload = review(capsys)
    assert code == 0
    assert found(payload) == ([("C006", "warning")], [])


def test_a_goal_suppresses_a_change_rule(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    reason = 'suppress: {goalpost-moved: "agreed with Erik on 3 May"}\n---\n'
    eased(repo, 'select = ["C"]\n', EASED.replace("---\n#", reason + "#"))
    code, payload = review(capsys)
    assert code == 0
    assert found(payload) == ([("C003", "warning"), ("C004", "warning")], [])
    # goals check neither reports the entry as unknown (F012) nor as unused (F011)
    code, out, _ = run(capsys, "check", "--select", "F")
    assert (code, out.splitlines()[-1]) == (0, "All good: 1 file checked, no problems.")


def test_a_suppression_by_code_in_text_output(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    eased(repo, 'select = ["C"]\n', EASED.replace("---\n#", 'suppress: {C003: "agreed"}\n---\n#'))
    code, out, _ = run(capsys, "review", "main..feature")
    assert code == 0
    assert [line.split()[1] for line in out.splitlines() if line.startswith("  ⚠")] == [
        f"{PATH}:12:11:",
        f"{PATH}:17:1:",
    ]
    assert "[ambition-down]" not in out


def test_goals_check_never_runs_change_rules(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    eased(repo)
    code, out, _ = run(capsys, "check", "--select", "C")
    assert (code, out) == (0, "All good: 1 file checked, no problems.\n")


def test_an_unknown_change_rule_is_a_setup_error(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    eased(repo)
    code, out, err = run(capsys, "review", "main..feature", "--ignore", "goalpost-move")
    assert (code, out) == (2, "")
    assert "unknown rule 'goalpost-move'; did you mean 'goalpost-moved'?" in err


def test_goals_rules_lists_the_change_rules(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "C")
    assert code == 0
    assert [line.split()[:3] for line in out.splitlines()] == [
        ["C001", "progress-checked-in", "info"],
        ["C002", "goalpost-moved", "warning"],
        ["C003", "ambition-down", "warning"],
        ["C004", "acceptance-made-stale", "warning"],
        ["C005", "acceptance-recorded", "info"],
        ["C006", "acceptance-by-other", "error"],
        ["C007", "agreement-recorded", "info"],
        ["C008", "agreement-by-other", "error"],
        ["C009", "confidence-changed", "info"],
        ["C010", "manager-changed", "error"],
        ["C011", "setup-changed", "error"],
    ]


def test_goals_explain_a_change_rule(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "goalpost-moved")
    assert code == 0
    assert out.startswith("# C002 goalpost-moved\n\nA change moves a goalpost:")
    assert "Family: C (changes between two revisions). Default severity: warning." in out
    assert catalogue.CHANGE_NOTE in out
    assert "## Use instead" in out
