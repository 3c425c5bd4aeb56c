"""A goal file read once: front matter (strict YAML with positions) and the statement (the H1).

The Markdown is parsed by :mod:`goals_as_code.markdown` (the markdown-it-py plugin, the one parser
of statement files); ``from_tokens`` builds the ``Document`` from its block tokens."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from goals_as_code import ISSUES
from goals_as_code.i18n.messages import N_, Message, message
from goals_as_code.source import quickyaml
from goals_as_code.source import statement as views

if TYPE_CHECKING:
    from markdown_it.token import Token

    from goals_as_code.source.yamlstrict import YamlIssue

DEFAULT_MAX_FRONT_MATTER = 64 * 1024
MAX_FILE_BYTES = 1024 * 1024  # a statement file holds one statement and its notes
MAX_STATEMENT = 1000  # characters of the H1: a statement is one sentence, not a page

Path = tuple[str | int, ...]  # a place in the front matter: keys and list indexes
Where = dict[Path, tuple[int, int]]  # where each key or value is written (0-based line, column)


class Issue(NamedTuple):
    """A problem found while reading the file, before any rule runs (1-based file positions)."""

    line: int
    column: int
    kind: str  # see rules/ modules of the F family: each reports one kind
    message: Message  # said in the configured language by the rule that reports it


Positions = tuple[Mapping[Path, tuple[int, int]], Mapping[Path, tuple[int, int]]]


class Document:
    """One statement file. ``data`` is the front matter, or ``{}`` when it could not be read.

    Immutable, with slots: 50,000 documents held by a check cost 30 MB less than with a
    ``__dict__`` each. The positions and the typed view are found on first use and kept in a
    slot. (A plain class, not a dataclass: ``dataclasses`` imports ``inspect``, a tenth of a
    hook's start-up.)"""

    # the fields that make two documents equal, in order; then what is found on first use
    FIELDS = (
        "path",
        "text",
        "data",
        "readable",
        "front_matter_line",
        "statement",
        "statement_line",
        "_body",
        "issues",
        "_front",
    )
    __slots__ = (*FIELDS, "_positions", "_view")

    path: str
    text: str
    data: Mapping[str, Any]
    readable: bool
    front_matter_line: int  # 1-based line of the opening ---; 1 when there is none
    statement: str | None
    statement_line: int
    # the body and the front matter's YAML (to find positions when asked): given as text, kept
    # as where they are in ``text`` when they are part of it, not as copies
    _body: str | tuple[int, int]
    issues: tuple[Issue, ...]
    _front: str | tuple[int, int]
    _positions: Positions | None
    _view: tuple[views.View | None] | None

    def __init__(
        self,
        path: str,
        text: str,
        data: Mapping[str, Any],
        readable: bool,
        front_matter_line: int,
        statement: str | None,
        statement_line: int,
        _body: str | tuple[int, int],
        issues: tuple[Issue, ...] = (),
        _front: str | tuple[int, int] = "",
    ) -> None:
        put = object.__setattr__
        put(self, "path", path)
        put(self, "text", text)
        put(self, "data", data)
        put(self, "readable", readable)
        put(self, "front_matter_line", front_matter_line)
        put(self, "statement", statement)
        put(self, "statement_line", statement_line)
        put(self, "_body", _span(text, _body))
        put(self, "issues", issues)
        put(self, "_front", _span(text, _front))
        put(self, "_positions", None)
        put(self, "_view", None)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: a Document is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: a Document is immutable")

    def _fields(self) -> tuple[object, ...]:
        return tuple(object.__getattribute__(self, name) for name in self.FIELDS)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Document)
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.FIELDS[:9])
        return f"Document({shown})"

    def __getstate__(self) -> tuple[object, ...]:
        return tuple(object.__getattribute__(self, name) for name in self.__slots__)

    def __setstate__(self, state: tuple[object, ...]) -> None:
        for name, value in zip(self.__slots__, state, strict=True):
            object.__setattr__(self, name, value)

    @property
    def body(self) -> str:
        """Everything after the front matter."""
        return _cut(self.text, self._body)

    @property
    def front_matter(self) -> str:
        """The front matter's YAML, without its delimiters."""
        return _cut(self.text, self._front)

    @property
    def _where(self) -> Positions:
        """Where each key and value is (0-based, in the front matter), found on first use: only
        a document with a finding needs them, and kept for all they would be most of the
        memory of a check of many files."""
        found = self._positions
        if found is None:
            found = positions(self.front_matter) if self.front_matter else ({}, {})
            object.__setattr__(self, "_positions", found)
        return found

    def found_positions(self) -> Positions | None:
        """The positions, when they were found already (None: not asked for, or let go)."""
        return self._positions

    def keep_positions(self, where: Positions) -> None:
        """Take ``where`` as the positions (the cache of ``goals check`` had them)."""
        object.__setattr__(self, "_positions", where)

    def forget(self) -> None:
        """Let go of the positions and the typed view, once the file's own check is done: a check
        of many files then holds them for one file at a time (the view of a file another one
        asks for later is built again)."""
        object.__setattr__(self, "_positions", None)
        object.__setattr__(self, "_view", None)

    def let_go(self) -> None:
        """Let go of the file's text, body and front matter too, once nothing reads them again:
        a check of a whole tree it read itself holds the text of one file at a time (about 40 MB
        at 50,000 files). Positions are then no longer found."""
        self.forget()
        for name in ("text", "_body", "_front"):
            object.__setattr__(self, name, "")

    @property
    def keys(self) -> Mapping[Path, tuple[int, int]]:
        return self._where[0]

    @property
    def values(self) -> Mapping[Path, tuple[int, int]]:
        return self._where[1]

    @property
    def kind(self) -> str | None:
        kind = self.data.get("kind")
        return kind if isinstance(kind, str) else None

    @property
    def id(self) -> str | None:
        ident = self.data.get("id")
        return ident if isinstance(ident, str) and ident else None

    # the fields a tree indexes its statements on (``check/tree.py``): text, or None
    @property
    def status(self) -> str | None:
        return _text(self.data.get("status"))

    @property
    def owner(self) -> str | None:
        return _text(self.data.get("owner"))

    @property
    def parent(self) -> str | None:
        return _text(self.data.get("parent"))

    @property
    def view(self) -> views.View | None:
        """The typed view (``Goal``, ``Kpi``, ``Activity``, ``Behaviour``), built once; None when
        the kind is unknown."""
        found = self._view
        if found is None:
            found = (views.of(self),)
            object.__setattr__(self, "_view", found)
        return found[0]

    def get(self, *path: str | int) -> Any:
        """The value at a path in the front matter, or None."""
        value: Any = self.data
        for part in path:
            if isinstance(value, Mapping) and isinstance(part, str):
                value = value.get(part)
            elif isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value):
                value = value[part]
            else:
                return None
        return value

    def position(self, *path: str | int) -> tuple[int, int]:
        """Line and column (1-based) of the key at ``path``, or of its nearest written parent."""
        offset = self.front_matter_line + 1
        probe: tuple[str | int, ...] = tuple(path)
        while probe:
            where = self.keys.get(probe)
            if where is not None:
                return where[0] + offset, where[1] + 1
            probe = probe[:-1]
        return self.front_matter_line, 1

    def value_position(self, *path: str | int) -> tuple[int, int]:
        """Line and column (1-based) where the value at ``path`` starts."""
        where = self.values.get(tuple(path))
        if where is None:
            return self.position(*path)
        return where[0] + self.front_matter_line + 1, where[1] + 1


