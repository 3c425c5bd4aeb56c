"""The front matter is not valid YAML (or the file is not UTF-8).

## What it does
Reports the first YAML syntax error in the front matter with its line and column; front matter
nested more than 64 levels deep; and a file that cannot be read: not UTF-8, not a regular file (a
pipe or a device), or a file the tool failed on.

## Why is this bad?
A file that cannot be read cannot be checked, and other tools will misread it too.

## Example
```markdown
---
id: faster-replies
owner: [anna@example.com
---
```

## Use instead
```markdown
---
id: faster-replies
owner: anna@example.com
---
```

## Example (sv)
```markdown
---
id: snabbare-svar
owner: [anna@example.com
---
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
owner: anna@example.com
---
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, issues_of
from goals_as_code.source.document import Document

CODE = "F003"
NAME = "yaml-syntax"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return issues_of(doc, ctx, "syntax", "encoding", "depth", "internal")
