"""goals review on real repositories: a base branch, a feature branch, pinned identities."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from goals_as_code.source import acceptance
from goals_as_code.source.document import parse
from tests.conftest import GOOD_GOAL, Repo, run

MANAGER = ("Erik Eriksson", "erik@example.com")
OWNER = ("Anna Andersson", "anna@example.com")
PATH = "goals/faster-replies.md"


# Only the families these tests are about, so that rules added later do not change the counts.
SELECT = 'select = ["A", "F", "V", "L", "C"]\n'


@pytest.fixture
def repo(repo: Repo) -> Repo:
    repo.write("goals.toml", SELECT)
    return repo


def accepted(text: str, by: str = MANAGER[1]) -> str:
    doc = parse(text, PATH)
    block = acceptance.Accepted(by, "2017-01-05", acceptance.fingerprint(doc.data, doc.statement))
    return acceptance.write(text, block)


def base_and_feature(repo: Repo) -> None:
    """main: the goal, accepted by its manager; feature: branched off, nothing yet."""
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal", name=OWNER[0], email=OWNER[1])
    repo.write(PATH, accepted(GOOD_GOAL))
    repo.commit("Accept faster-replies", name=MANAGER[0], email=MANAGER[1])
    repo.git("checkout", "-q", "-b", "feature")


def review_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    code, out, err = run(capsys, "review", *args, "--format", "json")
    assert err == ""
    payload: dict[str, Any] = json.loads(out)
    return code, payload


def test_moved_target_is_told_with_old_and_new_and_flagged(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    base_and_feature(repo)
    text = (repo.path / PATH).read_text()
    repo.write(PATH, text.replace("target: 24", "target: 30"))
    repo.commit("Ease the target", name=OWNER[0], email=OWNER[1])
    code, payload = review_json(capsys, "main..feature")
    assert code == 1  # A005 at error level: CI can gate the merge
    [change] = payload["changes"]
    assert change["id"] == "faster-replies"
    assert change["change"] == "modified"
    assert change["fields"] == [{"field": "metric.target", "old": 24, "new": 30}]
    flags = {flag["name"]: flag for flag in change["flags"]}
    assert set(flags) == {"goalpost-moved", "ambition-down", "acceptance-made-stale"}
    assert [flag["code"] for flag in change["flags"]] == ["C002", "C003", "C004"]
    assert "metric.target 24 → 30" in flags["goalpost-moved"]["message"]
    assert "the target went up on a goal to decrease (24 → 30)" in flags["ambition-down"]["message"]
    assert "metric.target 24 → 30 changed since" in flags["acceptance-made-stale"]["message"]
    assert [p["code"] for p in change["problems"]] == ["A005"]
    assert "metric.target 24 → 30 changed since" in change["problems"][0]["message"]
    code, out, _ = run(capsys, "review", "main..feature")
    assert code == 1
    assert "metric.target: 24 → 30" in out
    assert "faster-replies: modified" in out


def test_progress_only_is_clean(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    base_and_feature(repo)
    text = (repo.path / PATH).read_text()
    repo.write(
        PATH,
        text.replace("current: 36", "current: 30").replace(
            "as_of: 2017-03-31", "as_of: 2017-04-30"
        ),
    )
    repo.commit("Check in", name=OWNER[0], email=OWNER[1])
    code, payload = review_json(capsys, "main..feature")
    assert code == 0
    [change] = payload["changes"]
    assert [(flag["code"], flag["name"]) for flag in change["flags"]] == [
        ("C001", "progress-checked-in")
    ]
    assert change["flags"][0]["message"] == (
        "progress checked in: metric.current 36 → 30, metric.as_of 2017-03-31 → 2017-04-30"
    )
    assert change["problems"] == []


def test_acceptance_by_the_owner_is_flagged_with_her_name(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal", name=OWNER[0], email=OWNER[1])
    repo.git("checkout", "-q", "-b", "feature")
    repo.write(PATH, accepted(GOOD_GOAL))
    sha = repo.commit("Accept it myself", name=OWNER[0], email=OWNER[1])
    code, payload = review_json(capsys, "main..feature")
    assert code == 1
    [change] = payload["changes"]
    [flag] = [flag for flag in change["flags"] if flag["name"] == "acceptance-by-other"]
    assert flag["severity"] == "error"
    assert flag["message"] == (
        f"acceptance recorded by Anna Andersson <anna@example.com> in {sha[:10]}, not by "
        "erik@example.com; only erik@example.com accepts this goal"
    )


def test_acceptance_by_the_manager_is_told_as_such(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal", name=OWNER[0], email=OWNER[1])
    repo.git("checkout", "-q", "-b", "feature")
    repo.write(PATH, accepted(GOOD_GOAL))
    sha = repo.commit("Accept", name=MANAGER[0], email=MANAGER[1])
    code, payload = review_json(capsys, "main..feature")
    assert code == 0
    [change] = payload["changes"]
    assert {
        "path": PATH,
        "line": 17,
        "column": 1,
        "code": "C005",
        "name": "acceptance-recorded",
        "severity": "info",
        "message": f"accepted by Erik Eriksson <erik@example.com> in {sha[:10]}",
    } in change["flags"]
    assert change["problems"] == []


ACTIVITY = """\
---
id: weekly-meetings
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-12-31
metric: {unit: meetings, direction: at_least, target: 40}
status: draft
---
# Jag ska hålla kundmöten varje vecka
"""


def test_added_removed_and_renamed(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.write(
        "goals/old.md",
        ACTIVITY.replace("weekly-meetings", "old-one").replace("varje vecka", "varje månad"),
    )
    repo.commit("Add goals")
    repo.git("checkout", "-q", "-b", "feature")
    repo.write(PATH, GOOD_GOAL.replace("id: faster-replies", "id: quicker-replies"))
    (repo.path / "goals/old.md").unlink()
    repo.write("goals/weekly.md", ACTIVITY.replace("kind: goal", "kind: goal\nparent: nowhere"))
    repo.commit("Rename, remove, add")
    code, payload = review_json(capsys, "main..feature")
    changes = {change["id"]: change for change in payload["changes"]}
    assert {key: change["change"] for key, change in changes.items()} == {
        "quicker-replies": "renamed",
        "old-one": "removed",
        "weekly-meetings": "added",
    }
    assert changes["quicker-replies"]["old_id"] == "faster-replies"
    assert changes["quicker-replies"]["fields"] == [
        {"field": "id", "old": "faster-replies", "new": "quicker-replies"}
    ]
    assert [p["code"] for p in changes["weekly-meetings"]["problems"]] == ["L002"]
    assert changes["old-one"]["problems"] == []
    assert code == 1


def test_child_of_a_changed_parent_shows_as_a_new_problem(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    parent = ACTIVITY.replace("weekly-meetings", "company").replace(
        "status: draft", "status: proposed"
    )
    repo.write("goals/company.md", parent)
    pdoc = parse(parent, "goals/company.md")
    child = GOOD_GOAL.replace("status: active", "status: active\nparent: company")
    cdoc = parse(child, PATH)
    block = acceptance.Accepted(
        MANAGER[1],
        "2017-01-05",
        acceptance.fingerprint(cdoc.data, cdoc.statement),
        parent=acceptance.fingerprint(pdoc.data, pdoc.statement),
    )
    repo.write(PATH, acceptance.write(child, block))
    repo.commit("Add goals", name=MANAGER[0], email=MANAGER[1])
    repo.git("checkout", "-q", "-b", "feature")
    repo.write("goals/company.md", parent.replace("target: 40", "target: 30"))
    repo.commit("Lower the company's target")
    _, payload = review_json(capsys, "main..feature")
    changes = {change["id"]: change for change in payload["changes"]}
    assert changes["faster-replies"]["change"] == "unchanged"
    assert [p["code"] for p in changes["faster-replies"]["problems"]] == ["A007"]
    assert changes["company"]["fields"] == [{"field": "metric.target", "old": 40, "new": 30}]
    assert "the target went down (40 → 30)" in str(changes["company"]["flags"])


def test_deadline_later_is_less_ambition(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write(PATH, GOOD_GOAL.replace("status: active", "status: proposed"))
    repo.commit("Add")
    repo.git("checkout", "-q", "-b", "feature")
    repo.write(
        PATH,
        GOOD_GOAL.replace("status: active", "status: proposed").replace(
            "deadline: 2017-06-30", "deadline: 2017-09-30"
        ),
    )
    repo.commit("Later")
    code, payload = review_json(capsys, "main..feature")
    assert code == 0  # a warning, not an error
    [change] = payload["changes"]
    assert "the deadline moved later (2017-06-30 → 2017-09-30)" in str(change["flags"])


def test_three_dots_start_at_the_merge_base(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    base_and_feature(repo)
    repo.write(PATH, (repo.path / PATH).read_text().replace("current: 36", "current: 30"))
    repo.commit("Check in on the branch", name=OWNER[0], email=OWNER[1])
    repo.git("checkout", "-q", "main")
    repo.write("goals/other.md", ACTIVITY)
    repo.commit("Meanwhile on main")
    two = review_json(capsys, "main..feature")[1]
    three = review_json(capsys, "main...feature")[1]
    assert {c["id"]: c["change"] for c in two["changes"]} == {
        "faster-replies": "modified",
        "weekly-meetings": "removed",
    }
    assert {c["id"]: c["change"] for c in three["changes"]} == {"faster-replies": "modified"}
    assert three["base"] == repo.git("merge-base", "main", "feature").strip()


def test_nothing_changed(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    base_and_feature(repo)
    repo.commit("Empty")
    code, out, _ = run(capsys, "review", "main..feature")
    assert code == 0
    assert out.endswith("No goal changes.\n")


def test_unknown_revision_is_a_usage_error(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    base_and_feature(repo)
    code, _, err = run(capsys, "review", "mian..feature")
    assert code == 2
    assert "unknown revision 'mian'" in err


def test_shallow_clone_too_shallow_says_fetch_deeper(
    repo: Repo, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base_and_feature(repo)
    for number in range(3):
        repo.write(
            PATH,
            (repo.path / PATH)
            .read_text()
            .replace(f"current: {36 - number}", f"current: {35 - number}"),
        )
        repo.commit(f"Check in {number}", name=OWNER[0], email=OWNER[1])
    clone = tmp_path / "clone"
    subprocess.run(
        [
            "git",
            "clone",
            "-q",
            "--depth",
            "2",
            "--no-single-branch",
            f"file://{repo.path}",
            str(clone),
        ],
        check=True,
    )
    monkeypatch.chdir(clone)
    code, _, err = run(capsys, "review", "origin/main...origin/feature")
    assert code == 2
    assert "shallow clone" in err
    assert "fetch-depth: 0" in err
    # deep enough for both ends: two dots need no merge base
    code, payload = review_json(capsys, "origin/feature~1..origin/feature")
    assert code == 0
    assert [c["fields"] for c in payload["changes"]] == [
        [{"field": "metric.current", "old": 34, "new": 33}]
    ]


HOSTILE = "Cut | the <script>alert(1)</script> `time`\nand @erik [x](http://e) **now** &amp;"


def test_markdown_escapes_user_text(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write(PATH, GOOD_GOAL.replace("status: active", "status: proposed"))
    repo.commit("Add")
    repo.git("checkout", "-q", "-b", "feature")
    hostile_unit = "hours | <b>x</b>\\n`y`"
    text = GOOD_GOAL.replace("status: active", "status: proposed").replace(
        "unit: hours", f"unit: {json.dumps(hostile_unit)}"
    )
    statement = GOOD_GOAL.split("---\n")[2]
    text = text.replace(statement, f"# {HOSTILE.splitlines()[0]}\n")
    repo.write(PATH, text)
    repo.commit("Hostile")
    code, out, _ = run(capsys, "review", "main..feature", "--format", "markdown")
    assert code == 0
    for forbidden in ("<script>", "<b>", "`time`", "`y`", "@erik", "[x](", "**now**"):
        assert forbidden not in out
    assert "&lt;script&gt;" in out
    table = [line for line in out.splitlines() if line.startswith("| metric.unit")]
    assert len(table) == 1
    assert table[0].count("|") == 4  # the cell's pipes are escaped, the row keeps its 3 columns
    assert "&#124;" in table[0]
    assert out.startswith("## Goals review\n\n**")


def test_markdown_cell_is_one_line() -> None:
    from goals_as_code.review.formats import md

    assert md(HOSTILE).count("\n") == 0
    assert md("a\nb\r\nc") == "a b c"
    assert md(None) == "(none)"
    assert md([1, 2]) == "&#91;1, 2&#93;"


def test_the_whole_story(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    """The manager accepts; the owner eases the target on a branch; check and review say so."""
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add my goal", name=OWNER[0], email=OWNER[1])
    repo.git("config", "user.name", MANAGER[0])
    repo.git("config", "user.email", MANAGER[1])
    code, out, _ = run(capsys, "accept", "faster-replies", "--commit")
    assert code == 0, out
    assert repo.git("log", "-1", "--format=%an <%ae>").strip() == "Erik Eriksson <erik@example.com>"

    repo.git("checkout", "-q", "-b", "feature")
    repo.git("config", "user.name", OWNER[0])
    repo.git("config", "user.email", OWNER[1])
    text = (repo.path / PATH).read_text()
    repo.write(PATH, text.replace("target: 24", "target: 30"))
    repo.commit("Make the target reachable", name=OWNER[0], email=OWNER[1])

    code, out, _ = run(capsys, "check")
    assert code == 1
    assert "A005 [stale-acceptance]" in out
    assert "metric.target 24 → 30 changed since" in out

    code, out, _ = run(capsys, "review", "main..feature")
    assert code == 1
    assert "metric.target: 24 → 30" in out
    assert "goalposts moved: metric.target 24 → 30" in out
    assert "acceptance made stale" in out

    # the owner cannot accept it herself: refused by goals accept ...
    code, _, err = run(capsys, "accept", "faster-replies")
    assert code == 1
    assert "you are anna@example.com" in err
    # ... and flagged with her name when she writes the block by hand
    repo.write(PATH, accepted((repo.path / PATH).read_text()))
    code, out, _ = run(capsys, "check")  # in the hook, before the commit exists
    assert code == 1
    assert "being committed by anna@example.com, not by erik@example.com" in out
    sha = repo.commit("Accept it myself", name=OWNER[0], email=OWNER[1])
    code, out, _ = run(capsys, "check")
    assert code == 1
    assert f"recorded by Anna Andersson <anna@example.com> in commit {sha[:10]}" in out
    code, out, _ = run(capsys, "review", "main..feature")
    assert code == 1
    assert (
        f"acceptance recorded by Anna Andersson <anna@example.com> in {sha[:10]}, not by erik@example.com"
        in out
    )


def test_a_goal_moved_to_another_file_and_id_is_renamed_by_its_statement(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add")
    repo.git("checkout", "-q", "-b", "feature")
    (repo.path / PATH).unlink()
    repo.write("goals/support/replies.md", GOOD_GOAL.replace("id: faster-replies", "id: replies"))
    repo.commit("Move")
    _, payload = review_json(capsys, "main..feature")
    [change] = payload["changes"]
    assert (change["change"], change["old_id"], change["id"]) == (
        "renamed",
        "faster-replies",
        "replies",
    )
    assert (change["old_path"], change["path"]) == (PATH, "goals/support/replies.md")
    code, out, _ = run(capsys, "review", "main..feature", "--format", "markdown")
    assert code == 0  # A004 (not accepted) is a warning: no gate
    assert "### faster-replies → replies: renamed" in out
    assert "goals/support/replies.md (was goals/faster-replies.md)" in out


def test_a_renamed_goal_keeps_its_old_problems(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    flawed = GOOD_GOAL.replace("status: active", "status: proposed\nweight: -1")  # V rule: minimum
    repo.write(PATH, flawed)
    repo.commit("Add")
    repo.git("checkout", "-q", "-b", "feature")
    repo.write(PATH, flawed.replace("id: faster-replies", "id: replies"))
    repo.commit("Rename")
    code, payload = review_json(capsys, "main..feature")
    [change] = payload["changes"]
    assert change["change"] == "renamed"
    assert change["problems"] == []
    assert code == 0
    # the same flaw brought in by a new goal is new
    repo.write(
        "goals/other.md", flawed.replace("id: faster-replies", "id: other").replace("# Jag", "# Du")
    )
    repo.commit("Add another")
    code, payload = review_json(capsys, "main..feature")
    other = next(change for change in payload["changes"] if change["id"] == "other")
    assert other["change"] == "added"
    assert [p["severity"] for p in other["problems"]] == ["error"]
    assert code == 1


def test_a_project_in_a_sub_folder_names_files_from_the_repository_top(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.write("team/goals.toml", SELECT)
    repo.write(f"team/{PATH}", accepted(GOOD_GOAL))
    repo.commit("Add", name=MANAGER[0], email=MANAGER[1])
    repo.git("checkout", "-q", "-b", "feature")
    repo.write(f"team/{PATH}", accepted(GOOD_GOAL).replace("target: 24", "target: 30"))
    repo.commit("Ease", name=OWNER[0], email=OWNER[1])
    monkeypatch.chdir(repo.path / "team")
    code, payload = review_json(capsys, "main..feature")
    assert code == 1
    [change] = payload["changes"]
    assert change["path"] == f"team/{PATH}"
    assert [(p["path"], p["code"]) for p in change["problems"]] == [(f"team/{PATH}", "A005")]
    code, out, _ = run(capsys, "check")
    assert f"team/{PATH}:17:1: A005" in out
    assert "metric.target 24 → 30 changed since" in out
