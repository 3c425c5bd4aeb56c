"""Shell completion as a shell asks for it: click's protocol (_GOALS_COMPLETE, COMP_WORDS,
COMP_CWORD) in a process of its own, and the bash script it prints, run by bash."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .builders import COMPANY_SV
from .conftest import GOOD_GOAL, Repo

KPI = """\
---
id: reply-time
kind: kpi
owner: anna@example.com
unit: hours
direction: decrease
---
# Svarstid på kundmejl
"""


def goals_command() -> list[str]:
    """The 'goals' script installed beside this Python, as a user runs it."""
    script = Path(sys.executable).with_name("goals")
    return [str(script)] if script.exists() else [sys.executable, "-m", "goals_as_code"]


def complete(cwd: Path, words: str, shell: str = "bash") -> list[str]:
    """What 'goals' answers a shell that completes the last of ``words`` (a trailing space: a
    new, empty word)."""
    parts = words.split(" ")
    done = subprocess.run(
        goals_command(),
        cwd=cwd,
        env={
            **os.environ,
            "_GOALS_COMPLETE": f"{shell}_complete",
            "COMP_WORDS": words,
            "COMP_CWORD": str(len(parts) - 1),
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    return [line for line in done.stdout.splitlines() if line]


@pytest.fixture
def statements(repo: Repo) -> Repo:
    repo.write("goals/company.md", COMPANY_SV)
    repo.write("goals/anna/faster-replies.md", GOOD_GOAL)
    repo.write("goals/anna/reply-time.md", KPI)
    return repo


def test_goal_ids_complete_after_history_accept_and_agree(statements: Repo) -> None:
    every = ["plain,customer-satisfaction-2017", "plain,faster-replies", "plain,reply-time"]
    assert complete(statements.path, "goals history ") == every
    assert complete(statements.path, "goals history f") == ["plain,faster-replies"]
    # only goals are accepted and agreed to
    goals = ["plain,customer-satisfaction-2017", "plain,faster-replies"]
    assert complete(statements.path, "goals accept ") == goals
    assert complete(statements.path, "goals agree c") == ["plain,customer-satisfaction-2017"]


def test_ids_follow_goals_dir(statements: Repo) -> None:
    statements.write("objectives/bob.md", GOOD_GOAL.replace("faster-replies", "fewer-bugs"))
    assert complete(statements.path, "goals history --goals-dir objectives ") == [
        "plain,fewer-bugs"
    ]


@pytest.mark.parametrize("statement", ["Jag ska", "I will"])
def test_zsh_shows_the_statement_beside_the_id(statement: str, statements: Repo) -> None:
    text = f"{statement} answer within 24 hours by June 2017"
    statements.write("goals/anna/faster-replies.md", GOOD_GOAL.split("# ")[0] + f"# {text}\n")
    assert complete(statements.path, "goals history fa", "zsh") == [
        "plain",
        "faster-replies",
        text,
    ]


def test_rule_codes_and_names_complete(statements: Repo) -> None:
    assert complete(statements.path, "goals explain missing-de") == ["plain,missing-deadline"]
    assert complete(statements.path, "goals explain T00") == [f"plain,T00{n}" for n in range(1, 9)]
    assert complete(statements.path, "goals rules G00") == [f"plain,G00{n}" for n in range(1, 10)]


def test_the_last_of_a_list_of_rules_completes(statements: Repo) -> None:
    for option in ("--select", "--ignore", "--extend-select"):
        assert complete(statements.path, f"goals check {option} T001,missing-dead") == [
            "plain,T001,missing-deadline"
        ]
    # families and ALL, then the codes and names
    assert complete(statements.path, "goals review --select A0,A")[:4] == [
        "plain,A0,ALL",
        "plain,A0,A",
        "plain,A0,A001",
        "plain,A0,A002",
    ]
    assert complete(statements.path, "goals check --select ALL,c00") == [
        f"plain,ALL,C00{n}" for n in range(1, 10)
    ]


def test_outside_a_project_ids_complete_to_nothing(tmp_path: Path) -> None:
    assert complete(tmp_path, "goals history ") == []


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_the_bash_script_completes_in_bash(statements: Repo) -> None:
    """The script the README tells users to put in ~/.bashrc, run by bash as <TAB> would."""
    command = goals_command()
    script = subprocess.run(
        command,
        env={**os.environ, "_GOALS_COMPLETE": "bash_source"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    program = " ".join(command)
    done = subprocess.run(
        [
            "bash",
            "-c",
            f'eval "$1"; COMP_WORDS=(goals explain missing-dea); COMP_CWORD=2; '
            f'_goals_completion {program}; printf "%s\\n" "${{COMPREPLY[@]}}"; '
            f"COMP_WORDS=(goals history fa); COMP_CWORD=2; COMPREPLY=(); "
            f'_goals_completion {program}; printf "%s\\n" "${{COMPREPLY[@]}}"',
            "bash",
            script,
        ],
        cwd=statements.path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (
        0,
        "missing-deadline\nfaster-replies\n",
        "",
    )


def test_checkin_completes_ids_where_ids_go_and_conversation_people(statements: Repo) -> None:
    every = ["plain,customer-satisfaction-2017", "plain,faster-replies", "plain,reply-time"]
    assert complete(statements.path, "goals checkin ") == every
    assert complete(statements.path, "goals checkin faster-replies ") == []  # the value
    assert complete(statements.path, "goals checkin faster-replies 30 re") == ["plain,reply-time"]
    assert complete(statements.path, "goals conversation ") == [
        "plain,anna@example.com",
        "plain,cecilia@example.com",
        "plain,erik@example.com",
    ]
