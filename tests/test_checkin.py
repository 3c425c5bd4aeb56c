"""goals checkin, and goals accept with several ids, in real repositories."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from goals_as_code.source.edit import EditError, set_values
from tests.conftest import GOOD_GOAL, Repo, run

GOAL = "goals/faster-replies.md"
KPI = "goals/nps.md"
KPI_TEXT = """\
---
id: nps
kind: kpi
owner: erik@example.com
unit: points
direction: increase
frequency: monthly
value: 30   # from the survey tool
values: {support: 30, sales: 28}
as_of: 2017-02-28
---
# Net promoter score
"""
NO_METRIC = """\
---
id: be-kind
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
---
# I will be kind by 30 June 2017
"""
ACTIVITY = """\
---
id: reply-templates
kind: activity
owner: anna@example.com
goal: faster-replies
state: doing
---
# I will write reply templates
"""


@pytest.fixture
def repo(repo: Repo) -> Repo:
    repo.write(GOAL, GOOD_GOAL)
    repo.write(KPI, KPI_TEXT)
    repo.write("goals/be-kind.md", NO_METRIC)
    repo.write("goals/reply-templates.md", ACTIVITY)
    repo.commit("Add the goals")
    repo.git("config", "user.email", "anna@example.com")
    repo.git("config", "user.name", "Anna Andersson")
    return repo


def text(repo: Repo, path: str) -> str:
    return (repo.path / path).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "goals/faster-replies.md: checked in 'faster-replies': metric.current 30 as of "
            "2017-03-31, confidence.owner 0.8\n",
        ),
        (
            "sv",
            "goals/faster-replies.md: incheckat 'faster-replies': metric.current 30 per "
            "2017-03-31, confidence.owner 0.8\n",
        ),
    ],
)
def test_owner_checks_in_a_value_and_their_confidence(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str, said: str
) -> None:
    code, out, err = run(
        capsys, "checkin", "faster-replies", "30", "--confidence", "80%", "--lang", lang
    )
    assert (code, out, err) == (0, said, "")
    # today is GOALS_TODAY; only the values written change, every other byte stays
    assert text(repo, GOAL) == GOOD_GOAL.replace("current: 36", "current: 30").replace(
        "owner: 0.7", "owner: 0.8"
    )


def test_the_manager_writes_the_managers_confidence(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.git("config", "user.email", "Erik@Example.com")
    code, _, err = run(
        capsys, "checkin", "faster-replies", "31,5", "--as-of", "2017-04-30", "--confidence", "0.5"
    )
    assert (code, err) == (0, "")
    assert text(repo, GOAL) == GOOD_GOAL.replace("current: 36", "current: 31.5").replace(
        "as_of: 2017-03-31", "as_of: 2017-04-30"
    ).replace("manager: 0.6", "manager: 0.5")


def test_someone_else_cannot_write_a_confidence(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.git("config", "user.email", "bo@example.com")
    code, out, err = run(capsys, "checkin", "faster-replies", "30", "--confidence", "0.5")
    assert (code, out) == (1, "")
    assert err == (
        "goals checkin: refused: goals/faster-replies.md: you are bo@example.com, but the goal's "
        "owner is anna@example.com and its manager is erik@example.com; each of them writes "
        "their own confidence\n"
    )
    assert text(repo, GOAL) == GOOD_GOAL


def test_a_kpi_takes_its_value_or_one_units_value(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "checkin", "nps", "33", "--as-of", "2017-03-31")
    assert (code, out) == (0, "goals/nps.md: checked in 'nps': value 33 as of 2017-03-31\n")
    code, out, _ = run(capsys, "checkin", "nps", "35", "--unit", "support")
    assert (code, out) == (
        0,
        "goals/nps.md: checked in 'nps': values.support 35 as of 2017-03-31\n",
    )
    code, _, _ = run(capsys, "checkin", "nps", "29", "--unit", "it")
    assert code == 0
    assert text(repo, KPI) == KPI_TEXT.replace("value: 30 ", "value: 33 ").replace(
        "as_of: 2017-02-28", "as_of: 2017-03-31"
    ).replace("{support: 30, sales: 28}", "{support: 35, sales: 28, it: 29}")


def test_several_ids_in_one_commit_with_the_note_as_message(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "checkin", "faster-replies", "30", "nps", "33", "-m", "March check-in", "--commit"
    )
    assert (code, err) == (0, "")
    assert out == (
        "goals/faster-replies.md: checked in 'faster-replies': metric.current 30 as of "
        "2017-03-31\n"
        "goals/nps.md: checked in 'nps': value 33 as of 2017-03-31\n"
        "committed goals/faster-replies.md: March check-in\n"
        "committed goals/nps.md: March check-in\n"
    )
    assert repo.git("log", "-1", "--format=%ae %s", "--name-only").split() == [
        "anna@example.com",
        "March",
        "check-in",
        GOAL,
        KPI,
    ]
    assert repo.git("status", "--porcelain") == ""


def test_confirming_the_same_value_writes_only_the_date(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "checkin", "faster-replies", "36", "--as-of", "2017-03-31")
    assert (code, out) == (
        0,
        "goals/faster-replies.md: 'faster-replies' already has metric.current 36 as of "
        "2017-03-31; unchanged\n",
    )
    code, _, _ = run(capsys, "checkin", "faster-replies", "36", "--today", "2017-04-30")
    assert code == 0
    assert text(repo, GOAL) == GOOD_GOAL.replace("as_of: 2017-03-31", "as_of: 2017-04-30")


@pytest.mark.parametrize(
    ("args", "code", "en", "sv"),
    [
        (
            ["faster-replys", "30"],
            2,
            "goals: error: no statement has 'id: faster-replys' under 'goals/'; did you mean "
            "'faster-replies'?\n",
            "goals: fel: inget påstående har 'id: faster-replys' under 'goals/'; menade du "
            "'faster-replies'?\n",
        ),
        (
            ["faster-replies", "thirty"],
            2,
            "goals: error: 'thirty' is not a number: the value checked in for 'faster-replies' is "
            "a number, such as 36 or 36.5\n",
            "goals: fel: 'thirty' är inget tal: värdet som checkas in för 'faster-replies' är ett "
            "tal, till exempel 36 eller 36,5\n",
        ),
        (
            ["faster-replies"],
            2,
            "goals: error: give an id and a value, or pairs of them: 'goals checkin "
            "faster-replies VALUE'\n",
            "goals: fel: ange ett id och ett värde, eller flera sådana par: 'goals checkin "
            "faster-replies VÄRDE'\n",
        ),
        (
            ["faster-replies", "30", "-m", "note"],
            2,
            "goals: error: -m NOTE is the commit message: add --commit, or commit yourself\n",
            "goals: fel: -m NOTERING är commit-meddelandet: lägg till --commit, eller committa "
            "själv\n",
        ),
        (
            ["faster-replies", "30", "--as-of", "2017-02-30"],
            2,
            "goals: error: --as-of 2017-02-30: give a date as YYYY-MM-DD (2017-04-30)\n",
            "goals: fel: --as-of 2017-02-30: ange ett datum som ÅÅÅÅ-MM-DD (2017-04-30)\n",
        ),
        (
            ["faster-replies", "30", "--confidence", "1.5"],
            2,
            "goals: error: --confidence 1.5: give a number from 0 to 1 (0.8) or a percentage "
            "(80%)\n",
            "goals: fel: --confidence 1.5: ange ett tal från 0 till 1 (0.8) eller en procentsats "
            "(80%)\n",
        ),
        (
            ["reply-templates", "3"],
            2,
            "goals: error: goals/reply-templates.md: 'reply-templates' is an activity; only goals "
            "and KPIs are checked in (an activity has 'state', a behaviour 'seen')\n",
            "goals: fel: goals/reply-templates.md: 'reply-templates' är en aktivitet; bara mål "
            "och nyckeltal checkas in (en aktivitet har 'state', ett beteende 'seen')\n",
        ),
        (
            ["faster-replies", "30", "be-kind", "3"],
            1,
            "goals checkin: refused: goals/be-kind.md: the goal 'be-kind' has no metric to check "
            "in; add 'metric:' with its unit, direction, baseline and target first\n",
            "goals checkin: nekas: goals/be-kind.md: målet 'be-kind' har inget mått att checka "
            "in; lägg först till 'metric:' med enhet, riktning, utgångsläge och målnivå\n",
        ),
    ],
)
@pytest.mark.parametrize("lang", ["en", "sv"])
def test_errors_say_what_to_do_and_write_nothing(
    repo: Repo,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    code: int,
    en: str,
    sv: str,
    lang: str,
) -> None:
    assert run(capsys, "checkin", *args, "--lang", lang) == (code, "", en if lang == "en" else sv)
    assert repo.git("status", "--porcelain") == ""


def test_the_installed_command_checks_in(repo: Repo) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "goals_as_code", "checkin", "nps", "31", "--commit"],
        cwd=repo.path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (
        "goals/nps.md: checked in 'nps': value 31 as of 2017-03-31\n"
        "committed goals/nps.md: Check in nps\n"
    )


def test_accept_takes_several_ids_in_one_commit(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/other.md", GOOD_GOAL.replace("id: faster-replies", "id: other"))
    repo.commit("Add another goal")
    repo.git("config", "user.email", "erik@example.com")
    code, out, err = run(capsys, "accept", "faster-replies", "other", "--commit")
    assert (code, err) == (0, "")
    assert out.splitlines()[-2:] == [
        "committed goals/faster-replies.md: Accept goals faster-replies, other",
        "committed goals/other.md: Accept goals faster-replies, other",
    ]
    assert repo.git("status", "--porcelain") == ""
    code, out, _ = run(capsys, "accept", "faster-replies", "other")
    assert (code, out) == (
        0,
        "goals/faster-replies.md: already accepted by erik@example.com on 2017-03-31; unchanged\n"
        "goals/other.md: already accepted by erik@example.com on 2017-03-31; unchanged\n",
    )


# --- the edit itself ---------------------------------------------------------------------------


def test_an_edit_keeps_comments_quotes_and_line_endings() -> None:
    before = (
        "---\r\nid: x   # the id\r\nkind: goal\r\nmetric:\r\n  unit: h\r\n  target: 24\r\n"
        "  current:   # fill in\r\n# after the metric\r\nconfidence: {}\r\n---\r\n# X\r\n"
    )
    after = set_values(
        before,
        [
            (("metric", "current"), 30),
            (("metric", "as_of"), "2017-04-30"),
            (("confidence", "owner"), 0.75),
        ],
    )
    assert after == (
        "---\r\nid: x   # the id\r\nkind: goal\r\nmetric:\r\n  unit: h\r\n  target: 24\r\n"
        "  current: 30   # fill in\r\n  as_of: 2017-04-30\r\n# after the metric\r\n"
        "confidence: {owner: 0.75}\r\n---\r\n# X\r\n"
    )


def test_a_new_field_goes_below_the_templates_comment_that_names_it() -> None:
    before = "---\nid: k\nkind: kpi\n# value: the latest measurement\nstatus: active\n---\n# K\n"
    assert set_values(before, [(("value",), 3)]) == (
        "---\nid: k\nkind: kpi\n# value: the latest measurement\nvalue: 3\nstatus: active\n"
        "---\n# K\n"
    )


def test_a_value_that_is_a_list_is_not_overwritten() -> None:
    with pytest.raises(EditError) as caught:
        set_values("---\nmetric:\n  current: [1, 2]\n---\n", [(("metric", "current"), 3)])
    assert str(caught.value) == "'metric.current' holds more than one value"


# --- one meaning of a check-in -----------------------------------------------------------------


def test_a_confirmed_value_is_one_check_in_for_report_csv_review_and_history(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checked in at 30 on 28 February, then confirmed at 30 on 30 March: the second commit is a
    check-in for the report's table, its CSV, the review and the history alike."""
    for day, note in (("2017-02-28", "February"), ("2017-03-30", "Still 30")):
        monkeypatch.setenv("GIT_AUTHOR_DATE", f"{day}T12:00:00Z")
        monkeypatch.setenv("GIT_COMMITTER_DATE", f"{day}T12:00:00Z")
        code, _, err = run(
            capsys, "checkin", "faster-replies", "30", "--as-of", day, "-m", note, "--commit"
        )
        assert (code, err) == (0, "")
    code, out, _ = run(capsys, "report", "--format", "csv")
    assert code == 0
    import csv
    import io

    [row] = [r for r in csv.DictReader(io.StringIO(out)) if r["id"] == "faster-replies"]
    assert (row["measured"], row["last_checkin"], row["checkins"]) == (
        "2017-03-30",
        "2017-03-30",
        "3",
    )
    code, out, _ = run(capsys, "report")
    line = next(line for line in out.splitlines() if line.lstrip().startswith("faster-replies"))
    assert line.split()[-2:] == ["2017-03-30", "3"]  # Last check-in, Check-ins
    code, out, _ = run(capsys, "review", "HEAD~1..HEAD")
    # a routine check-in: a row of the check-ins table
    assert "  faster-replies  value confirmed  2017-03-30" in out.splitlines()
    code, out, _ = run(capsys, "review", "HEAD~1..HEAD", "--format", "json")
    [flag] = json.loads(out)["changes"][0]["flags"]
    assert (flag["code"], flag["line"], flag["message"]) == (
        "C001",
        14,
        "progress checked in: metric.as_of 2017-02-28 → 2017-03-30",
    )
    code, out, _ = run(capsys, "history", "faster-replies", "--format", "json")
    checkins = json.loads(out)["checkins"]
    assert [(c["as_of"], c["value"], c["message"]) for c in checkins][-2:] == [
        ("2017-02-28", 30, "February"),
        ("2017-03-30", 30, "Still 30"),
    ]


@pytest.mark.parametrize(
    ("lang", "checkin", "accept"),
    [
        ("en", "Check in faster-replies, nps", "Accept goal faster-replies"),
        ("sv", "Stäm av faster-replies, nps", "Godkänn målet faster-replies"),
    ],
)
def test_the_commits_speak_the_repositorys_language(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str, checkin: str, accept: str
) -> None:
    repo.write("goals.toml", f'language = "{lang}"\n')
    code, _, err = run(capsys, "checkin", "faster-replies", "30", "nps", "33", "--commit")
    assert (code, err) == (0, "")
    assert repo.git("log", "-1", "--format=%s").strip() == checkin
    repo.git("config", "user.email", "erik@example.com")
    code, _, err = run(capsys, "accept", "faster-replies", "--commit")
    assert (code, err) == (0, "")
    assert repo.git("log", "-1", "--format=%s").strip() == accept
