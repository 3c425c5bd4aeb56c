"""A check of named files (a hook's) reads the other statements as Git's index lists them: what
was learnt of each blob stands for its file, unread. It must say exactly what a check that reads
every file says, whatever the work tree holds: changes not staged, files Git does not track,
files deleted, excluded, in folders, behind links."""

from __future__ import annotations

import os
import random
import subprocess
from pathlib import Path
from typing import Any

import pytest

from goals_as_code.check import index
from goals_as_code.source.document import Document

from .conftest import Repo, imported_by, run
from .test_check_cache import goal

TODAY = "2017-03-31"


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return run(capsys, "check", "--today", TODAY, *args)


def facts_files(repo_path: Path) -> list[Path]:
    return sorted((repo_path / ".git" / "goals-as-code").glob("facts-*"))


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The statement files the index's tree reads in a check, by the names problems give them."""
    read: list[str] = []
    real = index.read

    def counted(path: Path, config: object, store: object, display: str) -> Document:
        read.append(display)
        return real(path, config, store, display)  # type: ignore[arg-type]

    monkeypatch.setattr(index, "read", counted)
    return read


def same_as_a_whole_read(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """The result of a check of ``args`` through the index, after making sure that a check
    that reads every file (``--no-cache``) says the same, twice (cold and warm)."""
    whole = check(capsys, "--no-cache", *args)
    cold = check(capsys, *args)
    warm = check(capsys, *args)
    assert cold == whole
    assert warm == whole
    return whole[0], whole[1]


def a_team(repo: Repo) -> None:
    """A company goal, two of Anna's goals under it, and a KPI, committed."""
    repo.write("goals/company.md", goal("company-2017", owner="ceo@example.com"))
    repo.write("goals/anna/replies.md", goal("faster-replies", parent="company-2017"))
    repo.write("goals/anna/deals.md", goal("more-deals", parent="company-2017"))
    repo.write("goals/bo.md", goal("bo-goal", parent="company-2017", owner="bo@example.com"))
    repo.commit("Add goals")


@pytest.fixture
def demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The demo repository (``goals demo``), as the working directory."""
    folder = tmp_path / "demo"
    assert run(capsys, "demo", "--dir", str(folder))[0] == 0
    monkeypatch.chdir(folder)
    return folder


def test_the_demo_file_by_file_says_what_a_whole_read_says(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = sorted(
        path.relative_to(demo).as_posix()
        for path in (demo / "goals").rglob("*.md")
        if path.name != "README.md"  # excluded in the demo's configuration
    )
    codes = set()
    for name in files:
        code, _ = same_as_a_whole_read(capsys, name)
        codes.add(code)
    assert codes == {0, 1}  # clean files and files with problems both
    [kept] = facts_files(demo)
    assert kept.stat().st_size > 0


def test_a_warm_check_reads_only_the_file_named(
    repo: Repo, capsys: pytest.CaptureFixture[str], reads: list[str]
) -> None:
    a_team(repo)
    check(capsys, "goals/bo.md")
    assert sorted(reads) == [
        "goals/anna/deals.md",
        "goals/anna/replies.md",
        "goals/bo.md",
        "goals/company.md",
    ]  # cold: every blob is new
    reads.clear()
    code, out, _ = check(capsys, "goals/bo.md")
    assert reads == ["goals/bo.md"]
    assert (code, out) == check(capsys, "--no-cache", "goals/bo.md")[:2]


def test_a_file_staged_anew_is_read_and_the_others_are_not(
    repo: Repo, capsys: pytest.CaptureFixture[str], reads: list[str]
) -> None:
    a_team(repo)
    check(capsys, "goals/bo.md")
    repo.write("goals/company.md", goal("company-2018", owner="ceo@example.com"))
    repo.git("add", "goals/company.md")
    reads.clear()
    code, out = same_as_a_whole_read(capsys, "goals/bo.md")
    assert sorted(reads[:2]) == ["goals/bo.md", "goals/company.md"]  # the new blob, once
    assert set(reads) == {"goals/bo.md", "goals/company.md"}
    assert code == 1
    assert "L002" in out  # bo's parent is gone: learnt from the new blob


@pytest.mark.parametrize("staged", [False, True], ids=["not staged", "staged"])
def test_a_change_in_the_work_tree_counts_staged_or_not(
    repo: Repo, capsys: pytest.CaptureFixture[str], staged: bool
) -> None:
    a_team(repo)
    check(capsys, "goals/bo.md")  # the facts of the committed files are kept
    # the company goal takes a new id: bo's parent is unknown, whatever the index says
    repo.write("goals/company.md", goal("company-2018", owner="ceo@example.com"))
    if staged:
        repo.git("add", "goals/company.md")
    code, out = same_as_a_whole_read(capsys, "goals/bo.md")
    assert code == 1
    assert "L002" in out


def test_files_not_tracked_deleted_and_excluded(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    a_team(repo)
    repo.write("goals.toml", 'exclude = ["drafts/*"]\n')
    repo.commit("Exclude drafts")
    check(capsys, "goals/anna/replies.md")
    # a file Git does not track, with an id written twice now
    repo.write("goals/new.md", goal("faster-replies", owner="anna@example.com"))
    _, out = same_as_a_whole_read(capsys, "goals/anna/replies.md")
    assert "L001" in out  # duplicate id, named by a file not tracked
    # the parent deleted from the work tree (still in the index)
    (repo.path / "goals" / "company.md").unlink()
    _, out = same_as_a_whole_read(capsys, "goals/anna/replies.md")
    assert "L002" in out
    # an excluded file with the same id counts for nothing, tracked or not
    repo.write("goals/drafts/copy.md", goal("more-deals"))
    repo.git("add", "-A")
    _, out = same_as_a_whole_read(capsys, "goals/anna/deals.md")
    assert "L001" not in out


def test_ignored_files_count_as_a_whole_read_counts_them(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    a_team(repo)
    repo.write(".gitignore", "goals/private/\n")
    repo.write("goals/private/copy.md", goal("bo-goal", owner="bo@example.com"))
    repo.commit("Ignore private goals")
    _, out = same_as_a_whole_read(capsys, "goals/bo.md")
    assert "L001" in out


def test_the_order_of_folders_is_that_of_a_whole_read(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    """Git lists 'a-b/x.md' before 'a/x.md'; a whole read walks 'a/' first. The first file with
    an id is the one the tree follows, so the order shows in what the rules say."""
    repo.write("goals/a-b/x.md", goal("same", parent="top"))
    repo.write("goals/a/x.md", goal("same", parent="other"))
    repo.write("goals/top.md", goal("top", parent="same", owner="ceo@example.com"))
    repo.commit("Add goals")
    for name in ("goals/top.md", "goals/a/x.md", "goals/a-b/x.md"):
        same_as_a_whole_read(capsys, name)
    _, out = same_as_a_whole_read(capsys, "goals/top.md")
    assert "L003" not in out  # 'same' is a/x.md, whose parent is 'other': no circle


def test_a_link_in_the_goals_folder_reads_the_folder(
    repo: Repo, capsys: pytest.CaptureFixture[str], reads: list[str]
) -> None:
    a_team(repo)
    os.symlink("company.md", repo.path / "goals" / "alias.md")
    repo.commit("Add a link")
    same_as_a_whole_read(capsys, "goals/bo.md")
    assert reads == []  # the index cannot stand for a link: the whole folder was read
    assert facts_files(repo.path) == []


def test_a_peer_is_read_when_a_rule_asks_for_it(
    repo: Repo, capsys: pytest.CaptureFixture[str], reads: list[str]
) -> None:
    """The pace a goal needs is compared with its peers' (the same parent): their metric is
    read from their files, the facts do not hold it."""
    slow = goal("slow", parent="company-2017").replace("current: 36", "current: 48")
    fast = goal("fast", parent="company-2017").replace("current: 36", "current: 30")
    repo.write("goals/company.md", goal("company-2017", owner="ceo@example.com"))
    repo.write("goals/slow.md", slow.replace("as_of: 2017-03-01", "as_of: 2017-01-02"))
    repo.write("goals/fast.md", fast)
    repo.write("goals/other.md", goal("other", owner="bo@example.com"))
    repo.commit("Add goals")
    check(capsys, "goals/slow.md")
    reads.clear()
    same_as_a_whole_read(capsys, "goals/slow.md")
    assert set(reads) == {"goals/slow.md", "goals/fast.md"}  # the peer, not other.md
    assert reads[0] == "goals/slow.md"


def test_a_broken_facts_file_is_written_anew(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    a_team(repo)
    first = check(capsys, "goals/bo.md")
    [kept] = facts_files(repo.path)
    for broken in (b"", b"\x00garbage", kept.read_bytes()[:-7]):
        kept.write_bytes(broken)
        assert check(capsys, "goals/bo.md") == first
        assert kept.read_bytes() not in (b"", broken)


def test_kept_facts_not_as_this_version_writes_them_are_written_anew(
    repo: Repo, capsys: pytest.CaptureFixture[str], reads: list[str]
) -> None:
    import marshal

    a_team(repo)
    first = check(capsys, "goals/bo.md")
    [kept] = facts_files(repo.path)
    facts = marshal.loads(kept.read_bytes())
    blob = next(iter(facts))
    for odd in ((None, "goal"), ["id", "goal", None, None, None], "id"):
        kept.write_bytes(marshal.dumps({**facts, blob: odd}))
        reads.clear()
        assert check(capsys, "goals/bo.md") == first
        assert len(reads) == 4  # every file read again
        assert marshal.loads(kept.read_bytes()) == facts


def test_two_files_of_the_same_content_one_named(
    repo: Repo, capsys: pytest.CaptureFixture[str], reads: list[str]
) -> None:
    """Two files share a blob: the one named is read, the other stands by the blob's facts."""
    a_team(repo)
    repo.write("goals/copy.md", (repo.path / "goals/bo.md").read_text(encoding="utf-8"))
    repo.commit("Copy bo's goal")
    check(capsys, "goals/anna/deals.md")
    for name in ("goals/bo.md", "goals/copy.md"):
        reads.clear()
        code, out = same_as_a_whole_read(capsys, name)
        assert (code, out.count("L001")) == (1, 1)  # the id written twice
        assert reads[:1] == [name]


def test_no_facts_are_kept_without_the_cache(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    a_team(repo)
    first = check(capsys, "--no-cache", "goals/bo.md")
    assert facts_files(repo.path) == []
    monkeypatch.setenv("GOALS_NO_CACHE", "1")
    assert check(capsys, "goals/bo.md") == first
    assert facts_files(repo.path) == []


def test_outside_git_the_folder_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "goals").mkdir()
    (tmp_path / "goals" / "a.md").write_text(goal("a"), encoding="utf-8")
    (tmp_path / "goals" / "b.md").write_text(goal("a"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = check(capsys, "goals/a.md")
    assert code == 1
    assert "L001" in out


def test_a_conflict_reads_the_folder(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    a_team(repo)
    repo.git("checkout", "-q", "-b", "other")
    repo.write("goals/company.md", goal("company-2017", owner="cfo@example.com"))
    repo.commit("Another owner")
    repo.git("checkout", "-q", "main")
    repo.write("goals/company.md", goal("company-2017", owner="coo@example.com"))
    repo.commit("Yet another owner")
    with pytest.raises(subprocess.CalledProcessError) as failed:
        repo.git("merge", "-q", "other")
    assert failed.value.returncode == 1  # a conflict in company.md: stages 1 to 3 in the index
    same_as_a_whole_read(capsys, "goals/bo.md")
    assert facts_files(repo.path) == []


def test_a_warm_hook_imports_nothing_it_does_not_use(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    """The hook's path, as a fresh interpreter starts it: neither the readers of files that are
    not plain, nor GitPython, nor what writing a cache or reading package data through zip
    files would load, nor OpenSSL (hashlib loads it; the caches' digests need none of it)."""
    a_team(repo)
    target = "goals/anna/replies.md"
    heavy = ["yaml", "markdown_it", "jsonschema", "git", "tempfile", "zipfile", "_hashlib"]
    code, found = imported_by(repo.path, ["check", "--today", TODAY, target], heavy)
    assert code == 0  # cold: the facts of the other files are written
    assert found == ["tempfile"]
    assert imported_by(repo.path, ["check", "--today", TODAY, target], heavy) == (code, [])


# --- goals check --staged: what the next commit records ------------------------------------------


def test_staged_checks_the_index_not_the_work_tree(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    a_team(repo)
    repo.write("goals/bo.md", goal("bo-goal", parent="no-such-goal", owner="bo@example.com"))
    repo.git("add", "goals/bo.md")
    repo.write("goals/bo.md", goal("bo-goal", parent="company-2017", owner="bo@example.com"))
    code, out, _ = check(capsys, "--staged", "goals/bo.md")
    assert code == 1
    assert "'parent: no-such-goal' names no statement" in out
    assert check(capsys, "goals/bo.md")[0] == 0  # the work tree is fine
    # and the other statements as staged: a parent only in the work tree does not count
    repo.write("goals/bo.md", goal("bo-goal", parent="new-top", owner="bo@example.com"))
    repo.git("add", "goals/bo.md")
    repo.write("goals/top.md", goal("new-top", owner="ceo@example.com"))
    code, out, _ = check(capsys, "--staged", "goals/bo.md")
    assert code == 1
    assert "'parent: new-top' names no statement" in out
    assert check(capsys, "goals/bo.md")[0] == 0


def test_staged_without_paths_checks_every_staged_statement(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for output in ("text", "json"):
        whole = check(capsys, "--format", output)
        assert check(capsys, "--staged", "--format", output) == whole
        assert check(capsys, "--staged", "--no-cache", "--format", output) == whole
    (demo / "goals" / "anna" / "extra.md").write_text(goal("extra"), encoding="utf-8")
    assert check(capsys, "--staged", "--format", "json") == whole  # not staged: not checked


def test_staged_links_to_other_files_resolve_in_the_index(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    a_team(repo)
    body = "\n## Activities\n\n- [ ] Follow [the plan](../../docs/plan.md)\n"
    repo.write("goals/anna/replies.md", goal("faster-replies", parent="company-2017") + body)
    repo.write("docs/plan.md", "# The plan\n")
    repo.git("add", "goals/anna/replies.md")  # the plan is not staged
    code, out, _ = check(capsys, "--staged", "goals/anna/replies.md")
    assert code == 1
    assert "L004" in out
    assert "L004" not in check(capsys, "goals/anna/replies.md")[1]
    repo.git("add", "docs/plan.md")
    assert "L004" not in check(capsys, "--staged", "goals/anna/replies.md")[1]


REFUSED = {
    "not staged": {
        "en": "goals/new.md is not staged; stage it with 'git add goals/new.md'",
        "sv": "goals/new.md är inte köad; köa den med 'git add goals/new.md'",
    },
    "outside Git": {
        "en": "cannot check the staged files: it is not in a Git repository",
        "sv": "kan inte kontrollera de köade filerna: det är inte i ett Git-förråd",
    },
}


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize("case", sorted(REFUSED))
def test_staged_says_why_it_cannot_check(
    tmp_path: Path,
    repo: Repo,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    case: str,
    lang: str,
) -> None:
    a_team(repo)
    repo.write("goals/new.md", goal("new"))  # not staged
    if case == "outside Git":
        outside = tmp_path / "outside"
        (outside / "goals").mkdir(parents=True)
        (outside / "goals" / "new.md").write_text(goal("new"), encoding="utf-8")
        monkeypatch.chdir(outside)
    code, out, err = check(capsys, "--lang", lang, "--staged", "goals/new.md")
    assert (code, out) == (2, "")
    assert REFUSED[case][lang] in err
    assert "Traceback" not in err


def test_swedish_names_and_spaces_are_listed_as_a_whole_read_lists_them(
    repo: Repo, capsys: pytest.CaptureFixture[str], reads: list[str]
) -> None:
    repo.write("goals/målen/ökad försäljning.md", goal("öka", owner="åsa@example.com"))
    repo.write("goals/målen/kopia.md", goal("öka", owner="åsa@example.com"))
    repo.write("goals/bo.md", goal("bo-goal", parent="öka", owner="bo@example.com"))
    repo.commit("Lägg till mål")
    _, out = same_as_a_whole_read(capsys, "goals/bo.md")
    assert "L001" not in out  # bo's own id is not written twice
    _, out = same_as_a_whole_read(capsys, "goals/målen/kopia.md")
    assert "goals/målen/ökad försäljning.md" in out  # the other file with the id, named
    reads.clear()
    check(capsys, "goals/målen/kopia.md")
    assert reads == ["goals/målen/kopia.md"]


SELECT = ["--select", "F,V,S,M,L,G"]  # the rules of files and of the tree, not of the history


def test_never_otherwise_than_a_whole_read_whatever_is_staged(
    repo: Repo,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Seeded random edits, staged or not, files added, untracked, deleted and committed: a
    check of one file says what a check that reads every file says, and ``--staged`` what a
    check of a copy of the index says."""
    chooser = random.Random(9)
    names = [f"goals/g{n}.md" for n in range(5)] + [f"goals/team/g{n}.md" for n in range(5, 8)]
    for n, name in enumerate(names[:5]):
        repo.write(name, goal(f"g{n}", parent="g0" if n else None))
    repo.commit("Add goals")

    def text() -> str:
        ident = f"g{chooser.randrange(8)}"
        parent = f"g{chooser.randrange(8)}" if chooser.random() < 0.7 else None
        owner = f"p{chooser.randrange(2)}@example.com"
        return goal(ident, parent=parent, owner=owner, status=chooser.choice(["active", "draft"]))

    for step in range(12):
        for _ in range(chooser.randrange(1, 4)):
            name = chooser.choice(names)
            action = chooser.randrange(5)
            path = repo.path / name
            if action <= 1:
                repo.write(name, text())
                if action == 1:
                    repo.git("add", name)
            elif action == 2 and path.exists():
                path.unlink()
            elif action == 3 and path.exists():
                repo.git("add", name)
            elif action == 4:
                repo.git("rm", "-q", "--cached", "--ignore-unmatch", name)
        if step % 4 == 3:
            repo.commit(f"Step {step}")
        on_disk = [name for name in names if (repo.path / name).exists()]
        for name in chooser.sample(on_disk, min(2, len(on_disk))):
            same_as_a_whole_read(capsys, name)
        staged = repo.git("ls-files", "--", "goals").split()
        if not staged:
            continue
        copy = tmp_path / f"index-{step}"
        repo.git("checkout-index", "-a", f"--prefix={copy}/")
        differ = [  # the files whose work tree holds something else, when there are any
            name
            for name in staged
            if not (repo.path / name).exists()
            or (repo.path / name).read_bytes() != (copy / name).read_bytes()
        ]
        name = chooser.choice(differ or staged)
        said = check(capsys, *SELECT, "--staged", name)
        monkeypatch.chdir(copy)
        assert said == check(capsys, *SELECT, "--no-cache", name)
        monkeypatch.chdir(repo.path)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_first_run_reads_the_other_files_on_two_cores_alike(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    monkeypatch.setenv("GOALS_JOBS", jobs)
    monkeypatch.setattr(index, "MIN_PARALLEL", 2)  # what a tree of thousands of files does
    a_team(repo)
    repo.write("goals/copy.md", goal("bo-goal", owner="bo@example.com"))
    repo.commit("Add a copy")
    repo.write("goals/untracked.md", goal("more-deals"))  # not tracked: read every time
    for name in ("goals/bo.md", "goals/anna/deals.md"):
        for kept in facts_files(repo.path):  # a first run: no facts kept
            kept.unlink()
        _, out = same_as_a_whole_read(capsys, name)
        assert "L001" in out  # the id is written twice: in the file named and in another
        assert len(facts_files(repo.path)) == 1


# --- what else the listing asks of Git: HEAD and the files staged ------------------------------


def test_the_listing_asks_head_and_the_staged_files_at_once(repo: Repo, tmp_path: Path) -> None:
    from goals_as_code.git import commands

    a_team(repo)
    repo.write("goals/bo.md", goal("bo-goal", owner="bo@example.com"))  # staged
    repo.git("add", "goals/bo.md")
    repo.write("goals/anna/replies.md", goal("faster-replies", owner="bo@example.com"))  # not
    listing = commands.start_listing(repo.path / "goals", around=True)
    assert listing is not None
    around = listing.around()
    assert around is not None
    assert around.top == repo.path
    assert around.common_dir.resolve() == (repo.path / ".git").resolve()
    assert around.head == repo.git("rev-parse", "HEAD").strip()
    assert around.staged == {"goals/bo.md"}
    # a linked worktree shares the common Git folder; one with no commit has no HEAD yet
    linked = tmp_path / "linked"
    repo.git("worktree", "add", "-q", str(linked))
    (linked / "goals").mkdir(exist_ok=True)
    in_linked = commands.start_listing(linked / "goals", around=True)
    assert in_linked is not None
    found = in_linked.around()
    assert found is not None
    assert (found.top, found.common_dir.resolve()) == (linked, (repo.path / ".git").resolve())
    assert found.staged == frozenset()
    empty = tmp_path / "empty"
    (empty / "goals").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(empty)], check=True)
    unborn = commands.start_listing(empty / "goals", around=True)
    assert unborn is not None
    assert unborn.around() == commands.Around(empty, empty / "goals" / "../.git", None, None)
    plain = commands.start_listing(repo.path / "goals")
    assert plain is not None
    assert plain.around() is None  # not asked


def test_the_listing_asks_the_files_named_at_head(repo: Repo, tmp_path: Path) -> None:
    """Of a few files named, HEAD's content comes with the listing, and whether each is staged
    is told by its blob; of many, the whole folder's difference with HEAD is asked."""
    from goals_as_code.git import commands

    a_team(repo)
    repo.write("goals/bo.md", goal("bo-goal", owner="bo@example.com"))
    repo.write("goals/new.md", goal("new-goal"))
    repo.git("add", "goals/bo.md", "goals/new.md")
    repo.write("goals/anna/replies.md", goal("faster-replies", owner="bo@example.com"))  # not
    named = ["bo.md", "anna/replies.md", "new.md", "anna/deals.md"]
    listing = commands.start_listing(repo.path / "goals", around=True, named=named)
    assert listing is not None
    around = listing.around()
    assert around is not None
    assert around.head == repo.git("rev-parse", "HEAD").strip()
    assert around.named == {f"goals/{name}" for name in named}
    assert around.staged == {"goals/bo.md", "goals/new.md"}
    assert around.at_head is not None
    for name in ("goals/bo.md", "goals/anna/replies.md", "goals/anna/deals.md"):
        assert around.at_head[name] == repo.git("show", f"HEAD:{name}").encode()
    assert around.at_head["goals/new.md"] is None
    # many files: the folder's difference with HEAD, as with none named
    many = [*named, *(f"more/{n}.md" for n in range(commands.FEW))]
    listing = commands.start_listing(repo.path / "goals", around=True, named=many)
    assert listing is not None
    around = listing.around()
    assert around is not None
    assert (around.staged, around.named, around.at_head) == (
        {"goals/bo.md", "goals/new.md"},
        None,
        None,
    )
    # no commit yet: nothing is staged against HEAD
    empty = tmp_path / "empty"
    (empty / "goals").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(empty)], check=True)
    unborn = commands.start_listing(empty / "goals", around=True, named=["a.md"])
    assert unborn is not None
    assert unborn.around() == commands.Around(empty, empty / "goals" / "../.git", None, None)


def test_a_hook_asks_git_nothing_more_for_the_history_rules(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """HEAD and the files staged come with the listing: no command of the history rules asks
    them again, and the problems are those of a check that asks them itself."""
    from goals_as_code.git import process

    a_team(repo)
    confident = "confidence: {owner: 0.7, manager: 0.6}\nstatus: active"
    bo = goal("bo-goal", parent="company-2017", owner="bo@example.com")
    repo.write("goals/bo.md", bo.replace("status: active", confident))
    repo.commit("Say how sure")
    # a change staged that leaves the confidence as HEAD has it
    staged = bo.replace("status: active", confident).replace("company-2017", "no-such-goal")
    repo.write("goals/bo.md", staged)
    repo.git("add", "goals/bo.md")
    asked: list[tuple[str, ...]] = []
    real = process.execute

    def execute(cwd: Path | None, args: list[str], **kwargs: object) -> process.Done:
        asked.append(tuple(args))
        return real(cwd, args, **kwargs)  # type: ignore[arg-type]

    def heads_and_diffs() -> list[tuple[str, ...]]:
        found = [args[:2] for args in asked if args[:1] in (("rev-parse",), ("diff",))]
        asked.clear()
        return found

    started: list[tuple[str, ...]] = []
    real_start = process.start

    def start(cwd: Path, args: list[str], **kwargs: Any) -> Any:
        if kwargs.get("given") is None:  # not asked with the listing
            started.append(tuple(args))
        return real_start(cwd, args, **kwargs)

    monkeypatch.setattr(process, "execute", execute)
    monkeypatch.setattr(process, "start", start)
    hooked = check(capsys, "goals/bo.md")
    assert heads_and_diffs() == []
    assert ("cat-file", "--batch") not in started  # HEAD's version came with the listing
    read_whole = check(capsys, "--no-cache", "goals/bo.md")
    assert heads_and_diffs() != []  # asked by the history rules themselves
    assert ("cat-file", "--batch") in started
    assert hooked == read_whole
    assert hooked[0] == 1
    assert "'parent: no-such-goal' names no statement" in hooked[1]
    assert "R006 [confidence-not-by-holder]" in hooked[1]  # read against HEAD's version
