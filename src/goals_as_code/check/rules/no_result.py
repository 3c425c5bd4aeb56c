"""A goal's statement names no result: a level to reach, but not of what.

## What it does
Reads the statement of a goal that reads as a goal (G001-G003 report the others) and reports it
when the text names no result variable or measure ("svarstiden", "andelen nöjda kunder", "the
profit margin", "deals per month"): "Jag ska nå 95 % till den 30 juni 2017" says how much and by
when, but not of what.

## Why is this bad?
Specific (the S of SMART) means that anyone can tell what the goal is about without asking. A
level with nothing to attach it to is a number, not a result.

## Example
```markdown
---
id: satisfied-customers
kind: goal
owner: anna@example.com
---
# Jag ska nå 95 % till den 30 juni 2017
```

## Use instead
```markdown
---
id: satisfied-customers
kind: goal
owner: anna@example.com
---
# Jag ska öka andelen nöjda kunder från 80 % till 95 % till den 30 juni 2017
```

## Example (sv)
```markdown
---
id: nojda-kunder-2017
kind: goal
owner: anna@example.com
---
# Jag ska nå 95 % till den 30 juni 2017
```

## Use instead (sv)
```markdown
---
id: nojda-kunder-2017
kind: goal
owner: anna@example.com
---
# Jag ska öka andelen nöjda kunder från 80 % till 95 % till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, statement_line
from goals_as_code.check.rules._common import vague
from goals_as_code.classify import analyse, classify
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "S003"
NAME = "no-result"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "the statement names no result (S): say what shall change, e.g. 'the "
    "reply time to my customer emails' or 'the share of satisfied "
    "customers'"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    if doc.kind != "goal" or not doc.statement or vague(doc.statement):
        return
    found = analyse(doc.statement)
    if found.result_object or found.measure or found.content_words == 0:
        return
    if classify(doc.statement).kind == "goal":
        yield Finding(*statement_line(doc), ctx.say(MESSAGES))
