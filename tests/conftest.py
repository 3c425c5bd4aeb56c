"""Shared fixtures: real Git repositories with a pinned identity and pinned dates, and what is
built once per test run (this project as a hook repository, its pre-commit environment, its wheel).
"""

from __future__ import annotations

import fcntl
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType

import pytest

from goals_as_code.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"


def load_script(name: str) -> ModuleType:
    """The benchmark script ``name`` (without ``.py``), imported as a module."""
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


AUTHOR = ("Anna Andersson", "anna@example.com")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow tests first: the workers start on them together instead of waiting on the last one."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of this test run that all its workers share (pytest-xdist gives each its own)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def build_once(
    tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]
) -> Path:
    """The folder ``name`` of this test run, filled by ``build`` by the first worker that asks."""
    root = run_folder(tmp_path_factory)
    folder, done = root / name, root / f"{name}.done"
    with (root / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the others wait here; closing the file releases it
        if not done.exists():
            folder.mkdir(exist_ok=True)
            build(folder)
            done.touch()
    return folder


def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pre-commit's store, shared by the run: a hook environment is built once for all tests."""
    return run_folder(tmp_path_factory) / "pre-commit"


def isolated_environment(home: Path, store: Path) -> dict[str, str]:
    """The environment of a test: no real home directory, Git config or CI variables."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if name
        not in ("GITHUB_ACTIONS", "GOALS_DEBUG", "NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES")
    }
    environment.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        GIT_CONFIG_NOSYSTEM="1",
        GIT_CONFIG_GLOBAL=str(home / ".gitconfig"),
        PRE_COMMIT_HOME=str(store),
        # the day 'goals check' takes as today (deadline-passed): the middle of the sample goals' year
        GOALS_TODAY="2017-03-31",
    )
    return environment


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test reads the real home directory, Git config or CI variables."""
    home = tmp_path_factory.mktemp("home")
    wanted = isolated_environment(home, pre_commit_home(tmp_path_factory))
    for name in set(os.environ) - set(wanted):
        monkeypatch.delenv(name)
    for name, value in wanted.items():
        monkeypatch.setenv(name, value)


class Repo:
    """A real Git repository in a temporary folder, with helpers to write and commit files."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.clock = 1_483_257_600  # 2017-01-01T08:00:00Z; each commit moves it on by a day

    def git(self, *args: str, name: str = AUTHOR[0], email: str = AUTHOR[1]) -> str:
        env = {
            **os.environ,
            "GIT_AUTHOR_NAME": name,
            "GIT_AUTHOR_EMAIL": email,
            "GIT_COMMITTER_NAME": name,
            "GIT_COMMITTER_EMAIL": email,
            "GIT_AUTHOR_DATE": f"@{self.clock} +0000",
            "GIT_COMMITTER_DATE": f"@{self.clock} +0000",
        }
        done = subprocess.run(
            ["git", *args], cwd=self.path, env=env, check=True, capture_output=True, text=True
        )
        return done.stdout

    def write(self, relative: str, text: str) -> Path:
        path = self.path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def commit(
        self,
        message: str,
        *,
        name: str = AUTHOR[0],
        email: str = AUTHOR[1],
        date: int | None = None,
    ) -> str:
        self.clock = date if date is not None else self.clock + 86_400
        self.git("add", "-A", name=name, email=email)
        self.git("commit", "-q", "--allow-empty", "-m", message, name=name, email=email)
        return self.git("rev-parse", "HEAD").strip()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Repo:
    """An empty Git repository that is also the working directory."""
    path = tmp_path / "repo"
    path.mkdir()
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True)
    monkeypatch.chdir(path)
    return Repo(path)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the command line in-process; returns (exit code, stdout, stderr)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


GOOD_GOAL = """\
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
start: 2017-01-01
deadline: 2017-06-30
metric:
  unit: hours
  direction: decrease
  baseline: 48
  target: 24
  current: 36
  as_of: 2017-03-31
confidence: {owner: 0.7, manager: 0.6}
status: active
---
# Jag skall förbättra svarstiden på mina kundservicemail från idag 48 timmar till 24 timmar till den 30 juni 2017
"""


def _git(folder: Path, *args: str) -> str:
    identity = {
        f"GIT_{who}_{what}": value
        for who in ("AUTHOR", "COMMITTER")
        for what, value in (("NAME", "goals-as-code"), ("EMAIL", "dev@example.com"))
    }
    environment = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull}
    done = subprocess.run(
        ["git", *args],
        cwd=folder,
        env={**environment, **identity},
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


@pytest.fixture(scope="session")
def hook_repository(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """This project as it is on disk (tracked and new files), committed in a repository of its own.

    pre-commit installs a hook repository at a commit; this makes one from the working state, so
    the tests check the code under test, committed or not. Returns its folder and commit.
    """

    def build(target: Path) -> None:
        listed = _git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
        for name in filter(None, listed.split("\0")):
            source = ROOT / name
            if source.is_file():
                (target / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / name)
        for args in (
            ["init", "-q", "-b", "main"],
            ["add", "-A"],
            ["commit", "-q", "-m", "snapshot"],
        ):
            _git(target, *args)

    folder = build_once(tmp_path_factory, "hook-repository", build)
    return folder, _git(folder, "rev-parse", "HEAD").strip()


def hook_config(hook_repository: tuple[Path, str], extra: str = "") -> str:
    """A '.pre-commit-config.yaml' with the check-goals hook of ``hook_repository``."""
    path, sha = hook_repository
    return f"repos:\n  - repo: {path}\n    rev: {sha}\n    hooks:\n      - id: check-goals\n{extra}"


@pytest.fixture(scope="session")
def hook_store(tmp_path_factory: pytest.TempPathFactory, hook_repository: tuple[Path, str]) -> Path:
    """pre-commit's store (PRE_COMMIT_HOME) with the environment of the hook already built."""

    def build(store: Path) -> None:
        scratch = tmp_path_factory.mktemp("hook-store-build")
        _git(scratch, "init", "-q", "-b", "main")
        (scratch / ".pre-commit-config.yaml").write_text(hook_config(hook_repository))
        environment = isolated_environment(tmp_path_factory.mktemp("home"), store)
        done = subprocess.run(
            [sys.executable, "-m", "pre_commit", "install-hooks"],
            cwd=scratch,
            env=environment,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr

    return build_once(tmp_path_factory, pre_commit_home(tmp_path_factory).name, build)


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This project's wheel, built by pip as a user would."""

    def build(folder: Path) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(folder), str(ROOT)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr

    [built] = build_once(tmp_path_factory, "wheel", build).glob("goals_as_code-*.whl")
    return built


def imported_by(
    cwd: Path,
    args: Sequence[str],
    modules: Iterable[str],
    env: Mapping[str, str] | None = None,
) -> tuple[int, list[str]]:
    """Run ``goals ARGS`` in ``cwd`` in a fresh interpreter, as a hook starts it: its exit code
    and which of ``modules`` it imported, in the order given."""
    probe = (
        "import sys\n"
        "from goals_as_code.cli import line\n"  # the program's own entry, as 'goals' has it
        f"code = line({list(args)!r})\n"
        f"found = [m for m in {list(modules)!r} if m in sys.modules]\n"
        "print(repr((code, found)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    code, found = eval(done.stdout.splitlines()[-1])  # the tuple the probe printed
    return int(code), list(found)
