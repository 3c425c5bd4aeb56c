"""R006 confidence-not-by-holder, in real repositories: each confidence value is its holder's,
Anna's (the owner) and Erik's (her manager)."""

from __future__ import annotations

import json

import pytest

from ..conftest import GOOD_GOAL, Repo, run

MANAGER = ("Erik Eriksson", "erik@example.com")
OWNER = ("Anna Andersson", "anna@example.com")
PATH = "goals/faster-replies.md"
OWN = GOOD_GOAL.replace("confidence: {owner: 0.7, manager: 0.6}", "confidence: {owner: 0.7}")


@pytest.fixture
def repo(repo: Repo) -> Repo:
    repo.write("goals.toml", 'select = ["R006"]\n')
    return repo


def found(capsys: pytest.CaptureFixture[str], *args: str) -> list[tuple[int, str]]:
    _, out, _ = run(capsys, "check", "--format", "json", *args)
    return [(p["line"], p["message"]) for p in json.loads(out)["problems"]]


def test_each_writes_their_own(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write(PATH, OWN)
    repo.commit("Add goal", name=OWNER[0], email=OWNER[1])
    repo.write(PATH, GOOD_GOAL)
    repo.commit("My confidence", name=MANAGER[0], email=MANAGER[1])
    assert found(capsys) == []


def test_a_manager_who_types_her_confidence_is_named(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, GOOD_GOAL)
    sha = repo.commit("Set Anna's goal", name=MANAGER[0], email=MANAGER[1])
    assert found(capsys) == [
        (
            15,
            f"confidence.owner 0.7 was written by Erik Eriksson <erik@example.com> in commit "
            f"{sha[:10]}, not by the owner, anna@example.com; only anna@example.com says how much "
            "they believe in the goal",
        )
    ]
    assert found(capsys, "--lang", "sv") == [
        (
            15,
            f"confidence.owner 0.7 skrevs av Erik Eriksson <erik@example.com> i commit "
            f"{sha[:10]}, inte av anna@example.com; bara anna@example.com säger hur mycket hen "
            "tror på målet",
        )
    ]
    # once she writes her own value, it is hers
    repo.write(PATH, GOOD_GOAL.replace("owner: 0.7", "owner: 0.5"))
    repo.commit("My confidence", name=OWNER[0], email=OWNER[1])
    assert found(capsys) == []


def test_the_last_change_counts(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Both values", name=MANAGER[0], email=MANAGER[1])
    repo.write(PATH, GOOD_GOAL.replace("owner: 0.7", "owner: 0.6"))
    repo.commit("Mine", name=OWNER[0], email=OWNER[1])
    # she then raises his value herself
    repo.write(
        PATH, GOOD_GOAL.replace("owner: 0.7", "owner: 0.6").replace("manager: 0.6", "manager: 0.9")
    )
    sha = repo.commit("Raise", name=OWNER[0], email=OWNER[1])
    assert found(capsys) == [
        (
            15,
            f"confidence.manager 0.9 was written by Anna Andersson <anna@example.com> in commit "
            f"{sha[:10]}, not by the manager, erik@example.com; only erik@example.com says how "
            "much they believe in the goal",
        )
    ]


def test_at_commit_time_the_committer_counts(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.write(PATH, OWN)
    repo.commit("Add goal", name=OWNER[0], email=OWNER[1])
    repo.write(PATH, GOOD_GOAL)  # the manager's value, about to be committed
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", OWNER[1])
    assert found(capsys) == [
        (
            15,
            "confidence.manager 0.6 is being committed by anna@example.com, not by the manager, "
            "erik@example.com; only erik@example.com says how much they believe in the goal",
        )
    ]
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", MANAGER[1])
    assert found(capsys) == []


def test_a_goal_still_being_set_is_left_alone(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, GOOD_GOAL.replace("status: active", "status: proposed"))
    sha = repo.commit("Propose the goal, with both values", name=OWNER[0], email=OWNER[1])
    assert found(capsys) == []
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Start", name=OWNER[0], email=OWNER[1])
    # active now: his value, written by her when she proposed the goal, is not his
    assert found(capsys) == [
        (
            15,
            f"confidence.manager 0.6 was written by Anna Andersson <anna@example.com> in commit "
            f"{sha[:10]}, not by the manager, erik@example.com; only erik@example.com says how "
            "much they believe in the goal",
        )
    ]


def test_outside_git_nothing_is_told(
    tmp_path: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path)) / "plain"
    (folder / "goals").mkdir(parents=True)
    (folder / "goals.toml").write_text('select = ["R006"]\n', encoding="utf-8")
    (folder / PATH).write_text(GOOD_GOAL, encoding="utf-8")
    monkeypatch.chdir(folder)
    assert found(capsys) == []
