"""The log read without Git's pruning by path (``log.commits(unpruned=True)``, the whole-history
read of ``history.read``) lists the same commits, with the same changes, in the same order, as
the log pruned by the goals folder: only merges that change nothing there come in addition, and
a history where most commits leave the folder alone is read pruned."""

from __future__ import annotations

import os
import random
import subprocess
from pathlib import Path

import pytest

from goals_as_code.git import open_repo
from goals_as_code.history import log
from goals_as_code.history.log import LogCommit
from tests.builders import goal
from tests.conftest import Repo


def both(path: Path, **options: object) -> tuple[list[LogCommit], list[LogCommit]]:
    """The commits of the goals folder at HEAD, pruned and unpruned."""
    with open_repo(path) as opened:
        head = opened.rev_parse("HEAD")
        assert head is not None
        pruned = log.commits(opened, head, "goals/", **options)  # type: ignore[arg-type]
        unpruned = log.commits(opened, head, "goals/", unpruned=True, **options)  # type: ignore[arg-type]
    return pruned, unpruned


def assert_the_same(pruned: list[LogCommit], unpruned: list[LogCommit]) -> list[LogCommit]:
    """The unpruned log is the pruned one, and merges that change nothing: those are returned."""
    shas = {entry.commit.sha for entry in pruned}
    assert [entry for entry in unpruned if entry.commit.sha in shas] == pruned
    extra = [entry for entry in unpruned if entry.commit.sha not in shas]
    for entry in extra:
        assert len(entry.parents) > 1
        assert entry.changes == []
    return extra


def move(repo: Repo, source: str, target: str) -> None:
    (repo.path / target).parent.mkdir(parents=True, exist_ok=True)
    repo.git("mv", source, target)


def a_mixed_history(repo: Repo) -> dict[str, str]:
    """Goals beside other files: renames into, out of and within the folder, a link, a file
    that is no statement, a commit of other files alone, an empty commit, a merge of a branch
    that changed no goal, and a merge that writes a goal neither side had."""
    made = {}
    repo.write("goals/a.md", goal(ident="a"))
    repo.write("goals/b.md", goal(ident="b"))
    repo.write("notes/c.md", goal(ident="c"))
    repo.write("README.md", "readme\n")
    made["first"] = repo.commit("First")
    move(repo, "notes/c.md", "goals/c.md")
    made["into"] = repo.commit("Move c into the goals")
    move(repo, "goals/b.md", "archive/b.md")
    made["out"] = repo.commit("Move b out of the goals")
    move(repo, "goals/a.md", "goals/team/a.md")
    made["within"] = repo.commit("Move a within the goals")
    os.symlink("team/a.md", repo.path / "goals" / "link.md")
    repo.write("goals/notes.txt", "not a statement\n")
    made["link"] = repo.commit("A link and a text file")
    repo.write("README.md", "readme, again\n")
    made["other"] = repo.commit("Other files alone")
    made["empty"] = repo.commit("Nothing at all")
    repo.git("checkout", "-q", "-b", "docs")
    repo.write("docs/guide.md", "guide\n")
    repo.commit("Docs alone")
    repo.git("checkout", "-q", "main")
    repo.write("NEWS.md", "news\n")
    repo.commit("Other files alone, again")
    repo.git("merge", "-q", "--no-ff", "docs", "-m", "Merge the docs")  # the goals of both sides
    made["docs merge"] = repo.git("rev-parse", "HEAD").strip()
    repo.write("goals/c.md", goal(30, ident="c"))
    made["checkin"] = repo.commit("Check in c")
    repo.git("checkout", "-q", "-b", "side")
    repo.write("goals/c.md", goal(40, ident="c"))
    repo.commit("Check in c on a side")
    repo.git("checkout", "-q", "main")
    repo.write("goals/c.md", goal(35, ident="c"))
    repo.commit("Check in c on main")
    with pytest.raises(subprocess.CalledProcessError):
        repo.git("merge", "-q", "side", "-m", "Merge the side")
    repo.write("goals/c.md", goal(45, ident="c"))  # neither side's: a combined diff
    repo.write("goals/d.md", goal(ident="d"))
    made["evil merge"] = repo.commit("Merge the side, with a goal of its own")
    return made


