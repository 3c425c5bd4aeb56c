"""A change alters how goals are checked: the configuration's gate settings, or who may sign.

## What it does
Compares the configuration at the base with the head's, and reports each changed setting that
decides what is checked: `goals-dir`, `exclude`, `select`, `extend-select`, `ignore`,
`severity`, every rule's `admins`, `require-signatures` and `allowed-signers`, with the old and
new values. It also reports each line added to or removed from the allowed-signers file. Only
`goals review` runs it, and it judges the range by the base's configuration, not the head's.

## Why is this bad?
A branch that sets `ignore = ["A"]`, points `goals-dir` at an empty folder, makes its author an
admin of rule A006, or adds her key to the allowed-signers file, switches off the check that
would have stopped it. Such a change belongs in a change of its own, reviewed by someone the
goals do not answer to (protect the configuration and the signers file with CODEOWNERS).

## Example
The configuration at the base:
```toml file="goals.toml"
goals-dir = "goals"
```
and at the head:
```toml file="goals.toml"
goals-dir = "goals"
ignore = ["A"]
```

## Use instead
Leave the gate settings as they are in a change of goals:
```toml file="goals.toml"
goals-dir = "goals"
```
```toml file="goals.toml"
goals-dir = "goals"
language = "sv"
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import ChangeContext, Finding, Setup
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document
from goals_as_code.source.fields import show

CODE = "C011"
NAME = "setup-changed"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

SETTING = N_(
    "the setting {key} changed from {old} to {new}: it decides what is checked, and this "
    "change is judged by the base's; make it in a change of its own, reviewed by an admin"
)
SIGNER_ADDED = N_(
    "the allowed-signers file gained '{line}': a key that may vouch for acceptances; add "
    "keys in a change of their own, reviewed by an admin"
)
SIGNER_REMOVED = N_(
    "the allowed-signers file lost '{line}'; remove keys in a change of their own, reviewed "
    "by an admin"
)
GATE_SETTINGS = (
    "goals-dir",
    "exclude",
    "select",
    "extend-select",
    "ignore",
    "require-signatures",
    "allowed-signers",
)


def check_change(old: Document | None, new: Document, ctx: ChangeContext) -> Iterator[Finding]:
    return iter(())  # the setup, not a statement: see check_setup


def settings(table: Mapping[str, Any]) -> dict[str, Any]:
    """The gate settings of a configuration table, by dotted key."""
    found = {key: table.get(key) for key in GATE_SETTINGS}
    severity = table.get("severity")
    for key, value in severity.items() if isinstance(severity, Mapping) else ():
        found[f"severity.{key}"] = value
    rules = table.get("rules")
    for key, value in rules.items() if isinstance(rules, Mapping) else ():
        if isinstance(value, Mapping) and "admins" in value:
            found[f"rules.{key}.admins"] = value["admins"]
    return found


def check_setup(old: Setup, new: Setup, ctx: ChangeContext) -> Iterator[tuple[str, Finding]]:
    before, after = settings(old.table), settings(new.table)
    path = new.path or old.path or "goals.toml"
    for key in [*before, *(key for key in after if key not in before)]:
        if before.get(key) != after.get(key):
            said = ctx.say(SETTING, key=key, old=show(before.get(key)), new=show(after.get(key)))
            yield path, Finding(_line(new.text, key), 1, said)
    if old.signers != new.signers:
        where = new.signers_path or old.signers_path or ""
        lines_before = _lines(old.signers)
        lines_after = _lines(new.signers)
        for number, line in enumerate((new.signers or "").splitlines(), 1):
            if line.strip() and line.strip() not in lines_before:
                yield where, Finding(number, 1, ctx.say(SIGNER_ADDED, line=_short(line)))
        for line in lines_before:
            if line not in lines_after:
                yield where, Finding(1, 1, ctx.say(SIGNER_REMOVED, line=_short(line)))


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _short(line: str) -> str:
    """A signer's line with its key shortened: the principal and the key's type and end."""
    parts = line.strip().split()
    return " ".join(part if len(part) <= 24 else f"…{part[-12:]}" for part in parts)


def _line(text: str, key: str) -> int:
    """The line of ``key`` (its last part, or its table) in a TOML text; 1 when not there."""
    parts = key.split(".")
    candidates = [rf"^\s*\"?{re.escape(parts[-1])}\"?\s*=", rf"^\s*\[[^\]]*{re.escape(parts[0])}"]
    for pattern in candidates:
        for number, line in enumerate(text.splitlines(), 1):
            if re.match(pattern, line):
                return number
    return 1
