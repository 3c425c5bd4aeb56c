"""The Git history module on real repositories: check-ins, moved goalposts, renames, merges."""

from __future__ import annotations

import datetime
import subprocess
from pathlib import Path

import pytest

from goals_as_code import history
from goals_as_code.errors import GitError
from goals_as_code.history import progress

from .builders import BOB, CARL, goal, kpi
from .conftest import Repo


def values(timeline: history.Timeline) -> list[float | None]:
    return [checkin.value for checkin in timeline.checkins]


def test_checkins_follow_a_rename_and_a_merged_branch(repo: Repo) -> None:
    repo.write("goals/support/faster-replies.md", goal(40))
    first = repo.commit("Add the reply-time goal")
    repo.write("goals/support/faster-replies.md", goal(38))
    repo.commit("Check in: 38 hours")
    repo.git("checkout", "-q", "-b", "bob")
    repo.write("goals/support/faster-replies.md", goal(35))
    on_branch = repo.commit("Check in: 35 hours", name=BOB[0], email=BOB[1])
    repo.git("checkout", "-q", "main")
    (repo.path / "goals/service").mkdir()
    repo.git("mv", "goals/support/faster-replies.md", "goals/service/faster-replies.md")
    moved = repo.commit("Move the goal to the service team")
    repo.git("merge", "-q", "--no-edit", "bob")
    repo.write("goals/service/faster-replies.md", goal(30))
    repo.commit("Check in: 30 hours", name=CARL[0], email=CARL[1])

    found = history.read(repo.path, "goals")
    timeline = found.timelines["faster-replies"]

    assert values(timeline) == [40.0, 38.0, 35.0, 30.0]
    assert [c.commit.author for c in timeline.checkins] == [
        "Anna Andersson",
        "Anna Andersson",
        "Bob Berg",
        "Carl Carlsson",
    ]
    assert timeline.checkins[0].commit.sha == first
    assert timeline.checkins[2].commit.sha == on_branch
    assert timeline.checkins[2].commit.message == "Check in: 35 hours"
    assert timeline.paths == ["goals/support/faster-replies.md", "goals/service/faster-replies.md"]
    moves = [e for e in timeline.events if e.field == history.PATH_FIELD]
    assert [(e.commit.sha, e.old, e.new) for e in moves] == [
        (moved, "goals/support/faster-replies.md", "goals/service/faster-replies.md")
    ]
    assert not [e for e in timeline.events if e.field != history.PATH_FIELD]
    assert found.notes == []
    assert found.shallow is False
    assert found.boundary is None


def test_a_lowered_target_is_a_moved_goalpost_with_its_author(repo: Repo) -> None:
    repo.write("goals/faster-replies.md", goal(36, target=24))
    repo.commit("Add goal")
    repo.write("goals/faster-replies.md", goal(36, target=30, deadline="2017-09-30"))
    lowered = repo.commit("Lower the target", name=BOB[0], email=BOB[1])

    timeline = history.read(repo.path, "goals").timelines["faster-replies"]

    fields = {e.field: (e.old, e.new, e.commit.author, e.commit.sha) for e in timeline.events}
    assert fields["metric.target"] == (24, 30, "Bob Berg", lowered)
    assert fields["deadline"] == ("2017-06-30", "2017-09-30", "Bob Berg", lowered)
    assert fields["statement"][:2] == (
        "I will cut the reply time to customer mail from 48 to 24 hours by 2017-06-30",
        "I will cut the reply time to customer mail from 48 to 30 hours by 2017-09-30",
    )
    assert set(fields) == {"metric.target", "deadline", "statement"}
    assert values(timeline) == [36.0]  # the value did not change: not a second check-in


