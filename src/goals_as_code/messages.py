"""The words the commands show people, in each language the project speaks (en, sv).

Rule messages pick their wording with ``ctx.say``; the other human output (review, report,
history) picks it here, so that one term has one translation everywhere. Identifiers in JSON,
CSV and flag codes stay English: tools read them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Wording = Mapping[str, str]


def say(lang: str, messages: Wording, **values: Any) -> str:
    """The message in ``lang`` (English when it has none), with its values filled in."""
    template = messages.get(lang) or messages["en"]
    return template.format(**values) if values else template


def count(lang: str, number: int, one: Wording, many: Wording) -> str:
    """``number`` followed by the singular or plural wording, e.g. '2 check-ins'."""
    return f"{number} {say(lang, one if number == 1 else many)}"


# Goal statuses as the report computes them (calc.STATUSES); keys are the stable identifiers.
STATUS: dict[str, Wording] = {
    "achieved": {"en": "achieved", "sv": "uppnått"},
    "on-track": {"en": "on track", "sv": "i fas"},
    "at-risk": {"en": "at risk", "sv": "risk"},
    "behind": {"en": "behind", "sv": "efter"},
    "missed": {"en": "missed", "sv": "missat"},
    "overdue": {"en": "overdue", "sv": "försenat"},
    "not-started": {"en": "not started", "sv": "ej påbörjat"},
    "dropped": {"en": "dropped", "sv": "strukits"},
    "unknown": {"en": "unknown", "sv": "okänt"},
}

# How a statement changed between two commits (review); keys are the JSON values.
CHANGE: dict[str, Wording] = {
    "added": {"en": "added", "sv": "tillagt"},
    "removed": {"en": "removed", "sv": "borttaget"},
    "renamed": {"en": "renamed", "sv": "omdöpt"},
    "modified": {"en": "modified", "sv": "ändrat"},
    "unchanged": {"en": "unchanged", "sv": "oförändrat"},
}
CHANGES: dict[str, Wording] = {  # the plural, for counts
    "added": {"en": "added", "sv": "tillagda"},
    "removed": {"en": "removed", "sv": "borttagna"},
    "renamed": {"en": "renamed", "sv": "omdöpta"},
    "modified": {"en": "modified", "sv": "ändrade"},
}

SEVERITY: dict[str, Wording] = {
    "error": {"en": "error", "sv": "fel"},
    "warning": {"en": "warning", "sv": "varning"},
    "info": {"en": "info", "sv": "info"},
}


def status(name: str, lang: str) -> str:
    """A goal status in words (the identifier itself when it is not known)."""
    wording = STATUS.get(name)
    return say(lang, wording) if wording is not None else name


def word(table: Mapping[str, Wording], name: str, lang: str) -> str:
    wording = table.get(name)
    return say(lang, wording) if wording is not None else name
