"""The Git layer on real repositories: what it reads, and how it says that Git failed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from goals_as_code import git
from goals_as_code.errors import GitError

from .conftest import Repo


def test_outside_a_repository_open_repo_says_so(tmp_path: Path) -> None:
    with pytest.raises(GitError) as caught:
        git.open_repo(tmp_path)
    assert str(caught.value) == (
        f"'{tmp_path}' is not in a Git repository; run 'git init' there, or run goals from "
        "inside the repository that holds the goals"
    )


def test_blobs_are_read_one_at_a_time_and_in_bulk(repo: Repo) -> None:
    repo.write("goals/a.md", "# A\n")
    repo.write("goals/b.md", "# B\n")
    repo.commit("Add two files")
    listing = repo.git("ls-tree", "-r", "HEAD", "--", "goals").splitlines()
    shas = [line.split()[2] for line in listing]
    with git.open_repo(repo.path / "goals") as repository:
        assert repository.top == repo.path.resolve()
        assert repository.prefix(repo.path / "goals") == "goals/"
        assert repository.has_commits() is True
        assert repository.blob("HEAD", "goals/a.md") == b"# A\n"
        assert repository.blob("HEAD", "goals/missing.md") is None
        assert repository.blob("HEAD", "goals/b.md") == b"# B\n"
        found = repository.read_blobs([*shas, "1" * 40])
    assert found == {shas[0]: b"# A\n", shas[1]: b"# B\n"}


def test_a_new_repository_has_no_commits_and_no_revisions(repo: Repo) -> None:
    with git.open_repo(repo.path) as repository:
        assert repository.has_commits() is False
        assert repository.has_refs() is False
        assert repository.rev_parse("HEAD") is None
        assert repository.changed_paths() == set()


def test_the_log_streams_and_a_failing_log_is_a_git_error(repo: Repo) -> None:
    repo.write("goals/a.md", "# A\n")
    sha = repo.commit("Add a file")
    with git.open_repo(repo.path) as repository:
        assert b"".join(repository.log_stream("--format=%H", "HEAD")) == sha.encode() + b"\n"
        with pytest.raises(GitError) as caught:
            list(repository.log_stream("--no-such-option"))
    assert str(caught.value) == "git log failed: fatal: unrecognized argument: --no-such-option"


def test_config_and_plain_commands(repo: Repo) -> None:
    repo.git("config", "user.email", "anna@example.com")
    assert git.config_get("user.email", repo.path) == "anna@example.com"
    assert git.config_get("goals.nothing", repo.path) is None
    assert git.output(repo.path, "rev-parse", "--is-inside-work-tree") == "true\n"
    assert git.output(repo.path, "rev-parse", "--verify", "-q", "HEAD") is None
    with pytest.raises(GitError) as caught:
        git.run(repo.path, "rev-parse", "--verify", "nothing-here")
    assert str(caught.value) == (
        "git rev-parse --verify nothing-here failed: fatal: Needed a single revision"
    )


def test_hooks_go_where_git_runs_them(repo: Repo, tmp_path: Path) -> None:
    assert git.hooks_dir(repo.path) == (repo.path / ".git" / "hooks").resolve()
    repo.git("config", "core.hooksPath", "githooks")
    assert git.hooks_dir(repo.path) == (repo.path / "githooks").resolve()
    outside = tmp_path / "outside"
    outside.mkdir()
    with pytest.raises(GitError) as caught:
        git.top_level(outside)
    assert str(caught.value) == (
        f"{outside} is not in a Git repository; run 'git init' first, or run this inside the "
        "repository that holds the goals"
    )


def test_commit_names_the_step_that_failed(repo: Repo) -> None:
    repo.git("config", "user.email", "anna@example.com")
    repo.git("config", "user.name", "Anna")
    repo.write("goals/a.md", "# A\n")
    git.commit(repo.path, ["goals/a.md"], "Add a")
    assert repo.git("log", "-1", "--format=%s %ae").strip() == "Add a anna@example.com"
    with pytest.raises(GitError) as caught:
        git.commit(repo.path, ["goals/none.md"], "Add nothing")
    assert str(caught.value) == (
        "'git add' failed: fatal: pathspec 'goals/none.md' did not match any files"
    )


def test_blob_reads_swedish_paths_and_refuses_what_is_not_a_file(repo: Repo) -> None:
    repo.write("goals/Mål för 2017/snabbare svar.md", "# Snabbare svar\n")
    repo.commit("Lägg till ett mål")
    with git.open_repo(repo.path) as repository:
        assert repository.blob("HEAD", "goals/Mål för 2017/snabbare svar.md") == (
            b"# Snabbare svar\n"
        )
        assert repository.blob("HEAD", "goals/Mål för 2017") is None  # a folder
        assert repository.blob("HEAD", "goals/a\nb.md") is None
        assert repository.blob("no-such-rev", "goals/Mål för 2017/snabbare svar.md") is None
        # the process kept open answers again after a miss
        assert repository.blob("HEAD", "goals/Mål för 2017/snabbare svar.md") == (
            b"# Snabbare svar\n"
        )


def test_a_bare_repository_is_refused_by_name(tmp_path: Path) -> None:
    bare = tmp_path / "bare.git"
    subprocess.run(["git", "init", "-q", "--bare", str(bare)], check=True)
    with pytest.raises(GitError) as caught:
        git.open_repo(bare)
    assert str(caught.value) == (
        f"'{bare}' is a bare repository; run goals in a clone with a work tree"
    )


def test_a_linked_worktree_shares_the_cache_folder(repo: Repo, tmp_path: Path) -> None:
    repo.write("goals/a.md", "# A\n")
    repo.commit("Add a file")
    linked = tmp_path / "linked"
    repo.git("worktree", "add", "-q", str(linked))
    with git.open_repo(linked) as repository:
        assert repository.top == linked.resolve()
        assert repository.cache_folder() == (repo.path / ".git" / "goals-as-code").resolve()
        assert repository.blob("HEAD", "goals/a.md") == b"# A\n"


def test_without_git_every_command_says_how_to_get_it(
    repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_PYTHON_GIT_EXECUTABLE", str(repo.path / "no-such-git"))
    said = "git is not installed or not on PATH; install Git and try again"
    with pytest.raises(GitError) as caught:
        git.open_repo(repo.path)
    assert str(caught.value) == said
    with pytest.raises(GitError) as caught:
        git.run(repo.path, "status")
    assert str(caught.value) == said
    assert git.output(repo.path, "status") is None
    assert git.config_get("user.email", repo.path) is None


@pytest.mark.parametrize("follow", ["true", "false"])
def test_the_log_of_one_file_is_its_own_whatever_log_follow_says(repo: Repo, follow: str) -> None:
    """With ``log.follow`` set, ``git log -- FILE`` follows the file's renames (and with
    ``--reverse`` lists only the rename): a user's setting must not change what is read."""
    from goals_as_code.history import log

    repo.write("goals/old.md", "---\nid: a\n---\n# A\n")
    repo.commit("Add")
    repo.git("mv", "goals/old.md", "goals/new.md")
    repo.commit("Rename")
    repo.write("goals/new.md", "---\nid: a\nnote: b\n---\n# A\n")
    repo.commit("Change")
    repo.git("config", "log.follow", follow)
    with git.open_repo(repo.path) as repository:
        head = repository.rev_parse("HEAD")
        assert head is not None
        found = log.commits(repository, head, "goals/new.md")
    read = [
        (e.commit.message, [(c.status, c.old_path, c.new_path) for c in e.changes]) for e in found
    ]
    assert read == [
        ("Rename", [("A", None, "goals/new.md")]),
        ("Change", [("M", "goals/new.md", "goals/new.md")]),
    ]
