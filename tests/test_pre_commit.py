"""The check-goals hook run by the real pre-commit: installed from this project with pip.

'pre-commit try-repo' builds the hook's environment in a fresh store each time, so one test uses
it; the others use a '.pre-commit-config.yaml' and the store the run shares (``hook_store``), where
the environment is built once.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .builders import COMPANY
from .conftest import GOOD_GOAL, Repo, hook_config

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "en"

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


def configure(repo: Repo, hook_repository: tuple[Path, str]) -> None:
    repo.write(".pre-commit-config.yaml", hook_config(hook_repository))


def hook_output(text: str) -> list[str]:
    """The lines pre-commit prints for the hook (from its status line on), its timing blanked."""
    lines = text.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("check goals..."))
    return [re.sub(r"^- duration: [\d.]+s$", "- duration: ...", line) for line in lines[start:]]


FAILED = [
    "check goals..............................................................Failed",
    "- hook id: check-goals",
    "- exit code: 1",
    "",
    "goals/anna/faster-replies.md:6:9: L002 [unresolved-reference] "
    "'parent: customer-satisfaction-2071' names no statement; "
    "no file has 'id: customer-satisfaction-2071' (did you mean 'customer-satisfaction-2017'?)",
    "goals/anna/faster-replies.md:17:9: A004 [missing-acceptance] the goal is active but not "
    "accepted; its manager erik@example.com runs 'goals accept faster-replies' (warning)",
    "goals/anna/faster-replies.md:17:9: A008 [missing-agreement] the goal is active but its owner "
    "has not agreed to it; anna@example.com runs 'goals agree faster-replies' (warning)",
]
# in a repository with commits, the owner who commits her manager's confidence is told (R006)
TYPED = (
    "goals/anna/faster-replies.md:16:35: R006 [confidence-not-by-holder] confidence.manager 0.6 "
    "is being committed by anna@example.com, not by the manager, erik@example.com; only "
    "erik@example.com says how much they believe in the goal (warning)"
)


def test_try_repo_fails_on_a_bad_goal_naming_file_line_and_code(
    repo: Repo, hook_repository: tuple[Path, str]
) -> None:
    repo.write("goals/company.md", COMPANY)
    repo.write("goals/anna/faster-replies.md", BAD)
    repo.write("README.md", "No front matter here, and none needed: not a statement.\n")
    repo.write("docs/notes.md", "# Notes\n")
    repo.git("add", "-A")
    path, sha = hook_repository
    done = pre_commit(repo, "try-repo", str(path), "check-goals", "--ref", sha, "--all-files")
    assert done.returncode == 1, done.stdout + done.stderr
    # README and docs are passed to the hook and skipped: not statements, not counted
    assert hook_output(done.stdout) == [*FAILED, "Found 1 error, 2 warnings in 2 files.", ""]
    assert done.stderr == ""


def test_hook_passes_on_good_goals(
    repo: Repo, hook_repository: tuple[Path, str], hook_store: Path
) -> None:
    configure(repo, hook_repository)
    shutil.copytree(EXAMPLES, repo.path / "goals", ignore=shutil.ignore_patterns("goals.toml"))
    repo.write(
        "goals.toml", 'language = "en"\nexclude = ["README.md"]\nignore = ["A004", "A008"]\n'
    )
    repo.write("README.md", "# Our goals\n")
    repo.git("add", "-A")
    done = pre_commit(repo, "run", "--all-files", "--verbose")
    assert done.returncode == 0, done.stdout + done.stderr
    assert hook_output(done.stdout) == [
        "check goals..............................................................Passed",
        "- hook id: check-goals",
        "- duration: ...",
        "",
        "All good: 16 files checked, no problems.",
        "",
    ]
    assert done.stderr == ""


def test_commit_through_pre_commit_is_refused_then_accepted(
    repo: Repo, hook_repository: tuple[Path, str], hook_store: Path
) -> None:
    configure(repo, hook_repository)
    repo.write("goals/company.md", COMPANY)
    repo.commit("Add the company goal and the hook configuration")
    installed = pre_commit(repo, "install")
    assert installed.returncode == 0, installed.stdout + installed.stderr

    repo.write("goals/anna/faster-replies.md", BAD)
    repo.git("add", "-A")
    refused = git_commit(repo, "Add my goal")
    assert refused.returncode == 1
    assert refused.stdout == ""  # git passes the hook's output on to stderr
    assert hook_output(refused.stderr) == [
        *FAILED[:5],
        TYPED,
        *FAILED[5:],
        "Found 1 error, 3 warnings in 1 file.",
        "",
    ]
    assert repo.git("rev-list", "--count", "HEAD").strip() == "1"

    repo.write("goals/anna/faster-replies.md", LINKED)
    repo.git("add", "-A")
    accepted = git_commit(repo, "Add my goal")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert accepted.stdout == ""
    assert hook_output(accepted.stderr) == [
        "check goals..............................................................Passed"
    ]
    assert repo.git("rev-list", "--count", "HEAD").strip() == "2"


def test_links_hold_when_pre_commit_splits_the_files(
    repo: Repo, hook_repository: tuple[Path, str], hook_store: Path
) -> None:
    # over 128 KiB of file names: pre-commit's xargs must split them over several runs
    configure(repo, hook_repository)
    repo.write("goals/company.md", COMPANY)
    # (long paths, so that few files are enough: each is checked, which takes time)
    folder = "goals/" + "/".join(["a-rather-long-team-folder-name-" * 3] * 4)
    count = 320
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
    summaries = [
        [int(number or 0) for number in found.groups()]
        for found in re.finditer(
            r"^Found (?:(\d+) errors?, )?(\d+) warnings? in (\d+) files?\.$", done.stdout, re.M
        )
    ]
    assert len(summaries) > 1, "the files were not split; the test proves nothing"
    # each file checked once; every run saw the company goal, whichever files it got (no L002)
    errors, warnings, files = (sum(column) for column in zip(*summaries, strict=True))
    # A004, A008 and R003 per goal
    assert (errors, warnings, files) == (2, 3 * (count + 1), count + 2)
    first = f"{folder}/goal-0000-with-a-long-descriptive-file-name.md"
    assert sorted(
        line
        for line in done.stdout.splitlines()
        if " (warning)" not in line and ": " in line and line.startswith("goals/")
    ) == [
        f"{first}:2:5: L001 [duplicate-id] the id 'goal-0000' is also used by goals/z-last/copy.md; "
        "give each statement an id of its own",
        f"goals/z-last/copy.md:2:5: L001 [duplicate-id] the id 'goal-0000' is also used by {first}; "
        "give each statement an id of its own",
    ]


def offline(store: Path) -> dict[str, str]:
    """A machine without network: every proxy points at a closed port, pip has no index, and
    pre-commit's store is new and empty; the installed 'goals' is on PATH."""
    dead = "http://127.0.0.1:9"
    return {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "PRE_COMMIT_HOME": str(store),
        "PRE_COMMIT_COLOR": "never",
        "http_proxy": dead,
        "https_proxy": dead,
        "HTTP_PROXY": dead,
        "HTTPS_PROXY": dead,
        "PIP_NO_INDEX": "1",
        "GIT_AUTHOR_NAME": "Anna Andersson",
        "GIT_AUTHOR_EMAIL": "anna@example.com",
        "GIT_COMMITTER_NAME": "Anna Andersson",
        "GIT_COMMITTER_EMAIL": "anna@example.com",
    }


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_goals_init_then_pre_commit_runs_offline(repo: Repo, tmp_path: Path, lang: str) -> None:
    """What 'goals init' writes runs with the installed 'goals', no release and no network."""
    env = offline(tmp_path / "empty-store")

    def shell(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args, cwd=repo.path, env=env, capture_output=True, text=True, check=False
        )

    assert shell("goals", "init", "--lang", lang).returncode == 0
    shell("git", "add", "-A")
    done = shell(sys.executable, "-m", "pre_commit", "run", "--all-files")
    assert (done.returncode, done.stderr) == (0, ""), done.stdout
    assert done.stdout == (
        "check goals..............................................................Passed\n"
    )
    # installed as the Git hook, it refuses a commit that breaks a link, and passes the fix
    assert shell(sys.executable, "-m", "pre_commit", "install").returncode == 0
    assert shell("git", "commit", "-q", "-m", "Set up goals").returncode == 0
    name = "faster-replies.md" if lang == "en" else "svarstid.md"
    goal = next((repo.path / "goals").rglob(name))
    text = goal.read_text(encoding="utf-8")
    goal.write_text(text.replace("parent: ", "parent: x-"), encoding="utf-8")
    refused = shell("git", "commit", "-q", "-a", "-m", "Break the link")
    assert refused.returncode == 1
    assert "L002 [unresolved-reference]" in refused.stderr  # git prints the hook's output there
    goal.write_text(text, encoding="utf-8")
    assert shell("git", "status", "--porcelain").stdout == ""
