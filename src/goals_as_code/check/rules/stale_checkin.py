"""An active goal or KPI has had no check-in within its frequency.

## What it does
Reports an active goal or KPI whose last check-in is older than its `frequency` allows (daily 1
day, weekly 7, biweekly 14, monthly 31, quarterly 92, yearly 366; other or no frequency:
`default-days`), as of today (or `--today`, `GOALS_TODAY`). The last check-in is the latest of
the measurement's date in the file (`metric.as_of` of a goal, `as_of` of a KPI) and, in a Git
repository, the last commit that changed the value (or, when none did, the commit that first wrote
the statement). With neither, nothing is reported. The message names no date, so that
`goals review` does not take a check-in that is still late for a new problem. Swedish and English
files are read alike: the goal "Jag skall förbättra svarstiden …" with `frequency: monthly` and
`as_of: 2017-05-15` is reported on 1 September, and not after a check-in on 20 August.

## Why is this bad?
A goal is followed up: the check-ins are what the report, the history and the next conversation
are built on. A goal nobody has checked in for months has been forgotten, or its numbers no longer
tell the truth.

## Options
- `default-days` (default `45`): the longest gap between check-ins when `frequency` is not one of
  the words above.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
frequency: monthly
metric:
  unit: hours
  direction: decrease
  baseline: 48
  target: 24
  current: 40
  as_of: 2017-05-15
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
frequency: monthly
metric:
  unit: hours
  direction: decrease
  baseline: 48
  target: 24
  current: 36
  as_of: 2017-08-20
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
frequency: monthly
metric:
  unit: timmar
  direction: decrease
  baseline: 48
  target: 24
  current: 40
  as_of: 2017-05-15
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
frequency: monthly
metric:
  unit: timmar
  direction: decrease
  baseline: 48
  target: 24
  current: 36
  as_of: 2017-08-20
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document
from goals_as_code.source.fields import FREQUENCY_DAYS, date
from goals_as_code.source.statement import Goal, Kpi

CODE = "T008"
NAME = "stale-checkin"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {"default-days": 45}

MESSAGES = N_(
    "no check-in within the last {limit} days, the longest gap its frequency allows; check in "
    "the current value, or set 'status' if it is over"
)


def limit(frequency: str | None, default: int) -> int:
    """The longest gap between check-ins that a ``frequency`` allows."""
    return FREQUENCY_DAYS.get(frequency.strip().lower(), default) if frequency else default


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    view = doc.view
    if not isinstance(view, (Goal, Kpi)) or view.status != "active":
        return
    days = limit(view.frequency, int(ctx.options["default-days"]))
    field: tuple[str, ...]
    if isinstance(view, Goal):
        field, written = ("metric", "as_of"), date(view.metric.as_of)
    else:
        field, written = ("as_of",), date(view.as_of)
    if written is not None and (ctx.today - written).days <= days:
        return
    last = _latest(written, _from_git(ctx, doc))
    if last is None or (ctx.today - last).days <= days:
        return
    where = doc.value_position(*field) if written is not None else doc.value_position("status")
    yield Finding(
        *where,
        ctx.say(MESSAGES, limit=days),
    )


def _from_git(ctx: Context, doc: Document) -> datetime.date | None:
    if ctx.tree.config is None:
        return None
    from goals_as_code.history import provenance

    return provenance.last_checkin(ctx.tree, doc)


def _latest(*days: datetime.date | None) -> datetime.date | None:
    known = [day for day in days if day is not None]
    return max(known) if known else None
