"""All statement files of a repository, read once, with an index by id for cross-file rules."""

from __future__ import annotations

import fnmatch
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

from goals_as_code.i18n.messages import N_, Message, message
from goals_as_code.markdown import plugin as statements
from goals_as_code.source import document, schema
from goals_as_code.source.config import Config
from goals_as_code.source.document import Document

T = TypeVar("T")


def discover(config: Config) -> list[Path]:
    """Every Markdown file under the goals folder that is not excluded, in a stable order."""
    base = config.goals_path
    if not base.is_dir():
        return []
    root = base.resolve()  # once, not once per file
    return sorted(
        path for path in base.rglob("*.md") if path.is_file() and is_statement(path, config, root)
    )


def is_statement(path: Path, config: Config, root: Path | None = None) -> bool:
    """Whether ``path`` is a statement file: a Markdown file under goals-dir, not excluded.
    ``root``: the goals folder resolved, when the caller has it already."""
    if path.suffix.lower() != ".md":
        return False
    try:
        relative = path.resolve().relative_to(root or config.goals_path.resolve()).as_posix()
    except ValueError:
        return False
    return not any(
        fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(path.name, pattern)
        for pattern in config.exclude
    )


MAX_FILE_BYTES = 1024 * 1024


def read(path: Path, config: Config) -> Document:
    """Parse one file. A file that cannot be read, is too large or is not UTF-8 becomes a document
    with an issue, not an error, so that one bad file does not hide the problems of the others."""
    display = config.relative(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return _unreadable(
                display,
                1,
                "too-large",
                message(
                    N_(
                        "the file is {size} bytes, more than {limit}; a statement file holds one "
                        "statement and its notes"
                    ),
                    size=f"{size:,}",
                    limit=f"{MAX_FILE_BYTES:,}",
                ),
            )
        raw = path.read_bytes()
    except OSError as exc:
        return _unreadable(
            display, 1, "encoding", message(N_("cannot read the file: {error}"), error=exc.strerror)
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return _unreadable(
            display,
            line,
            "encoding",
            message(N_("the file is not UTF-8 (byte {byte}); save it as UTF-8"), byte=exc.start),
        )
    return statements.parse(text, display, max_front_matter=config.front_matter_bytes)


def _unreadable(display: str, line: int, kind: str, said: Message) -> Document:
    issue = document.Issue(line, 1, kind, said)
    return Document(display, "", {}, False, 1, None, 1, "", (issue,))


@dataclass
class Tree:
    """The statements of one repository (or one revision of it)."""

    documents: Sequence[Document]
    # the configuration the tree was read with; None for a tree of an old revision (no work tree)
    config: Config | None = None
    by_id: dict[str, list[Document]] = field(init=False)
    _schema_errors: dict[int, list[schema.SchemaError]] = field(init=False, default_factory=dict)
    _indexes: dict[Callable[[Any], Any], Any] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        index: dict[str, list[Document]] = defaultdict(list)
        for doc in self.documents:
            if doc.id is not None:
                index[doc.id].append(doc)
        self.by_id = dict(index)

    def get(self, ident: object) -> Document | None:
        """The statement with this id (the first, if the id is not unique)."""
        if not isinstance(ident, str):
            return None
        found = self.by_id.get(ident)
        return found[0] if found else None

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
        if key not in self._schema_errors:
            self._schema_errors[key] = schema.validate(doc.data) if doc.readable else []
        return self._schema_errors[key]

    @classmethod
    def load(cls, config: Config, extra: Iterable[Path] = ()) -> Tree:
        paths = dict.fromkeys(path.resolve() for path in [*discover(config), *extra])
        return cls([read(path, config) for path in paths], config)
