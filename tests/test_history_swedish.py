"""goals history in Swedish: the labels follow `language` and --lang; JSON stays the same."""

from __future__ import annotations

import pytest

from .conftest import Repo, run
from .test_history import BOB, goal


@pytest.fixture
def timeline_repo(repo: Repo) -> Repo:
    repo.write("goals.toml", 'language = "sv"\n')
    repo.write("goals/faster-replies.md", goal(40))
    repo.commit("Add the reply-time goal")
    repo.write("goals/faster-replies.md", goal(36))
    repo.commit("Check in: 36 hours")
    repo.write("goals/faster-replies.md", goal(36, target=30))
    repo.commit("Lower the target", name=BOB[0], email=BOB[1])
    return repo


def test_text_in_swedish(timeline_repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "history", "faster-replies")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "faster-replies (mål), goals/faster-replies.md"
    assert "Anna Andersson  incheckning: 40  (Add the reply-time goal)" in lines[1]
    assert "incheckning: 36  (Check in: 36 hours)" in lines[2]
    assert "Bob Berg  metric.target: 24 → 30  (Lower the target)" in out
    assert lines[-1] == "2 incheckningar, 2 ändringar av definierande fält."
    assert "check-in:" not in out


def test_lang_wins_over_the_config(timeline_repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "history", "faster-replies", "--lang", "en")
    assert code == 0
    assert out.splitlines()[0] == "faster-replies (goal), goals/faster-replies.md"
    assert out.splitlines()[-1] == "2 check-ins, 2 changes of defining fields."


def test_markdown_in_swedish(timeline_repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "history", "faster-replies", "--format", "markdown")
    assert code == 0
    assert out.startswith("## faster-replies (mål), goals/faster-replies.md\n")
    assert "| Datum | Commit | Författare | Vad | Förändring | Meddelande |" in out
    assert "| Anna Andersson | incheckning | 40 | Add the reply-time goal |" in out
    assert "| Bob Berg | metric.target | 24 → 30 | Lower the target |" in out


def test_one_of_each_in_swedish(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("goals/faster-replies.md", goal(40))
    repo.commit("Add the reply-time goal")
    code, out, _ = run(capsys, "history", "faster-replies", "--lang", "sv")
    assert code == 0
    assert out.splitlines()[-1] == "1 incheckning, 0 ändringar av definierande fält."


def test_json_is_the_same_in_every_language(
    timeline_repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    _, swedish, _ = run(capsys, "history", "faster-replies", "--format", "json")
    _, english, _ = run(capsys, "history", "faster-replies", "--format", "json", "--lang", "en")
    assert swedish == english
    assert '"checkins"' in swedish
    assert "incheckning" not in swedish


def test_an_empty_repository_says_so_in_swedish(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "history", "faster-replies", "--lang", "sv")
    assert (code, out, err) == (0, "Ingen historik än: förrådet har inga commits än.\n", "")
    repo.write("goals.toml", 'language = "sv"\n')
    repo.commit("Start")
    code, out, _ = run(capsys, "history", "faster-replies")
    assert (code, out) == (0, "Inga målfiler under 'goals/' i historiken för HEAD.\n")


def test_the_notes_of_the_history_in_swedish(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/faster-replies.md", goal(40))
    repo.commit("Add goal")
    repo.write("goals/faster-replies.md", goal(39).replace("metric:\n", "metric: [\n"))
    broken = repo.commit("Broken YAML")
    repo.write("goals/faster-replies.md", goal(39).replace("owner: ", "owner: ["))
    repo.commit("Broken again, differently")
    repo.write("goals/faster-replies.md", goal("about 38"))
    repo.commit("A word, not a number")
    code, _, err = run(capsys, "history", "faster-replies", "--lang", "sv")
    assert code == 0
    notes = err.splitlines()
    assert notes[0].startswith(
        f"obs: goals/faster-replies.md vid {broken[:10]} (2017-01-03): hoppade över den "
        "versionen, rad "
    )
    assert notes[0].endswith("(och 1 senare version av goals/faster-replies.md likadant)")
    assert notes[1:] == [
        "obs: goals/faster-replies.md vid "
        f"{repo.git('rev-parse', 'HEAD')[:10]}: metric.current är 'about 38', inte ett tal; den "
        "versionen räknas inte som en incheckning"
    ]
