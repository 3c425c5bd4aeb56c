"""A quick, sure "valid" for the package's own schemas, without importing the JSON Schema library.

Almost every file a check reads is valid, and importing ``jsonschema`` costs more than reading and
checking one file. So validation first asks this reader, which knows the keywords the package's
schemas use (draft 2020-12) and answers only what it is sure of: :func:`valid` is ``True`` only
when the data is valid, and ``False`` when it is not or when it cannot tell (a keyword it does not
know, a value whose comparison it does not model). Then ``jsonschema`` decides and words the
errors, so the errors are always the library's; this reader only spares it the files it would
pass. A property test holds it to ``jsonschema`` on valid and broken front matter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urldefrag, urljoin

from goals_as_code.source import fields

Schema = Mapping[str, Any]

# keywords that never fail a value
_ANNOTATIONS = frozenset(
    {"$schema", "$id", "$comment", "$defs", "title", "description", "default", "examples"}
)


class _Unsure(Exception):
    """The reader cannot tell; the JSON Schema library must decide."""


def valid(data: Any, root: Schema, documents: Mapping[str, Schema]) -> bool:
    """Whether ``data`` is surely valid against ``root``; ``documents`` are the schemas by ``$id``.

    ``False`` means invalid *or* not sure: ask the JSON Schema library then.
    """
    try:
        return _Reader(documents).ok(data, root, str(root.get("$id", "")))
    except (_Unsure, RecursionError):
        return False


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_type(value: Any, name: str) -> bool:
    if name == "string":
        return isinstance(value, str)
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if name == "number":
        return _number(value)
    if name == "integer":
        return _number(value) and (isinstance(value, int) or float(value).is_integer())
    raise _Unsure


def _plain(value: Any) -> bool:
    """A value of JSON's own types, the only ones the reader judges."""
    return value is None or isinstance(value, (str, int, float, bool, dict, list))


def _text(key: Any) -> bool:
    return isinstance(key, str)


def _same(one: Any, other: Any) -> bool:
    """JSON equality of two scalars: true is not 1, 1 is 1.0."""
    if isinstance(one, (dict, list)) or isinstance(other, (dict, list)):
        raise _Unsure
    if isinstance(one, bool) or isinstance(other, bool):
        return type(one) is type(other) and one == other
    if _number(one) and _number(other):
        return bool(one == other)
    if isinstance(one, str) and isinstance(other, str):
        return one == other
    return one is None and other is None


class _Reader:
    def __init__(self, documents: Mapping[str, Schema]) -> None:
        self.documents = documents

    def ok(self, value: Any, schema: Any, base: str) -> bool:
        if schema is True:
            return True
        if schema is False:
            return False
        if not isinstance(schema, Mapping):
            raise _Unsure
        if not _plain(value) or (isinstance(value, dict) and not all(map(_text, value))):
            raise _Unsure
        if "$id" in schema:
            base = urljoin(base, str(schema["$id"]))
        for keyword, expected in schema.items():
            if keyword in _ANNOTATIONS:
                continue
            check = _KEYWORDS.get(keyword)
            if check is None:
                raise _Unsure
            if not check(self, value, expected, schema, base):
                return False
        return True

    def resolve(self, ref: str, base: str) -> tuple[Any, str]:
        address, pointer = urldefrag(urljoin(base, ref))
        target: Any = self.documents.get(address)
        if target is None:
            raise _Unsure
        for part in (p for p in pointer.split("/") if p):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, Mapping) or part not in target:
                raise _Unsure
            target = target[part]
        return target, address


Check = Callable[[_Reader, Any, Any, Schema, str], bool]


def _ref(reader: _Reader, value: Any, ref: Any, _schema: Schema, base: str) -> bool:
    target, address = reader.resolve(str(ref), base)
    return reader.ok(value, target, address)


def _type(_reader: _Reader, value: Any, expected: Any, _schema: Schema, _base: str) -> bool:
    names = [expected] if isinstance(expected, str) else list(expected)
    return any(_is_type(value, str(name)) for name in names)


def _enum(_reader: _Reader, value: Any, expected: Any, _schema: Schema, _base: str) -> bool:
    return any(_same(value, choice) for choice in expected)


def _const(_reader: _Reader, value: Any, expected: Any, _schema: Schema, _base: str) -> bool:
    return _same(value, expected)


def _properties(reader: _Reader, value: Any, expected: Any, _schema: Schema, base: str) -> bool:
    if not isinstance(value, dict):
        return True
    return all(reader.ok(value[key], sub, base) for key, sub in expected.items() if key in value)


