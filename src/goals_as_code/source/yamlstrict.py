"""Strict, safe YAML for front matter.

PyYAML speaks YAML 1.1, where ``on``, ``yes`` and ``no`` are booleans, ``010`` is octal, ``1:30``
is ninety and ``2017-06-30`` becomes a ``datetime.date``. A goal file must not change meaning
silently, so this loader resolves plain scalars the YAML 1.2 core way: only ``true``/``false`` are
booleans, numbers are decimal (or ``0x``/``0o``), and dates stay the text the user wrote (the schema
checks them as dates). Anchors, aliases, non-core tags and duplicate keys are refused, and every
node keeps its position so that problems can name the line and column of the offending key.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Iterator
from typing import Any, NamedTuple

import yaml

from goals_as_code.i18n.messages import C_, N_, Message, message
from goals_as_code.source import quickyaml, yamlwords
from goals_as_code.source.quickyaml import MAX_NUMBER, MIN_NUMBER
from goals_as_code.source.quickyaml import SHARED as _SHARED_KEY

try:  # libyaml is several times faster; fall back to pure Python where it is missing
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

Path = tuple[str | int, ...]

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
CORE_TAGS = frozenset({_STR, _INT, _FLOAT, _BOOL, _NULL, _MAP, _SEQ})


class YamlIssue(NamedTuple):
    """Something wrong in the YAML itself; ``line`` and ``column`` are 0-based in the YAML text."""

    line: int
    column: int
    kind: str  # "syntax" | "duplicate-key" | "alias" | "tag" | "key-type" | "number" | "depth"
    message: Message
    first_line: int = -1  # for a duplicate key: where the key was first written (0-based)


class Loaded(NamedTuple):
    data: Any
    keys: dict[Path, tuple[int, int]]  # where each key is written (0-based line, column)
    values: dict[Path, tuple[int, int]]  # where each value starts
    issues: list[YamlIssue]


# The deepest nesting of lists and mappings: front matter is a few levels deep; the pure-Python
# parser would run out of stack long before libyaml's limit of 1,000.
MAX_DEPTH = 64
_MAX_DIGITS = 40  # a longer number is out of range before it is converted


class StrictLoader(_BaseLoader):
    """A safe loader with YAML 1.2 core scalar resolution and no timestamps."""

    yaml_implicit_resolvers: dict[str, Any] = {}  # noqa: RUF012 - PyYAML's own class registry


def _construct_int(loader: StrictLoader, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node)).replace("_", "")
    lowered = text.lower().lstrip("+-")
    sign = -1 if text.startswith("-") else 1
    if lowered.startswith("0x"):
        return sign * int(lowered[2:], 16)
    if lowered.startswith("0o"):
        return sign * int(lowered[2:], 8)
    return int(text, 10)


def _construct_float(loader: StrictLoader, node: yaml.ScalarNode) -> float:
    text = str(loader.construct_scalar(node)).replace("_", "").lower()
    if text.lstrip("+-") in (".inf", "inf"):
        return -math.inf if text.startswith("-") else math.inf
    if text == ".nan":
        return math.nan
    return float(text)


def _construct_bool(loader: StrictLoader, node: yaml.ScalarNode) -> bool:
    return str(loader.construct_scalar(node)).lower() == "true"


StrictLoader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
StrictLoader.add_implicit_resolver(
    _INT, re.compile(r"^(?:[-+]?[0-9][0-9_]*|0x[0-9a-fA-F_]+|0o[0-7_]+)$"), list("-+0123456789")
)
StrictLoader.add_implicit_resolver(
    _FLOAT,
    re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+0123456789."),
)
StrictLoader.add_implicit_resolver(
    _NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)
StrictLoader.add_constructor(_INT, _construct_int)
StrictLoader.add_constructor(_FLOAT, _construct_float)
StrictLoader.add_constructor(_BOOL, _construct_bool)


def positions(text: str) -> tuple[dict[Path, tuple[int, int]], dict[Path, tuple[int, int]]]:
    """Where each key and each value of ``text`` is written (0-based line, column), read again
    for a document that needs a line for a finding: a reader keeps no positions, as most files
    have no finding. Empty when ``text`` does not read (its issues have their own lines)."""
    keys: dict[Path, tuple[int, int]] = {}
    values: dict[Path, tuple[int, int]] = {}
    if ("&" in text or "*" in text) and any(_anchor_issues(text)):
        return keys, values  # never walk aliases: a few lines can expand past any memory
    try:
        node = StrictLoader(text).get_single_node()
        if node is not None:
            for _ in _walk(node, (), keys, values):
                pass
    except (yaml.YAMLError, RecursionError, ValueError, OverflowError):
        return {}, {}
    return keys, values


def load(text: str) -> Loaded:
    """Parse one YAML document strictly; never raises for bad input, reports it instead."""
    plain = quickyaml.read_placed(text)
    if plain is not None:
        return Loaded(*plain, [])
    return load_strict(text)


def load_strict(text: str) -> Loaded:
    """``load`` by the YAML library alone, even for plainly written text."""
    issues: list[YamlIssue] = []
    if "&" in text or "*" in text:
        issues.extend(_anchor_issues(text))
        if issues:
            return Loaded(None, {}, {}, issues)
    loader = StrictLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return Loaded(None, {}, {}, issues)
        keys: dict[Path, tuple[int, int]] = {}
        values: dict[Path, tuple[int, int]] = {}
        issues.extend(_walk(node, (), keys, values))
        if any(issue.kind in _REFUSED for issue in issues):
            return Loaded(None, keys, values, issues)
        data = loader.construct_document(node)
    except RecursionError:
        issues.append(YamlIssue(0, 0, "depth", _too_deep()))
        return Loaded(None, {}, {}, issues)
    except yaml.MarkedYAMLError as exc:
        mark: Any = exc.problem_mark or exc.context_mark
        line = int(mark.line) if mark is not None else 0
        column = int(mark.column) if mark is not None else 0
        issues.append(YamlIssue(line, column, "syntax", _parser(_said(exc))))
        return Loaded(None, {}, {}, issues)
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, e.g. a control
        before = text[: max(exc.position, 0)]
        line, column = before.count("\n"), len(before) - (before.rfind("\n") + 1)
        issues.append(YamlIssue(line, column, "syntax", _parser(" ".join(str(exc).split()))))
        return Loaded(None, {}, {}, issues)
    except yaml.YAMLError as exc:  # pragma: no cover - marks are nearly always present
        issues.append(YamlIssue(0, 0, "syntax", _parser(" ".join(str(exc).split()))))
        return Loaded(None, {}, {}, issues)
    except (ValueError, OverflowError) as exc:
        issues.append(
            YamlIssue(0, 0, "syntax", message(N_("cannot read a value: {error}"), error=str(exc)))
        )
        return Loaded(None, {}, {}, issues)
    finally:
        loader.dispose()
    return Loaded(data, keys, values, issues)


_REFUSED = frozenset({"duplicate-key", "tag", "key-type", "number", "depth"})


def _too_deep() -> Message:
    return message(
        N_(
            "the front matter is nested more than {depth} levels deep; write fields as "
            "'key: value' lines with a few levels at most"
        ),
        depth=MAX_DEPTH,
    )


def number_value(tag: str, text: str) -> float | int | None:
    """The number a plain scalar holds, or None when it is not finite or out of range."""
    written = text.replace("_", "").lower()
    digits = written.lstrip("+-")
    if len(digits) > _MAX_DIGITS:
        return None
    try:
        if tag == _INT:
            sign = -1 if written.startswith("-") else 1
            if digits.startswith("0x"):
                number: float | int = sign * int(digits[2:], 16)
            elif digits.startswith("0o"):
                number = sign * int(digits[2:], 8)
            else:
                number = int(written, 10)
        else:
            number = float(text.replace("_", ""))
    except ValueError:
        return None
    if isinstance(number, float) and not math.isfinite(number):
        return None
    if abs(number) > MAX_NUMBER or (number and abs(number) < MIN_NUMBER):
        return None
    return number


def _key_text(node: yaml.ScalarNode) -> str:
    """A key as the duplicate check compares it: integer keys by their value (1, 01, +1, 0x1)."""
    if node.tag == _INT:
        number = number_value(_INT, str(node.value))
        if number is not None:
            return str(number)
    return str(node.value)


def _said(exc: yaml.MarkedYAMLError) -> str:
    """The parser's problem, and what it was doing, each in the catalogues' words."""
    if exc.problem and exc.context:
        return message(
            C_("yaml", "{problem} ({context})"),
            problem=yamlwords.phrase(exc.problem),
            context=yamlwords.phrase(exc.context),
        )
    if exc.problem or exc.context:
        return yamlwords.phrase(exc.problem or exc.context or "")
    return message(N_("YAML syntax error"))


def _parser(words: str) -> Message:
    """The YAML parser's own (English) words, with a lead in the configured language."""
    return message(C_("yaml", "{parser}"), parser=words)


