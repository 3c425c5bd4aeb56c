"""goals report on real repositories with a known history: values computed by hand."""

from __future__ import annotations

import csv
import datetime
import io
import json
import subprocess
from pathlib import Path
from typing import Any

import click
import pytest

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
    code, out, _ = run(capsys, "report", "--as-of", "2017-05-03")
    assert code == 0
    assert "2017-04-01 (stale)" in out


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
    code, _, err = run(capsys, "report", "--period", "Q5")
    assert code == 2
    assert "'Q5' is not a period" in err
    code, _, err = run(capsys, "report", "--as-of", "2017-13-01")
    assert code == 2
    assert "not a date" in err
    code, _, err = run(capsys, "report", "--at", "no-such-branch")
    assert code == 2
    assert "unknown revision" in err


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
    assert any("target equals the baseline (10)" in problem for problem in flat["problems"])
    code, out, _ = run(capsys, "report", "--as-of", "2017-07-01")
    assert code == 0
    assert "goals/flat.md: flat: the target equals the baseline (10)" in out


def test_moved_goalposts_are_listed(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("goals/deals.md", team_goal("deals", ANNA, baseline=150, target=160, current=151))
    repo.commit("Set", date=epoch("2017-01-05"))
    repo.write("goals/deals.md", team_goal("deals", ANNA, baseline=150, target=155, current=152))
    repo.commit("Lower the target", name="Bo", email=BO, date=epoch("2017-02-05"))
    deals = by_id(report_json(capsys))["deals"]
    assert [(p["field"], p["old"], p["new"], p["author"]) for p in deals["goalposts"]] == [
        ("metric.target", 160, 155, "Bo")
    ]
    code, out, _ = run(capsys, "report", "--format", "markdown")
    assert code == 0
    assert "| 2017-02-05 | deals | metric.target | 160 → 155 | Bo |" in out


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
    row = next(line for line in out.splitlines() if line.startswith("| a |"))
    assert row.count(" | ") == 8  # nine cells: the pipes in the text did not open new ones
    assert "<script>" not in out
    assert "&lt;script&gt;" in row
    assert "&#42;&#42;5 %&#42;&#42;" in row
    assert "&#91;link&#93;(http://x)" in row
    assert "anna&#124;&lt;b&gt;&#64;example.com" in row


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


def test_text_output_has_the_columns_and_roll_ups(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    shas = build_history(repo)
    code, out, err = run(capsys, "report", "--as-of", "2017-04-01")
    assert code == 0, err
    assert f"Goals as of 2017-04-01 (commit {shas['apr'][:10]})" in out
    assert "\x1b[" not in out  # no colour into a pipe
    line = next(line for line in out.splitlines() if line.strip().startswith("faster-replies"))
    for cell in ("anna@example.com", "48 → 30 → 24", "75 %", "1.50", "on track", "2017-04-01"):
        assert cell in line
    assert line.rstrip().endswith("3")
    for title in ("By owner", "By team", "Alignment", "Focus: open statements per person", "KPIs"):
        assert title in out
    assert "nps: side by side" in out
    after = out.split("nps: side by side", 1)[1]
    side = next(line for line in after.splitlines() if line.strip().startswith("support"))
    assert side.split()[1:] == ["45", "40", "+5", "better"]  # per unit, by the direction


def test_output_file(repo: Repo, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    build_history(repo)
    target = tmp_path / "out.json"
    code, out, err = run(capsys, "report", "--format", "json", "-o", str(target))
    assert code == 0
    assert out == ""
    assert "Wrote the report to" in err
    assert len(json.loads(target.read_text(encoding="utf-8"))["goals"]) == 4


def test_render_report_for_callers(repo: Repo) -> None:
    build_history(repo)
    config = config_module.load()
    text = formats.render_report(config, "markdown", at="2017-03-01")
    assert "# Goals as of 2017-03-01" in text
    assert "| faster-replies |" in text
    assert "| 36 |" not in text  # no such column: the levels are one cell
    assert "48 → 36 → 24 units" in text


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
    assert "no commits" in data["empty"]


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
    assert code == 2
    assert out == ""
    assert "not in a Git repository" in err


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
    code, out, _ = run(capsys, "report", "--as-of", "2017-04-01")
    assert code == 0
    assert "Shallow clone: the history is seen back to 2017-03-01 only" in out
    code, out, _ = run(capsys, "report", "--format", "markdown")
    assert "Shallow clone" in out


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
    assert "no overall 'value'" in goals["g"]["problems"][0]
    assert goals["h"]["problems"] == ["the KPI 'gone' is not in the repository at this revision"]


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
