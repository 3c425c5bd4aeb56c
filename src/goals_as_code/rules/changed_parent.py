"""A goal accepted against a parent goal that has changed since.

## What it does
`goals accept` records the parent goal's fingerprint in `accepted.parent`. When the parent's
defining fields (statement, target, deadline, ...) change afterwards, this rule reports every
accepted child: it rests on a parent that is no longer the one it was aligned to, until its
manager accepts it again.

## Why is this bad?
A goal's value comes from the goal above it. When the company cuts its target or moves its
deadline, the goals below were sized for the old one: some are now too small, some serve nothing.
Flagging them is how the change travels down the tree instead of being found at year end.

## Example
```markdown
---
id: faster-replies
parent: customer-satisfaction
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:3f0c...
  parent: sha256:91aa...   # customer-satisfaction has changed since
---
```

## Use instead
The manager reviews the goal against the new parent and runs `goals accept faster-replies`
again, which records the parent's new fingerprint.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from goals_as_code import acceptance
from goals_as_code.document import Document
from goals_as_code.problem import Severity
from goals_as_code.rules._base import Context, Finding

CODE = "A007"
NAME = "changed-parent"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGE = {
    "en": "the parent goal '{parent}' ({path}) changed after this goal was accepted on {on}; "
    "it rests on a changed parent: ask {by} to review it and accept it again ('goals accept {id}')",
    "sv": "överordnade målet '{parent}' ({path}) har ändrats sedan målet godkändes {on}; be {by} "
    "att se över målet och godkänna det igen ('goals accept {id}')",
}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    block = doc.get("accepted")
    parent_id = doc.get("parent")
    if doc.kind != "goal" or not isinstance(block, Mapping) or not isinstance(parent_id, str):
        return
    recorded = block.get("parent")
    parent = ctx.tree.get(parent_id)
    if not acceptance.is_fingerprint(recorded) or parent is None or not parent.readable:
        return
    if acceptance.fingerprint(parent.data, parent.statement) == recorded:
        return
    line, column = doc.position("accepted", "parent")
    yield Finding(
        line,
        column,
        ctx.say(
            MESSAGE,
            parent=parent_id,
            path=parent.path,
            on=block.get("on"),
            by=block.get("by"),
            id=doc.id or "ID",
        ),
    )
