"""A goal's target asks for almost nothing: a change smaller than `min-change` of the baseline,
a level the baseline already holds, or one the goal's own history has reached.

## What it does
For a goal that moves a level (`direction: increase` or `decrease`), reports a target whose
distance from the baseline is less than the `min-change` option (default 0.05, that is 5 % of
the baseline). For a goal that holds a level (`at_least`, `at_most`), reports a target the
baseline already meets. A target equal to the baseline is M002's to report. In a Git
repository, it also reports a target the goal had already reached in its own history: a value
checked in (`metric.current`) at or beyond the target before the target was set to what it is
now, as when a goal is set again for a level that was reached last quarter.

## Why is this bad?
A goal is Realistic *and* challenging: one that is reached by doing what is done already gives
nothing to strive for, and nothing to learn from in the review. From 150 to 151 deals a month
is a rounding error, and "at least 90 % satisfied customers" when 93 % already are is a
description of today.

## Options
- `min-change` (default `0.05`): the smallest change from the baseline that counts, as a share
  of the baseline (0.05 = 5 %). 0 turns the size check off.

## Example
```markdown
---
id: more-deals
kind: goal
owner: anna@example.com
metric: {unit: deals/month, direction: increase, baseline: 150, target: 152}
---
# I will increase my deals from 150 to 152 a month during 2017
```

## Use instead
```markdown
---
id: more-deals
kind: goal
owner: anna@example.com
metric: {unit: deals/month, direction: increase, baseline: 150, target: 160}
---
# I will increase my deals from 150 to 160 a month during 2017
```

## Example (sv)
```markdown
---
id: fler-affarer
kind: goal
owner: anna@example.com
metric: {unit: affärer/månad, direction: increase, baseline: 150, target: 152}
---
# Jag ska öka mina affärer från 150 till 152 i månaden under 2017
```

## Use instead (sv)
```markdown
---
id: fler-affarer
kind: goal
owner: anna@example.com
metric: {unit: affärer/månad, direction: increase, baseline: 150, target: 160}
---
# Jag ska öka mina affärer från 150 till 160 i månaden under 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.check.rules._measure import show
from goals_as_code.history import provenance
from goals_as_code.i18n.messages import N_
from goals_as_code.source import fields
from goals_as_code.source.document import Document
from goals_as_code.source.statement import Goal

CODE = "R004"
NAME = "not-challenging"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {"min-change": 0.05}

TOO_SMALL = N_(
    "the target {target} is only {change} from the baseline {baseline}, less than {least} "
    "(R): the goal asks for almost nothing; set a target that takes an effort"
)
REACHED = N_(
    "the target {target} was already reached: {value} was checked in on {on} (commit {sha}), "
    "before the target was set on {set} (R); the goal asks for nothing new: set a level that "
    "has not been reached"
)
ALREADY = N_(
    "the baseline {baseline} already meets the target {target} (R): the goal asks for "
    "nothing new; set a level that is not reached yet"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    goal = doc.view
    if not isinstance(goal, Goal) or goal.status in ("draft", "achieved", "missed", "dropped"):
        return
    direction, baseline, target = goal.metric.direction, goal.metric.baseline, goal.metric.target
    if baseline is None or target is None:
        return
    where = doc.value_position("metric", "target")
    if direction in ("at_least", "at_most"):
        met = baseline >= target if direction == "at_least" else baseline <= target
        if met:
            yield Finding(*where, ctx.say(ALREADY, baseline=show(baseline), target=show(target)))
        else:
            yield from _reached(doc, ctx, direction, target)
        return
    if direction not in ("increase", "decrease") or baseline == target:
        return
    if baseline == 0:
        yield from _reached(doc, ctx, direction, target)
        return
    share = float(ctx.options["min-change"])
    change = abs(target - baseline) / abs(baseline)
    if change < share - 1e-9:  # 45.6 from 48 is 5 %, whatever the floating point says
        yield Finding(
            *where,
            ctx.say(
                TOO_SMALL,
                target=show(target),
                change=f"{show(round(change * 100, 1))} %",
                baseline=show(baseline),
                least=f"{show(round(share * 100, 1))} %",
            ),
        )
    else:
        yield from _reached(doc, ctx, direction, target)


def _reached(doc: Document, ctx: Context, direction: str, target: float) -> Iterator[Finding]:
    """A value checked in at or beyond ``target`` before the target was set, from Git."""
    timeline = provenance.timeline(ctx.tree, doc)
    if timeline is None:
        return
    versions = timeline.versions
    since = len(versions)  # the first version of the last run with this target
    while since > 0 and _target(versions[since - 1].data) == target:
        since -= 1
    # when the target is being changed now, the whole history is before it
    set_on = None if since == len(versions) else versions[since].commit.date.date()
    upward = direction in ("increase", "at_least")
    for version in versions[: since + 1]:
        value = fields.number(fields.get(version.data, "metric.current"))
        if value is None or not (value >= target if upward else value <= target):
            continue
        day = version.commit.date.date()
        yield Finding(
            *doc.value_position("metric", "target"),
            ctx.say(
                REACHED,
                target=show(target),
                value=show(value),
                on=fields.get(version.data, "metric.as_of") or day.isoformat(),
                sha=version.commit.sha[:10],
                set=(set_on or ctx.today).isoformat(),
            ),
        )
        return


def _target(data: Mapping[str, Any] | None) -> float | None:
    return fields.number(fields.get(data, "metric.target"))
