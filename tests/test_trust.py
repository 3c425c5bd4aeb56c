"""Acceptance you can trust: each way an owner might lower her own target without asking ends in
an error, in `goals check` where the work tree tells, and in `goals review BASE..HEAD`. Real
repositories, three identities: Anna (the owner), Erik (her manager), Cecilia (his manager)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from goals_as_code.markdown import parse
from goals_as_code.source import acceptance

from .conftest import Repo, run

OWNER = ("Anna Andersson", "anna@example.com")
MANAGER = ("Erik Eriksson", "erik@example.com")
PATH = "goals/faster-replies.md"
GOAL = """\
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
start: 2017-01-01
deadline: 2017-06-30
metric:
  unit: hours
  direction: decrease
  baseline: 48
  target: 24
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
"""
SELECT = 'select = ["A", "F", "V", "C"]\n'


def block(text: str, by: str, name: str = acceptance.ACCEPTED) -> str:
    """``text`` with ``by``'s acceptance (or agreement) of it as it reads now."""
    doc = parse(text, PATH)
    fingerprint = acceptance.fingerprint(doc.data, doc.statement)
    return acceptance.write(text, acceptance.Accepted(by, "2017-01-05", fingerprint), name)


def agreed_and_accepted(text: str, manager: str = MANAGER[1]) -> str:
    return block(block(text, manager), OWNER[1], acceptance.AGREED)


@pytest.fixture
def base(repo: Repo) -> str:
    """main: Anna's goal, accepted by Erik in his commit and agreed by her in hers."""
    repo.write("goals.toml", SELECT)
    repo.write(PATH, GOAL)
    repo.commit("Add my goal", name=OWNER[0], email=OWNER[1])
    repo.write(PATH, block(GOAL, MANAGER[1]))
    repo.commit("Accept faster-replies", name=MANAGER[0], email=MANAGER[1])
    repo.write(PATH, agreed_and_accepted(GOAL))
    return repo.commit("Agree", name=OWNER[0], email=OWNER[1])


def errors(capsys: pytest.CaptureFixture[str]) -> tuple[int, list[tuple[str, str]]]:
    """`goals check`: the exit code and each error's code and message."""
    code, out, err = run(capsys, "check", "--format", "json")
    assert err == ""
    found = json.loads(out)["problems"]
    return code, [(p["code"], p["message"]) for p in found if p["severity"] == "error"]


def review(capsys: pytest.CaptureFixture[str], base: str) -> tuple[int, list[tuple[str, str]]]:
    """`goals review BASE..HEAD`: the exit code and each error's code and message."""
    code, out, err = run(capsys, "review", f"{base}..HEAD", "--format", "json")
    assert err == ""
    payload: dict[str, Any] = json.loads(out)
    found = [
        (p["code"], p["message"])
        for change in payload["changes"]
        for p in [*change["flags"], *change["problems"]]
        if p["severity"] == "error"
    ]
    return code, found


def lowered(text: str) -> str:
    return text.replace("target: 24", "target: 40").replace("to 24 hours", "to 40 hours")


def commit_as(repo: Repo, message: str, *args: str, env: dict[str, str] | None = None) -> str:
    """Commit what is written with ``git commit ARGS`` as Anna, her own Git identity."""
    repo.git("add", "-A")
    repo.clock += 86_400
    environment = {**os.environ, **(env or {})}
    subprocess.run(
        ["git", "commit", "-q", "-m", message, *args],
        cwd=repo.path,
        env={
            **environment,
            "GIT_AUTHOR_DATE": f"@{repo.clock} +0000",
            "GIT_COMMITTER_DATE": f"@{repo.clock} +0000",
        },
        check=True,
    )
    return repo.git("rev-parse", "HEAD").strip()


@pytest.fixture
def anna(repo: Repo) -> Repo:
    """Anna's own Git configuration, as on her laptop."""
    repo.git("config", "user.name", OWNER[0])
    repo.git("config", "user.email", OWNER[1])
    return repo


def test_a_lowered_target_under_the_old_acceptance_is_stale(
    anna: Repo, base: str, capsys: pytest.CaptureFixture[str]
) -> None:
    anna.write(PATH, lowered(agreed_and_accepted(GOAL)))
    commit_as(anna, "Lower the target")
    code, found = errors(capsys)
    assert (code, [c for c, _ in found]) == (1, ["A005", "A009"])
    code, found = review(capsys, base)
    assert (code, [c for c, _ in found]) == (1, ["A005", "A009"])


