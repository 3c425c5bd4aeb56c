"""goals report on real repositories with a known history: values computed by hand."""

from __future__ import annotations

import csv
import datetime
import html
import io
import json
import re
import subprocess
from pathlib import Path, PurePosixPath
from typing import Any

import click
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goals_as_code.report import formats
from goals_as_code.report import model as report_module
from goals_as_code.source import config as config_module
from tests.builders import ANNA, BO, ERIK, build_history, epoch, team_goal
from tests.conftest import Repo, run


def report_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    code, out, err = run(capsys, "report", "--format", "json", *args)
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def by_id(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in data["goals"]}


# The report's words in each language; the numbers, ids and units are the files' in every one.
WORDS: dict[str, dict[str, str]] = {
    "en": {},
    "sv": {
        "stale": "inaktuell",
        "Behaviour": "Beteende",
        "Frequency": "Frekvens",
        "Seen": "Observerat",
        "not yet observed": "inte observerat än",
        "Goals as of": "Mål per",
        "Goals": "Mål",
        "Goal": "Mål",
        "Statement": "Påstående",
        "Owner": "Ägare",
        "Baseline → current → target": "Utgångsläge → nuläge → målnivå",
        "Progress": "Framsteg",
        "Pace": "Takt",
        "Last check-in": "Senaste incheckning",
        "Check-ins": "Incheckningar",
        "on track": "i fas",
        "at risk": "risk",
        "achieved": "uppnått",
        "By owner": "Per ägare",
        "By team": "Per team",
        "Statuses": "Statusar",
        "Alignment": "Målhierarki",
        "Weight": "Vikt",
        "Own progress": "Eget framsteg",
        "From children": "Från delmål",
        "Focus": "Fokus: öppna påståenden per person",
        "KPIs": "Nyckeltal",
        "KPI": "Nyckeltal",
        "Activities": "Aktiviteter",
        "Behaviours": "Beteenden",
        "Unit": "Enhet",
        "Latest": "Senaste",
        "Healthy": "Sund nivå",
        "Change": "Förändring",
        "better": "bättre",
        "side by side": "sida vid sida",
        "Team or person": "Team eller person",
        "Before": "Före",
        "Moved goalposts": "Flyttade målstolpar",
        "Date": "Datum",
        "Field": "Fält",
        "By": "Av",
        "no team": "inget team",
        "Activity plan per goal": "Aktivitetsplan per mål",
        "Done": "Klara",
        "Overdue": "Försenade",
        "Effort (hours)": "Insats (timmar)",
        "Activity": "Aktivitet",
        "State": "Läge",
        "Due": "Klar senast",
        "Effort": "Insats",
        "doing": "pågår",
        "Effort per person": "Insats per person",
        "Open": "Öppna",
        "Pace legend": "Takt: framsteg ÷ det framsteg som väntas hittills på en rak linje från "
        "start till slutdatum; 1.00 är enligt plan, under 1 efter.",
    },
}
ENGLISH = {
    "Focus": "Focus: open statements per person",
    "Pace legend": "Pace: progress ÷ the progress expected by now on a straight line from start "
    "to deadline; 1.00 is on schedule, below 1 behind.",
}


def words(lang: str) -> dict[str, str]:
    """The words of `lang`, each English word its own key (as in ``{Goals}``)."""
    english = {word: ENGLISH.get(word, word) for word in WORDS["sv"]}
    return {**english, **WORDS[lang]}


def cells(out: str) -> list[list[str]]:
    """The text report's lines as their cells: a table pads its cells with two spaces or more,
    and its rule under the headings is shown as one "─"."""
    rows = [re.split(r" {2,}", line.strip()) for line in out.splitlines() if line.strip()]
    return [["─"] if set(row[0]) == {"─"} else row for row in rows]


