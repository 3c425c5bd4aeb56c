"""goals agree, the agreement rules (A008-A010) and the review's C007/C008, in real repositories
with two identities: Anna, the employee who owns the goal, and Erik, her manager."""

from __future__ import annotations

import json

import pytest

from goals_as_code.markdown import parse
from goals_as_code.source import acceptance
from tests.conftest import GOOD_GOAL, Repo, run

MANAGER = ("Erik Eriksson", "erik@example.com")
OWNER = ("Anna Andersson", "anna@example.com")
PATH = "goals/faster-replies.md"
TODAY = "2017-03-31"  # GOALS_TODAY, as tests/conftest.py sets it
DOC = parse(GOOD_GOAL, PATH)
FINGERPRINT = acceptance.fingerprint(DOC.data, DOC.statement)
BLOCK = f"agreed:\n  by: anna@example.com\n  on: {TODAY}\n  fingerprint: {FINGERPRINT}\n"
# The goal as the manager has accepted it: what is left is the owner's agreement.
ACCEPTED = acceptance.write(GOOD_GOAL, acceptance.Accepted(MANAGER[1], "2017-01-05", FINGERPRINT))


@pytest.fixture
def repo(repo: Repo) -> Repo:
    repo.write("goals.toml", 'select = ["A", "C", "F", "V", "L"]\nignore = ["no-parent"]\n')
    repo.write(PATH, ACCEPTED)
    repo.commit("Add the accepted goal", name=MANAGER[0], email=MANAGER[1])
    return repo


def as_person(repo: Repo, who: tuple[str, str]) -> None:
    repo.git("config", "user.name", who[0])
    repo.git("config", "user.email", who[1])


def problems(capsys: pytest.CaptureFixture[str], *args: str) -> list[tuple[str, str]]:
    _, out, _ = run(capsys, "check", "--format", "json", *args)
    return [(p["code"], p["message"]) for p in json.loads(out)["problems"]]


