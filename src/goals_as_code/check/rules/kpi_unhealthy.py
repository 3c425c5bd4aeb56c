"""A KPI's latest value is outside its healthy range (`healthy: {min: ...}` or `{max: ...}`).

## What it does
Compares a KPI's `value`, and each team's or person's value in `values`, with the KPI's
`healthy` threshold: below `healthy.min` or above `healthy.max` is reported.

## Why is this bad?
A KPI is followed to see when something needs attention. Its healthy threshold says where that
is: more than 40 support calls a day, or a margin under 8 %, asks for a goal or an action. The
report marks the same values; the rule makes them show where the files are checked.

## Example
```markdown
---
id: support-calls-per-day
kind: kpi
owner: anna@example.com
unit: calls/day
direction: decrease
healthy: {max: 40}
value: 46
---
# Support calls per day
```

## Use instead
```markdown
---
id: support-calls-per-day
kind: kpi
owner: anna@example.com
unit: calls/day
direction: decrease
healthy: {max: 40}
value: 34
---
# Support calls per day
```

## Example (sv)
```markdown
---
id: supportsamtal-per-dag
kind: kpi
owner: anna@example.com
unit: samtal/dag
direction: decrease
healthy: {max: 40}
value: 46
---
# Supportsamtal per dag
```

## Use instead (sv)
```markdown
---
id: supportsamtal-per-dag
kind: kpi
owner: anna@example.com
unit: samtal/dag
direction: decrease
healthy: {max: 40}
value: 34
---
# Supportsamtal per dag
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.check.rules._measure import show
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document
from goals_as_code.source.fields import number

CODE = "M008"
NAME = "kpi-unhealthy"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

BELOW = N_(
    "the KPI's value {value} is below its healthy minimum {min} (M); act on it with a goal "
    "or an activity, or review 'healthy'"
)
ABOVE = N_(
    "the KPI's value {value} is above its healthy maximum {max} (M); act on it with a goal "
    "or an activity, or review 'healthy'"
)
UNIT_BELOW = N_("{unit}'s value {value} is below the KPI's healthy minimum {min} (M)")
UNIT_ABOVE = N_("{unit}'s value {value} is above the KPI's healthy maximum {max} (M)")


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    healthy = doc.get("healthy")
    if doc.kind != "kpi" or not isinstance(healthy, Mapping):
        return
    low, high = number(healthy.get("min")), number(healthy.get("max"))
    value = number(doc.get("value"))
    if value is not None:
        said = verdict(value, low, high)
        if said is not None:
            wording = BELOW if said == "below" else ABOVE
            yield Finding(*doc.value_position("value"), _say(ctx, wording, value, low, high))
    values = doc.get("values")
    if not isinstance(values, Mapping):
        return
    for unit, raw in values.items():
        found = number(raw)
        said = verdict(found, low, high) if found is not None else None
        if found is None or said is None:
            continue
        wording = UNIT_BELOW if said == "below" else UNIT_ABOVE
        yield Finding(
            *doc.value_position("values", unit), _say(ctx, wording, found, low, high, unit)
        )


def verdict(value: float, low: float | None, high: float | None) -> str | None:
    """``below`` or ``above`` the healthy range, or None inside it."""
    if low is not None and value < low:
        return "below"
    if high is not None and value > high:
        return "above"
    return None


def _say(
    ctx: Context,
    wording: str,
    value: float,
    low: float | None,
    high: float | None,
    unit: object = None,
) -> str:
    extra = {"unit": str(unit)} if unit is not None else {}
    if "{min}" in wording:
        return ctx.say(wording, value=show(value), min=show(low or 0), **extra)
    return ctx.say(wording, value=show(value), max=show(high or 0), **extra)
