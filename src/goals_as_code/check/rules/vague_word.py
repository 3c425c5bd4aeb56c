"""A goal's statement leans on a vague word ("better", "more", "bättre", "fler") with no number.

## What it does
Finds comparatives and improvement verbs ("better", "more", "faster", "improve"; "bättre", "fler",
"mer", "förbättra") in the statement of a goal that gives no quantity: no number, no "from ... to
...", no "by 5 %".

## Why is this bad?
"Better" has no end: nobody can say when it is reached, so the goal is neither Specific nor
Measurable. The word is fine once a number says how much better.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
---
# Jag ska bli bättre på att svara på kundernas mail
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
---
# Jag ska förbättra svarstiden på kundernas mail från 48 till 24 timmar till den 30 juni 2017
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
---
# Jag ska bli bättre på att svara på kundernas mail
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
---
# Jag ska förbättra svarstiden på kundernas mail från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, statement_line
from goals_as_code.check.rules._common import vague
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "S002"
NAME = "vague-word"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "vague word '{word}' with no quantity (S, M): say how much, e.g. "
    "'from 48 to 24 hours' or 'by 5 %'"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    if doc.kind != "goal" or not doc.statement:
        return
    word = vague(doc.statement)
    if word:
        yield Finding(*statement_line(doc), ctx.say(MESSAGES, word=word))
