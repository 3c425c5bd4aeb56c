"""The plain Git hook and 'goals install-hook', run by real 'git commit's."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from goals_as_code.source import resources

from .builders import COMPANY_SV
from .conftest import GOOD_GOAL, Repo, run

BIN = Path(sys.executable).parent
HOOK = resources.folder("hooks") / "pre-commit"


# line 6 names a parent that does not exist
BAD_GOAL = GOOD_GOAL.replace(
    "manager: erik@example.com\n", "manager: erik@example.com\nparent: no-such-goal\n"
)
# line 6 is a misspelt field
TYPO_GOAL = GOOD_GOAL.replace(
    "manager: erik@example.com\n", "manager: erik@example.com\nstaus: x\n"
)


@pytest.fixture
def hooked(repo: Repo, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Repo:
    """A repository with a company goal committed and the plain hook installed."""
    monkeypatch.setenv("PATH", f"{BIN}{os.pathsep}{os.environ['PATH']}")
    repo.write("goals/company.md", COMPANY_SV)
    repo.write("README.md", "# Our goals\n")
    repo.commit("Add the company goal")
    code, out, _ = run(capsys, "install-hook")
    assert code == 0
    assert "Installed the goals-as-code pre-commit hook" in out
    return repo


REFUSED = (
    "goals-as-code: commit refused; fix the problems above and stage the files again "
    "(or skip the check once with 'git commit --no-verify')"
)


# Anna, who commits the goal, wrote her manager's confidence too (R006)
PENDING = (
    "confidence.manager 0.6 is being committed by anna@example.com, not by the manager, "
    "erik@example.com; only erik@example.com says how much they believe in the goal"
)


def written(sha: str) -> str:
    """R006 on a manager's confidence that Anna committed in ``sha``."""
    return (
        f"confidence.manager 0.6 was written by Anna Andersson <anna@example.com> in commit "
        f"{sha[:10]}, not by the manager, erik@example.com; only erik@example.com says how much "
        "they believe in the goal"
    )


def refused(
    path: str, problem: str, confidence: str | None = PENDING, *, linked: bool = False
) -> list[str]:
    """What the hook says when the goal at ``path`` has ``problem`` (an error) and is active,
    linked to no organisation goal, neither accepted nor agreed to; ``confidence`` is R006's word
    on the manager's confidence (None: not told, as in a repository without commits); a goal
    ``linked`` to a parent (one that does not resolve) is not told it serves none."""
    said = [f"{path}:16:35: R006 [confidence-not-by-holder] {confidence} (warning)"]
    no_parent = [
        f"{path}:3:1: L006 [no-parent] the goal serves no organisation goal; add 'parent:' with "
        "the id of the team or company goal it serves, or 'top: true' if it is a top-level goal "
        "(warning)"
    ]
    return [
        *([] if linked else no_parent),
        f"{path}:{problem}",
        *(said if confidence else []),
        f"{path}:17:9: A004 [missing-acceptance] the goal is active but not accepted; its manager "
        "erik@example.com runs 'goals accept faster-replies' (warning)",
        f"{path}:17:9: A008 [missing-agreement] the goal is active but its owner has not agreed "
        "to it; anna@example.com runs 'goals agree faster-replies' (warning)",
        f"Found 1 error, {2 + bool(confidence) + (not linked)} warnings in 1 file.",
        REFUSED,
    ]


def unresolved(name: str) -> str:
    return (
        f"6:9: L002 [unresolved-reference] 'parent: {name}' names no statement; "
        f"no file has 'id: {name}'"
    )


TYPO = (
    "6:1: V002 [unknown-field] unknown field 'staus': did you mean 'status'? "
    "(keys starting with 'x-' are free for your own use)"
)


