"""What the change rules share: the fields that differ between two versions, and where they are."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from goals_as_code.check.rules._base import ChangeContext, FieldChange, Recorded
from goals_as_code.check.rules._common import (
    BLOCK_WORDS,
    BORROWED_ADDRESS,
    COMMITTED_BY_OTHER,
    NO_SIGNERS,
    SIGNED,
    SIGNER,
    UNSIGNED_COMMIT,
    VERBS,
)
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


def doubt(item: Recorded) -> str | None:
    """Why the commit that wrote the block does not vouch for who it names (``provenance.doubt``,
    with the base's requirement of signatures), or None."""
    return provenance.doubt(item.record, expected(item), item.require)


def by_holder(item: Recorded) -> bool:
    """The block names its holder and was written (or signed) by who it names."""
    return not names_another(item) and doubt(item) is None


def doubted(ctx: ChangeContext, item: Recorded, ident: str) -> str | None:
    """The words for a block written under its holder's name by a commit that does not vouch
    for it (committed by another, an address under another's name, unsigned where signatures
    are required); None when the author is someone else (each rule words that itself)."""
    found = doubt(item)
    if found is None or found == provenance.AUTHOR:
        return None
    record = item.record
    words = {
        "block": ctx.say(BLOCK_WORDS[item.name]),
        "verb": VERBS[item.name],
        "expected": expected(item),
        "id": ident,
        "actor": who(item),
        "sha": sha(item),
    }
    if found == provenance.COMMITTER:
        committer = f"{record.committer_name} <{record.committer}>"
        return ctx.say(COMMITTED_BY_OTHER, committer=committer, **words)
    if found == provenance.ALIAS:
        return ctx.say(BORROWED_ADDRESS, other=record.alias, **words)
    signed = (
        ctx.say(
            SIGNED,
            expected=expected(item),
            code=record.signature,
            signer=ctx.say(SIGNER, signer=record.signer) if record.signer else "",
        )
        if record.signature not in ("", "N")
        else ""
    )
    signers = item.signers or ctx.say(NO_SIGNERS)
    return ctx.say(UNSIGNED_COMMIT, signed=signed, signers=signers, **words)


def who(item: Recorded) -> str:
    """The author of the commit that recorded an acceptance, as ``Name <address>``."""
    return f"{item.record.actor_name} <{item.record.actor}>"


def sha(item: Recorded) -> str:
    return (item.record.sha or "")[:10]
