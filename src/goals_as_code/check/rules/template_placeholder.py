"""A goal that is proposed or active still holds text from its template.

## What it does
Reports each line of a proposed or active goal's body that is still one of the placeholders that
`goals new` and `goals init` write, in any language: "What the result is worth, and to whom." or
"Vad resultatet är värt, och för vem.", and the activity "- [ ] What I will do to reach it"
("Det jag gör för att nå det"). The headings of the template are left alone.

## Why is this bad?
The template shows what a goal's page holds: why it matters, and the plan. A goal proposed or
agreed with the placeholders still in place has neither, and reads as unfinished to everyone who
opens it.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
status: proposed
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017

## Why

What the result is worth, and to whom.
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
status: proposed
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017

## Why

Customers who wait two days call support instead; half the wait halves those calls.
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
status: proposed
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017

## Varför

Vad resultatet är värt, och för vem.
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
status: proposed
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017

## Varför

Kunder som väntar två dagar ringer supporten i stället; halva väntan halverar de samtalen.
```
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.check.rules._links import body_start
from goals_as_code.i18n.messages import N_, languages, say
from goals_as_code.source import template
from goals_as_code.source.document import Document
from goals_as_code.source.statement import Goal

CODE = "S004"
NAME = "template-placeholder"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "'{text}' is the template's placeholder; write your own words here (why the goal matters, "
    "what you will do), or remove the line"
)

_ITEM = re.compile(r"^\s*[-*+]\s+(?:\[[ xX]\]\s+)?")


def _plain(line: str) -> str:
    return " ".join(_ITEM.sub("", line).split()).casefold()


@functools.cache
def placeholders() -> frozenset[str]:
    """The lines of every template body, in every language, that are not headings."""
    found = set()
    for lang in languages():
        for body in template.BODY.values():
            for line in say(lang, body).splitlines():
                if line.strip() and not line.lstrip().startswith("#"):
                    found.add(_plain(line))
    return frozenset(found)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    goal = doc.view
    if not isinstance(goal, Goal) or goal.status not in ("proposed", "active"):
        return
    first = body_start(doc)
    known = placeholders()
    for offset, line in enumerate(doc.body.split("\n")):
        if line.strip() and _plain(line) in known:
            yield Finding(
                first + offset,
                len(line) - len(line.lstrip()) + 1,
                ctx.say(MESSAGES, text=line.strip()),
            )
