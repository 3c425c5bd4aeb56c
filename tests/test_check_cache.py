"""The cache of goals check: a run with it says exactly what a run without it says, whatever
changed in between (a file, another file, the configuration, the tool); a broken cache, a cache
that cannot be written and two runs at once are no problem; --no-cache keeps nothing."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import os
import random
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from goals_as_code.check import cache, checker, rules
from goals_as_code.check.tree import Tree, discover, is_statement
from goals_as_code.markdown.plugin import parse
from goals_as_code.source import config as config_module

from .conftest import ROOT, Repo, load_script, run

TODAY = "2017-03-31"


def goal(
    ident: str,
    *,
    parent: str | None = None,
    owner: str = "anna@example.com",
    status: str = "active",
    kind: str = "goal",
) -> str:
    """A statement file; ``parent`` links it to another."""
    linked = f"parent: {parent}\n" if parent else ""
    return f"""\
---
id: {ident}
kind: {kind}
owner: {owner}
manager: erik@example.com
{linked}start: 2017-01-01
deadline: 2017-06-30
metric:
  unit: hours
  direction: decrease
  baseline: 48
  target: 24
  current: 36
  as_of: 2017-03-01
status: {status}
---
# I will cut the reply time to customer mail from 48 to 24 hours by 30 June 2017
"""


def folder(repo_path: Path) -> Path:
    return repo_path / ".git" / "goals-as-code"


def cache_files(repo_path: Path) -> list[Path]:
    return sorted(folder(repo_path).glob("check-*.json"))


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return run(capsys, "check", "--today", TODAY, *args)


def same_with_and_without(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """The result of a run with the cache, after making sure it equals one without the cache."""
    without = check(capsys, "--no-cache", *args)
    warm = check(capsys, *args)
    assert warm == without
    return warm[0], warm[1]


@pytest.mark.parametrize("output", ["text", "json"])
def test_the_demo_says_the_same_cold_warm_and_without_the_cache(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    output: str,
) -> None:
    demo = tmp_path / "demo"
    assert run(capsys, "demo", "--dir", str(demo))[0] == 0
    monkeypatch.chdir(demo)
    status = ["git", "status", "--porcelain", "--ignored"]
    before = subprocess.run(status, cwd=demo, capture_output=True, text=True, check=True).stdout
    shutil.rmtree(folder(demo), ignore_errors=True)
    without = check(capsys, "--no-cache", "--format", output)
    assert cache_files(demo) == []  # --no-cache writes nothing
    cold = check(capsys, "--format", output)
    [written] = cache_files(demo)
    warm = check(capsys, "--format", output)
    assert without == cold == warm
    assert without[0] == 1
    kept = json.loads(written.read_text(encoding="utf-8"))["files"]
    # the positions of a file are kept once a finding needed a line, and only then
    with_positions = {path for path, (_, document, _) in kept.items() if "k" in document}
    assert "goals/anna/svarstid-kundservicemail.md" in with_positions
    assert with_positions < set(kept)
    assert sorted(kept) == sorted(
        path.relative_to(demo).as_posix()
        for path in (demo / "goals").rglob("*.md")
        if path.name != "README.md"  # excluded in the demo's configuration
    )
    after = subprocess.run(status, cwd=demo, capture_output=True, text=True, check=True).stdout
    assert after == before  # nothing in the work tree


def parent_and_child(repo: Repo) -> None:
    repo.write("goals/company.md", goal("company-2017", owner="ceo@example.com"))
    repo.write("goals/anna.md", goal("faster-replies", parent="company-2017"))
    repo.commit("Add goals")


def test_a_finding_in_a_file_that_did_not_change_follows_the_file_it_names(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    parent_and_child(repo)
    _, before = same_with_and_without(capsys)
    assert "L002" not in before
    repo.write("goals/company.md", goal("company-2018", owner="ceo@example.com"))
    _, after = same_with_and_without(capsys)
    [line] = [line for line in after.splitlines() if "L002" in line]
    assert line.startswith("goals/anna.md:")  # the file that did not change
    repo.write("goals/company.md", goal("company-2017", owner="ceo@example.com"))
    _, again = same_with_and_without(capsys)
    assert again == before
    (repo.path / "goals/company.md").unlink()
    _, gone = same_with_and_without(capsys)
    [line] = [line for line in gone.splitlines() if "L002" in line]
    assert line.startswith("goals/anna.md:")


def test_the_language_and_the_options_are_part_of_the_key(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    parent_and_child(repo)
    _, english = same_with_and_without(capsys)
    _, swedish = same_with_and_without(capsys, "--lang", "sv")
    assert swedish != english
    assert "L006" in english  # the company goal has no parent
    repo.write("goals.toml", '[rules.no-parent]\ntop-level = ["goals/company.md"]\n')
    _, marked = same_with_and_without(capsys)
    assert "L006" not in marked
    assert len(cache_files(repo.path)) == 3  # one per configuration: none overwrites another


def test_a_cache_of_another_version_is_not_read_and_is_removed(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    parent_and_child(repo)
    _, good = same_with_and_without(capsys)
    [written] = cache_files(repo.path)
    tampered = written.read_text(encoding="utf-8").replace("add 'parent:'", "TAMPERED")
    assert "TAMPERED" in tampered
    # what this version kept is what it says: the cache is read
    written.write_text(tampered, encoding="utf-8")
    assert "TAMPERED" in check(capsys)[1]
    # the same file under the name another version gives it is neither read nor kept
    other = written.with_name(written.name.replace(f"-{cache.__version__}-", "-0.0.1-"))
    written.rename(other)
    assert check(capsys)[1] == good
    assert cache_files(repo.path) == [written]
    # nor is one of this version built by other code (a development build)
    code = written.name.split("-")[3]
    other = written.with_name(written.name.replace(code, "0" * len(code)))
    other.write_text(tampered, encoding="utf-8")
    assert check(capsys)[1] == good


def test_a_changed_file_is_read_again(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    parent_and_child(repo)
    same_with_and_without(capsys)
    [written] = cache_files(repo.path)
    written.write_text(
        written.read_text(encoding="utf-8").replace("add 'parent:'", "TAMPERED"),
        encoding="utf-8",
    )
    repo.write("goals/company.md", goal("company-2017", owner="ceo@example.com") + "\nNotes.\n")
    assert "TAMPERED" not in check(capsys)[1]


@pytest.mark.parametrize(
    "broken",
    [
        "",
        "{not json",
        "[]",
        '{"format": 1, "files": []}',
        '{"format": 1, "files": {"goals/anna.md": [1, 2, 3]}}',
        '{"format": 1, "files": {"goals/anna.md": ["x", {}, {}]}}',
        "\0\0\0",
    ],
)
def test_a_broken_cache_is_built_again_without_a_word(
    repo: Repo, capsys: pytest.CaptureFixture[str], broken: str
) -> None:
    parent_and_child(repo)
    good = check(capsys, "--no-cache")
    check(capsys)
    [written] = cache_files(repo.path)
    written.write_text(broken, encoding="utf-8")
    assert check(capsys) == good  # same output, same exit code, nothing on stderr
    kept = json.loads(written.read_text(encoding="utf-8"))
    assert sorted(kept["files"]) == ["goals/anna.md", "goals/company.md"]
    assert check(capsys) == good


def test_broken_entries_are_read_again(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    parent_and_child(repo)
    good = check(capsys, "--no-cache")
    check(capsys)
    [written] = cache_files(repo.path)
    kept = json.loads(written.read_text(encoding="utf-8"))
    digest, document, findings = kept["files"]["goals/anna.md"]
    for entry in (
        [digest, {**document, "d": []}, findings],
        [digest, {**document, "k": [[1]]}, findings],
        [digest, {**document, "k": "[[1]]", "v": "{not json"}, findings],
        [digest, {**document, "b": [1]}, findings],
        [digest, document, {"L006": [["x"]]}],
        [digest, document, {"L006": 7}],
        [digest, document, {"": 7}],
    ):
        kept["files"]["goals/anna.md"] = entry
        written.write_text(json.dumps(kept), encoding="utf-8")
        assert check(capsys) == good


def test_a_cache_that_cannot_be_written_is_no_error(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    parent_and_child(repo)
    good = check(capsys, "--no-cache")
    folder(repo.path).write_text("not a folder", encoding="utf-8")
    assert check(capsys) == good
    assert check(capsys) == good


def test_no_cache_and_the_environment_keep_nothing(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    parent_and_child(repo)
    check(capsys, "--no-cache")
    assert not folder(repo.path).exists()
    monkeypatch.setenv("GOALS_NO_CACHE", "1")
    check(capsys)
    assert not folder(repo.path).exists()
    monkeypatch.setenv("GOALS_NO_CACHE", "0")
    check(capsys)
    assert len(cache_files(repo.path)) == 1


def test_outside_git_nothing_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    (project / "goals").mkdir(parents=True)
    (project / "goals.toml").write_text('goals-dir = "goals"\n', encoding="utf-8")
    (project / "goals/a.md").write_text(goal("a"), encoding="utf-8")
    monkeypatch.chdir(project)
    before = sorted(path for path in tmp_path.rglob("*"))
    assert check(capsys)[0] == check(capsys, "--no-cache")[0]
    assert sorted(path for path in tmp_path.rglob("*")) == before


def test_a_worktree_shares_the_repository_s_cache(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    parent_and_child(repo)
    other = repo.path.parent / "other"
    repo.git("worktree", "add", "-q", str(other))
    monkeypatch.chdir(other)
    assert check(capsys) == check(capsys, "--no-cache")
    assert len(cache_files(repo.path)) == 1
    assert not (other / "goals-as-code").exists()


def test_two_runs_at_once_both_succeed_and_leave_a_readable_cache(repo: Repo) -> None:
    for n in range(40):
        repo.write(f"goals/g{n}.md", goal(f"g{n}", parent="g0" if n else None))
    repo.commit("Add goals")
    command = [sys.executable, "-m", "goals_as_code", "check", "--today", TODAY]
    good = subprocess.run([*command, "--no-cache"], capture_output=True, text=True)
    for _ in range(3):
        shutil.rmtree(folder(repo.path), ignore_errors=True)
        running = [
            subprocess.Popen(
                command,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                start_new_session=True,
            )
            for _ in range(2)
        ]
        for process in running:
            out, err = process.communicate(timeout=120)
            assert (process.returncode, out, err) == (good.returncode, good.stdout, good.stderr)
        for process in running:  # the caches are written by a process each run leaves behind
            load_script("settle").settle(process.pid)
        [written] = cache_files(repo.path)
        assert len(json.loads(written.read_text(encoding="utf-8"))["files"]) == 40
        assert sorted(path.name for path in folder(repo.path).iterdir()) == [
            *(path.name for path in cache_files(repo.path)),
            *(path.name for path in folder(repo.path).glob("fold-*.pickle")),
            *(path.name for path in folder(repo.path).glob("parsed-blobs-*.pickle")),
        ]
    warm = subprocess.run(command, capture_output=True, text=True)
    assert (warm.returncode, warm.stdout, warm.stderr) == (
        good.returncode,
        good.stdout,
        good.stderr,
    )


EDITS = (
    lambda n, r: goal(f"g{n}", parent=f"g{r.randrange(6)}"),
    lambda n, r: goal(f"g{r.randrange(6)}", owner=f"p{r.randrange(2)}@example.com"),
    lambda n, r: goal(f"g{n}", status=r.choice(["active", "draft", "done"])),
    lambda n, r: goal(f"g{n}").replace("# ", "# Vi ska bli bättre. ", 1),
    lambda n, r: goal(f"g{n}") + f"\n- [x] [the other](g{r.randrange(8)}.md)\n",
    lambda n, r: "---\nid: [broken\n---\n# x\n",
    lambda n, r: goal(f"g{n}", kind="activity"),
    lambda n, r: None,  # removed
)


def test_never_a_stale_result(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    """Whatever the edits between runs, a run with the cache says what one without it says."""
    chooser = random.Random(14)
    for n in range(6):
        repo.write(f"goals/g{n}.md", goal(f"g{n}", parent="g0" if n else None))
    repo.commit("Add goals")
    same_with_and_without(capsys)
    for step in range(30):
        for _ in range(chooser.randrange(1, 3)):
            n = chooser.randrange(8)
            text = chooser.choice(EDITS)(n, chooser)
            path = repo.path / f"goals/g{n}.md"
            if text is None:
                path.unlink(missing_ok=True)
            else:
                repo.write(f"goals/g{n}.md", text)
        if step % 10 == 9:
            repo.commit(f"Step {step}")
        if not list((repo.path / "goals").glob("*.md")):
            repo.write("goals/g0.md", goal("g0"))
        same_with_and_without(capsys)
        if (repo.path / "goals/g1.md").exists():  # one file, as the hook checks it
            same_with_and_without(capsys, "goals/g1.md")


def test_a_document_comes_back_from_the_cache_as_it_was_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = tmp_path / "demo"
    run(capsys, "demo", "--dir", str(demo))
    texts = [path.read_text(encoding="utf-8") for path in sorted(demo.rglob("goals/**/*.md"))]
    texts += [
        "no front matter\n",
        "---\nid: a\n",
        "\ufeff---\r\nid: a\r\nkind: goal\r\n---\r\n# I will\r\n\r\nbody\r\n",
        "---\nid: a\nid: b\n---\n# x\n# y\n",
        "---\n- a list\n---\n",
        "---\nid: &x a\nb: *x\n---\n",
        "---\nid: !!str a\n---\n" + "# " + "x" * 2000 + "\n",
        "---\nid: a\nlist: [1, 2.5, true, null, {x: [y]}]\n---\n# x\n\x00\n",
    ]
    assert len(texts) > 20
    for text in texts:
        read = parse(text, "goals/x.md")
        stored = cache.encode(read, text)
        for positions in (False, True):
            if positions:  # as a run that needed a line keeps them (Store.remember)
                stored["k"], stored["v"] = (
                    cache._positions(read.keys),
                    cache._positions(read.values),
                )
            back = cache.decode(json.loads(json.dumps(stored)), "goals/x.md", text)
            assert back == read
            assert [issue.message.say("sv") for issue in back.issues] == [
                issue.message.say("sv") for issue in read.issues
            ]
            assert (dict(back.keys), dict(back.values)) == (dict(read.keys), dict(read.values))


FORBIDDEN = {"tree", "today", "provenance", "history", "config", "links", "linked", "exists"}
FORBIDDEN |= {"kpi_of", "current", "open", "os", "Path", "environ", "subprocess", "not_recorded_by"}


def _names(source: str) -> set[str]:
    """The names, attributes and imported names that ``source`` uses."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(textwrap.dedent(source))):
        if isinstance(node, ast.Attribute):
            found.add(node.attr)
        elif isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            found.update(alias.name.split(".")[-1] for alias in node.names)
    return found


