"""goals report --stale (the check-ins due per owner, for a scheduled job) and --compare (the
team then and now), on the repository of tests/test_conversation.py."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, Repo, run
from tests.test_conversation import talked

__all__ = ["talked"]

TODAY = ("--as-of", "2017-04-01")


def test_stale_as_markdown_per_owner(talked: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "report", "--stale", "--format", "markdown", *TODAY)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "# Check-ins due as of 2017-04-01",
        "",
        "## anna@example.com",
        "",
        "| Id | Kind | Statement | Last check-in | Frequency |",
        "|---|---|---|---|---|",
        "| fewer-complaints | goal | I will cut complaints from 10 to 5 a month | 2017-01-02 | – |",
        "| onboarding-2016 | goal | I will onboard 10 new customers by the end of 2016 | 2017-01-02 | – |",
        "",
        "## bo@example.com",
        "",
        "| Id | Kind | Statement | Last check-in | Frequency |",
        "|---|---|---|---|---|",
        "| more-deals | goal | I will reach more-deals | never | – |",
        "",
        "## erik@example.com",
        "",
        "| Id | Kind | Statement | Last check-in | Frequency |",
        "|---|---|---|---|---|",
        "| satisfaction | goal | I will reach satisfaction | never | – |",
    ]


def test_stale_as_json(talked: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "report", "--stale", "--format", "json", "--owner", "anna@example.com", *TODAY
    )
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["as_of"] == "2017-04-01"
    assert [
        (o["owner"], [(d["id"], d["kind"], d["last_checkin"]) for d in o["due"]])
        for o in data["owners"]
    ] == [
        (
            "anna@example.com",
            [("fewer-complaints", "goal", "2017-01-02"), ("onboarding-2016", "goal", "2017-01-02")],
        )
    ]


def test_stale_in_swedish(talked: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "report", "--stale", "--format", "markdown", "--lang", "sv", *TODAY
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[:6] == [
        "# Incheckningar på tur per 2017-04-01",
        "",
        "## anna@example.com",
        "",
        "| Id | Typ | Påstående | Senaste incheckning | Frekvens |",
        "|---|---|---|---|---|",
    ]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "Usage: goals report [OPTIONS]\nTry 'goals report --help' for help.\n\n"
            "Error: --stale writes text, markdown or json\n",
        ),
        (
            "sv",
            "Användning: goals report [OPTIONS]\nSkriv 'goals report --help' för hjälp.\n\n"
            "Fel: --stale skriver text, markdown eller json\n",
        ),
    ],
)
def test_stale_takes_no_html(
    talked: Repo, capsys: pytest.CaptureFixture[str], lang: str, said: str
) -> None:
    code, out, err = run(capsys, "report", "--stale", "--format", "html", "--lang", lang)
    assert (code, out, err) == (2, "", said)


def test_compare_then_and_now(talked: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "report", "--compare", "2017-02-15", "--format", "markdown", *TODAY
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "# Goals then and now: 2017-02-15 → 2017-04-01",
        "",
        "## Then (2017-02-15) and now (2017-04-01)",
        "",
        "| Goal | Owner | Progress then | Progress now | Status then | Status now |",
        "|---|---|---:|---:|---|---|",
        "| satisfaction | erik@example.com | – | – | not started | not started |",
        "| more-deals | bo@example.com | – | – | not started | not started |",
        "| faster-replies | anna@example.com | 17 % | 28 % | behind | behind |",
        "| fewer-complaints | anna@example.com | 50 % | 50 % | on track | on track |",
        "| onboarding-2016 | anna@example.com | 50 % | 50 % | overdue | overdue |",
        "",
        "## Goalposts moved between",
        "",
        "| Date | Goal | Field | Change | By | Commit | Message |",
        "|---|---|---|---|---|---|---|",
        f"| 2017-03-06 | more-deals | metric.target | 160 → 170 | Erik | {talked.git('rev-parse', 'HEAD').strip()[:10]} | Raise the deals target |",
        f"| 2017-03-05 | faster-replies | metric.target | 24 → 30 | Erik | {talked.git('rev-parse', 'HEAD~1').strip()[:10]} | Ease the reply-time target |",
    ]


def test_compare_as_json(talked: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "report", "--compare", "2017-02-15", "--format", "json", *TODAY)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["then"]["as_of"] == "2017-02-15"
    assert data["now"]["as_of"] == "2017-04-01"
    goals = {goal["id"]: goal for goal in data["goals"]}
    assert goals["faster-replies"]["then"]["progress"] == pytest.approx(4 / 24)
    assert goals["faster-replies"]["now"]["progress"] == pytest.approx(5 / 18)
    # the complaints target moved before 2017-02-15: not between
    assert [(m["goal"], m["old"], m["new"]) for m in data["moved"]] == [
        ("more-deals", 160, 170),
        ("faster-replies", 24, 30),
    ]


def test_the_scheduled_digest_of_docs_ci_runs(talked: Repo, tmp_path: Path) -> None:
    """The digest workflow's steps that run goals, as the runner runs them (bash -e)."""
    blocks = re.findall(
        r"```yaml\n(.*?)```", (ROOT / "docs" / "ci.md").read_text(encoding="utf-8"), re.DOTALL
    )
    workflow = yaml.safe_load(blocks[2])
    assert workflow[True]["schedule"] == [{"cron": "0 7 * * 1"}]  # PyYAML reads `on` as true
    steps = {step.get("name"): step for step in workflow["jobs"]["digest"]["steps"]}
    summary = tmp_path / "summary.md"
    env = {**os.environ, "GITHUB_STEP_SUMMARY": str(summary), "GOALS_TODAY": "2017-04-01"}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    for name in ("Write the digest", "Show it on the run's page"):
        subprocess.run(
            ["bash", "-e", "-c", steps[name]["run"]], cwd=talked.path, env=env, check=True
        )
    written = summary.read_text(encoding="utf-8").splitlines()
    assert written[:3] == ["# Check-ins due as of 2017-04-01", "", "## anna@example.com"]
    assert (talked.path / "goals-digest.md").read_text(encoding="utf-8").splitlines() == written
    assert "gh issue create" in steps["Post it as an issue"]["run"]


@pytest.mark.parametrize(
    ("lang", "titles"),
    [
        ("en", ["Then (2017-02-15) and now (2017-04-01)", "Goalposts moved between"]),
        ("sv", ["Då (2017-02-15) och nu (2017-04-01)", "Målstolpar flyttade däremellan"]),
    ],
)
def test_compare_as_html(
    talked: Repo, capsys: pytest.CaptureFixture[str], lang: str, titles: list[str]
) -> None:
    code, out, err = run(
        capsys, "report", "--compare", "2017-02-15", "--format", "html", "--lang", lang, *TODAY
    )
    assert (code, err) == (0, "")
    assert re.findall(r"<h2>([^<]*)</h2>", out)[1:] == titles
    assert out.count('<article class="card"') == 5
