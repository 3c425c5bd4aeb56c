"""goals accept and the A rules, in real repositories with pinned identities and dates."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from goals_as_code.markdown import parse
from goals_as_code.source import acceptance, fields
from tests.conftest import GOOD_GOAL, Repo, imported_by, run

MANAGER = ("Erik Eriksson", "erik@example.com")
OWNER = ("Anna Andersson", "anna@example.com")
PATH = "goals/faster-replies.md"


# Only the families these tests are about, so that rules added later do not change the counts;
# alignment to a parent (no-parent) has tests of its own.
SELECT = 'select = ["A", "F", "V", "L"]\nignore = ["missing-agreement", "no-parent"]\n'


@pytest.fixture
def repo(repo: Repo) -> Repo:
    repo.write("goals.toml", SELECT)
    return repo


TODAY = "2017-03-31"  # GOALS_TODAY, as tests/conftest.py sets it: accept dates it like check


def accepted_repo(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    """The owner writes the goal; the manager accepts it and commits."""
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal", name=OWNER[0], email=OWNER[1])
    repo.git("config", "user.email", MANAGER[1])
    repo.git("config", "user.name", MANAGER[0])
    code, _, err = run(capsys, "accept", "faster-replies")
    assert code == 0, err
    repo.commit("Accept faster-replies", name=MANAGER[0], email=MANAGER[1])


def codes(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, object]]]:
    code, out, _ = run(capsys, "check", "--format", "json", *args)
    return code, json.loads(out)["problems"]


# --- the fingerprint ------------------------------------------------------------------------


def test_fingerprint_is_sha256_over_sorted_json() -> None:
    doc = parse(GOOD_GOAL, "g.md")
    import hashlib

    canonical = json.dumps(
        acceptance.defining(doc.data, doc.statement),
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    expected = "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()
    assert acceptance.fingerprint(doc.data, doc.statement) == expected
    assert json.loads(canonical)["metric.target"] == 24
    assert set(json.loads(canonical)) == set(fields.DEFINING)


def test_progress_does_not_change_the_fingerprint() -> None:
    doc = parse(GOOD_GOAL, "g.md")
    moved = parse(
        GOOD_GOAL.replace("current: 36", "current: 30")
        .replace("as_of: 2017-03-31", "as_of: 2017-04-30")
        .replace("owner: 0.7", "owner: 0.4")
        .replace("status: active", "status: achieved")
        + "\nNotes below the statement.\n",
        "g.md",
    )
    assert acceptance.fingerprint(doc.data, doc.statement) == acceptance.fingerprint(
        moved.data, moved.statement
    )


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("target: 24", "target: 30", "metric.target"),
        ("baseline: 48", "baseline: 40", "metric.baseline"),
        ("direction: decrease", "direction: at_most", "metric.direction"),
        ("unit: hours", "unit: days", "metric.unit"),
        ("deadline: 2017-06-30", "deadline: 2017-09-30", "deadline"),
        ("start: 2017-01-01", "start: 2017-02-01", "start"),
        ("owner: anna@example.com", "owner: bo@example.com", "owner"),
        ("manager: erik@example.com", "manager: eva@example.com", "manager"),
        ("till 24 timmar", "till 30 timmar", "statement"),
        ("status: active", "status: active\nparent: other", "parent"),
        ("status: active", "status: active\nkpi: reply-time", "kpi"),
    ],
)
def test_each_defining_field_changes_the_fingerprint(old: str, new: str, field: str) -> None:
    doc = parse(GOOD_GOAL, "g.md")
    changed = parse(GOOD_GOAL.replace(old, new), "g.md")
    assert acceptance.fingerprint(doc.data, doc.statement) != acceptance.fingerprint(
        changed.data, changed.statement
    )
    found = acceptance.changes(
        acceptance.defining(doc.data, doc.statement),
        acceptance.defining(changed.data, changed.statement),
    )
    assert [change.field for change in found] == [field]


def test_a_whole_number_written_as_float_is_the_same_target() -> None:
    doc = parse(GOOD_GOAL, "g.md")
    same = parse(GOOD_GOAL.replace("target: 24", "target: 24.0"), "g.md")
    assert acceptance.fingerprint(doc.data, doc.statement) == acceptance.fingerprint(
        same.data, same.statement
    )


# --- writing the block ------------------------------------------------------------------------

BLOCK = acceptance.Accepted("erik@example.com", "2017-01-05", "sha256:" + "a" * 64)


def test_insert_keeps_every_other_byte() -> None:
    text = GOOD_GOAL.replace("status: active", "status: 'active'   # agreed in January")
    written = acceptance.write(text, BLOCK)
    head, _, tail = text.partition("---\n#")
    assert written == head + acceptance.render(BLOCK) + "---\n#" + tail
    assert parse(written, "g.md").data["accepted"]["by"] == "erik@example.com"


def test_replace_changes_only_the_block() -> None:
    text = GOOD_GOAL.replace(
        "status: active\n",
        "status: active\naccepted: {by: bo@example.com, on: 2016-12-01,\n"
        '  fingerprint: "sha256:00"}\n# a comment kept\nweight: 2\n',
    )
    written = acceptance.write(text, BLOCK)
    before, _, _ = text.partition("accepted:")
    _, _, after = text.partition('"sha256:00"}\n')
    assert written == before + acceptance.render(BLOCK) + after
    assert after.startswith("# a comment kept\nweight: 2\n---\n")
    doc = parse(written, "g.md")
    assert doc.data["accepted"]["on"] == "2017-01-05"
    assert doc.data["weight"] == 2


def test_crlf_files_keep_their_line_endings() -> None:
    text = GOOD_GOAL.replace("\n", "\r\n")
    written = acceptance.write(text, BLOCK)
    assert "\n" not in written.replace("\r\n", "")
    assert written.replace(acceptance.render(BLOCK, "\r\n"), "") == text


def test_odd_identities_are_quoted() -> None:
    odd = BLOCK._replace(by="erik: the boss", acting="#admin")
    doc = parse(acceptance.write(GOOD_GOAL, odd), "g.md")
    assert doc.data["accepted"]["by"] == "erik: the boss"
    assert doc.data["accepted"]["as"] == "#admin"


# --- goals accept ------------------------------------------------------------------------------


def test_manager_accepts(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal")
    repo.git("config", "user.email", MANAGER[1])
    code, out, _ = run(capsys, "accept", "faster-replies")
    assert code == 0
    assert "accepted 'faster-replies' as erik@example.com" in out
    written = (repo.path / PATH).read_text()
    doc = parse(written, PATH)
    assert doc.data["accepted"] == {
        "by": MANAGER[1],
        "on": TODAY,
        "fingerprint": acceptance.fingerprint(doc.data, doc.statement),
    }
    assert (
        written.replace(acceptance.render(acceptance.Accepted(**doc.data["accepted"])), "")
        == GOOD_GOAL
    )
    assert codes(capsys)[1] == []


def test_dry_run_writes_nothing(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.git("config", "user.email", MANAGER[1])
    code, out, _ = run(capsys, "accept", "faster-replies", "--dry-run")
    assert code == 0
    assert f"  by: {MANAGER[1]}\n  on: {TODAY}\n  fingerprint: sha256:" in out
    assert (repo.path / PATH).read_text() == GOOD_GOAL


def test_admin_accepts_on_behalf_and_is_recorded(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal")
    repo.git("config", "user.email", "root@example.com")
    assert run(capsys, "accept", "faster-replies", "--as", "bo@example.com")[0] == 1
    code, _, _ = run(capsys, "accept", "faster-replies", "--as", MANAGER[1])
    assert code == 0
    block = parse((repo.path / PATH).read_text(), PATH).data["accepted"]
    assert block["by"] == MANAGER[1]
    assert block["as"] == "root@example.com"
    repo.commit("Accept for Erik", name="Root", email="root@example.com")
    _, problems = codes(capsys)
    assert [p["code"] for p in problems] == ["A006"]
    assert "root@example.com on behalf of erik@example.com" in str(problems[0]["message"])
    repo.write("goals.toml", SELECT + '[rules.A006]\nadmins = ["root@example.com"]\n')
    assert codes(capsys) == (0, [])


def test_accept_commit_commits_as_the_manager(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal")
    repo.git("config", "user.email", MANAGER[1])
    repo.git("config", "user.name", MANAGER[0])
    code, out, _ = run(capsys, "accept", "faster-replies", "--commit")
    assert code == 0
    assert "committed goals/faster-replies.md" in out
    log = repo.git("log", "-1", "--format=%ae %s")
    assert log.strip() == "erik@example.com Accept goal faster-replies"
    assert repo.git("status", "--porcelain") == ""
    assert codes(capsys) == (0, [])


@pytest.mark.parametrize(
    ("text", "ident", "code", "said"),
    [
        (GOOD_GOAL, "faster-reply", 2, "did you mean 'faster-replies'"),
        (GOOD_GOAL.replace("manager: erik@example.com\n", ""), "faster-replies", 1, "no manager"),
        (GOOD_GOAL.replace("kind: goal", "kind: kpi"), "faster-replies", 2, "not a goal"),
    ],
)
def test_accept_errors(
    repo: Repo, capsys: pytest.CaptureFixture[str], text: str, ident: str, code: int, said: str
) -> None:
    repo.write(PATH, text)
    repo.git("config", "user.email", MANAGER[1])
    got, _, err = run(capsys, "accept", ident)
    assert got == code
    assert said in err
    assert (repo.path / PATH).read_text() == text


def test_no_identity_is_a_setup_error(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write(PATH, GOOD_GOAL)
    code, _, err = run(capsys, "accept", "faster-replies")
    assert code == 2
    assert "git config user.email" in err


# --- in each language: what it says follows `language` and --lang; the block it writes does not

SAID = {
    "en": {
        "dry-run": f"# {PATH}: the block 'goals accept' would write",
        "accepted": f"{PATH}: accepted 'faster-replies' as {MANAGER[1]} (sha256:",
        "again": f"{PATH}: already accepted by {MANAGER[1]} on {TODAY}; unchanged",
        "owner": (
            f"goals accept: refused: {PATH}: you are {OWNER[1]}, but the goal's manager is "
            f"{MANAGER[1]}; only the manager accepts a goal (an administrator may use "
            f"--as {MANAGER[1]}, which is recorded)"
        ),
        "as-other": (
            f"goals accept: refused: {PATH}: --as {OWNER[1]} does not name the goal's manager, "
            f"{MANAGER[1]}"
        ),
        "no-manager": (
            f"goals accept: refused: {PATH}: the goal names no manager; "
            "add 'manager: <e-mail>' first"
        ),
    },
    "sv": {
        "dry-run": f"# {PATH}: blocket som 'goals accept' skulle skriva",
        "accepted": f"{PATH}: godkände 'faster-replies' som {MANAGER[1]} (sha256:",
        "again": f"{PATH}: redan godkänt av {MANAGER[1]} {TODAY}; oförändrat",
        "owner": (
            f"goals accept: nekas: {PATH}: du är {OWNER[1]}, men målets chef är {MANAGER[1]}; "
            "bara chefen godkänner ett mål (en administratör kan använda "
            f"--as {MANAGER[1]}, vilket registreras)"
        ),
        "as-other": (
            f"goals accept: nekas: {PATH}: --as {OWNER[1]} anger inte målets chef, {MANAGER[1]}"
        ),
        "no-manager": (
            f"goals accept: nekas: {PATH}: målet anger ingen chef; lägg först till "
            "'manager: <e-post>'"
        ),
    },
}


FINGERPRINT = "bcec8d4cce817feba68de1c024dfd0876e4416f1e7e000cdc22c7eb69e75b8bb"  # GOOD_GOAL's


def in_language(repo: Repo, lang: str) -> None:
    repo.write("goals.toml", f'language = "{lang}"\n{SELECT}')
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal")


@pytest.mark.parametrize("lang", list(SAID))
def test_the_manager_accepts_in_each_language(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    in_language(repo, lang)
    repo.git("config", "user.email", MANAGER[1])
    block = f"accepted:\n  by: {MANAGER[1]}\n  on: {TODAY}\n  fingerprint: sha256:{FINGERPRINT}\n"
    code, out, err = run(capsys, "accept", "faster-replies", "--dry-run")
    assert (code, out, err) == (0, f"{SAID[lang]['dry-run']}\n{block}", "")
    assert (repo.path / PATH).read_text() == GOOD_GOAL
    code, out, err = run(capsys, "accept", "faster-replies")
    assert (code, out, err) == (0, f"{SAID[lang]['accepted']}{FINGERPRINT[:12]}…)\n", "")
    assert block in (repo.path / PATH).read_text()  # the block's keys stay English
    code, out, err = run(capsys, "accept", "faster-replies")
    assert (code, out, err) == (0, SAID[lang]["again"] + "\n", "")


@pytest.mark.parametrize("lang", list(SAID))
def test_the_owner_is_refused_in_each_language(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    in_language(repo, lang)
    repo.git("config", "user.email", OWNER[1])
    code, out, err = run(capsys, "accept", "faster-replies")
    assert (code, out, err) == (1, "", SAID[lang]["owner"] + "\n")
    code, out, err = run(capsys, "accept", "faster-replies", "--as", OWNER[1])
    assert (code, out, err) == (1, "", SAID[lang]["as-other"] + "\n")
    assert (repo.path / PATH).read_text() == GOOD_GOAL


@pytest.mark.parametrize(("lang", "other"), [("sv", "en"), ("en", "sv")])
def test_lang_wins_over_the_language_of_the_config(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str, other: str
) -> None:
    in_language(repo, lang)
    repo.git("config", "user.email", OWNER[1])
    code, out, err = run(capsys, "accept", "faster-replies", "--lang", other)
    assert (code, out, err) == (1, "", SAID[other]["owner"] + "\n")


@pytest.mark.parametrize("lang", list(SAID))
def test_a_goal_without_manager_is_refused_in_each_language(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    in_language(repo, lang)
    repo.write(PATH, GOOD_GOAL.replace("manager: erik@example.com\n", ""))
    repo.git("config", "user.email", MANAGER[1])
    code, out, err = run(capsys, "accept", "faster-replies")
    assert (code, out, err) == (1, "", SAID[lang]["no-manager"] + "\n")


# --- the rules ---------------------------------------------------------------------------------


def test_active_goal_without_acceptance_is_a_warning(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, GOOD_GOAL)
    code, problems = codes(capsys)
    assert code == 0
    assert [(p["code"], p["line"], p["severity"]) for p in problems] == [("A004", 16, "warning")]
    assert "erik@example.com runs 'goals accept faster-replies'" in str(problems[0]["message"])
    repo.write(PATH, GOOD_GOAL.replace("status: active", "status: draft"))
    assert codes(capsys) == (0, [])


def test_checkin_keeps_the_acceptance(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    accepted_repo(repo, capsys)
    text = (repo.path / PATH).read_text()
    repo.write(PATH, text.replace("current: 36", "current: 28").replace("owner: 0.7", "owner: 0.9"))
    repo.commit("Check in", name=OWNER[0], email=OWNER[1])
    assert codes(capsys) == (0, [])


def test_moved_target_makes_the_acceptance_stale_naming_the_field(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    accepted_repo(repo, capsys)
    text = (repo.path / PATH).read_text()
    repo.write(PATH, text.replace("target: 24", "target: 30"))
    repo.commit("Ease the target", name=OWNER[0], email=OWNER[1])
    code, problems = codes(capsys)
    assert code == 1
    assert [(p["code"], p["line"]) for p in problems] == [("A005", 17)]
    message = str(problems[0]["message"])
    assert "the acceptance by erik@example.com on" in message
    assert "metric.target 24 → 30 changed since" in message


def test_stale_without_git_says_the_fingerprint_no_longer_matches(
    tmp_path: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path)) / "plain"
    (folder / "goals").mkdir(parents=True)
    doc = parse(GOOD_GOAL, PATH)
    block = acceptance.Accepted(
        MANAGER[1], "2017-01-05", acceptance.fingerprint(doc.data, doc.statement)
    )
    (folder / PATH).write_text(
        acceptance.write(GOOD_GOAL, block).replace("target: 24", "target: 30")
    )
    (folder / "goals.toml").write_text(SELECT)
    monkeypatch.chdir(folder)
    code, problems = codes(capsys)
    assert code == 1
    assert [p["code"] for p in problems] == ["A005"]
    assert "fingerprint no longer matches" in str(problems[0]["message"])


def test_acceptance_committed_by_the_owner_is_flagged_with_her_name(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal", name=OWNER[0], email=OWNER[1])
    doc = parse(GOOD_GOAL, PATH)
    block = acceptance.Accepted(
        MANAGER[1], "2017-01-05", acceptance.fingerprint(doc.data, doc.statement)
    )
    repo.write(PATH, acceptance.write(GOOD_GOAL, block))
    sha = repo.commit("Accept it myself", name=OWNER[0], email=OWNER[1])
    code, problems = codes(capsys)
    assert code == 1
    assert [p["code"] for p in problems] == ["A006"]
    assert (
        f"recorded by Anna Andersson <anna@example.com> in commit {sha[:10]}, not by erik@example.com"
        in str(problems[0]["message"])
    )


def test_staged_acceptance_is_checked_against_the_committer(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal")
    repo.git("config", "user.email", MANAGER[1])
    assert run(capsys, "accept", "faster-replies")[0] == 0
    assert codes(capsys) == (0, [])  # the manager is about to commit it
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", OWNER[1])
    code, problems = codes(capsys)
    assert code == 1
    assert [p["code"] for p in problems] == ["A006"]
    assert "being committed by anna@example.com, not by erik@example.com" in str(
        problems[0]["message"]
    )


def test_accepted_by_someone_who_is_not_the_manager(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = parse(GOOD_GOAL, PATH)
    block = acceptance.Accepted(
        OWNER[1], "2017-01-05", acceptance.fingerprint(doc.data, doc.statement)
    )
    repo.write(PATH, acceptance.write(GOOD_GOAL, block))
    repo.commit("Accept", name=OWNER[0], email=OWNER[1])
    _, problems = codes(capsys)
    assert [p["code"] for p in problems] == ["A006"]
    assert "accepted by anna@example.com, but the goal's manager is erik@example.com" in str(
        problems[0]["message"]
    )


PARENT = """\
---
id: happy-customers
kind: goal
owner: erik@example.com
manager: maria@example.com
deadline: 2017-12-31
metric: {unit: NPS, direction: increase, baseline: 20, target: 40}
status: draft
---
# I will raise our NPS from 20 to 40 by 31 December 2017
"""


def test_child_rests_on_a_changed_parent(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("goals/happy-customers.md", PARENT)
    repo.write(PATH, GOOD_GOAL.replace("status: active", "status: active\nparent: happy-customers"))
    repo.commit("Add goals", name=OWNER[0], email=OWNER[1])
    repo.git("config", "user.email", MANAGER[1])
    assert run(capsys, "accept", "faster-replies")[0] == 0
    parent_doc = parse(PARENT, "p.md")
    block = parse((repo.path / PATH).read_text(), PATH).data["accepted"]
    assert block["parent"] == acceptance.fingerprint(parent_doc.data, parent_doc.statement)
    repo.commit("Accept", name=MANAGER[0], email=MANAGER[1])
    assert codes(capsys) == (0, [])
    repo.write("goals/happy-customers.md", PARENT.replace("target: 40", "target: 30"))
    repo.commit("Lower the company target", name=MANAGER[0], email="maria@example.com")
    _, problems = codes(capsys)
    assert [(p["code"], p["path"], p["severity"]) for p in problems] == [("A007", PATH, "warning")]
    assert "the parent goal 'happy-customers'" in str(problems[0]["message"])
    assert run(capsys, "accept", "faster-replies", "--commit")[0] == 0
    assert codes(capsys) == (0, [])


def test_git_is_not_imported_without_an_accepted_block(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal")
    assert imported_by(repo.path, ["check"], ["git"])[1] == []


def test_a_check_at_a_head_it_has_seen_reads_no_log_and_no_run_imports_gitpython(
    repo: Repo, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The first check of an accepted goal reads its file's log; a second at the same HEAD, as
    a hook's next commit attempt, gets the same answer from what the first kept, without a
    ``git log``. Neither imports GitPython: Git is started directly."""
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal", name=OWNER[0], email=OWNER[1])
    repo.git("config", "user.email", MANAGER[1])
    assert run(capsys, "accept", "faster-replies")[0] == 0
    repo.commit("Accept", name=MANAGER[0], email=MANAGER[1])

    def twice() -> list[tuple[str, int]]:
        said = []
        for n in range(2):
            trace = tmp_path / f"trace-{n}"
            trace.unlink(missing_ok=True)
            env = {**os.environ, "GIT_TRACE": str(trace)}
            code, found = imported_by(repo.path, ["check", PATH], ["git"], env)
            logs = trace.read_text().count("trace: built-in: git log ")
            said.append((f"{code} {'git' in found}", logs))
        return said

    first, second = twice()
    assert first[0] == second[0] == "0 False"
    assert (first[1] > 0, second[1]) == (True, 0)
    # someone else's acceptance is found as surely the second time
    accepted = (repo.path / PATH).read_text()
    repo.write(PATH, re.sub(r"(?m)^(  on: ).*$", r"\g<1>2017-01-06", accepted))
    assert (repo.path / PATH).read_text() != accepted
    repo.commit("Redate the acceptance", name=OWNER[0], email=OWNER[1])
    first, second = twice()
    assert first[0] == second[0] == "1 False"
    assert (first[1] > 0, second[1]) == (True, 0)


