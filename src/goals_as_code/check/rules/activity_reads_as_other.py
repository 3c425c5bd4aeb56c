"""An activity's statement reads as another kind: a goal, a behaviour or a KPI.

## What it does
Classifies the statement of each `kind: activity` and reports it when it reads, at least
`threshold` sure, as a goal, a behaviour or a KPI. The message names both kinds and the cues
that decided it ("filed as activity, reads as a behaviour: it recurs and has no end").

## Why is this bad?
An activity is a task with a start and an end that costs resources. Conduct that recurs ("I
greet every customer with a smile") is never done, so it cannot be planned, finished or costed
as a task; a result ("cut the reply time from 48 to 24 hours") is a goal that the activity
should serve. Filed under the wrong kind, it escapes the checks its kind needs: a behaviour
filed as an activity is never followed up as conduct, a goal filed as an activity is never
measured.

## Options
- `threshold` (default `0.85`): how sure the classifier must be (its score for the other kind,
  0-1) before this rule reports; a statement that reads as "unclear" is never reported.

## Example
```markdown
---
id: smile
kind: activity
owner: anna@example.com
goal: faster-replies
---
# I greet every customer with a smile
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
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules import _reads_as
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.check.rules._reads_as import filed_as
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "G007"
NAME = "activity-reads-as-other"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = dict(_reads_as.OPTIONS)

MESSAGES = N_(
    "filed as {filed}, reads as {reads} ({confidence} sure): {why} ({reasons}); "
    "file it as 'kind: {kind}' or write the statement as {filed}"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return filed_as(doc, ctx, "activity", MESSAGES)
