"""A `suppress` entry names no rule.

## What it does
Checks that each key of the front matter's `suppress` map is the code (`T001`) or the name
(`missing-deadline`) of a rule; see `goals rules` for the list.

It also reports an entry that names a rule of the acceptance gate (A004-A010, C006, C008,
C010: missing, stale or unverified acceptances and agreements, a changed parent or manager).
A goal cannot switch those off in its own front matter: the change under review would switch off
its own check. They still run, and only the configuration re-levels them, which `goals review`
judges by the base's rules and flags when a branch changes it.

## Why is this bad?
A typo in a suppression suppresses nothing, silently: the problem it meant to accept keeps being
reported, or worse, the author believes a rule is off that is not.

## Example
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
suppress:
  missing-dedline: "the date is set at the kick-off meeting"
---
# I will cut the reply time to my customer emails from 48 to 24 hours
```

## Use instead
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
suppress:
  missing-deadline: "the date is set at the kick-off meeting"
---
# I will cut the reply time to my customer emails from 48 to 24 hours
```

## Example (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
suppress:
  missing-dedline: "datumet bestäms på uppstartsmötet"
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar
```

## Use instead (sv)
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
suppress:
  missing-deadline: "datumet bestäms på uppstartsmötet"
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar
```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import GATES, Context, Finding
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document
from goals_as_code.source.text import did_you_mean

CODE = "F012"
NAME = "unknown-suppression"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

MESSAGES = N_("'suppress: {key}' names no rule{hint}; use a code or name from 'goals rules'")
HINT = N_(" (did you mean '{close}'?)")
GATE = N_(
    "'suppress: {key}' cannot switch off {code} ({name}): the acceptance cannot be switched off "
    "by the goal it guards; remove the entry, and record the acceptance or the agreement again "
    "('goals accept' / 'goals agree')"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    suppress = doc.get("suppress")
    if not isinstance(suppress, Mapping):
        return
    for key in suppress:
        code = str(key).upper() if str(key).upper() in GATES else GATE_NAMES.get(str(key).lower())
        if code is not None:
            said = ctx.say(GATE, key=key, code=code, name=_gate_name(code))
            yield Finding(*doc.position("suppress", key), said)
            continue
        if str(key).upper() in ctx.rule_names or str(key).lower() in ctx.rule_names:
            continue
        close = did_you_mean(str(key), sorted(ctx.rule_names))
        hint = ctx.say(HINT, close=close[0]) if close else ""
        yield Finding(*doc.position("suppress", key), ctx.say(MESSAGES, key=key, hint=hint))


GATE_NAMES = {
    "missing-acceptance": "A004",
    "stale-acceptance": "A005",
    "acceptance-not-by-manager": "A006",
    "changed-parent": "A007",
    "missing-agreement": "A008",
    "stale-agreement": "A009",
    "agreement-not-by-owner": "A010",
    "acceptance-by-other": "C006",
    "agreement-by-other": "C008",
    "manager-changed": "C010",
    "setup-changed": "C011",
}


def _gate_name(code: str) -> str:
    return next(name for name, found in GATE_NAMES.items() if found == code)
