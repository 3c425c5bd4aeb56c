"""A `parent`, `kpi` or `goal` field names an id that no statement has, or one of the wrong kind.

## What it does
Checks every link in the front matter against all statements in the repository: `parent` must
name a goal, `kpi` a KPI, and an activity's or behaviour's `goal` a goal.

## Why is this bad?
Alignment is what gives a goal its direction and an activity its value. A link to nothing, often a
typo or a renamed id, silently cuts the statement loose: roll-ups and reports skip it.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
parent: customer-satisfaction-2071
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

```markdown
---
id: customer-satisfaction-2017
kind: goal
owner: erik@example.com
---
# We will raise customer satisfaction from 3.9 to 4.3 by 31 December 2017
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
parent: customer-satisfaction-2017
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

```markdown
---
id: customer-satisfaction-2017
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
parent: kundnojdhet-2071
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

```markdown
---
id: kundnojdhet-2017
kind: goal
owner: erik@example.com
---
# Vi ska höja kundnöjdheten från 3.9 till 4.3 till den 31 december 2017
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
parent: kundnojdhet-2017
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

```markdown
---
id: kundnojdhet-2017
kind: goal
owner: erik@example.com
---
# Vi ska höja kundnöjdheten från 3.9 till 4.3 till den 31 december 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document
from goals_as_code.source.text import did_you_mean

CODE = "L002"
NAME = "unresolved-reference"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

# field -> the kind it must point at
LINKS = {"parent": "goal", "kpi": "kpi", "goal": "goal"}

MISSING = N_("'{field}: {target}' names no statement; no file has 'id: {target}'{hint}")
WRONG_KIND = N_("'{field}: {target}' must name {want}, but {path} is {kind}")
HINT = N_(" (did you mean '{close}'?)")


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    for field, want in LINKS.items():
        target = doc.data.get(field)
        if not isinstance(target, str) or not target:
            continue
        found = ctx.tree.first(target)  # its facts: the file is not read
        line, column = doc.value_position(field)
        if found is None:
            close = did_you_mean(target, ctx.tree.ids)
            hint = ctx.say(HINT, close=close[0]) if close else ""
            yield Finding(line, column, ctx.say(MISSING, field=field, target=target, hint=hint))
        elif found.kind != want:
            yield Finding(
                line,
                column,
                ctx.say(
                    WRONG_KIND,
                    field=field,
                    target=target,
                    want=_kind(want, ctx),
                    path=found.path,
                    kind=_kind(found.kind, ctx),
                ),
            )


KINDS = {
    "goal": N_("a goal"),
    "kpi": N_("a KPI"),
    "activity": N_("an activity"),
    "behaviour": N_("a behaviour"),
}


def _kind(kind: str | None, ctx: Context) -> str:
    wording = KINDS.get(kind or "")
    return ctx.say(wording) if wording else f"'{kind}'"
