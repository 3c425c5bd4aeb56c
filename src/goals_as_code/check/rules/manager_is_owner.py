"""A goal's manager is its owner: the agreement has one party.

## What it does
Compares `owner` and `manager` (ignoring case and surrounding spaces) and reports a goal where
they are the same person.

## Why is this bad?
Acceptance means that two people agree: the one who will reach the goal and the one who leads
them. A goal accepted by its own owner has not been agreed with anyone.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: Anna@example.com
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
manager: Anna@example.com
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
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "A003"
NAME = "manager-is-owner"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "the manager '{manager}' is also the owner (A); a goal is agreed "
    "between two people: name the owner's manager"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    owner, manager = doc.get("owner"), doc.get("manager")
    if doc.kind != "goal" or not isinstance(owner, str) or not isinstance(manager, str):
        return
    if owner.strip().casefold() == manager.strip().casefold() and owner.strip():
        yield Finding(*doc.value_position("manager"), ctx.say(MESSAGES, manager=manager))
