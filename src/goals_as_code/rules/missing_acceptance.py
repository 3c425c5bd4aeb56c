"""An active goal that its manager has not accepted.

## What it does
Reports a goal with `status: active` that has no `accepted` block.

## Why is this bad?
A goal is agreed between the owner and the manager. Until the manager has accepted it, bound to
its statement, target and deadline, nobody can tell whether the goal in the file is the goal that
was agreed: the owner may be working towards something the manager never saw.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
status: active
---
```

## Use instead
The manager runs `goals accept faster-replies`, which records:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
status: active
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:3f0c...
---
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.document import Document
from goals_as_code.problem import Severity
from goals_as_code.rules._base import Context, Finding

CODE = "A004"
NAME = "missing-acceptance"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGE = {
    "en": "the goal is active but not accepted; its manager {manager} runs 'goals accept {id}'",
    "sv": "målet är aktivt men inte godkänt; chefen {manager} kör 'goals accept {id}'",
}
NOBODY = {"en": "(no manager named)", "sv": "(ingen chef angiven)"}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    if doc.kind != "goal" or doc.get("status") != "active" or "accepted" in doc.data:
        return
    manager = doc.get("manager")
    line, column = doc.value_position("status")
    yield Finding(
        line,
        column,
        ctx.say(
            MESSAGE,
            manager=manager if isinstance(manager, str) else ctx.say(NOBODY),
            id=doc.id or "ID",
        ),
    )