def test_deleted_and_written_again_is_one_timeline(repo: Repo) -> None:
    repo.write("goals/faster-replies.md", goal(40))
    repo.commit("Add goal")
    (repo.path / "goals/faster-replies.md").unlink()
    deleted = repo.commit("Drop the goal")
    repo.write("goals/again/faster-replies.md", goal(33))
    again = repo.commit("Bring the goal back")

    timeline = history.read(repo.path, "goals").timelines["faster-replies"]

    assert values(timeline) == [40.0, 33.0]
    assert timeline.checkins[1].commit.sha == again
    paths = [(e.commit.sha, e.old, e.new) for e in timeline.events if e.field == "path"]
    assert paths == [
        (deleted, "goals/faster-replies.md", None),
        (again, None, "goals/again/faster-replies.md"),
    ]


def test_an_invalid_old_version_is_skipped_with_a_note(repo: Repo) -> None:
    repo.write("goals/faster-replies.md", goal(40))
    repo.commit("Add goal")
    repo.write("goals/faster-replies.md", goal(39).replace("metric:\n", "metric: [\n"))
    broken = repo.commit("Broken YAML")
    repo.write("goals/faster-replies.md", goal(39).replace("owner: ", "owner: ["))
    repo.commit("Broken again, differently")
    repo.write("goals/faster-replies.md", goal("about 38"))
    repo.commit("A word, not a number")
    repo.write("goals/faster-replies.md", goal(37, extra="  as_of: 2017-02-30\n"))
    bad_date = repo.commit("A date that is not a date")
    repo.write("goals/faster-replies.md", goal(36, extra="  as_of: 2017-03-31\n"))
    repo.commit("Fixed")

    found = history.read(repo.path, "goals")
    timeline = found.timelines["faster-replies"]

    assert values(timeline) == [40.0, 37.0, 36.0]
    assert [c.as_of for c in timeline.checkins] == [None, None, "2017-03-31"]
    assert timeline.checkins[1].commit.sha == bad_date
    assert len(timeline.versions) == 6
    assert [v.data is None for v in timeline.versions] == [False, True, True, False, False, False]
    assert len(found.notes) == 3
    assert found.notes[0].startswith(f"goals/faster-replies.md at {broken[:10]} (2017-01-03)")
    assert "skipped that version" in found.notes[0]
    assert found.notes[0].endswith("(and 1 later version of goals/faster-replies.md alike)")
    assert "metric.current is 'about 38', not a number" in found.notes[1]
    assert "as_of is '2017-02-30', not a date" in found.notes[2]
    # the events compare readable versions only: nothing moved
    assert [e.field for e in timeline.events] == []


def test_kpi_series_records_value_values_and_as_of(repo: Repo) -> None:
    repo.write("goals/kpi/reply-time.md", kpi(30, "2017-01-31"))
    repo.commit("January")
    repo.write("goals/kpi/reply-time.md", kpi(30, "2017-02-28"))
    repo.commit("February: no change")
    repo.write("goals/kpi/reply-time.md", kpi(28, "2017-03-31", "values: {anna: 20, bob: 36}\n"))
    repo.commit("March, per person")

    timeline = history.read(repo.path, "goals").timelines["reply-time"]

    assert timeline.kind == "kpi"
    assert [(c.value, dict(c.values), c.as_of) for c in timeline.checkins] == [
        (30.0, {}, "2017-01-31"),
        (30.0, {}, "2017-02-28"),
        (28.0, {"anna": 20.0, "bob": 36.0}, "2017-03-31"),
    ]


def test_time_zones_keep_their_offsets_and_order(repo: Repo) -> None:
    repo.write("goals/faster-replies.md", goal(40))
    repo.commit("Add goal")
    # 09:00 in Tokyo is midnight UTC; 20:00 the day before in New York is 01:00 UTC: later
    tokyo = datetime.datetime(
        2017, 2, 2, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=9))
    )
    repo.write("goals/faster-replies.md", goal(38))
    _commit_at(repo, "Tokyo check-in", "2017-02-02T09:00:00+09:00")
    repo.write("goals/faster-replies.md", goal(35))
    _commit_at(repo, "New York check-in", "2017-02-01T20:00:00-05:00")

    checkins = history.read(repo.path, "goals").timelines["faster-replies"].checkins

    assert [c.commit.message for c in checkins[1:]] == ["Tokyo check-in", "New York check-in"]
    assert checkins[1].commit.date == tokyo
    assert checkins[1].commit.date.utcoffset() == datetime.timedelta(hours=9)
    assert checkins[2].commit.date.utcoffset() == datetime.timedelta(hours=-5)
    assert checkins[1].commit.date < checkins[2].commit.date


