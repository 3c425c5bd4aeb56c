"""The file has more than one H1 heading.

## What it does
Finds a second first-level heading in a statement file.

## Why is this bad?
One file holds one statement, so that it has one id, one owner and one history. A second H1 is
either a second statement (give it a file of its own) or a section (make it `##`).

## Example
```markdown
# I will cut the reply time

# I will answer every call
```

## Use instead
```markdown
# I will cut the reply time

## Activities
```

## Example (sv)
```markdown
# Jag ska korta svarstiden

# Jag ska svara på varje samtal
```

## Use instead (sv)
```markdown
# Jag ska korta svarstiden

## Aktiviteter
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, issues_of
from goals_as_code.source.document import Document

CODE = "F010"
NAME = "second-statement"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return issues_of(doc, ctx, "second-statement")
