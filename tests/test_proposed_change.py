"""Proposing a change to an accepted goal: a stale acceptance (A005) is a warning when a commit
is checked (the plain hook, pre-commit, --at-commit) and an error in CI and in goals review;
the manager accepts the goal again. Real repositories, real hooks and real commits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOOD_GOAL, Repo, run

BIN = Path(sys.executable).parent
PATH = "goals/faster-replies.md"
OWNER = ("Anna Andersson", "anna@example.com")
MANAGER = ("Erik Eriksson", "erik@example.com")
# the families these tests are about; the owner's agreement and the goal's link to an
# organisation goal (no-parent) are left out to keep the story short
SELECT = 'select = ["A", "F", "V", "L", "C"]\nignore = ["missing-agreement", "no-parent"]\n'


def git_commit(repo: Repo, who: tuple[str, str], message: str) -> subprocess.CompletedProcess[str]:
    """``git commit -a`` as ``who`` runs it, hooks and all."""
    env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
        "PRE_COMMIT_COLOR": "never",
        **{f"GIT_{role}_NAME": who[0] for role in ("AUTHOR", "COMMITTER")},
        **{f"GIT_{role}_EMAIL": who[1] for role in ("AUTHOR", "COMMITTER")},
    }
    env.pop("PRE_COMMIT", None)
    return subprocess.run(
        ["git", "commit", "-q", "-a", "-m", message],
        cwd=repo.path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def accepted(repo: Repo, capsys: pytest.CaptureFixture[str], extra: str = "") -> str:
    """main: the goal, accepted by its manager. Returns the commit."""
    repo.write("goals.toml", SELECT + extra)
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add the goal", name=OWNER[0], email=OWNER[1])
    repo.git("config", "user.email", MANAGER[1])
    assert run(capsys, "accept", "faster-replies")[0] == 0
    return repo.commit("Accept the goal", name=MANAGER[0], email=MANAGER[1])


def propose(repo: Repo) -> None:
    """The owner eases the target on a branch (not committed yet)."""
    repo.git("checkout", "-q", "-b", "easier")
    text = (repo.path / PATH).read_text(encoding="utf-8")
    repo.write(PATH, text.replace("target: 24", "target: 30"))


def problems(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[tuple[str, str]]]:
    code, out, _ = run(capsys, "check", "--format", "json", *args)
    return code, [(p["code"], p["severity"]) for p in json.loads(out)["problems"]]


def test_a005_is_a_warning_at_commit_time_and_an_error_elsewhere(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    accepted(repo, capsys)
    propose(repo)
    assert problems(capsys) == (1, [("A005", "error")])
    assert problems(capsys, "--at-commit") == (0, [("A005", "warning")])
    monkeypatch.setenv("PRE_COMMIT", "1")  # what pre-commit sets for its hooks
    assert problems(capsys) == (0, [("A005", "warning")])


def test_commit_severity_is_configurable(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    accepted(repo, capsys, "commit-severity = {}\n")
    propose(repo)
    assert problems(capsys, "--at-commit") == (1, [("A005", "error")])


def test_the_path_owner_proposes_review_flags_manager_accepts_again(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    base = accepted(repo, capsys)
    assert run(capsys, "install-hook")[0] == 0
    propose(repo)
    # 1. the owner's own hook lets the proposal through
    done = git_commit(repo, OWNER, "Propose a target of 30 hours")
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    # 2. CI and the review fail on it, naming the stale acceptance
    assert problems(capsys)[0] == 1
    code, out, _ = run(capsys, "review", f"{base}...easier", "--format", "json")
    assert code == 1
    [change] = json.loads(out)["changes"]
    flags = [(flag["code"], flag["severity"]) for flag in change["flags"]]
    assert ("C004", "warning") in flags
    assert [(p["code"], p["severity"]) for p in change["problems"]] == [("A005", "error")]
    # 3. the manager accepts the changed goal on the branch; CI and the review pass
    repo.git("config", "user.email", MANAGER[1])
    assert run(capsys, "accept", "faster-replies", "--commit")[0] == 0
    assert problems(capsys) == (0, [])
    code, out, _ = run(capsys, "review", f"{base}...easier", "--format", "json")
    assert code == 0
    [change] = json.loads(out)["changes"]
    assert change["problems"] == []


def test_the_pre_commit_hook_lets_the_proposal_through(
    repo: Repo, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    accepted(repo, capsys)
    run(capsys, "init", "--no-examples")  # the local hook entry
    repo.commit("Add the hook configuration")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    env["PRE_COMMIT_HOME"] = str(tmp_path / "store")
    subprocess.run(
        [sys.executable, "-m", "pre_commit", "install"], cwd=repo.path, env=env, check=True
    )
    propose(repo)
    done = git_commit(repo, OWNER, "Propose a target of 30 hours")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "check goals..............................................................Passed" in (
        done.stdout + done.stderr
    )
