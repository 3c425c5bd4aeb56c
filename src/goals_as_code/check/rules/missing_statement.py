"""The file has no statement: no H1 heading below the front matter.

## What it does
Finds files without a first-level heading (`# ...`) in the body.

## Why is this bad?
The statement, in the first person, is the goal itself: the front matter only describes it. Keeping
it in the H1 (and not in a `title:` field) also keeps markdownlint's single-title rule quiet.

## Example
```markdown
---
id: faster-replies
kind: goal
---
Reply faster.
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
---
# I will cut the reply time from 48 to 24 hours by 30 June 2017
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
---
Svara snabbare.
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
---
# Jag ska korta svarstiden från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, issues_of
from goals_as_code.source.document import Document

CODE = "F009"
NAME = "missing-statement"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return issues_of(doc, ctx, "no-statement")