def _span(text: str, part: str | tuple[int, int]) -> str | tuple[int, int]:
    """Where ``part`` is in ``text`` (start, end), or ``part`` itself when it is not in it."""
    if not isinstance(part, str) or not part:
        return part
    if text.endswith(part):  # the body, most often
        return len(text) - len(part), len(text)
    start = text.find(part)
    return (start, start + len(part)) if start >= 0 else part


def _cut(text: str, part: str | tuple[int, int]) -> str:
    return part if isinstance(part, str) else text[part[0] : part[1]]


def too_large(size: int) -> Message:
    return message(
        N_(
            "the file is {size} bytes, more than {limit}; a statement file holds one "
            "statement and its notes"
        ),
        size=f"{size:,}",
        limit=f"{MAX_FILE_BYTES:,}",
    )


def decode(raw: bytes, path: str) -> str | Document:
    """The text of a statement file's bytes, or a document that says why it cannot be read: the
    same limits wherever a file is read (check, review, history, accept): its size, UTF-8."""
    if len(raw) > MAX_FILE_BYTES:
        return unreadable(path, 1, "too-large", too_large(len(raw)))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return unreadable(
            path,
            line,
            "encoding",
            message(N_("the file is not UTF-8 (byte {byte}); save it as UTF-8"), byte=exc.start),
        )


