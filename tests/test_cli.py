from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tools import manpage

from goals_as_code import __version__
from goals_as_code.cli.main import COMMANDS

from .conftest import Repo, run

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def test_help_lists_every_command_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for name, (_, line) in COMMANDS.items():
        assert f"  {name}" in out
        assert line.split()[0] in out


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_has_help_with_an_example(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, name, "--help")
    assert code == 0
    assert "Examples:" in out
    assert f"goals {name}" in out.split("Examples:")[1]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert (code, out.strip()) == (0, f"goals-as-code, version {__version__}")


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "chekc")
    assert code == 2
    assert "No such command 'chekc'" in err


def test_no_command_shows_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert (code, out) == (2, "")
    assert err.startswith("Usage: goals [OPTIONS] COMMAND [ARGS]...\n")
    assert err == run(capsys, "--help")[1]  # the whole help, on stderr


def test_manual_pages_are_current() -> None:
    for filename, prog in manpage.PAGES.items():
        written = (ROOT / "man" / filename).read_text(encoding="utf-8")
        assert written == manpage.render(prog), (
            f"man/{filename} is stale: run 'python -m tools.manpage --write man'"
        )


def test_git_goals_works_as_a_git_subcommand(repo: Repo) -> None:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["git", "goals", "-h"], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Usage: git goals [OPTIONS] COMMAND")


def test_git_goals_help_opens_the_manual_page(repo: Repo) -> None:
    if not (BIN.parent / "share" / "man" / "man1" / "git-goals.1").exists():
        pytest.fail("the package is installed without its manual pages: pip install -e . again")
    env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
        "MANPAGER": "cat",
        "PAGER": "cat",
        "MANWIDTH": "80",
    }
    done = subprocess.run(["git", "goals", "--help"], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "GIT-GOALS(1)" in done.stdout
    assert "git goals check" in done.stdout


def test_git_goals_help_shows_the_description_without_the_docstrings_indentation(
    repo: Repo, tmp_path: Path
) -> None:
    """The page in man/, as 'git goals --help' shows it: Git runs man, man finds it on MANPATH."""
    pages = tmp_path / "man"
    (pages / "man1").mkdir(parents=True)
    shutil.copy(ROOT / "man" / "git-goals.1", pages / "man1" / "git-goals.1")
    env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
        "MANPATH": str(pages),
        "MANPAGER": "cat",
        "PAGER": "cat",
        "MANWIDTH": "80",
    }
    done = subprocess.run(["git", "goals", "--help"], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    start = lines.index("DESCRIPTION")
    assert lines[start + 1 : lines.index("COMMANDS")] == [
        "       Keep goals, KPIs, activities and behaviours as Markdown files in Git.",
        "",
        "       Checks that each goal is a real, SMART goal (not an activity in",
        "       disguise), and reports progress from the Git history.",
        "",
    ]
    # man breaks no word over two lines in the paragraphs it fills
    filled = lines[start : lines.index("GIT GOALS DEMO")]
    assert [line for line in filled if line.rstrip().endswith(("‐", "-"))] == []


def test_help_words_do_not_depend_on_the_language_a_command_was_first_run_in(repo: Repo) -> None:
    """A command first run in Swedish keeps its help in English: click words a path option's
    metavar when the option is made, so the command is imported before click speaks Swedish."""
    (repo.path / "goals").mkdir()
    script = (
        "from goals_as_code.cli.main import main\n"
        "main(['check', '--lang', 'sv', '--format', 'nope'])\n"
        "main(['check', '--help'])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=repo.path, capture_output=True, text=True, check=False
    )
    assert "--output-file FILE " in done.stdout
    assert "FILEN" not in done.stdout


def test_the_program_flushes_its_output_and_ends_with_the_exit_code(tmp_path: Path) -> None:
    """``goals`` ends the process without taking apart what it built: its output must still be
    whole, its exit code the command's, and a reader that goes away must cost no noise."""
    import subprocess
    import sys

    (tmp_path / "goals").mkdir()
    (tmp_path / "goals" / "a.md").write_text("---\nid: a\nkind: goal\n---\n# x\n", "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "goals_as_code", "check", "--format", "json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["problems"]  # the whole document, flushed
    for n in range(400):  # more output than a pipe holds, so that the reader leaves early
        (tmp_path / "goals" / f"g{n}.md").write_text(f"---\nid: g{n}\nkind: goal\n---\n# x\n")
    piped = subprocess.run(
        f"{sys.executable} -m goals_as_code check --select F,V | head -1",
        shell=True,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (piped.stdout.count("\n"), piped.stderr) == (1, "")
