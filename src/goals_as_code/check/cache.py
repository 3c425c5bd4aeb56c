"""The cache of ``goals check``: what reading a file found, and what the rules that look at that
file alone found in it, kept between runs.

Each statement file is kept under its path with the SHA-256 of its bytes: the document read from
it (front matter, statement, reading problems, and the positions of its keys and values once a
finding needed a line) and the findings of the rules in ``CACHED``. A file whose bytes changed is
read again and those rules run on it again. Every other rule runs on every run, on the documents
the cache gives back: the rules that look at other files (ids, parents, KPIs, links, the goals of
one owner), at Git's history (who recorded an acceptance, the last check-in) or at today's date.
So a finding that depends on another file appears and disappears in a file that did not change,
and a warm run says exactly what a run without the cache says.

The cache is one JSON file in the repository's Git folder (``.git/goals-as-code/``, see
:mod:`goals_as_code.source.cachefile` for how it is written and read), named by the cache format,
the tool's version, a fingerprint of the tool's code, schemas and catalogues, and a digest of the
configuration that can change a finding kept (the language, the rules' options, the limit of the
front matter). Outside a Git repository there is no cache: the tool writes nothing into a folder
it does not own. ``goals check --no-cache`` and ``GOALS_NO_CACHE=1`` leave it unread and unwritten.
"""

from __future__ import annotations

import datetime
import functools
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from goals_as_code import __version__
from goals_as_code.i18n.messages import Message
from goals_as_code.source import cachefile, document
from goals_as_code.source.cachefile import disabled
from goals_as_code.source.config import Config
from goals_as_code.source.document import Document, Issue

FORMAT = 1
KEEP = 4  # caches of other configurations kept beside the one in use (the hook's, CI's, ...)

# The rules whose findings are kept: what each finds depends only on the file's bytes, its path,
# the rule's options and the language of the messages (tests/test_check_cache.py reads their
# code to make sure). A rule not named here runs on every run; a new rule joins only when it
# looks at nothing else.
CACHED = frozenset(
    {
        # file and front matter: the reading problems (F011's findings are the checker's own)
        *("F001", "F002", "F003", "F004", "F005", "F006", "F007", "F008", "F009", "F010"),
        *("F011", "F012"),
        # schema
        *("V001", "V002", "V003", "V004", "V005"),
        # specific, measurable: the statement and the metric of the file
        *("S001", "S002", "S003", "S004"),
        *("M001", "M002", "M003", "M004", "M005", "M008"),
        # accepted and realistic: the fields of the file (not who recorded them)
        *("A001", "A002", "A003", "A004", "A008", "R001", "R002"),
        # time-bound: the dates written in the file (not today's)
        *("T001", "T002", "T003", "T005", "T006"),
        # what the statement reads as
        *("G001", "G002", "G003", "G004", "G005", "G006", "G007", "G008", "G009"),
        # a goal without a parent: its own fields, its path and the rule's options
        "L006",
    }
)


# The rules whose findings depend on the file, the history up to HEAD and today only: kept too,
# under what they were found with (``provenance.findings_key``), for files that HEAD holds as
# they are, and never when Git named a signature (keys outside the repository can change it).
HISTORY = frozenset({"A005", "A006", "A009", "A010", "R004", "R006", "T008"})


# The rules whose findings depend on the whole tree of statements (and today) but on nothing else:
# the same statement files, byte for byte, on the same day, give the same findings. They are kept
# for a check of the whole tree, under a digest of every file's bytes and today.
TREE = frozenset({"M006", "M007", "A007", "R005", "R003", "T004", "T007", "L001", "L002", "L003"})


def code() -> str:
    """A fingerprint of what a kept result was computed with: the package's code and data (the
    classifier's weights, the catalogues), the schemas, and another folder of catalogues when
    ``GOALS_LOCALE_DIR`` names one."""
    return _fingerprint(os.environ.get("GOALS_LOCALE_DIR") or None)


