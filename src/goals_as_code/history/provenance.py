"""Where each acceptance, agreement and confidence value came from, read from Git: the commit
that wrote the ``accepted`` or ``agreed`` block (or last changed ``confidence.owner`` or
``confidence.manager``), who authored it, whether it is signed, and the goal as it was then.

Only ``goals check`` rules ask: those of the A family for goals that have an ``accepted`` or
``agreed`` block, confidence-not-by-holder for goals with a confidence value, and stale-checkin for
goals and KPIs whose file alone says no value was checked in lately. Then, in a Git repository,
the commit that wrote a block is found in the log of that one file, once per file, and the whole
history of the goals folder is read, once per tree, only when that log cannot be sure or
stale-checkin asks (GitPython is imported then, not before).
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

from goals_as_code.errors import GoalsError
from goals_as_code.history.records import Timeline as HistoryTimeline
from goals_as_code.history.records import Version
from goals_as_code.markdown import plugin as statements
from goals_as_code.source import acceptance, cachefile, fields
from goals_as_code.source.config import work_tree
from goals_as_code.source.document import DEFAULT_MAX_FRONT_MATTER

if TYPE_CHECKING:
    from goals_as_code import history
    from goals_as_code.git import Repository
    from goals_as_code.git.commands import Around
    from goals_as_code.source.config import Config
    from goals_as_code.source.document import Document


T = TypeVar("T")


class Tree(Protocol):
    """What provenance needs of the tree being checked: its configuration, how many of its
    statements the run checks (None: not known), whether answers may be kept between runs, and
    the statement files the work tree holds otherwise than Git's index or that Git does not
    track, when the tree was read from the index (None: not known), and what Git said of the
    repository with that listing (HEAD, the files staged; None: not asked)."""

    @property
    def config(self) -> Config | None: ...

    @property
    def checking(self) -> int | None: ...

    @property
    def keep(self) -> bool: ...

    @property
    def unstaged(self) -> frozenset[str] | None: ...

    @property
    def around(self) -> Around | None: ...


# %G? codes of git log: only G, a good signature by a key that is known for its signer, vouches;
# U (good, but a key no allowed-signers file lists) never does
GOOD_SIGNATURES = ("G",)
WILL_SIGN = "will-sign"  # the signature of a block about to be committed with commit.gpgsign set

# Why a block's commit does not vouch for who it names (``doubt``)
AUTHOR = "author"  # authored (or about to be committed) by someone else
COMMITTER = "committer"  # authored by them, committed by someone else: --author, --amend, rebase
ALIAS = "alias"  # their address under the name another address commits under
UNSIGNED = "unsigned"  # signatures are required, and the commit has no good one by them


class Record(NamedTuple):
    """The provenance of a field (the ``accepted`` block, say) a goal has in the work tree."""

    pending: bool  # the field differs from HEAD's: it is being recorded by the next commit
    actor: str | None  # the e-mail of who wrote it: the commit's author, or the committer to be
    actor_name: str | None
    sha: str | None  # the commit that wrote it (None when pending or not found)
    signature: str  # %G? of that commit ("N" none, "" unknown)
    signer: str  # %GS: the signer's name and address, when signed
    data: Mapping[str, Any] | None  # the goal's front matter as accepted (None: unknown)
    statement: str | None  # the goal's statement as accepted (read only when it changed since)
    committer: str | None = None  # the e-mail of who committed it (None: not known)
    committer_name: str | None = None
    alias: str | None = None  # another address that commits under the author's name


def git(root: Path, *args: str) -> str | None:
    """What ``git ARGS`` prints in ``root``, or None when it fails."""
    from goals_as_code.git import output

    return output(root, *args)


def signature(top: Path, sha: str, signers: Path | None) -> tuple[str, str]:
    """``%G?`` and ``%GS`` of a commit, SSH keys verified against ``signers`` only."""
    from goals_as_code.git import open_repo

    try:
        with open_repo(top) as repository:
            return repository.signature_status(sha, signers)
    except GoalsError:
        return "", ""


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
        self.born: dict[tuple[str, str], bool] = {}  # (path, commit) -> written there as new
        self.still: dict[tuple[str, str], bool] = {}  # (HEAD then, path) -> file left alone
        self.top: Path | None = None
        self.repository: Repository | None = None
        self.past: history.History | None = None
        self.usable: bool | None = None  # None: not asked yet
        self.records: dict[tuple[str, str], Record | None] = {}
        self.changed: set[str] = set()  # files whose work tree differs from HEAD (or untracked)
        # the content at HEAD of files named, by path, when Git said it with the listing
        self.at_head: Mapping[str, bytes | None] = {}
        self.head = ""
        self.unreadable = False  # the history pass failed
        self.files: dict[str, dict[str, history.Timeline] | None] = {}  # path -> its timelines
        self.others: dict[tuple[str, str | None], bool] = {}  # (id, since) -> other files?
        self.signers: Path | None = None  # the allowed-signers file
        self.require = False  # signatures required
        self.names: Names | None = None  # of the commits of the whole history, when asked
        self.maybe: Names | None = None  # of every commit that touched the goals folder
        self.asked = False  # whether git was asked for them (None then: it could not tell)
        self.kept: Answers | None = None  # what Git said of an earlier HEAD, kept between runs
        self._actor: str | None = None  # the acting identity, asked for on first use

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
        around = self.tree.around  # asked of Git with the index's listing, when it was
        unstaged = self.tree.unstaged
        if around is not None and around.top.resolve() != self.top:
            around = None  # not the repository found here: asked again
        try:
            from goals_as_code.git import Repository, open_repo

            if around is not None:
                self.repository = Repository(around.top, around.common_dir)
                self.head = around.head or ""
            else:
                self.repository = open_repo(self.top)
                self.head = self.repository.rev_parse("HEAD") or ""
        except GoalsError:
            return False
        if not self.head:
            return False
        self.kept = Answers.open(self.top) if self.tree.keep else None
        # the statements' files only: a whole work tree of other files takes git longer
        folder = _goals_folder(self.top, config)
        if unstaged is None:
            self.changed = self.repository.changed_paths(*folder)
        elif around is not None and around.staged is not None:
            self.changed = set(around.staged) | unstaged
            self.at_head = around.at_head or {}
        else:  # the work tree against the index is known: the index against HEAD is quick
            self.changed = self.repository.staged_paths(*folder) | unstaged
        self.signers, self.require = config.signers_path, config.require_signatures
        return True

    def actor(self) -> str | None:
        """The acting Git identity (who a block being committed is written by)."""
        if self._actor is None and self.top is not None:
            self._actor = identity(self.top) or ""
        return self._actor or None

    def history(self) -> history.History | None:
        """The whole history of the goals folder, read on first use: stale-checkin asks it, and
        an acceptance only when the history of its own file cannot tell who wrote it."""
        if self.past is None and not self.unreadable:
            config = self.tree.config
            assert config is not None
            from goals_as_code import history

            try:
                self.past = history.read(
                    config.root,
                    config.goals_dir,
                    exclude=config.exclude,
                    repository=self.repository,
                    max_front_matter=config.front_matter_bytes,
                    keep=self.tree.keep,
                )
            except GoalsError:
                self.unreadable = True
        return self.past


def _goals_folder(top: Path, config: Config) -> list[str]:
    """The goals folder as a path relative to ``top`` (none when it is outside)."""
    try:
        return [config.goals_path.resolve().relative_to(top.resolve()).as_posix()]
    except (OSError, ValueError):
        return []


_STATES: dict[int, _State] = {}


def record(
    tree: Tree, doc: Document, field: str = acceptance.ACCEPTED, expected: str | None = None
) -> Record | None:
    """The provenance of ``doc``'s ``field``: the ``accepted`` block, the ``agreed`` block, or a
    dotted value such as ``confidence.owner``. ``expected`` is who should have written it (for
    a block, who it names): the commit's signature is asked only when its author is someone
    else. None outside Git, for an old revision (no work tree), when a block is not a mapping
    or the field is not written, or when no commit wrote it."""
    if _value(doc.data, field) is None or not doc.id:
        return None
    state = _state(tree)
    key = (doc.path, field)
    if not state.ready():  # outside Git: only what the caller told (remember), kept for none
        return state.records.get(key)
    if key not in state.records:
        state.records[key] = _kept_record(state, doc, field, expected)
    return state.records[key]


def _kept_record(state: _State, doc: Document, field: str, expected: str | None) -> Record | None:
    """``_record``, kept by HEAD between runs when it was read from the file's own history (a
    hook's few staged files): the same HEAD, file and settings give the same record, so the
    next run at that HEAD asks Git only for the commit's signature, when the record has one (keys
    outside the repository can change what it says). A record being committed is never kept;
    in a file being committed, a value that HEAD holds too is kept by itself, not by the file."""
    if state.kept is None or _whole_history_pays(state):
        return _record(state, doc, field, expected)
    what: object = doc.text
    if doc.path in state.changed:  # being committed: kept only when HEAD holds the same value
        block = _value(doc.data, field)
        if _value(_at_head(state, doc), field) != block:
            return _record(state, doc, field, expected)
        # who wrote it then depends on the value, the id and the names it is checked against,
        # not on the rest of the file (a staged check-in changes the file at every commit)
        what = [block, doc.id, doc.get("owner"), doc.get("manager")]
    mailmap = state.repository.mailmap() if state.repository is not None else ""
    key = cachefile.digest(doc.path, field, expected, what, *_signers(state), mailmap)
    kept = state.kept.get("records", key)
    if kept is not None and kept[0] == state.head:
        if kept[1] is None:
            return None
        was = Record(*kept[1])
        if was.signature not in ("", "N") and was.sha and state.repository is not None:
            # what a signature says depends on keys outside the repository too: asked again
            # (a commit without one stays without one)
            signature, signer = state.repository.signature_status(was.sha, state.signers)
            was = was._replace(signature=signature, signer=signer)
        return was
    found = _record(state, doc, field, expected)
    value = None if found is None else list(found)
    if found is None or (not found.pending and cachefile.plain(value)):
        _keep(state, "records", key, value)
    return found


def findings_key(tree: Tree, today: datetime.date) -> str | None:
    """What the findings of the rules that read a file's history were found with, beyond the
    file itself: HEAD, the .mailmap, the signers file and whether signatures are required, a
    shallow clone's boundary, and today. None outside Git (nothing is kept then)."""
    state = _state(tree)
    if not state.ready() or state.repository is None or state.top is None:
        return None
    shallow = sorted(state.repository.shallow_commits() or ())
    mailmap = state.repository.mailmap()
    return cachefile.digest(state.head, mailmap, *_signers(state), shallow, today)


