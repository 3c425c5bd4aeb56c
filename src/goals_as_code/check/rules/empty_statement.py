"""The statement heading is there but says nothing: no words, or only "I will".

## What it does
Looks at the H1 heading of a goal, activity or behaviour and reports it when it holds no word that
carries meaning: an empty `#`, punctuation, or just the first-person start ("Jag ska", "I will").

## Why is this bad?
The statement is the goal itself; the front matter only describes it. A heading with nothing in it
gives the manager nothing to accept and the team nothing to aim at.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
---
# I will
```

## Use instead
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
id: snabbare-svar
kind: goal
owner: anna@example.com
---
# Jag ska
```

## Use instead (sv)
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
from goals_as_code.check.rules._base import Context, Finding, statement_line
from goals_as_code.classify import analyse
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "S001"
NAME = "empty-statement"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "the statement '{text}' says nothing; write the result to reach in "
    "the H1, e.g. '# I will cut the reply time from 48 to 24 hours by 30 "
    "June 2017'"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    text = doc.statement
    if text is None or doc.kind not in ("goal", "activity", "behaviour"):
        return
    if any(char.isalpha() for char in text) and analyse(text).content_words > 0:
        return
    yield Finding(*statement_line(doc), ctx.say(MESSAGES, text=text))
