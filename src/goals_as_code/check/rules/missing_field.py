"""A required field is missing from the front matter.

## What it does
Checks the front matter against the schema of its kind and reports each required field that is
missing (`id`, `kind` and `owner` for every kind).

## Why is this bad?
Without an id a statement cannot be referred to; without a kind it cannot be checked; without an
owner nobody is accountable.

## Example
```markdown
---
kind: goal
owner: anna@example.com
---
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
---
```

## Example (sv)
```markdown
---
kind: goal
owner: anna@example.com
---
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
---
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, schema_findings
from goals_as_code.source.document import Document

CODE = "V001"
NAME = "missing-field"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return schema_findings(doc, ctx, "required")