def test_a_mixed_history_reads_the_same_unpruned(repo: Repo) -> None:
    made = a_mixed_history(repo)
    pruned, unpruned = both(repo.path)
    extra = assert_the_same(pruned, unpruned)
    assert [entry.commit.sha for entry in extra] == [made["docs merge"]]
    shown = {entry.commit.sha: entry for entry in pruned}
    for name in ("first", "into", "out", "within", "link", "checkin", "evil merge"):
        assert made[name] in shown, name
    for name in ("other", "empty"):
        assert made[name] not in shown, name
    # the paths are whole, from the top of the work tree, a merge's too
    into = [(c.status, c.old_path, c.new_path) for c in shown[made["into"]].changes]
    assert into == [("A", None, "goals/c.md")]
    out = [(c.status, c.old_path, c.new_path) for c in shown[made["out"]].changes]
    assert out == [("D", "goals/b.md", None)]
    within = [(c.status, c.old_path, c.new_path) for c in shown[made["within"]].changes]
    assert within == [("R", "goals/a.md", "goals/team/a.md")]
    assert shown[made["link"]].changes == []  # a link and a text file: no statement
    merged = sorted((c.status, c.new_path) for c in shown[made["evil merge"]].changes)
    assert merged == [("A", "goals/d.md"), ("M", "goals/c.md")]


def test_the_options_read_the_same_unpruned(repo: Repo) -> None:
    made = a_mixed_history(repo)
    for options in (
        {"exclude": ("team/*",)},
        {"since": "2017-01-05"},
        {"since": made["within"]},
    ):
        pruned, unpruned = both(repo.path, **options)
        assert pruned, options
        assert_the_same(pruned, unpruned)


def test_a_shallow_clone_reads_the_same_unpruned(repo: Repo, tmp_path: Path) -> None:
    """Its first commit, grafted without parents, lists every file it holds as added."""
    a_mixed_history(repo)
    clone = tmp_path / "shallow"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "4", f"file://{repo.path}", str(clone)], check=True
    )
    pruned, unpruned = both(clone)
    assert pruned
    assert_the_same(pruned, unpruned)
    first = pruned[0]
    assert first.parents == ()
    assert {change.status for change in first.changes} == {"A"}


def test_goals_at_the_top_read_the_same_unpruned(repo: Repo) -> None:
    """With the goals at the top of the repository, the folder is the whole tree."""
    a_mixed_history(repo)
    with open_repo(repo.path) as opened:
        head = opened.rev_parse("HEAD")
        assert head is not None
        pruned = log.commits(opened, head, "")
        unpruned = log.commits(opened, head, "", unpruned=True)
    assert len(pruned) > 5
    assert_the_same(pruned, unpruned)


