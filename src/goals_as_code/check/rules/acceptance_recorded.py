"""A change records the manager's acceptance of a goal.

## What it does
Reports each `accepted` block written by a commit of the range when the block names the goal's
`manager` and the commit is authored by who it names (the manager, or the administrator in
`accepted.as`), or carries their good signature: who recorded it, on whose behalf, and in which
commit. An acceptance recorded by anyone else is C006's. Only `goals review` runs it: it reads
the commits of a range, so `goals check` never reports it.

## Why is this bad?
It is not: an acceptance by the manager is how a goal is agreed. It is reported, at level info,
so that the reviewer sees who agreed to the goal and in which commit.

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
and at the head, committed by Erik Eriksson <erik@example.com>, its manager:
```markdown author="Erik Eriksson <erik@example.com>"
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
status: active
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:d4b2d6c3f8306ed38195e8ae4f471a3c73178079a490dfe22914a4bae120f5cd
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
Nothing to fix. A change that records no acceptance is not reported:
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
och i den nya versionen, i en commit av Erik Eriksson <erik@example.com>, dess chef:
```markdown author="Erik Eriksson <erik@example.com>"
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
status: active
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:6be3f1dede84b6b89acd7203c010fcfe8d81806532fff7234ffb1cf082e3bf68
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
Inget att rätta. En ändring som inte skriver in något godkännande rapporteras inte:
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
from goals_as_code.source.document import Document

CODE = "C005"
NAME = "acceptance-recorded"
SEVERITY: Severity = "info"
OPTIONS: dict[str, object] = {}

MESSAGES = N_("accepted by {who}{behalf} in {sha}")
BEHALF = N_(" on behalf of {by}")


def check_change(old: Document | None, new: Document, ctx: ChangeContext) -> Iterator[Finding]:
    for item in ctx.recorded:
        if item.name != "accepted" or not by_holder(item):
            continue
        by, acting = item.block.get("by"), item.block.get("as")
        behalf = ctx.say(BEHALF, by=by) if isinstance(acting, str) else ""
        said = ctx.say(MESSAGES, who=who(item), behalf=behalf, sha=sha(item))
        yield Finding(*new.position("accepted"), said)
