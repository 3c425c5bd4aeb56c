"""A field holds the wrong type of value (text where a number belongs, ...).

## What it does
Reports values whose type the schema does not allow.

## Why is this bad?
A target written as text (`"24 hours"`) cannot be compared with the current value, so progress
cannot be computed.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
metric:
  unit: hours
  direction: decrease
  target: 24 hours
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
metric:
  unit: hours
  direction: decrease
  target: 24
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
metric:
  unit: timmar
  direction: decrease
  target: 24 timmar
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
metric:
  unit: timmar
  direction: decrease
  target: 24
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, schema_findings
from goals_as_code.source.document import Document

CODE = "V003"
NAME = "wrong-type"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return schema_findings(doc, ctx, "type")