def test_a_folder_that_most_commits_leave_alone_is_read_pruned(
    repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Of the first commits (here 8), more than a quarter change nothing in the goals folder:
    the log is read again, pruned, and the merge that changed no goal is not listed."""
    monkeypatch.setattr(log, "SAMPLE", 8)
    a_mixed_history(repo)
    pruned, unpruned = both(repo.path)
    assert unpruned == pruned
    monkeypatch.setattr(log, "SAMPLE", 1000)  # (fewer commits than that: read unpruned)
    assert both(repo.path)[1] != pruned


def test_goals_beside_more_files_of_other_work_are_read_pruned_at_once(repo: Repo) -> None:
    """At HEAD, fewer than half of the files are goals: the log is read pruned from the start
    (the merge that changed no goal is not listed), without reading the first commits
    unpruned."""
    a_mixed_history(repo)
    assert both(repo.path)[1] != both(repo.path)[0]  # most files are goals: read unpruned
    for number in range(12):
        repo.write(f"src/module_{number}.py", "pass\n")
    repo.commit("Code beside the goals")
    pruned, unpruned = both(repo.path)
    assert unpruned == pruned


def commit_tree(
    repo: Repo, files: dict[str, tuple[str, str]], parents: list[str], when: int
) -> str:
    """A commit of ``files`` (path: mode, blob) with ``parents``, made without a work tree."""
    env = {
        **os.environ,
        "GIT_INDEX_FILE": str(repo.path / ".git" / "made-index"),
        "GIT_AUTHOR_NAME": "A",
        "GIT_AUTHOR_EMAIL": "a@example.com",
        "GIT_COMMITTER_NAME": "A",
        "GIT_COMMITTER_EMAIL": "a@example.com",
        "GIT_AUTHOR_DATE": f"@{when} +0000",
        "GIT_COMMITTER_DATE": f"@{when} +0000",
    }
    (repo.path / ".git" / "made-index").unlink(missing_ok=True)
    listed = "".join(f"{mode} {blob}\t{path}\n" for path, (mode, blob) in files.items())

    def git(*args: str, given: str = "") -> str:
        done = subprocess.run(
            ["git", *args], cwd=repo.path, env=env, input=given, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    git("update-index", "--index-info", given=listed)
    tree = git("write-tree")
    return git("commit-tree", tree, "-m", "made", *[f"-p{parent}" for parent in parents])


@pytest.mark.parametrize("seed", range(6))
def test_random_histories_read_the_same_unpruned(repo: Repo, seed: int) -> None:
    """Branches and merges, clocks that go back and commits made in the same second, goals
    renamed, moved in and out and deleted: the same commits in Git's own order."""
    draw = random.Random(seed)

    def blob(text: str) -> str:
        done = subprocess.run(
            ["git", "hash-object", "-w", "--stdin"],
            cwd=repo.path,
            input=text,
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout.strip()

    made: list[tuple[str, dict[str, tuple[str, str]]]] = []
    for number in range(30):
        pool = made[-6:]
        parents = draw.sample(
            pool, 2 if len(pool) > 2 and draw.random() < 0.3 else min(1, len(pool))
        )
        files: dict[str, tuple[str, str]] = {}
        for place, (_sha, tree) in enumerate(parents):
            files.update({k: v for k, v in tree.items() if place == 0 or draw.random() < 0.5})
        goals = [path for path in files if path.startswith("goals/")]
        step = draw.random()
        if step < 0.15 and goals:
            target = draw.choice(["goals/moved-{}.md", "other/moved-{}.md", "goals/sub/{}.md"])
            files[target.format(number)] = files.pop(draw.choice(goals))
        elif step < 0.22 and goals:
            files.pop(draw.choice(goals))
        elif step < 0.3:
            others = [path for path in files if not path.startswith("goals/")]
            if others:
                files[f"goals/in-{number}.md"] = files.pop(draw.choice(others))
        elif step < 0.4:
            pass  # nothing changed, or a merge as it is
        else:
            folder = "goals" if draw.random() < 0.6 else "other"
            name = f"{folder}/g{draw.randint(0, 4)}.md"
            files[name] = ("100644", blob(f"---\nid: g{draw.randint(0, 4)}\n---\n# {number}\n"))
        when = 1_600_000_000 + draw.choice([number * 10, draw.randint(0, 5) * 100, 500])
        sha = commit_tree(repo, files, [sha for sha, _ in parents], when)
        made.append((sha, files))
    repo.git("update-ref", "refs/heads/main", made[-1][0])
    if seed % 2:
        repo.git("commit-graph", "write", "--reachable")
    pruned, unpruned = both(repo.path)
    assert pruned
    assert_the_same(pruned, unpruned)