def _signers(state: _State) -> tuple[str, str, bool]:
    """Who vouches for a signature: the signers file's name and content ("?" when it cannot be
    read), and whether signatures are required."""
    content = ""
    if state.signers is not None:
        try:
            content = state.signers.read_text(encoding="utf-8", errors="replace")
        except OSError:
            content = "?"
    return str(state.signers), content, state.require


def is_open(tree: Tree) -> bool:
    """Whether a rule has already opened the repository for ``tree`` (nothing is opened here)."""
    return _state(tree).usable is True


def settled(tree: Tree, doc: Document) -> bool:
    """Whether ``doc`` is as HEAD has it (nothing in it is being committed): then what the
    history says of it depends on HEAD alone."""
    state = _state(tree)
    return state.ready() and doc.path not in state.changed


def signed_answers(tree: Tree) -> int:
    """How many times Git has named a signature so far in this run (see
    ``Repository.signed_answers``)."""
    state = _state(tree)
    return state.repository.signed_answers if state.repository is not None else 0


def with_signature(tree: Tree, found: Record) -> Record:
    """``found`` with its commit's signature, asked now when it was not asked before (a commit
    by who the block names is not asked unless signatures are required)."""
    if found.signature or found.sha is None or found.pending:
        return found
    state = _state(tree)
    if not state.ready() or state.repository is None:
        return found
    code, signer = state.repository.signature_status(found.sha, state.signers)
    return found._replace(signature=code, signer=signer)


