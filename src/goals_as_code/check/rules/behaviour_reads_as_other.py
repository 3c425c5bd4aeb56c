"""A behaviour's statement reads as another kind: a goal, an activity or a KPI.

## What it does
Classifies the statement of each `kind: behaviour` and reports it when it reads, at least
`threshold` sure, as a goal, an activity or a KPI. The message names both kinds and the cues
that decided it ("filed as behaviour, reads as an activity: it is work with a start and an
end").

## Why is this bad?
A behaviour is conduct that recurs and that others can see; it has no end. A one-off task
("implement Scrum during 2017") is an activity: it has an end, costs resources and is done
once. A result to reach is a goal. Filed as a behaviour, neither is planned or measured as it
should be.

## Options
- `threshold` (default `0.85`): how sure the classifier must be (its score for the other kind,
  0-1) before this rule reports; a statement that reads as "unclear" is never reported.

## Example
```markdown
---
id: scrum
kind: behaviour
owner: anna@example.com
goal: faster-replies
---
# I will implement Scrum in our IT department during 2017
```

## Use instead
```markdown
---
id: smile
kind: behaviour
owner: anna@example.com
goal: faster-replies
---
# I greet every customer with a smile
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

CODE = "G008"
NAME = "behaviour-reads-as-other"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = dict(_reads_as.OPTIONS)

MESSAGES = N_(
    "filed as {filed}, reads as {reads} ({confidence} sure): {why} ({reasons}); "
    "file it as 'kind: {kind}' or write the statement as {filed}"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return filed_as(doc, ctx, "behaviour", MESSAGES)
