"""goals history follows activities and behaviours: state changes with who and when, and a
behaviour's observations per period as check-ins."""

from __future__ import annotations

import json

import pytest

from .conftest import Repo, run

ANNA = ("Anna Andersson", "anna@example.com")
ERIK = ("Erik Eriksson", "erik@example.com")

ACTIVITY = """\
---
id: reply-templates
kind: activity
owner: anna@example.com
manager: erik@example.com
goal: faster-replies
start: 2017-01-09
due: 2017-02-28
state: {state}
---
# I will write reply templates for the ten most common questions
"""
BEHAVIOUR = """\
---
id: good-morning
kind: behaviour
owner: anna@example.com
goal: faster-replies
frequency: daily
{seen}status: active
---
# Jag säger god morgon till mina kollegor
"""


@pytest.fixture
def activity_repo(repo: Repo) -> Repo:
    path = "goals/reply-templates.md"
    for state, who, message in (
        ("todo", ANNA, "Plan the reply templates"),
        ("doing", ANNA, "Start on the templates"),
        ("done", ERIK, "Templates reviewed and done"),
    ):
        repo.write(path, ACTIVITY.format(state=state))
        repo.commit(message, name=who[0], email=who[1])
    return repo


def test_an_activitys_states_are_events_with_who_and_when(
    activity_repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "history", "reply-templates", "--format", "json")
    assert (code, err) == (0, "")
    events = [
        (e["field"], e["old"], e["new"], e["author"], e["date"]) for e in json.loads(out)["events"]
    ]
    assert events == [
        ("state", "todo", "doing", "Anna Andersson", "2017-01-03T08:00:00+00:00"),
        ("state", "doing", "done", "Erik Eriksson", "2017-01-04T08:00:00+00:00"),
    ]


def test_the_text_shows_todo_doing_done(
    activity_repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "history", "reply-templates")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "reply-templates (activity), goals/reply-templates.md"
    assert lines[1].startswith("2017-01-02  ")
    assert lines[1].endswith("Anna Andersson  created  (Plan the reply templates)")
    assert lines[2].endswith("Anna Andersson  state: todo → doing  (Start on the templates)")
    assert lines[3].endswith("Erik Eriksson  state: doing → done  (Templates reviewed and done)")
    assert lines[2].startswith("2017-01-03  ")
    assert lines[3].startswith("2017-01-04  ")


def test_a_behaviours_observations_are_check_ins(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    path = "goals/god-morgon.md"
    repo.write(path, BEHAVIOUR.format(seen=""))
    repo.commit("Nytt beteende")
    repo.write(path, BEHAVIOUR.format(seen="seen: {2017-01: 3}\n"))
    repo.commit("Januari", name=ERIK[0], email=ERIK[1])
    repo.write(path, BEHAVIOUR.format(seen="seen: {2017-01: 3, 2017-02: 5}\n"))
    repo.commit("Februari", name=ERIK[0], email=ERIK[1])

    code, out, err = run(capsys, "history", "good-morning", "--format", "json")
    assert (code, err) == (0, "")
    checkins = [(c["values"], c["author"]) for c in json.loads(out)["checkins"]]
    assert checkins == [
        ({"2017-01": 3}, "Erik Eriksson"),
        ({"2017-01": 3, "2017-02": 5}, "Erik Eriksson"),
    ]
    code, out, _ = run(capsys, "history", "good-morning", "--lang", "sv")
    assert "Erik Eriksson  incheckning: 2017-01: 3, 2017-02: 5  (Februari)" in out


def test_seen_is_a_map_of_numbers(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("goals/god-morgon.md", BEHAVIOUR.format(seen="seen: {2017-01: often}\n"))
    code, out, _ = run(capsys, "check", "--format", "json", "--select", "V")
    problems = [(p["line"], p["code"]) for p in json.loads(out)["problems"]]
    assert (code, problems) == (1, [(7, "V003")])
