"""An activity that is still to be done has no start or no due date.

## What it does
Reports an activity whose `state` is `todo` or `doing` (or not written) when it lacks `start` or
`due`, once for each date that is missing. Swedish and English files are read alike: "Jag skall ta
fram en beskrivning av teamets roller" without `due:` is reported, the same activity with
`start: 2017-01-09` and `due: 2017-04-09` is not.

## Why is this bad?
An activity has a clear start and end: that is what tells it from a goal, and what lets the plan
be followed up. Without the dates nobody can tell whether it is late, and it tends to linger.

## Example
```markdown
---
id: reply-templates
kind: activity
owner: anna@example.com
goal: faster-replies
start: 2017-01-09
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
state: doing
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
state: doing
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

CODE = "T006"
NAME = "activity-undated"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "the activity has no '{field}' date (T); an activity has a clear start and end: add "
    "'{field}: YYYY-MM-DD'"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    activity = doc.view
    if not isinstance(activity, Activity) or activity.state not in OPEN_STATES:
        return
    for field in ("start", "due"):
        if doc.get(field) is None:
            yield Finding(*doc.position("kind"), ctx.say(MESSAGES, field=field))
