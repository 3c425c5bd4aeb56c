"""A goal has no deadline.

## What it does
Reports a goal without a `deadline` field (a date, `YYYY-MM-DD`).

A goal with `status: draft` is still being written and is not checked for this until it is
proposed.

## Why is this bad?
A goal without a date is never late and never done: it is not Time-bound (the T of SMART).
The deadline is also what the report measures pace against.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
start: 2017-01-01
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
start: 2017-01-01
deadline: 2017-06-30
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
start: 2017-01-01
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
start: 2017-01-01
deadline: 2017-06-30
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

CODE = "T001"
NAME = "missing-deadline"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "the goal has no deadline (T); add 'deadline: YYYY-MM-DD', the day it shall be reached"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    if doc.kind == "goal" and not doc.get("deadline") and not is_draft(doc):
        yield Finding(*doc.position("kind"), ctx.say(MESSAGES))
