"""The owner or the manager does not believe the goal will be reached.

## What it does
Reports `confidence.owner` or `confidence.manager` below the `threshold` option (default 0.5).

## Why is this bad?
A goal is Realistic when both parties believe in it. A goal that one of them expects to miss is a
goal set up to fail: lower the target, move the deadline, or agree on the means that would change
the belief, before accepting it.

## Options
- `threshold` (default `0.5`): the lowest confidence that passes.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
confidence:
  owner: 0.3
  manager: 0.6
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
confidence:
  owner: 0.7
  manager: 0.6
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
confidence:
  owner: 0.3
  manager: 0.6
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
confidence:
  owner: 0.7
  manager: 0.6
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.i18n.messages import C_, N_
from goals_as_code.source.document import Document
from goals_as_code.source.fields import show
from goals_as_code.source.statement import Goal

CODE = "R002"
NAME = "low-confidence"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {"threshold": 0.5}

MESSAGES = N_(
    "the {who}'s confidence {value} is below {threshold} (R): the goal "
    "may not be realistic; talk it through and adjust the target, the "
    "deadline or the means"
)
WHO = {"owner": C_("possessive", "owner"), "manager": C_("possessive", "manager")}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    goal = doc.view
    if not isinstance(goal, Goal):
        return
    threshold = float(ctx.options["threshold"])
    for key in ("owner", "manager"):
        value = goal.confidence.get(key)
        if value is not None and value < threshold:
            yield Finding(
                *doc.value_position("confidence", key),
                ctx.say(
                    MESSAGES, who=ctx.say(WHO[key]), value=show(value), threshold=show(threshold)
                ),
            )
