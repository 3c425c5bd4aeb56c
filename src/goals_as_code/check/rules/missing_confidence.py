"""A goal does not record how much the owner and the manager believe in it.

## What it does
Reports a goal without `confidence.owner` or `confidence.manager` (each a number from 0 to 1),
once, naming whose value is missing.

A goal with `status: draft` is still being written and is not checked for this until it is
proposed.

## Why is this bad?
Realistic (the R of SMART) is a belief both parties hold: the employee who will do the work and
the manager who gives the means. Writing both down at the start makes a disagreement visible
while it can still be talked about.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
confidence:
  owner: 0.7
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
  owner: 0.7
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
from goals_as_code.check.rules._base import Context, Finding, is_draft
from goals_as_code.i18n.messages import C_, N_
from goals_as_code.source.document import Document
from goals_as_code.source.statement import Goal

CODE = "R001"
NAME = "missing-confidence"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

# {person}: the holder's address after a space, or nothing when the goal does not name them
ONE = N_(
    "no confidence of the {who}{person} (R); add 'confidence: {{{key}: 0.7}}', "
    "how likely the {who} thinks the goal will be reached (0 to 1)"
)
BOTH = N_(
    "no confidence of the owner{owner} nor of the manager{manager} (R); add "
    "'confidence: {{owner: 0.7, manager: 0.7}}', how likely each of them thinks the goal will be "
    "reached (0 to 1)"
)
WHO = {"owner": C_("definite", "owner"), "manager": C_("definite", "manager")}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    goal = doc.view
    if not isinstance(goal, Goal) or is_draft(doc):
        return
    holders = {"owner": goal.owner, "manager": goal.manager}
    missing = [key for key in holders if key not in goal.confidence]
    if not missing:
        return
    where = doc.position("confidence") if doc.get("confidence") else doc.position("kind")
    named = {key: f" {holders[key]}" if holders[key] else "" for key in holders}
    if len(missing) == 2:
        yield Finding(*where, ctx.say(BOTH, owner=named["owner"], manager=named["manager"]))
        return
    [key] = missing
    yield Finding(*where, ctx.say(ONE, who=ctx.say(WHO[key]), person=named[key], key=key))
