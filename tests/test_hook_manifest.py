"""The pre-commit manifest: valid, and its filters pass statement files and nothing else."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from identify.identify import tags_from_path

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / ".pre-commit-hooks.yaml"


def hooks() -> list[dict[str, Any]]:
    loaded = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(loaded, list)
    return loaded


def hook(ident: str) -> dict[str, Any]:
    [found] = [h for h in hooks() if h["id"] == ident]
    return found


def selects(hook: dict[str, Any], root: Path, name: str) -> bool:
    """Whether pre-commit would pass the file ``name`` to ``hook`` (as its ``Classifier`` does)."""
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("---\nid: x\n---\n# I will\n", encoding="utf-8")
    tags = tags_from_path(str(path))  # a real file, as pre-commit sees it: file, text, ...
    return (
        re.search(hook.get("files", ""), name) is not None
        and re.search(hook.get("exclude", "^$"), name) is None
        and set(hook.get("types", ["file"])) <= tags
        and (not hook.get("types_or") or bool(set(hook["types_or"]) & tags))
        and not set(hook.get("exclude_types", [])) & tags
    )


def test_manifest_is_valid_for_pre_commit() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-manifest", str(MANIFEST)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_validate_manifest_would_catch_a_mistake(tmp_path: Path) -> None:
    # the previous test proves something only if validate-manifest rejects a broken copy
    broken = tmp_path / ".pre-commit-hooks.yaml"
    broken.write_text(
        MANIFEST.read_text(encoding="utf-8").replace("language: python", "language: pythn"),
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-manifest", str(broken)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "pythn" in done.stdout


def test_check_goals_hook_fields() -> None:
    check = hook("check-goals")
    assert shlex.split(check["entry"]) == ["goals", "check"]
    assert check["language"] == "python"
    assert check["types"] == ["markdown"]
    assert check["require_serial"] is True
    assert check["minimum_pre_commit_version"] == "3.2.0"
    # users choose the stages; the tool filters by goals-dir itself, so no 'files' pattern
    assert "stages" not in check
    assert "files" not in check
    assert check.get("pass_filenames", True) is True


def test_entry_is_a_console_script_of_the_package() -> None:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    for each in hooks():
        assert shlex.split(each["entry"])[0] in scripts


@pytest.mark.parametrize(
    "path",
    [
        "goals/faster-replies.md",
        "goals/anna/faster-replies.md",
        "goals/Mål för 2017.md",
        "goals/notes.markdown",
        "examples/sv/mal/svarstid-kundservicemail.md",
        "README.md",  # passed, and then skipped by goals check: it is outside goals-dir
    ],
)
def test_markdown_files_are_passed_to_the_hook(path: str, tmp_path: Path) -> None:
    assert selects(hook("check-goals"), tmp_path, path)


@pytest.mark.parametrize(
    "path",
    [
        "goals/faster-replies.yaml",
        "goals/faster-replies.yml",
        "goals/faster-replies.json",
        "goals/faster-replies.txt",
        "goals/faster-replies.mdx",
        "goals.toml",
        ".pre-commit-config.yaml",
        "schemas/goal.schema.json",
    ],
)
def test_other_files_are_not_passed_to_the_hook(path: str, tmp_path: Path) -> None:
    assert not selects(hook("check-goals"), tmp_path, path)


def test_every_hook_is_documented() -> None:
    docs = (ROOT / "docs" / "pre-commit.md").read_text(encoding="utf-8")
    for each in hooks():
        assert f"id: {each['id']}" in docs
