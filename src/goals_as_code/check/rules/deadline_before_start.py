"""A goal's deadline (or an activity's due date) comes before its start.

## What it does
Compares `deadline` (goals) or `due` (activities) with `start` and reports an end that comes
before the beginning.

## Why is this bad?
The time between start and deadline is what pace is measured over. An end before the start is
almost always a typo (a year or a month swapped), and it makes every goal look overdue from day one.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
start: 2017-01-01
deadline: 2016-06-30
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
deadline: 2016-06-30
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
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document
from goals_as_code.source.statement import Activity, Goal

CODE = "T002"
NAME = "deadline-before-start"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

MESSAGES = N_("'{field}: {end}' comes before 'start: {start}' (T); correct one of the dates")


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    view = doc.view
    if isinstance(view, Goal):
        field, start, end = "deadline", view.start, view.deadline
    elif isinstance(view, Activity):
        field, start, end = "due", view.start, view.due
    else:
        return
    if start is not None and end is not None and end < start:
        yield Finding(
            *doc.value_position(field),
            ctx.say(MESSAGES, field=field, end=end.isoformat(), start=start.isoformat()),
        )
