"""The front matter uses YAML anchors or aliases.

## What it does
Finds `&anchor` and `*alias` in front matter.

## Why is this bad?
No statement needs them, they make a file hard to read and review, and nested aliases can make a
tiny file expand to gigabytes (the 'billion laughs').

## Example
```markdown
---
owner: &me anna@example.com
manager: *me
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
owner: &me anna@example.com
manager: *me
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

CODE = "F005"
NAME = "yaml-alias"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return issues_of(doc, ctx, "alias")
