"""A date field is not a real date written as YYYY-MM-DD.

## What it does
Checks `start`, `deadline`, `due`, `as_of`, `accepted.on` and `agreed.on`: each must be a calendar
date written as YYYY-MM-DD.

## Why is this bad?
A date that does not exist (`2017-02-30`) or is written another way (`30/6/2017`) cannot be
compared, so the deadline and the pace of the goal are unknown.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
deadline: 2017-02-30
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
deadline: 2017-02-28
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
deadline: 2017-02-30
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
deadline: 2017-02-28
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, schema_findings
from goals_as_code.source.document import Document

CODE = "V005"
NAME = "invalid-date"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return schema_findings(doc, ctx, "format")
