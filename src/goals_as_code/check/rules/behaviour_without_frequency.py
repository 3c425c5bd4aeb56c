"""A behaviour does not say how often it happens.

## What it does
Reports a behaviour without `frequency` (daily, weekly, each-meeting, or free text such as "every
customer contact" or "varje kundkontakt"), unless it is a draft or dropped. "Jag säger god morgon
till mina kollegor" without `frequency:` is reported; with `frequency: daily` it is not.

## Why is this bad?
A behaviour is conduct that recurs; how often is part of what is agreed, and what a follow-up
compares with. "I say good morning to my colleagues" means little until it says "daily".

## Example
```markdown
---
id: good-morning
kind: behaviour
owner: anna@example.com
goal: faster-replies
---
# I say good morning to my colleagues
```

## Use instead
```markdown
---
id: good-morning
kind: behaviour
owner: anna@example.com
goal: faster-replies
frequency: daily
---
# I say good morning to my colleagues
```

## Example (sv)
```markdown
---
id: god-morgon
kind: behaviour
owner: anna@example.com
goal: snabbare-svar
---
# Jag säger god morgon till mina kollegor
```

## Use instead (sv)
```markdown
---
id: god-morgon
kind: behaviour
owner: anna@example.com
goal: snabbare-svar
frequency: daily
---
# Jag säger god morgon till mina kollegor
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document
from goals_as_code.source.statement import Behaviour

CODE = "G006"
NAME = "behaviour-without-frequency"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "the behaviour does not say how often it happens; add 'frequency:', e.g. 'daily', "
    "'each-meeting' or 'every customer contact'"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    behaviour = doc.view
    if not isinstance(behaviour, Behaviour) or behaviour.status in ("draft", "dropped"):
        return
    if doc.get("frequency") is None:
        yield Finding(*doc.position("kind"), ctx.say(MESSAGES))
