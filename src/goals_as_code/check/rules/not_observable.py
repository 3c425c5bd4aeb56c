"""A behaviour names an inner state, not something others can see or hear.

## What it does
Reports a behaviour whose statement says how one feels or what one is like inside, by a short list
of cues: a feeling verb after "I" ("I like", "I enjoy", "I feel"; "jag gillar", "jag trivs",
"jag känner") or an attitude after a form of *be* ("I am positive", "be engaged"; "Jag är
positiv", "vara engagerad"). The cue found is named in the message. "Jag är positiv" is reported,
"Jag ger varje kund ett svar samma dag" is not.

## Why is this bad?
A behaviour is conduct that others can perceive: what one says or does, again and again. An inner
state cannot be seen, so nobody can follow it up or give feedback on it, and two people will
disagree on whether it was met. Name the conduct that shows the attitude.

## Example
```markdown
---
id: positive-with-customers
kind: behaviour
owner: anna@example.com
goal: faster-replies
frequency: daily
---
# I like my customers
```

## Use instead
```markdown
---
id: greet-customers
kind: behaviour
owner: anna@example.com
goal: faster-replies
frequency: each customer contact
---
# I greet each customer by name and thank them for getting in touch
```

## Example (sv)
```markdown
---
id: positiv-mot-kunder
kind: behaviour
owner: anna@example.com
goal: snabbare-svar
frequency: daily
---
# Jag gillar mina kunder
```

## Use instead (sv)
```markdown
---
id: halsa-pa-kunder
kind: behaviour
owner: anna@example.com
goal: snabbare-svar
frequency: varje kundkontakt
---
# Jag hälsar på varje kund med namn och tackar för att de hörde av sig
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding, statement_line
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "G005"
NAME = "not-observable"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

MESSAGES = N_(
    "'{cue}' is an inner state, not something others can see or hear (behaviour); name what you "
    "say or do, e.g. 'I greet each customer by name'"
)

# Feeling verbs, after the first person (one adverb may come between: "I really like"). Swedish
# "känner" is left out: "Jag känner alla kunder" is knowing, not feeling ("känner mig" is below).
FEELING_VERBS = (
    "like likes love loves enjoy enjoys feel feels care cares appreciate appreciates "
    "gillar gilla älskar älska trivs trivas uppskattar uppskatta bryr"
)
# Attitudes, after a form of be, become or feel ("I am positive", "vara engagerad").
ATTITUDES = (
    "positive engaged motivated committed passionate enthusiastic happy glad satisfied proud "
    "confident curious interested dedicated optimistic eager "
    "positiv positiva engagerad engagerade motiverad motiverade glad glada nöjd nöjda stolt "
    "stolta nyfiken nyfikna intresserad intresserade entusiastisk entusiastiska hängiven "
    "hängivna optimistisk optimistiska"
)
BE = "am is are be being become stay remain feel feels är vara bli blir förbli känner känna"
SUBJECTS = "i we jag vi"
ADVERBS = "really truly always genuinely also verkligen alltid också uppriktigt"


def _words(text: str) -> str:
    return "|".join(sorted(text.split(), key=len, reverse=True))


_ADVERB = rf"(?:(?:{_words(ADVERBS)})\s+)?"
CUES = re.compile(
    rf"\b(?P<verb>(?:{_words(SUBJECTS)})\s+{_ADVERB}(?:{_words(FEELING_VERBS)}))\b"
    rf"|\b(?P<attitude>(?:{_words(BE)})\s+(?:mig\s+)?{_ADVERB}(?:{_words(ATTITUDES)}))\b",
    re.IGNORECASE,
)


def cue(statement: str) -> str | None:
    """The words of ``statement`` that name an inner state, or None."""
    found = CUES.search(statement)
    return found.group(0) if found else None


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    if doc.kind != "behaviour" or not doc.statement:
        return
    found = cue(doc.statement)
    if found is not None:
        yield Finding(*statement_line(doc), ctx.say(MESSAGES, cue=found))
