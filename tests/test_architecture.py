"""docs/architecture.md names every module, so the five-minute tour stays true."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "goals_as_code"


def test_every_module_is_in_the_architecture_notes() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    names = [
        f"`{path.name}`"
        for path in PACKAGE.glob("*.py")
        if path.name not in ("__init__.py", "__main__.py")
    ]
    names += [f"`{path.name}/`" for path in PACKAGE.iterdir() if (path / "__init__.py").exists()]
    missing = [name for name in names if name not in text]
    assert missing == [], f"docs/architecture.md does not mention {missing}"


def test_only_the_git_package_starts_git() -> None:
    """No module outside ``goals_as_code/git/`` imports subprocess or GitPython, or names
    subprocess at all: Git is started in one place."""
    import ast

    layer = PACKAGE / "git"
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if layer in path.parents:
            continue
        source = path.read_text(encoding="utf-8")
        shown = path.relative_to(PACKAGE).as_posix()
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                if name.split(".")[0] in ("git", "subprocess"):
                    found.append(f"{shown}:{node.lineno}: imports {name}")
        if "subprocess" in source:
            found.append(f"{shown}: names subprocess")
    assert found == []


def test_the_scan_for_git_sees_the_git_package() -> None:
    """The scan above would see an import: the git package itself has both."""
    source = (PACKAGE / "git" / "repository.py").read_text(encoding="utf-8")
    assert "import subprocess" in source
    assert "    import git\n" in source
