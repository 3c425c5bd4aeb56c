"""goals conversation: one person's page since the last recorded talk, on a real repository with
several people, a recorded conversation and history on both sides of it."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from goals_as_code.markdown import parse
from goals_as_code.source import acceptance
from tests.builders import ANNA, BO, ERIK, epoch, team_goal
from tests.conftest import Repo, run

TAG = "goals/conversation/anna/2017-02-15"


def replies(
    current: float | None,
    as_of: str | None,
    *,
    target: float = 24,
    owner: float = 0.8,
    manager: float = 0.7,
) -> str:
    return team_goal(
        "faster-replies",
        ANNA,
        direction="decrease",
        baseline=48,
        target=target,
        current=current,
        as_of=as_of,
        deadline="2017-06-30",
        parent="satisfaction",
        frequency="monthly",
        unit="hours",
        statement="I will cut the reply time to customer mail from 48 to 24 hours",
        confidence=f"{{owner: {owner}, manager: {manager}}}",
    )


def complaints(target: float) -> str:
    return team_goal(
        "fewer-complaints",
        ANNA,
        direction="decrease",
        baseline=10,
        target=target,
        current=8,
        as_of="2017-01-31",
        statement="I will cut complaints from 10 to 5 a month",
    )


def onboarding() -> str:
    """A goal of last year that ended half way, with the owner's confidence at 0.9."""
    return team_goal(
        "onboarding-2016",
        ANNA,
        baseline=0,
        target=10,
        current=5,
        start="2016-07-01",
        deadline="2016-12-31",
        statement="I will onboard 10 new customers by the end of 2016",
        confidence="{owner: 0.9}",
    )


def activity(ident: str, goal: str, due: str, state: str) -> str:
    return (
        f"---\nid: {ident}\nkind: activity\nowner: {ANNA}\ngoal: {goal}\nstate: {state}\n"
        f"due: {due}\neffort: 2 days\n---\n# I will {ident.replace('-', ' ')}\n"
    )


BEHAVIOUR = (
    f"---\nid: good-morning\nkind: behaviour\nowner: {ANNA}\ngoal: satisfaction\n"
    "frequency: daily\n---\n# I say good morning to my colleagues\n"
)
NPS = """\
---
id: nps
kind: kpi
owner: anna@example.com
unit: points
direction: increase
frequency: monthly
value: {value}
as_of: {as_of}
---
# Net promoter score
"""