def test_parallel_commits_in_two_time_zones_are_ordered_by_the_instant(repo: Repo) -> None:
    repo.write("goals/a.md", goal(40, ident="a"))
    repo.write("goals/b.md", goal(20, ident="b"))
    repo.commit("Add goals")
    repo.git("checkout", "-q", "-b", "new-york")
    # made first, but 01:00 UTC on 2 February: after Tokyo's 00:00 UTC, though its local date is
    # the 1st
    repo.write("goals/b.md", goal(18, ident="b"))
    _commit_at(repo, "New York check-in", "2017-02-01T20:00:00-05:00")
    repo.git("checkout", "-q", "main")
    repo.write("goals/a.md", goal(38, ident="a"))
    _commit_at(repo, "Tokyo check-in", "2017-02-02T09:00:00+09:00")
    repo.git("merge", "-q", "--no-edit", "new-york")

    found = history.read(repo.path, "goals")
    both = sorted(
        [*found.timelines["a"].checkins[1:], *found.timelines["b"].checkins[1:]],
        key=lambda checkin: checkin.commit.date,
    )

    assert [c.commit.message for c in both] == ["Tokyo check-in", "New York check-in"]
    assert [str(c.commit.date) for c in both] == [
        "2017-02-02 09:00:00+09:00",
        "2017-02-01 20:00:00-05:00",
    ]
    # as text, New York's date sorts first: only tz-aware dates put the instants in order
    assert sorted(c.commit.date.isoformat() for c in both)[0].endswith("-05:00")


def _commit_at(repo: Repo, message: str, when: str) -> str:
    repo.git("add", "-A")
    env_date = when
    subprocess.run(
        ["git", "commit", "-q", "-m", message],
        cwd=repo.path,
        check=True,
        env={
            **__import__("os").environ,
            "GIT_AUTHOR_NAME": "Anna Andersson",
            "GIT_AUTHOR_EMAIL": "anna@example.com",
            "GIT_COMMITTER_NAME": "Anna Andersson",
            "GIT_COMMITTER_EMAIL": "anna@example.com",
            "GIT_AUTHOR_DATE": env_date,
            "GIT_COMMITTER_DATE": env_date,
        },
    )
    return repo.git("rev-parse", "HEAD").strip()


def test_snapshot_at_an_old_revision_and_resolve_by_date(repo: Repo) -> None:
    repo.write("goals/faster-replies.md", goal(40))
    first = repo.commit("Add goal")  # 2017-01-02
    repo.write("goals/faster-replies.md", goal(30))
    repo.write("goals/other.md", goal(5, ident="other"))
    second = repo.commit("Check in and add another")  # 2017-01-03

    old = history.snapshot(repo.path, "goals", first)
    assert [(doc.path, doc.get("metric", "current")) for doc in old] == [
        ("goals/faster-replies.md", 40)
    ]
    now = history.snapshot(repo.path, "goals", "HEAD")
    assert [(doc.path, doc.get("metric", "current")) for doc in now] == [
        ("goals/faster-replies.md", 30),
        ("goals/other.md", 5),
    ]
    assert history.resolve(repo.path, "2017-01-02") == first
    assert history.resolve(repo.path, "2017-01-03") == second
    assert history.resolve(repo.path, "2030-01-01") == second
    assert history.resolve(repo.path, "HEAD~1") == first
    with pytest.raises(GitError, match="no commit on or before 2016-12-31"):
        history.resolve(repo.path, "2016-12-31")
    with pytest.raises(GitError, match="unknown revision 'nope'"):
        history.resolve(repo.path, "nope")


