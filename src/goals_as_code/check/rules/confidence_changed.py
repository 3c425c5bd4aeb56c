"""A change moves a confidence value: how much the owner or the manager believes in the goal.

## What it does
Lists the confidence values a change sets, each with its old and new value: `confidence.owner`
and `confidence.manager`. A confidence change is not a check-in (C001 tells those): the goal has
not come any further, but one of the two believes in it more or less than before. It looks at a
statement present at both ends of the range. Who may write each value is R006's: only its
holder. Only `goals review` runs it: it compares two revisions, so `goals check` never reports
it.

## Why is this bad?
It is not: a belief that changes is worth telling. It is reported, at level info, so that the
reviewer sees it apart from the progress, and talks about it when it falls.

## Example
The owner lowers her confidence from 0.8 to 0.5; the goal at the base:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24, current: 36}
confidence: {owner: 0.8, manager: 0.7}
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
metric: {unit: hours, direction: decrease, baseline: 48, target: 24, current: 36}
confidence: {owner: 0.5, manager: 0.7}
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
Nothing to fix. A check-in that leaves the confidence alone is not reported:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24, current: 36}
confidence: {owner: 0.8, manager: 0.7}
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
metric: {unit: hours, direction: decrease, baseline: 48, target: 24, current: 30}
confidence: {owner: 0.8, manager: 0.7}
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
Ägaren sänker sin tilltro från 0,8 till 0,5; målet i basen:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24, current: 36}
confidence: {owner: 0.8, manager: 0.7}
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
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24, current: 36}
confidence: {owner: 0.5, manager: 0.7}
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
Inget att rätta. En incheckning som lämnar tilltron orörd rapporteras inte:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24, current: 36}
confidence: {owner: 0.8, manager: 0.7}
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
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24, current: 30}
confidence: {owner: 0.8, manager: 0.7}
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
from goals_as_code.source.fields import is_confidence

CODE = "C009"
NAME = "confidence-changed"
SEVERITY: Severity = "info"
OPTIONS: dict[str, object] = {}

MESSAGES = N_("confidence changed: {s}")


def check_change(old: Document | None, new: Document, ctx: ChangeContext) -> Iterator[Finding]:
    if old is None:
        return
    found = [c for c in ctx.fields if is_confidence(c.field)]
    if found:
        yield Finding(*position(new, found[0].field), ctx.say(MESSAGES, s=listed(found)))