def history(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Goals of Anna, Bo and Erik; a check-in and a moved goalpost before Anna's talk of
    2017-02-15 (recorded with --record), and after it a check-in, a moved target, a confidence
    that fell and an activity that fell due."""
    repo.write(
        "goals/company/satisfaction.md",
        team_goal("satisfaction", ERIK, baseline=30, target=50, unit="points"),
    )
    repo.write("goals/support/faster-replies.md", replies(None, None))
    repo.write("goals/support/fewer-complaints.md", complaints(5))
    repo.write("goals/support/onboarding-2016.md", onboarding())
    repo.write("goals/sales/more-deals.md", team_goal("more-deals", BO, baseline=150, target=160))
    repo.write(
        "goals/support/reply-templates.md",
        activity("write-reply-templates", "faster-replies", "2017-03-15", "todo"),
    )
    repo.write(
        "goals/support/triage.md", activity("set-up-triage", "faster-replies", "2017-02-01", "done")
    )
    repo.write("goals/support/good-morning.md", BEHAVIOUR)
    repo.write("goals/support/nps.md", NPS.format(value=30, as_of="2017-01-01"))
    repo.commit("Set the goals for 2017", name="Erik", email=ERIK, date=epoch("2017-01-02"))

    repo.write("goals/support/faster-replies.md", replies(44, "2017-01-31"))
    repo.write("goals/support/nps.md", NPS.format(value=32, as_of="2017-01-31"))
    repo.commit("January check-in", date=epoch("2017-02-01"))
    repo.write("goals/support/fewer-complaints.md", complaints(6))
    repo.commit("Ease the complaints target", name="Erik", email=ERIK, date=epoch("2017-02-10"))

    monkeypatch.setenv("GIT_COMMITTER_NAME", "Erik")
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", ERIK)
    monkeypatch.setenv("GIT_COMMITTER_DATE", f"@{epoch('2017-02-15')} +0000")
    code, _, err = run(capsys, "conversation", ANNA, "--record", "--today", "2017-02-15")
    assert code == 0, err
    monkeypatch.delenv("GIT_COMMITTER_DATE")

    repo.write("goals/support/faster-replies.md", replies(43, "2017-02-28", manager=0.5))
    repo.write("goals/support/nps.md", NPS.format(value=35, as_of="2017-02-28"))
    repo.commit("February check-in", date=epoch("2017-03-01"))
    repo.write("goals/support/faster-replies.md", replies(43, "2017-02-28", target=30, manager=0.5))
    repo.commit("Ease the reply-time target", name="Erik", email=ERIK, date=epoch("2017-03-05"))
    repo.write("goals/sales/more-deals.md", team_goal("more-deals", BO, baseline=150, target=170))
    repo.commit("Raise the deals target", name="Erik", email=ERIK, date=epoch("2017-03-06"))


@pytest.fixture
def talked(repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Repo:
    history(repo, capsys, monkeypatch)
    return repo


def page(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    code, out, err = run(
        capsys, "conversation", ANNA, "--format", "json", "--today", "2017-04-01", *args
    )
    assert (code, err) == (0, "")
    found: dict[str, Any] = json.loads(out)
    return found


def test_the_tag_is_annotated_with_the_summary(talked: Repo) -> None:
    assert talked.git("tag", "--list", "goals/*").split() == [TAG]
    assert talked.git("cat-file", "-t", TAG).strip() == "tag"
    said = talked.git("tag", "-l", "--format=%(contents)", TAG).strip()
    assert said == (
        "Goal conversation with anna@example.com on 2017-02-15: 3 goal(s), 1 behind or at risk; "
        "since the last talk 3 check-in(s) and 1 moved goalpost(s); 0 activity(ies) overdue; "
        "4 question(s)."
    )
    tagged = talked.git("rev-parse", f"{TAG}^{{commit}}").strip()
    assert tagged == talked.git("rev-parse", "HEAD~3").strip()


def test_the_window_starts_at_the_tag(talked: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    data = page(capsys)
    tagged = talked.git("rev-parse", f"{TAG}^{{commit}}").strip()
    assert data["person"] == ANNA
    assert data["since"] == {"rev": tagged, "date": "2017-02-15"}
    assert data["tag"] == TAG
    assert data["until"] == {"rev": talked.git("rev-parse", "HEAD").strip(), "date": "2017-03-06"}
    assert [goal["id"] for goal in data["goals"]] == [
        "faster-replies",
        "fewer-complaints",
        "onboarding-2016",
    ]
    goals = {goal["id"]: goal for goal in data["goals"]}
    replies_goal = goals["faster-replies"]
    # the check-in after the tag is there, January's (before it) is not
    assert [(c["date"], c["value"]) for c in replies_goal["checkins"]] == [("2017-02-28", 43.0)]
    # the target moved after the tag is there; the complaints target moved before it is not
    assert [
        (c["field"], c["old"], c["new"], c["date"], c["author"], c["message"])
        for c in replies_goal["changes"]
    ] == [("metric.target", 24, 30, "2017-03-05", "Erik", "Ease the reply-time target")]
    assert goals["fewer-complaints"]["changes"] == []
    assert goals["fewer-complaints"]["checkins"] == []
    assert replies_goal["confidence"] == {
        "owner": {"then": 0.8, "now": 0.8},
        "manager": {"then": 0.7, "now": 0.5},
    }
    assert replies_goal["status"] == "behind"
    assert replies_goal["progress"] == pytest.approx(5 / 18)
    assert replies_goal["accepted"] == {"state": "missing", "by": None, "on": None, "moved": False}
    assert [(k["id"], [(p["date"], p["value"]) for p in k["series"]]) for k in data["kpis"]] == [
        ("nps", [("2017-02-28", 35.0)])
    ]


def test_an_overdue_activity_is_marked(talked: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    data = page(capsys)
    assert [
        (a["id"], a["state"], a["due"], a["overdue"], a["effort"]) for a in data["activities"]
    ] == [
        ("set-up-triage", "done", "2017-02-01", False, "2 days"),
        ("write-reply-templates", "todo", "2017-03-15", True, "2 days"),
    ]


def test_questions_follow_from_the_data(talked: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    data = page(capsys)
    assert [(q["kind"], q["subject"], q["text"]) for q in data["questions"]] == [
        (
            "confidence-dropped",
            "faster-replies",
            "The manager's confidence in 'faster-replies' fell from 0.7 to 0.5 since the last "
            "talk: what changed?",
        ),
        (
            "behind-confident",
            "faster-replies",
            "'faster-replies' is behind at 28 % of the way, yet your confidence is 0.8: what "
            "makes you confident, and what would change your mind?",
        ),
        (
            "goalpost-moved",
            "faster-replies",
            "In 'faster-replies', metric.target moved from 24 to 30 on 2017-03-05 (Erik): why, "
            "and do we both stand behind the new value?",
        ),
        (
            "no-activities",
            "fewer-complaints",
            "'fewer-complaints' has no activities: what will you do to reach it, and by when?",
        ),
        (
            "activity-overdue",
            "write-reply-templates",
            "The activity 'write-reply-templates' was due on 2017-03-15 and is not done: is it "
            "still the right step, and when will it be done?",
        ),
        (
            "behaviour-unobserved",
            "good-morning",
            "The behaviour 'good-morning' has no observations: how will we both see that it "
            "happens?",
        ),
    ]


def test_calibration_from_an_ended_goal(talked: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    data = page(capsys)
    assert data["calibration"] == {
        "rows": [
            {
                "id": "onboarding-2016",
                "status": "overdue",
                "first": 0.9,
                "last": 0.9,
                "reached": 0.5,
            }
        ],
        "confidence": 0.9,
        "reached": 0.5,
        "verdict": "over",
        "sentence": "Over 1 ended goal, anna@example.com stated a confidence of 90 % at the start "
        "on average and reached 50 % of the way: more confident than the results bore out.",
    }


def test_since_a_date_takes_the_whole_window(
    talked: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    data = page(capsys, "--since", "2017-01-02")
    goals = {goal["id"]: goal for goal in data["goals"]}
    assert data["since"]["date"] == "2017-01-02"
    assert data["tag"] is None
    assert [c["date"] for c in goals["faster-replies"]["checkins"]] == ["2017-01-31", "2017-02-28"]
    assert [c["new"] for c in goals["fewer-complaints"]["changes"]] == [6]


def test_bo_has_no_talk_yet(talked: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "conversation", BO, "--format", "json", "--today", "2017-04-01")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["since"] is None
    assert [c["new"] for c in data["goals"][0]["changes"]] == [170]


def test_until_before_the_tag_ignores_it(talked: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    data = page(capsys, "--until", "HEAD~4")
    assert data["since"] is None
    assert data["until"]["date"] == "2017-02-01"


def test_recording_twice_the_same_day_is_refused(
    talked: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_COMMITTER_NAME", "Erik")
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", ERIK)
    code, _, err = run(capsys, "conversation", ANNA, "--record", "--today", "2017-02-15")
    assert code == 2
    assert err == (
        f"goals: error: the tag {TAG} exists: this talk is recorded already; delete the tag with "
        f"'git tag -d {TAG}' to record it again\n"
    )


@pytest.mark.parametrize(
    ("lang", "titles"),
    [
        (
            "en",
            [
                "## Since the last talk",
                "## Goals (3)",
                "## KPIs",
                "## Activities",
                "## Behaviours",
                "## Stale items",
                "## Calibration from history",
                "## Questions for the talk",
                "## Agreements",
            ],
        ),
        (
            "sv",
            [
                "## Sedan förra samtalet",
                "## Mål (3)",
                "## Nyckeltal",
                "## Aktiviteter",
                "## Beteenden",
                "## Inaktuellt",
                "## Kalibrering mot historiken",
                "## Frågor till samtalet",
                "## Överenskommelser",
            ],
        ),
    ],
)
def test_markdown_in_both_languages(
    talked: Repo, capsys: pytest.CaptureFixture[str], lang: str, titles: list[str]
) -> None:
    code, out, err = run(
        capsys,
        "conversation",
        ANNA,
        "--format",
        "markdown",
        "--today",
        "2017-04-01",
        "--lang",
        lang,
    )
    assert (code, err) == (0, "")
    assert [line for line in out.splitlines() if line.startswith("## ")] == titles
    assert [line for line in out.splitlines() if line.startswith("### ")] == [
        "### faster-replies: I will cut the reply time to customer mail from 48 to 24 hours",
        "### fewer-complaints: I will cut complaints from 10 to 5 a month",
        "### onboarding-2016: I will onboard 10 new customers by the end of 2016",
    ]
    expected = {
        "en": "- The activity 'write-reply-templates' was due on 2017-03-15 and is not done: is "
        "it still the right step, and when will it be done?",
        "sv": "- Aktiviteten 'write-reply-templates' skulle vara klar 2017-03-15 och är inte "
        "gjord: är den fortfarande rätt steg, och när blir den klar?",
    }[lang]
    assert expected in out.splitlines()


USER_TEXT = (
    "I will cut the reply time to customer mail from 48 to 24 hours",
    "I will cut complaints from 10 to 5 a month",
    "I will onboard 10 new customers by the end of 2016",
    "I will write reply templates",
    "I will set up triage",
    "I say good morning to my colleagues",
    "Net promoter score",
    "Ease the reply-time target",
    "February check-in",
    "January check-in",
    "Set the goals for 2017",
    TAG,
    "goals-as-code",  # the tool's name
)
CONVERSATION_ENGLISH = re.compile(
    r"\b(since|talk|goals?|confidence|overdue|owner|manager|progress|pace|questions?|agreements?|"
    r"behind|activities|activity|behaviours?|stale|calibration|accepted|agreed|recorded|due|"
    r"the|is|and|of|to|what|how|when|not|no|none|never|latest|change|state|effort)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_no_english_under_sv(talked: Repo, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, err = run(
        capsys, "conversation", ANNA, "--format", fmt, "--today", "2017-04-01", "--lang", "sv"
    )
    assert (code, err) == (0, "")
    for text in USER_TEXT:
        out = out.replace(text, "")
    if fmt == "html":
        out = re.sub(r"<style>.*?</style>|<[^>]+>", " ", out, flags=re.DOTALL)
    assert CONVERSATION_ENGLISH.findall(out) == []


def test_json_is_the_same_in_both_languages(
    talked: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    assert page(capsys, "--lang", "sv") == page(capsys, "--lang", "en")


def test_the_record_is_said_in_swedish(
    talked: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_COMMITTER_NAME", "Erik")
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", ERIK)
    code, _, err = run(
        capsys, "conversation", ANNA, "--record", "--today", "2017-04-03", "--lang", "sv"
    )
    tag = "goals/conversation/anna/2017-04-03"
    assert (code, err) == (
        0,
        f"Samtalet är registrerat som taggen {tag} på incheckningen "
        f"{talked.git('rev-parse', 'HEAD').strip()[:10]}; dela den med 'git push origin {tag}'.\n",
    )
    said = talked.git("tag", "-l", "--format=%(contents)", tag).strip()
    assert said.startswith("Målsamtal med anna@example.com den 2017-04-03: 3 mål, 1 efter")
    # the next page starts at the new tag: nothing happened since
    data = page(capsys)
    assert data["tag"] == tag
    assert [goal["checkins"] for goal in data["goals"]] == [[], [], []]


def bound(text: str, path: str) -> str:
    """``text`` with the manager's acceptance and the owner's agreement of it."""
    doc = parse(text, path)
    fingerprint = acceptance.fingerprint(doc.data, doc.statement)
    text = acceptance.write(text, acceptance.Accepted(ERIK, "2017-01-05", fingerprint))
    agreed = acceptance.Accepted(ANNA, "2017-01-06", fingerprint)
    return acceptance.write(text, agreed, acceptance.AGREED)


def test_stale_acceptance_agreement_and_a_changed_parent(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = "goals/company/satisfaction.md"
    child = "goals/support/faster-replies.md"
    steady = "goals/support/fewer-complaints.md"
    repo.write(parent, team_goal("satisfaction", ERIK, baseline=30, target=50, unit="points"))
    repo.write(child, bound(replies(44, "2017-01-31"), child))
    repo.write(steady, bound(complaints(5), steady))
    repo.commit("Agree on the goals", name="Erik", email=ERIK, date=epoch("2017-01-06"))
    monkeypatch.setenv("GIT_COMMITTER_NAME", "Erik")
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", ERIK)
    code, _, err = run(capsys, "conversation", ANNA, "--record", "--today", "2017-01-10")
    assert (code, err.startswith("Recorded the talk")) == (0, True)
    moved = bound(replies(44, "2017-01-31"), child)
    repo.write(child, moved.replace("target: 24", "target: 30"))
    repo.write(parent, team_goal("satisfaction", ERIK, baseline=30, target=60, unit="points"))
    repo.commit("Move the targets", name="Erik", email=ERIK, date=epoch("2017-02-01"))

    data = page(capsys)
    goals = {goal["id"]: goal for goal in data["goals"]}
    moved_goal = goals["faster-replies"]
    assert moved_goal["accepted"] == {
        "state": "stale",
        "by": ERIK,
        "on": "2017-01-05",
        "moved": True,
    }
    assert moved_goal["agreed"] == {"state": "stale", "by": ANNA, "on": "2017-01-06", "moved": True}
    assert goals["fewer-complaints"]["accepted"] == {
        "state": "valid",
        "by": ERIK,
        "on": "2017-01-05",
        "moved": False,
    }
    assert [
        (c["goal"], c["field"], c["old"], c["new"], c["message"])
        for c in moved_goal["parent_changes"]
    ] == [("satisfaction", "metric.target", 50, 60, "Move the targets")]
    assert goals["fewer-complaints"]["parent_changes"] == []
    assert [(s["id"], s["what"]) for s in data["stale"]] == [
        (
            "faster-replies",
            "last check-in 2017-01-06, and it is checked in monthly: a check-in is due",
        ),
        (
            "faster-replies",
            "the manager's acceptance is stale: a defining field changed after it; accept again "
            "with 'goals accept faster-replies'",
        ),
        (
            "faster-replies",
            "the owner's agreement is stale: a defining field changed after it; agree again with "
            "'goals agree faster-replies'",
        ),
        ("fewer-complaints", "last check-in 2017-01-06: a check-in is due"),
    ]

    code, out, err = run(
        capsys, "conversation", ANNA, "--format", "markdown", "--today", "2017-04-01"
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert (
        "- Accepted: by erik@example.com on 2017-01-05, stale: a defining field changed since the "
        "last talk. Agreed: by anna@example.com on 2017-01-06, stale: a defining field changed "
        "since the last talk."
    ) in lines
    assert (
        "- Accepted: by erik@example.com on 2017-01-05, still valid. Agreed: by "
        "anna@example.com on 2017-01-06, still valid."
    ) in lines
    at = lines.index("**The parent goal changed since the last talk**")
    assert lines[at + 2 : at + 5] == [
        "| Date | Goal | Field | Change | By | Commit |",
        "|---|---|---|---|---|---|",
        f"| 2017-02-01 | satisfaction | metric.target | 50 → 60 | Erik | {repo.git('rev-parse', 'HEAD').strip()[:10]} |",
    ]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "nobody@example.com owns no goal at this revision."),
        ("sv", "nobody@example.com äger inget mål i den här versionen."),
    ],
)
def test_a_person_with_no_goals(
    talked: Repo, capsys: pytest.CaptureFixture[str], lang: str, said: str
) -> None:
    who = "nobody@example.com"
    code, out, err = run(capsys, "conversation", who, "--today", "2017-04-01", "--lang", lang)
    assert (code, err) == (0, "")
    assert said in out.splitlines()
    code, out, err = run(capsys, "conversation", who, "--format", "json", "--today", "2017-04-01")
    data = json.loads(out)
    assert (data["since"], data["goals"], data["kpis"], data["activities"]) == (None, [], [], [])


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "goals: error: unknown revision 'nowhere': give a commit, branch or tag (see 'git "
            "log'), or a date as YYYY-MM-DD",
        ),
        (
            "sv",
            "goals: fel: okänd revision 'nowhere': ange en incheckning, gren eller tagg (se 'git "
            "log'), eller ett datum som ÅÅÅÅ-MM-DD",
        ),
    ],
)
def test_an_unknown_since_is_a_usage_error(
    talked: Repo, capsys: pytest.CaptureFixture[str], lang: str, said: str
) -> None:
    code, out, err = run(capsys, "conversation", ANNA, "--since", "nowhere", "--lang", lang)
    assert (code, out, err) == (2, "", said + "\n")


def test_until_a_date_is_the_day_of_the_page(
    talked: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "conversation", ANNA, "--format", "json", "--until", "2017-03-02")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert (data["as_of"], data["until"]["date"], data["tag"]) == (
        "2017-03-02",
        "2017-03-01",
        TAG,
    )
    goals = {goal["id"]: goal for goal in data["goals"]}
    assert goals["faster-replies"]["changes"] == []  # the target moved on 2017-03-05


def test_the_json_contract(talked: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    """The keys the issue promises tools, whatever else the page adds."""
    data = page(capsys)
    assert {
        "person",
        "since",
        "until",
        "goals",
        "kpis",
        "activities",
        "behaviours",
        "questions",
    } <= set(data)
    assert set(data["since"]) == {"rev", "date"}
    for goal in data["goals"]:
        assert {
            "id",
            "statement",
            "progress",
            "status",
            "confidence",
            "changes",
            "checkins",
        } <= set(goal)
        for change in goal["changes"]:
            assert {"field", "old", "new", "date", "author", "commit"} <= set(change)
        for checkin in goal["checkins"]:
            assert {"date", "value"} <= set(checkin)
    assert [goal["changes"] != [] for goal in data["goals"]] == [True, False, False]
    for activity in data["activities"]:
        assert {"id", "state", "due", "overdue"} <= set(activity)
        assert isinstance(activity["overdue"], bool)


def test_a_file_that_cannot_be_read_is_noted(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/support/faster-replies.md", replies(44, "2017-01-31"))
    repo.write("goals/support/broken.md", "---\nid: [unclosed\n---\n# Broken\n")
    repo.commit("Add the goals", date=epoch("2017-01-02"))
    code, out, err = run(
        capsys, "conversation", ANNA, "--format", "markdown", "--today", "2017-01-10"
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[2:7] == [
        "## Since the last talk",
        "",
        f"Since the start of the history, up to commit {repo.git('rev-parse', 'HEAD').strip()[:10]} "
        "(2017-01-02); as of 2017-01-10.",
        "",
        f"Note: goals/support/broken.md at {repo.git('rev-parse', 'HEAD').strip()[:10]} "
        "(2017-01-02): skipped that version, line 3: did not find expected ',' or '\\]' (while "
        "parsing a flow sequence)",
    ]
    assert (
        "Note: goals/support/broken.md: cannot be read as a statement; run 'goals check' on it"
        in out.splitlines()
    )
