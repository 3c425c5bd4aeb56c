"""goals report in Swedish as such: the HTML page, the identifiers that stay English, and a
Swedish wording for every sentence. The outputs told in both languages are tested, parametrised,
in tests/test_report.py."""

from __future__ import annotations

import pytest

from tests.builders import build_history
from tests.conftest import Repo, run
from tests.test_report_html import Charts

AS_OF = ("--as-of", "2017-04-01")


def swedish(repo: Repo) -> None:
    repo.write("goals.toml", 'language = "sv"\n')


def test_json_and_csv_stay_english_identifiers(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    build_history(repo)
    for fmt in ("json", "csv"):
        _, english, _ = run(capsys, "report", "--format", fmt, *AS_OF, "--lang", "en")
        _, swedish_out, _ = run(capsys, "report", "--format", fmt, *AS_OF, "--lang", "sv")
        assert swedish_out == english
        assert "on-track" in english
        assert "i fas" not in swedish_out


def test_html_page_in_swedish(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    build_history(repo)
    swedish(repo)
    code, out, _ = run(capsys, "report", "--format", "html", *AS_OF)
    assert code == 0
    assert out.startswith('<!DOCTYPE html><html lang="sv">')
    assert "<h1>Målrapport</h1>" in out
    parsed = Charts()
    parsed.feed(out)
    assert parsed.statuses == {
        "satisfaction": "i fas",
        "more-deals": "risk",
        "faster-replies": "i fas",
        "fewer-complaints": "uppnått",
    }
    for title in ("Per ägare", "Per team", "Målhierarki", "Nyckeltal", "nps: sida vid sida"):
        assert f"<h2>{title}</h2>" in out
    assert "<h2>Mål (4)</h2>" in out
    assert "senaste incheckning 2017-04-01" in out
    assert "3 incheckning(ar)" in out
    assert "Framsteg, takt och status räknas fram" in out
    for english in ("Goals report", "By owner", "last check-in", "check-in(s)", ">on track<"):
        assert english not in out
    code, out, _ = run(capsys, "report", "--format", "html", *AS_OF, "--lang", "en")
    assert out.startswith('<!DOCTYPE html><html lang="en">')
    assert "<h1>Goals report</h1>" in out


def test_every_sentence_of_the_report_has_its_swedish() -> None:
    from goals_as_code.i18n.messages import sentence
    from goals_as_code.source import progress as calc

    said = {
        "no metric: add 'metric' with unit, direction, baseline and target": calc.progress(
            None, None, None, None
        ),
        "a range goal needs 'metric.target' as [low, high]": calc.progress("range", 1, 5, 2),
        "no target: set 'metric.target' to a number": calc.progress("increase", 1, None, 2),
        "no baseline: set 'metric.baseline' to where the goal started": calc.progress(
            "increase", None, 5, 2
        ),
        "unknown direction 'sideways'": calc.progress("sideways", 1, 5, 2),
    }
    for english, result in said.items():
        assert result.problem is not None
        assert (str(result.problem), sentence("en", result.problem)) == (english, english)
        assert sentence("sv", result.problem) != english
    assert sentence("sv", said["unknown direction 'sideways'"].problem or "") == (
        "okänd riktning 'sideways'"
    )
    assert sentence("sv", "a note of the history") == "a note of the history"
