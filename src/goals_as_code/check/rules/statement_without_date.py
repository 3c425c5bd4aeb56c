"""A goal's statement names no time: no date, month, quarter or year by which it is reached.

## What it does
Reads the statement of a goal that reads as a goal (G001-G003 report the others) and reports it
when the text names no time ("till den 30 juni 2017", "under 2017", "by Q3 2025", "within 3
months"). The `deadline` field does not count: the statement is what owner and manager agree on.

## Why is this bad?
The time is the T of SMART. A sentence without it reads as a wish; with it, everyone who reads
the goal knows when it is reached or missed.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
---
# I will cut the reply time to my customer emails from 48 to 24 hours
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
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
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, statement_line
from goals_as_code.classify import classify
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "T005"
NAME = "statement-without-date"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "the statement names no time (T); say by when, e.g. 'by 30 June 2017' or 'during 2017'"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    if doc.kind != "goal" or not doc.statement:
        return
    verdict = classify(doc.statement)
    if verdict.kind == "goal" and "T" in verdict.missing:
        yield Finding(*statement_line(doc), ctx.say(MESSAGES))