def test_a_commit_signed_by_the_manager_vouches_for_the_acceptance(
    repo: Repo, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    key = tmp_path / "erik_key"
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "erik", "-f", str(key)], check=True
    )
    # the keys that vouch are the repository's own, named in the configuration
    repo.write("goals.toml", SELECT + 'allowed-signers = ".goals/allowed_signers"\n')
    allowed = repo.write(
        ".goals/allowed_signers", f"{MANAGER[1]} {key.with_suffix('.pub').read_text()}"
    )
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal", name=OWNER[0], email=OWNER[1])
    doc = parse(GOOD_GOAL, PATH)
    fingerprint = acceptance.fingerprint(doc.data, doc.statement)
    repo.write(
        PATH,
        acceptance.write(GOOD_GOAL, acceptance.Accepted(MANAGER[1], "2017-01-05", fingerprint)),
    )
    repo.git("config", "gpg.format", "ssh")
    repo.git("config", "user.signingkey", str(key))
    repo.git("add", "-A")
    repo.git("commit", "-q", "-S", "-m", "Accept, signed by Erik", name=OWNER[0], email=OWNER[1])
    assert (
        repo.git(
            "-c", f"gpg.ssh.allowedSignersFile={allowed}", "log", "-1", "--format=%G? %GS %ae"
        ).strip()
        == f"G {MANAGER[1]} {OWNER[1]}"
    )
    assert codes(capsys) == (0, [])
    # the same key, known as someone else's: signed, but not by the manager
    allowed.write_text(f"bo@example.com {key.with_suffix('.pub').read_text()}")
    _, problems = codes(capsys)
    assert [p["code"] for p in problems] == ["A006"]
    assert "recorded by Anna Andersson <anna@example.com> in commit" in str(problems[0]["message"])
    assert (
        "(the commit is signed, %G? G, by bo@example.com: not a good signature by erik@example.com)"
        in str(problems[0]["message"])
    )
    # a signers file of the user's own, outside the repository, vouches for no one
    outside = tmp_path / "allowed_signers"
    outside.write_text(f"{MANAGER[1]} {key.with_suffix('.pub').read_text()}")
    repo.git("config", "gpg.ssh.allowedSignersFile", str(outside))
    repo.write("goals.toml", SELECT)
    _, problems = codes(capsys)
    assert [p["code"] for p in problems] == ["A006"]
    assert "(the commit is signed, %G? U: not a good signature by erik@example.com)" in str(
        problems[0]["message"]
    )


