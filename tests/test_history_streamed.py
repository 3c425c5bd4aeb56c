"""Versions read and parsed while the log streams (a second process on the second core) make the
same history as versions read after it on one core."""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from goals_as_code import history
from goals_as_code.git import open_repo
from goals_as_code.history import reader
from goals_as_code.history.versions import Parsed
from goals_as_code.source import cores
from tests.builders import build_history, dies_in_a_second_process, goal
from tests.conftest import Repo


@pytest.fixture
def streamed(monkeypatch: pytest.MonkeyPatch) -> list[set[str]]:
    """The versions each read got from the second process, with two cores to use."""
    monkeypatch.setenv("GOALS_JOBS", "2")
    handed: list[set[str]] = []
    start, take = reader._Parsing.start.__func__, reader._Parsing._take  # type: ignore[attr-defined]

    def started(cls: type[reader._Parsing], *args: object) -> reader._Parsing | None:
        handed.append(set())
        return start(cls, *args)  # type: ignore[no-any-return]

    def taken(self: reader._Parsing, chunk: object) -> None:
        assert isinstance(chunk, dict)
        handed[-1].update(chunk)
        take(self, chunk)

    monkeypatch.setattr(reader._Parsing, "start", classmethod(started))
    monkeypatch.setattr(reader._Parsing, "_take", taken)
    return handed


def on_one_core(path: Path, monkeypatch: pytest.MonkeyPatch) -> history.History:
    with monkeypatch.context() as patch:
        patch.setenv("GOALS_JOBS", "1")
        return history.read(path, "goals", keep=False)


def test_versions_parsed_while_the_log_streams_make_the_same_history(
    repo: Repo, monkeypatch: pytest.MonkeyPatch, streamed: list[set[str]]
) -> None:
    build_history(repo)
    repo.git("mv", "goals/support/faster-replies.md", "goals/support/quicker-replies.md")
    repo.commit("Rename faster-replies")

    found = history.read(repo.path, "goals", keep=False)

    [early] = streamed
    with open_repo(repo.path) as opened:
        listed = opened.run("log", "--format=", "--raw", "--no-abbrev", "--", "goals")
    blobs = {line.split()[3] for line in listed.splitlines() if line.startswith(":")}
    assert set(early) == blobs  # every version the log names came from the second process
    assert found == on_one_core(repo.path, monkeypatch)
    assert [c.value for c in found.timelines["faster-replies"].checkins] != []


def test_a_shallow_clone_streams_the_same_history(
    repo: Repo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, streamed: list[set[str]]
) -> None:
    for value in (40, 38, 35):
        repo.write("goals/faster-replies.md", goal(value))
        repo.commit(f"Check in {value}")
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "2", f"file://{repo.path}", str(clone)], check=True
    )

    found = history.read(clone, "goals", keep=False)

    assert found.shallow is True
    assert len(streamed[0]) == 2  # the boundary's version and the last one
    assert found == on_one_core(clone, monkeypatch)


def test_a_second_process_that_dies_leaves_the_versions_to_this_one(
    repo: Repo, monkeypatch: pytest.MonkeyPatch, streamed: list[set[str]]
) -> None:
    build_history(repo)
    real = reader.parse
    monkeypatch.setattr(reader, "parse", dies_in_a_second_process(real))

    found = history.read(repo.path, "goals", keep=False)

    assert streamed == [set()]
    monkeypatch.setattr(reader, "parse", real)
    assert found == on_one_core(repo.path, monkeypatch)


@pytest.mark.parametrize("dies_after", [None, 5])
def test_versions_handed_over_one_at_a_time_fold_as_they_come(
    repo: Repo,
    monkeypatch: pytest.MonkeyPatch,
    streamed: list[set[str]],
    dies_after: int | None,
) -> None:
    """The fold goes on with each commit as its versions come; a second process that ends
    half-way leaves the rest to this one."""
    build_history(repo)
    monkeypatch.setattr(reader._Parsing, "CHUNK", 1)
    main = os.getpid()
    real = reader.parse
    count = [0]

    def parse(raw: bytes, path: str, limit: int = 65536) -> Parsed:
        count[0] += 1
        if os.getpid() != main and dies_after is not None and count[0] > dies_after:
            os._exit(3)
        return real(raw, path, limit)

    monkeypatch.setattr(reader, "parse", parse)

    found = history.read(repo.path, "goals", keep=False)

    [handed] = streamed
    assert len(handed) == (dies_after if dies_after is not None else len(handed))
    assert len(handed) >= 5
    monkeypatch.setattr(reader, "parse", real)
    assert found == on_one_core(repo.path, monkeypatch)


