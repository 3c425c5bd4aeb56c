"""What the change rules share: the fields that differ between two versions, and where they are."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from goals_as_code.check.rules._base import FieldChange, Recorded
from goals_as_code.history import provenance
from goals_as_code.source.document import Document


def flatten(data: Mapping[str, Any], statement: str | None) -> dict[str, Any]:
    """The front matter as dotted fields, and the statement."""
    flat: dict[str, Any] = {}

    def walk(value: Mapping[str, Any], prefix: str) -> None:
        for key, item in value.items():
            name = f"{prefix}{key}"
            if isinstance(item, Mapping):
                walk(item, name + ".")
            else:
                flat[name] = item

    walk(data, "")
    flat["statement"] = statement
    return flat


def diff(old: Document | None, new: Document | None) -> list[FieldChange]:
    """The fields that differ between two versions (either may be missing), in file order."""
    before = flatten(old.data, old.statement) if old is not None else {}
    after = flatten(new.data, new.statement) if new is not None else {}
    names = [*before, *(name for name in after if name not in before)]
    return [
        FieldChange(name, before.get(name), after.get(name))
        for name in names
        if before.get(name) != after.get(name)
    ]


def position(doc: Document, field: str) -> tuple[int, int]:
    """Where a dotted field is in ``doc`` (its value, or the nearest written parent)."""
    if field == "statement":
        return doc.statement_line, 1
    path = tuple(field.split("."))
    if doc.get(*path) is not None:
        return doc.value_position(*path)
    return doc.position(*path)


def listed(changes: Iterable[FieldChange]) -> str:
    """Changed fields as ``field old → new``, comma-separated; the statement as the words it
    changes (``statement …to [-24-]{+30+} hours…``)."""
    from goals_as_code.source.acceptance import change_text

    return ", ".join(change_text(c.field, c.old, c.new) for c in changes)


def expected(item: Recorded) -> str:
    """Who should have recorded a block: for an acceptance, the admin acting for the manager, or
    the manager; for an agreement, the owner it names."""
    by, acting = item.block.get("by"), item.block.get("as")
    return str(acting if isinstance(acting, str) and item.name == "accepted" else by)


def holder(item: Recorded) -> Any:
    """Whose block it is: the goal's manager for an acceptance, its owner for an agreement."""
    return item.manager if item.name == "accepted" else item.owner


def names_another(item: Recorded) -> bool:
    """The block names someone other than its holder (the manager, or the owner)."""
    by, person = item.block.get("by"), holder(item)
    return isinstance(person, str) and isinstance(by, str) and by.lower() != person.lower()


def by_holder(item: Recorded) -> bool:
    """The block names its holder and was written (or signed) by who it names."""
    return not names_another(item) and provenance.vouched(item.record, expected(item))


def who(item: Recorded) -> str:
    """The author of the commit that recorded an acceptance, as ``Name <address>``."""
    return f"{item.record.actor_name} <{item.record.actor}>"


def sha(item: Recorded) -> str:
    return (item.record.sha or "")[:10]
