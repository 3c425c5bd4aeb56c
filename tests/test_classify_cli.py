"""goals classify through the real command line: text, json and jsonl output, stdin, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from goals_as_code.cli.main import main
from tests.conftest import run

KEYS = {"text", "lang", "kind", "missing", "reasons", "confidence", "scores"}


def test_text_output_for_a_swedish_activity(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "classify", "Jag skall implementera Scrum på vår IT-avdelning under 2017"
    )
    assert code == 0
    assert err == ""
    assert "Läses som: en aktivitet (activity)" in out
    assert "Språk: sv" in out
    assert "SMART-bokstäver som texten saknar: M" in out
    assert "M  Mätbart" in out
    assert "huvudverb 'implementera'" in out


def test_text_output_in_english_on_request(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "classify", "--messages", "en", "Antal kundmöten/vecka")
    assert code == 0
    assert "Reads as: a KPI (kpi)" in out
    assert "Language: sv" in out
    assert "SMART letters the text lacks: M A R T" in out
    assert "T  Time-bound" in out
    assert "no verb: a noun phrase" in out


def test_text_output_for_a_complete_goal(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "classify", "I will reduce the costs of my team by 5 % during 2026")
    assert code == 0
    assert "Reads as: a goal (goal)" in out
    assert "SMART letters the text lacks: none" in out


def test_jsonl_from_stdin_round_trip(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        "Jag skall sänka kostnaderna med 5 % för min funktion under 2017",
        "",
        "Antal supportsamtal/dag",
        "   ",
        "I greet every customer with a smile",
        "Implement X by March 31",
    ]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    code, out, err = run(capsys, "classify", "--format", "jsonl", "-")
    assert code == 0
    assert err == ""
    records = [json.loads(line) for line in out.splitlines()]
    assert [set(r) for r in records] == [KEYS] * 4  # blank lines skipped
    assert [(r["lang"], r["kind"]) for r in records] == [
        ("sv", "goal"),
        ("sv", "kpi"),
        ("en", "behaviour"),
        ("en", "activity"),
    ]
    assert records[0]["text"] == lines[0]
    assert records[0]["missing"] == []
    assert records[1]["missing"] == ["M", "A", "R", "T"]
    assert records[3]["missing"] == ["M", "A", "R"]
    assert all(isinstance(reason, str) for r in records for reason in r["reasons"])


def test_json_is_one_array(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "classify", "--format", "json", "Vinstmarginal", "Profit margin")
    assert code == 0
    records = json.loads(out)
    assert [(r["text"], r["lang"], r["kind"]) for r in records] == [
        ("Vinstmarginal", "sv", "kpi"),
        ("Profit margin", "en", "kpi"),
    ]


def test_lang_forces_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "classify", "--format", "jsonl", "--lang", "en", "Vinstmarginal")
    assert code == 0
    assert json.loads(out)["lang"] == "en"


def test_no_statement_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "classify")
    assert code == 2
    assert out == ""
    assert "no statement given" in err
    assert "Traceback" not in err


def test_blank_stdin_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n  \n"))
    code, _, err = run(capsys, "classify", "-")
    assert code == 2
    assert "no statement given" in err


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "classify", "--format", "xml", "Vinstmarginal")
    assert code == 2
    assert "xml" in err


def test_expect_makes_the_kind_a_test(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "classify", "--expect", "goal", "Increase revenue by 5 % in 2026")[0] == 0
    assert run(capsys, "classify", "--expect", "goal", "Implement X by March 31")[0] == 1
    code, out, _ = run(
        capsys, "classify", "--expect", "kpi", "Antal kundmöten/vecka", "Implement X by March 31"
    )
    assert code == 1
    assert "Reads as: an activity (activity)" in out  # the report is printed all the same


def test_help_has_examples_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "classify", "--help")
    assert code == 0
    assert "Examples:" in out
    assert "goals classify --format jsonl -" in out
    assert "Exit status: 0" in out


def test_listed_in_the_main_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    flat = " ".join(out.split())
    assert "classify Tell whether a statement reads as a goal, activity, behaviour or KPI." in flat


def test_jsonl_through_a_real_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "goals_as_code", "classify", "--format", "jsonl", "-"],
        input="Jag säger god morgon till mina kollegor\nProfit margin\n",
        capture_output=True,
        text=True,
        check=False,
        encoding="utf-8",
    )
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["lang"], r["kind"]) for r in records] == [("sv", "behaviour"), ("en", "kpi")]
    assert records[0]["text"] == "Jag säger god morgon till mina kollegor"


def test_main_returns_the_code_without_exiting(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "Vinstmarginal"]) == 0
    assert "Vinstmarginal" in capsys.readouterr().out
