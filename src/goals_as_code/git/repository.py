"""A repository opened once: the log as a stream, blobs in bulk or one at a time, refs."""

from __future__ import annotations

import contextlib
import os
import subprocess
import threading
import weakref
from collections.abc import Callable, Generator, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from goals_as_code.errors import GitError
from goals_as_code.git import process

if TYPE_CHECKING:
    import queue

    import git

NULL_SHA = "0" * 40


def open_repo(path: Path) -> Repository:
    """The repository whose work tree holds ``path`` (searching upwards); close it after use,
    or use it as a context manager. One ``git rev-parse`` finds it; GitPython is imported only
    when a tag is made."""
    args = ["rev-parse", "--is-bare-repository", "--git-common-dir", "--show-toplevel"]
    try:
        done = process.execute(path, args, settings=False)
    except GitError:
        if not path.exists():
            done = process.Done(128, b"", b"fatal: not a git repository")
        else:
            raise
    lines = process.text(done.out).splitlines()
    if lines[:1] == ["true"] or (done.code == 0 and len(lines) < 3):
        raise GitError(f"'{path}' is a bare repository; run goals in a clone with a work tree")
    if done.code != 0 or len(lines) < 3:
        if b"not a git repository" in done.err.lower():
            raise GitError(
                f"'{path}' is not in a Git repository; run 'git init' there, or run goals from "
                "inside the repository that holds the goals"
            )
        raise GitError(process.failure(done.err, args, done.code))
    common = Path(lines[1])
    return Repository(Path(lines[2]), common if common.is_absolute() else path / common)


def _end(popen: subprocess.Popen[bytes]) -> None:
    """End a ``cat-file --batch`` process: it stops at the end of its input."""
    for pipe in (popen.stdin, popen.stdout, popen.stderr):
        if pipe is not None:
            pipe.close()
    popen.wait()


