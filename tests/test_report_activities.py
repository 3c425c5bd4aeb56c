"""The report's activity plan: per goal done/total, overdue and effort; every activity; effort per person."""

from __future__ import annotations

import json

import pytest

from goals_as_code.report.model import hours
from tests.builders import ANNA, BO, team_goal
from tests.conftest import Repo, run


def activity(ident: str, owner: str, goal: str, state: str, due: str, effort: str) -> str:
    return (
        f"---\nid: {ident}\nkind: activity\nowner: {owner}\ngoal: {goal}\n"
        f"start: 2017-01-02\ndue: {due}\nstate: {state}\neffort: {effort}\n---\n"
        f"# I will do {ident}\n"
    )


def planned(repo: Repo) -> None:
    repo.write("goals/faster.md", team_goal("faster", ANNA, baseline=48, target=24, unit="h"))
    repo.write("goals/deals.md", team_goal("deals", BO, baseline=150, target=160))
    repo.write(
        "goals/templates.md", activity("templates", ANNA, "faster", "done", "2017-02-28", "16")
    )
    repo.write(
        "goals/routing.md", activity("routing", ANNA, "faster", "doing", "2017-03-15", "3 days")
    )
    repo.write(
        "goals/training.md", activity("training", BO, "deals", "todo", "2017-06-30", "a lot")
    )
    repo.write("goals/old-plan.md", activity("old-plan", BO, "deals", "dropped", "2017-01-31", "8"))
    repo.commit("Plan the goals' activities")


AS_OF = ("--as-of", "2017-04-01")


def test_the_plan_per_goal_and_the_effort_per_person_in_markdown(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    planned(repo)
    code, out, _ = run(capsys, "report", "--format", "markdown", *AS_OF)
    assert code == 0
    plans = out.split("## Activity plan per goal\n\n", 1)[1].split("\n\n", 1)[0]
    assert plans.splitlines() == [
        "| Goal | Done | Overdue | Effort (hours) |",
        "|---|---:|---:|---:|",
        "| faster | 1/2 | 1 | 40 |",
        "| deals | 0/1 | 0 | – |",
    ]
    listed = out.split("### Activities\n\n", 1)[1].split("\n\n", 1)[0]
    assert listed.splitlines() == [
        "| Activity | Goal | Statement | Owner | State | Due | Effort |",
        "|---|---|---|---|---|---|---|",
        "| templates | faster | I will do templates | anna@example.com | done | 2017-02-28 | 16 |",
        "| routing | faster | I will do routing | anna@example.com | doing | 2017-03-15 (overdue) "
        "| 3 days |",
        "| old-plan | deals | I will do old-plan | bo@example.com | dropped | 2017-01-31 | 8 |",
        "| training | deals | I will do training | bo@example.com | to do | 2017-06-30 | a lot |",
    ]
    effort = out.split("### Effort per person\n\n", 1)[1].split("\n\n", 1)[0]
    assert effort.splitlines() == [
        "| Owner | Activities | Open | Effort (hours) |",
        "|---|---:|---:|---:|",
        "| anna@example.com | 2 | 1 | 40 |",
        "| bo@example.com | 1 | 1 | – |",
    ]


def test_the_plan_in_swedish(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    planned(repo)
    code, out, _ = run(capsys, "report", "--format", "markdown", "--lang", "sv", *AS_OF)
    assert code == 0
    assert "## Aktivitetsplan per mål\n\n| Mål | Klara | Försenade | Insats (timmar) |" in out
    assert (
        "| routing | faster | I will do routing | anna@example.com | pågår | "
        "2017-03-15 (försenad) | 3 days |"
    ) in out
    assert "### Insats per person\n\n| Ägare | Aktiviteter | Öppna | Insats (timmar) |" in out


def test_activities_in_json(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    planned(repo)
    code, out, _ = run(capsys, "report", "--format", "json", *AS_OF)
    assert code == 0
    found = {item["id"]: item for item in json.loads(out)["activities"]}
    assert sorted(found) == ["old-plan", "routing", "templates", "training"]
    assert found["routing"] == {
        "id": "routing",
        "path": "goals/routing.md",
        "statement": "I will do routing",
        "owner": "anna@example.com",
        "goal": "faster",
        "state": "doing",
        "start": "2017-01-02",
        "due": "2017-03-15",
        "overdue": True,
        "hours": 24.0,
        "effort": "3 days",
    }
    assert (found["training"]["overdue"], found["training"]["hours"]) == (False, None)
    assert found["old-plan"]["overdue"] is False  # dropped, though past its date


def test_a_report_without_activities_has_no_plan(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/faster.md", team_goal("faster", ANNA, baseline=48, target=24, unit="h"))
    repo.commit("A goal without a plan")
    code, out, _ = run(capsys, "report", "--format", "markdown", *AS_OF)
    assert code == 0
    assert "Activity plan per goal" not in out
    assert "Effort per person" not in out


@pytest.mark.parametrize(
    ("effort", "expected"),
    [
        (16, 16.0),
        (2.5, 2.5),
        ("3 days", 24.0),
        ("2 dagar", 16.0),
        ("6 h", 6.0),
        ("4 timmar", 4.0),
        ("1,5 d", 12.0),
        ("a lot", None),
        (True, None),
        (None, None),
    ],
)
def test_effort_in_hours(effort: object, expected: float | None) -> None:
    assert hours(effort) == expected


def test_behaviours_with_their_observations(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("goals/faster.md", team_goal("faster", ANNA, baseline=48, target=24, unit="h"))
    repo.write(
        "goals/greet.md",
        f"---\nid: greet\nkind: behaviour\nowner: {ANNA}\ngoal: faster\nfrequency: daily\n"
        "seen: {2017-01: 12, 2017-03: 18, 2017-02: 15}\n---\n# I greet every caller by name\n",
    )
    repo.write(
        "goals/listen.md",
        f"---\nid: listen\nkind: behaviour\nowner: {ANNA}\nfrequency: weekly\n---\n"
        "# I let the caller finish before I answer\n",
    )
    repo.write(
        "goals/other.md",
        f"---\nid: other\nkind: behaviour\nowner: {BO}\nfrequency: weekly\n---\n# I tidy my desk\n",
    )
    repo.commit("Goals and behaviours")
    code, out, _ = run(capsys, "report", "--format", "markdown", *AS_OF)
    assert code == 0
    table = out.split("## Behaviours\n\n", 1)[1].split("\n\n", 1)[0]
    assert table.splitlines() == [  # a behaviour serves a goal shown, or its owner has one
        "| Behaviour | Goal | Statement | Owner | Frequency | Seen |",
        "|---|---|---|---|---|---|",
        "| listen |  | I let the caller finish before I answer | anna@example.com | weekly "
        "| not yet observed |",
        "| greet | faster | I greet every caller by name | anna@example.com | daily "
        "| 2017-01: 12 2017-02: 15 2017-03: 18 |",
    ]
    code, out, _ = run(capsys, "report", "--format", "json", *AS_OF)
    found = {item["id"]: item for item in json.loads(out)["behaviours"]}
    assert found["greet"]["seen"] == {"2017-01": 12, "2017-02": 15, "2017-03": 18}
    assert sorted(found) == ["greet", "listen", "other"]
