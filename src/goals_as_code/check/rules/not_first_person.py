"""A statement is not written in the first person ("jag ska", "I will", "vi", "we").

## What it does
Reads the statement of a goal, activity or behaviour and reports it when it has no first-person
subject: "jag", "vi", "I", "we" (and their forms: "min", "vår", "my", "our", ...). KPIs are
measures, not commitments, and are not checked.

## Why is this bad?
A goal is an agreement that someone takes on. Written in the first person ("jag-form"), it says who
commits to it, and it is much harder to accept a goal on somebody else's behalf. It is the A
(Accepted) of SMART as the statement can show it.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
---
# Svarstiden på kundservicemail ska sänkas från 48 till 24 timmar till den 30 juni 2017
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
---
# Jag ska sänka svarstiden på kundservicemail från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, statement_line
from goals_as_code.classify import analyse
from goals_as_code.source.document import Document

CODE = "A001"
NAME = "not-first-person"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGES = {
    "en": "the {kind} is not written in the first person (A); start it with 'I will' or 'We "
    "will', e.g. '# I will cut the reply time ...'",
    "sv": "{kind} är inte skrivet i jag-form (A); börja med 'Jag ska' eller 'Vi ska', t.ex. "
    "'# Jag ska sänka svarstiden ...'",
}
KINDS = {
    "en": {"goal": "goal", "activity": "activity", "behaviour": "behaviour"},
    "sv": {"goal": "målet", "activity": "aktiviteten", "behaviour": "beteendet"},
}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    kind = doc.kind
    if kind not in ("goal", "activity", "behaviour") or not doc.statement:
        return
    found = analyse(doc.statement)
    if found.first_person or found.content_words == 0:
        return  # an empty statement is S001's to report
    names = KINDS.get(ctx.lang, KINDS["en"])
    yield Finding(*statement_line(doc), ctx.say(MESSAGES, kind=names[kind]))
