"""The front matter uses a YAML tag, or a key that is not a plain word.

## What it does
Finds explicit tags such as `!!python/object` or `!!timestamp`, and keys that are lists or
mappings.

## Why is this bad?
Tags can make a YAML reader build objects or run code, and change the type of a value silently.
Front matter holds plain text, numbers, true/false, lists and mappings only.

## Example
```markdown
---
deadline: !!timestamp 2017-06-30
---
```

## Use instead
```markdown
---
deadline: 2017-06-30
---
```

## Example (sv)
```markdown
---
deadline: !!timestamp 2017-06-30
---
```

## Use instead (sv)
```markdown
---
deadline: 2017-06-30
---
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, issues_of
from goals_as_code.source.document import Document

CODE = "F006"
NAME = "yaml-tag"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return issues_of(doc, ctx, "tag", "key-type")
