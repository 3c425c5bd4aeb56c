"""A goal's statement names no level to reach: no number, no "from ... to ...", no "by 5 %".

## What it does
Reads the statement of a goal that reads as a goal (G001-G003 report the others) and reports it
when the text itself gives no level: "Jag ska öka försäljningen under 2017", "I will increase
sales by 30 June 2017". A statement that leans on a vague word ("bättre", "more") is S002's to
report. The metric in the front matter does not count: the statement is what
owner and manager agree on, and it should say how much.

## Why is this bad?
"Increase sales" is reached by one krona more. The level is the M of SMART, and it belongs in the
sentence people read and accept, not only in a field the report reads.

## Example
```markdown
---
id: more-sales
kind: goal
owner: anna@example.com
---
# Jag ska öka försäljningen i min region till den 30 juni 2017
```

## Use instead
```markdown
---
id: more-sales
kind: goal
owner: anna@example.com
---
# Jag ska öka försäljningen i min region från 12 till 14 miljoner kronor till den 30 juni 2017
```

## Example (sv)
```markdown
---
id: more-sales
kind: goal
owner: anna@example.com
---
# Jag ska öka försäljningen i min region till den 30 juni 2017
```

## Use instead (sv)
```markdown
---
id: more-sales
kind: goal
owner: anna@example.com
---
# Jag ska öka försäljningen i min region från 12 till 14 miljoner kronor till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, statement_line
from goals_as_code.check.rules._common import vague
from goals_as_code.classify import classify
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "M005"
NAME = "statement-without-level"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "the statement names no level to reach (M); say how much, e.g. 'from "
    "48 to 24 hours', 'to at least 95 %' or 'by 5 %'"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    if doc.kind != "goal" or not doc.statement:
        return
    if vague(doc.statement):
        return
    verdict = classify(doc.statement)
    if verdict.kind == "goal" and "M" in verdict.missing:
        yield Finding(*statement_line(doc), ctx.say(MESSAGES))
