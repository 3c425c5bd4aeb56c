"""Files with realistic mistakes report exactly the problems they state; the guide's activities
written as goals are well-formed, so only goal-vs-activity rules can catch them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .conftest import run

DATA = Path(__file__).resolve().parent / "data"
EXPECT = re.compile(r"<!-- expect: ([A-Z][0-9]{3}) ([0-9]+):([0-9]+) -->")


def expected(folder: Path) -> set[tuple[str, str, int, int]]:
    found = set()
    for path in sorted(folder.glob("*.md")):
        for code, line, column in EXPECT.findall(path.read_text(encoding="utf-8")):
            found.add((path.name, code, int(line), int(column)))
    return found


def test_every_bad_file_reports_what_it_states(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = DATA / "bad"
    monkeypatch.chdir(folder)
    code, out, _ = run(capsys, "check", "--format", "json")
    problems = json.loads(out)["problems"]
    reported = {(Path(p["path"]).name, p["code"], p["line"], p["column"]) for p in problems}
    assert code == 1
    assert reported == expected(folder)
    stated = {name for name, *_ in expected(folder)}
    files = {path.name for path in folder.glob("*.md")} - {"README.md"}
    assert files - stated == {"kundnojdhet-2017.md"}  # the one correct file, linked to by others


def test_bad_files_cover_every_file_and_schema_rule() -> None:
    from goals_as_code.check import rules

    codes = {code for _, code, _, _ in expected(DATA / "bad")}
    file_and_schema = {rule.CODE for rule in rules.RULES if rule.CODE[0] in "FV"}
    # F007 (front matter over the size limit) needs a 64 KiB file; test_check covers it
    assert file_and_schema - codes == {"F007"}
    assert {"L001", "L002"} <= codes


def test_activities_written_as_goals_are_otherwise_flawless(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(DATA / "activities-as-goals")
    code, out, _ = run(capsys, "check", "--format", "json", "--ignore", "G")
    payload = json.loads(out)
    assert payload["problems"] == []
    assert (code, payload["files"]) == (0, 5)
