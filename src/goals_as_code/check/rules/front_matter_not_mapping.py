"""The front matter is empty, or a list or a single value instead of `key: value` fields.

## What it does
Finds front matter that does not hold a mapping.

## Why is this bad?
The fields of a statement are named; a list or a lone value has no names to check.

## Example
```markdown
---
- anna@example.com
- erik@example.com
---
```

## Use instead
```markdown
---
owner: anna@example.com
manager: erik@example.com
---
```

## Example (sv)
```markdown
---
- anna@example.com
- erik@example.com
---
```

## Use instead (sv)
```markdown
---
owner: anna@example.com
manager: erik@example.com
---
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, issues_of
from goals_as_code.source.document import Document

CODE = "F008"
NAME = "front-matter-not-mapping"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return issues_of(doc, ctx, "not-mapping")