class Repository:
    """A Git repository with a work tree: commands and streams run directly, tags through
    GitPython's ``Repo``, opened on first use."""

    def __init__(self, top: Path, common_dir: Path) -> None:
        self.top = top.resolve()
        self.common_dir = common_dir.resolve()
        self._repo: git.Repo | None = None  # GitPython's, for tags
        self._batch: subprocess.Popen[bytes] | None = None  # cat-file --batch, for blob()
        self._ending: weakref.finalize[Any, Any] | None = None
        # a commit's signature, as verified against one allowed-signers file: asked once
        self._signatures: dict[tuple[str, Path | None], tuple[str, str]] = {}
        # how many answers of signature_status named a signature: what such an answer says can
        # change with keys outside the repository, so what follows from it is not kept
        self.signed_answers = 0
        self._mailmap: str | None = None

    @property
    def repo(self) -> git.Repo:
        """GitPython's ``Repo`` of this work tree, opened on first use."""
        if self._repo is None:
            gitpython = process.gitpython()
            try:
                repo = gitpython.Repo(self.top)
            except (gitpython.InvalidGitRepositoryError, gitpython.NoSuchPathError) as exc:
                raise GitError(f"cannot open the repository at '{self.top}': {exc}") from None
            repo.git.set_persistent_git_options(c=list(process.SETTINGS))
            self._repo = repo
        return self._repo

    def close(self) -> None:
        """End the persistent ``cat-file`` processes."""
        if self._ending is not None:
            self._ending()
            self._batch = self._ending = None
        if self._repo is not None:
            self._repo.close()

    def __enter__(self) -> Repository:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- commands ------------------------------------------------------------------------

    def run(self, *args: str) -> str:
        """What ``git ARGS`` prints; GitError when it fails."""
        return process.text(self.run_bytes(*args))

    def run_bytes(self, *args: str) -> bytes:
        """What ``git ARGS`` prints, as bytes; GitError when it fails."""
        return process.checked(self.top, args)

    def output(self, *args: str) -> str | None:
        """What ``git ARGS`` prints, or None when it fails."""
        try:
            return self.run(*args)
        except GitError:
            return None

    # --- refs and revisions --------------------------------------------------------------

    def prefix(self, root: Path) -> str:
        """``root`` relative to the top of the work tree: "" or "sub/dir/"."""
        try:
            relative = root.resolve().relative_to(self.top).as_posix()
        except ValueError:
            relative = "."
        return "" if relative == "." else relative.rstrip("/") + "/"

    def has_commits(self) -> bool:
        """Whether HEAD points at a commit (not an unborn branch)."""
        try:
            return self.rev_parse("HEAD") is not None
        except GitError:
            return False

    def has_refs(self) -> bool:
        """Whether any branch or tag exists (a new branch in a repository with history)."""
        return bool(
            self.run("for-each-ref", "--count=1", "--format=%(refname)", "refs/heads", "refs/tags")
        )

    def cache_folder(self) -> Path:
        """Where the tool keeps what it may compute again (in the Git folder, shared by all
        worktrees, never committed)."""
        return self.common_dir / "goals-as-code"

    def mailmap(self) -> str:
        """The work tree's ``.mailmap``, which names the authors of the log ("" when none); read
        once while the repository is open."""
        if self._mailmap is None:
            try:
                self._mailmap = (self.top / ".mailmap").read_text(
                    encoding="utf-8", errors="replace"
                )
            except OSError:
                self._mailmap = ""
        return self._mailmap

    def shallow_commits(self) -> set[str] | None:
        """The boundary commits of a shallow clone; None when the clone is complete."""
        shallow_file = self.common_dir / "shallow"  # shared by all worktrees
        if not shallow_file.is_file():
            return None
        return {line.strip() for line in shallow_file.read_text().splitlines() if line.strip()}

    def rev_parse(self, rev: str) -> str | None:
        """The commit ``rev`` names, or None when it names none; GitError when git cannot work
        here at all."""
        args = ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"]
        done = process.execute(self.top, args)
        if done.code != 0:
            if b"fatal:" in done.err:
                raise GitError(process.failure(done.err, ["rev-parse", rev], done.code))
            return None
        return process.text(done.out).strip()

    def signature_status(self, sha: str, allowed_signers: Path | None = None) -> tuple[str, str]:
        """``%G?`` and ``%GS`` of a commit: the signature's state and its signer ("", "" when
        git cannot tell). SSH signatures are verified against ``allowed_signers`` only (Git's
        ``gpg.ssh.allowedSignersFile`` format), never the user's own file: without one, no SSH
        key is known, and a good SSH signature reads ``U``. Each commit is asked once."""
        key = (sha, allowed_signers)
        if key not in self._signatures:
            self._signatures[key] = self._signature_status(sha, allowed_signers)
        found = self._signatures[key]
        if found[0] not in ("", "N"):
            self.signed_answers += 1
        return found

    def _signature_status(self, sha: str, allowed_signers: Path | None) -> tuple[str, str]:
        signers = str(allowed_signers) if allowed_signers is not None else os.devnull
        out = self.output(
            "-c", f"gpg.ssh.allowedSignersFile={signers}", "log", "-1", "--format=%G?%x1f%GS", sha
        )
        if out is None:
            return "", ""
        code, _, signer = out.strip().partition("\x1f")
        return code, signer

    def changed_paths(self, *paths: str) -> set[str]:
        """The files under ``paths`` (relative to the top; every file when none) whose work
        tree differs from HEAD, and the untracked ones; the two commands run at once."""
        spec = ["--", *(f":(literal){path}" for path in paths)]
        commands = (
            ["diff", "--name-only", "-z", "HEAD", *spec],
            ["ls-files", "--others", "--exclude-standard", "-z", "--full-name", *spec],
        )
        found: set[str] = set()
        try:
            started = [process.start(self.top, args) for args in commands]
        except GitError:
            return found
        for popen in started:
            out, _ = popen.communicate()
            if popen.returncode == 0:
                found.update(path for path in process.text(out).split("\0") if path)
        return found

    def staged_paths(self, *paths: str) -> set[str]:
        """The files under ``paths`` (relative to the top; every file when none) whose staged
        content differs from HEAD: Git compares two trees, and reads no file."""
        spec = ["--", *(f":(literal){path}" for path in paths)]
        out = self.output("diff", "--cached", "--name-only", "-z", "HEAD", *spec) or ""
        return {path for path in out.split("\0") if path}

    # --- the log -------------------------------------------------------------------------

    def log_stream(self, *args: str) -> Generator[bytes, None, None]:
        """The output of ``git log ARGS`` in chunks, as git writes it; GitError at the end when
        git fails."""
        popen = process.start(self.top, ["log", *args])
        assert popen.stdout is not None
        complete = False
        try:
            while chunk := popen.stdout.read(1 << 16):
                yield chunk
            complete = True
        finally:
            if not complete:
                popen.kill()
            stderr = popen.stderr.read() if popen.stderr else b""
            for pipe in (popen.stdout, popen.stderr):
                if pipe is not None:
                    pipe.close()
            code = popen.wait()
        if code != 0:
            said = process.last_line(stderr)
            raise GitError(f"git log failed: {said or f'exit status {code}'}")

    # --- blobs ---------------------------------------------------------------------------

    def read_blobs(
        self, shas: list[str], advance: Callable[[], None] | None = None
    ) -> dict[str, bytes]:
        """The contents of many blobs through one ``git cat-file --batch --buffer`` process.

        A writer thread feeds the ids while this thread reads the answers, so no round trip
        waits on another. Missing objects (beyond a shallow or partial clone) are left out.
        ``advance`` is called once per blob asked for.
        """
        found: dict[str, bytes] = {}
        if not shas:
            return found
        popen = process.start(self.top, ["cat-file", "--batch", "--buffer"], stdin=True)
        stdin, stdout = popen.stdin, popen.stdout
        assert stdin is not None
        assert stdout is not None

        def feed() -> None:
            try:
                for sha in shas:
                    stdin.write(sha.encode("ascii") + b"\n")
                stdin.close()
            except (BrokenPipeError, OSError):  # the reader stopped; it reports why
                pass

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        try:
            for _ in shas:
                answer = process.answer(stdout)
                if answer is None:
                    break
                name, _, data = answer
                if data is not None:
                    found[name.decode("ascii")] = data
                if advance:
                    advance()
        finally:
            writer.join()
            stdout.close()
            if popen.stderr is not None:
                popen.stderr.close()
            popen.wait()
        return found

    def blob_feed(self) -> BlobFeed:
        """A ``git cat-file --batch`` process to ask for blobs while something else streams
        (:meth:`BlobFeed.ask`), whose answers another process may read
        (:meth:`BlobFeed.answers`)."""
        return BlobFeed(process.start(self.top, ["cat-file", "--batch"], stdin=True))

    def blob(self, rev: str, path: str) -> bytes | None:
        """The file ``path`` (from the top of the work tree) at ``rev``, through one ``git
        cat-file --batch`` process kept open while the repository is; None when it is not
        there."""
        if "\n" in path or "\n" in rev:
            return None  # a name cat-file --batch cannot take
        if self._batch is None:
            self._batch = process.start(self.top, ["cat-file", "--batch"], stdin=True)
            # ended when the repository is closed, or forgotten without being closed
            self._ending = weakref.finalize(self, _end, self._batch)
        stdin, stdout = self._batch.stdin, self._batch.stdout
        assert stdin is not None
        assert stdout is not None
        try:
            stdin.write(f"{rev}:{path}\n".encode("utf-8", "surrogateescape"))
            stdin.flush()
            answer = process.answer(stdout)
        except (BrokenPipeError, OSError):
            return None
        if answer is None:
            return None
        _, kind, data = answer
        return data if kind == b"blob" else None

    # --- tags ----------------------------------------------------------------------------

    def tags(self, prefix: str, merged: str = "HEAD") -> list[tuple[str, str]]:
        """The tags under ``refs/tags/<prefix>`` whose commit is reachable from ``merged``, as
        (name without ``refs/tags/``, the commit it points at), sorted by name."""
        out = self.run(
            "for-each-ref",
            f"--merged={merged}",
            "--format=%(refname)%00%(*objectname)%00%(objectname)",
            f"refs/tags/{prefix.strip('/')}/",
        )
        found = []
        for line in out.splitlines():
            name, peeled, direct = [*line.split("\0"), "", ""][:3]
            found.append((name.removeprefix("refs/tags/"), peeled or direct))
        return sorted(found)

    def create_tag(self, name: str, rev: str, text: str) -> None:
        """An annotated tag ``name`` on ``rev`` with the message ``text``, by the user's
        identity; GitError when it exists or Git refuses."""
        gitpython = process.gitpython()
        try:
            self.repo.create_tag(name, ref=rev, message=text)
        except gitpython.GitCommandNotFound:
            raise process.not_found() from None
        except gitpython.GitCommandError as exc:
            raise GitError(process.message(exc, ["tag", name])) from None

    def is_ancestor(self, older: str, newer: str) -> bool:
        """Whether commit ``older`` is in the history of ``newer`` (or is it)."""
        done = process.execute(self.top, ["merge-base", "--is-ancestor", older, newer])
        return done.code == 0

    def commits_between(self, since: str, until: str) -> frozenset[str]:
        """The commits reachable from ``until`` but not from ``since``."""
        return frozenset(self.run("rev-list", f"{since}..{until}", "--").split())


