"""The classifier's readings kept between a hook's runs: a statement read before is answered
without the classifier's machinery, with the same problems as a reading made anew."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from goals_as_code import classify
from goals_as_code.classify import reading

from .conftest import Repo, imported_by, run
from .test_check_cache import goal

TODAY = "2017-03-31"
MACHINERY = "goals_as_code.classify.reading"
# a goal written as an activity: G001 gives its reasons, in the language of the run
ACTIVITY = "Organise a training day for all managers"


def readings_files(repo: Repo) -> list[Path]:
    return sorted((repo.path / ".git" / "goals-as-code").glob("readings-*"))


def statement(text: str, current: int) -> str:
    """A goal with the statement ``text`` and the value ``current``."""
    return (
        goal("faster-replies")
        .replace("current: 36", f"current: {current}")
        .replace("\n# ", f"\n# {text}\n\nWas: ", 1)
    )


def check_in(repo: Repo, text: str, current: int) -> None:
    repo.write("goals/replies.md", statement(text, current))
    repo.git("add", "goals/replies.md")


def test_a_statement_read_before_is_not_read_again(repo: Repo) -> None:
    check_in(repo, ACTIVITY, 36)
    repo.commit("Add goal")
    args = ["check", "--today", TODAY, "goals/replies.md"]
    assert imported_by(repo.path, args, [MACHINERY]) == (1, [MACHINERY])
    [kept] = readings_files(repo)
    check_in(repo, ACTIVITY, 30)  # a check-in: the value changes, the statement does not

    assert imported_by(repo.path, args, [MACHINERY]) == (1, [])
    assert readings_files(repo) == [kept]

    check_in(repo, "I will answer every customer email within 24 hours by June 2017", 30)
    assert imported_by(repo.path, args, [MACHINERY]) == (0, [MACHINERY])


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_kept_readings_give_the_problems_a_new_reading_gives(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    check_in(repo, ACTIVITY, 36)
    repo.commit("Add goal")
    args = ["check", "--today", TODAY, "--lang", lang, "goals/replies.md"]
    made = run(capsys, *args)
    assert readings_files(repo) != []
    check_in(repo, ACTIVITY, 30)
    kept = run(capsys, *args)
    anew = run(capsys, *args, "--no-cache")

    assert kept == anew
    assert kept[0] == 1
    assert "G001" in kept[1]
    reasons = "ett arbete med start och slut" if lang == "sv" else "work with a start and an end"
    assert reasons in kept[1]
    assert "G001" in made[1]


def test_a_broken_file_of_readings_is_read_anew_and_written_again(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    check_in(repo, ACTIVITY, 36)
    repo.commit("Add goal")
    args = ["check", "--today", TODAY, "goals/replies.md"]
    first = run(capsys, *args)
    [kept] = readings_files(repo)
    for broken in (b"", b"\x00garbage", marshal.dumps((1, [("x", None, (1, 2))], []))):
        kept.write_bytes(broken)
        check_in(repo, ACTIVITY, 30)
        assert run(capsys, *args) == run(capsys, *args, "--no-cache")
        check_in(repo, ACTIVITY, 36)
        assert run(capsys, *args) == first
    held = marshal.loads(kept.read_bytes())
    assert held[0] == classify.FORMAT
    assert [text for text, _, _ in held[1]] == [ACTIVITY]


def test_no_readings_are_kept_without_a_cache(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    check_in(repo, ACTIVITY, 36)
    repo.commit("Add goal")
    run(capsys, "check", "--today", TODAY, "--no-cache", "goals/replies.md")
    run(capsys, "check", "--today", TODAY)  # a whole check keeps its findings by file instead
    assert readings_files(repo) == []


def test_kept_readings_are_the_readings_made_and_only_the_newest_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(classify, "MOST", 3)
    path = tmp_path / "readings-1-test.marshal"
    texts = [f"I will cut the reply time from {n} to 24 hours by June 2017" for n in range(30, 35)]
    classify.remember(path)
    made = [(classify.classify(text), classify.analyse(text, "en")) for text in texts]
    classify.keep()

    classify.remember(path)
    try:
        for text, (verdict, analysis) in list(zip(texts, made, strict=True))[-3:]:
            assert classify.classify(text) == verdict == reading.classify(text)
            assert classify.analyse(text, "en") == analysis == reading.analyse(text, "en")
            assert verdict.reasons_in("sv") == reading.classify(text).reasons_in("sv")
        held = marshal.loads(path.read_bytes())
        assert [text for text, _, _ in held[1]] == texts[-3:]
        assert [(text, lang) for text, lang, _ in held[2]] == [(text, "en") for text in texts[-3:]]
    finally:
        classify.keep()


def test_a_run_that_reads_nothing_new_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "readings-1-test.marshal"
    classify.remember(path)
    classify.keep()
    assert not path.exists()
    classify.remember(path)
    classify.classify(ACTIVITY)
    classify.keep()
    written = path.stat().st_mtime_ns
    classify.remember(path)
    classify.classify(ACTIVITY)  # kept: nothing new
    classify.keep()
    assert path.stat().st_mtime_ns == written