def last_checkin(tree: Tree, doc: Document) -> datetime.date | None:
    """The day of the last commit that checked in a value of ``doc`` (or, when none did, that
    first wrote it); None outside Git or when no commit holds it."""
    found = timeline(tree, doc)  # the file's own history when it is the goal's whole life
    if found is None:
        return None
    commits = [checkin.commit for checkin in found.checkins] or [found.versions[0].commit]
    return max(commit.date.date() for commit in commits)


def timeline(tree: Tree, doc: Document) -> history.Timeline | None:
    """The history of ``doc`` read from Git (its versions, oldest first); None outside Git or
    when no commit holds it."""
    if not doc.id:
        return None
    state = _state(tree)
    if not state.ready():
        return None
    found = None if _whole_history_pays(state) else _kept_life(state, doc)
    if found is None:
        past = state.history()
        if past is None:
            return None
        found = past.timelines.get(doc.id)
    return found if found is not None and found.versions else None


def _kept_life(state: _State, doc: Document) -> history.Timeline | None:
    """``_whole_life_in_file``, kept between runs (``_kept_while_alone``)."""
    if state.kept is None or state.repository is None:
        return _whole_life_in_file(state, doc)
    from goals_as_code.history import cache

    config = state.tree.config
    limit = config.front_matter_bytes if config is not None else None
    key = cachefile.digest(doc.path, doc.id, state.repository.mailmap(), limit, cache.reader())
    return _kept_while_alone(state, "lives", key, doc, lambda: _whole_life_in_file(state, doc))


