"""A change moves a goalpost: the target, baseline, direction, unit, start or deadline.

## What it does
Lists the fields that say where a goal ends that a change sets, each with its old and new value:
the metric's `target`, `baseline`, `direction` and `unit`, `start` and `deadline`, and a KPI's
`unit` and `direction`. It looks at a statement present at both ends of the range. Only
`goals review` runs it: it compares two revisions, so `goals check` never reports it.

## Why is this bad?
A goal is an agreement about where to end up. Moving the goalposts afterwards may be right (the
world changed), but it should be agreed, not slipped in beside a check-in: goalposts moved
quietly are the classic way a missed goal is made to look reached. C003 tells whether the move
made the goal easier.

## Example
The target moves from 24 to 20 hours; the goal at the base:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```
and at the head:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 20}
status: active
---
# I will cut the reply time to my customer emails from 48 to 20 hours by 30 June 2017
```

## Use instead
Check in progress and leave the goalposts where they were agreed; when the goal itself must
change, say so in the pull request and have the manager accept it again:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric:
  unit: hours
  direction: decrease
  baseline: 48
  target: 24
  current: 30
  as_of: 2017-04-30
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
Målnivån flyttas från 24 till 20 timmar; målet i basen:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
och i den nya versionen:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 20}
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 20 timmar till den 30 juni 2017
```

## Use instead (sv)
Checka in framsteg och låt målstolparna stå där de överenskoms; när själva målet måste ändras,
säg det i pull requesten och låt chefen acceptera det igen:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric:
  unit: timmar
  direction: decrease
  baseline: 48
  target: 24
  current: 30
  as_of: 2017-04-30
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import ChangeContext, Finding
from goals_as_code.check.rules._change import listed, position
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document
from goals_as_code.source.fields import GOALPOSTS

CODE = "C002"
NAME = "goalpost-moved"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGES = N_("goalposts moved: {s}")


def check_change(old: Document | None, new: Document, ctx: ChangeContext) -> Iterator[Finding]:
    if old is None:
        return
    found = [change for change in ctx.fields if change.field in GOALPOSTS]
    if found:
        yield Finding(*position(new, found[0].field), ctx.say(MESSAGES, s=listed(found)))
