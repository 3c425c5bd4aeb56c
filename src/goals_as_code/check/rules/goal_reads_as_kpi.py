"""A goal's statement reads as a KPI: a measure, with no level to reach.

## What it does
Classifies the statement of each `kind: goal` and reports it when it only names a measure
("Antal kundmöten/vecka", "Vinstmarginal", "Support calls per day").

## Why is this bad?
A KPI (nyckeltal) is a measure used to follow and compare; it says nothing about where it shall
be or by when. A goal can use a KPI: say how far it shall move and by when, and name the KPI in
the goal's `kpi:` field.

## Options
- `threshold` (default `0.85`): how sure the classifier must be (its score for the other kind,
  0-1) before this rule reports; a statement that reads as "unclear" is never reported.

## Example
```markdown
---
id: customer-meetings
kind: goal
owner: anna@example.com
---
# Antal kundmöten/vecka
```

## Use instead
```markdown
---
id: customer-meetings
kind: goal
owner: anna@example.com
---
# Jag ska öka antalet kundmöten från 4 till 6 per vecka under 2017
```

## Example (sv)
```markdown
---
id: kundmoten
kind: goal
owner: anna@example.com
---
# Antal kundmöten/vecka
```

## Use instead (sv)
```markdown
---
id: kundmoten
kind: goal
owner: anna@example.com
---
# Jag ska öka antalet kundmöten från 4 till 6 per vecka under 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules import _reads_as
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.check.rules._reads_as import reads_as
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "G003"
NAME = "goal-reads-as-kpi"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = dict(_reads_as.OPTIONS)

MESSAGES = N_(
    "this goal reads as a KPI, a measure with no level to reach "
    "({reasons}); make it a 'kind: kpi', or say where the measure shall "
    "be and by when (e.g. 'I will raise ... from 4 to 6 a week by 30 "
    "June 2017')"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return reads_as(doc, ctx, "kpi", MESSAGES)