@pytest.fixture
def deadline() -> Iterator[None]:
    """Fail instead of hanging for ever."""

    def late(*_: object) -> None:
        raise TimeoutError("the questions to cat-file blocked")

    before = signal.signal(signal.SIGALRM, late)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, before)


def test_a_feed_whose_reader_ended_takes_more_questions_without_blocking(
    repo: Repo, monkeypatch: pytest.MonkeyPatch, deadline: None
) -> None:
    monkeypatch.setenv("GOALS_JOBS", "2")
    repo.write("goals/a.md", goal(1))
    repo.commit("Add a")
    with open_repo(repo.path) as opened:
        blob = opened.run("rev-parse", "HEAD:goals/a.md").strip()
        feed = opened.blob_feed()
        other = cores.aside(lambda: "gone", first=feed.close_input)  # reads no answer
        assert other is not None
        feed.hand_over()
        assert other.result() == "gone"
        feed.ask([blob] * 20_000)  # far more answers than a pipe holds
        feed.ask([blob])
        feed.finish()


def test_a_feed_answers_what_was_asked_and_leaves_out_what_is_missing(
    repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOALS_JOBS", "2")
    repo.write("goals/a.md", goal(1))
    repo.write("goals/b.md", goal(2, ident="b"))
    repo.commit("Add a and b")
    with open_repo(repo.path) as opened:
        a = opened.run("rev-parse", "HEAD:goals/a.md").strip()
        b = opened.run("rev-parse", "HEAD:goals/b.md").strip()
        feed = opened.blob_feed()
        other = cores.aside(lambda: list(feed.answers()), first=feed.close_input)
        assert other is not None
        feed.hand_over()
        feed.ask([a, "0" * 40])
        feed.ask([b])
        feed.close_input()
        answers = other.result()
        feed.finish()
        assert answers == [(a, goal(1).encode()), (b, goal(2, ident="b").encode())]


def test_aside_hands_back_what_the_work_returned_or_none_when_it_failed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GOALS_JOBS", "2")
    parent = os.getpid()
    done = cores.aside(lambda: {"pid": os.getpid(), "sum": sum(range(10))})
    assert done is not None
    result = done.result()
    assert result is not None
    assert result["sum"] == 45
    assert result["pid"] != parent

    def fails() -> int:
        raise ValueError("broken")

    failed = cores.aside(fails)
    assert failed is not None
    assert failed.result() is None
    monkeypatch.setenv("GOALS_JOBS", "1")
    assert cores.aside(lambda: 1) is None  # one core: the caller does the work


def test_asking_never_waits_for_the_reader_of_the_answers(
    repo: Repo, monkeypatch: pytest.MonkeyPatch, deadline: None
) -> None:
    """The log is read on while the answers wait: questions far beyond what the pipes hold
    are taken at once, before the other process reads a single answer."""
    monkeypatch.setenv("GOALS_JOBS", "2")
    repo.write("goals/a.md", goal(1))
    repo.commit("Add a")
    start_reading, go = os.pipe()
    with open_repo(repo.path) as opened:
        blob = opened.run("rev-parse", "HEAD:goals/a.md").strip()
        feed = opened.blob_feed()

        def later() -> int:
            os.close(go)
            os.read(start_reading, 1)  # until this process has asked everything
            return sum(1 for _ in feed.answers())

        other = cores.aside(later, first=feed.close_input)
        assert other is not None
        os.close(start_reading)
        feed.hand_over()
        for _ in range(40):
            feed.ask([blob] * 1_000)
        os.write(go, b"!")
        os.close(go)
        feed.close_input()
        assert other.result() == 40_000
        feed.finish()