def commit(repo: Repo, message: str, *options: str) -> subprocess.CompletedProcess[str]:
    """``git commit`` as a user runs it, hooks and all; never raises."""
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Anna Andersson",
        "GIT_AUTHOR_EMAIL": "anna@example.com",
        "GIT_COMMITTER_NAME": "Anna Andersson",
        "GIT_COMMITTER_EMAIL": "anna@example.com",
    }
    return subprocess.run(
        ["git", "commit", "-q", *options, "-m", message],
        cwd=repo.path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def head_count(repo: Repo) -> int:
    return int(repo.git("rev-list", "--count", "HEAD"))


def test_shipped_hook_is_an_executable_posix_script() -> None:
    text = HOOK.read_text(encoding="utf-8")
    assert text.startswith("#!/bin/sh\n")
    assert HOOK.stat().st_mode & stat.S_IXUSR
    done = subprocess.run(["sh", "-n", str(HOOK)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_install_writes_the_shipped_hook(hooked: Repo) -> None:
    installed = hooked.path / ".git" / "hooks" / "pre-commit"
    assert installed.read_bytes() == HOOK.read_bytes()
    assert installed.stat().st_mode & stat.S_IXUSR


def test_bad_goal_is_refused_and_the_message_names_file_and_line(hooked: Repo) -> None:
    hooked.write("goals/anna/faster-replies.md", BAD_GOAL)
    hooked.git("add", "-A")
    done = commit(hooked, "Add my goal")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.splitlines() == refused(
        "goals/anna/faster-replies.md", unresolved("no-such-goal"), linked=True
    )
    assert head_count(hooked) == 1


def test_good_goal_commits(hooked: Repo) -> None:
    hooked.write("goals/anna/faster-replies.md", GOOD_GOAL)
    hooked.git("add", "-A")
    done = commit(hooked, "Add my goal")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert head_count(hooked) == 2
    assert "goals/anna/faster-replies.md" in hooked.git("show", "--name-only", "HEAD")


def test_links_resolve_against_the_whole_staged_tree(hooked: Repo) -> None:
    parent = GOOD_GOAL.replace(
        "manager: erik@example.com\n",
        "manager: erik@example.com\nparent: customer-satisfaction-2017\n",
    )
    hooked.write("goals/anna/faster-replies.md", parent)
    hooked.git("add", "-A")
    done = commit(hooked, "Align my goal with the company goal")
    assert done.returncode == 0, done.stderr


def test_checks_the_staged_version_not_the_working_tree(hooked: Repo) -> None:
    path = "goals/anna/faster-replies.md"
    hooked.write(path, TYPO_GOAL)
    hooked.git("add", path)
    hooked.write(path, GOOD_GOAL)  # fixed, but not staged: the commit would still hold the typo
    done = commit(hooked, "Add my goal")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.splitlines() == refused(path, TYPO)
    assert head_count(hooked) == 1

    hooked.git("add", path)
    hooked.write(path, TYPO_GOAL)  # broken again, but only in the working tree
    done = commit(hooked, "Add my goal")
    assert done.returncode == 0, done.stderr
    assert hooked.git("show", f"HEAD:{path}") == GOOD_GOAL


def test_a_staged_file_gone_from_the_working_tree_is_checked_as_staged(hooked: Repo) -> None:
    path = "goals/anna/faster-replies.md"
    hooked.write(path, TYPO_GOAL)
    hooked.git("add", path)
    (hooked.path / path).unlink()  # the commit still records the staged typo
    done = commit(hooked, "Add my goal")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.splitlines() == refused(path, TYPO)


def test_a_file_that_is_not_staged_does_not_count(hooked: Repo) -> None:
    """A file only in the working tree with the same id is not in the commit: no duplicate."""
    hooked.write("goals/anna/faster-replies.md", GOOD_GOAL)
    hooked.write("goals/anna/copy.md", GOOD_GOAL)
    hooked.git("add", "goals/anna/faster-replies.md")
    done = commit(hooked, "Add my goal")
    assert done.returncode == 0, done.stderr
    assert hooked.git("show", "--name-only", "--format=", "HEAD").split() == [
        "goals/anna/faster-replies.md"
    ]


def test_a_link_to_an_unstaged_file_is_refused(hooked: Repo) -> None:
    # the parent exists only in the working tree, so the commit would hold a dangling link
    hooked.write("goals/team.md", COMPANY_SV.replace("customer-satisfaction-2017", "team-2017"))
    child = GOOD_GOAL.replace(
        "manager: erik@example.com\n", "manager: erik@example.com\nparent: team-2017\n"
    )
    hooked.write("goals/anna/faster-replies.md", child)
    hooked.git("add", "goals/anna/faster-replies.md")
    done = commit(hooked, "Add my goal")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.splitlines() == refused(
        "goals/anna/faster-replies.md", unresolved("team-2017"), linked=True
    )


def test_commit_without_statement_files_does_not_run_the_check(hooked: Repo) -> None:
    hooked.write("notes.txt", "not Markdown\n")
    hooked.write("README.md", "# Our goals, explained\n")  # Markdown outside goals/: skipped
    hooked.git("add", "-A")
    done = commit(hooked, "Add notes")
    assert done.returncode == 0, done.stderr
    assert head_count(hooked) == 2


def test_hook_explains_a_missing_goals_command(
    hooked: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(
        "PATH", os.pathsep.join(str(Path(p).parent) for p in ("/bin/sh", "/usr/bin/git"))
    )
    hooked.write("goals/anna/faster-replies.md", GOOD_GOAL)
    hooked.git("add", "-A")
    done = commit(hooked, "Add my goal")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        "goals-as-code: 'goals' is not on PATH; activate the environment it is installed in, "
        "or skip the check with 'git commit --no-verify'\n"
    )


def test_install_again_is_a_no_op(hooked: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "install-hook")
    assert code == 0
    assert "already installed" in out
    assert not (hooked.path / ".git" / "hooks" / "pre-commit.bak").exists()


def test_a_different_hook_is_kept_unless_forced(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = repo.path / ".git" / "hooks" / "pre-commit"
    mine.write_text("#!/bin/sh\necho mine\n", encoding="utf-8")
    code, _, err = run(capsys, "install-hook")
    assert code == 2
    assert "already exists and is not the goals-as-code hook" in err
    assert "--force" in err
    assert mine.read_text(encoding="utf-8") == "#!/bin/sh\necho mine\n"

    code, out, _ = run(capsys, "install-hook", "--force")
    assert code == 0
    assert mine.read_bytes() == HOOK.read_bytes()
    backup = mine.with_name("pre-commit.bak")
    assert backup.read_text(encoding="utf-8") == "#!/bin/sh\necho mine\n"
    assert str(backup) in out

    # forcing again over yet another hook keeps both earlier backups
    mine.write_text("#!/bin/sh\necho second\n", encoding="utf-8")
    code, _, _ = run(capsys, "install-hook", "--force")
    assert code == 0
    assert backup.read_text(encoding="utf-8") == "#!/bin/sh\necho mine\n"
    assert (
        mine.with_name("pre-commit.bak.1").read_text(encoding="utf-8") == "#!/bin/sh\necho second\n"
    )


def test_core_hooks_path_is_respected(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.git("config", "core.hooksPath", ".githooks")
    sub = repo.path / "goals"
    sub.mkdir()
    os.chdir(sub)  # from a subfolder, the path is still relative to the top of the work tree
    code, _, _ = run(capsys, "install-hook")
    assert code == 0
    assert (repo.path / ".githooks" / "pre-commit").read_bytes() == HOOK.read_bytes()
    assert not (repo.path / ".git" / "hooks" / "pre-commit").exists()


def test_outside_a_repository_is_a_setup_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "install-hook")
    assert code == 2
    assert out == ""
    assert "is not in a Git repository" in err
    assert "Traceback" not in err


def test_first_commit_of_a_repository(
    repo: Repo, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", f"{BIN}{os.pathsep}{os.environ['PATH']}")
    assert run(capsys, "install-hook")[0] == 0
    repo.write("goals/Mål för 2017/snabbare svar.md", TYPO_GOAL)
    repo.git("add", "-A")
    done = commit(repo, "First goal")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.splitlines() == refused("goals/Mål för 2017/snabbare svar.md", TYPO, None)
    repo.write("goals/Mål för 2017/snabbare svar.md", GOOD_GOAL)
    repo.git("add", "-A")
    done = commit(repo, "First goal")
    assert done.returncode == 0, done.stderr
    assert head_count(repo) == 1


def test_commit_all_checks_what_it_stages(hooked: Repo) -> None:
    path = "goals/anna/faster-replies.md"
    hooked.write(path, GOOD_GOAL)
    hooked.git("add", path)
    assert commit(hooked, "Add my goal").returncode == 0
    hooked.write(path, TYPO_GOAL)  # not staged: 'git commit -a' stages it in a temporary index
    sha = hooked.git("rev-parse", "HEAD")
    done = commit(hooked, "Update my goal", "-a")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.splitlines() == refused(path, TYPO, written(sha))
    assert hooked.git("show", f"HEAD:{path}") == GOOD_GOAL