def _kept_while_alone(
    state: _State, kind: str, key: str, doc: Document, find: Callable[[], history.Timeline | None]
) -> history.Timeline | None:
    """What ``find`` says from the history of ``doc``'s file, kept between runs under ``key``
    with the HEAD it was found at, and taken again while that still holds (``_still_holds``);
    a kept answer that does not read back is found again."""
    from goals_as_code.history import cache

    assert state.kept is not None
    kept = state.kept.get(kind, key)
    if kept is not None and _still_holds(state, kept[0], doc):
        found = cache.decode_timeline(kept[1])
        if found is not None:
            if kept[0] != state.head:
                _keep(state, kind, key, kept[1])  # asked at this HEAD from now on
            return found
    found = find()
    encoded = cache.encode_timeline(found) if found is not None else None
    if encoded is not None:
        _keep(state, kind, key, encoded)
    return found


def _still_holds(state: _State, head: str, doc: Document) -> bool:
    """Whether what the history of ``doc``'s file said at ``head`` still holds at HEAD: it is
    HEAD, or HEAD descends from it, no commit since changed the file (a merge that did counts)
    and no other file holds or held the id. A hook runs after every commit: most leave the file
    alone, and its history (a ``git log`` of the path over all commits) is not read again.
    (Where another file ever held the id, the history is read again: it may tell otherwise.)"""
    if head == state.head:
        return True
    repository = state.repository
    assert repository is not None
    key = (head, doc.path)
    if key not in state.still:
        since = None
        if repository.is_ancestor(head, state.head):
            since = repository.output(
                "log", "--format=%H", "--full-history", "-m", f"{head}..{state.head}",
                "--", f":(literal){doc.path}",
            )  # fmt: skip
        state.still[key] = since is not None and not since.strip()
    # (no other file has ever held the id: the same question its history answered then)
    return state.still[key] and not _other_files_with_id(state, doc, None)


def _kept_writer(state: _State, doc: Document, field: str, block: object) -> object:
    """``_writer_of_file``, kept between runs by the value written (``_kept_while_alone``, as a
    timeline of the one version that wrote it)."""
    if state.kept is None or state.repository is None:
        return _writer_of_file(state, doc, field, block)

    def find() -> history.Timeline | None:
        writer = _writer_of_file(state, doc, field, block)
        if not isinstance(writer, Version):
            return None
        return HistoryTimeline(doc.id or "", doc.kind, [writer.path], [writer], [], [])

    key = cachefile.digest(doc.path, field, block, doc.id, state.repository.mailmap())
    found = _kept_while_alone(state, "writers", key, doc, find)
    return found.versions[0] if found is not None and found.versions else _UNKNOWN


def _whole_life_in_file(state: _State, doc: Document) -> history.Timeline | None:
    """``doc``'s timeline from the history of its file alone, when that is its whole life: the
    file was not renamed or copied into its path, every version names the id, and no other file
    ever held it; then it is the timeline the whole history gives. None when it may not be."""
    timelines = _file_history(state, doc.path)
    found = timelines.get(doc.id or "") if timelines is not None else None
    if found is None or not found.versions:
        return None
    if any(version.data is None or version.data.get("id") != doc.id for version in found.versions):
        return None
    if not _born_here(state, doc.path, found.versions[0].commit.sha):
        return None
    if _other_files_with_id(state, doc, None):
        return None
    return found


def _born_here(state: _State, path: str, sha: str) -> bool:
    """Whether commit ``sha`` wrote ``path`` as a new file, not renamed or copied from another
    (the log of one path sees a renamed file as new: the whole history follows it back). Asked
    of Git once a run: a goal's timeline and its acceptance ask it of the same commit."""
    known = state.born.get((path, sha))
    if known is None:
        known = state.born[path, sha] = _born_in(state, path, sha)
    return known


def _born_in(state: _State, path: str, sha: str) -> bool:
    repository = state.repository
    assert repository is not None
    out = repository.output("show", "--format=", "--name-status", "-z", "-M", "-C", sha)
    if out is None:
        return False
    tokens = out.strip("\n\0").split("\0")
    index = 0
    while index < len(tokens):
        status = tokens[index]
        if status[:1] in ("R", "C"):
            if index + 2 < len(tokens) and tokens[index + 2] == path:
                return False
            index += 3
        else:
            index += 2
    return True


def _state(tree: Tree) -> _State:
    state = _STATES.get(id(tree))
    if state is None or state.tree is not tree:
        if len(_STATES) > 8:
            _STATES.clear()
        state = _STATES[id(tree)] = _State(tree)
    return state


