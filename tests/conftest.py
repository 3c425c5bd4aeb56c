"""Shared fixtures: real Git repositories with a pinned identity and pinned dates."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from goals_as_code.cli.main import main

AUTHOR = ("Anna Andersson", "anna@example.com")


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test reads the real home directory, Git config or CI variables."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / ".gitconfig"))
    monkeypatch.setenv("PRE_COMMIT_HOME", str(tmp_path_factory.getbasetemp() / "pre-commit-cache"))
    # the day 'goals check' takes as today (deadline-passed): the middle of the sample goals' year
    monkeypatch.setenv("GOALS_TODAY", "2017-03-31")
    for name in ("GITHUB_ACTIONS", "GOALS_DEBUG", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)


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