def test_accepting_again_without_a_change_writes_nothing(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    accepted_repo(repo, capsys)
    before = (repo.path / PATH).read_bytes()
    code, out, _ = run(capsys, "accept", "faster-replies")
    assert code == 0
    assert "already accepted by erik@example.com on" in out
    assert (repo.path / PATH).read_bytes() == before


def test_the_plain_hook_refuses_an_acceptance_by_the_owner(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal", name=OWNER[0], email=OWNER[1])
    assert run(capsys, "install-hook")[0] == 0
    doc = parse(GOOD_GOAL, PATH)
    block = acceptance.Accepted(MANAGER[1], TODAY, acceptance.fingerprint(doc.data, doc.statement))
    repo.write(PATH, acceptance.write(GOOD_GOAL, block))
    repo.git("add", "-A")
    repo.git("config", "user.name", OWNER[0])
    repo.git("config", "user.email", OWNER[1])
    done = subprocess.run(
        ["git", "commit", "-q", "-m", "Accept it myself"],
        cwd=repo.path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.splitlines() == [
        f"{PATH}:17:1: A006 [acceptance-not-by-manager] this acceptance is being committed by "
        "anna@example.com, not by erik@example.com; only erik@example.com records it: "
        "ask them to run 'goals accept faster-replies --commit'",
        "Found 1 error in 1 file.",
        "goals-as-code: commit refused; fix the problems above and stage the files again "
        "(or skip the check once with 'git commit --no-verify')",
    ]
    assert repo.git("rev-list", "--count", "HEAD").strip() == "1"
    # the manager's own 'goals accept --commit' passes the same hook
    repo.git("reset", "-q", "--hard")
    repo.git("config", "user.name", MANAGER[0])
    repo.git("config", "user.email", MANAGER[1])
    code, _, err = run(capsys, "accept", "faster-replies", "--commit")
    assert code == 0, err
    assert (
        repo.git("log", "-1", "--format=%ae %s").strip()
        == f"{MANAGER[1]} Accept goal faster-replies"
    )


def test_merging_the_managers_acceptance_is_not_the_owners(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal", name=OWNER[0], email=OWNER[1])
    repo.git("checkout", "-q", "-b", "notes")
    repo.write("notes.md", "# Notes\n")
    repo.commit("Notes", name=OWNER[0], email=OWNER[1])
    repo.git("checkout", "-q", "main")
    repo.git("config", "user.email", MANAGER[1])
    assert run(capsys, "accept", "faster-replies", "--commit")[0] == 0
    repo.git("checkout", "-q", "notes")
    repo.git("merge", "-q", "--no-commit", "--no-ff", "main", name=OWNER[0], email=OWNER[1])
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", OWNER[1])
    assert codes(capsys) == (0, [])
    merged = (repo.path / PATH).read_text()
    assert "accepted:" in merged
    repo.git("merge", "--abort")
    # the same block, copied by hand instead of merged, is the owner's doing
    repo.write(PATH, merged)
    _, problems = codes(capsys)
    assert [p["code"] for p in problems] == ["A006"]


def test_a_goal_without_manager_is_not_asked_for_acceptance(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, GOOD_GOAL.replace("manager: erik@example.com\n", ""))
    assert "A004" not in [p["code"] for p in codes(capsys)[1]]  # A002 asks for a manager
    repo.write(PATH, GOOD_GOAL)
    assert [p["code"] for p in codes(capsys)[1]] == ["A004"]


# --- who wrote the block, found from the file's own history or from the whole history -----------


def test_a_goal_moved_after_its_acceptance_keeps_the_managers_acceptance(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    accepted_repo(repo, capsys)
    (repo.path / "goals" / "anna").mkdir()
    repo.git("mv", PATH, "goals/anna/faster-replies.md")
    repo.commit("Move my goal", name=OWNER[0], email=OWNER[1])
    assert codes(capsys, "goals/anna/faster-replies.md") == (0, [])


def test_a_file_that_had_the_id_for_a_while_counts_as_the_whole_history_says(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    accepted_repo(repo, capsys)
    repo.write("goals/copy.md", GOOD_GOAL)  # the same id, without the block
    repo.commit("Copy my goal", name=OWNER[0], email=OWNER[1])
    (repo.path / "goals" / "copy.md").unlink()
    repo.commit("Remove the copy", name=OWNER[0], email=OWNER[1])
    text = (repo.path / PATH).read_text()
    repo.write(PATH, text.replace("current: 36", "current: 30"))
    sha = repo.commit("Check in", name=OWNER[0], email=OWNER[1])
    _, problems = codes(capsys, PATH)
    # the id's history runs through both files: after the copy, the check-in writes the block
    assert [(p["code"], p["line"]) for p in problems] == [("A006", 17)]
    assert f"in commit {sha[:10]}, not by erik@example.com" in str(problems[0]["message"])


def _git_commands(repo: Repo, *args: str) -> list[str]:
    """The Git commands a ``goals`` run starts, each as its first word."""
    return [line.split()[0] for line in _git_lines(repo, *args)]


@pytest.mark.parametrize(("goals", "whole"), [(1, False), (3, False), (4, True), (8, True)])
def test_a_check_of_more_than_a_few_accepted_goals_reads_the_history_once(
    repo: Repo, capsys: pytest.CaptureFixture[str], goals: int, whole: bool
) -> None:
    """Who wrote each acceptance: a few files ask their own history (a log, a grep, a search per
    file); more read the whole history in one pass from the start. Both give the same answer."""
    repo.git("config", "user.email", MANAGER[1])
    repo.git("config", "user.name", MANAGER[0])
    for n in range(goals):
        ident = f"goal-{n}"
        repo.write(f"goals/{ident}.md", GOOD_GOAL.replace("faster-replies", ident))
        repo.commit(f"Add {ident}", name=OWNER[0], email=OWNER[1])
        assert run(capsys, "accept", ident)[0] == 0
        repo.commit(f"Accept {ident}", name=MANAGER[0], email=MANAGER[1])
    commands = _git_commands(repo, "check")
    passes = [command for command in commands if command == "log"]
    # the whole history is one `git log --raw`; each file alone is a `git log` of its own
    assert ("grep" in commands, len(passes) == 2) == (not whole, whole), commands
    # one staged file asks its own history, however many goals the tree has (the answers kept
    # by HEAD aside: a run after the first asks Git nothing about this HEAD again)
    assert "grep" in _git_commands(repo, "check", "--no-cache", "goals/goal-0.md")
    assert codes(capsys)[1] == []


def _git_lines(repo: Repo, *args: str) -> list[str]:
    """The Git commands a ``goals`` run starts, whole (``GIT_TRACE``)."""
    trace = repo.path.parent / "git-trace-lines.txt"
    trace.unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, "-m", "goals_as_code", *args],
        cwd=repo.path,
        env={**os.environ, "GIT_TRACE": str(trace)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    said = trace.read_text(encoding="utf-8").splitlines()
    return [line.split("built-in: git ", 1)[1] for line in said if "built-in: git " in line]


def test_the_hook_asks_git_only_about_the_commits_since_its_last_run(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    """Whether another file ever held the id, and the names commits were made under, are kept
    by HEAD: the same HEAD asks Git nothing more, a later one only about the commits since; and
    the answer is always the one the whole history gives (``--no-cache`` asks it afresh)."""
    accepted_repo(repo, capsys)
    repo.write("goals/other.md", GOOD_GOAL.replace("faster-replies", "other"))
    head = repo.commit("Add another goal", name=OWNER[0], email=OWNER[1])
    first = _git_lines(repo, "check", PATH)
    assert [line.split()[0] for line in first].count("grep") == 1
    again = _git_lines(repo, "check", PATH)
    assert not [line for line in again if line.startswith("grep") or "-G(" in line]
    repo.write("goals/other.md", GOOD_GOAL.replace("faster-replies", "other").replace("36", "30"))
    later = repo.commit("Check in", name=OWNER[0], email=OWNER[1])
    since = _git_lines(repo, "check", PATH)
    searched = [line for line in since if "-G(" in line]
    assert len(searched) == 1, "\n".join(since)
    assert f"{head}..{later}" in searched[0]
    assert not [line for line in since if line.startswith("grep")]
    assert codes(capsys, PATH) == codes(capsys, PATH, "--no-cache") == (0, [])
    # another file takes the id: the answer kept must not hide it
    repo.write("goals/copy.md", GOOD_GOAL)
    repo.commit("Copy my goal", name=OWNER[0], email=OWNER[1])
    (repo.path / "goals" / "copy.md").unlink()
    repo.commit("Remove the copy", name=OWNER[0], email=OWNER[1])
    text = (repo.path / PATH).read_text()
    repo.write(PATH, text.replace("current: 36", "current: 30"))
    repo.commit("Check in", name=OWNER[0], email=OWNER[1])
    kept = codes(capsys, PATH)
    assert kept == codes(capsys, PATH, "--no-cache")
    assert [(p["code"], p["line"]) for p in kept[1]] == [("A006", 17)]


def test_the_same_head_reads_a_staged_files_history_once(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    """Who wrote the acceptance, and the goal's own history, are kept by HEAD: a second run at
    the same HEAD asks Git for no log; a new commit, or a block being changed, asks again; the
    problems are always those of a run that keeps nothing."""
    accepted_repo(repo, capsys)
    logs = [line for line in _git_lines(repo, "check", PATH) if line.startswith("log")]
    assert logs != []
    assert [line for line in _git_lines(repo, "check", PATH) if line.startswith("log")] == []
    assert codes(capsys, PATH) == codes(capsys, PATH, "--no-cache")
    text = (repo.path / PATH).read_text()
    repo.write(PATH, text.replace("current: 36", "current: 30"))
    repo.commit("Check in", name=OWNER[0], email=OWNER[1])
    assert [line for line in _git_lines(repo, "check", PATH) if line.startswith("log")] != []
    assert codes(capsys, PATH) == codes(capsys, PATH, "--no-cache") == (0, [])
    # the accepted block changed in the work tree: told as being committed, never kept
    repo.write(PATH, (repo.path / PATH).read_text().replace("by: ", "by: x"))
    assert codes(capsys, PATH) == codes(capsys, PATH, "--no-cache")


def test_a_staged_check_in_of_an_accepted_goal_asks_git_once_a_head_who_accepted_it(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each commit's hook meets the goal's file changed (a new current value), its acceptance
    as HEAD holds it: who wrote the acceptance is kept by that value, not by the whole file, so
    the next check-in at the same HEAD does not read the file's history again."""
    accepted_repo(repo, capsys)
    text = (repo.path / PATH).read_text(encoding="utf-8")
    for number, value in enumerate(("30", "29", "28")):
        repo.write(PATH, text.replace("current: 36", f"current: {value}"))
        repo.git("add", PATH)
        lines = _git_lines(repo, "check", PATH)
        logs = [line for line in lines if line.startswith("log ")]
        assert bool(logs) == (number == 0), lines  # the first run reads the file's history
        assert codes(capsys, PATH) == codes(capsys, PATH, "--no-cache")
    # the acceptance itself changed in the staged file: asked afresh, never kept
    repo.write(PATH, text.replace("erik@example.com", "bo@example.com", 1))
    repo.git("add", PATH)
    assert codes(capsys, PATH) == codes(capsys, PATH, "--no-cache")


def test_after_commits_that_leave_the_file_alone_its_history_is_not_read_again(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    """The hook runs after every commit; most leave the staged goal's file alone. Who accepted
    it, found at an earlier HEAD, still holds: the file's history is not read again. A commit
    that changes the file, or another file that takes the id, asks it again."""
    accepted_repo(repo, capsys)
    first = _git_lines(repo, "check", PATH)
    assert [line for line in first if line.startswith("log ") and PATH in line]
    for number in range(2):
        repo.write(f"goals/other-{number}.md", GOOD_GOAL.replace("faster-replies", f"o{number}"))
        repo.commit(f"Add another goal {number}", name=OWNER[0], email=OWNER[1])
        lines = _git_lines(repo, "check", PATH)
        assert not [line for line in lines if line.startswith("log ") and "--raw" in line], lines
        assert codes(capsys, PATH) == codes(capsys, PATH, "--no-cache")
    text = (repo.path / PATH).read_text(encoding="utf-8")
    repo.write(PATH, text.replace("current: 36", "current: 30"))
    repo.commit("Check in", name=OWNER[0], email=OWNER[1])
    lines = _git_lines(repo, "check", PATH)
    assert [line for line in lines if line.startswith("log ") and "--raw" in line], lines
    assert codes(capsys, PATH) == codes(capsys, PATH, "--no-cache")
