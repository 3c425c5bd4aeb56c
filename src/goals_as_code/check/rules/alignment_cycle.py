"""Goals that serve each other in a circle: following `parent` leads back to the start.

## What it does
Follows each goal's `parent` link up through the repository and reports the goal when the chain
comes back to it, naming every goal in the circle.

## Why is this bad?
Alignment is a tree: each goal serves a larger one, up to the company's. In a circle no goal
serves anything outside it, roll-ups never end, and the chain of *why* leads nowhere.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
parent: customer-satisfaction
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

```markdown
---
id: customer-satisfaction
kind: goal
owner: erik@example.com
parent: faster-replies
---
# We will raise customer satisfaction from 3.9 to 4.3 by 31 December 2017
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
parent: customer-satisfaction
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

```markdown
---
id: customer-satisfaction
kind: goal
owner: erik@example.com
---
# We will raise customer satisfaction from 3.9 to 4.3 by 31 December 2017
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
parent: kundnojdhet
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

```markdown
---
id: kundnojdhet
kind: goal
owner: erik@example.com
parent: snabbare-svar
---
# Vi ska höja kundnöjdheten från 3.9 till 4.3 till den 31 december 2017
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
parent: kundnojdhet
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

```markdown
---
id: kundnojdhet
kind: goal
owner: erik@example.com
---
# Vi ska höja kundnöjdheten från 3.9 till 4.3 till den 31 december 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

if TYPE_CHECKING:
    from goals_as_code.check.tree import Tree

CODE = "L003"
NAME = "alignment-cycle"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "'parent: {parent}' closes a circle: {chain}; a goal cannot serve "
    "itself, so remove the 'parent' of the goal at the top"
)


def _parents(tree: Tree) -> dict[str, object]:
    """Each id's parent, as the rule follows it: the parent of the first statement with the id."""
    return {ident: facts[0].parent for ident, facts in tree.ids.items()}


def _cycles(tree: Tree) -> dict[str, list[str]]:
    """Every id on a circle of the parent graph -> the circle from it, found in one pass.

    Each id has at most one parent, so walking up from every id in turn, and stopping at ids
    already walked, visits each id once.
    """
    parents = tree.index(_parents)
    done: set[str] = set()
    cycles: dict[str, list[str]] = {}
    for start in parents:
        path: dict[str, int] = {}  # this walk: id -> its place on it
        current: object = start
        while isinstance(current, str) and current in parents and current not in done:
            if current in path:  # the walk came back to itself: a new circle
                circle = list(path)[path[current] :]
                for place, ident in enumerate(circle):
                    cycles[ident] = circle[place:] + circle[:place]
                break
            path[current] = len(path)
            current = parents[current]
        done.update(path)
    return cycles


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    start = doc.id
    parent = doc.get("parent")
    if start is None or not isinstance(parent, str):
        return
    first = ctx.tree.first(start)
    if first is not None and first.path == doc.path:
        # the statement the graph follows for its id: on a circle or not, looked up once
        circle = ctx.tree.index(_cycles).get(start)
        if circle is not None:
            yield Finding(
                *doc.value_position("parent"),
                ctx.say(MESSAGES, parent=parent, chain=" → ".join([*circle, start])),
            )
        return
    # a second statement with the same id (reported by duplicate-id): walk up from its parent
    chain = [start]
    seen = {start}
    current: object = parent
    while isinstance(current, str) and current not in seen:
        chain.append(current)
        seen.add(current)
        found = ctx.tree.ids.get(current)
        current = found[0].parent if found else None
    if current == start:
        yield Finding(
            *doc.value_position("parent"),
            ctx.say(MESSAGES, parent=parent, chain=" → ".join([*chain, start])),
        )