@functools.cache
def _fingerprint(locales: str | None) -> str:
    from goals_as_code.source import resources

    package = Path(__file__).resolve().parent.parent
    files = cachefile.tree_files(package, (".py", ".json", ".mo"))
    files += cachefile.tree_files(resources.folder("schemas"), (".json",))
    if locales:
        files += cachefile.tree_files(Path(locales), (".mo",))
    return cachefile.fingerprint(files)


def _settings(config: Config, lang: str) -> str:
    """A digest of the configuration that can change a kept finding or document."""
    said = json.dumps([lang, config.rules, config.front_matter_bytes], sort_keys=True, default=repr)
    return cachefile.hashed(said.encode())[:12]


class Unplain(ValueError):
    """A value that would not come back from JSON as it went in: its file is not kept."""


def _encode_message(value: Any) -> Any:
    if isinstance(value, Message):
        values = {key: _encode_message(item) for key, item in value.values.items()}
        return {"m": value.id, "v": values, "p": value.plural_id}
    if not cachefile.plain(value) or isinstance(value, (list, dict)):
        raise Unplain(value)
    return value


def _decode_message(value: Any) -> Any:
    if isinstance(value, dict):
        values = {key: _decode_message(item) for key, item in value["v"].items()}
        return Message(value["m"], MappingProxyType(values), value["p"])
    return value


def encode(doc: Document, text: str) -> dict[str, Any]:
    """``doc`` as JSON; ``text``: the file's decoded bytes, which the document's text is as a
    rule. Raises Unplain when the document would not come back the same."""
    if not cachefile.plain(doc.data) or not isinstance(doc.data, dict):
        raise Unplain(doc.path)
    found: dict[str, Any] = {
        "d": doc.data,
        "r": doc.readable,
        "f": doc.front_matter_line,
        "s": doc.statement,
        "l": doc.statement_line,
        "i": [[i.line, i.column, i.kind, _encode_message(i.message)] for i in doc.issues],
    }
    if doc.text != text:
        found["t"] = doc.text
    # the body and the front matter are as a rule parts of the text: kept as where they are
    found["b"] = _part(doc.text, doc.body)
    found["m"] = _part(doc.text, doc.front_matter)
    return found


def _part(text: str, part: str) -> list[int] | str:
    start = text.find(part)
    return [start, start + len(part)] if start >= 0 else part


def _unpart(text: str, kept: Any) -> str:
    if isinstance(kept, str):
        return kept
    start, end = kept
    return text[int(start) : int(end)]


def _positions(found: Mapping[tuple[str | int, ...], tuple[int, int]]) -> str:
    listed = [[list(path), *where] for path, where in found.items()]
    return json.dumps(listed, separators=(",", ":"))


def decode(stored: Mapping[str, Any], path: str, text: str) -> Document:
    """The document ``encode`` kept, with the positions of its front matter when a run kept them
    (:meth:`Store.remember`); raises KeyError, TypeError or ValueError when it is broken."""
    text = stored.get("t", text)
    data = stored["d"]
    if not isinstance(data, dict):
        raise TypeError(path)
    front_matter = _unpart(text, stored["m"])
    doc = Document(
        path,
        text,
        data,
        bool(stored["r"]),
        int(stored["f"]),
        stored["s"],
        int(stored["l"]),
        _unpart(text, stored["b"]),
        tuple(
            Issue(int(line), int(column), str(kind), _decode_message(said))
            for line, column, kind, said in stored["i"]
        ),
        front_matter,
    )
    if "k" in stored and "v" in stored:

        @functools.cache
        def again() -> tuple[Where, Where]:
            return document.positions(front_matter)

        where = (
            Positions(stored["k"], lambda: again()[0]),
            Positions(stored["v"], lambda: again()[1]),
        )
        doc.keep_positions(where)
    return doc


Where = dict[tuple[str | int, ...], tuple[int, int]]


