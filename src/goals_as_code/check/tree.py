"""All statement files of a repository, read once, with an index by id for cross-file rules."""

from __future__ import annotations

import fnmatch
import os
import stat
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar, cast

from goals_as_code.check.cache import Store
from goals_as_code.i18n.messages import N_, message
from goals_as_code.markdown import plugin as statements
from goals_as_code.source import document, schema
from goals_as_code.source.config import Config
from goals_as_code.source.document import Document

if TYPE_CHECKING:
    from goals_as_code.history.staged import Around

T = TypeVar("T")


def discover(config: Config, unreadable: list[tuple[Path, OSError]] | None = None) -> list[Path]:
    """Every Markdown file under the goals folder that is not excluded, resolved, in the order of
    the paths found. A folder that cannot be read is added to ``unreadable`` with why, not passed
    over in silence. Links to folders are not followed (a loop of them cannot trap the walk).
    Only a file that is a link is resolved on its own; the others are under the goals folder,
    resolved once (resolving every file cost 0.45 s at 10,000 files)."""
    base = config.goals_path
    if not base.is_dir():
        return []
    root = base.resolve()  # once, not once per file

    def failed(error: OSError) -> None:
        if unreadable is not None:
            unreadable.append((Path(error.filename or base), error))

    found: list[tuple[list[str], Path]] = []
    for relative, link, path in _walk(str(base), "", failed):
        if link:  # a broken link under goals-dir is read as a problem, not skipped silently
            resolved = _resolved(Path(path), config, root)
        else:  # a pipe too
            name = relative.rpartition("/")[2]
            excluded = any(
                fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(name, pattern)
                for pattern in config.exclude
            )
            resolved = None if excluded else root / relative
        if resolved is not None:
            found.append((relative.split("/"), resolved))
    found.sort(key=lambda pair: pair[0])
    return [resolved for _, resolved in found]


def _walk(
    folder: str, relative: str, failed: Callable[[OSError], None]
) -> Iterator[tuple[str, bool, str]]:
    """The entries named ``*.md`` under ``folder`` that are not folders, as ``os.walk`` finds
    them: their path relative to it, whether each is a link, and its path."""
    try:
        with os.scandir(folder) as listed:
            entries = list(listed)
    except OSError as error:
        failed(error)
        return
    for entry in entries:
        inner = f"{relative}{entry.name}"
        try:
            folder_like = entry.is_dir()
        except OSError:
            folder_like = False
        if folder_like:
            if not entry.is_symlink():
                yield from _walk(entry.path, f"{inner}/", failed)
        elif entry.name.endswith(".md"):
            yield inner, entry.is_symlink(), entry.path


def is_statement(path: Path, config: Config, root: Path | None = None) -> bool:
    """Whether ``path`` is a statement file: a Markdown file under goals-dir, not excluded.
    ``root``: the goals folder resolved, when the caller has it already."""
    return _resolved(path, config, root) is not None


def _resolved(path: Path, config: Config, root: Path | None = None) -> Path | None:
    """``path`` resolved when it is a statement file, else None."""
    if path.suffix.lower() != ".md":
        return None
    try:
        resolved = path.resolve()
        relative = resolved.relative_to(root or config.goals_path.resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):  # outside the folder, or a loop of links
        return None
    if any(
        fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(path.name, pattern)
        for pattern in config.exclude
    ):
        return None
    return resolved


MAX_FILE_BYTES = document.MAX_FILE_BYTES


def read(
    path: Path,
    config: Config,
    store: Store | None = None,
    display: str | None = None,
    raw: bytes | None = None,
) -> Document:
    """Parse one file. A file that cannot be read, is not a regular file, is too large or is not
    UTF-8 becomes a document with an issue, not an error, so that one bad file does not hide the
    problems of the others. ``store``: the cache, which gives back the document of bytes read
    before. ``display``: the path as problems name it, when the caller knows it. ``raw``: its
    bytes, when the caller has read them already."""
    display = display if display is not None else config.relative(path)
    try:
        raw = read_regular(path) if raw is None else raw
    except NotRegular:
        said = message(
            N_("not a regular file (a pipe, a device or a folder); a statement file is a file")
        )
        return document.unreadable(display, 1, "encoding", said)
    except TooLarge as exc:
        return document.unreadable(display, 1, "too-large", document.too_large(exc.size))
    except OSError as exc:
        said = message(N_("cannot read the file: {error}"), error=exc.strerror or str(exc))
        return document.unreadable(display, 1, "encoding", said)
    if store is not None:
        return store.document(display, raw, lambda: parse(raw, display, config))
    return parse(raw, display, config)