def remember(tree: Tree, found: Mapping[tuple[str, str], Record]) -> None:
    """Tell what is known of the blocks of a tree read without a work tree (as ``goals review``
    knows the base version of each goal), by path and block name; Git is not asked for the
    others."""
    state = _State(tree)
    state.usable = False
    state.records.update(found)
    if len(_STATES) > 8:
        _STATES.clear()
    _STATES[id(tree)] = state


def _value(data: Mapping[str, Any] | None, field: str) -> Any:
    """The value of ``field`` in ``data``: a block only when it is a mapping."""
    found = fields.get(data, field)
    if field in acceptance.BLOCKS and not isinstance(found, Mapping):
        return None
    return found


def _record(state: _State, doc: Document, field: str, expected: str | None) -> Record | None:
    repository = state.repository
    assert repository is not None
    block = _value(doc.data, field)
    assert block is not None
    if doc.path in state.changed and _value(_at_head(state, doc), field) != block:
        if any(_value(_at_head(state, doc, rev), field) == block for rev in _incoming(repository)):
            return None  # brought in by a merge or a cherry-pick: its own commit tells who
        from goals_as_code.git import config_get

        signing = (config_get("commit.gpgsign", state.top) or "").strip().lower() == "true"
        return Record(True, state.actor(), None, None, WILL_SIGN if signing else "", "", None, None)
    writer = _UNKNOWN if _whole_history_pays(state) else _kept_writer(state, doc, field, block)
    if writer is _UNKNOWN:
        past = state.history()
        if past is None:
            return None
        timeline = past.timelines.get(doc.id or "")
        if timeline is None:
            return None
        writer = _writer(timeline.versions, field, block)[0]
    if not isinstance(writer, Version):
        return None
    commit = writer.commit
    if expected is None and isinstance(block, Mapping):  # who the block names
        named = block.get("as") if isinstance(block.get("as"), str) else block.get("by")
        expected = named if isinstance(named, str) else None
    other = doc.get("owner" if field in (acceptance.ACCEPTED, "confidence.manager") else "manager")
    alias = _alias(state, commit, other)
    signature, signer = "", ""
    plain = (
        isinstance(expected, str)
        and same(commit.email, expected)
        and same(commit.committer_email or commit.email, commit.email)
        and alias is None
    )
    if state.require or not plain:  # a signature is asked only when it could tell more
        signature, signer = repository.signature_status(commit.sha, state.signers)
    old = None
    if isinstance(block, Mapping) and acceptance.fingerprint(doc.data, doc.statement) != block.get(
        "fingerprint"
    ):
        shown = repository.blob(commit.sha, writer.path)  # to tell what changed
        old = _version(state, shown, writer.path) if shown is not None else None
    return Record(
        False,
        commit.email,
        commit.author,
        commit.sha,
        signature,
        signer,
        writer.data,
        old.statement if old is not None else None,
        commit.committer_email or None,
        commit.committer or None,
        alias,
    )


def _writer(versions: Sequence[Version], field: str, block: object) -> tuple[Version | None, int]:
    """The version that wrote ``block`` last: the first of the run of versions, up to the last,
    that hold it; with its place in ``versions``."""
    writer, place = None, -1
    for index, version in enumerate(versions):
        if _value(version.data, field) == block:
            if writer is None:
                writer, place = version, index
        else:
            writer = None
    return writer, place


# the history of the file alone cannot tell: ask the history of the whole goals folder
_UNKNOWN = object()
# how many files are asked of their own history before the whole history is read instead
_FILES_ALONE = 3


def _whole_history_pays(state: _State) -> bool:
    """Whether to read the whole history rather than one more file's: one file's own history
    answers a hook's one staged goal without the whole log, but past a few files (a check of
    the whole tree) one pass over the log costs less than a log, a grep and a search per file.
    Both give the same answer. A run known to check more files than that reads the whole
    history from the start."""
    if state.past is not None:
        return True
    if state.unreadable:
        return False
    checking = state.tree.checking
    return len(state.files) >= _FILES_ALONE or (checking is not None and checking > _FILES_ALONE)