class Positions(Mapping[tuple[str | int, ...], tuple[int, int]]):
    """Where each key or value of a front matter is, read from the cache's text on first use:
    most documents are never asked (only a finding needs a line). Text that cannot be read gives
    the positions of ``again()``, which reads the front matter again."""

    __slots__ = ("_again", "_found", "_text")

    def __init__(self, text: object, again: Callable[[], Mapping[Any, tuple[int, int]]]) -> None:
        if not isinstance(text, str):
            raise TypeError(text)
        self._text = text
        self._again = again
        self._found: Where | None = None

    def _read(self) -> Where:
        if self._found is None:
            try:
                self._found = {
                    tuple(where): (int(line), int(column))
                    for where, line, column in json.loads(self._text)
                }
            except (TypeError, ValueError):
                self._found = dict(self._again())
        return self._found

    def __getitem__(self, key: tuple[str | int, ...]) -> tuple[int, int]:
        return self._read()[key]

    def __iter__(self) -> Iterator[tuple[str | int, ...]]:
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())


Found = tuple[int, int, str]  # a rule's finding: line, column, message


def findings_of(stored: Any) -> list[Found] | None:
    """A rule's findings as :meth:`Store.kept` gives them; None when they are broken."""
    if isinstance(stored, list) and not stored:
        return []  # most rules find nothing in most files
    try:
        return [(int(line), int(column), str(said)) for line, column, said in stored]
    except (TypeError, ValueError):
        return None


class Entry:
    """One file in the cache: the hash of its bytes, its document, and the findings kept: the
    codes of the rules that found nothing (one set shared by the files that have the same) and
    what the others found."""

    __slots__ = ("digest", "document", "empty", "found", "history", "more", "stored")

    def __init__(
        self,
        digest: str,
        stored: dict[str, Any],
        empty: frozenset[str] = frozenset(),
        found: dict[str, Any] | None = None,
        history: tuple[str, dict[str, Any]] | None = None,
    ) -> None:
        self.digest = digest
        self.stored = stored
        self.empty = empty
        self.found: dict[str, Any] = found or {}
        self.more: set[str] | None = None  # rules that found nothing in this run, not kept yet
        self.document: Document | None = None
        # the findings of the HISTORY rules, with the key they were found under
        self.history = history

    def get_history(self, key: str, code: str) -> list[Found] | None:
        """What the history rule ``code`` found under ``key``; None when it must run."""
        if self.history is None or self.history[0] != key or code not in self.history[1]:
            return None
        return findings_of(self.history[1][code])

    def put_history(self, key: str, found: Mapping[str, Sequence[Found]]) -> bool:
        """Keep what the history rules found under ``key`` (with what they found before under
        the same key); whether that changed what is kept."""
        kept = self.history[1] if self.history is not None and self.history[0] == key else {}
        found_now = {code: [list(finding) for finding in items] for code, items in found.items()}
        merged = {**kept, **found_now}
        if self.history is not None and self.history == (key, merged):
            return False
        self.history = (key, merged)
        return True

    def get(self, code: str) -> list[Found] | None:
        """What the rule ``code`` found, as kept; None when it must run."""
        if code in self.empty:
            return []
        kept = self.found.get(code)
        return None if kept is None else findings_of(kept)

    def put(self, code: str, found: Sequence[Found]) -> None:
        """Keep what the rule ``code`` found."""
        if found:
            self.found[code] = [list(finding) for finding in found]
            return
        self.found.pop(code, None)
        if self.more is None:
            self.more = set()
        self.more.add(code)

    def kept(self) -> dict[str, Any]:
        """The findings as the cache file holds them: under "" the codes of the rules that found
        nothing (most of them), then what the others found."""
        empty = self.empty | self.more if self.more else self.empty
        kept = {"": " ".join(sorted(empty)), **self.found}
        if self.history is not None:
            kept["@"] = list(self.history)
        return kept


_SHARED: dict[str, frozenset[str]] = {}  # the codes of rules that found nothing, as written


def _empty(codes: str) -> frozenset[str]:
    """The set of ``codes`` (as a cache file writes them), one for all files that have it."""
    found = _SHARED.get(codes)
    if found is None:
        found = _SHARED[codes] = frozenset(codes.split())
    return found


