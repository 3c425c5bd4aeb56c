"""goals history ID: one goal's timeline in text, JSON and Markdown, in each language, and its
errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .builders import BOB, goal
from .conftest import Repo, run


def timeline(repo: Repo) -> Repo:
    """A goal with two check-ins and a moved target, in ``repo`` (whose goals.toml is kept)."""
    repo.write("goals/faster-replies.md", goal(40))
    repo.commit("Add the reply-time goal")
    repo.write("goals/faster-replies.md", goal(36))
    repo.commit("Check in: 36 hours\n\nMeasured over March.")
    repo.write("goals/faster-replies.md", goal(36, target=30))
    repo.commit("Lower the target", name=BOB[0], email=BOB[1])
    return repo


@pytest.fixture
def timeline_repo(repo: Repo) -> Repo:
    return timeline(repo)


@pytest.fixture(params=["en", "sv"])
def lang(request: pytest.FixtureRequest, repo: Repo) -> str:
    """Each language, set in goals.toml."""
    repo.write("goals.toml", f'language = "{request.param}"\n')
    return str(request.param)


def test_json_lists_checkins_and_events_oldest_first(
    timeline_repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "history", "faster-replies", "--format", "json")

    assert (code, err) == (0, "")
    payload = json.loads(out)
    assert payload["id"] == "faster-replies"
    assert [(c["value"], c["author"], c["date"], c["message"]) for c in payload["checkins"]] == [
        (40, "Anna Andersson", "2017-01-02T08:00:00+00:00", "Add the reply-time goal"),
        (
            36,
            "Anna Andersson",
            "2017-01-03T08:00:00+00:00",
            "Check in: 36 hours\n\nMeasured over March.",
        ),
    ]
    events = [(e["field"], e["old"], e["new"], e["author"]) for e in payload["events"]]
    assert ("metric.target", 24, 30, "Bob Berg") in events
    assert all(len(c["commit"]) == 40 for c in payload["checkins"] + payload["events"])
    assert payload["shallow"] is False
    assert payload["paths"] == ["goals/faster-replies.md"]


def shas(repo: Repo) -> list[str]:
    """The commits of ``repo``, oldest first, as history shows them."""
    return [sha[:10] for sha in repo.git("log", "--reverse", "--format=%H").split()]


# a changed statement is shown once, with the words it changes marked as git's word diff does
MOVED = "I will cut the reply time to customer mail from 48 to [-24-]{+30+} hours by 2017-06-30"
MOVED_FORMAT = MOVED.replace("{", "{{").replace("}", "}}")  # in a line that is format()ted
MOVED_MARKDOWN = (
    "I will cut the reply time to customer mail from 48 to ~~24~~ **30** hours by 2017-06-30"
)
TEXT = {
    "en": [
        "faster-replies (goal), goals/faster-replies.md",
        "2017-01-02  {0}  Anna Andersson  created: 48 → 24 hours by 2017-06-30  "
        "(Add the reply-time goal)",
        "2017-01-02  {0}  Anna Andersson  check-in: 40  (Add the reply-time goal)",
        "2017-01-03  {1}  Anna Andersson  check-in: 36  (Check in: 36 hours)",
        "2017-01-04  {2}  Bob Berg  metric.target: 24 → 30  (Lower the target)",
        f"2017-01-04  {{2}}  Bob Berg  statement: {MOVED_FORMAT}  (Lower the target)",
        "2 check-ins, 2 changes of defining fields.",
    ],
    "sv": [
        "faster-replies (mål), goals/faster-replies.md",
        "2017-01-02  {0}  Anna Andersson  skapat: 48 → 24 hours till 2017-06-30  "
        "(Add the reply-time goal)",
        "2017-01-02  {0}  Anna Andersson  incheckning: 40  (Add the reply-time goal)",
        "2017-01-03  {1}  Anna Andersson  incheckning: 36  (Check in: 36 hours)",
        "2017-01-04  {2}  Bob Berg  metric.target: 24 → 30  (Lower the target)",
        f"2017-01-04  {{2}}  Bob Berg  statement: {MOVED_FORMAT}  (Lower the target)",
        "2 incheckningar, 2 ändringar av definierande fält.",
    ],
}


def test_text_is_one_line_per_change_in_a_pipe(
    lang: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    timeline(repo)
    code, out, err = run(capsys, "history", "faster-replies")
    assert (code, err) == (0, "")
    assert out.splitlines() == [line.format(*shas(repo)) for line in TEXT[lang]]


MARKDOWN = {
    "en": [
        "## faster-replies (goal), goals/faster-replies.md",
        "",
        "| Date | Commit | Author | What | Change | Message |",
        "|---|---|---|---|---|---|",
        "| 2017-01-02 | `{0}` | Anna Andersson | created | 48 → 24 hours by 2017-06-30 "
        "| Add the reply-time goal |",
        "| 2017-01-02 | `{0}` | Anna Andersson | check-in | 40 | Add the reply-time goal |",
        "| 2017-01-03 | `{1}` | Anna Andersson | check-in | 36 | Check in: 36 hours |",
        "| 2017-01-04 | `{2}` | Bob Berg | metric.target | 24 → 30 | Lower the target |",
        f"| 2017-01-04 | `{{2}}` | Bob Berg | statement | {MOVED_MARKDOWN} | Lower the target |",
        "",
        "2 check-ins, 2 changes of defining fields.",
    ],
    "sv": [
        "## faster-replies (mål), goals/faster-replies.md",
        "",
        "| Datum | Commit | Författare | Vad | Förändring | Meddelande |",
        "|---|---|---|---|---|---|",
        "| 2017-01-02 | `{0}` | Anna Andersson | skapat | 48 → 24 hours till 2017-06-30 "
        "| Add the reply-time goal |",
        "| 2017-01-02 | `{0}` | Anna Andersson | incheckning | 40 | Add the reply-time goal |",
        "| 2017-01-03 | `{1}` | Anna Andersson | incheckning | 36 | Check in: 36 hours |",
        "| 2017-01-04 | `{2}` | Bob Berg | metric.target | 24 → 30 | Lower the target |",
        f"| 2017-01-04 | `{{2}}` | Bob Berg | statement | {MOVED_MARKDOWN} | Lower the target |",
        "",
        "2 incheckningar, 2 ändringar av definierande fält.",
    ],
}


def test_markdown_is_a_table(lang: str, repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    timeline(repo)
    code, out, err = run(capsys, "history", "faster-replies", "--format", "markdown")
    assert (code, err) == (0, "")
    assert out.splitlines() == [line.format(*shas(repo)) for line in MARKDOWN[lang]]


def test_markdown_keeps_user_text_as_text(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    from markdown_it import MarkdownIt

    hostile = "Cut | <b>x</b> [l](http://e) ![i](s) *y* `z` @erik"
    repo.write("goals/faster-replies.md", goal(40))
    repo.commit("Add the reply-time goal")
    repo.write("goals/faster-replies.md", goal(36))
    repo.commit(hostile)
    code, out, err = run(capsys, "history", "faster-replies", "--format", "markdown")
    assert (code, err) == (0, "")
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(out)
    rows = [token for token in tokens if token.type == "tr_open"]
    cells = [token for token in tokens if token.type == "inline"][1:]  # after the heading
    assert (len(rows), len(cells)) == (4, 6 + 6 + 6 + 6 + 1)  # headings, created, 2 check-ins
    kinds = {child.type for token in cells for child in token.children or []}
    assert kinds == {"text", "code_inline"}  # the commits' ids are code spans; all else text
    shown = ["".join(child.content for child in token.children or []) for token in cells]
    assert shown[-2] == hostile


def test_one_check_in_is_said_in_the_singular(
    lang: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/faster-replies.md", goal(40))
    repo.commit("Add the reply-time goal")
    code, out, err = run(capsys, "history", "faster-replies")
    assert (code, err) == (0, "")
    assert (
        out.splitlines()[-1]
        == {
            "en": "1 check-in, 0 changes of defining fields.",
            "sv": "1 incheckning, 0 ändringar av definierande fält.",
        }[lang]
    )


@pytest.mark.parametrize(("lang", "other"), [("sv", "en"), ("en", "sv")], indirect=["lang"])
def test_lang_wins_over_the_config(
    lang: str, other: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    timeline(repo)
    code, out, err = run(capsys, "history", "faster-replies", "--lang", other)
    assert (code, err) == (0, "")
    assert out.splitlines() == [line.format(*shas(repo)) for line in TEXT[other]]


def test_json_is_the_same_in_every_language(
    timeline_repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    _, english, _ = run(capsys, "history", "faster-replies", "--format", "json")
    _, swedish, _ = run(capsys, "history", "faster-replies", "--format", "json", "--lang", "sv")
    assert swedish == english
    assert '"checkins"' in swedish
    assert "incheckning" not in swedish


def test_since_and_rev_options(timeline_repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "history", "faster-replies", "--format", "json", "--rev", "HEAD~1")
    assert [c["value"] for c in json.loads(out)["checkins"]] == [40, 36]
    assert json.loads(out)["events"] == []
    _, out, _ = run(
        capsys, "history", "faster-replies", "--format", "json", "--since", "2017-01-03"
    )
    assert [c["value"] for c in json.loads(out)["checkins"]] == [36]


def unknown_id(ident: str) -> str:
    return (
        f"goals: error: no goal with id '{ident}' in the history of HEAD under 'goals/'; "
        "did you mean 'faster-replies'? (the id is the 'id:' field of the file's front matter)\n"
    )


def test_an_unknown_id_suggests_a_close_one(
    timeline_repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "history", "faster-reply")
    assert (code, out, err) == (2, "", unknown_id("faster-reply"))


def test_a_bad_revision_is_a_usage_error(
    timeline_repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "history", "faster-replies", "--rev", "no-such-branch")
    assert (code, out, err) == (
        2,
        "",
        "goals: error: unknown revision 'no-such-branch': give a commit, branch or tag "
        "(see 'git log'), or a date as YYYY-MM-DD\n",
    )


EMPTY = {
    "en": "No history yet: the repository has no commits yet.\n",
    "sv": "Ingen historik än: förrådet har inga commits än.\n",
}
NO_GOAL_FILES = {
    "en": "No goal files under 'goals/' in the history of HEAD.\n",
    "sv": "Inga målfiler under 'goals/' i historiken för HEAD.\n",
}


@pytest.mark.parametrize("lang", list(EMPTY))
def test_an_empty_repository_says_so_and_exits_0(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    code, out, err = run(capsys, "history", "faster-replies", "--lang", lang)
    assert (code, out, err) == (0, EMPTY[lang], "")


def test_a_repository_without_goal_files_says_so_and_exits_0(
    lang: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("README.md", "# Team\n")
    repo.commit("Start")
    code, out, err = run(capsys, "history", "faster-replies")
    assert (code, out, err) == (0, NO_GOAL_FILES[lang], "")


def test_not_a_repository_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "goals.toml").write_text("")
    monkeypatch.chdir(folder)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    code, out, err = run(capsys, "history", "faster-replies")
    assert (code, out, err) == (
        2,
        "",
        f"goals: error: '{folder}' is not in a Git repository; run 'git init' there, or run "
        "goals from inside the repository that holds the goals\n",
    )


NOTES = {
    "en": (
        [
            "faster-replies (goal), goals/faster-replies.md",
            "2017-01-02  {added}  Anna Andersson  created: 48 → 24 hours by 2017-06-30  (Add goal)",
            "2017-01-02  {added}  Anna Andersson  check-in: 40  (Add goal)",
            "1 check-in, 0 changes of defining fields.",
        ],
        [
            "note: goals/faster-replies.md at {broken} (2017-01-03): skipped that version, line "
            "10: did not find expected ',' or ']' (while parsing a flow sequence) (and 1 later "
            "version of goals/faster-replies.md alike)",
            "note: goals/faster-replies.md at {word}: metric.current is 'about 38', not a "
            "number; that version is not counted as a check-in",
        ],
    ),
    "sv": (
        [
            "faster-replies (mål), goals/faster-replies.md",
            "2017-01-02  {added}  Anna Andersson  skapat: 48 → 24 hours till 2017-06-30  "
            "(Add goal)",
            "2017-01-02  {added}  Anna Andersson  incheckning: 40  (Add goal)",
            "1 incheckning, 0 ändringar av definierande fält.",
        ],
        [
            "obs: goals/faster-replies.md vid {broken} (2017-01-03): hoppade över den versionen, "
            "rad 10: YAML-fel: hittade inte väntat ',' eller ']' (i en lista inom [ ]) "
            "(och 1 senare version av goals/faster-replies.md likadant)",
            "obs: goals/faster-replies.md vid {word}: metric.current är 'about 38', inte ett tal; "
            "den versionen räknas inte som en incheckning",
        ],
    ),
}


def test_notes_about_this_goal_go_to_stderr(
    lang: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/faster-replies.md", goal(40))
    added = repo.commit("Add goal")
    repo.write("goals/faster-replies.md", goal(39).replace("metric:\n", "metric: [\n"))
    broken = repo.commit("Broken YAML")
    repo.write("goals/faster-replies.md", goal(39).replace("owner: ", "owner: ["))
    repo.commit("Broken again, differently")
    repo.write("goals/faster-replies.md", goal("about 38"))
    word = repo.commit("A word, not a number")
    shas = {"added": added[:10], "broken": broken[:10], "word": word[:10]}
    code, out, err = run(capsys, "history", "faster-replies")
    timeline, notes = NOTES[lang]
    assert (code, out.splitlines(), err.splitlines()) == (
        0,
        [line.format(**shas) for line in timeline],
        [note.format(**shas) for note in notes],
    )


def test_a_goal_unchanged_since_the_date_has_an_empty_timeline(
    timeline_repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "history", "faster-replies", "--since", "2017-02-01")
    assert code == 0
    assert out == (
        "faster-replies (goal), goals/faster-replies.md\n"
        "0 check-ins, 0 changes of defining fields.\n"
    )
    code, out, err = run(capsys, "history", "slower-replies", "--since", "2017-02-01")
    assert (code, out, err) == (2, "", unknown_id("slower-replies"))


def test_the_configured_exclusions_hold(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("goals.toml", 'exclude = ["TEMPLATE.md"]\n')
    repo.write("goals/TEMPLATE.md", goal(99))  # a template that copies a real goal's id
    repo.write("goals/faster-replies.md", goal(40))
    repo.commit("Add")
    code, out, err = run(capsys, "history", "faster-replies", "--format", "json")
    assert (code, err) == (0, "")
    payload = json.loads(out)
    assert [c["value"] for c in payload["checkins"]] == [40]
    assert payload["paths"] == ["goals/faster-replies.md"]
    assert payload["notes"] == []
