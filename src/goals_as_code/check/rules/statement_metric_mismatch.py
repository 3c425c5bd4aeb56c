"""The numbers in a goal's statement disagree with its metric.

## What it does
Reads the numbers of the statement ("from 48 to 24 hours", "från 150 till 160", "by 5 %", "at
least 95 %") and compares them with `metric.baseline`, `metric.target` and `metric.direction`.
A goal that says "from 48 to 24 hours" must have baseline 48, target 24 and direction decrease.

## Why is this bad?
The statement is what the owner and the manager agree on; the metric is what the report computes
from. When they differ, one of them is wrong, and progress is measured against a goal nobody
agreed to.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
metric:
  unit: hours
  direction: decrease
  baseline: 48
  target: 36
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
  direction: decrease
  baseline: 48
  target: 36
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
from goals_as_code.classify import analyse
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document
from goals_as_code.source.fields import show
from goals_as_code.source.statement import Goal

CODE = "M004"
NAME = "statement-metric-mismatch"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

LEVEL = N_(
    "the statement says {said} but '{field}: {value}' (M); make the statement and the metric agree"
)
CHANGE = N_(
    "the statement says a change of {said} %, but baseline {baseline} to "
    "target {target} is {actual} % (M); make the statement and the "
    "metric agree"
)
DIRECTION = N_(
    "the statement reads as '{said}' but 'direction: {value}' (M); make "
    "the statement and the metric agree"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    goal = doc.view
    if not isinstance(goal, Goal) or not doc.statement or doc.get("metric") is None:
        return
    said = analyse(doc.statement)
    baseline, target = goal.metric.baseline, goal.metric.target
    direction, unit = goal.metric.direction, goal.metric.unit
    if said.from_value is not None and baseline is not None and said.from_value != baseline:
        yield Finding(
            *doc.value_position("metric", "baseline"),
            ctx.say(
                LEVEL, said=show(said.from_value), field="metric.baseline", value=show(baseline)
            ),
        )
    if said.target is not None and target is not None and said.target != target:
        yield Finding(
            *doc.value_position("metric", "target"),
            ctx.say(LEVEL, said=show(said.target), field="metric.target", value=show(target)),
        )
    change = said.change_percent
    if (
        change is not None
        and baseline
        and target is not None
        and unit not in ("%", "percent", "procent")
        and said.target is None
    ):
        actual = (target - baseline) / abs(baseline) * 100
        if abs(abs(actual) - abs(change)) > 0.5 or (actual < 0) != (change < 0):
            yield Finding(
                *doc.value_position("metric", "target"),
                ctx.say(
                    CHANGE,
                    said=show(abs(change)),
                    baseline=show(baseline),
                    target=show(target),
                    actual=f"{actual:+.1f}",
                ),
            )
    if (
        said.direction in ("increase", "decrease")
        and direction in ("increase", "decrease")
        and said.direction != direction
    ):
        yield Finding(
            *doc.value_position("metric", "direction"),
            ctx.say(DIRECTION, said=said.direction, value=direction),
        )
