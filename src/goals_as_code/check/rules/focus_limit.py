"""One owner has more proposed and active goals than the focus limit (default 5).

## What it does
Counts the goals with `status: proposed` or `status: active` per `owner` across the whole
repository and reports each of them when the owner has more than `max-active`. Proposed goals
count: proposing is when goals are set, and the time to keep the list short.

## Why is this bad?
Goals work by focus: each one takes attention and means. With too many at once, none gets enough,
and the list turns into a to-do list. Choose the few that matter most, set the rest to `draft` or
`dropped`, or turn them into activities that serve the chosen goals.

## Options
- `max-active` (default `5`): the most proposed and active goals one owner may have.

## Example
```toml
[rules.focus-limit]
max-active = 1
```

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
id: more-deals
kind: goal
owner: anna@example.com
status: proposed
---
# I will increase my deals from 150 to 160 a month during 2017
```

## Use instead
```toml
[rules.focus-limit]
max-active = 1
```

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
id: more-deals
kind: goal
owner: anna@example.com
status: draft
---
# I will increase my deals from 150 to 160 a month during 2017
```

## Example (sv)
```toml
[rules.focus-limit]
max-active = 1
```

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
id: fler-affarer
kind: goal
owner: anna@example.com
status: active
---
# Jag ska öka mina affärer från 150 till 160 i månaden under 2017
```

## Use instead (sv)
```toml
[rules.focus-limit]
max-active = 1
```

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
id: fler-affarer
kind: goal
owner: anna@example.com
status: draft
---
# Jag ska öka mina affärer från 150 till 160 i månaden under 2017
```
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

if TYPE_CHECKING:
    from goals_as_code.check.tree import Tree

CODE = "R003"
NAME = "focus-limit"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {"max-active": 5}

MESSAGES = N_(
    "{owner} has {count} proposed or active goals, more than the focus limit of "
    "{limit} (R); keep the few that matter most and set the others to "
    "'status: draft' or 'dropped'"
)


ACTIVE = ("proposed", "active")


def _active(doc: Document) -> bool:
    return doc.kind == "goal" and doc.get("status") in ACTIVE


def _counts(tree: Tree) -> Counter[str]:
    """Proposed and active goals per owner, counted once for the whole tree."""
    return Counter(
        facts.owner
        for facts in tree.facts
        if facts.kind == "goal" and facts.status in ACTIVE and facts.owner is not None
    )


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    owner = doc.get("owner")
    if not _active(doc) or not isinstance(owner, str):
        return
    limit = int(ctx.options["max-active"])
    count = ctx.tree.index(_counts)[owner]
    if count > limit:
        yield Finding(
            *doc.value_position("status"),
            ctx.say(MESSAGES, owner=owner, count=count, limit=limit),
        )
