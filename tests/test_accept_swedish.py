"""goals accept in Swedish: what it says follows `language` and --lang; the block it writes
is the same in every language."""

from __future__ import annotations

import pytest

from tests.conftest import GOOD_GOAL, Repo, run

MANAGER = "erik@example.com"
OWNER = "anna@example.com"
PATH = "goals/faster-replies.md"


@pytest.fixture
def repo(repo: Repo) -> Repo:
    repo.write("goals.toml", 'language = "sv"\nselect = ["A", "F", "V", "L"]\n')
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal")
    return repo


def test_the_manager_accepts_in_swedish(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.git("config", "user.email", MANAGER)
    code, out, _ = run(capsys, "accept", "faster-replies", "--dry-run")
    assert code == 0
    assert out.startswith(f"# {PATH}: blocket som 'goals accept' skulle skriva\n")
    code, out, _ = run(capsys, "accept", "faster-replies")
    assert code == 0
    assert out.startswith(f"{PATH}: godkände 'faster-replies' som {MANAGER} (sha256:")
    written = (repo.path / PATH).read_text()
    assert f"accepted:\n  by: {MANAGER}\n" in written  # the block's keys stay English
    code, out, _ = run(capsys, "accept", "faster-replies")
    assert code == 0
    assert out == f"{PATH}: redan godkänt av {MANAGER} 2017-03-31; oförändrat\n"


def test_the_owner_is_refused_in_swedish(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.git("config", "user.email", OWNER)
    code, _, err = run(capsys, "accept", "faster-replies")
    assert code == 1
    assert err == (
        f"goals accept: nekas: {PATH}: du är {OWNER}, men målets chef är {MANAGER}; bara chefen "
        f"godkänner ett mål (en administratör kan använda --as {MANAGER}, vilket registreras)\n"
    )
    code, _, err = run(capsys, "accept", "faster-replies", "--as", OWNER)
    assert code == 1
    assert err == f"goals accept: nekas: {PATH}: --as {OWNER} anger inte målets chef, {MANAGER}\n"
    code, _, err = run(capsys, "accept", "faster-replies", "--lang", "en")
    assert code == 1
    assert err.startswith(f"goals accept: refused: {PATH}: you are {OWNER}, but the goal's")
    assert (repo.path / PATH).read_text() == GOOD_GOAL


def test_a_goal_without_manager_is_refused_in_swedish(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, GOOD_GOAL.replace("manager: erik@example.com\n", ""))
    repo.git("config", "user.email", MANAGER)
    code, _, err = run(capsys, "accept", "faster-replies")
    assert code == 1
    assert err == (
        f"goals accept: nekas: {PATH}: målet anger ingen chef; lägg först till "
        "'manager: <e-post>'\n"
    )