def _anchor_issues(text: str) -> Iterator[YamlIssue]:
    try:
        for event in yaml.parse(text, Loader=StrictLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                mark: Any = event.start_mark
                yield YamlIssue(
                    int(mark.line) if mark else 0,
                    int(mark.column) if mark else 0,
                    "alias",
                    message(
                        N_(
                            "anchors and aliases (&name, *name) are not allowed in front matter; "
                            "write the value out in full"
                        )
                    ),
                )
    except yaml.YAMLError:
        return  # the full load reports the syntax error with its position


def _walk(
    node: yaml.Node,
    path: Path,
    keys: dict[Path, tuple[int, int]],
    values: dict[Path, tuple[int, int]],
) -> Iterator[YamlIssue]:
    values[path] = (node.start_mark.line, node.start_mark.column)
    if len(path) > MAX_DEPTH:
        yield YamlIssue(node.start_mark.line, node.start_mark.column, "depth", _too_deep())
        return
    if isinstance(node, yaml.ScalarNode) and node.tag == _STR and len(node.value) <= _SHARED_KEY:
        node.value = sys.intern(node.value)  # 'active', 'goal', an owner: one copy for all files
    if isinstance(node, yaml.ScalarNode) and node.tag in (_INT, _FLOAT):
        if number_value(node.tag, str(node.value)) is None:
            yield YamlIssue(
                node.start_mark.line,
                node.start_mark.column,
                "number",
                message(
                    N_(
                        "{value} is not a number this tool can hold: numbers must be finite, at "
                        "most {limit} in size and, unless 0, at least {least} (no .inf or .nan); "
                        "write the value in another unit, or quote it if it is text"
                    ),
                    value=_shown(str(node.value)),
                    limit="10^15",
                    least="10^-9",
                ),
            )
        return
    if node.tag not in CORE_TAGS:
        yield YamlIssue(
            node.start_mark.line,
            node.start_mark.column,
            "tag",
            message(
                N_(
                    "the tag {tag} is not allowed; use plain values (text, numbers, true/false, "
                    "lists and mappings)"
                ),
                tag=repr(node.tag),
            ),
        )
        return
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in (_STR, _INT):
                yield YamlIssue(
                    key_node.start_mark.line,
                    key_node.start_mark.column,
                    "key-type",
                    message(N_("keys must be plain words, not lists, mappings or special values")),
                )
                continue
            key = _key_text(key_node)
            key_node.tag = _STR  # keys are text: '1: a' is the key "1", as JSON would have it
            if len(key_node.value) <= _SHARED_KEY:  # one string for every file's 'owner', ...
                key_node.value = sys.intern(key_node.value)
            if key in seen:
                yield YamlIssue(
                    key_node.start_mark.line,
                    key_node.start_mark.column,
                    "duplicate-key",
                    message(N_("duplicate key {key}"), key=repr(str(key_node.value))),
                    seen[key],
                )
                continue
            seen[key] = key_node.start_mark.line
            child = (*path, str(key_node.value))
            keys[child] = (key_node.start_mark.line, key_node.start_mark.column)
            yield from _walk(value_node, child, keys, values)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*path, index)
            keys[child] = (item.start_mark.line, item.start_mark.column)
            yield from _walk(item, child, keys, values)


def _shown(text: str) -> str:
    """A written value, cut short when it is long."""
    return repr(text if len(text) <= 24 else text[:20] + "...")
