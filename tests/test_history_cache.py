"""The cache of parsed versions: the history is the same with it, without it, and with a cache
file that is broken; it lives in the Git folder and never in the work tree."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from goals_as_code import history
from goals_as_code.history import cache
from goals_as_code.history.versions import Parsed
from tests import builders
from tests.builders import build_history
from tests.conftest import Repo


def cache_files(repo: Repo) -> list[Path]:
    return sorted((repo.path / ".git" / "goals-as-code").glob("parsed-blobs-*.pickle"))


def fold_files(repo: Repo) -> list[Path]:
    return sorted((repo.path / ".git" / "goals-as-code").glob("fold-*.pickle"))


def forget_timelines(repo: Repo) -> None:
    """So that the next read folds the log again, through the cache of parsed versions."""
    for kept in fold_files(repo):
        kept.unlink()


def test_a_second_read_from_the_cache_gives_the_same_history(repo: Repo) -> None:
    build_history(repo)
    first = history.read(repo.path, "goals")
    [written] = cache_files(repo)
    assert len(cache.load(written.parent)) == 14
    forget_timelines(repo)
    second = history.read(repo.path, "goals")
    assert second == first
    assert repo.git("status", "--porcelain") == ""  # nothing in the work tree


def test_a_broken_cache_is_ignored_and_written_again(repo: Repo) -> None:
    build_history(repo)
    first = history.read(repo.path, "goals")
    [written] = cache_files(repo)
    good = written.read_bytes()
    wrong = (pickle.dumps({"0123": [1, 2, 3]}), pickle.dumps([]), pickle.dumps({1: ({}, None)}))
    for broken in (*wrong, b"not a pickle", good[: len(good) // 2], b""):
        written.write_bytes(broken)
        forget_timelines(repo)
        assert history.read(repo.path, "goals") == first
        assert len(cache.load(written.parent)) == 14


def test_a_deleted_cache_is_built_again(repo: Repo) -> None:
    build_history(repo)
    first = history.read(repo.path, "goals")
    [written] = cache_files(repo)
    written.unlink()
    forget_timelines(repo)
    assert history.read(repo.path, "goals") == first
    assert cache_files(repo) == [written]


def test_readable_versions_come_back_as_they_went_in(tmp_path: Path) -> None:
    data = {"id": "a", "n": [1, 2.5, True, None], "m": {"x": "y"}, "d": "2017-01-01"}
    parsed = {
        "b1": Parsed(data, "The statement", None),
        "b2": Parsed({"id": "b"}, None, None),
        "b3": Parsed(None, None, "it could not be parsed"),  # said again by each run
    }
    cache.save(tmp_path, parsed)
    assert cache.load(tmp_path) == {"b1": parsed["b1"], "b2": parsed["b2"]}
    assert cache.load(tmp_path, 1024) == {}  # kept apart by the front matter's limit


# --- the fold kept by HEAD ------------------------------------------------------------------------

KEPT = "Kept1 check-in"  # as long as "March check-in": the kept fold's bytes stay a pickle


def _tamper(kept: Path, old: str, new: str) -> None:
    """Change what the kept history says, to tell whether a read used it."""
    data = kept.read_bytes()
    assert old.encode() in data
    assert len(old) == len(new)
    kept.write_bytes(data.replace(old.encode(), new.encode()))


def test_the_same_head_reads_the_kept_history(repo: Repo) -> None:
    build_history(repo)
    first = history.read(repo.path, "goals")
    [kept] = fold_files(repo)
    assert history.read(repo.path, "goals") == first
    _tamper(kept, "March check-in", KEPT)
    again = history.read(repo.path, "goals")
    assert KEPT in [c.commit.message for c in again.timelines["faster-replies"].checkins]
    assert repo.git("status", "--porcelain") == ""


def test_new_commits_are_folded_on_from_the_kept_history(repo: Repo) -> None:
    build_history(repo)
    history.read(repo.path, "goals")
    [kept] = fold_files(repo)
    _tamper(kept, "March check-in", KEPT)
    repo.write("goals/support/faster-replies.md", builders.faster(28, "2017-04-30"))
    repo.commit("May check-in", date=builders.epoch("2017-05-01"))
    found = history.read(repo.path, "goals")
    messages = [c.commit.message for c in found.timelines["faster-replies"].checkins]
    assert messages[-2:] == ["April check-in", "May check-in"]
    assert KEPT in messages  # the kept fold was gone on from, not the whole log read


def _later_commits(repo: Repo) -> None:
    """Check-ins, a renamed file, a new goal written without an id first, a deleted activity."""
    repo.write("goals/support/faster-replies.md", builders.faster(28, "2017-04-30"))
    repo.commit("May check-in", date=builders.epoch("2017-05-01"))
    repo.git("mv", "goals/sales/more-deals.md", "goals/sales/deals.md")
    repo.git("rm", "-q", "goals/support/reply-templates.md")
    repo.write("goals/sales/new.md", "---\nkind: goal\nowner: bo@example.com\n---\n# New\n")
    repo.commit("Move, remove and start", date=builders.epoch("2017-05-02"))
    repo.write(
        "goals/sales/new.md", "---\nid: new-goal\nkind: goal\nowner: bo@example.com\n---\n# New\n"
    )
    repo.write("goals/support/faster-replies.md", builders.faster(26, "2017-05-31"))
    repo.commit("June check-in", date=builders.epoch("2017-06-01"))


def test_the_fold_gone_on_from_is_the_fold_of_the_whole_log(repo: Repo) -> None:
    build_history(repo)
    history.read(repo.path, "goals")
    _later_commits(repo)
    went_on = history.read(repo.path, "goals")
    assert went_on == history.read(repo.path, "goals", keep=False)
    assert {"new-goal", "reply-templates"} <= set(went_on.timelines)
    assert went_on.timelines["more-deals"].paths == [
        "goals/sales/more-deals.md",
        "goals/sales/deals.md",
    ]
    # and once more, from the fold kept at the new HEAD
    repo.write("goals/support/faster-replies.md", builders.faster(24, "2017-06-30"))
    repo.commit("July check-in", date=builders.epoch("2017-07-01"))
    assert history.read(repo.path, "goals") == history.read(repo.path, "goals", keep=False)


def test_a_branch_merged_with_older_commits_reads_the_whole_log(repo: Repo) -> None:
    build_history(repo)
    repo.git("branch", "older")
    repo.write("goals/support/faster-replies.md", builders.faster(28, "2017-04-30"))
    repo.commit("May check-in", date=builders.epoch("2017-05-01"))
    history.read(repo.path, "goals")
    [kept] = fold_files(repo)
    _tamper(kept, "March check-in", KEPT)
    repo.git("checkout", "-q", "older")
    repo.write("goals/company/nps.md", builders.team_kpi(42, "2017-04-15", 45, 35))
    repo.commit("NPS in April", date=builders.epoch("2017-04-16"))  # before the May check-in
    repo.git("checkout", "-q", "main")
    repo.clock = builders.epoch("2017-05-03")
    repo.git("merge", "-q", "--no-edit", "older")
    _read_whole(repo)


def _read_whole(repo: Repo) -> list[str]:
    """Read the history, which must have been read whole (not from the tampered kept fold);
    the messages of faster-replies' check-ins."""
    found = history.read(repo.path, "goals")
    messages = [c.commit.message for c in found.timelines["faster-replies"].checkins]
    assert "March check-in" in messages
    assert KEPT not in messages
    assert found == history.read(repo.path, "goals", keep=False)
    return messages


