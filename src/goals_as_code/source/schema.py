"""JSON Schema validation of front matter, offline: every schema comes from the package.

The errors are worded here, as messages of the catalogue; the descriptions in the schemas that a
message quotes (of a required field, a pattern, a choice of forms) are ids of the catalogue too.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from goals_as_code.i18n.messages import N_, Message, languages, message
from goals_as_code.source import quickschema, resources
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
    message: Message  # said in the configured language; descriptions from the schemas too
    key: bool = False  # True when the path names a key that should not be there


def path(name: str) -> Path:
    """The file of schema ``name`` (e.g. ``"goal"``)."""
    return resources.folder("schemas") / f"{name}.schema.json"


@functools.cache
def load(name: str) -> dict[str, Any]:
    """The schema ``name`` (e.g. ``"goal"``) as a dict."""
    with path(name).open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    if name == "config":
        # the languages are the message catalogues present, not the list written in the file
        schema["properties"]["language"]["enum"] = list(languages())
    return schema


@functools.cache
def documents() -> dict[str, dict[str, Any]]:
    return {load(other)["$id"]: load(other) for other in SCHEMA_FILES}


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
    if name == "statement" and isinstance(data, Mapping) and data.get("kind") in KINDS:
        # the statement schema only picks the kind's schema by 'kind' (allOf, if, then, $ref):
        # validating against that schema gives the same errors without the dispatch
        name = str(data["kind"])
    if quickschema.valid(data, load(name), documents()):
        return []  # surely valid: the JSON Schema library is not needed
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


def _show(value: Any) -> str | Message:
    """A value as the user would write it in YAML, not as Python prints it."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return message(N_("null (empty)"))
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (dict, list)):
        return message(N_("a mapping")) if isinstance(value, dict) else message(N_("a list"))
    return str(value)


_TYPE_WORDS = {
    "string": N_("text"),
    "number": N_("a number"),
    "integer": N_("a whole number"),
    "object": N_("a mapping of 'key: value' lines"),
    "array": N_("a list"),
    "boolean": N_("true or false"),
}


def _types(names: list[str]) -> str | Message:
    """The JSON types ``names`` in words, joined by "or"."""
    words: list[str | Message] = [
        message(_TYPE_WORDS[name]) if name in _TYPE_WORDS else name for name in names
    ]
    joined = words[0]
    for word in words[1:]:
        joined = message(N_("{one} or {other}"), one=joined, other=word)
    return joined


def _dotted(path: tuple[str | int, ...]) -> str | Message:
    return ".".join(str(part) for part in path) if path else message(N_("the front matter"))


def _wording(error: ValidationError) -> SchemaError:
    path = tuple(error.absolute_path)
    where = _dotted(path)
    keyword = str(error.validator)
    schema: Mapping[str, Any] = error.schema if isinstance(error.schema, Mapping) else {}
    expected: Any = error.validator_value
    value = _show(error.instance)
    if keyword == "required":
        missing = str(error.message).split("'")[1] if "'" in error.message else error.message
        description = _property_description(schema, missing)
        field = f"{path_text(path)}.{missing}" if path else missing
        if description:
            said = message(
                N_("missing required field '{field}' ({description})"),
                field=field,
                description=message(description),
            )
        else:
            said = message(N_("missing required field '{field}'"), field=field)
        return SchemaError(path, keyword, said)
    if keyword == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        extra = (
            sorted(set(error.instance) - set(allowed)) if isinstance(error.instance, dict) else []
        )
        extra = [key for key in extra if not str(key).startswith("x-")]
        key = extra[0] if extra else "?"
        close = did_you_mean(str(key), allowed)
        field = path_text((*path, key))
        if close:
            said = message(
                N_(
                    "unknown field '{field}': did you mean '{close}'? (keys starting with 'x-' "
                    "are free for your own use)"
                ),
                field=field,
                close=close[0],
            )
        else:
            said = message(
                N_(
                    "unknown field '{field}': allowed here: {allowed} (keys starting with 'x-' "
                    "are free for your own use)"
                ),
                field=field,
                allowed=", ".join(allowed),
            )
        return SchemaError((*path, key), "unknown-key", said, key=True)
    if keyword == "type":
        names = [expected] if isinstance(expected, str) else list(expected)
        said = message(
            N_("'{where}' must be {types}, not {value}"),
            where=where,
            types=_types([str(name) for name in names]),
            value=value,
        )
        return SchemaError(path, keyword, said)
    if keyword in ("enum", "const"):
        allowed_values = list(expected) if keyword == "enum" else [expected]
        listed = ", ".join(str(item) for item in allowed_values)
        close = did_you_mean(str(error.instance), [str(v) for v in allowed_values])
        if close:
            said = message(
                N_("'{where}' is {value}; allowed: {allowed}; did you mean '{close}'?"),
                where=where,
                value=value,
                allowed=listed,
                close=close[0],
            )
        else:
            said = message(
                N_("'{where}' is {value}; allowed: {allowed}"),
                where=where,
                value=value,
                allowed=listed,
            )
        return SchemaError(path, keyword, said)
    if keyword == "format" and error.validator_value == "date":
        said = message(
            N_("'{where}' is {value}, which is not a date; write YYYY-MM-DD, e.g. 2017-06-30"),
            where=where,
            value=value,
        )
        return SchemaError(path, keyword, said)
    if keyword == "pattern":
        description = schema.get("description", "")
        if description:
            said = message(
                N_("'{where}' is {value}, which is not allowed here: {description}"),
                where=where,
                value=value,
                description=message(description),
            )
        else:
            said = message(
                N_("'{where}' is {value}, which is not allowed here"), where=where, value=value
            )
        return SchemaError(path, keyword, said)
    if keyword == "anyOf":
        description = schema.get("description", "")
        if description:
            said = message(
                N_("'{where}' is {value}; expected {description}"),
                where=where,
                value=value,
                description=message(description),
            )
        else:
            said = message(
                N_("'{where}' is {value}; expected another value"), where=where, value=value
            )
        return SchemaError(path, keyword, said)
    shown = repr(error.instance)
    if keyword in ("minLength", "minItems"):
        if expected == 1:
            said = message(N_("'{where}': {value} should be non-empty"), where=where, value=shown)
        else:
            said = message(N_("'{where}': {value} is too short"), where=where, value=shown)
        return SchemaError(path, keyword, said)
    if keyword in ("maxLength", "maxItems"):
        said = message(N_("'{where}': {value} is too long"), where=where, value=shown)
        return SchemaError(path, keyword, said)
    if keyword == "uniqueItems":
        said = message(N_("'{where}': {value} has non-unique elements"), where=where, value=shown)
        return SchemaError(path, keyword, said)
    if keyword == "maximum":
        said = message(
            N_("'{where}': {value} is greater than the maximum of {limit}"),
            where=where,
            value=shown,
            limit=repr(expected),
        )
        return SchemaError(path, keyword, said)
    if keyword == "minimum":
        said = message(
            N_("'{where}': {value} is less than the minimum of {limit}"),
            where=where,
            value=shown,
            limit=repr(expected),
        )
        return SchemaError(path, keyword, said)
    # a keyword the schemas do not use yet: the validator's own (English) words
    return SchemaError(
        path, keyword, message(N_("'{where}': {detail}"), where=where, detail=error.message)
    )


def path_text(path: tuple[str | int, ...]) -> str:
    return ".".join(str(part) for part in path)


def _property_description(schema: Mapping[str, Any], key: str) -> str:
    prop = schema.get("properties", {}).get(key, {})
    if isinstance(prop, Mapping):
        description = prop.get("description", "")
        return str(description)
    return ""
