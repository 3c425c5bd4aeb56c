"""A link in a statement's body points at a Markdown file that is not there.

## What it does
Reports each link in the body of a statement to a `.md` file (a relative link, such as
`[Reply templates](../activities/reply-templates.md)`) that names no statement and no file of the
repository. Links to web pages, and links inside code blocks, are left alone. A goal's list of
activities ("## Activities" or "## Aktiviteter") is its plan: each entry must lead to the activity.
`- [ ] [PM-samtal](../aktiviteter/pm-samtal.md)` is reported when the file is called
`utvecklingssamtal.md`, and not once the link names it.

## Why is this bad?
The body's links are how a reader follows a goal to the activities and behaviours that serve it.
A link that leads nowhere (a file renamed or moved, a typo) breaks the plan silently: the goal
seems to have an activity that nobody can open or follow up.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017

## Activities

- [ ] [Reply templates](templates.md)
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

- [ ] [Reply templates](file1.md)
```

```markdown
---
id: reply-templates
kind: activity
owner: anna@example.com
goal: faster-replies
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

- [ ] [Svarsmallar](templates.md)
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

- [ ] [Svarsmallar](file1.md)
```

```markdown
---
id: svarsmallar
kind: activity
owner: anna@example.com
goal: snabbare-svar
---
# Jag ska skriva svarsmallar för de tio vanligaste frågorna
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.check.rules._links import exists, links
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "L004"
NAME = "unresolved-body-link"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "the link '{target}' leads to no file ({path} is not there); correct the path, or remove "
    "the link"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    for link in links(doc):
        if not exists(ctx.tree, link):
            yield Finding(
                link.line, link.column, ctx.say(MESSAGES, target=link.target, path=link.path)
            )