def parse(raw: bytes, display: str, config: Config) -> Document:
    """The document of a file's bytes, within the configuration's limits."""
    return statements.from_bytes(raw, display, max_front_matter=config.front_matter_bytes)


class NotRegular(OSError):
    """The path is a pipe, a device, a socket or a folder: it is never read."""


class TooLarge(OSError):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def read_regular(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes. Opened without blocking, so a
    pipe named like a statement never hangs the run, and checked after opening (no race)."""
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        status = os.fstat(handle)
        if not stat.S_ISREG(status.st_mode):
            raise NotRegular(path)
        if status.st_size > limit:
            raise TooLarge(status.st_size)
        chunks = []
        left = limit + 1
        while left > 0:
            chunk = os.read(handle, min(left, 1 << 16))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        raw = b"".join(chunks)
    finally:
        os.close(handle)
    if len(raw) > limit:
        raise TooLarge(len(raw))
    return raw


class Known(Protocol):
    """What the rules that look at other files need to know of every statement without reading
    it: where it is, its id and kind, and the fields they index the tree on. Each value is the
    front matter's own when it is text, else None. A document says it (``Document.status``,
    ...); so do its ``Facts``, kept without it."""

    @property
    def path(self) -> str: ...
    @property
    def id(self) -> str | None: ...
    @property
    def kind(self) -> str | None: ...
    @property
    def status(self) -> str | None: ...
    @property
    def owner(self) -> str | None: ...
    @property
    def parent(self) -> str | None: ...


class Facts(NamedTuple):
    """The facts of a statement (:class:`Known`) without its document: what a tree read from
    Git's index holds of the files it does not read."""

    path: str
    id: str | None
    kind: str | None
    status: str | None
    owner: str | None
    parent: str | None

    @classmethod
    def of(cls, doc: Document) -> Facts:
        return cls(doc.path, doc.id, doc.kind, doc.status, doc.owner, doc.parent)


