"""The cache of parsed versions: the history is the same with it, without it, and with a cache
file that is broken; it lives in the Git folder and never in the work tree."""

from __future__ import annotations

from pathlib import Path

from goals_as_code import history
from goals_as_code.history import cache
from tests.builders import build_history
from tests.conftest import Repo


def cache_files(repo: Repo) -> list[Path]:
    return sorted((repo.path / ".git" / "goals-as-code").glob("parsed-blobs-*.json"))


def test_a_second_read_from_the_cache_gives_the_same_history(repo: Repo) -> None:
    build_history(repo)
    first = history.read(repo.path, "goals")
    [written] = cache_files(repo)
    assert len(cache.load(written.parent)) == 14
    second = history.read(repo.path, "goals")
    assert second == first
    assert repo.git("status", "--porcelain") == ""  # nothing in the work tree


def test_a_broken_cache_is_ignored_and_written_again(repo: Repo) -> None:
    build_history(repo)
    first = history.read(repo.path, "goals")
    [written] = cache_files(repo)
    for broken in ('{"blobs": {"0123": [1, 2, 3]}}', "{not json", '{"blobs": []}', ""):
        written.write_text(broken, encoding="utf-8")
        assert history.read(repo.path, "goals") == first
        assert len(cache.load(written.parent)) == 14


def test_a_deleted_cache_is_built_again(repo: Repo) -> None:
    build_history(repo)
    first = history.read(repo.path, "goals")
    [written] = cache_files(repo)
    written.unlink()
    assert history.read(repo.path, "goals") == first
    assert cache_files(repo) == [written]


def test_only_what_comes_back_from_json_unchanged_is_kept() -> None:
    assert cache._plain({"id": "a", "n": [1, 2.5, True, None], "m": {"x": "y"}})
    assert not cache._plain({1: "a"})
    assert not cache._plain({"x": float("nan")})
    assert not cache._plain({"x": ("a", "b")})
