"""The front matter is opened with `---` but never closed.

## What it does
Finds a file whose first line is `---` with no closing `---` line.

## Why is this bad?
Without the closing line the whole file would be read as YAML, or as nothing at all.

## Example
```markdown
---
id: faster-replies
kind: goal
# I will cut the reply time to 24 hours
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
---
# I will cut the reply time to 24 hours
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
# Jag ska korta svarstiden till 24 timmar
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
---
# Jag ska korta svarstiden till 24 timmar
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, issues_of
from goals_as_code.source.document import Document

CODE = "F002"
NAME = "front-matter-unclosed"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return issues_of(doc, ctx, "unclosed")
