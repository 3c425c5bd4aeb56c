"""A personal goal is linked to no organisation goal.

## What it does
Reports every proposed or active personal goal without `parent:`, whether or not any other
goal is marked, unless it is marked itself as a top-level (organisation) goal: by `top: true`
in its front matter, or by a path pattern in the `top-level` option. A team's goal (its owner a
team rather than an e-mail address, or marked `shared: true`) is an organisation goal and is
left alone, unless the `teams` option asks for it too. "Jag skall öka snittet på antalet
affärer …" without `parent: forsaljning-2017` is reported; the company goal "Vi skall öka
försäljningen …" with `top: true` is not.

## Why is this bad?
A personal goal is worth setting for what it adds to the goals of the team and the company. One
linked to none may pull in another direction, and the report cannot roll it up to what it serves.
Name the goal it serves, or mark the organisation's own goals as the top of the tree.

## Options
- `top-level` (default `[]`): path patterns (as in `exclude`, matched against the path from the
  repository's top and against the file name) of files that hold top-level goals, e.g.
  `["goals/company/*"]`.
- `teams` (default `false`): report a team's goal without a parent too, when teams' goals
  should serve the company's.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

```markdown
---
id: customer-satisfaction-2017
kind: goal
owner: erik@example.com
top: true
status: active
---
# We will raise the share of satisfied customers from 80 % to 90 % during 2017
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
parent: customer-satisfaction-2017
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

```markdown
---
id: customer-satisfaction-2017
kind: goal
owner: erik@example.com
top: true
status: active
---
# We will raise the share of satisfied customers from 80 % to 90 % during 2017
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

```markdown
---
id: kundnojdhet-2017
kind: goal
owner: erik@example.com
top: true
status: active
---
# Vi ska höja andelen nöjda kunder från 80 % till 90 % under 2017
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
parent: kundnojdhet-2017
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

```markdown
---
id: kundnojdhet-2017
kind: goal
owner: erik@example.com
top: true
status: active
---
# Vi ska höja andelen nöjda kunder från 80 % till 90 % under 2017
```
"""

from __future__ import annotations

import fnmatch
import posixpath
from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.check.rules._common import is_team
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document
from goals_as_code.source.statement import Goal

CODE = "L006"
NAME = "no-parent"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {"top-level": [], "teams": False}

MESSAGES = N_(
    "the goal serves no organisation goal; add 'parent:' with the id of the team or company "
    "goal it serves, or 'top: true' if it is a top-level goal"
)


def is_top(doc: Document, patterns: list[str]) -> bool:
    """Whether ``doc`` is marked as a top-level goal, in the file or by the configuration."""
    if doc.get("top") is True:
        return True
    name = posixpath.basename(doc.path)
    return any(
        fnmatch.fnmatch(doc.path, pattern) or fnmatch.fnmatch(name, pattern) for pattern in patterns
    )


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    goal = doc.view
    if not isinstance(goal, Goal) or goal.status not in ("proposed", "active") or goal.parent:
        return
    patterns = [str(pattern) for pattern in ctx.options["top-level"]]
    if is_top(doc, patterns):
        return
    if is_team(doc) and not ctx.options["teams"]:
        return
    yield Finding(*doc.position("kind"), ctx.say(MESSAGES))