def test_not_a_repository_is_a_git_error(tmp_path: Path) -> None:
    with pytest.raises(GitError, match="not in a Git repository"):
        history.read(tmp_path, "goals")


def test_a_repository_without_commits_has_an_empty_history(repo: Repo) -> None:
    found = history.read(repo.path, "goals")
    assert found.head is None
    assert found.timelines == {}
    assert found.notes == ["the repository has no commits yet"]


def test_a_shallow_clone_says_where_it_starts_and_its_boundary_is_no_checkin(
    repo: Repo, tmp_path: Path
) -> None:
    repo.write("goals/faster-replies.md", goal(40))
    repo.commit("Add goal")
    repo.write("goals/faster-replies.md", goal(38))
    repo.write("goals/other.md", goal(9, ident="other"))
    boundary = repo.commit("Check in 38, add other")
    repo.write("goals/faster-replies.md", goal(35))
    last = repo.commit("Check in 35", name=BOB[0], email=BOB[1])
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "2", f"file://{repo.path}", str(clone)], check=True
    )

    found = history.read(clone, "goals")

    assert found.shallow is True
    assert found.boundary is not None
    assert found.boundary.sha == boundary
    assert found.boundary.message == "Check in 38, add other"
    timeline = found.timelines["faster-replies"]
    assert [(c.value, c.commit.sha) for c in timeline.checkins] == [(35.0, last)]
    assert [v.commit.sha for v in timeline.versions] == [boundary, last]
    assert timeline.versions[0].data is not None
    assert timeline.versions[0].data["metric"]["current"] == 38
    assert found.timelines["other"].checkins == []
    assert found.timelines["other"].events == []
    assert found.notes[0].startswith(
        f"this is a shallow clone: its history starts at {boundary[:10]}"
    )
    # the full repository sees all three check-ins and is not shallow
    full = history.read(repo.path, "goals")
    assert values(full.timelines["faster-replies"]) == [40.0, 38.0, 35.0]
    assert (full.shallow, full.boundary) == (False, None)


def test_a_shallow_clone_counts_repeated_trouble_on_the_right_note(
    repo: Repo, tmp_path: Path
) -> None:
    repo.write("goals/faster-replies.md", goal(40))
    boundary = repo.commit("Add goal")
    repo.write("goals/faster-replies.md", goal(39).replace("metric:\n", "metric: [\n"))
    broken = repo.commit("Broken YAML")
    repo.write("goals/faster-replies.md", goal(39).replace("owner: ", "owner: ["))
    repo.commit("Broken again, differently")
    repo.write("goals/faster-replies.md", goal(38))
    repo.commit("Fixed")
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "4", f"file://{repo.path}", str(clone)], check=True
    )

    found = history.read(clone, "goals")

    assert found.shallow is True
    assert len(found.notes) == 2
    assert found.notes[0] == (
        f"this is a shallow clone: its history starts at {boundary[:10]} (2017-01-02); older "
        "check-ins are not seen (run 'git fetch --unshallow' for the full history)"
    )
    assert found.notes[1].startswith(f"goals/faster-replies.md at {broken[:10]} (2017-01-03)")
    assert found.notes[1].endswith("(and 1 later version of goals/faster-replies.md alike)")


def test_a_detached_head_reads_up_to_the_checked_out_commit(repo: Repo) -> None:
    repo.write("goals/faster-replies.md", goal(40))
    repo.commit("Add goal")
    repo.write("goals/faster-replies.md", goal(38))
    middle = repo.commit("Check in 38")
    repo.write("goals/faster-replies.md", goal(35))
    repo.commit("Check in 35")
    repo.git("checkout", "-q", "--detach", middle)

    found = history.read(repo.path, "goals")

    assert found.head == middle
    assert values(found.timelines["faster-replies"]) == [40.0, 38.0]
    assert values(history.read(repo.path, "goals", rev="main").timelines["faster-replies"]) == [
        40.0,
        38.0,
        35.0,
    ]


