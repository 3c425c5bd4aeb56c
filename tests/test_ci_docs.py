"""The CI recipes of docs/ci.md, run as written in a real repository with a base and a head."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from goals_as_code.markdown import parse
from goals_as_code.source import acceptance
from tests.conftest import GOOD_GOAL, Repo

ROOT = Path(__file__).resolve().parent.parent
BLOCKS = re.findall(
    r"```yaml\n(.*?)```", (ROOT / "docs" / "ci.md").read_text(encoding="utf-8"), re.DOTALL
)
GITHUB: dict[str, Any] = yaml.safe_load(BLOCKS[0])
GITLAB: dict[str, Any] = yaml.safe_load(BLOCKS[1])
PATH = "goals/faster-replies.md"


# Only the families these tests are about, so that rules added later do not change the counts;
# the goal stands alone, and its link to an organisation goal (L006) is not what this is about.
SELECT = 'select = ["A", "F", "V", "L", "C"]\nignore = ["L006"]\n'


@pytest.fixture
def repo(repo: Repo) -> Repo:
    repo.write("goals.toml", SELECT)
    return repo


INSTALL = "python -m pip install wheels/goals_as_code-*.whl"


def pull_request(repo: Repo, *, ease: bool) -> tuple[str, str]:
    """main holds the goal, accepted by its manager and agreed to by its owner; feature checks
    in, or eases the target (and the owner agrees to the eased goal in the same commit)."""
    doc = parse(GOOD_GOAL, PATH)
    fingerprint = acceptance.fingerprint(doc.data, doc.statement)
    block = acceptance.Accepted("erik@example.com", "2017-01-05", fingerprint)
    text = acceptance.write(GOOD_GOAL, block)
    repo.write(PATH, text)
    repo.commit("Add the accepted goal", name="Erik Eriksson", email="erik@example.com")
    agreed = acceptance.Accepted("anna@example.com", "2017-01-06", fingerprint)
    text = acceptance.write(text, agreed, acceptance.AGREED)
    repo.write(PATH, text)
    base = repo.commit("Agree to the goal", name="Anna Andersson", email="anna@example.com")
    repo.git("checkout", "-q", "-b", "feature")
    text = text.replace("current: 36", "current: 30")
    if ease:
        text = text.replace("target: 24", "target: 30")
        eased = parse(text, PATH)
        again = agreed._replace(fingerprint=acceptance.fingerprint(eased.data, eased.statement))
        text = acceptance.write(text, again, acceptance.AGREED)
    repo.write(PATH, text)
    head = repo.commit("Update the goal", name="Anna Andersson", email="anna@example.com")
    return base, head


def environment(tmp: Path, extra: dict[str, str]) -> dict[str, str]:
    env = {**os.environ, **extra}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    env["GITHUB_ENV"] = str(tmp / "github-env")
    env["GITHUB_OUTPUT"] = str(tmp / "github-output")
    return env


def github_expressions(value: str, base: str, head: str) -> str:
    known = {"github.event.pull_request.base.sha": base, "github.event.pull_request.head.sha": head}
    return re.sub(r"\$\{\{\s*([\w.]+)\s*\}\}", lambda m: known[m.group(1)], value)


def run_github(repo: Repo, tmp: Path, base: str, head: str) -> dict[str, int]:
    """Run each run: step like the runner (bash -e), skipping the install; outcomes by step id."""
    outcomes: dict[str, int] = {}
    steps = GITHUB["jobs"]["goals"]["steps"]
    for step in steps:
        if "run" not in step or step["run"].strip() == INSTALL or step["run"].strip() == "exit 1":
            continue
        env = {
            key: github_expressions(str(value), base, head)
            for key, value in step.get("env", {}).items()
        }
        done = subprocess.run(
            ["bash", "-e", "-c", step["run"]], cwd=repo.path, env=environment(tmp, env), check=False
        )
        outcomes[step["id"]] = done.returncode
    return outcomes


def test_the_github_workflow_is_complete() -> None:
    steps = GITHUB["jobs"]["goals"]["steps"]
    assert steps[0]["with"]["fetch-depth"] == 0
    uses = [step.get("uses", "").split("@")[0] for step in steps]
    assert "github/codeql-action/upload-sarif" in uses
    assert "marocchino/sticky-pull-request-comment" in uses
    runs = [step["run"] for step in steps if "run" in step]
    assert INSTALL in runs
    gate = steps[-1]
    assert gate["run"] == "exit 1"
    assert gate["if"] == "steps.check.outcome == 'failure' || steps.review.outcome == 'failure'"
    assert {step.get("id") for step in steps} >= {"check", "review"}


def test_github_workflow_flags_a_moved_target(repo: Repo, tmp_path: Path) -> None:
    base, head = pull_request(repo, ease=True)
    outcomes = run_github(repo, tmp_path, base, head)
    assert outcomes == {"check": 1, "review": 1}
    sarif = json.loads((repo.path / "goals.sarif").read_text())
    assert [result["ruleId"] for result in sarif["runs"][0]["results"]] == ["A005"]
    review = (repo.path / "goals-review.md").read_text()
    assert "| metric.target | 24 | 30 |" in review
    assert "the ambition went down" in review


def test_github_workflow_passes_a_checkin(repo: Repo, tmp_path: Path) -> None:
    base, head = pull_request(repo, ease=False)
    outcomes = run_github(repo, tmp_path, base, head)
    assert outcomes == {"check": 0, "review": 0}
    assert json.loads((repo.path / "goals.sarif").read_text())["runs"][0]["results"] == []
    review = (repo.path / "goals-review.md").read_text()
    # a routine check-in is a row of the check-ins table
    assert "| faster-replies | 36 → 30 | – |" in review.splitlines()


def run_gitlab(repo: Repo, tmp: Path, base: str, head: str) -> subprocess.CompletedProcess[str]:
    script = [line for line in GITLAB["goals"]["script"] if line != INSTALL]
    env = environment(
        tmp,
        {
            "CI_MERGE_REQUEST_DIFF_BASE_SHA": base,
            "CI_COMMIT_SHA": head,
            "CI_API_V4_URL": "http://127.0.0.1:9/api/v4",
            "CI_PROJECT_ID": "1",
            "CI_MERGE_REQUEST_IID": "1",
        },
    )
    env.pop("GOALS_API_TOKEN", None)
    return subprocess.run(
        ["bash", "-eo", "pipefail", "-c", "\n".join(script)],
        cwd=repo.path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_gitlab_job_flags_a_moved_target(repo: Repo, tmp_path: Path) -> None:
    assert INSTALL in GITLAB["goals"]["script"]
    assert GITLAB["goals"]["variables"]["GIT_DEPTH"] == 0
    base, head = pull_request(repo, ease=True)
    done = run_gitlab(repo, tmp_path, base, head)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "A005 [stale-acceptance]" in done.stdout
    assert "| metric.target | 24 | 30 |" in done.stdout  # cat goals-review.md


def test_gitlab_job_passes_a_checkin(repo: Repo, tmp_path: Path) -> None:
    base, head = pull_request(repo, ease=False)
    done = run_gitlab(repo, tmp_path, base, head)
    assert done.returncode == 0, done.stdout + done.stderr
    review = (repo.path / "goals-review.md").read_text()
    assert "| faster-replies | 36 → 30 | – |" in review.splitlines()


def test_the_install_step_installs_the_wheel_kept_in_the_repository(
    repo: Repo, tmp_path: Path, wheel: Path
) -> None:
    """The install line as written, in a repository that keeps the wheel as the docs say; pip
    installs it into a folder of its own, without its dependencies, so no network is asked."""
    steps = GITHUB["jobs"]["goals"]["steps"]
    assert next(step["run"] for step in steps if "run" in step) == INSTALL
    assert GITLAB["goals"]["script"][0] == INSTALL
    (repo.path / "wheels").mkdir()
    shutil.copy2(wheel, repo.path / "wheels" / wheel.name)
    target = tmp_path / "installed"
    extra = {"PIP_TARGET": str(target), "PIP_NO_DEPS": "1", "PIP_NO_INDEX": "1"}
    done = subprocess.run(
        ["bash", "-e", "-c", INSTALL],
        cwd=repo.path,
        env=environment(tmp_path, extra),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (target / "goals_as_code" / "cli" / "main.py").is_file()
