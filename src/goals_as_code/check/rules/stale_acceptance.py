"""A goal whose defining fields changed after its manager accepted it.

## What it does
Compares the goal's fingerprint with the one recorded in `accepted.fingerprint`. The fingerprint
covers the fields that define a goal: the statement, `owner`, `manager`, `parent`, `kpi`, the
metric's `unit`, `direction`, `baseline` and `target`, `start` and `deadline`. In a Git
repository it finds the commit that recorded the acceptance and names each field that changed
since, with its old and new value. Progress (`current`, `as_of`, `confidence`, `status`) and text
below the statement never make an acceptance stale.

It is an error in CI and in `goals review`, and a warning when a commit is checked (the hooks,
`goals check --at-commit`; `commit-severity` in the configuration): the owner commits a proposed
change, the review shows it, and the manager accepts the goal again.

## Why is this bad?
An acceptance is an agreement about one goal. When the target, the deadline or the statement
moves afterwards, the file still says "accepted" about a goal nobody accepted: goalposts moved
quietly are the classic way a missed goal is made to look reached.

## Example
Accepted with a target of 24 hours; the target was moved to 30 afterwards:
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
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:36c3e2ecf1070c60565baf0bc7d6558e4eb45e0f3c31849c89b6b1d5d18e2958
---
# I will cut the reply time to my customer emails from 48 to 30 hours by 30 June 2017
```

## Use instead
Agree the change with the manager, who accepts the goal again (`goals accept faster-replies`),
or put the field back as it was accepted:
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
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:d4b2d6c3f8306ed38195e8ae4f471a3c73178079a490dfe22914a4bae120f5cd
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
Accepterat med målnivån 24 timmar; målnivån flyttades till 30 efteråt:
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
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:d50a0ddbbe70590067a61ffaff8d9b404291392fea751367325e16fbf18b5b74
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 30 timmar till den 30 juni 2017
```

## Use instead (sv)
Kom överens med chefen om ändringen, så accepterar chefen målet igen
(`goals accept snabbare-svar`), eller återställ fältet som det var när det accepterades:
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

CODE = "A005"
NAME = "stale-acceptance"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

CHANGED = N_(
    "the acceptance by {by} on {on} is stale: {fields} changed since; "
    "ask {by} to accept the goal again ('goals accept {id}') or put the "
    "field back"
)
MISMATCH = N_(
    "the acceptance by {by} on {on} is stale: the goal's fingerprint no "
    "longer matches, so a defining field changed since; ask {by} to "
    "accept the goal again ('goals accept {id}')"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    block = doc.get("accepted")
    if doc.kind != "goal" or not isinstance(block, Mapping):
        return
    recorded = block.get("fingerprint")
    if not acceptance.is_fingerprint(recorded):
        return  # the schema rules report a missing or malformed fingerprint
    if acceptance.fingerprint(doc.data, doc.statement) == recorded:
        return
    line, column = doc.position("accepted")
    values = {"by": block.get("by"), "on": block.get("on"), "id": doc.id or "ID"}
    record = provenance.record(ctx.tree, doc)
    if record is not None and record.data is not None:
        then = acceptance.defining(record.data, record.statement)
        if acceptance.fingerprint(record.data, record.statement) == recorded:
            found = acceptance.changes(then, acceptance.defining(doc.data, doc.statement))
            if found:
                fields = acceptance.describe(found)
                yield Finding(line, column, ctx.say(CHANGED, fields=fields, **values))
                return
    yield Finding(line, column, ctx.say(MISMATCH, **values))
