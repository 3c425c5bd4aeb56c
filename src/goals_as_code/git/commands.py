"""Git commands that need no open repository: where the work tree is, where hooks go, a config
value, a commit, plain commands for building a repository, and an SSH key to sign commits with."""

from __future__ import annotations

import io
import os
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple, cast

from goals_as_code.errors import GitError
from goals_as_code.git import process


def run(cwd: Path, *args: str, env: Mapping[str, str] | None = None) -> str:
    """What ``git ARGS`` prints in ``cwd`` (``env`` added to the environment); GitError when it
    fails."""
    return process.text(process.checked(cwd, args, env=env, settings=False))


def output(cwd: Path | None, *args: str) -> str | None:
    """What ``git ARGS`` (with the settings that keep its output plain) prints in ``cwd`` (None:
    the current directory), all of it, or None when it fails."""
    try:
        done = process.execute(cwd, args)
    except GitError:
        return None
    return done.out.decode("utf-8", "replace") if done.code == 0 else None


def signing_key(key: Path, comment: str) -> bool:
    """Make an SSH key without a passphrase at ``key`` (and ``key``.pub) with ``ssh-keygen``,
    for Git's SSH signing (``gpg.format ssh``); False when ssh-keygen is missing or fails."""
    import shutil
    import subprocess

    keygen = shutil.which("ssh-keygen")
    if keygen is None:
        return False
    done = subprocess.run(
        [keygen, "-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", str(key)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


def config_get(name: str, cwd: Path | None = None) -> str | None:
    """The value of ``git config NAME`` as seen from ``cwd`` (the user's settings outside a
    repository); None when it is unset or Git cannot run."""
    found = output(cwd, "config", "--get", name)
    return found.strip() or None if found is not None else None


def top_level(start: Path) -> Path:
    """The top of the work tree that holds ``start``."""
    done = process.execute(start, ["rev-parse", "--show-toplevel"], settings=False)
    if done.code != 0:
        reason = process.last_line(done.err) or "'git rev-parse' failed"
        if "not a git repository" in reason.lower():
            raise GitError(
                f"{start} is not in a Git repository; run 'git init' first, "
                "or run this inside the repository that holds the goals"
            ) from None
        if "must be run in a work tree" in reason.lower():
            reason = ""  # a bare repository: said below
        else:
            raise GitError(reason) from None
    out = process.text(done.out) if done.code == 0 else ""
    if not out.strip():
        raise GitError(f"{start} is in a bare repository; hooks run only where commits are made")
    return Path(out.strip())


def hooks_dir(start: Path) -> Path:
    """The folder Git runs hooks from for the repository at ``start`` (honours core.hooksPath
    and linked worktrees)."""
    top = top_level(start)
    out = process.text(process.checked(top, ["rev-parse", "--git-path", "hooks"], settings=False))
    return (top / out.strip()).resolve()  # relative to where git ran


class CommitFailed(GitError):
    """A step of ``commit`` failed: ``step`` is "add" or "commit", ``said`` git's last words."""

    def __init__(self, step: str, said: str) -> None:
        super().__init__(f"'git {step}' failed: {said}")
        self.step = step
        self.said = said


def commit(top: Path, paths: Iterable[str], message: str, *, sign: bool = False) -> None:
    """Stage ``paths`` and commit them alone, as the user (their hooks run, in their locale),
    signed with the user's signing key when ``sign``. CommitFailed names the step that failed
    and git's last words."""
    paths = list(paths)
    signed = ["-S"] if sign else []
    for args in (["add", "--", *paths], ["commit", "-q", *signed, "-m", message, "--", *paths]):
        done = process.execute(top, args, env=process.user_locale(), settings=False)
        if done.code != 0:
            raise CommitFailed(args[0], process.last_line(done.err, done.out) or "no message")


class Around(NamedTuple):
    """What a check of staged files asks Git of the repository besides the files, asked with
    the listing (``start_listing(around=True)``) instead of one command after another later."""

    top: Path  # the top of the work tree
    common_dir: Path  # the Git folder the worktrees share
    head: str | None  # HEAD's commit; None before the first commit
    staged: frozenset[str] | None  # the files whose index entry differs from HEAD, from the top
    # the files ``staged`` speaks of, from the top: those a check named; None: every file
    named: frozenset[str] | None = None
    # the content at HEAD of each file named (None: not in HEAD), by its path from the top
    at_head: Mapping[str, bytes | None] | None = None


# ``rev-parse``'s answers for Around
_HEAD = [
    "rev-parse",
    "--is-bare-repository",
    "--git-common-dir",
    "--show-toplevel",
    "--verify",
    "-q",
    "HEAD^{commit}",
]
# the files the index holds otherwise than HEAD, of the whole folder
_STAGED = ["diff", "--cached", "--name-only", "-z", "HEAD", "--", "."]
# or, for the few files a check names, each one at HEAD: its blob tells whether it is staged,
# and its content is what the history rules compare a block being committed with (a third of
# the work for Git: no index read, no comparison of every file; and no command later)
_AT_HEAD = ["cat-file", "--batch"]
FEW = 64  # files named, at most, asked for one by one


class Listing:
    """What Git's index says of the files under a folder, being listed (``start_listing``):
    :meth:`result` waits for it; :meth:`close` ends the commands when it is not wanted."""

    def __init__(
        self,
        started: list[subprocess.Popen[bytes]],
        folder: Path,
        listed: int,
        named: Sequence[str] = (),
    ) -> None:
        self.started = started
        self.folder = folder
        self.listed = listed  # the first commands list the files; the others ask the rest
        self.named = named  # the files whose HEAD blob was asked, from the folder
        self.found: tuple[bytes, bytes] | None = None
        self.asked: Around | None = None
        self.done = False

    def result(self) -> tuple[bytes, bytes] | None:
        """``git ls-files -s -o -t -z``'s output and ``git diff-files``'s (empty without the
        work tree); None when either failed (not a work tree)."""
        if not self.done:
            self.done = True
            outs = [popen.communicate()[0] for popen in self.started]
            codes = [int(popen.returncode) for popen in self.started]
            if all(code == 0 for code in codes[: self.listed]):
                self.found = (outs[0], outs[1] if self.listed > 1 else b"")
            if len(outs) > self.listed:
                asked = outs[self.listed :], codes[self.listed :]
                self.asked = _around(self.folder, *asked, self.named, outs[0])
        return self.found

    def around(self) -> Around | None:
        """The rest asked with the listing (None when it was not asked, or Git could not say)."""
        self.result()
        return self.asked

    def close(self) -> None:
        """End the commands when their output was not asked for."""
        if not self.done:
            self.done = True
            for popen in self.started:
                popen.kill()
                popen.communicate()


def _around(
    folder: Path, outs: list[bytes], codes: list[int], named: Sequence[str], listed: bytes
) -> Around | None:
    lines = process.text(outs[0]).splitlines()
    if codes[0] not in (0, 1) or len(lines) < 3 or lines[0] != "false":
        return None  # a bare repository, or git said something else: asked again later
    if (codes[0] == 0) != (len(lines) == 4):
        return None
    common = Path(lines[1])
    top = Path(lines[2])
    head = lines[3] if len(lines) == 4 else None
    staged = known = at_head = None
    if head is not None and codes[1] == 0 and not named:
        staged = frozenset(name for name in process.text(outs[1]).split("\0") if name)
    elif head is not None and codes[1] == 0:
        try:
            prefix = folder.resolve().relative_to(top.resolve()).as_posix()
        except (OSError, ValueError):
            prefix = None
        found = _at_head(named, outs[1])
        if prefix is not None and found is not None:
            lead = "" if prefix == "." else f"{prefix}/"
            staged = frozenset(lead + name for name in _staged(found, listed))
            known = frozenset(lead + name for name in named)
            at_head = {lead + name: content for name, (_, content) in found.items()}
    common = common if common.is_absolute() else folder / common
    return Around(top, common, head, staged, known, at_head)


def _at_head(
    named: Sequence[str], answers: bytes
) -> dict[str, tuple[bytes | None, bytes | None]] | None:
    """Each file named at HEAD, from ``cat-file --batch``'s ``answers``: its blob id and
    content, or two None when HEAD has no such file; None when the answers are not whole."""
    found: dict[str, tuple[bytes | None, bytes | None]] = {}
    stream = io.BytesIO(answers)
    for name in named:
        answer = process.answer(stream)
        if answer is None:
            return None
        blob, kind, content = answer
        found[name] = (blob, content) if kind == b"blob" else (None, None)
    return found


def _staged(found: Mapping[str, tuple[bytes | None, bytes | None]], listed: bytes) -> list[str]:
    """Which files of ``found`` (each one's blob at HEAD) the index holds otherwise than HEAD:
    ``listed`` is ``ls-files -s -t``'s listing, with each file's blob in the index."""
    staged = []
    for name, (blob, _) in found.items():
        end = listed.find(b"\t" + os.fsencode(name) + b"\0")
        if end < 0:
            continue  # not in the index
        fields = listed[listed.rfind(b"\0", 0, end) + 1 : end].split()  # tag, mode, blob, stage
        if len(fields) != 4 or fields[2] != blob:
            staged.append(name)
    return staged


def start_listing(
    folder: Path, *, work_tree: bool = True, around: bool = False, named: Sequence[str] = ()
) -> Listing | None:
    """Start listing what Git's index says of the files under ``folder``, without reading one
    of them: ``git ls-files -s -o -t -z`` (each tracked file's mode, blob id and stage, and the
    files Git does not track) and ``git diff-files --name-only --relative -z -- .`` (the tracked
    files that may differ in the work tree, told by their size and times), at once. Without
    ``work_tree``, the index alone: no untracked files, no comparison with the work tree (what a
    commit records). ``around``: ask at once what else the check will ask (:class:`Around`);
    ``named``: the files a check names (their paths from ``folder``): only of these is it
    asked whether they are staged, with their content at HEAD (a few; else of every file).
    None when git cannot be started."""
    commands = [["ls-files", "-s", "-t", "-z"]]
    if work_tree:
        commands[0].insert(2, "-o")
        # one thread: Git's 20 threads for a large index would take the core this process needs
        settings = ["-c", "core.preloadIndex=false"]
        commands.append([*settings, "diff-files", "--name-only", "--relative", "-z", "--", "."])
    listed = len(commands)
    asked = b"".join(b"HEAD:./" + os.fsencode(name) + b"\n" for name in named)
    if len(named) > FEW or len(asked) > process.GIVEN or any("\n" in name for name in named):
        named, asked = (), b""  # every staged file asked for, by the folder's difference
    if around:
        commands += [_HEAD, _AT_HEAD if named else _STAGED]
    started: list[subprocess.Popen[bytes] | None] = [None] * len(commands)
    try:
        # the short questions first and the longest (diff-files) last, so that each starts
        # before the ones that keep a core busy
        for place in [*range(listed, len(commands)), *range(listed)]:
            given = asked if commands[place] is _AT_HEAD else None
            started[place] = process.start(folder, commands[place], given=given)
    except GitError:
        Listing([popen for popen in started if popen is not None], folder, listed).close()
        return None
    return Listing(cast(list[subprocess.Popen[bytes]], started), folder, listed, named)
