"""A goal's target is far beyond the pace its own check-ins have shown.

## What it does
For a goal that moves a level (`direction: increase` or `decrease`) and has been checked in
(`metric.current` with its `as_of` at least `min-days` after `start`), compares two paces, per
month (30 days): the one shown, from the baseline at `start` to `current` at `as_of`, and the
one needed, from `current` at `as_of` to the target at `deadline`. When the needed pace is more
than `factor` times the one shown (default 3), the goal is reported, with both numbers.

When the goal's own check-ins are too few to show a pace (no `current`, or fewer than `min-days`
since `start`), its peers speak for it: the goals under the same `parent` that measure the same
unit in the same direction and have a pace of their own. When the pace this goal needs from its
baseline at `start` to its target at `deadline` is more than `factor` times the fastest pace a
peer has shown, the goal is reported, with the numbers and the peer.

## Why is this bad?
A goal is Realistic when both parties believe it can be reached, and the best evidence is the
goal's own record. A goal that moved 2 deals a month for five months and needs 8 a month for the
last two will not get there by hoping: change the means, the target or the deadline while there
is time, and write down why.

## Options
- `factor` (default `3.0`): how many times the shown pace the needed pace may be.
- `min-days` (default `28`): how long a goal must have run before its pace counts.

## Example
```markdown
---
id: more-deals
kind: goal
owner: anna@example.com
start: 2017-01-01
deadline: 2017-06-30
metric:
  unit: deals/month
  direction: increase
  baseline: 150
  target: 160
  current: 151
  as_of: 2017-05-31
---
# I will increase my deals from 150 to 160 a month by 30 June 2017
```

## Use instead
```markdown
---
id: more-deals
kind: goal
owner: anna@example.com
start: 2017-01-01
deadline: 2017-06-30
metric:
  unit: deals/month
  direction: increase
  baseline: 150
  target: 160
  current: 158
  as_of: 2017-05-31
---
# I will increase my deals from 150 to 160 a month by 30 June 2017
```

## Example (sv)
```markdown
---
id: fler-affarer
kind: goal
owner: anna@example.com
start: 2017-01-01
deadline: 2017-06-30
metric:
  unit: affärer/månad
  direction: increase
  baseline: 150
  target: 160
  current: 151
  as_of: 2017-05-31
---
# Jag ska öka mina affärer från 150 till 160 i månaden till den 30 juni 2017
```

## Use instead (sv)
```markdown
---
id: fler-affarer
kind: goal
owner: anna@example.com
start: 2017-01-01
deadline: 2017-06-30
metric:
  unit: affärer/månad
  direction: increase
  baseline: 150
  target: 160
  current: 158
  as_of: 2017-05-31
---
# Jag ska öka mina affärer från 150 till 160 i månaden till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.check.rules._measure import show
from goals_as_code.i18n.messages import N_
from goals_as_code.source import fields, units
from goals_as_code.source.document import Document
from goals_as_code.source.statement import Goal

CODE = "R005"
NAME = "unrealistic-pace"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {"factor": 3.0, "min-days": 28}

MESSAGES = N_(
    "to reach {target} by {deadline} the goal needs {needed} {unit} a month, {times} times "
    "the {shown} a month it has moved since {start} (R); change the means, the target or "
    "the deadline, and agree on it"
)
PEERS = N_(
    "to reach {target} by {deadline} the goal needs {needed} {unit} a month, {times} times "
    "the {shown} a month that '{peer}', the fastest of its peers under '{parent}', has shown "
    "(R); change the means, the target or the deadline, and agree on it"
)
MONTH = 30


class _Pace(NamedTuple):
    shown: float | None  # per month, from the baseline at start to current at as_of
    needed: float | None  # per month, from current (or the baseline) to the target
    unit: str


def _pace(goal: Goal, least_days: int) -> _Pace | None:
    """The pace ``goal`` has shown (None when its check-ins are too few) and the pace it needs;
    None when the goal does not move a level or lacks its numbers."""
    metric = goal.metric
    if metric.direction not in ("increase", "decrease"):
        return None
    baseline, target, current = metric.baseline, metric.target, metric.current
    start, as_of, deadline = goal.start, fields.date(metric.as_of), goal.deadline
    if baseline is None or target is None or start is None or deadline is None:
        return None
    sign = 1.0 if metric.direction == "increase" else -1.0
    unit = metric.unit or ""
    if current is None or as_of is None or (as_of - start).days < least_days:
        left, remaining = (deadline - start).days, sign * (target - baseline)
        needed = remaining / left * MONTH if left > 0 and remaining > 0 else None
        return _Pace(None, needed, unit)
    ran, left = (as_of - start).days, (deadline - as_of).days
    moved, remaining = sign * (current - baseline), sign * (target - current)
    shown = moved / ran * MONTH if moved > 0 else None
    needed = remaining / left * MONTH if left > 0 and remaining > 0 else None
    return _Pace(shown, needed, unit)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    goal = doc.view
    if not isinstance(goal, Goal) or goal.status in ("draft", "achieved", "missed", "dropped"):
        return
    least = int(ctx.options["min-days"])
    own = _pace(goal, least)
    if own is not None and own.shown is None and own.needed is not None and goal.parent:
        yield from _against_peers(doc, goal, own.needed, ctx)
        return
    metric = goal.metric
    if metric.direction not in ("increase", "decrease"):
        return
    baseline, target, current = metric.baseline, metric.target, metric.current
    start, as_of, deadline = goal.start, fields.date(metric.as_of), goal.deadline
    if baseline is None or target is None or current is None:
        return
    if start is None or as_of is None or deadline is None:
        return
    sign = 1.0 if metric.direction == "increase" else -1.0
    ran, left = (as_of - start).days, (deadline - as_of).days
    moved, remaining = sign * (current - baseline), sign * (target - current)
    if ran < int(ctx.options["min-days"]) or left <= 0 or moved <= 0 or remaining <= 0:
        return
    shown, needed = moved / ran * MONTH, remaining / left * MONTH
    factor = float(ctx.options["factor"])
    if needed <= factor * shown:
        return
    yield Finding(
        *doc.value_position("metric", "current"),
        ctx.say(
            MESSAGES,
            target=show(target),
            deadline=deadline.isoformat(),
            needed=show(round(needed, 2)),
            unit=metric.unit or "",
            times=show(round(needed / shown, 1)),
            shown=show(round(shown, 2)),
            start=start.isoformat(),
        ),
    )


def _against_peers(doc: Document, goal: Goal, needed: float, ctx: Context) -> Iterator[Finding]:
    """The pace ``goal`` needs against the fastest its peers (same parent, unit, direction)
    have shown."""
    least, factor = int(ctx.options["min-days"]), float(ctx.options["factor"])
    best: tuple[float, str] | None = None
    for facts in ctx.tree.facts:
        if facts.parent != goal.parent or facts.path == doc.path:
            continue  # not a peer: a tree read from Git's index reads only the peers
        other = ctx.tree.at(facts.path)
        peer = other.view if other is not None else None
        if not isinstance(peer, Goal) or peer.parent != goal.parent:
            continue
        if peer.metric.direction != goal.metric.direction:
            continue
        if not units.same(peer.metric.unit, goal.metric.unit):
            continue
        pace = _pace(peer, least)
        if pace is None or pace.shown is None:
            continue
        if best is None or pace.shown > best[0]:
            best = (pace.shown, peer.id or facts.path)
    if best is None or needed <= factor * best[0]:
        return
    assert goal.metric.target is not None
    assert goal.deadline is not None
    yield Finding(
        *doc.value_position("metric", "target"),
        ctx.say(
            PEERS,
            target=show(goal.metric.target),
            deadline=goal.deadline.isoformat(),
            needed=show(round(needed, 2)),
            unit=goal.metric.unit or "",
            times=show(round(needed / best[0], 1)),
            shown=show(round(best[0], 2)),
            peer=best[1],
            parent=goal.parent,
        ),
    )
