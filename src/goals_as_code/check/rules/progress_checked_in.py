"""A change checks in progress: the measured value, its date or the status.

## What it does
Lists the progress fields a change sets, each with its old and new value: the metric's `current`
and `as_of`, `status`, and a KPI's `value`, `as_of` and `values`. A change of `confidence` is
not a check-in: C009 tells it. It looks at a statement present at both ends of the range. Only
`goals review` runs it: it compares two revisions, so `goals check` never reports it.

## Why is this bad?
It is not: checking in progress is what a goal file is for. It is reported, at level info, so
that the reviewer tells a check-in (how far the goal has come) from a moved goalpost (what the
goal is), which C002 reports.

## Example
The owner checks in 30 hours as of 30 April; the goal at the base:
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
  current: 36
  as_of: 2017-03-31
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

## Use instead
Nothing to fix. A change that leaves the progress alone is not reported, here a new owner:
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
  current: 36
  as_of: 2017-03-31
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```
```markdown
---
id: faster-replies
kind: goal
owner: bertil@example.com
manager: erik@example.com
deadline: 2017-06-30
metric:
  unit: hours
  direction: decrease
  baseline: 48
  target: 24
  current: 36
  as_of: 2017-03-31
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
Ägaren checkar in 30 timmar per den 30 april; målet i basen:
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
  current: 36
  as_of: 2017-03-31
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

## Use instead (sv)
Inget att rätta. En ändring som lämnar framstegen orörda rapporteras inte, här en ny ägare:
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
  current: 36
  as_of: 2017-03-31
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
```markdown
---
id: snabbare-svar
kind: goal
owner: bertil@example.com
manager: erik@example.com
deadline: 2017-06-30
metric:
  unit: timmar
  direction: decrease
  baseline: 48
  target: 24
  current: 36
  as_of: 2017-03-31
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
from goals_as_code.source.fields import is_confidence, is_progress

CODE = "C001"
NAME = "progress-checked-in"
SEVERITY: Severity = "info"
OPTIONS: dict[str, object] = {}

MESSAGES = N_("progress checked in: {s}")


def check_change(old: Document | None, new: Document, ctx: ChangeContext) -> Iterator[Finding]:
    if old is None:
        return
    found = [c for c in ctx.fields if is_progress(c.field) and not is_confidence(c.field)]
    if found:
        yield Finding(*position(new, found[0].field), ctx.say(MESSAGES, s=listed(found)))
