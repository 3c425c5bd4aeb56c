"""A ticked checkbox in a goal's plan links to an activity that is not done.

## What it does
Reports a list item ticked as done (`- [x]`) whose link leads to an activity whose `state` is not
`done`. Swedish and English plans are read alike: `- [x] [PM-samtal](../aktiviteter/pm-samtal.md)`
is reported while `pm-samtal.md` says `state: doing`, and not once it says `state: done`.

## Why is this bad?
The body's checklist and the activity's `state` tell the same fact twice; when they disagree, one
of them is wrong, and the report (which reads the state) and the reader of the goal (who sees the
tick) are told different stories. Keep the tick and the state in step.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017

## Activities

- [x] [Reply templates](file1.md)
```

```markdown
---
id: reply-templates
kind: activity
owner: anna@example.com
goal: faster-replies
state: doing
---
# I will write reply templates for the ten most common questions
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017

## Activities

- [x] [Reply templates](file1.md)
```

```markdown
---
id: reply-templates
kind: activity
owner: anna@example.com
goal: faster-replies
state: done
---
# I will write reply templates for the ten most common questions
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017

## Aktiviteter

- [x] [Svarsmallar](file1.md)
```

```markdown
---
id: svarsmallar
kind: activity
owner: anna@example.com
goal: snabbare-svar
state: doing
---
# Jag ska skriva svarsmallar för de tio vanligaste frågorna
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017

## Aktiviteter

- [x] [Svarsmallar](file1.md)
```

```markdown
---
id: svarsmallar
kind: activity
owner: anna@example.com
goal: snabbare-svar
state: done
---
# Jag ska skriva svarsmallar för de tio vanligaste frågorna
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.check.rules._links import linked, links
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "L005"
NAME = "checked-activity-not-done"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "the box is ticked, but the activity '{id}' is '{state}', not done; set 'state: done' in "
    "{path}, or untick the box"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    for link in links(doc):
        if not link.checked:
            continue
        target = linked(ctx.tree, link)
        if target is None or target.kind != "activity":
            continue
        state = target.get("state")
        if state == "done":
            continue
        yield Finding(
            link.line,
            link.column,
            ctx.say(MESSAGES, id=target.id or link.target, state=state or "todo", path=link.path),
        )
