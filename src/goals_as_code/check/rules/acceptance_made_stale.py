"""A change makes a goal's acceptance stale: a defining field moved after the manager accepted.

## What it does
Reports the change after which the goal's fingerprint no longer matches `accepted.fingerprint`,
when it still matched at the base (or the goal is new). When the `accepted` block itself did not
change, it names each defining field that changed, with its old and new value, and who accepts
the goal again. The stale acceptance itself is rule A005's error, which `goals review` lists
among the new problems; this rule tells the reviewer which change made it stale. Only
`goals review` runs it: it compares two revisions, so `goals check` never reports it.

## Why is this bad?
An acceptance is an agreement about one goal. When the target, the deadline or the statement
moves afterwards, the file still says "accepted" about a goal nobody accepted.

## Example
Accepted with a target of 24 hours; the goal at the base:
```markdown
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
and at the head, with the target moved to 30:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 30}
status: active
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:d4b2d6c3f8306ed38195e8ae4f471a3c73178079a490dfe22914a4bae120f5cd
---
# I will cut the reply time to my customer emails from 48 to 30 hours by 30 June 2017
```

## Use instead
Check in progress, which never makes an acceptance stale; when the goal must change, the manager
accepts it again in the same branch (`goals accept faster-replies`):
```markdown
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
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24, current: 30}
status: active
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:d4b2d6c3f8306ed38195e8ae4f471a3c73178079a490dfe22914a4bae120f5cd
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
Accepterat med målnivån 24 timmar; målet i basen:
```markdown
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
och i den nya versionen, med målnivån flyttad till 30:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 30}
status: active
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:6be3f1dede84b6b89acd7203c010fcfe8d81806532fff7234ffb1cf082e3bf68
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 30 timmar till den 30 juni 2017
```

## Use instead (sv)
Checka in framsteg, vilket aldrig gör ett godkännande inaktuellt; när målet måste ändras
accepterar chefen det igen i samma gren (`goals accept snabbare-svar`):
```markdown
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
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24, current: 30}
status: active
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:6be3f1dede84b6b89acd7203c010fcfe8d81806532fff7234ffb1cf082e3bf68
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import ChangeContext, Finding
from goals_as_code.i18n.messages import N_
from goals_as_code.source import acceptance
from goals_as_code.source.document import Document

CODE = "C004"
NAME = "acceptance-made-stale"
SEVERITY: Severity = "warning"  # the error is rule A005's, among the new problems
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "acceptance made stale: {by} accepted it on {on}, and {said}; {by} "
    "accepts it again with 'goals accept {id}'"
)
CHANGED = N_("{what} changed since")
MISMATCH = N_("the recorded fingerprint does not match the goal")


def check_change(old: Document | None, new: Document, ctx: ChangeContext) -> Iterator[Finding]:
    if new.kind != "goal" or not _is_stale(new) or (old is not None and _is_stale(old)):
        return
    block = new.get("accepted")
    assert isinstance(block, Mapping)
    if old is not None and old.get("accepted") == block:
        found = acceptance.changes(
            acceptance.defining(old.data, old.statement),
            acceptance.defining(new.data, new.statement),
        )
        said = ctx.say(CHANGED, what=acceptance.describe(found))
    else:
        said = ctx.say(MISMATCH)
    by, on = block.get("by"), block.get("on")
    yield Finding(*new.position("accepted"), ctx.say(MESSAGES, by=by, on=on, said=said, id=new.id))


def _is_stale(doc: Document) -> bool:
    block = doc.get("accepted")
    if not isinstance(block, Mapping) or not acceptance.is_fingerprint(block.get("fingerprint")):
        return False
    return acceptance.fingerprint(doc.data, doc.statement) != block.get("fingerprint")
