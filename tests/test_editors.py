"""docs/editors.md: the VS Code task's problem matchers read what goals check prints, and the
exported schemas validate offline with check-jsonschema; no file carries a schema modeline."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOOD_GOAL, Repo, run

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")
TASKS = json.loads(re.findall(r"```json\n(.*?)```", DOC, re.S)[0])

# an error (L002), a warning (A004) and an info (A008, made info by the configuration)
BROKEN = GOOD_GOAL.replace(
    "manager: erik@example.com\n", "manager: erik@example.com\nparent: no-such-goal\n"
)
CONFIG = 'select = ["A", "L"]\nseverity = {A008 = "info"}\n'


def matchers() -> list[tuple[str, re.Pattern[str], dict[str, int]]]:
    [task] = TASKS["tasks"]
    assert task["command"] == "goals check"
    found = []
    for matcher in task["problemMatcher"]:
        assert matcher["fileLocation"] == ["relative", "${workspaceFolder}"]
        pattern = matcher["pattern"]
        groups = {key: pattern[key] for key in ("file", "line", "column", "code", "message")}
        found.append((matcher["severity"], re.compile(pattern["regexp"]), groups))
    return found


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_problem_matchers_read_every_problem_at_its_level(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    repo.write("goals.toml", CONFIG + f'language = "{lang}"\n')
    repo.write("goals/faster-replies.md", BROKEN)
    code, out, _ = run(capsys, "check")
    assert code == 1
    _, as_json, _ = run(capsys, "check", "--format", "json")
    expected = [
        (p["severity"], p["path"], p["line"], p["column"], p["code"])
        for p in json.loads(as_json)["problems"]
    ]
    assert {level for level, *_ in expected} == {"error", "warning", "info"}
    seen = []
    for line in out.splitlines()[:-1]:  # the last line is the summary
        hits = [
            (level, found, groups) for level, rx, groups in matchers() if (found := rx.match(line))
        ]
        assert len(hits) == 1, line
        level, found, groups = hits[0]
        seen.append(
            (
                level,
                found.group(groups["file"]),
                int(found.group(groups["line"])),
                int(found.group(groups["column"])),
                found.group(groups["code"]),
            )
        )
        assert found.group(groups["message"]).startswith("[")
    assert seen == expected
    assert not any(rx.match(out.splitlines()[-1]) for _, rx, _ in matchers())


def test_no_statement_file_carries_a_schema_modeline(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "init")
    run(capsys, "new", "kpi", "--id", "reply-time", "--statement", "Median reply time")
    written = [*(repo.path / "goals").rglob("*.md"), *(ROOT / "examples").rglob("*.md")]
    assert len(written) > 30
    assert [p for p in written if "yaml-language-server" in p.read_text(encoding="utf-8")] == []


def test_exported_schemas_validate_offline_without_a_base_uri(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    checker = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    assert checker is not None
    folder = tmp_path / "schemas"
    assert run(capsys, "schema", "--write", str(folder))[0] == 0
    (tmp_path / "good.yaml").write_text(
        "id: faster-replies\nkind: goal\nowner: anna@example.com\nmanager: erik@example.com\n"
        "deadline: 2017-06-30\nmetric: {unit: hours, direction: decrease, baseline: 48, "
        "target: 24}\n",
        encoding="utf-8",
    )
    (tmp_path / "bad.yaml").write_text(
        "id: Faster Replies\nkind: goal\nowner: 3\n", encoding="utf-8"
    )
    dead = "http://127.0.0.1:9"  # no network: every download fails at once
    env = {**os.environ, "http_proxy": dead, "https_proxy": dead, "HTTPS_PROXY": dead}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def check(name: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                checker,
                "--no-cache",
                "--schemafile",
                str(folder / "goal.schema.json"),
                str(tmp_path / name),
            ],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )

    good = check("good.yaml")
    assert (good.returncode, good.stdout) == (0, "ok -- validation done\n"), good.stderr
    bad = check("bad.yaml")
    assert bad.returncode == 1, bad.stderr
    assert "$.owner: 3 is not of type 'string'" in bad.stdout
    assert "'Faster Replies' does not match" in bad.stdout