def _writer_of_file(state: _State, doc: Document, field: str, block: object) -> object:
    """The version that wrote ``block``, from the history of ``doc``'s file alone: the commits
    that changed that one path, and a search for other files with the same id since the block
    was last different (since ever, when it came with the file). It is the version the whole
    history gives whenever it answers; it says _UNKNOWN when it cannot be sure (a merge changed
    the file, the clone is shallow, another file had the id, a version without an id), and the
    whole history is read then."""

    timelines = _file_history(state, doc.path)
    if timelines is None:
        return _UNKNOWN
    timeline = timelines.get(doc.id or "")
    if timeline is None:
        return _UNKNOWN
    writer, place = _writer(timeline.versions, field, block)
    if writer is None:
        return _UNKNOWN
    # the last version before the block was written; when it came with the file, no version
    # of any other file may have held the id at any time
    since = timeline.versions[place - 1].commit.sha if place > 0 else None
    if any(
        version.data is None or version.data.get("id") != doc.id
        for version in timeline.versions[max(place - 1, 0) :]
    ):
        return _UNKNOWN  # a version that joined the id by its file, not by its own id
    if since is None and not _born_here(state, doc.path, writer.commit.sha):
        return _UNKNOWN  # renamed into its path with the block: the whole history follows it
    if _other_files_with_id(state, doc, None) and (
        since is None or _other_files_with_id(state, doc, since)
    ):
        return _UNKNOWN
    return writer


def _file_history(state: _State, path: str) -> dict[str, history.Timeline] | None:
    """The timelines that the commits changing ``path`` alone give, read once per file; None
    when they may differ from the whole history's (a merge changed the file, a shallow clone)."""
    if path in state.files:
        return state.files[path]
    from goals_as_code.history import log
    from goals_as_code.history.fold import Fold

    repository = state.repository
    assert repository is not None
    found: dict[str, history.Timeline] | None = None
    commits = log.commits(repository, state.head, path)
    if repository.shallow_commits() is None and all(len(e.parents) < 2 for e in commits):
        wanted = {
            blob
            for entry in commits
            for change in entry.changes
            for blob in (change.old_blob, change.new_blob)
            if blob is not None
        }
        fold = Fold(repository.read_blobs(sorted(wanted)), set())
        for entry in commits:
            fold.commit(entry)
        found = fold.timelines()
    state.files[path] = found
    return found


def _other_files_with_id(state: _State, doc: Document, since: str | None) -> bool:
    """Whether a file other than ``doc``'s may have held its id at ``since`` or after (None: at
    any time): a line naming the id in another statement file then or now, or added or removed
    since (a loose match: a false alarm only costs the reading of the whole history)."""
    key = (doc.id or "", since)
    if key not in state.others:
        state.others[key] = _search_other_files(state, doc, since)
    return state.others[key]


def _search_other_files(state: _State, doc: Document, since: str | None) -> bool:
    """``_other_files_with_id`` asked of Git, or of the answer kept for an earlier HEAD: when
    no other file had the id up to that HEAD, only the commits since then are searched (a hook
    asks the same at every commit)."""
    repository = state.repository
    config = state.tree.config
    assert repository is not None
    assert config is not None
    from goals_as_code.history import log

    base = log.goals_base(repository.prefix(config.root), config.goals_dir)
    where = [f":(literal){base}" if base else ".", f":(exclude,literal){doc.path}"]
    pattern = (
        r"""(^|[{,[:space:]])["']?id["']?[[:space:]]*:[[:space:]]*["']?"""
        + _ere(doc.id or "")
        + r"([^-_.[:alnum:]]|$)"
    )
    key = "\x1f".join((base, doc.path, doc.id or "", since or ""))
    kept = state.kept.get("others", key) if state.kept is not None else None
    if kept is not None:
        head, found = kept
        if head == state.head or found is True:  # a True is at worst a false alarm
            return bool(found)
        # every file that has the id now got it in a commit: the ones since then are enough
        since_then = repository.output(
            "log", "--format=%H", "--full-history", "-m", "-G" + pattern,
            f"{head}..{state.head}", "--", *where,
        )  # fmt: skip
        if since_then is not None:
            return _keep(state, "others", key, bool(since_then.strip()))
    return _keep(state, "others", key, _search_all(state, pattern, where, since))


def _keep(state: _State, kind: str, key: str, value: T) -> T:
    """``value``, kept as the answer at this HEAD."""
    if state.kept is not None:
        state.kept.put(kind, key, state.head, value)
    return value


def _search_all(state: _State, pattern: str, where: list[str], since: str | None) -> bool:
    repository = state.repository
    assert repository is not None
    for rev in (state.head,) if since is None else (since, state.head):
        # (git grep exits 1, and output gives None, when nothing matches)
        if repository.output("grep", "-l", "-I", "-E", "-e", pattern, rev, "--", *where):
            return True
    changed = repository.output(
        "log",
        "--format=%H",
        "--full-history",
        "-m",
        "-G" + pattern,
        state.head if since is None else f"{since}..{state.head}",
        "--",
        *where,
    )
    return changed is None or bool(changed.strip())


def _ere(text: str) -> str:
    """``text`` as a POSIX extended regular expression that matches it literally."""
    return "".join("\\" + char if char in ".[]()*+?{}|^$\\" else char for char in text)


