"""A change records the owner's agreement to a goal.

## What it does
Reports each `agreed` block written by a commit of the range when the block names the goal's
`owner` and the commit is authored by her, or carries her good signature: who recorded it, and
in which commit. An agreement recorded by anyone else is C008's. Only `goals review` runs it:
it reads the commits of a range, so `goals check` never reports it.

## Why is this bad?
It is not: the owner's agreement, next to the manager's acceptance, is how a goal is agreed by
both. It is reported, at level info, so that the reviewer sees that the owner agreed, and when.

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
and at the head, committed by Anna Andersson <anna@example.com>, its owner:
```markdown author="Anna Andersson <anna@example.com>"
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
status: active
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:d4b2d6c3f8306ed38195e8ae4f471a3c73178079a490dfe22914a4bae120f5cd
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
Nothing to fix. A change that records no agreement is not reported:
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
och i den nya versionen, i en commit av ägaren, Anna Andersson <anna@example.com>:
```markdown author="Anna Andersson <anna@example.com>"
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
status: active
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:6be3f1dede84b6b89acd7203c010fcfe8d81806532fff7234ffb1cf082e3bf68
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
Inget att rätta. En ändring som inte skriver in något samtycke rapporteras inte:
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
from goals_as_code.check.rules._base import ChangeContext, Finding
from goals_as_code.check.rules._change import by_holder, sha, who
from goals_as_code.i18n.messages import N_
from goals_as_code.source.acceptance import AGREED
from goals_as_code.source.document import Document

CODE = "C007"
NAME = "agreement-recorded"
SEVERITY: Severity = "info"
OPTIONS: dict[str, object] = {}

MESSAGES = N_("agreed to by {who} in {sha}")


def check_change(old: Document | None, new: Document, ctx: ChangeContext) -> Iterator[Finding]:
    for item in ctx.recorded:
        if item.name != AGREED or not by_holder(item):
            continue
        yield Finding(*new.position(AGREED), ctx.say(MESSAGES, who=who(item), sha=sha(item)))
