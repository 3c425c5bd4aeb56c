"""goals report in Swedish: headings and status names follow `language` and --lang; JSON and
CSV keep their English identifiers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import ANNA, build_history, epoch, team_goal
from tests.conftest import Repo, run
from tests.test_report_html import Charts

AS_OF = ("--as-of", "2017-04-01")


def swedish(repo: Repo) -> None:
    repo.write("goals.toml", 'language = "sv"\n')


def test_text_in_swedish(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    shas = build_history(repo)
    code, out, err = run(capsys, "report", *AS_OF, "--lang", "sv")
    assert code == 0, err
    assert f"Mål per 2017-04-01 (commit {shas['apr'][:10]})" in out
    line = next(line for line in out.splitlines() if line.strip().startswith("faster-replies"))
    for cell in ("anna@example.com", "48 → 30 → 24", "75 %", "1.50", "i fas", "2017-04-01"):
        assert cell in line
    deals = next(line for line in out.splitlines() if line.strip().startswith("more-deals"))
    assert " risk " in deals
    for title in (
        "Ägare",
        "Framsteg",
        "Takt",
        "Incheckningar",
        "Per ägare",
        "Per team",
        "Målhierarki",
        "Fokus: öppna påståenden per person",
        "Nyckeltal",
        "nps: sida vid sida",
        "Team eller person",
    ):
        assert title in out
    for english in ("Goals as of", "By owner", "Alignment", "side by side", "on track", "Pace"):
        assert english not in out


def test_markdown_follows_the_config_and_lang_wins(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    build_history(repo)
    swedish(repo)
    code, out, _ = run(capsys, "report", "--format", "markdown", *AS_OF)
    assert code == 0
    assert out.startswith("# Mål per 2017-04-01 (commit ")
    assert "\n## Mål\n" in out
    assert (
        "| Mål | Påstående | Ägare | Utgångsläge → nuläge → målnivå | Framsteg | Takt | Status "
        "| Senaste incheckning | Incheckningar |"
    ) in out
    goals_table = out.split("\n## Mål\n", 1)[1].split("\n## ", 1)[0]
    rows = {
        line.split(" | ")[0][2:]: line for line in goals_table.splitlines() if line.startswith("| ")
    }
    assert " | i fas | " in rows["faster-replies"]
    assert " | risk | " in rows["more-deals"]
    assert " | uppnått | " in rows["fewer-complaints"]
    assert "| Ägare | Mål | Framsteg | Statusar |" in out
    lines = out.splitlines()
    assert any(  # the roll-up by owner counts statuses in words
        line.startswith("| anna@example.com |") and line.endswith(" | 1 i fas, 1 uppnått |")
        for line in lines
    )
    assert any(
        line.startswith("| bo@example.com |") and line.endswith(" | 1 risk |") for line in lines
    )
    code, out, _ = run(capsys, "report", "--format", "markdown", *AS_OF, "--lang", "en")
    assert out.startswith("# Goals as of 2017-04-01 (commit ")
    assert " | on track | " in out
    assert "| Owner | Goals | Progress | Statuses |" in out


def test_moved_goalposts_in_swedish(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    swedish(repo)
    repo.write("goals/deals.md", team_goal("deals", ANNA, baseline=150, target=160, current=151))
    repo.commit("Set", date=epoch("2017-01-05"))
    repo.write("goals/deals.md", team_goal("deals", ANNA, baseline=150, target=155, current=152))
    repo.commit("Lower the target", name="Bo", email="bo@example.com", date=epoch("2017-02-05"))
    code, out, _ = run(capsys, "report", "--format", "markdown")
    assert code == 0
    assert "### Flyttade målstolpar\n\n| Datum | Mål | Fält | Förändring | Av |" in out
    assert "| 2017-02-05 | deals | metric.target | 160 → 155 | Bo |" in out
    code, out, _ = run(capsys, "report")
    assert "Flyttade målstolpar" in out
    assert "Moved goalposts" not in out


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


def test_a_report_with_nothing_matching_says_so_in_swedish(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    build_history(repo)
    code, out, _ = run(capsys, "report", "--owner", "nobody@example.com", "--lang", "sv")
    assert code == 0
    assert "Inget mål matchar filtren." in out


def test_the_group_of_goals_without_a_team_is_named_in_swedish(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    swedish(repo)
    repo.write("goals/deals.md", team_goal("deals", ANNA, baseline=150, target=160, current=151))
    repo.commit("Set", date=epoch("2017-01-05"))
    code, out, _ = run(capsys, "report", "--format", "markdown")
    assert code == 0
    assert "## Per team\n\n| Team | Mål | Framsteg | Statusar |" in out
    assert "\n| (inget team) | 1 | " in out
    assert "(no team)" not in out
    code, out, _ = run(capsys, "report", "--format", "html")
    assert "<td>(inget team)</td>" in out
    assert "<span>team (inget team)</span>" in out  # the goal's card too
    assert "(no team)" not in out
    code, out, _ = run(capsys, "report", "--lang", "en")
    assert "(no team)" in out


def test_why_progress_is_missing_is_said_in_swedish(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    swedish(repo)
    repo.write("goals/g.md", team_goal("g", ANNA, baseline=0, target=10, kpi="calls"))
    repo.write(
        "goals/calls.md",
        "---\nid: calls\nkind: kpi\nowner: anna@example.com\nvalues: {anna: 3}\n---\n# Calls\n",
    )
    repo.write("goals/h.md", team_goal("h", ANNA, baseline=0, target=10, kpi="gone"))
    repo.write("goals/flat.md", team_goal("flat", ANNA, baseline=5, target=5, current=5))
    repo.write("goals/broken.md", "---\nid: [unclosed\n---\n# Broken\n")
    repo.commit("Goals", date=epoch("2017-02-01"))
    code, out, _ = run(capsys, "report", "--as-of", "2017-03-01")
    assert code == 0
    assert "goals/h.md: h: nyckeltalet 'gone' finns inte i förrådet vid den här revisionen" in out
    assert "nyckeltalet 'calls' har bara värden per team eller person" in out
    assert "målnivån är densamma som utgångsläget (5): det finns ingen väg att gå" in out
    assert (
        "Obs: goals/broken.md: kan inte läsas som ett påstående; kör 'goals check' på filen" in out
    )
    code, out, _ = run(capsys, "report", "--format", "html", "--as-of", "2017-03-01")
    assert "nyckeltalet &#x27;gone&#x27; finns inte i förrådet" in out
    # JSON keeps the English sentences, as before
    code, out, _ = run(capsys, "report", "--format", "json", "--as-of", "2017-03-01")
    assert "the KPI 'gone' is not in the repository at this revision" in out
    assert "finns inte" not in out


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


def test_writing_to_a_file_is_told_in_swedish(
    repo: Repo, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    build_history(repo)
    swedish(repo)
    target = tmp_path / "rapport.md"
    code, out, err = run(capsys, "report", "--format", "markdown", "-o", str(target))
    assert (code, out) == (0, "")
    assert err == f"Skrev rapporten till {target}.\n"
    assert target.read_text(encoding="utf-8").startswith("# Mål per ")
