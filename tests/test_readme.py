from __future__ import annotations

import re
from pathlib import Path

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