class Store:
    """The cache of one run: read once at the start, written once at the end if anything in it
    changed. ``None`` of :meth:`open` is a run without a cache."""

    def __init__(
        self,
        path: Path | None,
        entries: dict[str, Entry],
        others: Sequence[Path],
        tree: Kept | None = None,
    ) -> None:
        self.path = path
        self.entries = entries
        self.others = others
        self.seen: dict[str, Entry] = {}
        self.changed = False
        self.tree = tree  # the findings of the TREE rules, as kept

    def tree_key(self, docs: Sequence[Document], today: datetime.date) -> str | None:
        """A digest of every statement file's bytes and today, under which the findings of the
        TREE rules are kept; None when a file has no entry (it cannot be kept)."""
        pairs = []
        for doc in docs:
            entry = self.seen.get(doc.path)
            if entry is None or entry.document is not doc:
                return None
            pairs.append((doc.path, entry.digest))
        return cachefile.digest(today, sorted(pairs))

    def tree_findings(self, key: str, path: str, code: str) -> list[Found] | None:
        """What the TREE rule ``code`` found in ``path`` under ``key``; None when it must run."""
        if self.tree is None or self.tree.key != key or code not in self.tree.codes:
            return None
        return findings_of(self.tree.found.get(path, {}).get(code, []))

    def put_tree(self, key: str, codes: Iterable[str], found: Mapping[str, Any]) -> None:
        """Keep what the TREE rules ``codes`` found (``found``: by path, by code; a rule that
        found nothing in a file is not named), with what was kept under the same key."""
        kept = self.tree if self.tree is not None and self.tree.key == key else Kept(key, [], {})
        merged = {path: dict(items) for path, items in kept.found.items()}
        for path, items in found.items():
            merged.setdefault(path, {}).update(items)
        tree = Kept(key, sorted({*kept.codes, *codes}), merged)
        if tree != self.tree:
            self.tree = tree
            self.changed = True

    @classmethod
    def open(cls, config: Config, lang: str) -> Store | None:
        """The cache for this configuration and language, or None when there is none to keep
        (outside a Git repository, or turned off by ``GOALS_NO_CACHE``)."""
        if disabled():
            return None
        folder = cachefile.git_folder(config.repository)
        if folder is None:
            return None
        prefix = f"check-{FORMAT}-{__version__}-{code()}-"
        path = folder / f"{prefix}{_settings(config, lang)}.json"
        stored = cachefile.load(path)
        return cls(path, _entries(stored), _others(folder, prefix, path), _tree(stored))

    @classmethod
    def memory(cls) -> Store:
        """A cache for this run only, never written: what the worker processes of a check of
        many files hand back (``check/parallel.py``) when there is no cache to keep."""
        return cls(None, {}, ())

    def holds(self, path: str, raw: bytes) -> bool:
        """Whether the cache has an entry of ``path`` for the bytes ``raw``."""
        entry = self.entries.get(path)
        return entry is not None and entry.digest == cachefile.hashed(raw)

    def put(self, path: str, kept: Any) -> bool:
        """Take the entry of ``path`` as the cache file keeps it (made by another process);
        False when it is not one."""
        found = _entries({"format": FORMAT, "files": {path: kept}})
        if path not in found:
            return False
        self.entries[path] = found[path]
        self.changed = True
        return True

    def held(self, path: str) -> Document | None:
        """The document of ``path`` that a cache for this run only holds already (a worker
        made it of the bytes read in this run); None for any other cache or path."""
        entry = self.entries.get(path)
        if self.path is not None or entry is None or entry.document is None:
            return None
        self.seen[path] = entry
        return entry.document

    def document(self, path: str, raw: bytes, read: Callable[[], Document]) -> Document:
        """The document of the file ``path`` with the bytes ``raw``: the one kept when the bytes
        are the same, else ``read()``, which is kept."""
        digest = cachefile.hashed(raw)
        entry = self.entries.get(path)
        if entry is not None and entry.digest == digest:
            try:
                if entry.document is None:
                    entry.document = decode(entry.stored, path, raw.decode("utf-8"))
                if self.path is None:  # a cache for this run only: never written, let it go
                    entry.stored = {}
                self.seen[path] = entry
                return entry.document
            except (KeyError, TypeError, ValueError, IndexError, AttributeError):
                pass  # a broken entry: read the file again
        doc = read()
        self.changed = True
        try:
            if any(issue.kind == "internal" for issue in doc.issues):
                raise Unplain(path)
            stored = encode(doc, raw.decode("utf-8"))
        except (Unplain, UnicodeDecodeError):
            self.entries.pop(path, None)
            return doc
        entry = self.entries[path] = Entry(digest, stored)
        entry.document = doc
        self.seen[path] = entry
        return doc

    def entry(self, doc: Document) -> Entry | None:
        """The cache's entry of ``doc``, for the findings kept (:meth:`Entry.get`) and to keep
        new ones (:meth:`Entry.put`, then :meth:`added`); None when the cache does not hold it."""
        entry = self.seen.get(doc.path)
        return entry if entry is not None and entry.document is doc else None

    def added(self) -> None:
        """Findings were put in an entry: the cache is to be written."""
        self.changed = True

    def remember(self, doc: Document) -> None:
        """Keep the positions of ``doc``'s front matter when a rule asked for them (a finding
        needed a line): the next run takes them from the cache instead of reading the YAML
        again. Called when the checker is done with the file, before it lets them go."""
        entry = self.seen.get(doc.path)
        where = doc.found_positions()
        if (
            self.path is None
            or entry is None
            or entry.document is not doc
            or where is None
            or "k" in entry.stored
        ):
            return
        keys, values = where
        entry.stored["k"], entry.stored["v"] = _positions(keys), _positions(values)
        self.changed = True

    @property
    def unsaved(self) -> bool:
        """Whether this run changed the cache (:meth:`save` writes it)."""
        return self.path is not None and (self.changed or len(self.seen) != len(self.entries))

    def save(self) -> None:
        """Write the cache when this run changed it: the files of this run's tree only, so that
        files removed from the tree leave it."""
        if not self.unsaved:
            return
        assert self.path is not None
        files = {
            path: [entry.digest, entry.stored, entry.kept()] for path, entry in self.seen.items()
        }
        content: dict[str, Any] = {"format": FORMAT, "files": files}
        if self.tree is not None:
            content["tree"] = list(self.tree)
        cachefile.save(self.path, content, self.others)