def test_an_acceptance_under_the_managers_address_and_the_owners_name(
    anna: Repo, base: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # the fingerprint recomputed, committed with 'git -c user.email=<manager>'
    anna.write(PATH, agreed_and_accepted(lowered(GOAL)))
    sha = commit_as(anna, "Accept", "--quiet")
    anna.git(
        "-c",
        f"user.email={MANAGER[1]}",
        "commit",
        "-q",
        "--amend",
        "--reset-author",
        "-C",
        sha,
        name=OWNER[0],
        email=MANAGER[1],
    )
    sha = anna.git("rev-parse", "HEAD").strip()
    said = (
        f"the acceptance was written in commit {sha[:10]} by Anna Andersson <erik@example.com>: "
        "erik@example.com's address under the name anna@example.com commits under; the address "
        "may be borrowed ('git -c user.email=...'): ask erik@example.com to record it again in a "
        "signed commit ('git commit -S')"
    )
    # her agreement, recomputed in the same commit, is not hers either: it names her address
    # and the commit carries his
    code, found = errors(capsys)
    assert (code, found[0], [c for c, _ in found]) == (1, ("A006", said), ["A006", "A010"])
    code, found = review(capsys, base)
    assert (code, found[0], [c for c, _ in found]) == (1, ("C006", said), ["C006", "C008"])


def test_an_acceptance_committed_with_the_managers_name_as_author(
    anna: Repo, base: str, capsys: pytest.CaptureFixture[str]
) -> None:
    anna.write(PATH, agreed_and_accepted(lowered(GOAL)))
    sha = commit_as(anna, "Accept", f"--author={MANAGER[0]} <{MANAGER[1]}>")
    said = (
        f"the acceptance was written in commit {sha[:10]}, authored by Erik Eriksson "
        "<erik@example.com> but committed by Anna Andersson <anna@example.com>: someone other "
        "than erik@example.com made or rewrote that commit ('--author', '--amend', a rebase); "
        "ask erik@example.com to record it again ('goals accept faster-replies --commit')"
    )
    code, found = errors(capsys)
    assert (code, found[0], [c for c, _ in found]) == (1, ("A006", said), ["A006", "A010"])
    code, found = review(capsys, base)
    assert (code, found[0], [c for c, _ in found]) == (1, ("C006", said), ["C006", "C008"])


def test_an_amended_acceptance_commit_of_the_manager(
    anna: Repo, base: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Erik accepts a goal change; Anna amends his commit to a lower target
    anna.write(PATH, agreed_and_accepted(GOAL.replace("target: 24", "target: 20")))
    anna.commit("Accept 20", name=MANAGER[0], email=MANAGER[1])
    anna.write(PATH, agreed_and_accepted(lowered(GOAL)))
    anna.git("add", "-A")
    anna.git("commit", "-q", "--amend", "--no-edit", name=OWNER[0], email=OWNER[1])
    sha = anna.git("rev-parse", "HEAD").strip()
    assert anna.git("log", "-1", "--format=%ae %ce").split() == [MANAGER[1], OWNER[1]]
    codes = ["A006", "A010"]  # her agreement, in his commit, is not hers either
    code, found = errors(capsys)
    assert (code, [c for c, _ in found]) == (1, codes)
    assert f"written in commit {sha[:10]}, authored by Erik Eriksson" in found[0][1]
    code, found = review(capsys, base)
    assert (code, [c for c, _ in found]) == (1, ["C006", "C008"])


def test_a_goal_cannot_suppress_its_own_stale_acceptance(
    anna: Repo, base: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = lowered(agreed_and_accepted(GOAL)).replace(
        "status: active\n", 'status: active\nsuppress:\n  stale-acceptance: "agreed orally"\n'
    )
    anna.write(PATH, text)
    commit_as(anna, "Lower the target")
    gate = (
        "'suppress: stale-acceptance' cannot switch off A005 (stale-acceptance): the acceptance "
        "cannot be switched off by the goal it guards; remove the entry, and record the "
        "acceptance or the agreement again ('goals accept' / 'goals agree')"
    )
    code, found = errors(capsys)
    assert (code, [c for c, _ in found]) == (1, ["F012", "A005", "A009"])
    assert found[0][1] == gate
    code, found = review(capsys, base)
    assert (code, [c for c, _ in found]) == (1, ["F012", "A005", "A009"])


def test_a_goals_folder_moved_to_nowhere_is_judged_by_the_base(
    anna: Repo, base: str, capsys: pytest.CaptureFixture[str]
) -> None:
    anna.write("goals.toml", SELECT + 'goals-dir = "nowhere"\n')
    anna.write(PATH, lowered(agreed_and_accepted(GOAL)))
    commit_as(anna, "Move the goals")
    code, found = review(capsys, base)
    assert code == 1
    assert found == [
        ("A005", found[0][1]),
        ("A009", found[1][1]),
        (
            "C011",
            "the setting goals-dir changed from (none) to nowhere: it decides what is checked, "
            "and this change is judged by the base's; make it in a change of its own, reviewed "
            "by an admin",
        ),
    ]


@pytest.mark.parametrize(
    ("setting", "key", "old", "new"),
    [
        ('ignore = ["A"]\n', "ignore", "(none)", "[A]"),
        (
            '[rules.A006]\nadmins = ["anna@example.com"]\n',
            "rules.A006.admins",
            "(none)",
            "[anna@example.com]",
        ),
        ('[severity]\nA005 = "info"\n', "severity.A005", "(none)", "info"),
    ],
)
def test_a_configuration_that_switches_the_gate_off_is_an_error(
    anna: Repo,
    base: str,
    capsys: pytest.CaptureFixture[str],
    setting: str,
    key: str,
    old: str,
    new: str,
) -> None:
    anna.write("goals.toml", SELECT + setting)
    anna.write(PATH, lowered(agreed_and_accepted(GOAL)))
    commit_as(anna, "Lower the target")
    code, found = review(capsys, base)
    assert code == 1
    assert [c for c, _ in found] == ["A005", "A009", "C011"]
    assert found[-1][1].startswith(f"the setting {key} changed from {old} to {new}:")


def test_a_manager_changed_to_an_address_the_owner_controls(
    anna: Repo, base: str, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = "anna.private@example.com"
    text = lowered(GOAL).replace(f"manager: {MANAGER[1]}", f"manager: {mine}")
    anna.write(PATH, block(text, OWNER[1], acceptance.AGREED))
    change = commit_as(anna, "New manager")
    anna.write(PATH, agreed_and_accepted(text, mine))
    anna.commit("Accept", name="A. A.", email=mine)
    said = (
        f"the manager changed from erik@example.com to {mine} in commit {change[:10]} by Anna "
        "Andersson <anna@example.com>; after a change of manager the acceptance counts only when "
        "the previous manager made the change or the new one signed the acceptance: ask "
        f"erik@example.com to make the change, or {mine} to accept the goal in a signed commit"
    )
    assert errors(capsys) == (1, [("A006", said)])
    # the review sees the change of manager; who made it is A006's, from the history
    code, found = review(capsys, base)
    assert code == 1
    assert [c for c, _ in found] == ["C010"]
    assert found[0][1] == (
        f"the manager changed from erik@example.com to {mine}: who accepts the goal changed; "
        f"the previous manager makes or approves the change, or {mine} accepts the goal in a "
        "signed commit"
    )


def test_a_handover_by_the_previous_manager_counts(
    repo: Repo, base: str, capsys: pytest.CaptureFixture[str]
) -> None:
    new = ("Cecilia Carlsson", "cecilia@example.com")
    text = GOAL.replace(f"manager: {MANAGER[1]}", f"manager: {new[1]}")
    repo.write(
        PATH, block(GOAL, MANAGER[1]).replace(f"manager: {MANAGER[1]}", f"manager: {new[1]}")
    )
    repo.commit("Cecilia takes over", name=MANAGER[0], email=MANAGER[1])
    repo.write(PATH, block(text, new[1]))
    repo.commit("Accept", name=new[0], email=new[1])
    repo.write(PATH, agreed_and_accepted(text, new[1]))
    repo.commit("Agree", name=OWNER[0], email=OWNER[1])
    assert errors(capsys) == (0, [])
    repo.write("goals.toml", SELECT + '[rules.A006]\nmanager-change = "signed"\n')
    code, found = errors(capsys)
    assert (code, [c for c, _ in found]) == (1, ["A006"])


# --- signatures -----------------------------------------------------------------------------


def keygen(folder: Path, name: str) -> tuple[Path, str]:
    """A throwaway SSH key: its private file and its public line."""
    key = folder / name
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", str(key)], check=True
    )
    return key, key.with_suffix(".pub").read_text().strip()


def signed_commit(repo: Repo, key: Path, message: str, who: tuple[str, str]) -> str:
    repo.git("add", "-A", name=who[0], email=who[1])
    repo.clock += 86_400
    repo.git(
        "-c",
        "gpg.format=ssh",
        "-c",
        f"user.signingkey={key}",
        "commit",
        "-q",
        "-S",
        "-m",
        message,
        name=who[0],
        email=who[1],
    )
    return repo.git("rev-parse", "HEAD").strip()


def test_a_signature_by_a_key_listed_for_another_address_never_vouches(
    repo: Repo, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # eli@example.com signs for manager li@example.com: the old substring match let it pass
    key, public = keygen(tmp_path, "eli")
    repo.write("goals.toml", SELECT + 'allowed-signers = ".goals/allowed_signers"\n')
    repo.write(".goals/allowed_signers", f"eli@example.com {public}\n")
    text = GOAL.replace(f"manager: {MANAGER[1]}", "manager: li@example.com")
    repo.write(PATH, text)
    repo.commit("Add my goal", name=OWNER[0], email=OWNER[1])
    repo.write(PATH, agreed_and_accepted(text, "li@example.com"))
    sha = signed_commit(repo, key, "Accept", OWNER)
    code, found = errors(capsys)
    assert code == 1
    assert found == [
        (
            "A006",
            f"the acceptance was recorded by Anna Andersson <anna@example.com> in commit "
            f"{sha[:10]}, not by li@example.com (the commit is signed, %G? G, by "
            "eli@example.com: not a good signature by li@example.com); ask li@example.com to "
            "accept the goal ('goals accept faster-replies --commit')",
        )
    ]


@pytest.fixture
def signing(repo: Repo, tmp_path: Path) -> tuple[Path, Path]:
    """Signatures required; Erik's and Anna's keys listed in the repository."""
    erik, erik_public = keygen(tmp_path, "erik")
    anna, anna_public = keygen(tmp_path, "anna")
    repo.write(
        "goals.toml",
        SELECT + 'require-signatures = true\nallowed-signers = ".goals/allowed_signers"\n',
    )
    repo.write(".goals/allowed_signers", f"{MANAGER[1]} {erik_public}\n{OWNER[1]} {anna_public}\n")
    repo.write(PATH, GOAL)
    repo.commit("Add my goal", name=OWNER[0], email=OWNER[1])
    return erik, anna


def test_with_signatures_required_only_a_signed_acceptance_counts(
    repo: Repo, signing: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    erik, anna = signing
    repo.write(PATH, block(GOAL, MANAGER[1]))
    unsigned = repo.commit("Accept", name=MANAGER[0], email=MANAGER[1])
    said = (
        f"the acceptance was written in commit {unsigned[:10]} by Erik Eriksson "
        "<erik@example.com>, without a good signature by a key listed for erik@example.com in "
        ".goals/allowed_signers; this repository requires signatures ('require-signatures'): ask "
        "erik@example.com to record it in a signed commit ('goals accept faster-replies --commit' "
        "with 'git config commit.gpgsign true')"
    )
    assert errors(capsys) == (1, [("A006", said)])
    repo.write(PATH, agreed_and_accepted(GOAL))
    signed_commit(repo, anna, "Agree", OWNER)  # her agreement, signed; his acceptance is older
    assert [c for c, _ in errors(capsys)[1]] == ["A006"]
    base = repo.git("rev-parse", "HEAD").strip()
    repo.write(PATH, agreed_and_accepted(GOAL).replace("2017-01-05", "2017-01-06", 1))
    signed_commit(repo, erik, "Accept, signed", MANAGER)
    assert errors(capsys) == (0, [])
    assert review(capsys, base) == (0, [])


def test_with_signatures_required_the_owners_key_does_not_vouch_for_the_manager(
    repo: Repo, signing: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, anna = signing
    base = repo.git("rev-parse", "HEAD").strip()
    repo.write(PATH, agreed_and_accepted(GOAL))
    sha = signed_commit(repo, anna, "Accept and agree", OWNER)
    code, found = errors(capsys)
    assert (code, [c for c, _ in found]) == (1, ["A006"])
    assert "(the commit is signed, %G? G, by anna@example.com" in found[0][1]
    code, found = review(capsys, base)
    assert (code, [c for c, _ in found]) == (1, ["C006"])
    assert sha[:10] in found[0][1]


def test_a_key_added_to_the_signers_file_in_the_branch_is_an_error_and_does_not_vouch(
    repo: Repo, signing: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    base = repo.git("rev-parse", "HEAD").strip()
    mine, public = keygen(tmp_path, "mine")
    signers = (repo.path / ".goals/allowed_signers").read_text()
    repo.write(".goals/allowed_signers", signers + f"{MANAGER[1]} {public}\n")
    repo.write(PATH, agreed_and_accepted(GOAL))
    signed_commit(repo, mine, "Accept", OWNER)
    code, found = review(capsys, base)
    assert code == 1
    assert [c for c, _ in found] == ["C006", "C008", "C011"]
    assert found[2][1].startswith("the allowed-signers file gained 'erik@example.com ssh-ed25519 …")


@pytest.mark.usefixtures("signing")
def test_with_signatures_required_the_hook_asks_for_a_signed_commit(
    repo: Repo,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repo.write(PATH, block(GOAL, MANAGER[1]))  # about to be committed by Erik
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", MANAGER[1])
    assert errors(capsys) == (
        1,
        [
            (
                "A006",
                "the acceptance is being committed without a signature, and this repository "
                "requires signatures ('require-signatures'): commit it signed ('git commit -S', "
                "or 'git config commit.gpgsign true' with a signing key listed for "
                "erik@example.com in .goals/allowed_signers)",
            )
        ],
    )
    repo.git("config", "commit.gpgsign", "true")
    assert errors(capsys) == (0, [])


def test_a_new_managers_signed_acceptance_counts_after_a_change_by_the_owner(
    repo: Repo, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    new = ("Cecilia Carlsson", "cecilia@example.com")
    key, public = keygen(tmp_path, "cecilia")
    repo.write("goals.toml", SELECT + 'allowed-signers = ".goals/allowed_signers"\n')
    repo.write(".goals/allowed_signers", f"{new[1]} {public}\n")
    repo.write(PATH, agreed_and_accepted(GOAL))
    repo.commit("Goal", name=OWNER[0], email=OWNER[1])
    text = GOAL.replace(f"manager: {MANAGER[1]}", f"manager: {new[1]}")
    repo.write(PATH, block(text, OWNER[1], acceptance.AGREED))
    repo.commit("Cecilia is my manager now", name=OWNER[0], email=OWNER[1])
    repo.write(PATH, agreed_and_accepted(text, new[1]))
    repo.commit("Accept", name=new[0], email=new[1])
    assert [c for c, _ in errors(capsys)[1]] == ["A006"]  # Anna changed it; unsigned
    repo.write(PATH, agreed_and_accepted(text, new[1]).replace("2017-01-05", "2017-01-06", 1))
    signed_commit(repo, key, "Accept, signed", new)
    assert errors(capsys) == (0, [])
    repo.write("goals.toml", SELECT + '[rules.A006]\nmanager-change = "previous"\n')
    assert [c for c, _ in errors(capsys)[1]] == ["A006"]


@pytest.mark.parametrize(
    ("signer", "expected", "vouches"),
    [
        ("erik@example.com", "erik@example.com", True),
        ("Erik@Example.com", "erik@example.com", True),
        ("Erik Eriksson <erik@example.com>", "erik@example.com", True),  # a GPG user id
        ("eli@example.com", "li@example.com", False),
        ("Eli <eli@example.com>", "li@example.com", False),
        ("erik@example.com.evil", "erik@example.com", False),
    ],
)
def test_a_signer_vouches_by_exact_address_only(signer: str, expected: str, vouches: bool) -> None:
    from goals_as_code.history import provenance

    record = provenance.Record(False, "anna@example.com", "Anna", "0" * 40, "G", signer, None, None)
    assert provenance.signed_by(record, expected) is vouches
    assert provenance.signed_by(record._replace(signature="U"), expected) is False


def test_accept_and_agree_commit_signed_when_signatures_are_required(
    repo: Repo, signing: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    erik, anna = signing
    repo.git("config", "gpg.format", "ssh")
    for (name, email), key, verb in ((MANAGER, erik, "accept"), (OWNER, anna, "agree")):
        repo.git("config", "user.name", name)
        repo.git("config", "user.email", email)
        repo.git("config", "user.signingkey", str(key))
        code, _, err = run(capsys, verb, "faster-replies", "--commit")
        assert (code, err) == (0, "")
        signers = f"gpg.ssh.allowedSignersFile={repo.path / '.goals/allowed_signers'}"
        assert repo.git("-c", signers, "log", "-1", "--format=%G? %GS %ae").split() == [
            "G",
            email,
            email,
        ]
    assert errors(capsys) == (0, [])
