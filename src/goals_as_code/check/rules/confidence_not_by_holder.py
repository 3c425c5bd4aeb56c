"""A confidence value that its holder did not write.

## What it does
Checks who last changed each confidence value: `confidence.owner` must be written by the goal's
`owner`, `confidence.manager` by its `manager`. In a Git repository, the commit after which the
value is the one in the file must be authored by its holder, or carry a good signature
(`git log --format=%G?`) whose signer names the holder's address. Before a commit, as in the
pre-commit hook, a new or changed value is compared with the identity that is about to commit
(`GIT_COMMITTER_EMAIL`, else `git config user.email`). Outside Git nothing is reported: the file
alone cannot tell who typed a number. A goal still being set (`draft` or `proposed`) is left
alone: one person often drafts both values; from `active` on, each value is its holder's.

## Why is this bad?
Realistic means that both believe the goal will be reached, each in their own words. A manager
who types the owner's confidence into the goal he set for her, or an owner who writes her
manager's, makes one person's belief look like two.

## Example
Written by the manager, Erik Eriksson <erik@example.com>, her confidence included:
```markdown author="Erik Eriksson <erik@example.com>"
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
confidence: {owner: 0.8, manager: 0.7}
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
Each writes their own: the manager his value, the owner hers, in their own commits:
```markdown author="Erik Eriksson <erik@example.com>"
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
confidence: {manager: 0.7}
status: active
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Example (sv)
Skrivet av chefen, Erik Eriksson <erik@example.com>, hennes tilltro inräknad:
```markdown author="Erik Eriksson <erik@example.com>"
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
confidence: {owner: 0.8, manager: 0.7}
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
Var och en skriver sitt eget: chefen sitt värde, ägaren sitt, i egna commits:
```markdown author="Erik Eriksson <erik@example.com>"
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
confidence: {manager: 0.7}
status: active
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.history import provenance
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "R006"
NAME = "confidence-not-by-holder"
SEVERITY: Severity = "warning"
OPTIONS: dict[str, object] = {}

HOLDERS = ("owner", "manager")  # confidence.<holder> is written by the goal's <holder>

WRONG_AUTHOR = N_(
    "confidence.{holder} {value} was written by {actor} in commit {sha}, "
    "not by the {holder}, {expected}; only {expected} says how much they "
    "believe in the goal"
)
WRONG_COMMITTER = N_(
    "confidence.{holder} {value} is being committed by {actor}, not by the "
    "{holder}, {expected}; only {expected} says how much they believe in "
    "the goal"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    if doc.kind != "goal" or doc.get("status") in ("draft", "proposed"):
        return
    for holder in HOLDERS:
        value, expected = doc.get("confidence", holder), doc.get(holder)
        if value is None or not isinstance(expected, str) or not expected:
            continue
        record = provenance.record(ctx.tree, doc, f"confidence.{holder}", expected)
        if record is None or record.actor is None:
            continue
        line, column = doc.value_position("confidence", holder)
        values = {"holder": holder, "value": value, "expected": expected}
        if record.pending:
            if record.actor.lower() != expected.lower():
                yield Finding(line, column, ctx.say(WRONG_COMMITTER, actor=record.actor, **values))
            continue
        if provenance.same(record.actor, expected) or provenance.signed_by(record, expected):
            continue
        actor = f"{record.actor_name} <{record.actor}>" if record.actor_name else record.actor
        sha = (record.sha or "")[:10]
        yield Finding(line, column, ctx.say(WRONG_AUTHOR, actor=actor, sha=sha, **values))
