from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .builders import COMPANY_SV
from .conftest import GOOD_GOAL, Repo, run


def good_repo(repo: Repo) -> None:
    """The company's goal, and Anna's goal that serves it."""
    repo.write("goals/company.md", COMPANY_SV)
    serves = "status: active\nparent: customer-satisfaction-2017\n"
    repo.write("goals/anna/faster-replies.md", GOOD_GOAL.replace("status: active\n", serves))


def test_clean_tree_exits_zero(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    good_repo(repo)
    code, out, err = run(capsys, "check", "--select", "F,V,L")
    assert (code, out, err) == (0, "All good: 2 files checked, no problems.\n", "")


def test_malformed_yaml_names_path_and_line_without_traceback(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/bad.md", "---\nid: bad\nkind: goal\nowner: [anna\n---\n# Jag skall\n")
    code, out, err = run(capsys, "check")
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "goals/bad.md:5:1: F003 [yaml-syntax] did not find expected ',' or ']' "
        "(while parsing a flow sequence)",
        "Found 1 error in 1 file.",
    ]


def test_schema_error_points_at_the_key(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    good_repo(repo)
    repo.write("goals/anna/faster-replies.md", GOOD_GOAL.replace("status: active", "status: on"))
    code, out, err = run(capsys, "check")
    assert (code, err) == (1, "")
    assert (
        "goals/anna/faster-replies.md:16:1: V004 [invalid-value] 'status' is \"on\"; "
        "allowed: draft, proposed, active, achieved, missed, dropped"
    ) in out.splitlines()


def test_paths_outside_goals_dir_are_skipped(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    good_repo(repo)
    repo.write("README.md", "no front matter here\n")
    # as a hook passes it, beside the statements it stages: skipped, not an error
    code, out, err = run(capsys, "check", "--at-commit", "README.md")
    assert (code, out, err) == (
        0,
        "Nothing to check: no statement file among the files given.\n",
        "(1 given file(s) are not statements: not under 'goals/' or excluded)\n",
    )
    # typed by hand, a run that checks nothing is a mistake
    code, out, err = run(capsys, "check", "README.md")
    assert (code, out, err) == (
        2,
        "",
        "goals: error: none of the files given is a statement file under 'goals/' (or they are "
        "excluded), so nothing was checked; give files under it, or point --goals-dir at the "
        "folder that holds them\n",
    )


def test_given_file_is_checked_against_the_whole_tree(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    good_repo(repo)
    child = GOOD_GOAL.replace("id: faster-replies", "id: child").replace(
        "status: active", "status: active\nparent: customer-satisfaction-2017"
    )
    repo.write("goals/anna/child.md", child)
    code, out, _ = run(capsys, "check", "goals/anna/child.md", "--format", "json", "--select", "L")
    payload = json.loads(out)
    assert code == 0
    assert payload["files"] == 1
    assert [p for p in payload["problems"] if p["code"].startswith("L")] == []
    # the same file with a parent that does not exist
    repo.write(
        "goals/anna/child.md", child.replace("parent: customer-satisfaction-2017", "parent: nope")
    )
    code, out, _ = run(capsys, "check", "goals/anna/child.md", "--format", "json")
    payload = json.loads(out)
    assert code == 1
    assert [(p["line"], p["code"]) for p in payload["problems"] if p["code"] == "L002"] == [
        (17, "L002")
    ]


def test_duplicate_id_is_reported_on_both_files(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    good_repo(repo)
    repo.write("goals/bob/copy.md", GOOD_GOAL)
    code, out, _ = run(capsys, "check", "--format", "json")
    found = sorted(
        (p["path"], p["line"]) for p in json.loads(out)["problems"] if p["code"] == "L001"
    )
    assert code == 1
    assert found == [("goals/anna/faster-replies.md", 2), ("goals/bob/copy.md", 2)]


def test_json_shape(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("goals/bad.md", "# no front matter\n")
    code, out, _ = run(capsys, "check", "--format", "json")
    payload = json.loads(out)
    assert code == 1
    assert payload["files"] == 1
    [problem] = payload["problems"]
    assert set(problem) == {"path", "line", "column", "code", "name", "severity", "message"}
    assert (problem["path"], problem["line"], problem["code"]) == ("goals/bad.md", 1, "F001")
    assert problem["severity"] == "error"


def test_github_format_is_chosen_in_actions(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.write("goals/bad.md", "# no front matter\n")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, err = run(capsys, "check")
    assert (code, out, err) == (
        1,
        "::error file=goals/bad.md,line=1,col=1,title=F001 front-matter-missing::the file has "
        "no front matter; start it with '---', the fields (id, kind, owner, ...) and '---' "
        "(see 'goals new --help')\nFound 1 error in 1 file.\n",
        "",
    )


def test_severity_and_strict(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("goals.toml", '[severity]\nF001 = "warning"\n')
    repo.write("goals/bad.md", "# no front matter\n")
    said = [
        "goals/bad.md:1:1: F001 [front-matter-missing] the file has no front matter; start it "
        "with '---', the fields (id, kind, owner, ...) and '---' (see 'goals new --help') (warning)",
        "Found 0 errors, 1 warning in 1 file.",
    ]
    code, out, err = run(capsys, "check", "--select", "F")
    assert (code, out.splitlines(), err) == (0, said, "")
    code, out, err = run(capsys, "check", "--select", "F", "--strict")
    assert (code, out.splitlines(), err) == (1, said, "")


def test_select_and_ignore_on_the_command_line(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/bad.md", "no front matter, no statement\n")
    code, out, _ = run(capsys, "check", "--select", "F", "--format", "json")
    assert sorted(p["code"] for p in json.loads(out)["problems"]) == ["F001", "F009"]
    code, out, _ = run(capsys, "check", "--select", "F", "--ignore", "F009", "--format", "json")
    assert [p["code"] for p in json.loads(out)["problems"]] == ["F001"]
    code, out, err = run(capsys, "check", "--select", "Q999")
    assert (code, out, err) == (
        2,
        "",
        "goals: error: select/ignore: unknown rule 'Q999'; see 'goals rules' for the list\n",
    )


def test_ignore_by_name(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("goals.toml", 'ignore = ["front-matter-missing", "missing-statement"]\n')
    repo.write("goals/bad.md", "no front matter, no statement\n")
    code, out, err = run(capsys, "check")
    assert (code, out, err) == (0, "All good: 1 file checked, no problems.\n", "")


def test_unknown_rule_in_config_is_a_setup_error(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals.toml", 'ignore = ["missing-dedline"]\n')
    code, out, err = run(capsys, "check")
    assert (code, out, err) == (
        2,
        "",
        "goals: error: select/ignore: unknown rule 'missing-dedline'; "
        "did you mean 'missing-deadline'?\n",
    )


def test_missing_path_is_a_usage_error(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "goals/nope.md")
    assert (code, out, err) == (2, "", "goals: error: goals/nope.md: no such file or folder\n")


def test_bad_format_is_a_usage_error(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "--format", "xml")
    assert (code, out) == (2, "")
    assert err.splitlines()[-1] == (
        "Error: Invalid value for '--format' / '--output-format': 'xml' is not one of 'text', "
        "'json', 'github', 'sarif', 'gitlab', 'junit'."
    )


def test_not_utf8(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    (repo.path / "goals").mkdir()
    (repo.path / "goals" / "latin1.md").write_bytes("---\nid: å\n---\n# Mål\n".encode("latin-1"))
    code, out, err = run(capsys, "check")
    assert (code, out, err) == (
        1,
        "goals/latin1.md:2:1: F003 [yaml-syntax] the file is not UTF-8 (byte 8); save it as UTF-8\n"
        "Found 1 error in 1 file.\n",
        "",
    )


def test_checker_never_writes(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    good_repo(repo)
    repo.write("goals/bad.md", "---\nid: x\nid: y\n---\n# S\n")
    before = {p: p.read_bytes() for p in repo.path.rglob("*.md")}
    run(capsys, "check")
    assert {p: p.read_bytes() for p in repo.path.rglob("*.md")} == before


def test_module_entry_point(repo: Repo) -> None:
    repo.write("goals/bad.md", "# no front matter\n")
    done = subprocess.run(
        [sys.executable, "-m", "goals_as_code", "check"], capture_output=True, text=True
    )
    assert (done.returncode, done.stdout.splitlines(), done.stderr) == (
        1,
        [
            "goals/bad.md:1:1: F001 [front-matter-missing] the file has no front matter; start it "
            "with '---', the fields (id, kind, owner, ...) and '---' (see 'goals new --help')",
            "Found 1 error in 1 file.",
        ],
        "",
    )


def test_unreadable_and_huge_files_are_problems_not_crashes(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/huge.md", "---\nid: huge\n---\n# S\n" + "x" * (1024 * 1024))
    secret = repo.write("goals/secret.md", "---\nid: s\n---\n# S\n")
    secret.chmod(0)
    try:
        code, out, err = run(capsys, "check", "--select", "F")
    finally:
        secret.chmod(0o644)
    huge = (
        "goals/huge.md:1:1: F007 [front-matter-too-large] the file is 1,048,597 bytes, more "
        "than 1,048,576; a statement file holds one statement and its notes"
    )
    assert (code, err) == (1, "")
    if os.geteuid() == 0:  # root reads every file
        assert out.splitlines() == [huge, "Found 1 error in 2 files."]
    else:
        assert huge in out.splitlines()
        assert "goals/secret.md:1:1: F003 [yaml-syntax] cannot read the file" in out


@pytest.mark.parametrize("args", [(), ("--format", "text")], ids=["a hook's line", "by click"])
def test_a_bug_is_one_line_not_a_traceback(
    repo: Repo,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
) -> None:
    from goals_as_code.check import checker

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(checker, "check", broken)
    code, _, err = run(capsys, "check", *args)
    assert code == 2
    assert err == (
        "goals: internal error: RuntimeError: boom\n"
        "This is a bug in goals-as-code; run again with GOALS_DEBUG=1 for the details.\n"
    )


def test_paths_are_relative_to_the_repository_when_the_project_is_a_subfolder(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.write("team-a/goals.toml", 'goals-dir = "goals"\n')
    repo.write("team-a/goals/bad.md", "# no front matter\n")
    monkeypatch.chdir(repo.path / "team-a")
    code, out, _ = run(capsys, "check", "--format", "json")
    assert code == 1
    assert [p["path"] for p in json.loads(out)["problems"]] == ["team-a/goals/bad.md"]
    code, out, _ = run(capsys, "check", "goals/bad.md", "--format", "json")
    assert [p["path"] for p in json.loads(out)["problems"]] == ["team-a/goals/bad.md"]


def test_summary_line_follows_the_language(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    good_repo(repo)
    code, out, _ = run(capsys, "check", "--select", "F,V,L", "--lang", "sv")
    assert (code, out) == (0, "Allt i ordning: 2 filer kontrollerade, inga problem.\n")
    repo.write("goals/bad.md", "---\nid: bad\nkind: goal\nowner: [anna\n---\n# Jag skall\n")
    repo.write("goals.toml", 'language = "sv"\n')
    yaml = "did not find expected ',' or ']' (while parsing a flow sequence)"
    swedish = "hittade inte väntat ',' eller ']' (i en lista inom [ ])"
    code, out, err = run(capsys, "check", "--select", "F,V,L")
    assert (code, out.splitlines(), err) == (
        1,
        [f"goals/bad.md:5:1: F003 [yaml-syntax] YAML-fel: {swedish}", "Hittade 1 fel i 3 filer."],
        "",
    )
    code, out, err = run(capsys, "check", "--select", "F,V,L", "--lang", "en")
    assert (code, out.splitlines(), err) == (
        1,
        [f"goals/bad.md:5:1: F003 [yaml-syntax] {yaml}", "Found 1 error in 3 files."],
        "",
    )
    code, out, _ = run(capsys, "check", "--select", "F,V,L", "--format", "json")
    assert json.loads(out)["files"] == 3  # JSON has no sentence to translate


def test_skipped_paths_are_told_in_swedish(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    good_repo(repo)
    repo.write("README.md", "no front matter here\n")
    code, out, err = run(capsys, "check", "README.md", "--lang", "sv", "--at-commit")
    assert code == 0
    assert out == "Inget att kontrollera: ingen målfil bland de angivna filerna.\n"
    assert err == ("(1 angivna fil(er) är inga påståenden: inte under 'goals/' eller undantagna)\n")
    code, out, err = run(capsys, "check", "README.md", "--lang", "sv")
    assert (code, out) == (2, "")
    assert err.startswith(
        "goals: fel: ingen av de angivna filerna är en påståendefil under 'goals/'"
    )
