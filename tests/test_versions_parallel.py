"""Versions parsed on two cores are the versions parsed on one."""

from __future__ import annotations

import pytest

from goals_as_code.history import versions
from goals_as_code.history.versions import parse, parse_many

from .builders import dies_in_a_second_process
from .test_check_cache import goal


def blobs(count: int) -> dict[str, bytes]:
    """``count`` versions: goals, one unreadable front matter, one not UTF-8, one too large."""
    found = {
        f"b{n:05d}": goal(f"g{n}").replace("current: 36", f"current: {n}").encode()
        for n in range(count)
    }
    found["broken"] = b"---\nid: [unclosed\n---\n# A goal\n"
    found["latin1"] = "---\nid: å\n---\n".encode("latin-1")
    found["large"] = b"---\nid: x\n---\n" + b"x" * (versions.document.MAX_FILE_BYTES + 1)
    return found


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_many_versions_parse_as_one_by_one(monkeypatch: pytest.MonkeyPatch, jobs: str) -> None:
    monkeypatch.setenv("GOALS_JOBS", jobs)
    monkeypatch.setattr(versions, "MIN_PARALLEL", 10)
    given = blobs(40)
    ids = [*sorted(given), "not-in-this-clone"]
    found = parse_many(given, ids)
    assert found == {blob: parse(raw, "") for blob, raw in given.items()}
    assert found["b00007"].data is not None
    assert found["b00007"].data["metric"]["current"] == 7
    assert found["broken"].problem is not None
    assert found["large"].problem is not None


def test_a_second_process_that_fails_leaves_the_versions_to_this_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GOALS_JOBS", "2")
    monkeypatch.setattr(versions, "MIN_PARALLEL", 10)
    real = versions.parse
    monkeypatch.setattr(versions, "parse", dies_in_a_second_process(real))
    given = blobs(30)
    assert parse_many(given, sorted(given)) == {blob: real(raw, "") for blob, raw in given.items()}
