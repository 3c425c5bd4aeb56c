"""A KPI's statement reads as another kind: a goal, an activity or a behaviour.

## What it does
Classifies the statement of each `kind: kpi` and reports it when it reads, at least
`threshold` sure, as a goal, an activity or a behaviour. The message names both kinds and the
cues that decided it ("filed as kpi, reads as a goal: it names a result with a value of its
own").

## Why is this bad?
A KPI (nyckeltal) names a measure and carries no level: "Number of support calls per day".
A statement with a level and a date is a goal that uses the KPI; work to do is an activity;
conduct is a behaviour. Filed as a KPI, a goal is followed as a trend and never judged
reached.

## Options
- `threshold` (default `0.85`): how sure the classifier must be (its score for the other kind,
  0-1) before this rule reports; a statement that reads as "unclear" is never reported.

## Example
```markdown
---
id: reply-time
kind: kpi
owner: anna@example.com
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
```markdown
---
id: support-calls
kind: kpi
owner: anna@example.com
---
# Number of support calls per day
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

CODE = "G009"
NAME = "kpi-reads-as-other"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = dict(_reads_as.OPTIONS)

MESSAGES = N_(
    "filed as {filed}, reads as {reads} ({confidence} sure): {why} ({reasons}); "
    "file it as 'kind: {kind}' or write the statement as {filed}"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return filed_as(doc, ctx, "kpi", MESSAGES)
