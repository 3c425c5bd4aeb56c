"""Set values in a statement file's front matter, keeping every other byte.

``set_values`` is how ``goals checkin`` writes a check-in: each value replaces the scalar written
at its dotted path, or is added to the mapping that should hold it (a new line in a block
mapping, with the indentation of its keys; a new ``key: value`` in a flow mapping such as
``confidence: {owner: 0.7}``). Comments, quoting, key order and line endings of everything else
stay as they were. The result is read again and used only when it holds exactly the values asked
for and nothing else changed.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

import yaml

from goals_as_code.i18n.messages import N_, Message, message
from goals_as_code.source import document, yamlstrict

Path = tuple[str, ...]
_PLAIN_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@+-]*$")


class EditError(ValueError):
    """The front matter cannot be edited safely; ``said`` says why (shown after the path)."""

    def __init__(self, said: Message) -> None:
        super().__init__(str(said))
        self.said = said


def set_values(text: str, values: Sequence[tuple[Path, object]]) -> str:
    """``text`` with each ``(path, value)`` written into its front matter, in order."""
    lines = document.split_lines(text)
    if not lines or not document.is_delimiter(lines[0].lstrip("\ufeff")):
        raise EditError(message(N_("the file does not start with a '---' front matter block")))
    close = next(
        (n for n in range(1, len(lines)) if document.is_delimiter(lines[n])),
        None,
    )
    if close is None:
        raise EditError(message(N_("the front matter opened with '---' is never closed")))
    newline = "\r\n" if lines[0].endswith("\r\n") else "\n"
    body = "".join(lines[1:close])
    before = yamlstrict.load(body)
    if before.issues or not isinstance(before.data, (Mapping, type(None))):
        raise EditError(message(N_("the front matter cannot be read; 'goals check' says why")))
    expected: dict[str, Any] = copy.deepcopy(dict(before.data or {}))
    for path, value in values:
        body = _set(body, path, value, newline)
        _put(expected, path, value)
    after = yamlstrict.load(body)
    if after.issues or after.data != expected:
        raise EditError(message(N_("its layout is one this command cannot edit safely")))
    return "".join([lines[0], body, *lines[close:]])


def _put(data: dict[str, Any], path: Path, value: object) -> None:
    for part in path[:-1]:
        inner = data.get(part)
        if not isinstance(inner, dict):
            inner = data[part] = {}
        data = inner
    data[path[-1]] = value


def scalar(value: object) -> str:
    """A value as a YAML 1.2 core scalar: 24 (not 24.0), 0.7, a date or a key as written, other
    text as a JSON string (a valid double-quoted YAML scalar) when plain would be read otherwise."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value)
    return text if _PLAIN_KEY.match(text) and _reads_as_text(text) else json.dumps(text)


def _reads_as_text(text: str) -> bool:
    loaded = yamlstrict.load(f"k: {text}\n")
    return not loaded.issues and isinstance(loaded.data, dict) and loaded.data.get("k") == text


def _set(body: str, path: Path, value: object, newline: str) -> str:
    root = yaml.compose(body, Loader=yaml.SafeLoader) if body.strip() else None
    if root is None:
        return body + _block(path, value, 0, newline)
    if not isinstance(root, yaml.MappingNode):
        raise EditError(message(N_("the front matter is not a mapping")))
    node: yaml.Node = root
    for depth, part in enumerate(path):
        assert isinstance(node, yaml.MappingNode)
        found = next(
            ((key, item) for key, item in node.value if getattr(key, "value", None) == part),
            None,
        )
        if found is None:
            return _insert(body, node, path[depth:], value, newline)
        key, item = found
        if depth == len(path) - 1:
            if not isinstance(item, yaml.ScalarNode):
                raise EditError(
                    message(N_("'{field}' holds more than one value"), field=".".join(path))
                )
            return _replace(body, key, item, scalar(value))
        if not isinstance(item, yaml.MappingNode):
            raise EditError(
                message(N_("'{field}' is not a mapping"), field=".".join(path[: depth + 1]))
            )
        node = item
    raise AssertionError("unreachable")  # pragma: no cover


def _replace(body: str, key: yaml.Node, item: yaml.ScalarNode, written: str) -> str:
    start, end = item.start_mark.index, item.end_mark.index
    if item.value == "" and item.style is None:  # ``current:`` with nothing after it
        colon = body.index(":", key.end_mark.index)
        return body[: colon + 1] + " " + written + body[colon + 1 :]
    return body[:start] + written + body[end:]


def _insert(body: str, mapping: yaml.MappingNode, path: Path, value: object, newline: str) -> str:
    if mapping.flow_style:
        entry = _flow(path, value)
        brace = mapping.end_mark.index - 1
        if body[brace] != "}":
            raise EditError(message(N_("a flow mapping this command cannot extend")))
        if mapping.value:
            at = mapping.value[-1][1].end_mark.index
            return body[:at] + ", " + entry + body[at:]
        return body[:brace] + entry + body[brace:]
    if not mapping.value:
        raise EditError(message(N_("an empty mapping this command cannot extend")))
    indent = mapping.value[0][0].start_mark.column
    line = _last_line(mapping) + 1
    pieces = body.splitlines(keepends=True)
    # a template's comment that names the key (``# as_of: YYYY-MM-DD``): the value goes below it
    hint = re.compile(rf"^{' ' * indent}#\s*{re.escape(path[0])}\s*:")
    first = mapping.start_mark.line
    named = [
        n
        for n in range(first, min(len(pieces), _end_line(pieces, mapping)))
        if hint.match(pieces[n])
    ]
    if named:
        line = named[0] + 1
    starts = [0]
    for piece in pieces:
        starts.append(starts[-1] + len(piece))
    at = starts[min(line, len(starts) - 1)]
    prefix = "" if at == 0 or body[at - 1] == "\n" else newline
    return body[:at] + prefix + _block(path, value, indent, newline) + body[at:]


def _end_line(pieces: list[str], mapping: yaml.MappingNode) -> int:
    """The line after the comments that follow ``mapping``'s last line at its indentation or
    deeper (where a template's hints for it end)."""
    indent = mapping.value[0][0].start_mark.column
    line = _last_line(mapping) + 1
    while line < len(pieces):
        stripped = pieces[line].lstrip(" ")
        if not stripped.startswith("#") or len(pieces[line]) - len(stripped) < indent:
            break
        line += 1
    return line


def _block(path: Path, value: object, indent: int, newline: str) -> str:
    pad = " " * indent
    if len(path) == 1:
        return f"{pad}{scalar(path[0])}: {scalar(value)}{newline}"
    return f"{pad}{scalar(path[0])}:{newline}" + _block(path[1:], value, indent + 2, newline)


def _flow(path: Path, value: object) -> str:
    if len(path) == 1:
        return f"{scalar(path[0])}: {scalar(value)}"
    return f"{scalar(path[0])}: {{{_flow(path[1:], value)}}}"


def _last_line(node: yaml.Node) -> int:
    """The 0-based line where ``node``'s text ends (a block scalar's end mark is the next line's
    start)."""
    if isinstance(node, yaml.MappingNode) and not node.flow_style and node.value:
        key, item = node.value[-1]
        return max(_last_line(key), _last_line(item))
    if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
        return _last_line(node.value[-1])
    end = node.end_mark
    if end.column == 0 and end.line > node.start_mark.line:
        return int(end.line) - 1
    return int(end.line)
