"""A goal has no metric, or its metric has no target.

## What it does
Reports a goal whose front matter has no `metric`, or a `metric` without a `target` (for
`direction: binary` a target of 1 is implied and not required).

A goal with `status: draft` is still being written and is not checked for this until it is
proposed.

## Why is this bad?
A goal is Measurable when anyone can tell whether it was reached. Without a unit, a direction and
a level to reach, progress cannot be computed and the report can only say "unknown".

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
deadline: 2017-06-30
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
deadline: 2017-06-30
metric:
  unit: hours
  direction: decrease
  baseline: 48
  target: 24
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
deadline: 2017-06-30
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
deadline: 2017-06-30
metric:
  unit: timmar
  direction: decrease
  baseline: 48
  target: 24
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, is_draft
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "M001"
NAME = "missing-metric"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

NO_METRIC = N_(
    "the goal has no metric (M); add 'metric:' with unit, direction, baseline and target"
)
NO_TARGET = N_("the metric has no target (M); add 'target:', the level to reach by the deadline")


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    if doc.kind != "goal" or is_draft(doc):
        return
    metric = doc.get("metric")
    if metric is None:
        yield Finding(*doc.position("kind"), ctx.say(NO_METRIC))
    elif (
        isinstance(metric, Mapping)
        and metric.get("target") is None
        and metric.get("direction") != "binary"
    ):
        yield Finding(*doc.position("metric"), ctx.say(NO_TARGET))
