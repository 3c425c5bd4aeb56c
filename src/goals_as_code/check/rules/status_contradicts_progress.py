"""A goal's declared status says the opposite of its numbers: `achieved` short of the target, or
`missed` with the target reached.

## What it does
Computes the goal's progress from its `metric` (its own `current`, else its KPI's value in the
same unit), as `goals report` does, and reports `status: achieved` when the target is not
reached (progress below 100 %, or out of an `at_least`/`at_most`/`range` level) and
`status: missed` when it is.

## Why is this bad?
The declared status closes a goal, and the report believes it: a goal marked achieved at 42 %
counts as a success in every roll-up. Numbers that say otherwise mean that either the status or
the last check-in is wrong. `goals report` shows the status the numbers give beside the declared
one.

## Example
```markdown
---
id: more-deals
kind: goal
owner: anna@example.com
metric: {unit: deals/month, direction: increase, baseline: 150, target: 160, current: 154}
status: achieved
---
# I will increase my deals from 150 to 160 a month during 2017
```

## Use instead
```markdown
---
id: more-deals
kind: goal
owner: anna@example.com
metric: {unit: deals/month, direction: increase, baseline: 150, target: 160, current: 154}
status: missed
---
# I will increase my deals from 150 to 160 a month during 2017
```

## Example (sv)
```markdown
---
id: fler-affarer
kind: goal
owner: anna@example.com
metric: {unit: affärer/månad, direction: increase, baseline: 150, target: 160, current: 154}
status: achieved
---
# Jag ska öka mina affärer från 150 till 160 i månaden under 2017
```

## Use instead (sv)
```markdown
---
id: fler-affarer
kind: goal
owner: anna@example.com
metric: {unit: affärer/månad, direction: increase, baseline: 150, target: 160, current: 154}
status: missed
---
# Jag ska öka mina affärer från 150 till 160 i månaden under 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.check.rules._measure import current
from goals_as_code.i18n.messages import N_
from goals_as_code.source import progress as calc
from goals_as_code.source.document import Document
from goals_as_code.source.statement import Goal

CODE = "M007"
NAME = "status-contradicts-progress"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

ACHIEVED_SHORT = N_(
    "the status says 'achieved' but the goal is at {progress} of the way to its target (M); "
    "check in the level reached, or set 'status: missed'"
)
MISSED_REACHED = N_(
    "the status says 'missed' but the goal is at {progress} of the way to its target (M); "
    "set 'status: achieved', or correct the level checked in"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    goal = doc.view
    if not isinstance(goal, Goal) or goal.status not in ("achieved", "missed"):
        return
    metric = goal.metric
    target = list(metric.bounds) if metric.bounds is not None else metric.target
    value = calc.progress(metric.direction, metric.baseline, target, current(doc, ctx.tree)).value
    if not calc.contradicts(goal.status, value) or value is None:
        return
    message = ACHIEVED_SHORT if goal.status == "achieved" else MISSED_REACHED
    yield Finding(
        *doc.value_position("status"), ctx.say(message, progress=f"{round(value * 100)} %")
    )