def _alias(state: _State, commit: history.Commit, other: object) -> str | None:
    """``Names.alias`` over the commits of the whole history, asked first of a cheaper superset
    of them (every commit that touched the goals folder, from one ``git log`` without reading a
    file): only when that superset names an alias is the whole history read, to be exact."""
    if not isinstance(other, str) or same(commit.email, other):
        return None
    if not state.asked:
        state.maybe, state.asked = _touching(state), True
    if state.maybe is not None and state.maybe.alias(commit, other) is None:
        return None
    if state.names is None:
        past = state.history()
        commits = (
            version.commit
            for line in (past.timelines.values() if past else ())
            for version in line.versions
        )
        state.names = names(commits)
    return state.names.alias(commit, other)


def _touching(state: _State) -> Names | None:
    """The names and addresses of every commit of HEAD that touched the goals folder (a superset
    of those the history reads versions from, as ``names`` takes them)."""
    repository, config = state.repository, state.tree.config
    assert repository is not None
    assert config is not None
    from goals_as_code.history import log

    base = log.goals_base(repository.prefix(config.root), config.goals_dir)
    spec = f":(literal){base}" if base else "."
    kept = state.kept.get("touching", base) if state.kept is not None else None
    pairs: set[tuple[str, str]] = set()
    out = None
    if kept is not None:  # the names up to an earlier HEAD, and those of the commits since
        head, known = kept
        pairs = {(str(name), str(email)) for name, email in known}
        if head == state.head:
            return Names(frozenset(pairs))
        # a superset is all this is asked to be: the names of commits no longer in HEAD's
        # history (a rebase) only send a few more checks to the whole history
        out = repository.output(
            "log", "--full-history", "--format=%aN%x1f%aE%x1f%cN%x1f%cE",
            f"{head}..{state.head}", "--", spec,
        )  # fmt: skip
    if out is None:
        pairs = set()
        out = repository.output(
            "log", "--full-history", "--format=%aN%x1f%aE%x1f%cN%x1f%cE", state.head, "--", spec
        )
    if out is None:  # git could not tell: the whole history decides
        return None
    for line in out.splitlines():
        parts = line.split("\x1f")
        if len(parts) == 4:
            pairs.add((parts[0], parts[1].lower()))
            if parts[2] and parts[3]:
                pairs.add((parts[2], parts[3].lower()))
    _keep(state, "touching", base, sorted(pairs))
    return Names(frozenset(pairs))


def _at_head(state: _State, doc: Document, rev: str = "HEAD") -> Mapping[str, Any]:
    """The front matter of ``doc``'s file at ``rev``; empty when it is not there."""
    assert state.repository is not None
    if rev == "HEAD" and doc.path in state.at_head:  # asked with the listing
        shown = state.at_head[doc.path]
    else:
        shown = state.repository.blob(rev, doc.path)
    if shown is None:
        return {}
    return _version(state, shown, doc.path).data


def _version(state: _State, raw: bytes, path: str) -> Document:
    """A version of a statement file from Git, read within the limits of ``goals check``."""
    config = state.tree.config
    limit = config.front_matter_bytes if config is not None else DEFAULT_MAX_FRONT_MATTER
    return statements.from_bytes(raw, path, max_front_matter=limit)


def _incoming(repository: Repository) -> list[str]:
    """The commits a merge or cherry-pick in progress brings in (their blocks are not new)."""
    found = []
    for name in ("MERGE_HEAD", "CHERRY_PICK_HEAD"):
        out = repository.output("rev-parse", "-q", "--verify", name)
        if out is not None:
            found.append(out.strip())
    return found


def same(one: str | None, other: str | None) -> bool:
    """Whether two e-mail addresses are the same address (exactly, but for case)."""
    return one is not None and other is not None and one.strip().lower() == other.strip().lower()


def signer_address(signer: str) -> str:
    """The address of a signer: an SSH principal as the allowed-signers file lists it, or the
    address in a GPG key's user id (``Name <address>``)."""
    start, end = signer.rfind("<"), signer.rfind(">")
    if 0 <= start < end:
        return signer[start + 1 : end]
    return signer


def signed_by(record: Record, expected: str) -> bool:
    """Whether the commit carries a good signature by a key listed for exactly ``expected``."""
    return record.signature in GOOD_SIGNATURES and same(signer_address(record.signer), expected)