def _entries(stored: Any) -> dict[str, Entry]:
    """The entries of a cache file as read; empty when it is not one."""
    try:
        if stored["format"] != FORMAT:
            return {}
        return {
            str(path): Entry(
                str(digest),
                kept,
                _empty(findings.get("", "")),
                {code: found for code, found in findings.items() if code and code != "@"},
                _history(findings.get("@")),
            )
            for path, (digest, kept, findings) in stored["files"].items()
            if isinstance(kept, dict) and isinstance(findings, dict)
        }
    except (KeyError, TypeError, ValueError, AttributeError):
        return {}


class Kept(NamedTuple):
    """The findings of the TREE rules: the key they were found under, the rules that ran, and
    what they found by path and code."""

    key: str
    codes: list[str]
    found: dict[str, dict[str, Any]]


def _tree(stored: Any) -> Kept | None:
    """The TREE rules' findings of a cache file as read; None when there are none or broken."""
    try:
        key, codes, found = stored["tree"]
        if (
            isinstance(key, str)
            and isinstance(codes, list)
            and isinstance(found, dict)
            and all(isinstance(items, dict) for items in found.values())
        ):
            return Kept(key, [str(code) for code in codes], found)
    except (KeyError, TypeError, ValueError):
        pass
    return None


def _history(kept: Any) -> tuple[str, dict[str, Any]] | None:
    """The history findings of an entry as read; None when there are none or they are broken."""
    if isinstance(kept, list) and len(kept) == 2:
        key, found = kept
        if isinstance(key, str) and isinstance(found, dict):
            return key, found
    return None


def _others(folder: Path, prefix: str, path: Path) -> list[Path]:
    """The cache files that a write of ``path`` replaces: those of another version or code, and
    the oldest beyond ``KEEP`` of other configurations."""
    try:
        found = list(folder.glob("check-*.json"))
        same = sorted(
            (other for other in found if other.name.startswith(prefix) and other != path),
            key=lambda other: other.stat().st_mtime_ns,
            reverse=True,
        )
    except OSError:
        return []
    return [other for other in found if not other.name.startswith(prefix)] + same[KEEP:]
