"""A field holds the wrong type of value (text where a number belongs, ...).

## What it does
Reports values whose type the schema does not allow.

## Why is this bad?
A target written as text (`"24 hours"`) cannot be compared with the current value, so progress
cannot be computed.

## Example
```markdown
---
metric:
  target: 24 hours
---
```

## Use instead
```markdown
---
metric:
  unit: hours
  target: 24
---
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.document import Document
from goals_as_code.problem import Severity
from goals_as_code.rules._base import Context, Finding, schema_findings

CODE = "V003"
NAME = "wrong-type"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return schema_findings(doc, ctx, "type")
