"""A goal names a KPI that is measured in another unit than the goal.

## What it does
Compares a goal's `metric.unit` with the `unit` of the KPI its `kpi` field names, ignoring case
and spaces ("samtal/dag" is "Samtal / dag"), and reports the goal when they differ.

## Why is this bad?
`kpi` says which KPI measures the goal: a goal without its own `metric.current` takes the KPI's
latest value as its current level. A reply time in hours cannot be read off a count of support
calls per day: taken as the goal's level, 30 calls a day would read as 75 % of the way from 48
to 24 hours. The report never takes a value in another unit, so the goal shows no progress at all
until the link is right. A KPI that only shows an effect of the goal belongs in the goal's text,
not in `kpi`.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
kpi: support-calls-per-day
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

```markdown
---
id: support-calls-per-day
kind: kpi
owner: anna@example.com
unit: calls/day
direction: decrease
value: 30
---
# Support calls per day
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
kpi: email-reply-time
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

```markdown
---
id: email-reply-time
kind: kpi
owner: anna@example.com
unit: hours
direction: decrease
value: 36
---
# Reply time of customer emails
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
kpi: supportsamtal-per-dag
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

```markdown
---
id: supportsamtal-per-dag
kind: kpi
owner: anna@example.com
unit: samtal/dag
direction: decrease
value: 30
---
# Supportsamtal per dag
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
kpi: svarstid-kundmejl
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

```markdown
---
id: svarstid-kundmejl
kind: kpi
owner: anna@example.com
unit: timmar
direction: decrease
value: 36
---
# Svarstid på kundmejl
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.check.rules._measure import kpi_of
from goals_as_code.i18n.messages import N_
from goals_as_code.source import units
from goals_as_code.source.document import Document
from goals_as_code.source.statement import Goal, Kpi

CODE = "M006"
NAME = "kpi-unit-mismatch"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "the goal is measured in '{unit}' but its KPI '{kpi}' in '{kpi_unit}' (M): the KPI's "
    "value cannot be the goal's level; name a KPI in '{unit}', or remove 'kpi:' and mention "
    "the KPI in the text"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    if doc.get("kpi") is None:  # names no KPI: nothing to compare (and no view to build)
        return
    goal = doc.view
    kpi = kpi_of(doc, ctx.tree) if isinstance(goal, Goal) else None
    kpi_view = kpi.view if kpi is not None else None
    if not isinstance(goal, Goal) or not isinstance(kpi_view, Kpi):
        return
    unit, kpi_unit = goal.metric.unit, kpi_view.unit
    if unit is not None and kpi_unit is not None and not units.same(unit, kpi_unit):
        yield Finding(
            *doc.value_position("kpi"),
            ctx.say(MESSAGES, unit=unit, kpi=kpi_view.id, kpi_unit=kpi_unit),
        )
