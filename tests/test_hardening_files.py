"""Reading only what is safe to read, within the same limits everywhere, and writing without ever
losing a file: pipes, huge files, goals folders outside the project, links, the acceptance block's
layouts, a full disk, an interrupt, a read-only file."""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from goals_as_code.markdown import plugin as statements

from .conftest import GOOD_GOAL, Repo, run

PATH = "goals/faster-replies.md"
MANAGER = ("Erik Eriksson", "erik@example.com")

# --- reading -----------------------------------------------------------------------------------


def test_a_pipe_is_a_problem_and_never_hangs(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, GOOD_GOAL)
    os.mkfifo(repo.path / "goals" / "pipe.md")
    expected = (
        "goals/pipe.md:1:1: F003 [yaml-syntax] not a regular file (a pipe, a device or a "
        "folder); a statement file is a file"
    )
    for args in (("goals/pipe.md",), ()):
        code, out, err = run(capsys, "check", "--select", "F", *args)
        assert (code, err) == (1, "")
        assert out.splitlines()[0] == expected


@pytest.mark.parametrize("folder", ["/", "..", "../elsewhere", "/tmp"])
def test_a_goals_folder_outside_the_project_is_refused(
    repo: Repo, capsys: pytest.CaptureFixture[str], folder: str
) -> None:
    repo.write("goals.toml", f'goals-dir = "{folder}"\n')
    code, out, err = run(capsys, "check")
    assert (code, out) == (2, "")
    assert err == (
        f"goals: error: goals.toml: goals-dir = '{folder}' is not a folder inside the project; "
        f'write a path relative to {repo.path}, e.g. goals-dir = "goals"\n'
    )


def test_a_statement_longer_than_the_limit_is_a_problem(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    long = "I will cut the reply time " + "and more " * 200
    repo.write(PATH, GOOD_GOAL.split("# ")[0] + "# " + long + "\n")
    code, out, err = run(capsys, "check", "--select", "F007")
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        f"{PATH}:18:1: F007 [front-matter-too-large] the statement is 1,825 characters, more "
        "than 1,000; write it as one sentence and put the rest below it; only its first 1,000 "
        "characters are checked",
        "Found 1 error in 1 file.",
    ]