def unreadable(path: str, line: int, kind: str, said: Message) -> Document:
    """A file that could not be read at all, with the reason."""
    return Document(path, "", {}, False, 1, None, 1, "", (Issue(line, 1, kind, said),))


def failed(path: str, exc: BaseException) -> Document:
    """A file the reader failed on unexpectedly: an issue on that file, not the end of the run."""
    said = message(
        N_(
            "goals-as-code failed to read this file ({error}); this is a bug, please report "
            "it with the file at {url}; the other files were read"
        ),
        error=f"{type(exc).__name__}: {exc}"[:200],
        url=ISSUES,
    )
    return unreadable(path, 1, "internal", said)


# The one rule for the front matter's delimiters, wherever a file is read or edited: a line of
# exactly three dashes at the start of the line ('----', '---garbage' and '  ---' are not)
DELIMITER = re.compile(r"---[ \t]*")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def split_lines(text: str) -> list[str]:
    """``text`` in lines with their line ends, broken where Markdown breaks them."""
    return _LINE.findall(text)


def is_delimiter(line: str) -> bool:
    """Whether ``line`` (with or without its line end) opens or closes the front matter."""
    return DELIMITER.fullmatch(line.rstrip("\r\n")) is not None


def front_matter_bounds(lines: list[str]) -> tuple[int, int] | None:
    """The indexes of the opening and the closing delimiter in ``lines``, or None when the text
    has no closed front matter on its first line."""
    if not lines or not is_delimiter(lines[0].lstrip("\ufeff")):
        return None
    close = next((n for n in range(1, len(lines)) if is_delimiter(lines[n])), None)
    return None if close is None else (0, close)


def from_tokens(
    text: str,
    path: str,
    tokens: list[Token],
    *,
    max_front_matter: int = DEFAULT_MAX_FRONT_MATTER,
) -> Document:
    """A statement file from its text and the block tokens markdown-it made of it (the front
    matter plugin on). Never raises for bad content: problems become issues."""
    front: Token | None = tokens[0] if tokens and tokens[0].type == "front_matter" else None
    headings = [
        (
            token.map[0] + 1 if token.map else 1,
            tokens[index + 1].content.strip() if index + 1 < len(tokens) else "",
        )
        for index, token in enumerate(tokens)
        # only a heading of the document itself: not one in a quote or a list item
        if token.type == "heading_open" and token.tag == "h1" and token.level == 0
    ]
    if front is None:
        return build(text, path, None, "", headings, max_front_matter=max_front_matter)
    assert front.map is not None
    bounds = (front.map[0], front.map[1])
    return build(text, path, bounds, front.content, headings, max_front_matter=max_front_matter)


def build(
    text: str,
    path: str,
    bounds: tuple[int, int] | None,
    yaml_text: str,
    headings: list[tuple[int, str]],
    *,
    max_front_matter: int = DEFAULT_MAX_FRONT_MATTER,
) -> Document:
    """A statement file from what its Markdown holds: ``bounds``, the front matter's lines (the
    opening ``---``, 0-based, and the line after the closing one), None when there is none;
    ``yaml_text``, the lines between; ``headings``, the document's own H1 headings (1-based
    line, text). Never raises for bad content: problems become issues."""
    issues: list[Issue] = []
    lines = text.split("\n")  # as markdown-it counts lines (it made every line end a \n)
    if lines and not lines[-1]:
        lines.pop()

    if bounds is None:
        issues.extend(_missing_front_matter(lines))
        statement, statement_line = _statement(headings, issues, 1)
        return Document(path, text, {}, False, 1, statement, statement_line, text, tuple(issues))

    first, end = bounds
    body = "\n".join(lines[end:])
    statement, statement_line = _statement(headings, issues, end + 1)
    if len(yaml_text.encode("utf-8")) > max_front_matter:
        issues.append(
            Issue(
                first + 1,
                1,
                "too-large",
                message(
                    N_(
                        "the front matter is {size} bytes, more than the limit of {limit}; "
                        "move long text below the front matter"
                    ),
                    size=f"{len(yaml_text.encode('utf-8')):,}",
                    limit=f"{max_front_matter:,}",
                ),
            )
        )
        return Document(
            path, text, {}, False, first + 1, statement, statement_line, body, tuple(issues)
        )

    data, yaml_issues = _front_matter_data(yaml_text)
    offset = first + 2  # YAML line 0 is the line after the opening ---
    for issue in yaml_issues:
        said = issue.message
        if issue.first_line >= 0:
            said = message(
                N_("{message} (first written on line {line}); keep one of them"),
                message=said,
                line=issue.first_line + offset,
            )
        issues.append(Issue(issue.line + offset, issue.column + 1, issue.kind, said))
    readable = not yaml_issues
    if readable and not isinstance(data, dict):
        if data is None:
            said = message(
                N_(
                    "the front matter is empty; write fields as 'key: value' lines "
                    "(see 'goals new --help')"
                )
            )
        else:
            said = message(
                N_(
                    "the front matter is a {type}, not a mapping; write fields as 'key: value' "
                    "lines (see 'goals new --help')"
                ),
                type=type(data).__name__,
            )
        issues.append(Issue(first + 1, 1, "not-mapping", said))
        readable = False
    return Document(
        path,
        text,
        data if readable and isinstance(data, dict) else {},
        readable,
        first + 1,
        statement,
        statement_line,
        body,
        tuple(issues),
        yaml_text,
    )