def test_mailmap_gives_one_name_to_an_author(repo: Repo) -> None:
    repo.write(".mailmap", "Anna Andersson <anna@example.com> A. Andersson <anna@old.example>\n")
    repo.write("goals/faster-replies.md", goal(40))
    repo.commit("Add goal", name="A. Andersson", email="anna@old.example")
    repo.write("goals/faster-replies.md", goal(38))
    repo.commit("Check in", name="Bob Berg", email="bob@example.com")

    checkins = history.read(repo.path, "goals").timelines["faster-replies"].checkins

    assert [(c.commit.author, c.commit.email) for c in checkins] == [
        ("Anna Andersson", "anna@example.com"),
        ("Bob Berg", "bob@example.com"),
    ]


def test_since_and_rev_limit_the_history_read(repo: Repo) -> None:
    repo.write("goals/faster-replies.md", goal(40))
    first = repo.commit("Add goal")  # 2017-01-02
    repo.write("goals/faster-replies.md", goal(38, target=20))
    repo.commit("Check in 38, lower the target")  # 2017-01-03
    repo.write("goals/faster-replies.md", goal(35, target=20))
    repo.commit("Check in 35")  # 2017-01-04
    repo.write("goals/faster-replies.md", goal(30, target=20))
    repo.commit("Check in 30")  # 2017-01-05

    def read(**limits: str) -> list[float | None]:
        return values(history.read(repo.path, "goals", **limits).timelines["faster-replies"])

    assert read(since="2017-01-04") == [35.0, 30.0]
    assert read(since="2017-01-03") == [38.0, 35.0, 30.0]
    assert read(since=first) == [38.0, 35.0, 30.0]
    assert read(rev="HEAD~1") == [40.0, 38.0, 35.0]
    assert read(rev="HEAD~1", since="2017-01-03") == [38.0, 35.0]
    assert read(rev="2017-01-03") == [40.0, 38.0]
    # the first change in range is compared with the version before it: still a moved goalpost
    since = history.read(repo.path, "goals", since="2017-01-03").timelines["faster-replies"]
    assert [(e.field, e.old, e.new) for e in since.events if e.field == "metric.target"] == [
        ("metric.target", 24, 20)
    ]
    with pytest.raises(GitError, match="'2017-02-30' is not a date"):
        history.read(repo.path, "goals", since="2017-02-30")


def test_an_id_written_later_claims_the_files_earlier_versions(repo: Repo) -> None:
    repo.write("goals/faster-replies.md", goal(40).replace("id: faster-replies\n", ""))
    repo.commit("Add goal without id")
    repo.write("goals/faster-replies.md", goal(38).replace("id: faster-replies\n", ""))
    repo.commit("Check in 38")
    repo.write("goals/faster-replies.md", goal(36))
    repo.commit("Give it an id and check in 36")

    found = history.read(repo.path, "goals")
    timeline = found.timelines["faster-replies"]

    assert len(timeline.versions) == 3
    assert values(timeline) == [40.0, 38.0, 36.0]
    assert found.notes == []


def test_a_move_with_a_rewrite_is_joined_by_id(repo: Repo) -> None:
    repo.write("goals/a/faster-replies.md", goal(40))
    repo.commit("Add goal")
    (repo.path / "goals/a/faster-replies.md").unlink()
    text = goal(38, target=20) + "\n" + "A long new background section.\n" * 40
    repo.write("goals/b/replies.md", text)
    moved = repo.commit("Move and rewrite")

    timeline = history.read(repo.path, "goals").timelines["faster-replies"]

    assert values(timeline) == [40.0, 38.0]
    changes = [(e.field, e.old, e.new) for e in timeline.events if e.commit.sha == moved]
    assert ("path", "goals/a/faster-replies.md", "goals/b/replies.md") in changes
    assert ("metric.target", 24, 20) in changes
    assert not [e for e in timeline.events if e.field == "path" and e.new is None]