def test_a_rewritten_history_reads_the_whole_log(repo: Repo) -> None:
    build_history(repo)
    history.read(repo.path, "goals")
    [kept] = fold_files(repo)
    _tamper(kept, "March check-in", KEPT)
    repo.clock = builders.epoch("2017-05-01")
    repo.git("commit", "-q", "--amend", "-m", "April check-in, reworded")
    assert _read_whole(repo)[-1] == "April check-in, reworded"


def test_other_settings_read_the_log_again(repo: Repo) -> None:
    build_history(repo)
    history.read(repo.path, "goals")
    [kept] = fold_files(repo)
    _tamper(kept, "March check-in", KEPT)
    assert (
        "reply-templates"
        not in history.read(repo.path, "goals", exclude=["support/reply-*"]).timelines
    )
    (repo.path / ".mailmap").write_text("Erik Boss <erik@example.com>\n", encoding="utf-8")
    found = history.read(repo.path, "goals")
    messages = [c.commit.message for c in found.timelines["faster-replies"].checkins]
    assert "March check-in" in messages
    assert {c.commit.author for c in found.timelines["satisfaction"].versions} == {"Erik Boss"}


def test_a_broken_kept_history_is_read_again(repo: Repo) -> None:
    build_history(repo)
    first = history.read(repo.path, "goals")
    [kept] = fold_files(repo)
    whole = kept.read_bytes()
    for broken in (b"not a pickle", b"", whole[: len(whole) // 2], b"\x80\x05N.", b"\x80\x05]."):
        kept.write_bytes(broken)
        assert history.read(repo.path, "goals") == first
    [kept] = fold_files(repo)  # written anew, and used
    _tamper(kept, "March check-in", KEPT)
    assert KEPT in [
        c.commit.message
        for c in history.read(repo.path, "goals").timelines["faster-replies"].checkins
    ]


def test_a_history_with_notes_is_not_kept(repo: Repo) -> None:
    build_history(repo)
    repo.write("goals/support/broken.md", "---\nid: [unclosed\n---\n# Broken\n")
    repo.commit("A broken file", date=builders.epoch("2017-05-01"))
    found = history.read(repo.path, "goals")
    assert found.notes != []
    assert fold_files(repo) == []


def test_nothing_is_kept_when_asked_not_to(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    build_history(repo)
    first = history.read(repo.path, "goals", keep=False)
    assert fold_files(repo) == []
    monkeypatch.setenv("GOALS_NO_CACHE", "1")
    assert history.read(repo.path, "goals") == first
    assert fold_files(repo) == []
    monkeypatch.delenv("GOALS_NO_CACHE")
    assert history.read(repo.path, "goals") == first
    assert len(fold_files(repo)) == 1


def test_the_reader_fingerprint_names_modules_that_exist_and_changes_with_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = Path(cache.__file__).resolve().parent.parent
    assert [(package / module).is_file() for module in cache.READER_MODULES] == [True] * 5
    before = cache.reader()
    assert cache.reader() == before
    copy = tmp_path / "goals_as_code"
    for module in cache.READER_MODULES:
        (copy / module).parent.mkdir(parents=True, exist_ok=True)
        (copy / module).write_bytes((package / module).read_bytes() + b"\n")
    monkeypatch.setattr(cache, "__file__", str(copy / "history" / "cache.py"))
    assert cache.reader() != before


def test_a_fold_gone_on_from_is_kept_again_after_many_commits(
    repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    from goals_as_code.history import reader

    build_history(repo)
    history.read(repo.path, "goals")
    [kept] = fold_files(repo)
    before = kept.read_bytes()
    repo.write("goals/support/faster-replies.md", builders.faster(28, "2017-04-30"))
    repo.commit("May check-in", date=builders.epoch("2017-05-01"))
    history.read(repo.path, "goals")
    assert kept.read_bytes() == before  # one commit more is folded again next time, not kept
    monkeypatch.setattr(reader, "REFOLD_AFTER", 1)
    found = history.read(repo.path, "goals")
    [kept] = fold_files(repo)
    assert kept.read_bytes() != before
    assert b"May check-in" in kept.read_bytes()
    assert history.read(repo.path, "goals") == found == history.read(repo.path, "goals", keep=False)


def test_the_files_at_head_are_taken_from_the_history_as_it_parsed_them(repo: Repo) -> None:
    build_history(repo)
    repo.write("goals/support/broken.md", "---\nid: [unclosed\n---\n# Broken\n")
    repo.commit("A broken file", date=builders.epoch("2017-05-01"))
    for keep in (True, False):
        tip: dict[str, Parsed] = {}
        found = history.read(repo.path, "goals", tip=tip, keep=keep)
        assert len(tip) == 8
        plain = history.snapshot(repo.path, "goals", str(found.head))
        quick = history.snapshot(repo.path, "goals", str(found.head), parsed=tip)
        assert [(d.path, d.data, d.statement, d.readable) for d in quick] == [
            (d.path, d.data, d.statement, d.readable) for d in plain
        ]
        assert (
            [d.issues for d in quick if not d.readable]
            == [d.issues for d in plain if not d.readable]
            != [()]
        )
