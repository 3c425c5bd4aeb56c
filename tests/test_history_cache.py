"""The cache of parsed versions: the history is the same with it, without it, and with a cache
file that is broken; it lives in the Git folder and never in the work tree."""

from __future__ import annotations

from pathlib import Path

import pytest

from goals_as_code import history
from goals_as_code.history import cache
from tests import builders
from tests.builders import build_history
from tests.conftest import Repo


def cache_files(repo: Repo) -> list[Path]:
    return sorted((repo.path / ".git" / "goals-as-code").glob("parsed-blobs-*.json"))


def timelines_files(repo: Repo) -> list[Path]:
    return sorted((repo.path / ".git" / "goals-as-code").glob("timelines-*.json"))


def forget_timelines(repo: Repo) -> None:
    """So that the next read folds the log again, through the cache of parsed versions."""
    for kept in timelines_files(repo):
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
    for broken in ('{"blobs": {"0123": [1, 2, 3]}}', "{not json", '{"blobs": []}', ""):
        written.write_text(broken, encoding="utf-8")
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


def test_only_what_comes_back_from_json_unchanged_is_kept() -> None:
    assert cache._plain({"id": "a", "n": [1, 2.5, True, None], "m": {"x": "y"}})
    assert not cache._plain({1: "a"})
    assert not cache._plain({"x": float("nan")})
    assert not cache._plain({"x": ("a", "b")})


# --- the timelines kept by HEAD ------------------------------------------------------------------


def _tamper(kept: Path, old: str, new: str) -> None:
    """Change what the kept history says, to tell whether a read used it."""
    text = kept.read_text(encoding="utf-8")
    assert old in text
    kept.write_text(text.replace(old, new), encoding="utf-8")


def test_the_same_head_reads_the_kept_history(repo: Repo) -> None:
    build_history(repo)
    first = history.read(repo.path, "goals")
    [kept] = timelines_files(repo)
    assert history.read(repo.path, "goals") == first
    _tamper(kept, "March check-in", "Kept check-in")
    again = history.read(repo.path, "goals")
    assert "Kept check-in" in [c.commit.message for c in again.timelines["faster-replies"].checkins]
    assert repo.git("status", "--porcelain") == ""


def test_a_new_commit_reads_the_log_again(repo: Repo) -> None:
    build_history(repo)
    history.read(repo.path, "goals")
    [kept] = timelines_files(repo)
    _tamper(kept, "March check-in", "Kept check-in")
    repo.write("goals/support/faster-replies.md", builders.faster(28, "2017-04-30"))
    repo.commit("May check-in", date=builders.epoch("2017-05-01"))
    found = history.read(repo.path, "goals")
    messages = [c.commit.message for c in found.timelines["faster-replies"].checkins]
    assert messages[-2:] == ["April check-in", "May check-in"]
    assert "March check-in" in messages


def test_other_settings_read_the_log_again(repo: Repo) -> None:
    build_history(repo)
    history.read(repo.path, "goals")
    [kept] = timelines_files(repo)
    _tamper(kept, "March check-in", "Kept check-in")
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
    [kept] = timelines_files(repo)
    for broken in ("{not json", '{"key": 1}', "", "[]"):
        kept.write_text(broken, encoding="utf-8")
        assert history.read(repo.path, "goals") == first
    text = kept.read_text(encoding="utf-8")
    kept.write_text(text.replace('"timelines":{', '"timelines":{"x":[1],'), encoding="utf-8")
    assert history.read(repo.path, "goals") == first


def test_a_history_with_notes_is_not_kept(repo: Repo) -> None:
    build_history(repo)
    repo.write("goals/support/broken.md", "---\nid: [unclosed\n---\n# Broken\n")
    repo.commit("A broken file", date=builders.epoch("2017-05-01"))
    found = history.read(repo.path, "goals")
    assert found.notes != []
    assert timelines_files(repo) == []


def test_nothing_is_kept_when_asked_not_to(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    build_history(repo)
    first = history.read(repo.path, "goals", keep=False)
    assert timelines_files(repo) == []
    monkeypatch.setenv("GOALS_NO_CACHE", "1")
    assert history.read(repo.path, "goals") == first
    assert timelines_files(repo) == []
    monkeypatch.delenv("GOALS_NO_CACHE")
    assert history.read(repo.path, "goals") == first
    assert len(timelines_files(repo)) == 1


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
