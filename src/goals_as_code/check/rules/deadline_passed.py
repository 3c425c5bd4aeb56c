"""A goal is still active after its deadline.

## What it does
Reports a goal with `status: active` whose `deadline` is before today.

## Why is this bad?
After the deadline a goal is either achieved or missed; leaving it active hides the outcome from
the report and from the next round of goal setting. Record what happened, and if the goal still
matters, agree on a new one.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
deadline: 2017-06-30
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
deadline: 2017-06-30
status: achieved
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
deadline: 2017-06-30
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
deadline: 2017-06-30
status: achieved
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
from goals_as_code.source.statement import Goal

CODE = "T004"
NAME = "deadline-passed"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "the deadline {deadline} has passed ({days} days ago) but the goal "
    "is still active (T); set 'status: achieved' or 'missed'"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    goal = doc.view
    if not isinstance(goal, Goal) or goal.status != "active":
        return
    deadline = goal.deadline
    if deadline is not None and deadline < ctx.today:
        yield Finding(
            *doc.value_position("status"),
            ctx.say(MESSAGES, deadline=deadline.isoformat(), days=(ctx.today - deadline).days),
        )
