"""The front matter has a field that the schema of its kind does not know.

## What it does
Reports each unknown key, with the closest known key as a suggestion. Keys starting with `x-` are
free for your own use.

## Why is this bad?
A misspelt field (`dealine`) is silently ignored by everything that reads the file: the goal looks
time-bound to a person and is not to the tool.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
dealine: 2017-06-30
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
deadline: 2017-06-30
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
dealine: 2017-06-30
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
deadline: 2017-06-30
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, schema_findings
from goals_as_code.source.document import Document

CODE = "V002"
NAME = "unknown-field"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return schema_findings(doc, ctx, "unknown-key")