def doubt(record: Record, expected: str, require: bool = False) -> str | None:
    """Why the commit that wrote a block does not vouch that ``expected`` wrote it (``AUTHOR``,
    ``COMMITTER``, ``ALIAS``, ``UNSIGNED``), or None when it does or Git cannot tell.

    A good signature by a key listed for ``expected`` vouches always. Without one: with
    signatures required, nothing else does; else the commit must be authored and committed by
    ``expected``, under a name no other address commits under."""
    if record.actor is None or signed_by(record, expected):
        return None
    if record.pending:
        if not same(record.actor, expected):
            return AUTHOR
        return UNSIGNED if require and record.signature != WILL_SIGN else None
    if require:
        return UNSIGNED
    if not same(record.actor, expected):
        return AUTHOR
    if record.committer is not None and not same(record.committer, record.actor):
        return COMMITTER
    if record.alias is not None:
        return ALIAS
    return None


def vouched(record: Record, expected: str, require: bool = False) -> bool:
    """Whether the commit that wrote the block is the ``expected`` person's (``doubt``)."""
    return doubt(record, expected, require) is None


def required(tree: Tree) -> tuple[bool, Path | None]:
    """Whether the tree's configuration requires signatures, and its allowed-signers file."""
    config = tree.config
    if config is None:
        return False, None
    return config.require_signatures, config.signers_path


class Names(NamedTuple):
    """Who commits under which name, to tell an address used under another person's name."""

    pairs: frozenset[tuple[str, str]]  # (name, address in lower case) of authors and committers

    def alias(self, commit: history.Commit, other: object) -> str | None:
        """``other`` (the other party: the owner for an acceptance, the manager for an
        agreement) when ``commit`` is authored under the name ``other`` commits under but
        with another address, as ``git -c user.email=<someone>`` leaves it."""
        if not isinstance(other, str) or same(commit.email, other):
            return None
        return other if (commit.author, other.strip().lower()) in self.pairs else None


def names(commits: Iterable[history.Commit]) -> Names:
    """The names and addresses of ``commits`` (authors, and committers)."""
    pairs: set[tuple[str, str]] = set()
    for commit in commits:
        pairs.add((commit.author, commit.email.lower()))
        if commit.committer and commit.committer_email:
            pairs.add((commit.committer, commit.committer_email.lower()))
    return Names(frozenset(pairs))


class Answers:
    """What Git said of the history up to a HEAD, kept between runs in the Git folder
    (``.git/goals-as-code/``, see ``source/cachefile.py``): whether other files ever held an id,
    and the names commits were made under. A run at a later HEAD asks Git only about the commits
    since. ``GOALS_NO_CACHE`` (and ``goals check --no-cache``) neither reads nor writes it."""

    FORMAT = 1
    MOST = 4000  # answers kept; the oldest go first

    def __init__(self, path: Path, found: dict[str, dict[str, list[Any]]]) -> None:
        self.path = path
        self.found = found

    @classmethod
    def open(cls, top: Path) -> Answers | None:
        from goals_as_code import __version__
        from goals_as_code.source import cachefile

        if os.environ.get("GOALS_NO_CACHE", "") not in ("", "0"):
            return None
        folder = cachefile.git_folder(top)
        if folder is None:
            return None
        path = folder / f"history-answers-{cls.FORMAT}-{__version__}.json"
        stored = cachefile.load(path)
        found: dict[str, dict[str, list[Any]]] = {}
        if isinstance(stored, dict):
            for kind in ("others", "touching", "records", "lives", "writers"):
                table = stored.get(kind)
                if isinstance(table, dict):
                    found[kind] = {
                        str(key): value
                        for key, value in table.items()
                        if isinstance(value, list) and len(value) == 2 and isinstance(value[0], str)
                    }
        return cls(path, found)

    def get(self, kind: str, key: str) -> tuple[str, Any] | None:
        """The HEAD an answer was given at, and the answer; None when there is none."""
        found = self.found.get(kind, {}).get(key)
        if found is None:
            return None
        head, value = found
        if kind == "others" and not isinstance(value, bool):
            return None
        if kind == "touching" and not (
            isinstance(value, list)
            and all(isinstance(pair, list) and len(pair) == 2 for pair in value)
        ):
            return None
        if kind in ("lives", "writers") and not isinstance(value, dict):
            return None
        if kind == "records" and not (
            value is None or (isinstance(value, list) and len(value) == len(Record._fields))
        ):
            return None
        return head, value

    def put(self, kind: str, key: str, head: str, value: Any) -> None:
        """Keep ``value`` as the answer at ``head``, and write the file (a cache that cannot be
        written is no error)."""
        from goals_as_code.source import cachefile

        table = self.found.setdefault(kind, {})
        table.pop(key, None)
        table[key] = [head, value]
        while len(table) > self.MOST:
            del table[next(iter(table))]
        cachefile.save(self.path, self.found)