class BlobFeed:
    """One ``git cat-file --batch`` process, its questions and its answers apart: ids are asked
    as the caller learns them (:meth:`ask`), and the answers are read at the other end
    (:meth:`answers`), by a forked process while this one goes on (then this one closes its copy
    with :meth:`hand_over`, and the other closes its copy of the questions with
    :meth:`close_input`). A thread writes the questions, so that asking never waits for the
    reader of the answers."""

    def __init__(self, popen: subprocess.Popen[bytes]) -> None:
        self._popen = popen
        self._ended = False
        self._questions: queue.SimpleQueue[bytes | None] | None = None
        self._writer: threading.Thread | None = None

    def ask(self, shas: Iterable[str]) -> None:
        """Ask for the blobs ``shas``; returns at once. When the reader of the answers has
        ended, they are not asked (:meth:`finish` tells why)."""
        lines = b"".join(sha.encode("ascii") + b"\n" for sha in shas)
        if not lines:
            return
        if self._questions is None:
            import queue

            self._questions = queue.SimpleQueue()
            self._writer = threading.Thread(target=self._write, daemon=True)
            self._writer.start()
        self._questions.put(lines)

    def _write(self) -> None:
        stdin = self._popen.stdin
        assert stdin is not None
        assert self._questions is not None
        while (lines := self._questions.get()) is not None:
            try:
                stdin.write(lines)
                stdin.flush()
            except (BrokenPipeError, OSError, ValueError):  # the answers are no longer read
                break
        with contextlib.suppress(BrokenPipeError, OSError):
            stdin.close()

    def answers(self) -> Iterator[tuple[str, bytes]]:
        """Each blob found, as (id, content), in the order asked, until the questions end;
        missing ones are left out."""
        stdout = self._popen.stdout
        assert stdout is not None
        while (answer := process.answer(stdout)) is not None:
            name, _, data = answer
            if data is not None:
                yield name.decode("ascii"), data

    def close_input(self) -> None:
        """No more questions: cat-file ends once it has answered those asked."""
        if self._writer is not None and self._questions is not None:
            self._questions.put(None)  # the writer closes the input after the last question
            self._writer.join()
            self._writer = None
            return
        stdin = self._popen.stdin
        if stdin is not None and not stdin.closed:
            with contextlib.suppress(BrokenPipeError, OSError):
                stdin.close()

    def hand_over(self) -> None:
        """Leave the answers to the process that reads them: closing this copy lets cat-file
        end, instead of waiting, should that process end early."""
        stdout = self._popen.stdout
        if stdout is not None:
            stdout.close()

    def finish(self) -> None:
        """End the process (its answers not read here are dropped) and wait for it."""
        if self._ended:
            return
        self._ended = True
        self.close_input()
        _end(self._popen)
