"""A goal names no manager: nobody on the other side of the agreement.

## What it does
Reports a goal without a `manager` field.

A goal with `status: draft` is still being written and is not checked for this until it is
proposed.

## Why is this bad?
A goal is accepted when the employee and the manager agree on it; the manager is the other party
("chefen"). Without one, nobody can accept the goal, review its changes or believe in it (the R
of SMART is the confidence of both).

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, is_draft
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "A002"
NAME = "missing-manager"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "the goal has no manager (A): add 'manager:' with the person who "
    "agrees to the goal with the owner"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    if doc.kind == "goal" and not doc.get("manager") and not is_draft(doc):
        yield Finding(*doc.position("owner"), ctx.say(MESSAGES))
