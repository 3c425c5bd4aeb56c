"""A field holds a value that is not allowed (not one of the listed words, out of range, ...).

## What it does
Reports values outside what the schema allows: a status or direction that is not one of the listed
words, a confidence above 1, an id with spaces, a number that is not finite (`.inf`, `.nan`,
`1e999`), larger than 10^15 or, unless 0, smaller than 10^-9.

## Why is this bad?
Words the tool does not know are silently read as nothing: a goal with `status: on` has no status
at all. In YAML 1.1, `on` even means true.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
status: on
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
status: on
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, issues_of, schema_findings
from goals_as_code.source.document import Document

CODE = "V004"
NAME = "invalid-value"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    # a number out of range is found while reading: the file is not read further, this rule says why
    return itertools.chain(issues_of(doc, ctx, "number"), _schema(doc, ctx))


def _schema(doc: Document, ctx: Context) -> Iterator[Finding]:
    return schema_findings(
        doc,
        ctx,
        "enum",
        "const",
        "pattern",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "uniqueItems",
        "anyOf",
        "propertyNames",
    )
