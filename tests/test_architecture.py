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