def _rule_names(rule: rules.Entry, skip: frozenset[str] = frozenset()) -> set[str]:
    """The names a rule's module uses, and those of the helpers it takes from the rules' shared
    modules (but ``skip``)."""
    module = rule.load()
    names = _names(inspect.getsource(module))
    for node in ast.walk(ast.parse(inspect.getsource(module))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "goals_as_code.check.rules._"
        ):
            shared = importlib.import_module(node.module or "")
            for alias in node.names:
                helper = getattr(shared, alias.name)
                if inspect.isfunction(helper) and alias.name not in skip:
                    names |= _names(inspect.getsource(helper))
    return names


def test_the_rules_whose_findings_are_kept_look_at_the_file_alone() -> None:
    """A rule in cache.CACHED reads no other file, no history, no date and no configuration
    beyond its options: neither its code nor the helpers it takes from the rules' shared modules
    name any of them (docstrings aside)."""
    assert {rule.CODE for rule in rules.FILE_RULES} >= cache.CACHED
    for rule in rules.FILE_RULES:
        if rule.CODE not in cache.CACHED:
            continue
        names = _rule_names(rule, skip=frozenset({"schema_findings"}))
        assert not names & FORBIDDEN, (rule.CODE, names & FORBIDDEN)


def test_the_rules_that_look_further_run_every_time() -> None:
    for code in ("L001", "L002", "L003", "L004", "L005", "R003", "R005", "M006", "M007"):
        assert code not in cache.CACHED  # other files
    for code in ("A005", "A006", "A009", "A010", "R004", "R006", "T008"):
        assert code not in cache.CACHED  # the history
    for code in ("T004", "T007"):
        assert code not in cache.CACHED  # today's date