def test_an_accepted_goal_is_not_agreed_until_the_owner_agrees(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    assert problems(capsys) == [
        (
            "A008",
            "the goal is active but its owner has not agreed to it; anna@example.com runs "
            "'goals agree faster-replies'",
        )
    ]


def test_the_owner_agrees_and_commits_as_herself(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    as_person(repo, OWNER)
    code, out, err = run(capsys, "agree", "faster-replies", "--commit")
    assert (code, err) == (0, "")
    assert out == (
        f"{PATH}: agreed to 'faster-replies' as anna@example.com ({FINGERPRINT[:19]}…)\n"
        f"committed {PATH}: Agree to goal faster-replies\n"
    )
    # only the block was added, just before the closing '---'
    assert (repo.path / PATH).read_text(encoding="utf-8") == ACCEPTED.replace(
        "---\n# ", BLOCK + "---\n# ", 1
    )
    assert repo.git("log", "-1", "--format=%an <%ae>|%s").strip() == (
        "Anna Andersson <anna@example.com>|Agree to goal faster-replies"
    )
    assert problems(capsys) == []
    # agreeing again to the same goal changes nothing
    code, out, _ = run(capsys, "agree", "faster-replies")
    assert (code, out) == (0, f"{PATH}: already agreed by anna@example.com on {TODAY}; unchanged\n")


def test_the_dry_run_shows_the_block(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    as_person(repo, OWNER)
    code, out, _ = run(capsys, "agree", "faster-replies", "--dry-run")
    assert (code, out) == (0, f"# {PATH}: the block 'goals agree' would write\n{BLOCK}")
    assert (repo.path / PATH).read_text(encoding="utf-8") == ACCEPTED


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "goals: error: refused: goals/faster-replies.md: you are erik@example.com, but "
            "the goal's owner is anna@example.com; only the owner agrees to a goal (the manager "
            "accepts it with 'goals accept faster-replies')\n",
        ),
        (
            "sv",
            "goals: fel: nekas: goals/faster-replies.md: du är erik@example.com, men målets "
            "ägare är anna@example.com; bara ägaren samtycker till ett mål (chefen godkänner det "
            "med 'goals accept faster-replies')\n",
        ),
    ],
)
def test_the_manager_cannot_agree_for_her(
    lang: str, said: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    as_person(repo, MANAGER)
    code, out, err = run(capsys, "agree", "faster-replies", "--lang", lang)
    assert (code, out, err) == (2, "", said)
    assert (repo.path / PATH).read_text(encoding="utf-8") == ACCEPTED


def test_an_agreement_committed_by_the_manager_is_flagged_with_his_name(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, ACCEPTED.replace("---\n# ", BLOCK + "---\n# ", 1))
    sha = repo.commit("Agree for Anna", name=MANAGER[0], email=MANAGER[1])
    assert problems(capsys) == [
        (
            "A010",
            f"the agreement was recorded by Erik Eriksson <erik@example.com> in commit {sha[:10]}, "
            "not by anna@example.com; ask anna@example.com to agree to the goal ('goals agree "
            "faster-replies --commit')",
        )
    ]
    # in Swedish too
    _, out, _ = run(capsys, "check", "--format", "json", "--lang", "sv")
    assert [p["message"] for p in json.loads(out)["problems"]] == [
        f"samtycket skrevs av Erik Eriksson <erik@example.com> i commit {sha[:10]}, inte av "
        "anna@example.com; be anna@example.com att samtycka till målet ('goals agree "
        "faster-replies --commit')"
    ]


def test_at_commit_time_the_committer_counts(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.write(PATH, ACCEPTED.replace("---\n# ", BLOCK + "---\n# ", 1))
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", MANAGER[1])
    assert problems(capsys) == [
        (
            "A010",
            "this agreement is being committed by erik@example.com, not by anna@example.com; "
            "only anna@example.com records it: ask them to run 'goals agree faster-replies "
            "--commit'",
        )
    ]
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", OWNER[1])
    assert problems(capsys) == []


def test_a_block_naming_the_manager_is_not_an_agreement(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(
        PATH,
        ACCEPTED.replace("---\n# ", BLOCK + "---\n# ", 1).replace(
            "  by: anna@example.com", "  by: erik@example.com"
        ),
    )
    repo.commit("Agree", name=MANAGER[0], email=MANAGER[1])
    assert problems(capsys) == [
        (
            "A010",
            "agreed by erik@example.com, but the goal's owner is anna@example.com; only the owner "
            "agrees to a goal: ask anna@example.com to run 'goals agree faster-replies'",
        )
    ]


def test_a_target_moved_after_the_agreement_makes_it_stale(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    as_person(repo, OWNER)
    assert run(capsys, "agree", "faster-replies", "--commit")[0] == 0
    # the manager moves the target and accepts the goal again, without asking her
    text = (repo.path / PATH).read_text(encoding="utf-8").replace("target: 24", "target: 30")
    repo.write(PATH, text.replace("till 24 timmar", "till 30 timmar"))
    as_person(repo, MANAGER)
    assert run(capsys, "accept", "faster-replies", "--commit")[0] == 0
    assert problems(capsys) == [
        (
            "A009",
            f"the agreement by anna@example.com on {TODAY} is stale: metric.target 24 → 30, "
            "statement …48 timmar till [-24-]{+30+} timmar till den… changed since; ask anna@example.com to agree to the goal again ('goals agree "
            "faster-replies') or put the field back",
        )
    ]


def review_flags(capsys: pytest.CaptureFixture[str], base: str) -> list[tuple[str, str]]:
    _, out, _ = run(capsys, "review", f"{base}..HEAD", "--format", "json")
    return [
        (flag["code"], flag["message"])
        for change in json.loads(out)["changes"]
        for flag in change["flags"]
    ]


def test_the_review_tells_who_agreed(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    base = repo.git("rev-parse", "HEAD").strip()
    as_person(repo, OWNER)
    assert run(capsys, "agree", "faster-replies", "--commit")[0] == 0
    sha = repo.git("rev-parse", "HEAD").strip()[:10]
    assert review_flags(capsys, base) == [
        ("C007", f"agreed to by Anna Andersson <anna@example.com> in {sha}")
    ]


def test_the_review_flags_an_agreement_by_the_manager(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    base = repo.git("rev-parse", "HEAD").strip()
    repo.write(PATH, ACCEPTED.replace("---\n# ", BLOCK + "---\n# ", 1))
    sha = repo.commit("Agree for Anna", name=MANAGER[0], email=MANAGER[1])[:10]
    flags = review_flags(capsys, base)
    assert flags == [
        (
            "C008",
            f"agreement recorded by Erik Eriksson <erik@example.com> in {sha}, not by "
            "anna@example.com; only anna@example.com agrees to this goal",
        )
    ]
    # the flag is at error level: the review fails
    code, _, _ = run(capsys, "review", f"{base}..HEAD")
    assert code == 1