def test_a_clean_merge_of_a_file_both_sides_changed_counts_each_change_once(repo: Repo) -> None:
    long_goal = goal(40, extra="  as_of: 2017-01-01\n") + "\nBackground.\n" * 30
    repo.write("goals/faster-replies.md", long_goal)
    repo.commit("Add goal")
    repo.git("checkout", "-q", "-b", "bob")
    repo.write("goals/faster-replies.md", long_goal.replace("current: 40", "current: 35"))
    bobs = repo.commit("Bob: 35", name=BOB[0], email=BOB[1])
    repo.git("checkout", "-q", "main")
    # the target is far from the current value in the file: git merges the two without conflict
    repo.write("goals/faster-replies.md", long_goal.replace("Background.\n", "Context.\n", 1))
    repo.write(
        "goals/faster-replies.md",
        (repo.path / "goals/faster-replies.md")
        .read_text()
        .replace("deadline: 2017-06-30", "deadline: 2017-09-30"),
    )
    annas = repo.commit("Anna: later deadline")
    repo.git("merge", "-q", "--no-edit", "bob", name=CARL[0], email=CARL[1])
    merged = (repo.path / "goals/faster-replies.md").read_text()
    assert "current: 35" in merged
    assert "deadline: 2017-09-30" in merged

    timeline = history.read(repo.path, "goals").timelines["faster-replies"]

    assert [(c.value, c.commit.sha) for c in timeline.checkins[1:]] == [(35.0, bobs)]
    assert [(e.field, e.commit.sha) for e in timeline.events] == [("deadline", annas)]


def test_a_conflict_resolved_to_a_new_value_is_the_mergers_checkin(repo: Repo) -> None:
    repo.write("goals/faster-replies.md", goal(40))
    repo.commit("Add goal")
    repo.git("checkout", "-q", "-b", "bob")
    repo.write("goals/faster-replies.md", goal(35))
    repo.commit("Bob: 35", name=BOB[0], email=BOB[1])
    repo.git("checkout", "-q", "main")
    repo.write("goals/faster-replies.md", goal(37))
    repo.commit("Anna: 37")
    with pytest.raises(subprocess.CalledProcessError):
        repo.git("merge", "-q", "bob")
    repo.write("goals/faster-replies.md", goal(34))
    merge = repo.commit("Merge bob: both measured, 34 today", name=CARL[0], email=CARL[1])

    checkins = history.read(repo.path, "goals").timelines["faster-replies"].checkins

    assert sorted(c.value or 0 for c in checkins) == [34.0, 35.0, 37.0, 40.0]
    assert checkins[-1].commit.sha == merge
    assert checkins[-1].commit.author == "Carl Carlsson"
    assert len({c.commit.sha for c in checkins}) == 4


def test_two_files_with_one_id_are_told_not_taken_for_moves(repo: Repo) -> None:
    repo.write("goals/a.md", goal(40))
    repo.commit("Add goal")
    repo.write("goals/b.md", goal(30, target=20))
    repo.commit("Copy it by mistake")
    repo.write("goals/a.md", goal(39))
    repo.commit("Check in on the first")

    found = history.read(repo.path, "goals")
    timeline = found.timelines["faster-replies"]

    assert [e for e in timeline.events if e.field == "path"] == []
    assert timeline.paths == ["goals/a.md", "goals/b.md"]
    assert found.notes == [
        "goals/a.md and goals/b.md both have the id 'faster-replies'; their histories are read "
        "as one (give each goal an id of its own)"
    ]
    assert values(timeline) == [40.0, 30.0, 39.0]


