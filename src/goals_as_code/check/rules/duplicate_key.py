"""A key is written twice in the same mapping.

## What it does
Finds keys that appear more than once in one mapping of the front matter.

## Why is this bad?
Most YAML readers silently keep the last value, so the file says two things and means one. The
reader of the file cannot tell which one counts.

## Example
```markdown
---
owner: anna@example.com
owner: erik@example.com
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
owner: anna@example.com
owner: erik@example.com
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

CODE = "F004"
NAME = "duplicate-key"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return issues_of(doc, ctx, "duplicate-key")
