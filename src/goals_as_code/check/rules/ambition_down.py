"""A change makes a goal easier: a lower ambition, a wider range, or a later deadline.

## What it does
Compares the goalposts of the two versions and says how the goal became easier: the target went
down on a goal to increase (or to reach at least a level), or up on a goal to decrease (or to stay
at most at a level); a `range` target widened; the distance from baseline to target shrank; the
deadline moved later. A target that moves the other way, or a changed direction, is not reported
here (C002 lists every moved goalpost). Only `goals review` runs it: it compares two revisions,
so `goals check` never reports it.

## Why is this bad?
An easier goal looks reached sooner. Lowering the ambition can be right (the situation changed),
but it is a new agreement between the owner and the manager, made in the open, not a side
effect of a check-in.

## Example
The target goes from 24 to 30 hours on a goal to cut the reply time; the goal at the base:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```
and at the head:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 30}
status: active
---
# I will cut the reply time to my customer emails from 48 to 30 hours by 30 June 2017
```

## Use instead
Keep the agreed ambition; a target moved to a harder level is a moved goalpost (C002), not a
lower ambition:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 20}
status: active
---
# I will cut the reply time to my customer emails from 48 to 20 hours by 30 June 2017
```

## Example (sv)
Målnivån går från 24 till 30 timmar i ett mål att korta svarstiden; målet i basen:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
och i den nya versionen:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 30}
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 30 timmar till den 30 juni 2017
```

## Use instead (sv)
Behåll den överenskomna ambitionen; en målnivå som flyttas till en svårare nivå är en flyttad
målstolpe (C002), inte en lägre ambition:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 20}
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 20 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import ChangeContext, Finding
from goals_as_code.check.rules._change import position
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document
from goals_as_code.source.fields import number, show

CODE = "C003"
NAME = "ambition-down"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGES = N_("the ambition went down: {s}")
TARGET_DOWN = N_("the target went down ({a} → {b})")
TARGET_UP = N_("the target went up on a goal to {how} ({a} → {b})")
LOWER = {  # the directions in which a higher target is easier
    "decrease": N_("decrease"),
    "at_most": N_("at most"),
}
WIDER = N_("the range widened ({a} → {b})")
CLOSER = N_("the distance from baseline to target shrank ({a} → {b})")
LATER = N_("the deadline moved later ({a} → {b})")


def check_change(old: Document | None, new: Document, ctx: ChangeContext) -> Iterator[Finding]:
    if old is None:
        return
    found = easier(old, new, ctx)
    if found:
        field = found[0][0]
        said = "; ".join(text for _, text in found)
        yield Finding(*position(new, field), ctx.say(MESSAGES, s=said))


def easier(old: Document, new: Document, ctx: ChangeContext) -> list[tuple[str, str]]:
    """How the goal became easier between two versions, each with the field that says so."""
    said: list[tuple[str, str]] = []
    direction = new.get("metric", "direction")
    same_direction = direction == old.get("metric", "direction")
    old_target, new_target = old.get("metric", "target"), new.get("metric", "target")
    before, after = show(old_target), show(new_target)
    o, n = number(old_target), number(new_target)
    if same_direction and o is not None and n is not None:
        if direction in ("increase", "at_least") and n < o:
            said.append(("metric.target", ctx.say(TARGET_DOWN, a=before, b=after)))
        if direction in ("decrease", "at_most") and n > o:
            how = ctx.say(LOWER[direction])
            said.append(("metric.target", ctx.say(TARGET_UP, how=how, a=before, b=after)))
    if same_direction and direction == "range" and _pair(old_target) and _pair(new_target):
        low0, high0 = old_target
        low1, high1 = new_target
        if low1 <= low0 and high1 >= high0 and (low1, high1) != (low0, high0):
            said.append(("metric.target", ctx.say(WIDER, a=before, b=after)))
    if same_direction and direction in ("increase", "decrease"):
        gap0, gap1 = _gap(old), _gap(new)
        if gap0 is not None and gap1 is not None and gap1 < gap0:
            moved = "metric.target" if old_target != new_target else "metric.baseline"
            said.append((moved, ctx.say(CLOSER, a=show(gap0), b=show(gap1))))
    old_deadline, new_deadline = old.get("deadline"), new.get("deadline")
    if (
        isinstance(old_deadline, str)
        and isinstance(new_deadline, str)
        and new_deadline > old_deadline
    ):
        said.append(("deadline", ctx.say(LATER, a=old_deadline, b=new_deadline)))
    return said


def _gap(doc: Document) -> float | None:
    baseline, target = number(doc.get("metric", "baseline")), number(doc.get("metric", "target"))
    return abs(target - baseline) if baseline is not None and target is not None else None


def _pair(value: Any) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(number(v) is not None for v in value)
