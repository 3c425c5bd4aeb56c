"""An activity or behaviour serves no goal.

## What it does
Reports a `kind: activity` or `kind: behaviour` without a `goal:` field naming the goal it
serves. (A `goal:` that names nothing is L002's to report.)

## Why is this bad?
Activities cost resources and behaviours take effort; both are worth it only for the goal they
lead to. One that serves no goal is either a goal in disguise, or work that can stop.

## Example
```markdown
---
id: reply-templates
kind: activity
owner: anna@example.com
---
# I will write reply templates for the ten most common questions
```

## Use instead
```markdown
---
id: reply-templates
kind: activity
owner: anna@example.com
goal: faster-replies
---
# I will write reply templates for the ten most common questions
```

```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
```markdown
---
id: reply-templates
kind: activity
owner: anna@example.com
---
# Jag ska skriva svarsmallar för de tio vanligaste frågorna
```

## Use instead (sv)
```markdown
---
id: reply-templates
kind: activity
owner: anna@example.com
goal: snabbare-svar
---
# Jag ska skriva svarsmallar för de tio vanligaste frågorna
```

```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.i18n.messages import C_, N_
from goals_as_code.source.document import Document

CODE = "G004"
NAME = "serves-no-goal"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "this {kind} serves no goal; add 'goal:' with the id of the goal it "
    "leads to, or drop it if it leads nowhere"
)
KINDS = {"activity": C_("definite", "activity"), "behaviour": C_("definite", "behaviour")}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    kind = doc.kind
    if kind not in ("activity", "behaviour") or doc.get("goal"):
        return
    yield Finding(*doc.position("kind"), ctx.say(MESSAGES, kind=ctx.say(KINDS[kind])))
