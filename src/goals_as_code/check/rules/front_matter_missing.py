"""A statement file has no front matter, or it does not start on line 1.

## What it does
Every statement file starts with YAML front matter between two `---` lines on the very first line
of the file.

## Why is this bad?
Without front matter the tool cannot tell what kind of statement the file holds, who owns it or how
it is measured. Editors and markdown-it only recognise front matter that starts on line 1.

## Example
```markdown
# I will cut the reply time to 24 hours
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
---
# I will cut the reply time to 24 hours
```

## Example (sv)
```markdown
# Jag ska korta svarstiden till 24 timmar
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
---
# Jag ska korta svarstiden till 24 timmar
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, issues_of
from goals_as_code.source.document import Document

CODE = "F001"
NAME = "front-matter-missing"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return issues_of(doc, ctx, "missing", "not-first-line")
