"""A statement is not written in the first person ("jag ska", "I will"), or one person's goal
says "vi"/"we".

## What it does
Reads the statement of a goal, activity or behaviour and reports it when it has no first-person
subject: "jag", "vi", "I", "we" (and their forms: "min", "vår", "my", "our", ...). A statement
of one person ("Vi skall ...", "We will ..." on a goal with one owner) is reported too: "vi" and
"we" belong to a team's statements, those whose `owner` is a team (not an e-mail address) or
that say `shared: true`. KPIs are measures, not commitments, and are not checked.

## Why is this bad?
A goal is an agreement that someone takes on. Written in the first person ("jag-form"), it says who
commits to it, and it is much harder to accept a goal on somebody else's behalf. "We" on one
person's goal hides who that is: the owner commits for the team, or the team for the owner. It
is the A (Accepted) of SMART as the statement can show it.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
---
# Svarstiden på kundservicemail ska sänkas från 48 till 24 timmar till den 30 juni 2017
```

```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
---
# Vi skall sänka svarstiden på kundservicemail från 48 till 24 timmar till den 30 juni 2017
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

```markdown
---
id: customer-satisfaction-2017
kind: goal
owner: erik@example.com
shared: true
---
# We will raise the share of satisfied customers from 80 % to 90 % during 2017
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
---
# Svarstiden på kundservicemail ska sänkas från 48 till 24 timmar till den 30 juni 2017
```

```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
---
# Vi skall sänka svarstiden på kundservicemail från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
---
# Jag ska sänka svarstiden på kundservicemail från 48 till 24 timmar till den 30 juni 2017
```

```markdown
---
id: kundnojdhet-2017
kind: goal
owner: erik@example.com
shared: true
---
# Vi ska höja andelen nöjda kunder från 80 % till 90 % under 2017
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, statement_line
from goals_as_code.check.rules._common import is_team
from goals_as_code.classify import analyse
from goals_as_code.i18n.messages import C_, N_
from goals_as_code.source.document import Document

CODE = "A001"
NAME = "not-first-person"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "the {kind} is not written in the first person (A); start it with 'I will', "
    "e.g. '# I will cut the reply time ...'"
)
TEAM = N_(
    "the {kind} is not written in the first person (A); start it with 'We will', "
    "e.g. '# We will raise the share of satisfied customers ...'"
)
ONE_PERSON = N_(
    "the {kind} says 'we' but is one person's (A); write it as the owner's commitment, "
    "'I will ...', or mark a team's statement with 'shared: true'"
)
KINDS = {
    "goal": C_("definite", "goal"),
    "activity": C_("definite", "activity"),
    "behaviour": C_("definite", "behaviour"),
}
PLURAL = frozenset(["vi", "we", "we'll", "we're", "we've", "we'd"])
SINGULAR = {
    "sv": frozenset(["jag"]),
    "en": frozenset(["i", "i'll", "i'm", "i've", "i'd"]),
}
_WORDS = re.compile(r"[\w']+")


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    kind = doc.kind
    if kind not in ("goal", "activity", "behaviour") or not doc.statement:
        return
    found = analyse(doc.statement)
    if found.content_words == 0:
        return  # an empty statement is S001's to report
    team = is_team(doc)
    if not found.first_person:
        wording = TEAM if team else MESSAGES
        yield Finding(*statement_line(doc), ctx.say(wording, kind=ctx.say(KINDS[kind])))
        return
    words = set(_WORDS.findall(doc.statement.casefold().replace("\u2019", "'")))
    singular = SINGULAR["sv"] | (SINGULAR["en"] if found.lang == "en" else frozenset())
    if not team and words & PLURAL and not words & singular:
        yield Finding(*statement_line(doc), ctx.say(ONE_PERSON, kind=ctx.say(KINDS[kind])))
