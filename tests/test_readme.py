from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from tools import readme

from goals_as_code.cli.main import COMMANDS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_generated_parts_are_current() -> None:
    assert readme.render(README) == README, "README.md is stale: run python -m tools.readme"


def test_every_command_is_in_the_readme() -> None:
    for name in COMMANDS:
        assert f"`goals {name}`" in README


def block(heading: str) -> str:
    part = README.split(f"## {heading}", 1)[1]
    found = re.search(r"```bash\n(.*?)```", part, re.S)
    assert found is not None
    return found.group(1).strip()


def test_try_it_installs_and_runs_the_demo() -> None:
    command = block("Try it")
    assert command.endswith("goals demo")
    assert "pip install ." in command


def test_test_it_is_what_ci_runs() -> None:
    command = block("Test it")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pytest" in command
    assert command.replace("pip install -e", "pip install -q -e") in ci


def test_every_hook_is_in_the_readme() -> None:
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    for hook in hooks:
        assert f"id: {hook['id']}" in README


@pytest.mark.slow
def test_use_it_in_your_repository_works_verbatim_from_a_fresh_clone(
    hook_repository: tuple[Path, str], tmp_path: Path
) -> None:
    """The block run as written, by bash, in a fresh clone of this project: a new virtual
    environment, pip install, goals init, pre-commit install, goals check, and a commit that
    the hook checks."""
    command = block("Use it in your repository")
    clone = tmp_path / "goals-as-code"
    subprocess.run(
        ["git", "clone", "-q", str(hook_repository[0]), str(clone)], check=True, timeout=120
    )
    identity = {
        f"GIT_{who}_{what}": value
        for who in ("AUTHOR", "COMMITTER")
        for what, value in (("NAME", "Anna Andersson"), ("EMAIL", "anna@example.com"))
    }
    env = {
        **os.environ,
        **identity,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit"),
        "PRE_COMMIT_COLOR": "never",
    }
    env.pop("VIRTUAL_ENV", None)
    done = subprocess.run(
        ["bash", "-e", "-c", command],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "All good: 5 files checked, no problems." in done.stdout
    assert "check goals..............................................................Passed" in (
        done.stdout + done.stderr
    )
    log = subprocess.run(
        ["git", "log", "--format=%s"], cwd=tmp_path / "our-goals", capture_output=True, text=True
    )
    assert log.stdout == "Set up our goals\n"