def test_a_changed_id_starts_a_new_timeline_with_a_note(repo: Repo) -> None:
    repo.write("goals/faster-replies.md", goal(40, ident="faster-reply"))
    repo.commit("Add goal with a typo in its id")
    repo.write("goals/faster-replies.md", goal(38))
    fixed = repo.commit("Fix the id")

    found = history.read(repo.path, "goals")

    assert values(found.timelines["faster-reply"]) == [40.0]
    assert values(found.timelines["faster-replies"]) == [38.0]
    assert found.notes == [
        f"goals/faster-replies.md at {fixed[:10]}: the id changed from 'faster-reply' to "
        "'faster-replies'; the history before that commit stays under 'faster-reply'"
    ]


def test_the_progress_bar_is_for_terminals_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal:
        def isatty(self) -> bool:
            return True

    class Pipe:
        def isatty(self) -> bool:
            return False

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setattr("sys.stderr", Terminal())
    assert progress.wanted(True) is True
    assert progress.wanted(False) is False
    monkeypatch.setenv("CI", "true")
    assert progress.wanted(True) is False
    monkeypatch.delenv("CI")
    monkeypatch.setattr("sys.stderr", Pipe())
    assert progress.wanted(True) is False


def test_reading_with_progress_in_a_pipe_prints_nothing(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/faster-replies.md", goal(40))
    repo.commit("Add goal")
    found = history.read(repo.path, "goals", progress=True)
    assert values(found.timelines["faster-replies"]) == [40.0]
    assert capsys.readouterr() == ("", "")


def test_a_project_in_a_subfolder_and_unusual_file_names(repo: Repo) -> None:
    repo.write("team/goals.toml", "")
    repo.write("team/goals/målet med mellanslag.md", goal(40))
    repo.write("other/goals/elsewhere.md", goal(1, ident="elsewhere"))
    (repo.path / "team/goals/link.md").symlink_to("målet med mellanslag.md")
    repo.commit("Add goals")
    repo.write("team/goals/målet med mellanslag.md", goal(38))
    repo.commit("Check in")

    found = history.read(repo.path / "team", "goals")

    assert list(found.timelines) == ["faster-replies"]
    timeline = found.timelines["faster-replies"]
    assert timeline.paths == ["team/goals/målet med mellanslag.md"]  # as documents name files
    assert values(timeline) == [40.0, 38.0]
    assert found.notes == []
    docs = history.snapshot(repo.path / "team", "goals", "HEAD")
    assert [doc.path for doc in docs] == ["team/goals/målet med mellanslag.md"]  # no symlink
    from goals_as_code.check import tree
    from goals_as_code.source import config

    checked = tree.Tree.load(config.load(repo.path / "team")).documents
    assert docs[0].path in [doc.path for doc in checked]  # the same name as goals check gives


def test_an_orphan_head_reads_another_revision_and_says_when_nothing_is_there(
    repo: Repo,
) -> None:
    repo.write("goals/faster-replies.md", goal(40))
    first = repo.commit("Add goal")
    repo.git("checkout", "-q", "--orphan", "fresh")

    unborn = history.read(repo.path, "goals")
    assert (unborn.head, unborn.notes) == (None, ["the current branch has no commits yet"])
    assert history.read(repo.path, "goals", rev="main").head == first
    with pytest.raises(GitError, match="unknown revision 'nope'"):
        history.read(repo.path, "goals", rev="nope")


def test_a_worktree_of_a_shallow_clone_is_shallow(repo: Repo, tmp_path: Path) -> None:
    repo.write("goals/faster-replies.md", goal(40))
    repo.commit("Add goal")
    repo.write("goals/faster-replies.md", goal(38))
    last = repo.commit("Check in")
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{repo.path}", str(clone)], check=True
    )
    subprocess.run(["git", "worktree", "add", "-q", str(tmp_path / "wt")], cwd=clone, check=True)

    found = history.read(tmp_path / "wt", "goals")

    assert found.shallow is True
    assert found.boundary is not None
    assert found.boundary.sha == last
    assert found.timelines["faster-replies"].checkins == []


