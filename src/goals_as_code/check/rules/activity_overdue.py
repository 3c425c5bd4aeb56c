"""An activity is past its due date and still not done.

## What it does
Reports an activity whose `due` date is before today (or the day given by `--today` or
`GOALS_TODAY`) while its `state` is still `todo` or `doing` (or not written). Swedish and English
files are read alike: "Jag skall genomföra PM-samtal" due 2017-03-31 and `state: doing` is
reported in April, the same activity with `state: done` is not.

## Why is this bad?
An activity has a clear end. Past it, the plan no longer says what is true: either the activity is
done and its state was not updated, or it is late and the goal it serves may be at risk. Record
what happened, or agree on a new due date.

## Example
```markdown
---
id: reply-templates
kind: activity
owner: anna@example.com
goal: faster-replies
start: 2017-01-09
due: 2017-02-28
state: doing
---
# I will write reply templates for the ten most common questions
```

## Use instead
```markdown
---
id: reply-templates
kind: activity
owner: anna@example.com
goal: faster-replies
start: 2017-01-09
due: 2017-02-28
state: done
---
# I will write reply templates for the ten most common questions
```

## Example (sv)
```markdown
---
id: svarsmallar
kind: activity
owner: anna@example.com
goal: snabbare-svar
start: 2017-01-09
due: 2017-02-28
state: doing
---
# Jag ska skriva svarsmallar för de tio vanligaste frågorna
```

## Use instead (sv)
```markdown
---
id: svarsmallar
kind: activity
owner: anna@example.com
goal: snabbare-svar
start: 2017-01-09
due: 2017-02-28
state: done
---
# Jag ska skriva svarsmallar för de tio vanligaste frågorna
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.check.rules._common import OPEN_STATES
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document
from goals_as_code.source.statement import Activity

CODE = "T007"
NAME = "activity-overdue"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "the activity was due {due} ({days} days ago) but its state is still '{state}' (T); set "
    "'state: done' or 'dropped', or agree on a new 'due'"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    activity = doc.view
    if not isinstance(activity, Activity) or activity.state not in OPEN_STATES:
        return
    due = activity.due
    if due is None or due >= ctx.today:
        return
    state = activity.state or "todo"
    yield Finding(
        *doc.value_position("due"),
        ctx.say(MESSAGES, due=due.isoformat(), days=(ctx.today - due).days, state=state),
    )
