"""The habits linter users bring to 'goals check': statistics, exit-zero, an output file, quiet,
the names ruff gives its options, the formats of GitLab and JUnit, SARIF that code scanning
follows, and the setup errors that a run checking nothing would hide."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

from goals_as_code.check import catalogue, rules

from .builders import on_a_pty
from .conftest import GOOD_GOAL, ROOT, Repo, imported_by, run

LANGS = ("en", "sv")
NO_CONFIDENCE = GOOD_GOAL.replace("confidence: {owner: 0.7, manager: 0.6}\n", "")


def with_problems(repo: Repo) -> None:
    """Two goals without confidence (R001 twice) and one with an unknown field (V002)."""
    repo.write("goals/anna/faster-replies.md", NO_CONFIDENCE)
    repo.write("goals/bob/fewer-bugs.md", NO_CONFIDENCE.replace("faster-replies", "fewer-bugs"))
    repo.write(
        "goals/carl/typo.md",
        GOOD_GOAL.replace("faster-replies", "typo").replace("status:", "staus:"),
    )


SELECTED = ("--select", "R001,V002")


# --- --statistics ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "summary"),
    [
        ("en", "Found 1 error, 2 warnings in 3 files."),
        ("sv", "Hittade 1 fel, 2 varningar i 3 filer."),
    ],
)
def test_statistics_count_each_code_on_one_line_as_ruff_does(
    lang: str, summary: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    with_problems(repo)
    code, out, err = run(capsys, "check", "--statistics", "--lang", lang, *SELECTED)
    assert (code, err) == (1, "")
    assert out.splitlines() == ["2\tR001\tmissing-confidence", "1\tV002\tunknown-field", summary]


def test_statistics_in_json(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    with_problems(repo)
    code, out, _ = run(capsys, "check", "--statistics", "--format", "json", *SELECTED)
    assert code == 1
    assert json.loads(out) == [
        {"code": "R001", "name": "missing-confidence", "count": 2},
        {"code": "V002", "name": "unknown-field", "count": 1},
    ]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Error: --statistics prints one of text, json, not sarif\n"),
        ("sv", "Fel: --statistics skriver en av text, json, inte sarif\n"),
    ],
)
def test_statistics_in_another_format_is_a_usage_error(
    lang: str, said: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    with_problems(repo)
    code, out, err = run(capsys, "check", "--statistics", "--format", "sarif", "--lang", lang)
    assert (code, out) == (2, "")
    assert err.endswith(said)


# --- --exit-zero, --output-file, --quiet, --output-format, --extend-select -------------------


def test_exit_zero_reports_the_problems_and_exits_0(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    with_problems(repo)
    code, out, err = run(capsys, "check", "--exit-zero", *SELECTED)
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "Found 1 error, 2 warnings in 3 files."


def test_exit_zero_does_not_hide_a_setup_error(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "check", "--exit-zero")
    assert (code, out) == (2, "")


@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "gitlab", "junit"])
def test_output_file_holds_what_stdout_would(
    output_format: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    with_problems(repo)
    _, printed, _ = run(capsys, "check", "--format", output_format, *SELECTED)
    code, out, err = run(
        capsys,
        "check",
        "--format",
        output_format,
        "--output-file",
        "reports/goals.out",
        *SELECTED,
    )
    assert (code, out, err) == (1, "", "")
    assert (repo.path / "reports/goals.out").read_text(encoding="utf-8") == printed


@pytest.mark.parametrize("lang", LANGS)
def test_quiet_prints_the_problems_and_nothing_else(
    lang: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    with_problems(repo)
    _, loud, _ = run(capsys, "check", "--lang", lang, *SELECTED)
    code, out, err = run(capsys, "check", "-q", "--lang", lang, *SELECTED)
    assert (code, err) == (1, "")
    assert out.splitlines() == loud.splitlines()[:-1]
    assert len(out.splitlines()) == 3
    code, out, err = run(capsys, "check", "--quiet", "--lang", lang, "--select", "F")
    assert (code, out, err) == (0, "", "")


def test_output_format_is_another_name_of_format(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    with_problems(repo)
    _, by_format, _ = run(capsys, "check", "--format", "json", *SELECTED)
    code, by_output_format, _ = run(capsys, "check", "--output-format", "json", *SELECTED)
    assert code == 1
    assert by_output_format == by_format


def test_extend_select_adds_rules_to_the_configured_selection(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    with_problems(repo)
    repo.write("goals.toml", 'select = ["V002"]\n')
    code, out, _ = run(capsys, "check", "--statistics")
    assert (code, out.splitlines()[:-1]) == (1, ["1\tV002\tunknown-field"])
    code, out, _ = run(capsys, "check", "--statistics", "--extend-select", "missing-confidence")
    assert (code, out.splitlines()[:-1]) == (
        1,
        ["2\tR001\tmissing-confidence", "1\tV002\tunknown-field"],
    )


# --- GitLab Code Quality, JUnit, SARIF ----------------------------------------------------------


def gitlab_report(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, Any]]:
    code, out, err = run(capsys, "check", "--format", "gitlab", *SELECTED, *args)
    assert (code, err) == (1, "")
    issues: list[dict[str, Any]] = json.loads(out)
    return issues


def test_gitlab_code_quality_has_the_fields_gitlab_reads(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    with_problems(repo)
    issues = gitlab_report(capsys)
    for issue in issues:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert re.fullmatch("[0-9a-f]{32}", issue["fingerprint"])
    assert [
        (i["check_name"], i["severity"], i["location"]["path"], i["location"]["lines"]["begin"])
        for i in issues
    ] == [
        ("R001", "minor", "goals/anna/faster-replies.md", 3),
        ("R001", "minor", "goals/bob/fewer-bugs.md", 3),
        ("V002", "major", "goals/carl/typo.md", 16),
    ]
    assert issues[2]["description"].startswith("V002 [unknown-field] unknown field 'staus'")
    assert len({issue["fingerprint"] for issue in issues}) == 3


def test_a_fingerprint_survives_lines_moving_above_the_problem(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    with_problems(repo)
    before = gitlab_report(capsys)
    typo = repo.path / "goals/carl/typo.md"
    typo.write_text(
        typo.read_text(encoding="utf-8").replace("kind: goal\n", "kind: goal\nteam: support\n"),
        encoding="utf-8",
    )
    after = gitlab_report(capsys)
    assert after[2]["location"]["lines"]["begin"] == before[2]["location"]["lines"]["begin"] + 1
    assert [i["fingerprint"] for i in after] == [i["fingerprint"] for i in before]


def test_junit_is_xml_with_a_failing_case_per_problem(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    with_problems(repo)
    code, out, err = run(capsys, "check", "--format", "junit", *SELECTED)
    assert (code, err) == (1, "")
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ElementTree.fromstring(out)
    assert (root.tag, root.get("tests"), root.get("failures")) == ("testsuites", "3", "3")
    suites = root.findall("testsuite")
    assert [(s.get("name"), s.get("tests"), s.get("failures")) for s in suites] == [
        ("goals/anna/faster-replies.md", "1", "1"),
        ("goals/bob/fewer-bugs.md", "1", "1"),
        ("goals/carl/typo.md", "1", "1"),
    ]
    case = suites[2].find("testcase")
    assert case is not None
    assert (case.get("name"), case.get("classname"), case.get("line")) == (
        "V002 unknown-field",
        "goals/carl/typo.md",
        "16",
    )
    failure = case.find("failure")
    assert failure is not None
    assert failure.get("type") == "error"
    assert (failure.text or "").startswith("goals/carl/typo.md:16:1: V002 [unknown-field] ")


def test_junit_of_a_clean_run_is_one_passing_case(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/anna/faster-replies.md", GOOD_GOAL)
    code, out, _ = run(capsys, "check", "--format", "junit", "--select", "F,V")
    root = ElementTree.fromstring(out)
    assert (code, root.get("tests"), root.get("failures")) == (0, "1", "0")
    [case] = root.iter("testcase")
    assert (case.get("name"), list(case)) == ("no problems", [])


def github_anchors(markdown: str) -> set[str]:
    """The anchors GitHub gives the headings of a Markdown page."""
    found: set[str] = set()
    for line in markdown.splitlines():
        heading = re.match(r"#{1,6} (.+)", line)
        if heading:
            text = re.sub(r"[^\w\- ]", "", heading.group(1).strip().lower())
            found.add(text.replace(" ", "-"))
    return found


def test_sarif_help_uris_point_at_sections_of_the_rule_catalogue_that_exist(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    with_problems(repo)
    code, out, _ = run(capsys, "check", "--format", "sarif", *SELECTED)
    driver = json.loads(out)["runs"][0]["tool"]["driver"]
    assert code == 1
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    anchors = github_anchors(page)
    uris = [rule["helpUri"] for rule in driver["rules"]]
    assert uris == [
        "https://github.com/goals-as-code/goals-as-code/blob/main/docs/rules.md"
        "#r001-missing-confidence",
        "https://github.com/goals-as-code/goals-as-code/blob/main/docs/rules.md#v002-unknown-field",
    ]
    every = [catalogue.help_url(rule) for rule in rules.RULES]
    assert [uri for uri in every if uri.split("#")[1] not in anchors] == []
    # the page is the one in this repository, where the remote pre-commit entry points
    remote = (ROOT / "docs" / "pre-commit.md").read_text(encoding="utf-8")
    assert f"repo: {catalogue.HOME}\n" in remote
    assert driver["informationUri"] == catalogue.HOME


def test_sarif_results_carry_partial_fingerprints(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    with_problems(repo)
    _, sarif, _ = run(capsys, "check", "--format", "sarif", *SELECTED)
    _, gitlab, _ = run(capsys, "check", "--format", "gitlab", *SELECTED)
    results = json.loads(sarif)["runs"][0]["results"]
    assert [r["partialFingerprints"] for r in results] == [
        {"goalsAsCode/v1": issue["fingerprint"]} for issue in json.loads(gitlab)
    ]


# --- a run that checks nothing ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "goals: error: the goals folder 'goals/' does not exist in {root}; create it with "
            "'goals init', or name the folder that holds your statements with --goals-dir or "
            "'goals-dir' in goals.toml\n",
        ),
        (
            "sv",
            "goals: fel: målmappen 'goals/' finns inte i {root}; skapa den med 'goals init', "
            "eller ange mappen som har dina målfiler med --goals-dir eller 'goals-dir' i "
            "goals.toml\n",
        ),
    ],
)
def test_a_goals_folder_that_does_not_exist_is_a_setup_error(
    lang: str, said: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("README.md", "# A project\n")
    for args in ([], ["README.md"], ["--goals-dir", "objectives"]):
        code, out, err = run(capsys, "check", "--lang", lang, *args)
        folder = "objectives" if args[-1:] == ["objectives"] else "goals"
        expected = said.format(root=repo.path).replace("'goals/'", f"'{folder}/'")
        assert (code, out, err) == (2, "", expected)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "goals: error: no statement file to check in {paths}; statements are Markdown files "
            "(.md) under 'goals/'\n",
        ),
        (
            "sv",
            "goals: fel: ingen målfil att kontrollera i {paths}; målfiler är Markdown-filer (.md) "
            "under 'goals/'\n",
        ),
    ],
)
def test_paths_named_that_hold_no_statement_are_a_setup_error(
    lang: str, said: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/anna/faster-replies.md", GOOD_GOAL)
    repo.write("docs/guide.md", "# A guide\n")
    repo.write("goals.toml", "exclude = ['drafts/*']\n")
    repo.write("goals/drafts/idea.md", GOOD_GOAL)
    repo.write("notes.txt", "a note\n")
    for paths in (["docs"], ["goals/drafts/"], ["notes.txt"], ["docs/", "README.md", "notes.txt"]):
        if "README.md" in paths:
            repo.write("README.md", "# A project\n")
        code, out, err = run(capsys, "check", "--lang", lang, *paths)
        named = ", ".join(
            f"{p.rstrip('/')}/" if (repo.path / p).is_dir() else p
            for p in paths
            if p != "README.md"
        )
        assert (code, out, err) == (2, "", said.format(paths=named))


@pytest.mark.parametrize(
    ("lang", "said", "note", "checked"),
    [
        (
            "en",
            "Nothing to check: no statement file among the files given.\n",
            "(1 given file(s) are not statements: not under 'goals/' or excluded)\n",
            "All good: 1 file checked, no problems.\n",
        ),
        (
            "sv",
            "Inget att kontrollera: ingen målfil bland de angivna filerna.\n",
            "(1 angivna fil(er) är inga påståenden: inte under 'goals/' eller undantagna)\n",
            "Allt i ordning: 1 fil kontrollerad, inga problem.\n",
        ),
    ],
)
def test_markdown_files_a_hook_passes_beside_the_statements_are_skipped(
    lang: str,
    said: str,
    note: str,
    checked: str,
    repo: Repo,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """pre-commit passes every staged Markdown file: a README alone is no statement, and no
    error either, while the goals folder exists."""
    monkeypatch.setenv("PRE_COMMIT", "1")  # as pre-commit runs its hooks
    repo.write("goals/anna/faster-replies.md", GOOD_GOAL)
    repo.write("README.md", "# A project\n")
    code, out, err = run(capsys, "check", "--lang", lang, "README.md")
    assert (code, out, err) == (0, said, note)
    # a folder without statements beside a statement checks that statement
    repo.write("docs/guide.md", "# A guide\n")
    code, out, _ = run(
        capsys, "check", "--lang", lang, "--select", "F", "docs", "goals/anna/faster-replies.md"
    )
    assert (code, out) == (0, checked)


# --- colour on a terminal -----------------------------------------------------------------------


def on_a_terminal(cwd: Path, environment: dict[str, str], *args: str) -> str:
    """What 'goals' prints when its standard output is a terminal (a pseudo-terminal)."""
    code, shown, err = on_a_pty(cwd, environment, args)
    assert code == 1, err
    return shown


BOLD, RED, YELLOW, DIM, RESET = "\x1b[1m", "\x1b[31m", "\x1b[33m", "\x1b[2m", "\x1b[0m"


@pytest.mark.parametrize("lang", LANGS)
def test_codes_and_paths_are_coloured_on_a_terminal_unless_no_color(lang: str, repo: Repo) -> None:
    with_problems(repo)
    args = ("check", "--lang", lang, "--select", "V002")
    environment = dict(os.environ)
    coloured = on_a_terminal(repo.path, environment, *args).splitlines()[0]
    assert coloured.startswith(
        f"{BOLD}goals/carl/typo.md{RESET}:16:1: {RED}{BOLD}V002{RESET} {DIM}[unknown-field]{RESET} "
    )
    plain = on_a_terminal(repo.path, {**environment, "NO_COLOR": "1"}, *args).splitlines()[0]
    assert plain.startswith("goals/carl/typo.md:16:1: V002 [unknown-field] ")
    assert "\x1b" not in plain
    # FORCE_COLOR colours a pipe, as CI logs show it
    done = subprocess.run(
        [sys.executable, "-m", "goals_as_code", *args],
        env={**environment, "FORCE_COLOR": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.splitlines()[0] == coloured
    piped = subprocess.run(
        [sys.executable, "-m", "goals_as_code", *args], capture_output=True, text=True, check=False
    )
    assert "\x1b" not in piped.stdout


@pytest.mark.parametrize(("lang", "word"), [("en", "Checking"), ("sv", "Kontrollerar")])
def test_a_long_check_shows_a_bar_on_a_terminal_and_nothing_else_changes(
    tmp_path: Path, lang: str, word: str
) -> None:
    """A check of many files shows a bar on standard error when that is a terminal, in the
    configured language; the problems printed are the same as in a pipe."""
    (tmp_path / "goals").mkdir()
    (tmp_path / "goals.toml").write_text(f'language = "{lang}"\n', encoding="utf-8")
    for n in range(5000):
        text = f"---\nid: g{n}\nkind: goal\nowner: a{n % 9}@example.com\n---\n# I will {n}\n"
        (tmp_path / "goals" / f"g{n}.md").write_text(text, encoding="utf-8")
    environment = {**os.environ, "TERM": "xterm", "GOALS_JOBS": "1"}
    environment.pop("CI", None)
    started = time.monotonic()
    code, bar, out = on_a_pty(tmp_path, environment, ("check",), stream="stderr")
    took = time.monotonic() - started
    assert took > 1.5, "too fast to need a bar: use more files"
    assert f"{word} " in bar, bar[-300:]
    assert "5000/5000" in bar  # the last frame: every file checked
    piped = subprocess.run(
        [sys.executable, "-m", "goals_as_code", "check"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert piped.returncode == 1
    assert (code, out) == (piped.returncode, piped.stdout)
    assert piped.stderr == ""


def test_all_a_program_writes_to_a_terminal_comes_through(tmp_path: Path) -> None:
    """More than a terminal holds at once comes through whole: the tests read the terminal
    while the program writes, so a long bar on a slow machine cannot leave it waiting."""
    statements = [f"Öka försäljningen med {n} procent till 2027" for n in range(400)]
    code, shown, _ = on_a_pty(tmp_path, dict(os.environ), ("classify", *statements))
    assert code == 0
    assert len(shown.encode()) > 65536  # more than a terminal holds at once
    assert shown.count("Öka försäljningen med ") == 400
    assert "Öka försäljningen med 399 procent till 2027" in shown


def test_a_check_of_a_few_files_starts_no_process_and_imports_no_pool(tmp_path: Path) -> None:
    (tmp_path / "goals").mkdir()
    (tmp_path / "goals" / "a.md").write_text("---\nid: a\nkind: goal\n---\n# x\n", "utf-8")
    pools = ["multiprocessing", "concurrent.futures"]
    _, found = imported_by(tmp_path, ["check", "--format", "json"], pools)
    assert found == []