def _pattern_properties(
    reader: _Reader, value: Any, expected: Any, _schema: Schema, base: str
) -> bool:
    if not isinstance(value, dict):
        return True
    return all(
        reader.ok(item, sub, base)
        for pattern, sub in expected.items()
        for key, item in value.items()
        if re.search(pattern, key)
    )


def _additional(reader: _Reader, value: Any, expected: Any, schema: Schema, base: str) -> bool:
    if not isinstance(value, dict):
        return True
    named = schema.get("properties", {})
    patterns = list(schema.get("patternProperties", {}))
    return all(
        reader.ok(item, expected, base)
        for key, item in value.items()
        if key not in named and not any(re.search(pattern, key) for pattern in patterns)
    )


def _property_names(reader: _Reader, value: Any, expected: Any, _schema: Schema, base: str) -> bool:
    if not isinstance(value, dict):
        return True
    return all(reader.ok(key, expected, base) for key in value)


def _required(_reader: _Reader, value: Any, expected: Any, _schema: Schema, _base: str) -> bool:
    return not isinstance(value, dict) or all(key in value for key in expected)


def _min_properties(_r: _Reader, value: Any, expected: Any, _s: Schema, _b: str) -> bool:
    return not isinstance(value, dict) or len(value) >= expected


def _items(reader: _Reader, value: Any, expected: Any, _schema: Schema, base: str) -> bool:
    return not isinstance(value, list) or all(reader.ok(item, expected, base) for item in value)


def _min_items(_r: _Reader, value: Any, expected: Any, _s: Schema, _b: str) -> bool:
    return not isinstance(value, list) or len(value) >= expected


def _max_items(_r: _Reader, value: Any, expected: Any, _s: Schema, _b: str) -> bool:
    return not isinstance(value, list) or len(value) <= expected


def _unique(_r: _Reader, value: Any, expected: Any, _s: Schema, _b: str) -> bool:
    if not expected or not isinstance(value, list):
        return True
    if not all(isinstance(item, str) for item in value):
        raise _Unsure
    return len(set(value)) == len(value)


def _min_length(_r: _Reader, value: Any, expected: Any, _s: Schema, _b: str) -> bool:
    return not isinstance(value, str) or len(value) >= expected


def _max_length(_r: _Reader, value: Any, expected: Any, _s: Schema, _b: str) -> bool:
    return not isinstance(value, str) or len(value) <= expected


def _pattern(_r: _Reader, value: Any, expected: Any, _s: Schema, _b: str) -> bool:
    return not isinstance(value, str) or re.search(expected, value) is not None


def _minimum(_r: _Reader, value: Any, expected: Any, _s: Schema, _b: str) -> bool:
    return not _number(value) or value >= expected


def _maximum(_r: _Reader, value: Any, expected: Any, _s: Schema, _b: str) -> bool:
    return not _number(value) or value <= expected


def _format(_r: _Reader, value: Any, expected: Any, _s: Schema, _b: str) -> bool:
    if expected != "date":
        raise _Unsure
    if not isinstance(value, str):
        return True
    return value.isascii() and fields.date(value) is not None


def _all_of(reader: _Reader, value: Any, expected: Any, _schema: Schema, base: str) -> bool:
    return all(reader.ok(value, sub, base) for sub in expected)


def _any_of(reader: _Reader, value: Any, expected: Any, _schema: Schema, base: str) -> bool:
    unsure = False
    for sub in expected:
        try:
            if reader.ok(value, sub, base):
                return True
        except _Unsure:
            unsure = True
    if unsure:
        raise _Unsure
    return False


def _if(reader: _Reader, value: Any, expected: Any, schema: Schema, base: str) -> bool:
    branch = "then" if reader.ok(value, expected, base) else "else"
    return branch not in schema or reader.ok(value, schema[branch], base)


def _branch(_r: _Reader, _value: Any, _expected: Any, schema: Schema, _b: str) -> bool:
    # 'then' and 'else' are read by 'if'; alone they do nothing
    return True


_KEYWORDS: dict[str, Check] = {
    "$ref": _ref,
    "type": _type,
    "enum": _enum,
    "const": _const,
    "properties": _properties,
    "patternProperties": _pattern_properties,
    "additionalProperties": _additional,
    "propertyNames": _property_names,
    "required": _required,
    "minProperties": _min_properties,
    "items": _items,
    "minItems": _min_items,
    "maxItems": _max_items,
    "uniqueItems": _unique,
    "minLength": _min_length,
    "maxLength": _max_length,
    "pattern": _pattern,
    "minimum": _minimum,
    "maximum": _maximum,
    "format": _format,
    "allOf": _all_of,
    "anyOf": _any_of,
    "if": _if,
    "then": _branch,
    "else": _branch,
}
