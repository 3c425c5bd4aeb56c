"""A goal's direction disagrees with the way from its baseline to its target.

## What it does
Reports `direction: increase` with a target below the baseline, and `direction: decrease` with a
target above it.

## Why is this bad?
Progress is computed from baseline, target and direction. When they disagree, every check-in
reads as going the wrong way, and the report shows a goal that is being reached as falling behind.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
metric:
  unit: hours
  direction: increase
  baseline: 48
  target: 24
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
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
metric:
  unit: timmar
  direction: increase
  baseline: 48
  target: 24
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
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

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document
from goals_as_code.source.fields import show
from goals_as_code.source.statement import Goal

CODE = "M003"
NAME = "direction-mismatch"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "'direction: {direction}' but the target {target} is {side} the "
    "baseline {baseline} (M); write 'direction: {fix}', or swap baseline "
    "and target"
)
SIDES = (N_("below"), N_("above"))


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    goal = doc.view
    if not isinstance(goal, Goal) or goal.metric.direction not in ("increase", "decrease"):
        return
    direction, baseline, target = goal.metric.direction, goal.metric.baseline, goal.metric.target
    if baseline is None or target is None or baseline == target:
        return
    below, above = (ctx.say(side) for side in SIDES)
    if direction == "increase" and target < baseline:
        side, fix = below, "decrease"
    elif direction == "decrease" and target > baseline:
        side, fix = above, "increase"
    else:
        return
    yield Finding(
        *doc.value_position("metric", "direction"),
        ctx.say(
            MESSAGES,
            direction=direction,
            target=show(target),
            baseline=show(baseline),
            side=side,
            fix=fix,
        ),
    )
