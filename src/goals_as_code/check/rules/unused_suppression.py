"""A `suppress` entry switches off a rule that reports nothing in this file.

## What it does
After all rules have run on a file, reports each entry of its `suppress` map whose rule is active
but found nothing to suppress. (Entries for rules that the configuration switches off are left
alone.)

## Why is this bad?
A suppression is an exception, written with its reason. Once the file is fixed, a stale one only
hides the next real problem of that kind. Remove it.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
deadline: 2017-06-30
suppress:
  missing-deadline: "the date is set at the kick-off meeting"
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
deadline: 2017-06-30
suppress:
  missing-deadline: "datumet bestäms på uppstartsmötet"
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
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "F011"
NAME = "unused-suppression"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "'suppress: {key}' is not needed: {code} ({name}) reports nothing here; remove the entry"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    # The checker reports unused suppressions itself (with ``unused``): only it knows what the
    # other rules found in this file.
    return iter(())


def unused(doc: Document, ctx: Context, key: str, code: str, name: str) -> Finding:
    """The finding for the entry ``key`` of ``suppress`` that suppressed nothing."""
    return Finding(*doc.position("suppress", key), ctx.say(MESSAGES, key=key, code=code, name=name))
