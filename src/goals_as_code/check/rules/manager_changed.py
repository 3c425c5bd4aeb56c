"""A change gives a goal another manager.

## What it does
Reports a goal whose `manager:` at the head differs from the base's, with both addresses. The
manager is who accepts the goal: a change of manager is a change of who may say yes, and the
acceptance goes stale with it (the manager is a defining field). Only `goals review` runs it.

## Why is this bad?
An owner who writes an address she controls as her manager can then accept her own goal under
it, and every later check looks right. A change of manager is an organisation's decision: it is
made or approved by the previous manager, or the new manager accepts the goal in a signed
commit (see `require-signatures` and rule A006's `manager-change`). The review shows it as an
error so that someone the goal does not answer to looks at it.

## Example
The goal at the base:
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
and at the head, with another manager:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: anna.private@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
Keep the manager, or change it in a change of its own that the previous manager makes:
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
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
status: done
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
Målet i basen:
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
och i den nya versionen, med en annan chef:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: anna.privat@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
Behåll chefen, eller byt den i en egen ändring som den förra chefen gör:
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
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
status: done
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import ChangeContext, Finding, field_line
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document
from goals_as_code.source.fields import show

CODE = "C010"
NAME = "manager-changed"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "the manager changed from {old} to {new}: who accepts the goal changed; the previous "
    "manager makes or approves the change, or {new} accepts the goal in a signed commit"
)


def check_change(old: Document | None, new: Document, ctx: ChangeContext) -> Iterator[Finding]:
    if old is None or new.kind != "goal":
        return
    before, after = old.get("manager"), new.get("manager")
    if before is None or before == after:
        return
    said = ctx.say(MESSAGES, old=show(before), new=show(after))
    yield Finding(*field_line(new, "manager"), said)
