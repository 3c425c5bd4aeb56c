"""Output that reads well: the report fits the terminal, history and review speak in words."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from goals_as_code.markdown import parse
from goals_as_code.source import acceptance

from .builders import epoch, goal, on_a_pty, team_goal
from .conftest import Repo, run

LANGS = ("en", "sv")
LONG_ID = "customer-satisfaction-for-enterprise-accounts-2017"
LONG_MAIL = "anna.andersson-lindqvist@support.example.com"
LEGEND = {
    "en": "Pace: progress ÷ the progress expected by now on a straight line from start to "
    "deadline; 1.00 is on schedule, below 1 behind.",
    "sv": "Takt: framsteg ÷ det framsteg som väntas hittills på en rak linje från start till "
    "slutdatum; 1.00 är enligt plan, under 1 efter.",
}


def long_names(repo: Repo) -> None:
    statement = "I will raise the satisfaction of our enterprise accounts from 60 to 80 points"
    repo.write(
        "goals/long.md",
        team_goal(LONG_ID, LONG_MAIL, baseline=60, target=80, current=70, statement=statement),
    )
    repo.write("goals/short.md", team_goal("deals", "bo@example.com", baseline=1, target=9))
    repo.commit("Goals", date=epoch("2017-03-01"))


def words_of(out: str) -> list[str]:
    return [word for line in out.splitlines() for word in line.split()]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("columns", [132, 80, 60])
def test_the_report_fits_columns_without_breaking_an_id_or_an_address(
    lang: str,
    columns: int,
    repo: Repo,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    long_names(repo)
    monkeypatch.setenv("COLUMNS", str(columns))
    code, out, err = run(capsys, "report", "--as-of", "2017-04-01", "--lang", lang)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert [line for line in lines if len(line) > columns] == []
    assert [line for line in lines if line != line.rstrip()] == []
    for name in (LONG_ID, LONG_MAIL):
        pieces = [word for word in words_of(out) if word[:8] == name[:8]]
        # whole, or cut with an ellipsis; never the rest of it on another line
        assert pieces
        assert all(
            word == name or (word.endswith("…") and name.startswith(word[:-1])) for word in pieces
        )
        tail = name[len(name) // 2 :]
        assert [word for word in words_of(out) if word.endswith(tail) and word != name] == []
    legend = LEGEND[lang]
    joined = " ".join(out.split())
    assert legend in joined


@pytest.mark.parametrize("lang", LANGS)
def test_the_report_says_the_pace_legend_on_one_line_when_there_is_room(
    lang: str, repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    long_names(repo)
    monkeypatch.setenv("COLUMNS", "160")
    _, out, _ = run(capsys, "report", "--as-of", "2017-04-01", "--lang", lang)
    assert LEGEND[lang] in out.splitlines()


def on_a_terminal(cwd: Path, columns: int, *args: str) -> list[str]:
    """The lines 'goals' prints on a terminal ``columns`` wide (a pseudo-terminal), without
    COLUMNS and without colour."""
    environment = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    environment["NO_COLOR"] = "1"
    code, shown, err = on_a_pty(cwd, environment, args, columns)
    assert code == 0, err
    return shown.splitlines()


def test_the_report_takes_the_width_of_the_terminal(repo: Repo) -> None:
    long_names(repo)
    lines = on_a_terminal(repo.path, 70, "report", "--as-of", "2017-04-01")
    assert max(len(line) for line in lines) <= 70
    assert max(len(line) for line in lines) > 60  # it used the width it has


# --- goals history: the creation, acceptances in words, a word diff ---------------------------

MANAGER = ("Erik Eriksson", "erik@example.com")


def accept(text: str, day: str) -> str:
    doc = parse(text, "goals/faster-replies.md")
    fingerprint = acceptance.fingerprint(doc.data, doc.statement)
    return acceptance.write(text, acceptance.Accepted(MANAGER[1], day, fingerprint))


def accepted_twice(repo: Repo) -> list[str]:
    """A goal: set, accepted, its target moved and accepted again. Returns the short shas."""
    path = "goals/faster-replies.md"
    repo.write(path, goal(40))
    repo.commit("Set the goal")
    repo.write(path, accept(goal(40), "2017-01-03"))
    repo.commit("Accept", name=MANAGER[0], email=MANAGER[1])
    repo.write(path, accept(goal(40), "2017-01-03").replace("target: 24", "target: 30"))
    repo.commit("Ease the target")
    moved = goal(40, target=30)
    repo.write(path, accept(moved, "2017-01-05"))
    repo.commit("Accept again", name=MANAGER[0], email=MANAGER[1])
    return [sha[:10] for sha in repo.git("log", "--reverse", "--format=%H").split()]


HISTORY = {
    "en": [
        "faster-replies (goal), goals/faster-replies.md",
        "2017-01-02  {0}  Anna Andersson  created: 48 → 24 hours by 2017-06-30  (Set the goal)",
        "2017-01-02  {0}  Anna Andersson  check-in: 40  (Set the goal)",
        "2017-01-03  {1}  Erik Eriksson  accepted by Erik Eriksson  (Accept)",
        "2017-01-04  {2}  Anna Andersson  metric.target: 24 → 30  (Ease the target)",
        "2017-01-05  {3}  Erik Eriksson  accepted again by Erik Eriksson after target 24 → 30, "
        "the statement  (Accept again)",
        "2017-01-05  {3}  Erik Eriksson  statement: I will cut the reply time to customer mail "
        "from 48 to [-24-]{{+30+}} hours by 2017-06-30  (Accept again)",
        "1 check-in, 2 changes of defining fields, 2 other changes.",
    ],
    "sv": [
        "faster-replies (mål), goals/faster-replies.md",
        "2017-01-02  {0}  Anna Andersson  skapat: 48 → 24 hours till 2017-06-30  (Set the goal)",
        "2017-01-02  {0}  Anna Andersson  incheckning: 40  (Set the goal)",
        "2017-01-03  {1}  Erik Eriksson  accepterat av Erik Eriksson  (Accept)",
        "2017-01-04  {2}  Anna Andersson  metric.target: 24 → 30  (Ease the target)",
        "2017-01-05  {3}  Erik Eriksson  accepterat igen av Erik Eriksson efter target 24 → 30, "
        "påståendet  (Accept again)",
        "2017-01-05  {3}  Erik Eriksson  statement: I will cut the reply time to customer mail "
        "from 48 to [-24-]{{+30+}} hours by 2017-06-30  (Accept again)",
        "1 incheckning, 2 ändringar av definierande fält, 2 andra ändringar.",
    ],
}


@pytest.mark.parametrize("lang", LANGS)
def test_history_tells_the_creation_and_acceptances_in_words(
    lang: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    shas = accepted_twice(repo)
    code, out, err = run(capsys, "history", "faster-replies", "--lang", lang)
    assert (code, err) == (0, "")
    assert out.splitlines() == [line.format(*shas) for line in HISTORY[lang]]
    assert "sha256" not in out
    assert "{" not in out.replace("{+30+}", "")  # no JSON


@pytest.mark.parametrize("lang", LANGS)
def test_history_on_a_narrow_terminal_wraps_at_spaces_under_the_author(
    lang: str, repo: Repo
) -> None:
    shas = accepted_twice(repo)
    lines = on_a_terminal(repo.path, 60, "history", "faster-replies", "--lang", lang)
    assert max(len(line) for line in lines) <= 60
    assert [line for line in lines if line != line.rstrip()] == []
    # the same words as in a pipe, each whole, the further lines under the author
    piped = [line.format(*shas) for line in HISTORY[lang]]
    assert " ".join(lines).split() == " ".join(piped).split()
    continued = [line for line in lines if line.startswith(" ")]
    assert continued
    assert all(line.startswith(" " * 24) and line[24] != " " for line in continued)


def test_history_since_a_date_does_not_claim_the_creation(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    accepted_twice(repo)
    _, out, _ = run(capsys, "history", "faster-replies", "--since", "2017-01-03")
    assert "created" not in out


# --- goals review: the statement once, routine check-ins in one table ---------------------------


def test_review_shows_a_changed_statement_once_with_a_word_diff(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    path = "goals/faster-replies.md"
    repo.write(path, accept(goal(40), "2017-01-03"))
    base = repo.commit("Set and accept")
    repo.write(
        path,
        accept(goal(40), "2017-01-03")
        .replace("target: 24", "target: 30")
        .replace("48 to 24", "48 to 30"),
    )
    head = repo.commit("Ease the target")
    for lang in LANGS:
        code, out, _ = run(capsys, "review", f"{base}..{head}", "--lang", lang)
        assert code == 1  # the acceptance is stale
        assert out.count("I will cut the reply time") == 1
        assert (
            "  # I will cut the reply time to customer mail from 48 to [-24-]{+30+} hours by "
            "2017-06-30"
        ) in out.splitlines()
        assert out.count("statement …from 48 to [-24-]{+30+} hours by 2017-06-30 ") == 2
        _, markdown, _ = run(
            capsys, "review", f"{base}..{head}", "--lang", lang, "--format", "markdown"
        )
        assert markdown.count("I will cut the reply time") == 1
        assert (
            "> I will cut the reply time to customer mail from 48 to ~~24~~ **30** hours by "
            "2017-06-30"
        ) in markdown.splitlines()


REVIEW_CHECKINS = {
    "en": (
        "2 check-ins:",
        "| Statement | Change | As of |",
        "2 statements changed (2 modified); no new problems.",
    ),
    "sv": (
        "2 incheckningar:",
        "| Påstående | Förändring | Per |",
        "2 påståenden ändrade (2 ändrade); inga nya problem.",
    ),
}


@pytest.mark.parametrize("lang", LANGS)
def test_review_of_routine_check_ins_is_one_table(
    lang: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/a.md", goal(40, extra="  as_of: 2017-01-31\n"))
    repo.write("goals/b.md", goal(40, ident="other", extra="  as_of: 2017-01-31\n"))
    base = repo.commit("Goals")
    repo.write("goals/a.md", goal(36, extra="  as_of: 2017-02-28\n"))
    repo.write("goals/b.md", goal(38, ident="other", extra="  as_of: 2017-02-28\n"))
    head = repo.commit("February check-ins")
    heading, columns, summary = REVIEW_CHECKINS[lang]
    code, out, err = run(capsys, "review", f"{base}..{head}", "--lang", lang, "--select", "C")
    assert (code, err) == (0, "")
    assert out.splitlines()[1:] == [
        "",
        heading,
        "  faster-replies  40 → 36  2017-02-28",
        "  other           40 → 38  2017-02-28",
        "",
        summary,
    ]
    code, out, _ = run(
        capsys, "review", f"{base}..{head}", "--lang", lang, "--select", "C", "--format", "markdown"
    )
    assert out.splitlines()[3:] == [
        "",
        f"### {heading[:-1]}",
        "",
        columns,
        "|---|---|---|",
        "| faster-replies | 40 → 36 | 2017-02-28 |",
        "| other | 40 → 38 | 2017-02-28 |",
    ]
