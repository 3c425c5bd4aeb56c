"""A goal whose defining fields changed after its owner agreed to it.

## What it does
Compares the goal's fingerprint with the one recorded in `agreed.fingerprint`: the same defining
fields as the manager's acceptance (the statement, `owner`, `manager`, `parent`, `kpi`, the
metric's `unit`, `direction`, `baseline` and `target`, `start` and `deadline`). In a Git
repository it finds the commit that recorded the agreement and names each field that changed
since, with its old and new value. Progress never makes an agreement stale.

## Why is this bad?
The owner agreed to one goal. When the manager moves the target or the deadline afterwards (and
accepts the goal again), the file still says the owner agreed, to a goal she never saw.

## Example
Agreed with a target of 24 hours; the target was moved to 30 afterwards:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 30}
status: active
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:d4b2d6c3f8306ed38195e8ae4f471a3c73178079a490dfe22914a4bae120f5cd
---
# I will cut the reply time to my customer emails from 48 to 30 hours by 30 June 2017
```

## Use instead
The owner agrees to the changed goal again (`goals agree faster-replies`), or the field is put
back as it was agreed:
```markdown
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

## Example (sv)
Samtyckt med målnivån 24 timmar; målnivån flyttades sedan till 30:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 30}
status: active
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:6be3f1dede84b6b89acd7203c010fcfe8d81806532fff7234ffb1cf082e3bf68
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 30 timmar till den 30 juni 2017
```

## Use instead (sv)
Ägaren samtycker till det ändrade målet igen (`goals agree snabbare-svar`), eller så ändras
fältet tillbaka till det hon samtyckte till:
```markdown
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
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.history import provenance
from goals_as_code.i18n.messages import N_
from goals_as_code.source import acceptance
from goals_as_code.source.document import Document

CODE = "A009"
NAME = "stale-agreement"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

CHANGED = N_(
    "the agreement by {by} on {on} is stale: {fields} changed since; "
    "ask {by} to agree to the goal again ('goals agree {id}') or put the "
    "field back"
)
MISMATCH = N_(
    "the agreement by {by} on {on} is stale: the goal's fingerprint no "
    "longer matches, so a defining field changed since; ask {by} to "
    "agree to the goal again ('goals agree {id}')"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    block = doc.get(acceptance.AGREED)
    if doc.kind != "goal" or not isinstance(block, Mapping):
        return
    recorded = block.get("fingerprint")
    if not acceptance.is_fingerprint(recorded):
        return  # the schema rules report a missing or malformed fingerprint
    if acceptance.fingerprint(doc.data, doc.statement) == recorded:
        return
    line, column = doc.position(acceptance.AGREED)
    values = {"by": block.get("by"), "on": block.get("on"), "id": doc.id or "ID"}
    record = provenance.record(ctx.tree, doc, acceptance.AGREED)
    then = record.data if record is not None else None
    statement = record.statement if record is not None else None
    if then is not None and acceptance.fingerprint(then, statement) == recorded:
        found = acceptance.changes(
            acceptance.defining(then, statement),
            acceptance.defining(doc.data, doc.statement),
        )
        if found:
            fields = acceptance.describe(found)
            yield Finding(line, column, ctx.say(CHANGED, fields=fields, **values))
            return
    yield Finding(line, column, ctx.say(MISMATCH, **values))