class Tree:
    """The statements of one repository (or one revision of it).

    Every statement has its ``facts``; its document is read on first use (:meth:`at`). A tree
    read from disk or from a revision holds every document already; a hook's tree holds the
    staged files and reads another only when a rule asks for it (``check/index.py``)."""

    def __init__(
        self,
        documents: Sequence[Document],
        config: Config | None = None,
        *,
        checking: int | None = None,
        keep: bool = True,
        schema_cache: dict[int, list[schema.SchemaError]] | None = None,
        facts: Sequence[Known] = (),
        read: Callable[[str], Document] | None = None,
        unstaged: frozenset[str] | None = None,
        exists: Callable[[str], bool] | None = None,
        around: Around | None = None,
    ) -> None:
        # the documents held (every one, unless ``read`` is given)
        self.documents = documents
        # the configuration the tree was read with; None for a tree of an old revision (no work
        # tree)
        self.config = config
        # how many of the documents the run checks (None: not known): provenance reads the
        # whole history at once for more than a few, one file's own history for a hook's
        # staged file
        self.checking = checking
        # whether what Git said of the history may be kept between runs (``--no-cache``: not)
        self.keep = keep
        # the schema violations by document, kept; two trees that share documents may share it
        self.schema_cache: dict[int, list[schema.SchemaError]] = (
            {} if schema_cache is None else schema_cache
        )
        # reads the document at a path the tree has facts of and does not hold
        self.read = read
        # the statement files the work tree holds otherwise than Git's index, or that Git does
        # not track, when the tree was read from the index (None: not known)
        self.unstaged = unstaged
        # whether a file (not a statement) is in the repository, by its path from the top: in
        # the work tree, unless the tree is the index's (None)
        self.exists = exists
        # what Git said of the repository with the listing of the index (HEAD, the files
        # staged), for the history rules; None: they ask it themselves
        self.around = around
        self._indexes: dict[Callable[[Any], Any], Any] = {}
        self._at: dict[str, Document] = {}
        # the facts of every statement, in the tree's order: the documents themselves when the
        # tree holds every one (no copy), else given
        self.facts: Sequence[Known] = facts
        if read is None:
            self.facts = documents
        else:
            for doc in documents:
                self._at.setdefault(doc.path, doc)
        index: dict[str, list[Known]] = defaultdict(list)
        for known in self.facts:
            if known.id is not None:
                index[known.id].append(known)
        self.ids: dict[str, list[Known]] = dict(index)

    def __repr__(self) -> str:
        return f"<Tree of {len(self.facts)} statements, {len(self.documents)} held>"

    def at(self, path: str) -> Document | None:
        """The statement at ``path`` (as problems name it), read on first use; None when the
        tree has no statement there."""
        if self.read is None:  # every document is held: found by path once asked
            return self.index(_by_path).get(path)
        found = self._at.get(path)
        if found is None and path in self._paths():
            found = self._at[path] = self.read(path)
        return found

    def _paths(self) -> set[str]:
        return self.index(_paths)

    def first(self, ident: object) -> Known | None:
        """The facts of the statement with this id (the first, if the id is not unique)."""
        found = self.ids.get(ident) if isinstance(ident, str) else None
        return found[0] if found else None

    def get(self, ident: object) -> Document | None:
        """The statement with this id (the first, if the id is not unique)."""
        found = self.first(ident)
        return self.at(found.path) if found is not None else None

    def with_id(self, ident: str) -> list[Document]:
        """Every statement with this id, in the tree's order."""
        return [doc for facts in self.ids.get(ident, []) if (doc := self.at(facts.path))]

    def index(self, build: Callable[[Tree], T]) -> T:
        """What ``build`` makes of the whole tree, made once: cross-file rules look up their
        facts (owners -> goals, the cycles of the parent graph) in it instead of walking every
        statement for every file, which would grow with the square of the number of files."""
        if build not in self._indexes:
            self._indexes[build] = build(self)
        return cast(T, self._indexes[build])

    def schema_errors(self, doc: Document) -> list[schema.SchemaError]:
        """The schema violations of ``doc``, computed once."""
        key = id(doc)
        if key not in self.schema_cache:
            self.schema_cache[key] = schema.validate(doc.data) if doc.readable else []
        return self.schema_cache[key]

    @classmethod
    def load(
        cls,
        config: Config,
        extra: Iterable[Path] = (),
        store: Store | None = None,
        prepare: Callable[[list[tuple[Path, str]]], tuple[Store | None, dict[Path, bytes]]]
        | None = None,
        advance: Callable[[], object] | None = None,
    ) -> Tree:
        """Every statement of the configuration's goals folder, and the files ``extra``;
        ``store``: the cache of ``goals check``; ``prepare``: called with the files (each its
        path and the name problems give it) before they are read, returns the cache to read
        them through and the bytes of those it read (``check/parallel.py``)."""
        unreadable: list[tuple[Path, OSError]] = []
        found = discover(config, unreadable)  # resolved already
        paths = dict.fromkeys([*found, *(path.resolve() for path in extra)])
        top = config.repository.resolve().as_posix().rstrip("/") + "/"

        def shown(path: Path) -> str:  # config.relative() of a resolved path, without resolving
            text = path.as_posix()
            return text[len(top) :] if text.startswith(top) else config.relative(path)

        raws: dict[Path, bytes] = {}
        if prepare is not None:
            store, raws = prepare([(path, shown(path)) for path in paths])
        documents = []
        for path in paths:
            name = shown(path)
            held = store.held(name) if store is not None else None
            if held is None:
                held = read(path, config, store, name, raws.pop(path, None))
            documents.append(held)
            if advance is not None:
                advance()
        for folder, error in unreadable:  # its statements cannot be checked: say so
            said = message(
                N_("cannot read the folder: {error}; its statements are not checked"),
                error=error.strerror or str(error),
            )
            documents.append(document.unreadable(config.relative(folder), 1, "encoding", said))
        return cls(documents, config)


def _paths(tree: Tree) -> set[str]:
    return {facts.path for facts in tree.facts}


def _by_path(tree: Tree) -> dict[str, Document]:
    """The documents of a tree that holds every one, by path (the first, for a path twice)."""
    found: dict[str, Document] = {}
    for doc in tree.documents:
        found.setdefault(doc.path, doc)
    return found