def test_progress_pace_and_status_by_hand(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    shas = build_history(repo)
    data = report_json(capsys, "--as-of", "2017-04-01")
    assert data["as_of"] == "2017-04-01"
    assert data["revision"] == shas["apr"]
    assert data["shallow"] is False
    goals = by_id(data)
    assert list(goals) == ["satisfaction", "more-deals", "faster-replies", "fewer-complaints"]

    replies = goals["faster-replies"]
    assert (replies["baseline"], replies["current"], replies["target"]) == (48, 30, 24)
    assert replies["progress"] == pytest.approx(0.75)  # (48 - 30) / (48 - 24)
    assert replies["expected"] == pytest.approx(90 / 180)  # 1 Jan to 1 Apr of 1 Jan to 30 Jun
    assert replies["pace"] == pytest.approx(1.5)
    assert replies["status"] == "on-track"
    assert replies["checkins"] == 3
    assert [p["value"] for p in replies["series"]] == [42, 36, 30]
    assert [p["date"] for p in replies["series"]] == ["2017-01-31", "2017-02-28", "2017-03-31"]
    assert replies["last_checkin"] == "2017-04-01"
    assert replies["stale"] is False
    assert replies["team"] == "support"

    deals = goals["more-deals"]
    assert deals["progress"] == pytest.approx(0.2)  # (152 - 150) / (160 - 150)
    assert deals["pace"] == pytest.approx(0.2 / (90 / 364))  # 0.809: between 0.7 and 0.9
    assert deals["status"] == "at-risk"
    assert deals["weight"] == 2

    complaints = goals["fewer-complaints"]
    assert complaints["progress"] == pytest.approx(1.5)  # (10 - 2.5) / (10 - 5): past 100 %
    assert complaints["status"] == "achieved"


def test_goal_takes_the_kpi_value_and_check_ins(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    build_history(repo)
    data = report_json(capsys, "--as-of", "2017-04-01")
    satisfaction = by_id(data)["satisfaction"]
    assert satisfaction["current"] == 40
    assert satisfaction["current_from"] == "kpi:nps"
    assert satisfaction["measured"] == "2017-03-31"
    assert satisfaction["progress"] == pytest.approx(0.5)  # (40 - 30) / (50 - 30)
    assert [p["value"] for p in satisfaction["series"]] == [30, 35, 40]
    assert satisfaction["checkins"] == 3

    (nps,) = data["kpis"]
    assert [p["value"] for p in nps["series"]] == [30, 35, 40]
    assert nps["series"][-1]["values"] == {"support": 45, "sales": 35}
    assert nps["change"] == 5
    assert nps["better"] is True
    assert nps["values"] == {"support": 45, "sales": 35}


def test_roll_ups_are_weighted_and_capped(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    build_history(repo)
    data = report_json(capsys, "--as-of", "2017-04-01")
    tree = {node["id"]: node for node in data["rollups"]["tree"]}
    # children: faster-replies 0.75 (w 1), more-deals 0.2 (w 2), fewer-complaints 1.5 -> 1 (w 1)
    assert tree["satisfaction"]["rolled"] == pytest.approx((0.75 + 2 * 0.2 + 1.0) / 4)
    assert tree["satisfaction"]["own"] == pytest.approx(0.5)
    assert tree["satisfaction"]["depth"] == 0
    assert tree["more-deals"]["depth"] == 1
    assert tree["faster-replies"]["rolled"] is None
    owners = {group["name"]: group for group in data["rollups"]["owners"]}
    assert owners[ANNA]["progress"] == pytest.approx((0.75 + 1.0) / 2)
    assert owners[ANNA]["statuses"] == {"on-track": 1, "achieved": 1}
    assert owners[BO]["progress"] == pytest.approx(0.2)
    teams = {group["name"]: group for group in data["rollups"]["teams"]}
    assert set(teams) == {"company", "sales", "support"}
    assert teams["support"]["goals"] == 2
    counts = {row["owner"]: row for row in data["counts"]}
    assert counts[ANNA] == {
        "owner": ANNA,
        "goals": 2,
        "kpis": 0,
        "activities": 1,
        "behaviours": 1,
    }
    assert counts[ERIK]["kpis"] == 1


def test_team_from_field(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("goals.toml", '[report]\nteam-from = "field"\n')
    repo.write(
        "goals/a.md", team_goal("a", ANNA, baseline=0, target=10, current=5, team="Kundtjänst")
    )
    repo.write("goals/b.md", team_goal("b", BO, baseline=0, target=10, current=5))
    repo.commit("Goals", date=epoch("2017-02-01"))
    goals = by_id(report_json(capsys))
    assert goals["a"]["team"] == "Kundtjänst"
    assert goals["b"]["team"] == "(no team)"


def test_thresholds_come_from_the_config(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    build_history(repo)
    assert by_id(report_json(capsys, "--as-of", "2017-04-01"))["more-deals"]["status"] == "at-risk"
    repo.write("goals.toml", "[report]\non-track = 0.8\nat-risk = 0.5\n")
    assert by_id(report_json(capsys, "--as-of", "2017-04-01"))["more-deals"]["status"] == "on-track"
    repo.write("goals.toml", "[report]\non-track = 1.5\nat-risk = 1.2\n")
    assert by_id(report_json(capsys, "--as-of", "2017-04-01"))["more-deals"]["status"] == "behind"


def test_staleness_from_the_last_check_in(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    build_history(repo)
    # monthly: 31 days after the last check-in (committed 1 April) is still on time
    assert by_id(report_json(capsys, "--as-of", "2017-05-02"))["faster-replies"]["stale"] is False
    assert by_id(report_json(capsys, "--as-of", "2017-05-03"))["faster-replies"]["stale"] is True
    code, out, err = run(capsys, "report", "--as-of", "2017-05-03")
    assert (code, err) == (0, "")
    assert cells(out)[6] == [
        "faster-replies",
        "anna@example.com",
        "48 → 30 → 24 units",
        "75 %",
        "1.11",
        "on track",
        "2017-04-01 (stale)",
        "3",
    ]


def test_at_rebuilds_an_earlier_state(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    shas = build_history(repo)
    for at in ("2017-03-01", shas["mar"]):
        data = report_json(capsys, "--at", at)
        assert data["as_of"] == "2017-03-01"  # the date asked for, or the commit's date
        assert data["revision"] == shas["mar"]
        replies = by_id(data)["faster-replies"]
        assert replies["current"] == 36
        assert replies["checkins"] == 2
        assert replies["progress"] == pytest.approx(0.5)
        assert replies["expected"] == pytest.approx(59 / 180)
        satisfaction = by_id(data)["satisfaction"]
        assert satisfaction["current"] == 35
        assert by_id(data)["more-deals"]["current"] is None
        assert by_id(data)["more-deals"]["status"] == "not-started"


def test_since_limits_the_history_read(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    shas = build_history(repo)
    replies = by_id(report_json(capsys, "--since", "2017-02-15"))["faster-replies"]
    assert [p["value"] for p in replies["series"]] == [36, 30]
    replies = by_id(report_json(capsys, "--since", shas["feb"]))["faster-replies"]
    assert replies["checkins"] == 2
    assert replies["current"] == 30  # the state itself is still the one at HEAD


def test_filters(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    build_history(repo)
    base = ("--as-of", "2017-04-01")
    assert list(by_id(report_json(capsys, *base, "--owner", ANNA))) == [
        "faster-replies",
        "fewer-complaints",
    ]
    assert list(by_id(report_json(capsys, *base, "--team", "sales", "--team", "company"))) == [
        "satisfaction",
        "more-deals",
    ]
    assert list(by_id(report_json(capsys, *base, "--status", "at-risk"))) == ["more-deals"]
    assert sorted(by_id(report_json(capsys, *base, "--parent", "satisfaction"))) == [
        "faster-replies",
        "fewer-complaints",
        "more-deals",
    ]
    # faster-replies runs to 30 June; the others all year
    assert list(by_id(report_json(capsys, *base, "--period", "2017-Q3"))) == [
        "satisfaction",
        "more-deals",
        "fewer-complaints",
    ]
    assert len(by_id(report_json(capsys, *base, "--period", "2017"))) == 4
    assert by_id(report_json(capsys, *base, "--period", "2018-01-01..2018-06-30")) == {}
    filtered = report_json(capsys, *base, "--owner", ANNA)
    assert [group["name"] for group in filtered["rollups"]["owners"]] == [ANNA]


def test_bad_period_and_date_are_usage_errors(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    build_history(repo)
    code, out, err = run(capsys, "report", "--period", "Q5")
    assert (code, out, err) == (
        2,
        "",
        "goals: error: 'Q5' is not a period; write a year (2017), a quarter (2017-Q2), a half "
        "(2017-H1), a month (2017-05) or a date range (2017-01-01..2017-06-30)\n",
    )
    code, out, err = run(capsys, "report", "--as-of", "2017-13-01")
    assert (code, out, err) == (
        2,
        "",
        "goals: error: '2017-13-01' is not a date; write it as YYYY-MM-DD\n",
    )
    code, out, err = run(capsys, "report", "--at", "no-such-branch")
    assert (code, out, err) == (
        2,
        "",
        "goals: error: unknown revision 'no-such-branch': give a commit, branch or tag "
        "(see 'git log'), or a date as YYYY-MM-DD\n",
    )


def test_periods() -> None:
    D = datetime.date
    assert report_module.period("2017") == (D(2017, 1, 1), D(2017, 12, 31))
    assert report_module.period("2017-Q2") == (D(2017, 4, 1), D(2017, 6, 30))
    assert report_module.period("2017-q4") == (D(2017, 10, 1), D(2017, 12, 31))
    assert report_module.period("2017-H2") == (D(2017, 7, 1), D(2017, 12, 31))
    assert report_module.period("2017-02") == (D(2017, 2, 1), D(2017, 2, 28))
    assert report_module.period("2017-03-01..2017-03-31") == (D(2017, 3, 1), D(2017, 3, 31))


def test_kinds_of_goal(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write(
        "goals/at-least.md",
        team_goal("at-least", ANNA, direction="at_least", target=90, current=92),
    )
    repo.write(
        "goals/at-most.md", team_goal("at-most", ANNA, direction="at_most", target=5, current=7)
    )
    repo.write(
        "goals/range.md", team_goal("range", ANNA, direction="range", target="[20, 30]", current=25)
    )
    repo.write(
        "goals/binary.md", team_goal("binary", ANNA, direction="binary", target=1, current=0)
    )
    repo.write("goals/flat.md", team_goal("flat", ANNA, baseline=10, target=10, current=12))
    repo.commit("Goals", date=epoch("2017-03-01"))
    goals = by_id(report_json(capsys, "--as-of", "2017-07-01"))
    assert (goals["at-least"]["progress"], goals["at-least"]["status"]) == (1.0, "on-track")
    assert (goals["at-most"]["progress"], goals["at-most"]["status"]) == (0.0, "behind")
    assert (goals["range"]["progress"], goals["range"]["target"]) == (1.0, [20, 30])
    assert goals["binary"]["progress"] == 0.0
    assert goals["binary"]["status"] == "behind"  # 0 of 1, half the year gone
    flat = goals["flat"]
    assert flat["progress"] is None
    assert flat["status"] == "unknown"
    flat_problem = (
        "the target equals the baseline (10): there is no way to go, so progress cannot be "
        "computed; change 'metric.target'"
    )
    assert flat["problems"] == [flat_problem]
    code, out, err = run(capsys, "report", "--as-of", "2017-07-01")
    assert (code, err) == (0, "")
    lines = [line.rstrip() for line in out.splitlines()]
    wrapped, last = flat_problem.rsplit(" ", 1)  # the line wraps at 132 columns
    at = lines.index(f"goals/flat.md: flat: {wrapped}")
    assert lines[at + 1] == last


MOVED_MARKDOWN = """\
# {Goals as of} 2017-03-31 (commit {sha})

## {Goals}

| {Goal} | {Statement} | {Owner} | {Baseline → current → target} | {Progress} | {Pace} | Status | {Last check-in} | {Check-ins} |
|---|---|---|---:|---:|---:|---|---|---:|
| deals | I will reach deals | anna@example.com | 150 → 152 → 155 units | 40 % | 1.64 | {on track} | 2017-02-05 ({stale}) | 2 |

### {Moved goalposts}

| {Date} | {Goal} | {Field} | {Change} | {By} | Commit |
|---|---|---|---|---|---|
| 2017-02-05 | deals | metric.target | 160 → 155 | Bo | {sha} |

## {By owner}

| {Owner} | {Goals} | {Progress} | {Statuses} |
|---|---:|---:|---|
| anna@example.com | 1 | 40 % | 1 {on track} |

## {By team}

| Team | {Goals} | {Progress} | {Statuses} |
|---|---:|---:|---|
| ({no team}) | 1 | 40 % | 1 {on track} |

## {Focus}

| {Owner} | {Goals} | {KPIs} | {Activities} | {Behaviours} |
|---|---:|---:|---:|---:|
| anna@example.com | 1 | 0 | 0 | 0 |
"""

MOVED_TEXT = """\
{Goals as of} 2017-03-31 (commit {sha})
{Goals}
{Goal}|{Owner}|{Baseline → current → target}|{Progress}|{Pace}|Status|{Last check-in}|{Check-ins}
─
deals|anna@example.com|150 → 152 → 155 units|40 %|1.64|{on track}|2017-02-05 ({stale})|2
{Pace legend}
{Moved goalposts}
2017-02-05|deals|metric.target: 160 → 155|(Bo, {sha})
{By owner}
{Owner}|{Goals}|{Progress}|{Statuses}
─
anna@example.com|1|40 %|1 {on track}
{By team}
Team|{Goals}|{Progress}|{Statuses}
─
({no team})|1|40 %|1 {on track}
{Focus}
{Owner}|{Goals}|{KPIs}|{Activities}|{Behaviours}
─
anna@example.com|1|0|0|0
"""


@pytest.mark.parametrize("lang", list(WORDS))
def test_moved_goalposts_are_listed(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    repo.write("goals.toml", f'language = "{lang}"\n')
    repo.write("goals/deals.md", team_goal("deals", ANNA, baseline=150, target=160, current=151))
    repo.commit("Set", date=epoch("2017-01-05"))
    repo.write("goals/deals.md", team_goal("deals", ANNA, baseline=150, target=155, current=152))
    sha = repo.commit("Lower the target", name="Bo", email=BO, date=epoch("2017-02-05"))[:10]
    deals = by_id(report_json(capsys))["deals"]
    assert [(p["field"], p["old"], p["new"], p["author"]) for p in deals["goalposts"]] == [
        ("metric.target", 160, 155, "Bo")
    ]
    said = words(lang)
    code, out, err = run(capsys, "report", "--format", "markdown")
    assert (code, out, err) == (0, MOVED_MARKDOWN.format(sha=sha, **said), "")
    code, out, err = run(capsys, "report")
    assert (code, err) == (0, "")
    assert cells(out) == [
        line.split("|") for line in MOVED_TEXT.format(sha=sha, **said).splitlines()
    ]
    # the group of goals without a team is named in the page's language too, and its card
    code, out, err = run(capsys, "report", "--format", "html")
    assert (code, err) == (0, "")
    no_team = f"({said['no team']})"
    assert f"<td>{no_team}</td>" in out
    assert f"<span>team {no_team}</span>" in out
    assert out.count(no_team) == 2
    assert out.count("(no team)") == {"en": 2, "sv": 0}[lang]


def test_csv(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    build_history(repo)
    code, out, _ = run(capsys, "report", "--format", "csv", "--as-of", "2017-04-01")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["id"] for row in rows] == [
        "satisfaction",
        "more-deals",
        "faster-replies",
        "fewer-complaints",
    ]
    replies = rows[2]
    assert (replies["baseline"], replies["current"], replies["target"]) == ("48.0", "30.0", "24.0")
    assert float(replies["progress"]) == pytest.approx(0.75)
    assert replies["status"] == "on-track"
    assert replies["checkins"] == "3"
    assert replies["last_checkin"] == "2017-04-01"
    assert rows[0]["kpi"] == "nps"


def test_markdown_escapes_user_text(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    hostile = "I will cut | costs <script>alert(1)</script> by **5 %** [link](http://x)"
    repo.write(
        "goals/a.md",
        team_goal("a", "anna|<b>@example.com", baseline=0, target=10, current=5, statement=hostile),
    )
    repo.commit("Goal", date=epoch("2017-02-01"))
    code, out, _ = run(capsys, "report", "--format", "markdown")
    assert code == 0
    rows = [line for line in out.splitlines() if line.startswith("| a |")]
    # nine cells: the pipes in the text did not open new ones
    assert rows == [
        r"| a | I will cut \| costs \<script>alert(1)\</script> by \*\*5 %\*\* \[link\](http://x) "
        r"| anna\|\<b>&#64;example.com "
        "| 0 → 5 → 10 units | 50 % | 2.04 | on track | 2017-02-01 (stale) | 1 |"
    ]
    # parsed as GitHub does, the row is nine cells of text: no link, HTML or formatting
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(out)
    inline = {child.type for token in tokens for child in token.children or []}
    assert inline & {"link_open", "image", "html_inline", "em_open", "strong_open"} == set()
    shown = ["".join(c.content for c in t.children or []) for t in tokens if t.type == "inline"]
    assert hostile in shown
    assert "anna|<b>@example.com" in shown


def test_html_escapes_user_text(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write(
        "goals/a.md",
        team_goal(
            "a",
            ANNA,
            baseline=0,
            target=10,
            current=5,
            statement="Cut <img src=x onerror=alert(1)> & more",
        ),
    )
    repo.commit("Goal <b>bold</b>", date=epoch("2017-02-01"))
    code, out, _ = run(capsys, "report", "--format", "html")
    assert code == 0
    assert "<img" not in out
    assert "Cut &lt;img src=x onerror=alert(1)&gt; &amp; more" in out
    assert "<b>bold</b>" not in out
    assert "<script" not in out
    assert "http://" not in out  # nothing to fetch
    assert "https://" not in out


REPORT_TEXT = """\
{Goals as of} 2017-04-01 (commit {sha})
{Goals}
{Goal}|{Owner}|{Baseline → current → target}|{Progress}|{Pace}|Status|{Last check-in}|{Check-ins}
{rule}
satisfaction|erik@example.com|30 → 40 → 50 points|50 %|2.02|{on track}|2017-04-01|3
more-deals|bo@example.com|150 → 152 → 160 units|20 %|0.81|{at risk}|2017-04-01|1
faster-replies|anna@example.com|48 → 30 → 24 units|75 %|1.50|{on track}|2017-04-01|3
fewer-complaints|anna@example.com|10 → 2.5 → 5 units|150 %|6.07|{achieved}|2017-04-01|1
{Pace legend}
{By owner}
{Owner}|{Goals}|{Progress}|{Statuses}
{rule}
anna@example.com|2|88 %|1 {on track}, 1 {achieved}
bo@example.com|1|20 %|1 {at risk}
erik@example.com|1|50 %|1 {on track}
{By team}
Team|{Goals}|{Progress}|{Statuses}
{rule}
company|1|50 %|1 {on track}
sales|1|20 %|1 {at risk}
support|2|88 %|1 {on track}, 1 {achieved}
{Alignment}
{Goal}|{Weight}|{Own progress}|{From children}
{rule}
satisfaction|1|50 %|54 %
└ faster-replies|1|75 %
└ fewer-complaints|1|150 %
└ more-deals|2|20 %
{Focus}
{Owner}|{Goals}|{KPIs}|{Activities}|{Behaviours}
{rule}
anna@example.com|2|0|1|1
bo@example.com|1|0|0|0
erik@example.com|1|1|0|0
{Activity plan per goal}
{Goal}|{Done}|{Overdue}|{Effort (hours)}
{rule}
faster-replies|0/1|0|–
{Activities}
{Activity}|{Goal}|{Owner}|{State}|{Due}|{Effort}
{rule}
reply-templates|faster-replies|anna@example.com|{doing}|–|–
{Effort per person}
{Owner}|{Activities}|{Open}|{Effort (hours)}
{rule}
anna@example.com|1|1|–
{Behaviours}
{Behaviour}|{Goal}|{Owner}|{Frequency}|{Seen}
{rule}
good-morning|satisfaction|anna@example.com|daily|{not yet observed}
{KPIs}
{KPI}|{Unit}|{Latest}|{Healthy}|{Change}|Trend|{Last check-in}
{rule}
nps|points|40|–|↑ +5 {better}|30 35 40|2017-04-01
nps: {side by side}
{Team or person}|{Latest} (points)|{Before}|{Change}
{rule}
sales|35|30|+5 {better}
support|45|40|+5 {better}
"""

# The activity plan of the Markdown report, shown when a goal shown has activities
ACTIVITIES_MARKDOWN = """
## {Activity plan per goal}

| {Goal} | {Done} | {Overdue} | {Effort (hours)} |
|---|---:|---:|---:|
| faster-replies | 0/1 | 0 | – |

### {Activities}

| {Activity} | {Goal} | {Statement} | {Owner} | {State} | {Due} | {Effort} |
|---|---|---|---|---|---|---|
| reply-templates | faster-replies | I will write reply templates | anna@example.com | {doing} | – | – |

### {Effort per person}

| {Owner} | {Activities} | {Open} | {Effort (hours)} |
|---|---:|---:|---:|
| anna@example.com | 1 | 1 | – |

## {Behaviours}

| {Behaviour} | {Goal} | {Statement} | {Owner} | {Frequency} | {Seen} |
|---|---|---|---|---|---|
| good-morning | satisfaction | I say good morning to my colleagues | anna@example.com | daily \
| {not yet observed} |
"""

REPORT_MARKDOWN = """\
# {Goals as of} 2017-04-01 (commit {sha})

## {Goals}

| {Goal} | {Statement} | {Owner} | {Baseline → current → target} | {Progress} | {Pace} | Status | {Last check-in} | {Check-ins} |
|---|---|---|---:|---:|---:|---|---|---:|
| satisfaction | I will reach satisfaction | erik@example.com | 30 → 40 → 50 points | 50 % | 2.02 | {on track} | 2017-04-01 | 3 |
| more-deals | I will reach more-deals | bo@example.com | 150 → 152 → 160 units | 20 % | 0.81 | {at risk} | 2017-04-01 | 1 |
| faster-replies | I will reach faster-replies | anna@example.com | 48 → 30 → 24 units | 75 % | 1.50 | {on track} | 2017-04-01 | 3 |
| fewer-complaints | I will reach fewer-complaints | anna@example.com | 10 → 2.5 → 5 units | 150 % | 6.07 | {achieved} | 2017-04-01 | 1 |

## {By owner}

| {Owner} | {Goals} | {Progress} | {Statuses} |
|---|---:|---:|---|
| anna@example.com | 2 | 88 % | 1 {on track}, 1 {achieved} |
| bo@example.com | 1 | 20 % | 1 {at risk} |
| erik@example.com | 1 | 50 % | 1 {on track} |

## {By team}

| Team | {Goals} | {Progress} | {Statuses} |
|---|---:|---:|---|
| company | 1 | 50 % | 1 {on track} |
| sales | 1 | 20 % | 1 {at risk} |
| support | 2 | 88 % | 1 {on track}, 1 {achieved} |

## {Alignment}

| {Goal} | {Weight} | {Own progress} | {From children} |
|---|---:|---:|---:|
| satisfaction | 1 | 50 % | 54 % |
| &nbsp;&nbsp;└ faster-replies | 1 | 75 % |  |
| &nbsp;&nbsp;└ fewer-complaints | 1 | 150 % |  |
| &nbsp;&nbsp;└ more-deals | 2 | 20 % |  |

## {Focus}

| {Owner} | {Goals} | {KPIs} | {Activities} | {Behaviours} |
|---|---:|---:|---:|---:|
| anna@example.com | 2 | 0 | 1 | 1 |
| bo@example.com | 1 | 0 | 0 | 0 |
| erik@example.com | 1 | 1 | 0 | 0 |
{activities}
## {KPIs}

| {KPI} | {Statement} | {Unit} | {Latest} | {Healthy} | {Change} | Trend | {Last check-in} |
|---|---|---|---:|---|---|---|---|
| nps | Net promoter score | points | 40 | – | ↑ +5 {better} | 30 35 40 | 2017-04-01 |

### nps: {side by side}

| {Team or person} | {Latest} (points) | {Before} | {Change} |
|---|---:|---:|---|
| sales | 35 | 30 | +5 {better} |
| support | 45 | 40 | +5 {better} |
"""


@pytest.mark.parametrize("lang", list(WORDS))
def test_text_output_has_the_columns_and_roll_ups(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    shas = build_history(repo)
    code, out, err = run(capsys, "report", "--as-of", "2017-04-01", "--lang", lang)
    assert (code, err) == (0, "")
    assert "\x1b[" not in out  # no colour into a pipe
    expected = REPORT_TEXT.format(sha=shas["apr"][:10], rule="─", **words(lang))
    assert cells(out) == [line.split("|") for line in expected.splitlines()]


@pytest.mark.parametrize("lang", list(WORDS))
def test_markdown_in_each_language_follows_the_config_and_lang_wins(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    shas = build_history(repo)
    said = words(lang)
    activities = ACTIVITIES_MARKDOWN.format(**said)
    expected = REPORT_MARKDOWN.format(sha=shas["apr"][:10], activities=activities, **said)
    repo.write("goals.toml", f'language = "{lang}"\n')
    code, out, err = run(capsys, "report", "--format", "markdown", "--as-of", "2017-04-01")
    assert (code, out, err) == (0, expected, "")
    other = "sv" if lang == "en" else "en"
    repo.write("goals.toml", f'language = "{other}"\n')
    code, out, err = run(
        capsys, "report", "--format", "markdown", "--as-of", "2017-04-01", "--lang", lang
    )
    assert (code, out, err) == (0, expected, "")


@pytest.mark.parametrize(
    ("lang", "nothing"),
    [("en", "No goal matches the filters."), ("sv", "Inget mål matchar filtren.")],
)
def test_a_report_with_nothing_matching_says_so(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str, nothing: str
) -> None:
    shas = build_history(repo)
    code, out, err = run(
        capsys, "report", "--owner", "nobody@example.com", "--lang", lang, "--format", "markdown",
        "--as-of", "2017-04-01",
    )  # fmt: skip
    # no goal shown: no activity plan either
    whole = REPORT_MARKDOWN.format(sha=shas["apr"][:10], activities="", **words(lang))
    title, _ = whole.split("\n", 1)
    focus = whole.index(f"## {words(lang)['Focus']}")
    goals = f"## {words(lang)['Goals']}"
    assert (code, out, err) == (0, f"{title}\n\n{goals}\n\n{nothing}\n\n{whole[focus:]}", "")
    code, out, err = run(capsys, "report", "--owner", "nobody@example.com", "--lang", lang)
    assert (code, err) == (0, "")
    assert out.splitlines()[1] == nothing


@pytest.mark.parametrize(
    ("lang", "wrote", "title"),
    [
        ("en", "Wrote the report to {}.", "# Goals as of "),
        ("sv", "Skrev rapporten till {}.", "# Mål per "),
    ],
)
def test_output_file(
    repo: Repo,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    lang: str,
    wrote: str,
    title: str,
) -> None:
    build_history(repo)
    repo.write("goals.toml", f'language = "{lang}"\n')
    target = tmp_path / "out.json"
    code, out, err = run(capsys, "report", "--format", "json", "-o", str(target))
    assert (code, out, err) == (0, "", f"{wrote.format(target)}\n")
    assert len(json.loads(target.read_text(encoding="utf-8"))["goals"]) == 4
    target = tmp_path / "report.md"
    code, out, err = run(capsys, "report", "--format", "markdown", "-o", str(target))
    assert (code, out, err) == (0, "", f"{wrote.format(target)}\n")
    code, printed, err = run(capsys, "report", "--format", "markdown")
    assert (code, err) == (0, "")
    assert printed.startswith(title)
    assert target.read_text(encoding="utf-8") == printed  # the file holds what stdout shows


def test_render_report_for_callers(repo: Repo) -> None:
    shas = build_history(repo)
    config = config_module.load()
    text = formats.render_report(config, "markdown", at="2017-03-01")
    lines = text.splitlines()
    assert lines[0] == f"# Goals as of 2017-03-01 (commit {shas['mar'][:10]}, --at 2017-03-01)"
    # no column per level: baseline, current and target are one cell
    assert lines[8] == (
        "| faster-replies | I will reach faster-replies | anna@example.com | 48 → 36 → 24 units "
        "| 50 % | 1.53 | on track | 2017-03-01 | 2 |"
    )


NOTHING_TO_REPORT = {
    "en": {
        "no commits": [
            "Goals as of 2017-03-31 (no commits)",
            "Nothing to report yet: the repository has no commits. "
            "Commit goal files under 'goals/' and run 'goals report' again.",
        ],
        "title": "Goals as of 2017-03-31 (commit {sha})",
        "no goals": "No goals or KPIs under 'goals/' at commit {sha}; "
        "write one with 'goals new goal' and commit it.",
    },
    "sv": {
        "no commits": [
            "Mål per 2017-03-31 (inga commits)",
            "Inget att rapportera än: förrådet har inga commits. "
            "Committa målfiler under 'goals/' och kör 'goals report' igen.",
        ],
        "title": "Mål per 2017-03-31 (commit {sha})",
        "no goals": "Inga mål eller nyckeltal under 'goals/' i commit {sha}; "
        "skriv ett med 'goals new goal' och committa det.",
    },
}


@pytest.mark.parametrize("lang", list(NOTHING_TO_REPORT))
def test_nothing_to_report_in_each_language(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    said = NOTHING_TO_REPORT[lang]
    code, out, err = run(capsys, "report", "--lang", lang)
    assert (code, out.splitlines(), err) == (0, said["no commits"], "")
    repo.write("README.md", "# Hello\n")
    sha = repo.commit("Start")[:10]
    title, no_goals = said["title"].format(sha=sha), said["no goals"].format(sha=sha)
    code, out, err = run(capsys, "report", "--lang", lang)
    assert (code, out.splitlines(), err) == (0, [title, no_goals], "")
    code, out, err = run(capsys, "report", "--format", "markdown", "--lang", lang)
    assert (code, out, err) == (0, f"# {title}\n\n{no_goals}\n", "")


def test_empty_repository(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    data = report_json(capsys)
    assert data["goals"] == []
    assert data["revision"] is None
    assert data["empty"] == " ".join(NOTHING_TO_REPORT["en"]["no commits"][1:])


def test_repository_without_goal_files(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("README.md", "# Hello\n")
    sha = repo.commit("Start")[:10]
    said = NOTHING_TO_REPORT["en"]["no goals"].format(sha=sha)
    code, out, err = run(capsys, "report", "--format", "csv")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "id,owner,team,parent,kpi,unit,direction,baseline,target,current,measured,start,"
        "deadline,weight,progress,expected,pace,status,stale,last_checkin,checkins,statement,"
        "problems"
    ]  # the header only
    code, out, err = run(capsys, "report", "--format", "html")
    assert (code, err) == (0, "")
    assert out.startswith("<!DOCTYPE html>")
    assert said.replace("'", "&#x27;") in out


def test_not_a_repository(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    code, out, err = run(capsys, "report")
    assert (code, out, err) == (
        2,
        "",
        f"goals: error: '{folder}' is not in a Git repository; run 'git init' there, or run "
        "goals from inside the repository that holds the goals\n",
    )


def test_shallow_clone_says_how_far_back(
    repo: Repo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    build_history(repo)
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "2", f"file://{repo.path}", str(clone)], check=True
    )
    monkeypatch.chdir(clone)
    data = report_json(capsys, "--as-of", "2017-04-01")
    assert data["shallow"] is True
    assert data["history_from"] == "2017-03-01"
    replies = by_id(data)["faster-replies"]
    assert replies["current"] == 30  # the state is complete
    assert replies["checkins"] == 1  # only April's check-in is visible past the boundary
    shallow = (
        "Shallow clone: the history is seen back to 2017-03-01 only; older check-ins are not "
        "counted (run 'git fetch --unshallow' for all of them)."
    )
    code, out, err = run(capsys, "report", "--as-of", "2017-04-01")
    assert (code, err) == (0, "")
    # the text report is 132 columns wide when not on a terminal: the note wraps there
    assert [line.rstrip() for line in out.splitlines()[1:3]] == [shallow[:-7], "them)."]
    code, out, err = run(capsys, "report", "--format", "markdown")
    assert (code, err) == (0, "")
    assert out.split("\n\n")[1] == f"> {shallow}"


def test_colour_only_on_a_terminal_and_not_with_no_color(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    build_history(repo)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, _ = run(capsys, "report", "--as-of", "2017-04-01")
    assert code == 0
    assert "\x1b[" in out
    monkeypatch.setenv("NO_COLOR", "1")
    code, out, _ = run(capsys, "report", "--as-of", "2017-04-01")
    assert code == 0
    assert "\x1b[" not in out
    assert "on track" in out


def test_kpi_without_an_overall_value_is_named(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/g.md", team_goal("g", ANNA, baseline=0, target=10, kpi="calls"))
    repo.write(
        "goals/calls.md",
        "---\nid: calls\nkind: kpi\nowner: anna@example.com\nvalues: {anna: 3}\n---\n# Calls\n",
    )
    repo.write("goals/h.md", team_goal("h", ANNA, baseline=0, target=10, kpi="gone"))
    repo.commit("Goals", date=epoch("2017-02-01"))
    goals = by_id(report_json(capsys, "--as-of", "2017-03-01"))
    assert goals["g"]["current"] is None
    assert goals["g"]["status"] == "not-started"
    assert goals["g"]["problems"] == [
        "the KPI 'calls' records only values per team or person, no overall 'value' to take; "
        "add 'value' to the KPI or 'metric.current' to this goal"
    ]
    assert goals["h"]["problems"] == ["the KPI 'gone' is not in the repository at this revision"]


WHY_NO_PROGRESS = {
    "en": {
        "notes": [
            "Note: goals/broken.md at {sha} (2017-02-01): skipped that version, line 3: did not "
            "find expected ',' or '\\]' (while parsing a flow sequence)",
            "Note: goals/broken.md: cannot be read as a statement; run 'goals check' on it",
        ],
        "Problems": "Problems",
        "flat": "the target equals the baseline (5): there is no way to go, so progress cannot "
        "be computed; change 'metric.target'",
        "g": "the KPI 'calls' records only values per team or person, no overall 'value' to "
        "take; add 'value' to the KPI or 'metric.current' to this goal",
        "h": "the KPI 'gone' is not in the repository at this revision",
    },
    "sv": {
        "notes": [
            "Obs: goals/broken.md vid {sha} (2017-02-01): hoppade över den versionen, rad 3: "
            "YAML-fel: hittade inte väntat ',' eller '\\]' (i en lista inom \\[ \\])",
            "Obs: goals/broken.md: kan inte läsas som ett påstående; kör 'goals check' på filen",
        ],
        "Problems": "Problem",
        "flat": "målnivån är densamma som utgångsläget (5): det finns ingen väg att gå, så "
        "framsteget kan inte räknas fram; ändra 'metric.target'",
        "g": "nyckeltalet 'calls' har bara värden per team eller person, inget samlat 'value' "
        "att ta; lägg till 'value' i nyckeltalet eller 'metric.current' i det här målet",
        "h": "nyckeltalet 'gone' finns inte i förrådet vid den här revisionen",
    },
}


@pytest.mark.parametrize("lang", list(WHY_NO_PROGRESS))
def test_why_progress_is_missing_is_said_in_each_language(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    said = WHY_NO_PROGRESS[lang]
    repo.write("goals.toml", f'language = "{lang}"\n')
    repo.write("goals/g.md", team_goal("g", ANNA, baseline=0, target=10, kpi="calls"))
    repo.write(
        "goals/calls.md",
        "---\nid: calls\nkind: kpi\nowner: anna@example.com\nvalues: {anna: 3}\n---\n# Calls\n",
    )
    repo.write("goals/h.md", team_goal("h", ANNA, baseline=0, target=10, kpi="gone"))
    repo.write("goals/flat.md", team_goal("flat", ANNA, baseline=5, target=5, current=5))
    repo.write("goals/broken.md", "---\nid: [unclosed\n---\n# Broken\n")
    sha = repo.commit("Goals", date=epoch("2017-02-01"))[:10]
    at = ("--as-of", "2017-03-01")

    code, out, err = run(capsys, "report", "--format", "markdown", *at)
    assert (code, err) == (0, "")
    blocks = out.split("\n\n")
    assert blocks[1].splitlines() == [f"- {note.format(sha=sha)}" for note in said["notes"]]
    problems = [f"- `goals/{ident}.md` {ident}: {said[ident]}" for ident in ("flat", "g", "h")]
    assert f"### {said['Problems']}" in blocks
    assert blocks[blocks.index(f"### {said['Problems']}") + 1].splitlines() == problems

    code, out, err = run(capsys, "report", *at)  # the terminal wraps the long lines
    assert (code, err) == (0, "")
    assert said["notes"][1] in out.splitlines()
    assert f"goals/h.md: h: {said['h']}" in out.splitlines()

    code, out, err = run(capsys, "report", "--format", "html", *at)
    assert (code, err) == (0, "")
    for ident in ("flat", "g", "h"):
        assert f'<p class="problem">{html.escape(said[ident])}</p>' in out

    # JSON keeps the English sentences in every language
    goals = by_id(report_json(capsys, *at))
    assert [goals[ident]["problems"] for ident in ("flat", "g", "h")] == [
        [WHY_NO_PROGRESS["en"][ident]] for ident in ("flat", "g", "h")
    ]


def test_a_goal_is_followed_across_a_move(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("goals/support/deals.md", team_goal("deals", ANNA, baseline=0, target=10, current=2))
    repo.commit("Set", date=epoch("2017-01-05"))
    (repo.path / "goals" / "sales").mkdir()
    repo.git("mv", "goals/support/deals.md", "goals/sales/deals.md")
    repo.commit("Move to sales", date=epoch("2017-02-05"))
    repo.write("goals/sales/deals.md", team_goal("deals", ANNA, baseline=0, target=10, current=4))
    repo.commit("Check in", date=epoch("2017-03-05"))
    deals = by_id(report_json(capsys))["deals"]
    assert deals["team"] == "sales"
    assert deals["path"] == "goals/sales/deals.md"
    assert [p["value"] for p in deals["series"]] == [2, 4]


def test_unreadable_file_is_a_note_not_a_crash(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/good.md", team_goal("good", ANNA, baseline=0, target=10, current=5))
    repo.write("goals/broken.md", "---\nid: [unclosed\n---\n# Broken\n")
    repo.commit("Goals", date=epoch("2017-02-01"))
    data = report_json(capsys)
    assert list(by_id(data)) == ["good"]
    assert (
        "goals/broken.md: cannot be read as a statement; run 'goals check' on it" in data["notes"]
    )


def test_today_can_be_set_as_for_goals_check(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    build_history(repo)
    monkeypatch.setenv("GOALS_TODAY", "2017-05-03")
    data = report_json(capsys)
    assert data["as_of"] == "2017-05-03"
    assert by_id(data)["faster-replies"]["stale"] is True
    assert report_json(capsys, "--at", "2017-03-01")["as_of"] == "2017-03-01"


def test_the_format_choices_are_the_registry() -> None:
    from goals_as_code.cli.commands.report import command

    option = next(param for param in command.params if param.name == "output_format")
    assert isinstance(option.type, click.Choice)
    assert (
        tuple(option.type.choices)
        == formats.FORMATS.names
        == (
            "text",
            "markdown",
            "json",
            "csv",
            "html",
        )
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab./", max_size=12).filter(lambda path: not path.startswith("/")))
def test_the_parts_of_a_path_are_those_pathlib_finds(path: str) -> None:
    from goals_as_code.report.model import _parts

    assert _parts(path) == PurePosixPath(path).parts
