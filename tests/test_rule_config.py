"""Rule configuration through 'goals check' with real configuration files: select, ignore,
severity and options, by code, name or family; and inline suppression in front matter."""

from __future__ import annotations

import json

import pytest

from .conftest import GOOD_GOAL, Repo, run

# the good goal with no deadline (T001 at 3:1) and the manager's confidence low (R002 at 14:35)
# an active goal nobody has accepted or agreed to yet: A004 and A008 warn about it in every test,
# and, linked to no organisation goal, L006 (at 3:1)
UNACCEPTED = ("A004", "warning")
UNAGREED = ("A008", "warning")
NO_PARENT = ("L006", "warning")
FLAWED = GOOD_GOAL.replace("deadline: 2017-06-30\n", "").replace(
    "confidence: {owner: 0.7, manager: 0.6}", "confidence: {owner: 0.7, manager: 0.3}"
)


def found(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[tuple[str, str]]]:
    code, out, _ = run(capsys, "check", "--format", "json", *args)
    problems = json.loads(out)["problems"]
    return code, [(problem["code"], problem["severity"]) for problem in problems]


def test_defaults(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("goals/faster-replies.md", FLAWED)
    assert found(capsys) == (
        1,
        [NO_PARENT, ("T001", "error"), ("R002", "warning"), UNACCEPTED, UNAGREED],
    )


def test_pyproject_ignores_a_family_and_raises_a_severity_by_name(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/faster-replies.md", FLAWED)
    repo.write(
        "pyproject.toml",
        '[tool.goals]\nignore = ["T"]\n[tool.goals.severity]\nlow-confidence = "error"\n',
    )
    assert found(capsys) == (1, [NO_PARENT, ("R002", "error"), UNACCEPTED, UNAGREED])


def test_goals_toml_selects_by_code_and_sets_an_option_by_name(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/faster-replies.md", FLAWED)
    repo.write("goals.toml", 'select = ["R002"]\n[rules.low-confidence]\nthreshold = 0.2\n')
    assert found(capsys) == (0, [])
    repo.write("goals.toml", 'select = ["R002"]\n[rules.R002]\nthreshold = 0.4\n')
    assert found(capsys) == (0, [("R002", "warning")])


def test_severity_off_switches_a_rule_off(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("goals/faster-replies.md", FLAWED)
    repo.write("goals.toml", '[severity]\nT001 = "off"\nR = "info"\n')
    assert found(capsys) == (0, [NO_PARENT, ("R002", "info"), UNACCEPTED, UNAGREED])


def test_the_focus_limit_comes_from_the_config(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    for number in range(3):
        repo.write(f"goals/goal-{number}.md", GOOD_GOAL.replace("faster-replies", f"g-{number}"))
    assert found(capsys, "--select", "R003") == (0, [])
    repo.write("goals.toml", "[rules.focus-limit]\nmax-active = 2\n")
    assert found(capsys, "--select", "R003") == (0, [("R003", "warning")] * 3)


@pytest.mark.parametrize(
    ("table", "lang", "message"),
    [
        (
            "[rules.low-confidence]\nthreshhold = 0.4\n",
            "en",
            "[rules.low-confidence]: R002 (low-confidence) has no option 'threshhold'; its "
            "options: threshold",
        ),
        (
            "[rules.low-confidence]\nthreshhold = 0.4\n",
            "sv",
            "[rules.low-confidence]: R002 (low-confidence) har ingen inställning 'threshhold'; "
            "dess inställningar: threshold",
        ),
        (
            "[rules.missing-deadline]\ndays = 3\n",
            "en",
            "[rules.missing-deadline]: T001 (missing-deadline) has no option 'days'; it has no "
            "options",
        ),
        (
            '[rules.focus-limit]\nmax-active = "five"\n',
            "en",
            "[rules.focus-limit] max-active: expected a number like 5, got 'five'",
        ),
        (
            '[rules.focus-limit]\nmax-active = "five"\n',
            "sv",
            "[rules.focus-limit] max-active: väntade ett tal som 5, fick 'five'",
        ),
        (
            'select = ["missing-dedline"]\n',
            "en",
            "select/ignore: unknown rule 'missing-dedline'; did you mean 'missing-deadline'?",
        ),
    ],
)
def test_bad_rule_settings_are_setup_errors_naming_rule_and_option(
    table: str, lang: str, message: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/faster-replies.md", GOOD_GOAL)
    repo.write("goals.toml", table)
    code, out, err = run(capsys, "check", "--lang", lang)
    lead = {"en": "goals: error: ", "sv": "goals: fel: "}[lang]
    assert (code, out, err) == (2, "", f"{lead}{message}\n")


def suppressed(suppress: str) -> str:
    return FLAWED.replace("status: active\n", f"status: active\nsuppress:\n{suppress}")


@pytest.mark.parametrize("key", ["T001", "missing-deadline"])
def test_suppress_by_code_or_name_drops_that_rule_in_that_file_only(
    key: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/faster-replies.md", suppressed(f'  {key}: "set at the kick-off"\n'))
    repo.write("goals/other.md", FLAWED.replace("faster-replies", "other"))
    code, out, _ = run(capsys, "check", "--format", "json")
    problems = [(p["path"], p["code"]) for p in json.loads(out)["problems"]]
    assert code == 1
    assert problems == [
        ("goals/faster-replies.md", "L006"),
        ("goals/faster-replies.md", "R002"),
        ("goals/faster-replies.md", "A004"),
        ("goals/faster-replies.md", "A008"),
        ("goals/other.md", "L006"),
        ("goals/other.md", "T001"),
        ("goals/other.md", "R002"),
        ("goals/other.md", "A004"),
        ("goals/other.md", "A008"),
    ]


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "'suppress: R001' is not needed: R001 (missing-confidence) reports nothing here"),
        ("sv", "'suppress: R001' behövs inte: R001 (missing-confidence) hittar inget här"),
    ],
)
def test_an_unused_suppression_is_reported_at_its_line(
    lang: str, message: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    text = suppressed('  T001: "set at the kick-off"\n  R001: "we agree on it"\n')
    repo.write("goals/faster-replies.md", text)
    code, out, _ = run(capsys, "check", "--lang", lang)
    assert code == 0  # F011 is a warning; T001 is suppressed
    assert f"goals/faster-replies.md:18:3: F011 [unused-suppression] {message}" in out
    assert "T001" not in out.replace("suppress: T001", "")


def test_a_suppression_of_a_rule_switched_off_is_not_reported(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/faster-replies.md", suppressed('  R001: "we agree on it"\n'))
    assert found(capsys, "--ignore", "R001") == (
        1,
        [NO_PARENT, ("T001", "error"), ("R002", "warning"), UNACCEPTED, UNAGREED],
    )
    assert found(capsys) == (
        1,
        [
            NO_PARENT,
            ("T001", "error"),
            ("R002", "warning"),
            UNACCEPTED,
            UNAGREED,
            ("F011", "warning"),
        ],
    )


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "'suppress: missing-dedline' names no rule (did you mean 'missing-deadline'?)"),
        ("sv", "'suppress: missing-dedline' är ingen regel (menade du 'missing-deadline'?)"),
    ],
)
def test_an_unknown_suppression_is_an_error(
    lang: str, message: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/faster-replies.md", suppressed('  missing-dedline: "set at the kick-off"\n'))
    code, out, _ = run(capsys, "check", "--lang", lang)
    assert code == 1
    assert f"goals/faster-replies.md:17:3: F012 [unknown-suppression] {message}" in out
    assert "T001 [missing-deadline]" in out


def test_today_on_the_command_line(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    # checked in quarterly, so that the March check-in is not stale (stale-checkin) on either day
    quarterly = GOOD_GOAL.replace("status: active", "frequency: quarterly\nstatus: active")
    repo.write("goals/faster-replies.md", quarterly)
    assert found(capsys, "--today", "2017-06-30") == (0, [NO_PARENT, UNACCEPTED, UNAGREED])
    assert found(capsys, "--today", "2017-07-01") == (
        0,
        [NO_PARENT, UNACCEPTED, UNAGREED, ("T004", "warning")],
    )
    code, _, err = run(capsys, "check", "--today", "30 June")
    assert code == 2
    assert "--today" in err


def test_goals_today_must_be_a_date(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.write("goals/faster-replies.md", GOOD_GOAL)
    monkeypatch.setenv("GOALS_TODAY", "2017-06-31")
    code, out, err = run(capsys, "check")
    assert (code, out) == (2, "")
    assert "GOALS_TODAY='2017-06-31' is not a date; write it as YYYY-MM-DD" in err
