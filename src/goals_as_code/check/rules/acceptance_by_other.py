"""A change records an acceptance that is not the manager's.

## What it does
Reports each `accepted` block written by a commit of the range when the block names someone
other than the goal's `manager`, or when the commit is not authored by who it names (the
manager, or the administrator in `accepted.as`) and carries no good signature of theirs
(`git log --format=%G?`). The message names who recorded it, and in which commit. Only
`goals review` runs it: it reads the commits of a range, so `goals check` never reports it;
there, A006 checks the commit that wrote the block the goal has now.

## Why is this bad?
An acceptance is worth what its author is: an owner who writes `accepted: {by: <manager>}`
into her own goal has accepted it herself, and the goal looks agreed when it is not. The
reviewer sees it before the branch is merged, with the name of who wrote it.

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
and at the head, committed by the owner, Anna Andersson <anna@example.com>:
```markdown author="Anna Andersson <anna@example.com>"
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
The manager runs `goals accept faster-replies --commit`, which records him and commits as him:
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
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:6be3f1dede84b6b89acd7203c010fcfe8d81806532fff7234ffb1cf082e3bf68
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
Chefen kör `goals accept snabbare-svar --commit`, som skriver in honom och gör commit i hans namn:
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
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import ChangeContext, Finding
from goals_as_code.check.rules._change import (
    by_holder,
    doubted,
    expected,
    names_another,
    sha,
    who,
)
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "C006"
NAME = "acceptance-by-other"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

NAMES_ANOTHER = N_("acceptance recorded by {who} in {sha} names {by}, but the manager is {manager}")
NOT_VOUCHED = N_(
    "acceptance recorded by {who} in {sha}, not by {expected}; only {expected} accepts this goal"
)


def check_change(old: Document | None, new: Document, ctx: ChangeContext) -> Iterator[Finding]:
    for item in ctx.recorded:
        if item.name != "accepted" or by_holder(item):
            continue
        line, column = new.position("accepted")
        values = {"who": who(item), "sha": sha(item)}
        said = None if names_another(item) else doubted(ctx, item, new.id or "ID")
        if said is not None:
            yield Finding(line, column, said)
        elif names_another(item):
            by, manager = item.block.get("by"), item.manager
            yield Finding(line, column, ctx.say(NAMES_ANOTHER, by=by, manager=manager, **values))
        else:
            yield Finding(line, column, ctx.say(NOT_VOUCHED, expected=expected(item), **values))
