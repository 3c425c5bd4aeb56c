"""JSON Schema validation of front matter, offline: every schema comes from the package."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from goals_as_code.source import resources
from goals_as_code.source.fields import KINDS
from goals_as_code.source.text import did_you_mean

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

BASE_URI = "https://goals-as-code.github.io/schemas/v1/"
SCHEMA_FILES = ("common", *KINDS, "statement", "config")


class SchemaError(NamedTuple):
    """One schema violation: where (a path into the data) and what (the keyword and our wording)."""

    path: tuple[str | int, ...]
    keyword: str  # the JSON Schema keyword that failed: required, type, enum, format, ...
    message: str
    key: bool = False  # True when the path names a key that should not be there


def path(name: str) -> Path:
    """The file of schema ``name`` (e.g. ``"goal"``)."""
    return resources.folder("schemas") / f"{name}.schema.json"


@functools.cache
def load(name: str) -> dict[str, Any]:
    """The schema ``name`` (e.g. ``"goal"``) as a dict."""
    with path(name).open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


@functools.cache
def validator(name: str) -> Draft202012Validator:
    """A validator for schema ``name`` whose references resolve only within the package."""
    from jsonschema import Draft202012Validator, FormatChecker
    from referencing import Registry, Resource

    registry: Registry[Any] = Registry().with_resources(
        (load(other)["$id"], Resource.from_contents(load(other))) for other in SCHEMA_FILES
    )
    return Draft202012Validator(load(name), registry=registry, format_checker=FormatChecker())


def validate(data: Mapping[str, Any], name: str = "statement") -> list[SchemaError]:
    """All violations of schema ``name`` by ``data``, the deepest and most specific first."""
    found = [error for raw in validator(name).iter_errors(data) for error in _explain(raw, name)]
    # an anyOf error only repeats what a more specific error at the same place says
    specific = {error.path for error in found if error.keyword != "anyOf"}
    return [error for error in found if error.keyword != "anyOf" or error.path not in specific]


def _leaves(error: ValidationError) -> Iterator[ValidationError]:
    # if/then and allOf wrap the real error; anyOf errors are best told by their best branch
    if error.validator in ("allOf", "then", "if") and error.context:
        for sub in error.context:
            yield from _leaves(sub)
    else:
        yield error


def _explain(raw: ValidationError, name: str) -> Iterator[SchemaError]:
    for error in _leaves(raw):
        yield _wording(error)


def _show(value: Any) -> str:
    """A value as the user would write it in YAML, not as Python prints it."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null (empty)"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    return str(value)


_TYPE_WORDS = {
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "object": "a mapping of 'key: value' lines",
    "array": "a list",
    "boolean": "true or false",
}


def _dotted(path: tuple[str | int, ...]) -> str:
    return ".".join(str(part) for part in path) if path else "the front matter"


def _wording(error: ValidationError) -> SchemaError:
    path = tuple(error.absolute_path)
    where = _dotted(path)
    keyword = str(error.validator)
    schema: Mapping[str, Any] = error.schema if isinstance(error.schema, Mapping) else {}
    expected: Any = error.validator_value
    if keyword == "required":
        missing = str(error.message).split("'")[1] if "'" in error.message else error.message
        description = _property_description(schema, missing)
        hint = f" ({description})" if description else ""
        field = f"{where}.{missing}" if path else missing
        return SchemaError(path, keyword, f"missing required field '{field}'{hint}")
    if keyword == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        extra = (
            sorted(set(error.instance) - set(allowed)) if isinstance(error.instance, dict) else []
        )
        extra = [key for key in extra if not str(key).startswith("x-")]
        key = extra[0] if extra else "?"
        close = did_you_mean(str(key), allowed)
        hint = f"did you mean '{close[0]}'?" if close else f"allowed here: {', '.join(allowed)}"
        return SchemaError(
            (*path, key),
            "unknown-key",
            f"unknown field '{_dotted((*path, key))}': {hint} "
            "(keys starting with 'x-' are free for your own use)",
            key=True,
        )
    if keyword == "type":
        names = [expected] if isinstance(expected, str) else list(expected)
        words = " or ".join(_TYPE_WORDS.get(str(n), str(n)) for n in names)
        return SchemaError(path, keyword, f"'{where}' must be {words}, not {_show(error.instance)}")
    if keyword in ("enum", "const"):
        allowed_values = list(expected) if keyword == "enum" else [expected]
        listed = ", ".join(str(value) for value in allowed_values)
        close = did_you_mean(str(error.instance), [str(v) for v in allowed_values])
        hint = f"; did you mean '{close[0]}'?" if close else ""
        return SchemaError(
            path, keyword, f"'{where}' is {_show(error.instance)}; allowed: {listed}{hint}"
        )
    if keyword == "format" and error.validator_value == "date":
        return SchemaError(
            path,
            keyword,
            f"'{where}' is {_show(error.instance)}, which is not a date; write YYYY-MM-DD, "
            "e.g. 2017-06-30",
        )
    if keyword == "pattern":
        description = schema.get("description", "")
        return SchemaError(
            path,
            keyword,
            f"'{where}' is {_show(error.instance)}, which is not allowed here"
            + (f": {description}" if description else ""),
        )
    if keyword == "anyOf":
        description = schema.get("description", "")
        return SchemaError(
            path,
            keyword,
            f"'{where}' is {_show(error.instance)}; expected {description or 'another value'}",
        )
    return SchemaError(path, keyword, f"'{where}': {error.message}")


def _property_description(schema: Mapping[str, Any], key: str) -> str:
    prop = schema.get("properties", {}).get(key, {})
    if isinstance(prop, Mapping):
        description = prop.get("description", "")
        return str(description)
    return ""
