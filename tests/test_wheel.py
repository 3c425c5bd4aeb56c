"""The wheel carries the files the commands need: the hook, the examples and the schemas."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_holds_the_hook_examples_and_schemas(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        hook = archive.getinfo("goals_as_code/hooks/pre-commit")
        assert hook.external_attr >> 16 & 0o111, "the hook lost its executable bit"
        assert archive.read(hook.filename) == (ROOT / "hooks" / "pre-commit").read_bytes()
    for name in (
        "goals_as_code/examples/sv/goals.toml",
        "goals_as_code/examples/en/goals/faster-email-replies.md",
        "goals_as_code/schemas/goal.schema.json",
        "goals_as_code/classify/data/en.json",
        "goals_as_code/classify/data/sv.json",
        "goals_as_code/classify/data/weights.json",
        "goals_as_code/i18n/locale/sv/LC_MESSAGES/goals.mo",
        "goals_as_code/i18n/locale/en/LC_MESSAGES/goals.mo",
    ):
        assert name in names


def test_installed_wheel_finds_its_files(wheel: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(tmp_path)
    code = (
        "from goals_as_code.source import resources, template\n"
        "print(resources.folder('hooks'))\n"
        "print(resources.folder('examples'))\n"
        "print(template.render('kpi', {'id': 'x', 'owner': 'a@example.com'}, 'X').splitlines()[1])\n"
        "from goals_as_code.i18n import messages\n"
        "print(messages.languages(), messages.plural('sv', '{n} file', '{n} files', 2))\n"
        "from goals_as_code.classify import classify\n"
        "print(classify('Antal kundmöten/vecka').kind)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    hooks, examples, first, words, kind = done.stdout.splitlines()
    assert words == "('en', 'sv') 2 filer"
    assert kind == "kpi"
    assert Path(hooks) == tmp_path / "goals_as_code" / "hooks"
    assert Path(examples) == tmp_path / "goals_as_code" / "examples"
    assert first == "id: x"  # the template is found, and writes no schema modeline
