"""Where each acceptance came from, read from Git: the commit that wrote the ``accepted`` block,
who authored it, whether it is signed, and the goal as it was when accepted.

Only ``goals check`` rules ask: those of the A family for goals that have an ``accepted`` block,
and stale-checkin for goals and KPIs whose file alone says no value was checked in lately. Then,
in a Git repository, the history is read once per tree (GitPython is imported then, not before).
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from goals_as_code.errors import GoalsError
from goals_as_code.source import acceptance, document
from goals_as_code.source.config import work_tree

if TYPE_CHECKING:
    from goals_as_code import history
    from goals_as_code.git import Repository
    from goals_as_code.source.config import Config
    from goals_as_code.source.document import Document


class Tree(Protocol):
    """What provenance needs of the tree being checked: its configuration."""

    @property
    def config(self) -> Config | None: ...


# %G? codes of git log: G good, U good but unknown validity, others not a valid signature
GOOD_SIGNATURES = ("G", "U")


class Record(NamedTuple):
    """The provenance of the ``accepted`` block a goal has in the work tree."""

    pending: bool  # the block differs from HEAD's: it is being recorded by the next commit
    actor: str | None  # the e-mail of who wrote it: the commit's author, or the committer to be
    actor_name: str | None
    sha: str | None  # the commit that wrote it (None when pending or not found)
    signature: str  # %G? of that commit ("N" none, "" unknown)
    signer: str  # %GS: the signer's name and address, when signed
    data: Mapping[str, Any] | None  # the goal's front matter as accepted (None: unknown)
    statement: str | None  # the goal's statement as accepted (read only when it changed since)


def git(root: Path, *args: str) -> str | None:
    """What ``git ARGS`` prints in ``root``, or None when it fails."""
    from goals_as_code.git import output

    return output(root, *args)


def identity(root: Path) -> str | None:
    """The acting Git identity: GIT_COMMITTER_EMAIL when set (as in a hook), else user.email."""
    email = os.environ.get("GIT_COMMITTER_EMAIL")
    if email:
        return email.strip()
    from goals_as_code.git import config_get

    return config_get("user.email", root)


class _State:
    """What one tree has learnt from Git so far: read lazily, once."""

    def __init__(self, tree: Tree) -> None:
        self.tree = tree
        self.top: Path | None = None
        self.repository: Repository | None = None
        self.past: history.History | None = None
        self.usable: bool | None = None  # None: not asked yet
        self.records: dict[str, Record | None] = {}
        self.actor: str | None = None
        self.changed: set[str] = set()  # files whose work tree differs from HEAD (or untracked)

    def ready(self) -> bool:
        if self.usable is None:
            self.usable = self._open()
        return self.usable

    def _open(self) -> bool:
        config = self.tree.config
        if config is None:
            return False
        self.top = work_tree(config.root)
        if self.top is None:
            return False
        try:
            from goals_as_code.git import open_repo

            self.repository = open_repo(self.top)
        except GoalsError:
            return False
        if not self.repository.has_commits():
            return False
        from goals_as_code import history

        try:
            self.past = history.read(
                config.root,
                config.goals_dir,
                exclude=config.exclude,
                repository=self.repository,
            )
        except GoalsError:
            return False
        self.actor = identity(self.top)
        self.changed = self.repository.changed_paths()
        return True


_STATES: dict[int, _State] = {}


def record(tree: Tree, doc: Document) -> Record | None:
    """The provenance of ``doc``'s ``accepted`` block; None outside Git, for an old revision (no
    work tree), when the block is not a mapping, or when no commit wrote it."""
    if _accepted(doc) is None or not doc.id:
        return None
    state = _state(tree)
    if doc.path not in state.records:
        state.records[doc.path] = _record(state, doc) if state.ready() else None
    return state.records[doc.path]


def last_checkin(tree: Tree, doc: Document) -> datetime.date | None:
    """The day of the last commit that checked in a value of ``doc`` (or, when none did, that
    first wrote it); None outside Git or when no commit holds it."""
    if not doc.id:
        return None
    state = _state(tree)
    if not state.ready():
        return None
    assert state.past is not None
    timeline = state.past.timelines.get(doc.id)
    if timeline is None or not timeline.versions:
        return None
    commits = [checkin.commit for checkin in timeline.checkins] or [timeline.versions[0].commit]
    return max(commit.date.date() for commit in commits)


def _state(tree: Tree) -> _State:
    state = _STATES.get(id(tree))
    if state is None or state.tree is not tree:
        if len(_STATES) > 8:
            _STATES.clear()
        state = _STATES[id(tree)] = _State(tree)
    return state


def remember(tree: Tree, found: Mapping[str, Record]) -> None:
    """Tell what is known of the acceptances of a tree read without a work tree (as ``goals
    review`` knows the base version of each goal); Git is not asked for the others."""
    state = _State(tree)
    state.usable = False
    state.records.update(found)
    if len(_STATES) > 8:
        _STATES.clear()
    _STATES[id(tree)] = state


def _accepted(doc: Document) -> Mapping[str, Any] | None:
    block = doc.data.get("accepted")
    return block if isinstance(block, Mapping) else None


def _record(state: _State, doc: Document) -> Record | None:
    repository, past = state.repository, state.past
    assert repository is not None
    assert past is not None
    block = _accepted(doc)
    assert block is not None
    if doc.path in state.changed and _at_head(repository, doc).get("accepted") != block:
        if any(
            _at_head(repository, doc, rev).get("accepted") == block for rev in _incoming(repository)
        ):
            return None  # brought in by a merge or a cherry-pick: its own commit tells who
        return Record(True, state.actor, None, None, "", "", None, None)
    timeline = past.timelines.get(doc.id or "")
    if timeline is None:
        return None
    writer = None
    for version in timeline.versions:
        now = version.data.get("accepted") if version.data is not None else None
        if now == block:
            if writer is None:
                writer = version
        else:
            writer = None
    if writer is None:
        return None
    commit = writer.commit
    expected = block.get("as") if isinstance(block.get("as"), str) else block.get("by")
    signature, signer = "", ""
    if not isinstance(expected, str) or commit.email.lower() != expected.lower():
        signature, signer = repository.signature_status(
            commit.sha
        )  # only asked when the author is not
    old = None
    if acceptance.fingerprint(doc.data, doc.statement) != block.get("fingerprint"):
        shown = repository.blob(commit.sha, writer.path)  # to tell what changed
        old = document.parse(_text(shown), writer.path) if shown is not None else None
    return Record(
        False,
        commit.email,
        commit.author,
        commit.sha,
        signature,
        signer,
        writer.data,
        old.statement if old is not None else None,
    )


def _at_head(repository: Repository, doc: Document, rev: str = "HEAD") -> Mapping[str, Any]:
    """The front matter of ``doc``'s file at ``rev``; empty when it is not there."""
    shown = repository.blob(rev, doc.path)
    if shown is None:
        return {}
    return document.parse(_text(shown), doc.path).data


def _text(blob: bytes) -> str:
    return blob.decode("utf-8", "replace")


def _incoming(repository: Repository) -> list[str]:
    """The commits a merge or cherry-pick in progress brings in (their blocks are not new)."""
    found = []
    for name in ("MERGE_HEAD", "CHERRY_PICK_HEAD"):
        out = repository.output("rev-parse", "-q", "--verify", name)
        if out is not None:
            found.append(out.strip())
    return found


def vouched(record: Record, expected: str) -> bool:
    """Whether the commit that wrote the block is the ``expected`` person's: authored by them, or
    carrying a good signature whose signer names their address."""
    if record.actor is not None and record.actor.lower() == expected.lower():
        return True
    return record.signature in GOOD_SIGNATURES and expected.lower() in record.signer.lower()
