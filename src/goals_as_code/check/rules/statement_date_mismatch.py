"""The date in a goal's statement disagrees with its deadline.

## What it does
Reads the time in the statement ("by 30 June 2017", "till den 30 juni 2017", "under 2017",
"Q3 2025") and compares it with `deadline`. A full date must equal the deadline; a period
("during 2017", "första halvåret 2017") must contain it.

## Why is this bad?
The statement is what was agreed; the deadline is what the report measures pace against. When
they disagree, the goal is judged against a date nobody agreed to.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
start: 2017-01-01
deadline: 2017-12-31
---
# Jag ska sänka svarstiden på kundservicemail från 48 till 24 timmar till den 30 juni 2017
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
# Jag ska sänka svarstiden på kundservicemail från 48 till 24 timmar till den 30 juni 2017
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
start: 2017-01-01
deadline: 2017-12-31
---
# Jag ska sänka svarstiden på kundservicemail från 48 till 24 timmar till den 30 juni 2017
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
# Jag ska sänka svarstiden på kundservicemail från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.classify import analyse
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document
from goals_as_code.source.fields import date
from goals_as_code.source.statement import Goal

CODE = "T003"
NAME = "statement-date-mismatch"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

# a time phrase naming a day (and not only a month, a quarter or a year)
DAY = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\b\d{1,2}(?:st|nd|rd|th|:e|:a)?\s+\D|\D\s+\d{1,2}\b")

MESSAGES = N_(
    "the statement says '{said}' ({iso}) but 'deadline: {deadline}' (T); "
    "make the statement and the deadline agree"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    goal = doc.view
    if not isinstance(goal, Goal) or not doc.statement:
        return
    deadline = goal.deadline
    said = analyse(doc.statement)
    stated = date(said.deadline)
    if deadline is None or stated is None or said.date_text is None:
        return
    if DAY.search(said.date_text):
        agrees = deadline == stated
    else:  # a period: the deadline must fall in it (its last day is what the text gives)
        agrees = deadline <= stated and deadline.year == stated.year
    if not agrees:
        yield Finding(
            *doc.value_position("deadline"),
            ctx.say(
                MESSAGES, said=said.date_text, iso=stated.isoformat(), deadline=deadline.isoformat()
            ),
        )
