"""A `suppress` entry names no rule.

## What it does
Checks that each key of the front matter's `suppress` map is the code (`T001`) or the name
(`missing-deadline`) of a rule; see `goals rules` for the list.

## Why is this bad?
A typo in a suppression suppresses nothing, silently: the problem it meant to accept keeps being
reported, or worse, the author believes a rule is off that is not.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
suppress:
  missing-dedline: "the date is set at the kick-off meeting"
---
# I will cut the reply time to my customer emails from 48 to 24 hours
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
suppress:
  missing-deadline: "the date is set at the kick-off meeting"
---
# I will cut the reply time to my customer emails from 48 to 24 hours
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
suppress:
  missing-dedline: "datumet bestäms på uppstartsmötet"
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
suppress:
  missing-deadline: "datumet bestäms på uppstartsmötet"
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document
from goals_as_code.source.text import did_you_mean

CODE = "F012"
NAME = "unknown-suppression"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

MESSAGES = N_("'suppress: {key}' names no rule{hint}; use a code or name from 'goals rules'")
HINT = N_(" (did you mean '{close}'?)")


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    suppress = doc.get("suppress")
    if not isinstance(suppress, Mapping):
        return
    for key in suppress:
        if str(key).upper() in ctx.rule_names or str(key).lower() in ctx.rule_names:
            continue
        close = did_you_mean(str(key), sorted(ctx.rule_names))
        hint = ctx.say(HINT, close=close[0]) if close else ""
        yield Finding(*doc.position("suppress", key), ctx.say(MESSAGES, key=key, hint=hint))
