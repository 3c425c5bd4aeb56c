"""An active goal that its owner has not agreed to.

## What it does
Reports a goal with `status: active` that has no `agreed` block. A goal is agreed by both: the
manager accepts it (`accepted`, `goals accept`) and the owner agrees to it (`agreed`,
`goals agree`). A goal written by the manager counts as not agreed until the owner agrees. A goal
without an `owner` is left to the schema rules.

## Why is this bad?
A goal is the owner's promise: "both you and your manager have accepted it". A manager can write a
goal for an employee, type her confidence, accept it and commit it; without the owner's own
agreement, recorded by her, nothing shows that she ever saw it.

## Example
Accepted by the manager; the owner has not agreed:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
status: active
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:d4b2d6c3f8306ed38195e8ae4f471a3c73178079a490dfe22914a4bae120f5cd
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
The owner runs `goals agree faster-replies --commit`, which records:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
status: active
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:d4b2d6c3f8306ed38195e8ae4f471a3c73178079a490dfe22914a4bae120f5cd
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:d4b2d6c3f8306ed38195e8ae4f471a3c73178079a490dfe22914a4bae120f5cd
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
Godkänt av chefen; ägaren har inte samtyckt:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
status: active
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:6be3f1dede84b6b89acd7203c010fcfe8d81806532fff7234ffb1cf082e3bf68
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
Ägaren kör `goals agree snabbare-svar --commit`, som skriver in:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
status: active
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:6be3f1dede84b6b89acd7203c010fcfe8d81806532fff7234ffb1cf082e3bf68
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:6be3f1dede84b6b89acd7203c010fcfe8d81806532fff7234ffb1cf082e3bf68
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "A008"
NAME = "missing-agreement"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGE = N_(
    "the goal is active but its owner has not agreed to it; {owner} runs 'goals agree {id}'"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    if doc.kind != "goal" or doc.get("status") != "active" or "agreed" in doc.data:
        return
    owner = doc.get("owner")
    if not isinstance(owner, str) or not owner:
        return
    line, column = doc.value_position("status")
    yield Finding(line, column, ctx.say(MESSAGE, owner=owner, id=doc.id or "ID"))
