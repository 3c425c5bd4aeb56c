"""Two statement files share the same id.

## What it does
Looks at every statement in the repository (not only the files being committed) and reports an
id that more than one file uses.

## Why is this bad?
A statement is its id: links (`parent`, `kpi`, `goal`), acceptance and the history in Git all
follow it. With two files behind one id, every one of them points at the wrong thing half of the
time.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
---
# I will answer 90 % of support calls within 3 minutes by 30 June 2017
```

## Use instead
```markdown
---
id: faster-replies-email
kind: goal
owner: anna@example.com
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

```markdown
---
id: faster-replies-phone
kind: goal
owner: anna@example.com
---
# I will answer 90 % of support calls within 3 minutes by 30 June 2017
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
---
# Jag ska besvara 90 % av supportsamtalen inom 3 minuter till den 30 juni 2017
```

## Use instead (sv)
```markdown
---
id: snabbare-svar-email
kind: goal
owner: anna@example.com
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

```markdown
---
id: snabbare-svar-phone
kind: goal
owner: anna@example.com
---
# Jag ska besvara 90 % av supportsamtalen inom 3 minuter till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "L001"
NAME = "duplicate-id"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

MESSAGES = N_("the id '{id}' is also used by {others}; give each statement an id of its own")


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    if doc.id is None:
        return
    others = [other.path for other in ctx.tree.ids.get(doc.id, []) if other.path != doc.path]
    if others:
        line, column = doc.value_position("id")
        yield Finding(line, column, ctx.say(MESSAGES, id=doc.id, others=", ".join(sorted(others))))