def positions(front_matter: str) -> tuple[Where, Where]:
    """Where each key and each value of the front matter is written (0-based line, column)."""
    found = quickyaml.positions(front_matter)
    if found is not None:
        return found
    from goals_as_code.source import yamlstrict

    return yamlstrict.positions(front_matter)


def _front_matter_data(text: str) -> tuple[Any, list[YamlIssue]]:
    """The front matter's data and what is wrong in its YAML. Most front matter is written
    plainly and is read without the YAML library (``quickyaml``)."""
    plain = quickyaml.read(text)
    if plain is not None:
        return plain, []
    from goals_as_code.source import yamlstrict

    loaded = yamlstrict.load_strict(text)  # the plain reader said no: not asked again
    return loaded.data, loaded.issues


def _missing_front_matter(lines: list[str]) -> list[Issue]:
    if lines and is_delimiter(lines[0]):
        return [
            Issue(
                1,
                1,
                "unclosed",
                message(
                    N_(
                        "the front matter opened with '---' on line 1 is never closed; "
                        "add a line with '---' after the last field"
                    )
                ),
            )
        ]
    for number, line in enumerate(lines[:20]):
        if is_delimiter(line.strip()) and all(not earlier.strip() for earlier in lines[:number]):
            return [
                Issue(
                    number + 1,
                    1,
                    "not-first-line",
                    message(
                        N_(
                            "the front matter must start on line 1; remove the blank lines "
                            "above '---'"
                        )
                    ),
                )
            ]
    return [
        Issue(
            1,
            1,
            "missing",
            message(
                N_(
                    "the file has no front matter; start it with '---', the fields (id, kind, "
                    "owner, ...) and '---' (see 'goals new --help')"
                )
            ),
        )
    ]


def _statement(
    headings: list[tuple[int, str]], issues: list[Issue], after: int
) -> tuple[str | None, int]:
    found: tuple[str, int] | None = None
    for line, text in headings:
        if found is None and len(text) > MAX_STATEMENT:
            issues.append(
                Issue(
                    line,
                    1,
                    "too-large",
                    message(
                        N_(
                            "the statement is {size} characters, more than {limit}; write it as "
                            "one sentence and put the rest below it; only its first {limit} "
                            "characters are checked"
                        ),
                        size=f"{len(text):,}",
                        limit=f"{MAX_STATEMENT:,}",
                    ),
                )
            )
            text = text[:MAX_STATEMENT]
        if found is None:
            found = (text, line)
        else:
            issues.append(
                Issue(
                    line,
                    1,
                    "second-statement",
                    message(
                        N_(
                            "a second H1 heading; a file holds one statement (the first H1, line "
                            "{line}): make this a '##' heading or move it to a file of its own"
                        ),
                        line=found[1],
                    ),
                )
            )
    if found is None:
        issues.append(
            Issue(
                after,
                1,
                "no-statement",
                message(
                    N_(
                        "no statement: write it as the first H1 heading below the front matter, "
                        "e.g. '# I will cut the reply time from 48 to 24 hours by 30 June'"
                    )
                ),
            )
        )
        return None, after
    return found


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None
