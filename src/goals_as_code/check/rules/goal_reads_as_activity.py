"""A goal's statement reads as an activity: work to do, not a result to reach.

## What it does
Classifies the statement of each `kind: goal` and reports it when it describes a task with a
start and an end ("implementera", "genomföra", "ta fram", "utveckla en process"; "implement",
"carry out", "develop a plan") rather than a change in a result. The message gives the cues
that decided it.

## Why is this bad?
An activity costs time and money; a goal has a value of its own. "I will implement Scrum in our
IT department during 2017" can be done without anything getting better. Ask *why* you do the
activity: the answer is the goal, and the activity becomes one of the ways to reach it (a file
of `kind: activity` with `goal:` pointing at the goal).

## Options
- `threshold` (default `0.85`): how sure the classifier must be (its score for the other kind,
  0-1) before this rule reports; a statement that reads as "unclear" is never reported.

## Example
```markdown
---
id: scrum-2017
kind: goal
owner: anna@example.com
---
# Jag skall implementera Scrum på vår IT-avdelning under 2017
```

## Use instead
```markdown
---
id: faster-deliveries
kind: goal
owner: anna@example.com
---
# Jag skall sänka ledtiden för våra leveranser från 30 till 10 dagar under 2017
```

## Example (sv)
```markdown
---
id: scrum-2017
kind: goal
owner: anna@example.com
---
# Jag skall implementera Scrum på vår IT-avdelning under 2017
```

## Use instead (sv)
```markdown
---
id: snabbare-leveranser
kind: goal
owner: anna@example.com
---
# Jag skall sänka ledtiden för våra leveranser från 30 till 10 dagar under 2017
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

CODE = "G001"
NAME = "goal-reads-as-activity"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = dict(_reads_as.OPTIONS)

MESSAGES = N_(
    "this goal reads as an activity, work to do rather than a result to "
    "reach ({reasons}); ask why you do it and write that result as the "
    "goal, and make this a 'kind: activity' that serves it"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return reads_as(doc, ctx, "activity", MESSAGES)
