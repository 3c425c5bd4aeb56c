"""The check-goals hook run by the real pre-commit: installed from this project with pip.

'pre-commit try-repo' builds the hook's environment in a fresh store each time; the other tests
use a '.pre-commit-config.yaml' and the store in PRE_COMMIT_HOME, so it is built once.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import GOOD_GOAL, Repo

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "en"

COMPANY = """\
---
id: customer-satisfaction-2017
kind: goal
owner: erik@example.com
manager: cecilia@example.com
shared: true
deadline: 2017-12-31
metric: {unit: points, direction: increase, baseline: 70, target: 80}
confidence: {owner: 0.8, manager: 0.7}
---
# We will raise customer satisfaction from 70 to 80 during 2017
"""
LINKED = GOOD_GOAL.replace(
    "manager: erik@example.com\n", "manager: erik@example.com\nparent: customer-satisfaction-2017\n"
)
BAD = LINKED.replace("customer-satisfaction-2017", "customer-satisfaction-2071")  # line 6


def pre_commit(repo: Repo, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=repo.path,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PRE_COMMIT_COLOR": "never"},
    )


def git_commit(repo: Repo, message: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PRE_COMMIT_COLOR": "never",
        **{
            f"GIT_{who}_{what}": value
            for who in ("AUTHOR", "COMMITTER")
            for what, value in (("NAME", "Anna Andersson"), ("EMAIL", "anna@example.com"))
        },
    }
    return subprocess.run(
        ["git", "commit", "-q", "-m", message],
        cwd=repo.path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="session")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """This project as it is on disk (tracked and new files), committed in a repository of its own.

    pre-commit installs a hook repository at a commit; this makes one from the working state, so
    the tests check the code under test, committed or not.
    """
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\0")
    target = tmp_path_factory.mktemp("hook-repository")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    env = {
        **os.environ,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_AUTHOR_NAME": "goals-as-code",
        "GIT_AUTHOR_EMAIL": "dev@example.com",
        "GIT_COMMITTER_NAME": "goals-as-code",
        "GIT_COMMITTER_EMAIL": "dev@example.com",
    }
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "snapshot"]):
        subprocess.run(["git", *args], cwd=target, env=env, check=True, capture_output=True)
    sha = subprocess.run(
        ["git", "rev-parse", "HEAD"],
        cwd=target,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return target, sha


def configure(repo: Repo, snapshot: tuple[Path, str], extra: str = "") -> None:
    path, sha = snapshot
    repo.write(
        ".pre-commit-config.yaml",
        f"repos:\n  - repo: {path}\n    rev: {sha}\n    hooks:\n      - id: check-goals\n{extra}",
    )


def test_try_repo_fails_on_a_bad_goal_naming_file_line_and_code(repo: Repo) -> None:
    repo.write("goals/company.md", COMPANY)
    repo.write("goals/anna/faster-replies.md", BAD)
    repo.write("README.md", "No front matter here, and none needed: not a statement.\n")
    repo.write("docs/notes.md", "# Notes\n")
    repo.git("add", "-A")
    done = pre_commit(repo, "try-repo", str(ROOT), "check-goals", "--all-files")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "check goals....." in done.stdout
    assert "- exit code: 1" in done.stdout
    assert (
        "goals/anna/faster-replies.md:6:9: L002 [unresolved-reference] "
        "'parent: customer-satisfaction-2071' names no statement" in done.stdout
    )
    assert "(did you mean 'customer-satisfaction-2017'?)" in done.stdout
    assert "README.md:" not in done.stdout
    assert "docs/notes.md:" not in done.stdout
    assert "Found 1 error, 2 warnings in 2 files." in done.stdout  # README and docs skipped


def test_try_repo_passes_on_good_goals(repo: Repo) -> None:
    shutil.copytree(EXAMPLES, repo.path / "goals", ignore=shutil.ignore_patterns("goals.toml"))
    repo.write(
        "goals.toml", 'language = "en"\nexclude = ["README.md"]\nignore = ["A004", "A008"]\n'
    )
    repo.write("README.md", "# Our goals\n")
    repo.git("add", "-A")
    done = pre_commit(repo, "try-repo", str(ROOT), "check-goals", "--all-files", "--verbose")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "check goals" in done.stdout
    assert "Passed" in done.stdout
    assert "All good: 16 files checked, no problems." in done.stdout


def test_commit_through_pre_commit_is_refused_then_accepted(
    repo: Repo, snapshot: tuple[Path, str]
) -> None:
    configure(repo, snapshot)
    repo.write("goals/company.md", COMPANY)
    repo.commit("Add the company goal and the hook configuration")
    installed = pre_commit(repo, "install")
    assert installed.returncode == 0, installed.stdout + installed.stderr

    repo.write("goals/anna/faster-replies.md", BAD)
    repo.git("add", "-A")
    refused = git_commit(repo, "Add my goal")
    said = refused.stdout + refused.stderr  # git passes hook output on to stderr
    assert refused.returncode == 1
    assert "check goals" in said
    assert "Failed" in said
    assert "goals/anna/faster-replies.md:6:9: L002 [unresolved-reference]" in said
    assert repo.git("rev-list", "--count", "HEAD").strip() == "1"

    repo.write("goals/anna/faster-replies.md", LINKED)
    repo.git("add", "-A")
    accepted = git_commit(repo, "Add my goal")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "Passed" in accepted.stdout + accepted.stderr
    assert repo.git("rev-list", "--count", "HEAD").strip() == "2"


def test_links_hold_when_pre_commit_splits_the_files(
    repo: Repo, snapshot: tuple[Path, str]
) -> None:
    # over 128 KiB of file names: pre-commit's xargs must split them over several runs
    configure(repo, snapshot)
    repo.write("goals/company.md", COMPANY)
    folder = "goals/" + "a-rather-long-team-folder-name-" * 3
    count = 1200
    for number in range(count):
        text = LINKED.replace("id: faster-replies", f"id: goal-{number:04d}")
        repo.write(f"{folder}/goal-{number:04d}-with-a-long-descriptive-file-name.md", text)
    # one duplicate id, in files far apart in the list
    repo.write("goals/z-last/copy.md", LINKED.replace("id: faster-replies", "id: goal-0000"))
    repo.git("add", "-A")
    names = repo.git("ls-files").split()
    assert sum(len(name) + 1 for name in names) > 2**17

    done = pre_commit(repo, "run", "--all-files")
    assert done.returncode == 1, done.stdout + done.stderr
    summaries = [line for line in done.stdout.splitlines() if line.startswith("Found ")]
    assert len(summaries) >= 2, "the files were not split; the test proves nothing"
    assert "L002" not in done.stdout  # every run saw the company goal, whichever files it got
    problems = sorted(line.split(":")[0] for line in done.stdout.splitlines() if ": L001 " in line)
    assert problems == sorted(
        [f"{folder}/goal-0000-with-a-long-descriptive-file-name.md", "goals/z-last/copy.md"]
    )
