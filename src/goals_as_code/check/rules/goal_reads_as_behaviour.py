"""A goal's statement reads as a behaviour: conduct that recurs, not a result to reach.

## What it does
Classifies the statement of each `kind: goal` and reports it when it describes conduct others
can see, with no end ("Jag kommer i tid till mötet", "I greet my colleagues every morning").

## Why is this bad?
A behaviour is never done: it is how you act, every day or every meeting. It can support a goal,
but it is not one; as a goal it can be neither reached nor missed. Write it as a `kind:
behaviour` with `goal:` pointing at the goal it serves.

## Options
- `threshold` (default `0.85`): how sure the classifier must be (its score for the other kind,
  0-1) before this rule reports; a statement that reads as "unclear" is never reported.

## Example
```markdown
---
id: on-time
kind: goal
owner: anna@example.com
---
# I arrive on time to every meeting
```

## Use instead
```markdown
---
id: on-time
kind: goal
owner: anna@example.com
---
# I will raise the share of meetings that start on time from 60 % to 90 % by 30 June 2017
```

## Example (sv)
```markdown
---
id: i-tid
kind: goal
owner: anna@example.com
---
# Jag kommer i tid till varje möte
```

## Use instead (sv)
```markdown
---
id: i-tid
kind: goal
owner: anna@example.com
---
# Jag ska höja andelen möten som börjar i tid från 60 % till 90 % till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules import _reads_as
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.check.rules._reads_as import reads_as
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "G002"
NAME = "goal-reads-as-behaviour"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = dict(_reads_as.OPTIONS)

MESSAGES = N_(
    "this goal reads as a behaviour, conduct that recurs rather than a "
    "result to reach ({reasons}); make it a 'kind: behaviour' with "
    "'goal:' naming the goal it supports"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return reads_as(doc, ctx, "behaviour", MESSAGES)
