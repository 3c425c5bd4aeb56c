"""Run `goals check --format json` on a real Git repository, as people run it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from ..conftest import Repo, run

ANNA = ("Anna Andersson", "anna@example.com")
ERIK = ("Erik Eriksson", "erik@example.com")
CECILIA = ("Cecilia Carlsson", "cecilia@example.com")


def found(
    capsys: pytest.CaptureFixture[str], code: str, *args: str, lang: str = "en"
) -> list[dict[str, Any]]:
    """The problems of rule ``code`` that `goals check` reports, in the order it reports them."""
    _, out, err = run(capsys, "check", "--format", "json", "--select", code, "--lang", lang, *args)
    assert err == ""
    return [problem for problem in json.loads(out)["problems"] if problem["code"] == code]


def where(
    capsys: pytest.CaptureFixture[str], code: str, *args: str, lang: str = "en"
) -> list[tuple[str, int, str]]:
    """``(path, line, name)`` of each problem of rule ``code``."""
    return [(p["path"], p["line"], p["name"]) for p in found(capsys, code, *args, lang=lang)]


def commit(repo: Repo, files: dict[str, str], message: str, who: tuple[str, str] = ANNA) -> str:
    for path, text in files.items():
        repo.write(path, text)
    return repo.commit(message, name=who[0], email=who[1])
