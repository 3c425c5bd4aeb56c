"""A goal's target is the same as its baseline.

## What it does
Compares `metric.target` with `metric.baseline` for goals that move a level (`direction:
increase` or `decrease`) and reports them when they are equal.

## Why is this bad?
A goal is a change to reach. With the target where the baseline already is, the goal is reached on
the day it is written, or the wrong number was copied. To keep a level, use `direction: at_least`
or `at_most` instead.

## Example
```markdown
---
id: more-deals
kind: goal
owner: anna@example.com
metric:
  unit: deals/month
  direction: increase
  baseline: 150
  target: 150
---
# I will increase my deals from 150 to 160 a month during 2017
```

## Use instead
```markdown
---
id: more-deals
kind: goal
owner: anna@example.com
metric:
  unit: deals/month
  direction: increase
  baseline: 150
  target: 160
---
# I will increase my deals from 150 to 160 a month during 2017
```

## Example (sv)
```markdown
---
id: fler-affarer
kind: goal
owner: anna@example.com
metric:
  unit: affärer/månad
  direction: increase
  baseline: 150
  target: 150
---
# Jag ska öka mina affärer från 150 till 160 i månaden under 2017
```

## Use instead (sv)
```markdown
---
id: fler-affarer
kind: goal
owner: anna@example.com
metric:
  unit: affärer/månad
  direction: increase
  baseline: 150
  target: 160
---
# Jag ska öka mina affärer från 150 till 160 i månaden under 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document
from goals_as_code.source.fields import show
from goals_as_code.source.statement import Goal

CODE = "M002"
NAME = "target-equals-baseline"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "the target {value} equals the baseline: the goal asks for no change "
    "(M); set the level to reach, or use 'direction: at_least'/'at_most' "
    "to hold a level"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    goal = doc.view
    if not isinstance(goal, Goal) or goal.metric.direction not in ("increase", "decrease"):
        return
    baseline, target = goal.metric.baseline, goal.metric.target
    if baseline is not None and baseline == target:
        where = doc.value_position("metric", "target")
        yield Finding(*where, ctx.say(MESSAGES, value=show(baseline)))
