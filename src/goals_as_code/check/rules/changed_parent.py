"""A goal accepted against a parent goal that has changed since.

## What it does
`goals accept` records the parent goal's fingerprint in `accepted.parent`. When the parent's
defining fields (statement, target, deadline, ...) change afterwards, this rule reports every
accepted child: it rests on a parent that is no longer the one it was aligned to, until its
manager accepts it again.

## Why is this bad?
A goal's value comes from the goal above it. When the company cuts its target or moves its
deadline, the goals below were sized for the old one: some are now too small, some serve nothing.
Flagging them is how the change travels down the tree instead of being found at year end.

## Example
The child was accepted when the parent's target was 40; the parent now says 30:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
parent: happy-customers
status: active
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:7ced8a2fd5d851fdd5d6d30371456a13cd9d51e578686c6a1865ee3bef713d57
  parent: sha256:7eeadc67ff714ebba4d01830067b2aa07ae2ae798ec2cad2318042efeeaece2a
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:7ced8a2fd5d851fdd5d6d30371456a13cd9d51e578686c6a1865ee3bef713d57
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```
```markdown
---
id: happy-customers
kind: goal
owner: erik@example.com
manager: maria@example.com
deadline: 2017-12-31
metric: {unit: NPS, direction: increase, baseline: 20, target: 30}
status: active
agreed:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:d91b97b2046ed21e8f80b912bc31eedb3d1830d50bbf856e384ff2991e8f08bf
---
# I will raise our NPS from 20 to 30 by 31 December 2017
```

## Use instead
The manager reviews the goal against the new parent and runs `goals accept faster-replies`
again, which records the parent's new fingerprint:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
parent: happy-customers
status: active
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:7ced8a2fd5d851fdd5d6d30371456a13cd9d51e578686c6a1865ee3bef713d57
  parent: sha256:d91b97b2046ed21e8f80b912bc31eedb3d1830d50bbf856e384ff2991e8f08bf
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:7ced8a2fd5d851fdd5d6d30371456a13cd9d51e578686c6a1865ee3bef713d57
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```
```markdown
---
id: happy-customers
kind: goal
owner: erik@example.com
manager: maria@example.com
deadline: 2017-12-31
metric: {unit: NPS, direction: increase, baseline: 20, target: 30}
status: active
agreed:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:d91b97b2046ed21e8f80b912bc31eedb3d1830d50bbf856e384ff2991e8f08bf
---
# I will raise our NPS from 20 to 30 by 31 December 2017
```

## Example (sv)
Undermålet accepterades när det överordnade målets målnivå var 40; nu säger det 30:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
parent: nojda-kunder
status: active
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:9fd20be9d155447d9ba405b967db4c13b4efce4ac940fe2f925068949373f971
  parent: sha256:a2a2bee3bce5055c81d8f5d4d7d8a75c637cfdc87272a171943ffc1831ddcb61
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:9fd20be9d155447d9ba405b967db4c13b4efce4ac940fe2f925068949373f971
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
```markdown
---
id: nojda-kunder
kind: goal
owner: erik@example.com
manager: maria@example.com
deadline: 2017-12-31
metric: {unit: NPS, direction: increase, baseline: 20, target: 30}
status: active
agreed:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:6ca59d97ff5e4cbd6e61071bcceede14db73543828588d5368aff265b8f35cd0
---
# Jag ska höja vårt NPS från 20 till 30 till den 31 december 2017
```

## Use instead (sv)
Chefen går igenom målet mot det nya överordnade målet och kör `goals accept snabbare-svar` igen,
som skriver in det överordnade målets nya fingeravtryck:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
parent: nojda-kunder
status: active
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:9fd20be9d155447d9ba405b967db4c13b4efce4ac940fe2f925068949373f971
  parent: sha256:6ca59d97ff5e4cbd6e61071bcceede14db73543828588d5368aff265b8f35cd0
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:9fd20be9d155447d9ba405b967db4c13b4efce4ac940fe2f925068949373f971
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
```markdown
---
id: nojda-kunder
kind: goal
owner: erik@example.com
manager: maria@example.com
deadline: 2017-12-31
metric: {unit: NPS, direction: increase, baseline: 20, target: 30}
status: active
agreed:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:6ca59d97ff5e4cbd6e61071bcceede14db73543828588d5368aff265b8f35cd0
---
# Jag ska höja vårt NPS från 20 till 30 till den 31 december 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.i18n.messages import N_
from goals_as_code.source import acceptance
from goals_as_code.source.document import Document

CODE = "A007"
NAME = "changed-parent"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGE = N_(
    "the parent goal '{parent}' ({path}) changed after this goal was "
    "accepted on {on}; it rests on a changed parent: ask {by} to review "
    "it and accept it again ('goals accept {id}')"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    block = doc.get("accepted")
    parent_id = doc.get("parent")
    if doc.kind != "goal" or not isinstance(block, Mapping) or not isinstance(parent_id, str):
        return
    recorded = block.get("parent")
    parent = ctx.tree.get(parent_id)
    if not acceptance.is_fingerprint(recorded) or parent is None or not parent.readable:
        return
    if acceptance.fingerprint(parent.data, parent.statement) == recorded:
        return
    line, column = doc.position("accepted", "parent")
    yield Finding(
        line,
        column,
        ctx.say(
            MESSAGE,
            parent=parent_id,
            path=parent.path,
            on=block.get("on"),
            by=block.get("by"),
            id=doc.id or "ID",
        ),
    )