def test_the_library_keeps_nothing_unless_asked(repo: Repo) -> None:
    parent_and_child(repo)
    config = config_module.load(repo.path)
    checker.check(config)
    checker.check(config, tree=Tree.load(config), cache=True)
    assert not folder(repo.path).exists()
    first = checker.check(config, cache=True)
    assert checker.check(config, cache=True) == first == checker.check(config)
    assert len(cache_files(repo.path)) == 1


def test_the_cache_lives_in_the_git_folder_only(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    parent_and_child(repo)
    check(capsys)
    assert repo.git("status", "--porcelain", "--ignored") == ""
    assert sorted(os.listdir(repo.path)) == [".git", "goals"]


def test_another_folder_of_catalogues_is_another_cache(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    parent_and_child(repo)
    same_with_and_without(capsys, "--lang", "sv")
    [packaged] = cache_files(repo.path)
    locales = repo.path.parent / "locale"
    shutil.copytree(ROOT / "src/goals_as_code/i18n/locale", locales)
    monkeypatch.setenv("GOALS_LOCALE_DIR", str(locales))
    same_with_and_without(capsys, "--lang", "sv")
    [other] = cache_files(repo.path)
    assert other.name != packaged.name


def _discovered_as_rglob_did(config: config_module.Config) -> list[Path]:
    """What discover() gave before it walked the folder itself: every path of rglob, resolved."""
    base = config.goals_path
    return sorted(
        (path for path in base.rglob("*.md") if not path.is_dir() and is_statement(path, config)),
    )


def test_discovery_finds_what_rglob_found(tmp_path: Path) -> None:
    root = tmp_path / "project"
    goals = root / "goals"
    for name in ("a.md", "b/c.md", "b/d/e.md", ".hidden.md", "x.MD", "notes.txt", "skip/me.md"):
        (goals / name).parent.mkdir(parents=True, exist_ok=True)
        (goals / name).write_text(goal("x"), encoding="utf-8")
    (goals / "folder.md").mkdir()
    (goals / "link.md").symlink_to(goals / "a.md")
    (goals / "outside.md").symlink_to(tmp_path / "nowhere.md")
    (goals / "linked").symlink_to(goals / "b", target_is_directory=True)
    (goals / "linked.md").symlink_to(goals / "b", target_is_directory=True)
    os.mkfifo(goals / "pipe.md")
    config = config_module.Config(root=root, exclude=("skip/*",))
    old = _discovered_as_rglob_did(config)
    assert discover(config) == [path.resolve() for path in old]
    assert [path.name for path in discover(config)] == [
        ".hidden.md",
        "a.md",
        "c.md",
        "e.md",
        "a.md",  # link.md
        "pipe.md",
    ]


# --- many files, on every core --------------------------------------------------------------


def many(repo: Repo, count: int) -> None:
    """``count`` statements with problems of every reach: their own fields, a parent that is
    not there, a duplicate id, the goals of one owner; a few that cannot be read."""
    goals = repo.path / "goals"
    goals.mkdir(exist_ok=True)
    for n in range(count):
        parent = f"g{n - 1}" if n % 3 else "missing"
        text = goal(f"g{n % (count - 5)}", parent=parent, owner=f"o{n % 4}@example.com")
        if n % 50 == 7:
            text = text.replace("baseline: 48", "baseline: [48")  # broken YAML
        if n % 40 == 3:
            text = text.replace("# I will", "# We will better")
        (goals / f"g{n}.md").write_text(text, encoding="utf-8")


def goals_check(repo: Repo, *args: str, jobs: str) -> tuple[int, str]:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "goals_as_code",
            "check",
            "--today",
            TODAY,
            "--format",
            "json",
            *args,
        ],
        cwd=repo.path,
        env={**os.environ, "GOALS_JOBS": jobs},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stderr == ""
    return done.returncode, done.stdout


def test_many_files_say_the_same_on_one_core_and_on_two(repo: Repo) -> None:
    from goals_as_code.check import parallel

    many(repo, parallel.MIN_FILES + 50)
    one = goals_check(repo, "--no-cache", jobs="1")
    assert one[0] == 1
    codes = {problem["code"] for problem in json.loads(one[1])["problems"]}
    assert {"A001", "F003", "L001", "L002", "R003"} <= codes, codes  # own, cross-file, broken
    assert goals_check(repo, "--no-cache", jobs="2") == one  # on two cores, no cache
    assert goals_check(repo, jobs="2") == one  # two cores fill the cache
    assert goals_check(repo, jobs="1") == one  # which one core then reads
    shutil.rmtree(folder(repo.path))
    assert goals_check(repo, jobs="1") == one
    assert goals_check(repo, jobs="2") == one  # nothing new: read from the cache


def test_the_workers_make_an_entry_for_each_new_file_and_none_for_the_others(
    repo: Repo,
) -> None:
    from goals_as_code.check import parallel

    many(repo, parallel.MIN_FILES + 10)
    config = config_module.load(repo.path)
    files = [(path, config.relative(path)) for path in discover(config)]
    store = cache.Store.memory()
    active = [(entry.rule, dict(entry.options)) for entry in checker.active_rules(config)]
    names = checker.RULE_NAMES
    if parallel.jobs() < 2:
        pytest.fail("this machine has one core: the workers cannot be tested here")
    made = parallel.prepare(store, files, config, active, "en", checker.ALWAYS, names)
    assert made == len(files)  # the broken ones too: their entry holds their reading problems
    assert parallel.prepare(store, files, config, active, "en", checker.ALWAYS, names) == 0
    assert parallel.prepare(store, files[:10], config, active, "en", checker.ALWAYS, names) == 0


@pytest.mark.parametrize("fault", ["a worker dies", "no process can start"])
def test_when_the_workers_fail_the_checker_reads_the_files_itself(
    repo: Repo, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    from goals_as_code.check import parallel

    many(repo, parallel.MIN_FILES + 20)
    config = config_module.load(repo.path)
    monkeypatch.setenv("GOALS_JOBS", "1")
    alone = checker.check(config)
    monkeypatch.setenv("GOALS_JOBS", "2")
    if parallel.jobs() < 2:
        pytest.fail("this machine has one core: the workers cannot be tested here")
    if fault == "a worker dies":

        def dying(files: list[tuple[str, bytes]]) -> list[tuple[str, list[object]]]:
            os._exit(9)  # as the kernel's out-of-memory killer would end it

        dying.__qualname__ = "_entries"  # handed to the workers by name
        monkeypatch.setattr(parallel, "_entries", dying)
    else:

        def no_fork() -> int:
            raise BlockingIOError(11, "Resource temporarily unavailable")

        monkeypatch.setattr(os, "fork", no_fork)
    store = cache.Store.memory()
    files = [(path, config.relative(path)) for path in discover(config)]
    active = [(entry.rule, dict(entry.options)) for entry in checker.active_rules(config)]
    made = parallel.prepare(store, files, config, active, "en", checker.ALWAYS, checker.RULE_NAMES)
    assert made == 0
    assert checker.check(config) == alone  # the same problems, read on one core


def test_the_history_rules_look_at_no_other_file() -> None:
    """A rule in cache.HISTORY reads the file, the history (through provenance) and today, and
    no other file of the tree: its findings can be kept by HEAD and the file's bytes."""
    assert {rule.CODE for rule in rules.FILE_RULES} >= cache.HISTORY
    assert not cache.HISTORY & cache.CACHED
    elsewhere = {"ids", "facts", "at", "with_id", "documents", "index", "links", "linked", "exists"}
    elsewhere |= {"open", "environ"}
    for rule in rules.FILE_RULES:
        if rule.CODE in cache.HISTORY:
            names = _names(inspect.getsource(rule.load()))
            assert not names & elsewhere, (rule.CODE, names & elsewhere)


def _history_kept(repo_path: Path) -> dict[str, object]:
    [written] = cache_files(repo_path)
    files = json.loads(written.read_text(encoding="utf-8"))["files"]
    return {path: findings["@"] for path, (_, _, findings) in files.items() if "@" in findings}


def _recorded_by_someone_else(repo: Repo) -> None:
    """A goal whose confidence values were written by its owner's colleague (R006 twice), after
    a goal without them (the first file a run checks opens the repository)."""
    text = goal("g0").replace(
        "status: active", "confidence: {owner: 0.7, manager: 0.6}\nstatus: active"
    )
    repo.write("goals/a0.md", goal("a0"))
    repo.write("goals/g0.md", text)
    repo.commit("Add goals", name="Bo", email="bo@example.com")


def test_the_history_rules_findings_are_kept_by_head_and_today(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    _recorded_by_someone_else(repo)
    code, out = same_with_and_without(capsys)
    assert out.count("R006") == 2
    kept = _history_kept(repo.path)
    assert sorted(kept) == ["goals/a0.md", "goals/g0.md"]
    # a warm run takes them from the cache, and writes nothing: a changed message there shows
    [written] = cache_files(repo.path)
    before = written.stat().st_mtime_ns
    assert check(capsys)[1] == out
    assert written.stat().st_mtime_ns == before
    text = written.read_text(encoding="utf-8")
    assert text.count("was written by Bo") == 2
    written.write_text(text.replace("was written by Bo", "was written by Kept"), encoding="utf-8")
    assert check(capsys)[1].count("was written by Kept") == 2
    # another day, another HEAD or a file being changed: found again
    assert "Kept" not in check(capsys, "--today", "2017-04-01")[1]
    written.write_text(text.replace("was written by Bo", "was written by Kept"), encoding="utf-8")
    repo.write("goals/other.md", goal("other"))
    repo.commit("Add another", name="Bo", email="bo@example.com")
    assert "Kept" not in check(capsys)[1]
    assert same_with_and_without(capsys) == (code, check(capsys, "--no-cache")[1])


def test_the_first_file_of_a_warm_run_takes_its_history_findings_too(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    """The key of the history rules' findings needs the repository open: a file with findings
    kept opens it, so the first file of a run does not run them (which would read the history)."""
    text = goal("g0").replace(
        "status: active", "confidence: {owner: 0.7, manager: 0.6}\nstatus: active"
    )
    repo.write("goals/g0.md", text)
    repo.commit("Add a goal", name="Bo", email="bo@example.com")
    _, out = same_with_and_without(capsys)
    assert out.count("R006") == 2
    [written] = cache_files(repo.path)
    kept = written.read_text(encoding="utf-8")
    written.write_text(kept.replace("was written by Bo", "was written by Kept"), encoding="utf-8")
    assert check(capsys)[1].count("was written by Kept") == 2


def test_a_file_being_changed_keeps_no_history_findings(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    _recorded_by_someone_else(repo)
    repo.git("config", "user.email", "erik@example.com")
    text = (repo.path / "goals/g0.md").read_text(encoding="utf-8")
    repo.write("goals/g0.md", text.replace("manager: 0.6", "manager: 0.5"))
    _, out = same_with_and_without(capsys)
    assert "is being committed by erik@example.com" not in out  # the manager writes it
    assert sorted(_history_kept(repo.path)) == ["goals/a0.md"]
    assert same_with_and_without(capsys)[1] == out


def test_findings_that_rest_on_a_signature_are_not_kept(
    repo: Repo, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """What a signature says can change with keys outside the repository: the history findings
    of a file whose check asked Git for a signature it found are found again every run."""
    key = tmp_path / "bo_key"
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "bo", "-f", str(key)], check=True
    )
    repo.git("config", "gpg.format", "ssh")
    repo.git("config", "user.signingkey", str(key))
    text = goal("g0").replace(
        "status: active", "confidence: {owner: 0.7, manager: 0.6}\nstatus: active"
    )
    repo.write("goals/g0.md", text)
    repo.write("goals/g1.md", goal("g1"))
    repo.git("add", "-A")
    repo.git("commit", "-q", "-S", "-m", "Add goals, signed", name="Bo", email="bo@example.com")
    _, out = same_with_and_without(capsys)
    assert out.count("R006") == 2
    assert sorted(_history_kept(repo.path)) == ["goals/g1.md"]


def test_the_tree_rules_look_at_the_tree_of_statements_alone() -> None:
    """A rule in cache.TREE reads the statements of the tree and today, and no history, file
    system or configuration beyond its options: its findings are kept by a digest of every
    statement file and today."""
    assert {rule.CODE for rule in rules.FILE_RULES} >= cache.TREE
    assert not cache.TREE & (cache.CACHED | cache.HISTORY)
    forbidden = FORBIDDEN - {"tree", "today", "kpi_of", "current"}
    for rule in rules.FILE_RULES:
        if rule.CODE not in cache.TREE:
            continue
        names = _rule_names(rule)
        assert not names & forbidden, (rule.CODE, names & forbidden)


def _tree_kept(repo_path: Path) -> object:
    [written] = cache_files(repo_path)
    return json.loads(written.read_text(encoding="utf-8")).get("tree")


def test_the_tree_rules_findings_are_kept_for_the_same_tree_and_day(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/a.md", goal("same"))
    repo.write("goals/b.md", goal("same"))
    repo.write("goals/c.md", goal("child", parent="nowhere"))
    repo.commit("Add goals")
    code, out = same_with_and_without(capsys)
    assert out.count("L001") == 2
    assert "L002" in out
    [written] = cache_files(repo.path)
    before = written.stat().st_mtime_ns
    assert check(capsys) == (code, out, "")
    assert written.stat().st_mtime_ns == before  # nothing new to keep
    text = written.read_text(encoding="utf-8")
    assert text.count("is also used by") == 2
    tampered = text.replace("is also used by", "is KEPT by")
    written.write_text(tampered, encoding="utf-8")
    assert check(capsys)[1].count("is KEPT by") == 2
    # one file to check (the hook) neither takes nor keeps them
    assert "KEPT" not in check(capsys, "goals/a.md")[1]
    # another day, or any statement file changed: found again
    assert "KEPT" not in check(capsys, "--today", "2017-04-01")[1]
    written.write_text(tampered, encoding="utf-8")
    repo.write("goals/d.md", goal("another"))
    assert "KEPT" not in check(capsys)[1]
    assert same_with_and_without(capsys)[0] == code
    assert _tree_kept(repo.path) is not None