def test_excluded_files_are_not_read(repo: Repo) -> None:
    repo.write("goals/README.md", "How we write goals.\n")
    repo.write("goals/drafts/faster-replies.md", goal(40))
    repo.write("goals/team/other.md", goal(3, ident="other"))
    repo.commit("Add goals and a README")
    repo.write("goals/README.md", "How we write goals, take two.\n")
    repo.commit("Edit the README")

    found = history.read(repo.path, "goals", exclude=["README.md", "drafts/*"])
    assert list(found.timelines) == ["other"]
    assert found.notes == []
    everything = history.read(repo.path, "goals")
    assert sorted(everything.timelines) == ["faster-replies", "other"]
    assert len(everything.notes) == 1
    assert everything.notes[0].startswith("goals/README.md at ")
    assert everything.notes[0].endswith("(and 1 later version of goals/README.md alike)")
    docs = history.snapshot(repo.path, "goals", "HEAD", exclude=["README.md", "drafts/*"])
    assert [doc.path for doc in docs] == ["goals/team/other.md"]


def test_a_rename_on_a_branch_and_a_checkin_on_main_merge_into_one_series(repo: Repo) -> None:
    text = goal(40) + "\nBackground.\n" * 30
    repo.write("goals/old/faster-replies.md", text)
    repo.commit("Add goal")
    repo.git("checkout", "-q", "-b", "bob")
    (repo.path / "goals/new").mkdir()
    repo.git("mv", "goals/old/faster-replies.md", "goals/new/faster-replies.md")
    moved = repo.commit("Move the goal", name=BOB[0], email=BOB[1])
    repo.git("checkout", "-q", "main")
    repo.write("goals/old/faster-replies.md", text.replace("current: 40", "current: 37"))
    checked = repo.commit("Check in 37")
    repo.git("merge", "-q", "--no-edit", "bob", name=CARL[0], email=CARL[1])
    assert "current: 37" in (repo.path / "goals/new/faster-replies.md").read_text()
    repo.write("goals/new/faster-replies.md", text.replace("current: 40", "current: 35"))
    last = repo.commit("Check in 35")

    found = history.read(repo.path, "goals")
    timeline = found.timelines["faster-replies"]

    assert [(c.value, c.commit.sha) for c in timeline.checkins[1:]] == [
        (37.0, checked),
        (35.0, last),
    ]
    assert [(e.commit.sha, e.field, e.old, e.new) for e in timeline.events] == [
        (moved, "path", "goals/old/faster-replies.md", "goals/new/faster-replies.md")
    ]
    assert found.notes == []  # two branches with a copy each are not two files with one id


def test_a_version_that_is_not_utf8_is_skipped_with_a_note(repo: Repo) -> None:
    repo.write("goals/faster-replies.md", goal(40))
    repo.commit("Add goal")
    path = repo.path / "goals/faster-replies.md"
    data = goal(39).replace("I will", "Jag skall förbättra").encode("latin-1")
    path.write_bytes(data)
    byte = data.index("ö".encode("latin-1"))
    line = data[:byte].count(b"\n") + 1
    assert line == 15  # the statement, below the front matter
    latin = repo.commit("Saved as Latin-1")
    repo.write("goals/faster-replies.md", goal(38))
    repo.commit("Saved as UTF-8 again")

    found = history.read(repo.path, "goals")

    assert values(found.timelines["faster-replies"]) == [40.0, 38.0]
    assert found.notes == [
        f"goals/faster-replies.md at {latin[:10]} (2017-01-03): skipped that version, "
        f"it is not UTF-8 (line {line}, byte {byte})"
    ]


def test_the_public_names_are_what_they_say_whatever_was_imported_first() -> None:
    import importlib
    import pkgutil

    import goals_as_code.history as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"goals_as_code.history.{module.name}")
    assert callable(history.read)
    assert callable(history.resolve)
    assert callable(history.snapshot)
    assert history.Timeline.__name__ == "Timeline"
    assert not set(package.__all__) & {
        module.name for module in pkgutil.iter_modules(package.__path__)
    }
