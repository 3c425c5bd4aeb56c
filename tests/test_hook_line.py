"""A hook's ``goals check`` command line is read without click (``cli/checking.py``): the same
output and exit code as click gives for it, and any other line handed to click."""

from __future__ import annotations

import pytest

from goals_as_code.cli import checking
from goals_as_code.cli.main import by_click

from .conftest import GOOD_GOAL, Repo, imported_by

BAD_GOAL = GOOD_GOAL.replace("deadline: 2017-06-30\n", "").replace("faster-replies", "bad-goal")
LINES = [
    ["check"],
    ["check", "goals/bad.md"],
    ["check", "--at-commit", "goals/bad.md", "goals/good.md"],
    ["check", "--staged", "--at-commit", "--", "goals/bad.md"],
    ["check", "-q", "goals/good.md"],  # warnings only
    ["check", "--strict", "goals/good.md"],
    ["check", "--quiet", "--exit-zero", "goals/bad.md"],
    ["check", "--lang", "sv", "goals/bad.md"],
    ["check", "--lang=sv", "--today=2017-07-01", "goals/bad.md"],
    ["check", "--today", "2017-03-31", "--no-cache", "goals/bad.md"],
    ["check", "README.md"],  # not a statement: an error typed by hand
    ["check", "--at-commit", "README.md"],  # not a statement: skipped in a hook
    ["check", "goals/missing.md"],
]


def a_repo(repo: Repo) -> None:
    repo.write("goals/good.md", GOOD_GOAL)
    repo.write("goals/bad.md", BAD_GOAL)
    repo.write("README.md", "# A project\n")
    repo.commit("Add goals")


def test_the_good_and_the_bad_goal_differ(repo: Repo) -> None:
    """The lines below compare two readers on files with and without problems."""
    assert "deadline" in GOOD_GOAL
    assert "deadline" not in BAD_GOAL


@pytest.mark.parametrize("args", LINES, ids=" ".join)
def test_a_hook_line_says_what_click_says(
    repo: Repo, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    a_repo(repo)
    assert checking.hook_line(args) is not None
    quick = checking.quick(args)
    said_quick = capsys.readouterr()
    slow = by_click(args)
    said_slow = capsys.readouterr()
    assert (quick, said_quick.out, said_quick.err) == (slow, said_slow.out, said_slow.err)


def test_the_lines_cover_each_outcome(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    """Clean, problems, a usage error and a skipped file are all among the lines compared."""
    a_repo(repo)
    codes = {}
    for args in LINES:
        codes[" ".join(args)] = checking.quick(args)
        capsys.readouterr()
    assert codes["check -q goals/good.md"] == 0
    assert codes["check --strict goals/good.md"] == 1
    assert codes["check goals/bad.md"] == 1
    assert codes["check README.md"] == 2
    assert codes["check --at-commit README.md"] == 0
    assert codes["check --quiet --exit-zero goals/bad.md"] == 0


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["report"],
        ["check", "--help"],
        ["check", "-h"],
        ["check", "--format", "json"],
        ["check", "--output-format=json"],
        ["check", "--select", "T"],
        ["check", "-x"],
        ["check", "--today"],
        ["check", "--today", "2017-3-1"],
        ["check", "--today", "2017-02-30"],
        ["check", "--today=yesterday"],
        ["check", "--today", "2017-03-01", "--today", "2017-03-02"],
        ["check", "--lang", "de"],
        ["check", "--lang"],
        ["--lang", "sv", "check"],
    ],
    ids=lambda args: " ".join(args) or "(nothing)",
)
def test_any_other_line_is_read_by_click(args: list[str]) -> None:
    assert checking.hook_line(args) is None


def test_a_line_to_complete_is_read_by_click(monkeypatch: pytest.MonkeyPatch) -> None:
    assert checking.hook_line(["check", "goals/a.md"]) is not None
    monkeypatch.setenv("_GOALS_COMPLETE", "bash_complete")
    assert checking.hook_line(["check", "goals/a.md"]) is None


def test_a_mistake_in_a_hook_line_is_said_by_click(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    a_repo(repo)
    assert checking.quick(["check", "--today", "2017-3-1"]) is None
    assert by_click(["check", "--today", "2017-13-01"]) == 2
    err = capsys.readouterr().err
    assert "Invalid value for '--today': '2017-13-01' does not match the format '%Y-%m-%d'." in err


def test_a_hook_line_reads_the_paths_after_two_dashes_as_paths(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    a_repo(repo)
    read = checking.hook_line(["check", "--at-commit", "--", "--strict", "goals/bad.md"])
    assert read is not None
    paths, flags, today, lang = read
    assert [path.as_posix() for path in paths] == ["--strict", "goals/bad.md"]
    assert (flags, today, lang) == ({"at_commit"}, None, None)


def test_a_hook_line_imports_neither_click_nor_dataclasses(repo: Repo) -> None:
    a_repo(repo)
    heavy = ["click", "dataclasses", "inspect"]
    assert imported_by(repo.path, ["check", "--at-commit", "goals/bad.md"], heavy) == (1, [])
    # any other line is click's
    code, found = imported_by(repo.path, ["check", "--format", "json", "goals/bad.md"], heavy)
    assert (code, found[:1]) == (1, ["click"])