def test_review_applies_the_file_size_limit(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.commit("A goal")
    huge = repo.write(PATH, GOOD_GOAL + "\n" + "x" * (3 * 1024 * 1024) + "\n")
    repo.commit("A huge goal")
    size = f"{huge.stat().st_size:,}"
    code, out, err = run(capsys, "review", "HEAD~1..HEAD")
    assert (code, err) == (1, "")
    # one change of the goal that can no longer be read, not a removal and an unknown file
    assert out.splitlines()[2:] == [
        f"faster-replies: modified  {PATH}",
        f"  ✖ {PATH}:1:1: F007 [front-matter-too-large] the file is {size} bytes, more than "
        "1,048,576; a statement file holds one statement and its notes",
        "",
        "1 statement changed (1 modified); 1 new problem (1 at error level).",
    ]


@pytest.mark.parametrize(
    ("limit", "notes", "skipped"),
    [(200_000, 100_000, False), (1024, 1000, True), (None, 1000, False), (None, 100_000, True)],
)
def test_the_history_reads_old_versions_with_the_configured_front_matter_limit(
    repo: Repo, capsys: pytest.CaptureFixture[str], limit: int | None, notes: int, skipped: bool
) -> None:
    """An old version is read as ``goals check`` reads it: within the configured limit."""
    if limit is not None:
        repo.write("goals.toml", f"[limits]\nfront-matter-bytes = {limit}\n")
    big = GOOD_GOAL.replace("status: active", "status: active\nx-notes: " + "x" * notes)
    repo.write(PATH, big)
    repo.commit("A goal with long notes")
    repo.write(PATH, GOOD_GOAL.replace("current: 36", "current: 30"))
    repo.commit("Check in")
    size = f"{len(big.split('---')[1].encode()) - 1:,}"
    for _ in range(2):  # cold, then from the cache of parsed versions
        code, out, err = run(capsys, "history", "faster-replies", "--format", "json")
        assert (code, err) == (0, "")
        found = json.loads(out)
        values = [checkin["value"] for checkin in found["checkins"]]
        if skipped:
            assert values == [30.0]
            sha = repo.git("rev-parse", "--short=10", "HEAD~1").strip()
            assert found["notes"] == [
                f"{PATH} at {sha} (2017-01-02): skipped that version, line 1: the front matter "
                f"is {size} bytes, more than the limit of {limit or 65536:,}; move long text "
                "below the front matter"
            ]
        else:
            assert (values, found["notes"]) == ([36.0, 30.0], [])


def test_a_loop_of_links_is_a_one_line_error(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo.path / "goals").mkdir()
    os.symlink("loop", repo.path / "goals" / "loop")
    code, out, err = run(capsys, "check", "goals/loop")
    assert (code, out) == (2, "")
    assert err == (
        "goals: error: goals/loop: a link that leads nowhere, or to itself; check where it points\n"
    )


def _unprivileged() -> list[str] | None:
    """How to run a command as a user the permissions apply to: root reads every folder, so as
    root the command runs as ``nobody`` (when ``setpriv`` can start this Python as that user)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    drop = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    probe = subprocess.run(
        [*drop, sys.executable, "-c", "import goals_as_code.cli.main"],
        cwd="/",
        capture_output=True,
        check=False,
    )
    return drop if probe.returncode == 0 else None


@pytest.fixture
def locked(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[Path, Callable[..., tuple[int, str, str]]]]:
    """A project whose ``goals/locked`` folder cannot be read, and how to run ``goals`` in it: as
    an unprivileged user, or, where no such user can be had, in this process with the folder's
    file system calls failing as the kernel fails them (EACCES)."""
    top = Path(tempfile.mkdtemp(prefix="goals-locked-"))
    top.chmod(0o755)
    (top / "goals" / "locked").mkdir(parents=True)
    (top / "goals.toml").write_text('goals-dir = "goals"\n', encoding="utf-8")
    (top / "goals" / "open.md").write_text(GOOD_GOAL.replace("faster-replies", "open"), "utf-8")
    (top / "goals" / "locked" / "shut.md").write_text(GOOD_GOAL, encoding="utf-8")
    drop = _unprivileged()
    locked_folder = str(top / "goals" / "locked")

    def as_user(*args: str) -> tuple[int, str, str]:
        done = subprocess.run(
            [*(drop or []), sys.executable, "-m", "goals_as_code", *args],
            cwd=top,
            capture_output=True,
            text=True,
            check=False,
        )
        return done.returncode, done.stdout, done.stderr

    def in_process(*args: str) -> tuple[int, str, str]:
        import io
        from contextlib import redirect_stderr, redirect_stdout

        listing = os.scandir  # a folder without permission can be seen, not listed

        def denied(real: Callable[..., Any]) -> Callable[..., Any]:
            def call(path: Any, *rest: Any, **named: Any) -> Any:
                name = os.path.abspath(os.fsdecode(path)) if not isinstance(path, int) else ""
                if (name == locked_folder and real is listing) or name.startswith(
                    locked_folder + os.sep
                ):
                    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), name)
                return real(path, *rest, **named)

            return call

        with monkeypatch.context() as patched:
            for function in ("stat", "lstat", "scandir", "open"):
                patched.setattr(os, function, denied(getattr(os, function)))
            patched.chdir(top)
            out, err = io.StringIO(), io.StringIO()
            with redirect_stdout(out), redirect_stderr(err):
                from goals_as_code.cli.main import main

                code = main(list(args))
        return code, out.getvalue(), err.getvalue()

    (top / "goals" / "locked").chmod(0)
    try:
        yield top, (as_user if drop is not None else in_process)
    finally:
        (top / "goals" / "locked").chmod(0o755)
        shutil.rmtree(top)


def test_an_explicit_path_in_an_unreadable_folder_is_a_one_line_error(
    locked: tuple[Path, Callable[..., tuple[int, str, str]]],
) -> None:
    _, goals = locked
    assert goals("check", "goals/locked/shut.md") == (
        2,
        "",
        "goals: error: goals/locked/shut.md: cannot read: Permission denied\n",
    )


def test_an_unreadable_folder_is_a_problem_and_the_rest_is_checked(
    locked: tuple[Path, Callable[..., tuple[int, str, str]]],
) -> None:
    _, goals = locked
    code, out, err = goals("check", "--select", "F")
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "goals/locked:1:1: F003 [yaml-syntax] cannot read the folder: Permission denied; its "
        "statements are not checked",
        "Found 1 error in 2 files.",
    ]


def test_a_deleted_working_folder_is_a_one_line_error(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = repo.path / "gone"
    gone.mkdir()
    os.chdir(gone)
    gone.rmdir()
    code, out, err = run(capsys, "check")
    assert (code, out) == (2, "")
    assert err == (
        "goals: error: the current folder no longer exists; change to a folder that does\n"
    )


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("---\nid: a\n----\n# S\n", ["unclosed"]),
        ("----\nid: a\n----\n# S\n", ["missing"]),
        ("---garbage\nid: a\n---\n# S\n", ["missing"]),
        ("---\nid: a\n---\n# S\n", []),
        ("---\nid: a\n--- \n# S\n", []),
        ("---\r\nid: a\r\n---\r\n# S\r\n", []),
    ],
)
def test_one_delimiter_rule(text: str, kinds: list[str]) -> None:
    assert [issue.kind for issue in statements.parse(text, "x.md").issues] == kinds


def test_an_indented_delimiter_in_a_block_scalar_is_content() -> None:
    doc = statements.parse("---\nid: a\nx-note: |\n  ---\n  more\n---\n# S\n", "x.md")
    assert (doc.issues, dict(doc.data), doc.statement) == (
        (),
        {"id": "a", "x-note": "---\nmore\n"},
        "S",
    )


# --- writing -----------------------------------------------------------------------------------


def manager(repo: Repo) -> None:
    repo.git("config", "user.email", MANAGER[1])
    repo.git("config", "user.name", MANAGER[0])


BLOCK = (
    "accepted:\n  by: erik@example.com\n  on: 2017-01-05\n  fingerprint: sha256:" + "0" * 64 + "\n"
)


@pytest.mark.parametrize(
    "layout",
    [
        GOOD_GOAL.replace(
            "status: active\n", "status: active\n" + BLOCK.replace("  on:", "\n  on:")
        ),
        GOOD_GOAL.replace(
            "status: active\n", "status: active\n" + BLOCK.replace("  on:", "# a note\n  on:")
        ),
        GOOD_GOAL.replace(
            "status: active\n", 'status: active\nx-note: "first line\naccepted: inside"\n'
        ),
        GOOD_GOAL.replace("status: active\n---\n", "status: active\n----\n"),
    ],
    ids=["blank-line", "comment", "inside-text", "four-dashes"],
)
def test_accept_refuses_a_layout_it_cannot_edit_and_leaves_the_file(
    repo: Repo, capsys: pytest.CaptureFixture[str], layout: str
) -> None:
    repo.write(PATH, layout)
    manager(repo)
    code, out, _ = run(capsys, "accept", "faster-replies")
    assert code != 0
    assert "accepted" not in out.split(":")[0]
    assert (repo.path / PATH).read_text(encoding="utf-8") == layout


def test_accept_keeps_mode_and_line_endings(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    crlf = GOOD_GOAL.replace("\n", "\r\n")
    path = repo.path / PATH
    path.parent.mkdir(parents=True)
    path.write_bytes(crlf.encode())
    path.chmod(0o640)
    manager(repo)
    code, _, err = run(capsys, "accept", "faster-replies")
    assert (code, err) == (0, "")
    written = path.read_bytes().decode()
    assert written.startswith(crlf.split("---\r\n# ")[0])
    assert "\n" not in written.replace("\r\n", "")
    assert "accepted:\r\n  by: erik@example.com\r\n" in written
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in path.parent.iterdir()) == ["faster-replies.md"]


def test_a_full_disk_leaves_the_original(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.write(PATH, GOOD_GOAL)
    manager(repo)
    real = os.write

    def full(handle: int, data: bytes) -> int:
        if len(data) > 100:
            real(handle, bytes(data)[:100])  # the disk fills in the middle of the file
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(handle, data)

    monkeypatch.setattr(os, "write", full)
    code, out, err = run(capsys, "accept", "faster-replies")
    assert (code, out) == (2, "")
    assert err == (
        f"goals: error: {PATH}: not written (No space left on device); the file is as it was\n"
    )
    assert (repo.path / PATH).read_text(encoding="utf-8") == GOOD_GOAL
    assert sorted(p.name for p in (repo.path / "goals").iterdir()) == ["faster-replies.md"]


def test_an_interrupt_before_the_rename_leaves_the_original(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.write(PATH, GOOD_GOAL)
    manager(repo)

    def interrupted(source: object, target: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    code, _, _ = run(capsys, "accept", "faster-replies")
    assert code == 130
    assert (repo.path / PATH).read_text(encoding="utf-8") == GOOD_GOAL
    assert sorted(p.name for p in (repo.path / "goals").iterdir()) == ["faster-replies.md"]


@pytest.mark.parametrize(
    "command", [("accept", "faster-replies"), ("checkin", "faster-replies", "30")]
)
def test_a_read_only_file_is_refused_and_left(
    repo: Repo, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    path = repo.write(PATH, GOOD_GOAL)
    path.chmod(0o444)
    manager(repo)
    code, out, err = run(capsys, *command)
    assert (code, out) == (2, "")
    assert err == (
        f"goals: error: {PATH}: the file is read-only; make it writable (chmod u+w) and run again\n"
    )
    assert path.read_text(encoding="utf-8") == GOOD_GOAL


def test_init_keeps_the_crlf_of_a_pre_commit_config(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    config = repo.path / ".pre-commit-config.yaml"
    config.write_bytes(b"repos:\r\n- repo: local\r\n  hooks: []\r\n")
    code, _, err = run(capsys, "init")
    assert (code, err) == (0, "")
    written = config.read_bytes()
    assert written.startswith(b"repos:\r\n- repo: local\r\n  hooks: []\r\n")
    assert b"check-goals" in written
    assert b"\n" not in written.replace(b"\r\n", b"")


def test_schema_write_refuses_to_overwrite_and_never_follows_a_link(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = repo.path / "schemas"
    assert run(capsys, "schema", "goal", "--write", "schemas")[0] == 0
    code, out, err = run(capsys, "schema", "goal", "--write", "schemas")
    assert (code, out) == (2, "")
    assert err == (
        "goals: error: schemas/goal.schema.json: already there; add --force to replace them\n"
    )
    outside = repo.path / "outside.json"
    (folder / "goal.schema.json").unlink()
    os.symlink(outside, folder / "goal.schema.json")
    code, out, err = run(capsys, "schema", "goal", "--write", "schemas", "--force")
    assert (code, out, err) == (0, "wrote schemas/goal.schema.json\n", "")
    assert not outside.exists()
    assert not (folder / "goal.schema.json").is_symlink()


def test_new_onto_a_link_that_leads_nowhere_is_refused(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo.path / "goals").mkdir()
    os.symlink("nowhere", repo.path / "goals" / "x.md")
    args = ("--id", "x", "--owner", "anna@example.com", "--statement", "I will do it by 2017-06-30")
    code, out, err = run(capsys, "new", "goal", "-o", "goals/x.md", *args)
    assert (code, out) == (2, "")
    assert err == (
        "goals: error: goals/x.md is a link that leads nowhere; remove it or choose another "
        "-o PATH (nothing written)\n"
    )
    assert not (repo.path / "goals" / "nowhere").exists()


def test_a_loop_of_links_under_the_goals_folder_is_passed_over(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, GOOD_GOAL)
    os.symlink("a.md", repo.path / "goals" / "b.md")
    os.symlink("b.md", repo.path / "goals" / "a.md")
    code, out, err = run(capsys, "check", "--select", "F")
    assert (code, out, err) == (0, "All good: 1 file checked, no problems.\n", "")
