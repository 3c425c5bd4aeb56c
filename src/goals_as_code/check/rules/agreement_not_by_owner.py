"""An agreement that the goal's owner did not record.

## What it does
Checks who agreed to a goal. `agreed.by` must be the goal's `owner`. In a Git repository, the
commit that wrote the `agreed` block must be authored by that owner, or carry a good signature
(`git log --format=%G?`) whose signer names the owner's address. Before a commit, as in the
pre-commit hook, a new or changed `agreed` block is compared with the identity that is about to
commit (`GIT_COMMITTER_EMAIL`, else `git config user.email`). The message names who recorded
it. Nobody agrees on the owner's behalf.

## Why is this bad?
An agreement is worth what its author is: a manager who writes `agreed: {by: <owner>}` into
the goal he set for her has agreed for her, and the goal looks agreed by both when only he did.

## Example
The manager recorded the owner's agreement:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
status: active
agreed:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:d4b2d6c3f8306ed38195e8ae4f471a3c73178079a490dfe22914a4bae120f5cd
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
The owner runs `goals agree faster-replies --commit`, which records her and commits as her:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
status: active
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:d4b2d6c3f8306ed38195e8ae4f471a3c73178079a490dfe22914a4bae120f5cd
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```
The same block committed by erik@example.com is reported too: the commit's author counts, not
what the block says.

## Example (sv)
Chefen skrev in ägarens samtycke:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
status: active
agreed:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:6be3f1dede84b6b89acd7203c010fcfe8d81806532fff7234ffb1cf082e3bf68
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
Ägaren kör `goals agree snabbare-svar --commit`, som skriver in henne och gör commit i hennes namn:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
status: active
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:6be3f1dede84b6b89acd7203c010fcfe8d81806532fff7234ffb1cf082e3bf68
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
Samma block i en commit av erik@example.com rapporteras också: committens författare räknas, inte
vad blocket säger.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.check.rules._common import not_recorded_by
from goals_as_code.history import provenance
from goals_as_code.i18n.messages import N_
from goals_as_code.source import acceptance
from goals_as_code.source.document import Document

CODE = "A010"
NAME = "agreement-not-by-owner"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}

NOT_OWNER = N_(
    "agreed by {by}, but the goal's owner is {owner}; only the owner "
    "agrees to a goal: ask {owner} to run 'goals agree {id}'"
)
WRONG_AUTHOR = N_(
    "the agreement was recorded by {actor} in commit {sha}, not by "
    "{expected}{signed}; ask {expected} to agree to the goal ('goals "
    "agree {id} --commit')"
)
WRONG_COMMITTER = N_(
    "this agreement is being committed by {actor}, not by {expected}; "
    "only {expected} records it: ask them to run 'goals agree {id} "
    "--commit'"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    block = doc.get(acceptance.AGREED)
    if doc.kind != "goal" or not isinstance(block, Mapping):
        return
    by, owner = block.get("by"), doc.get("owner")
    if not isinstance(by, str):
        return  # the schema rules report it
    line, column = doc.position(acceptance.AGREED)
    ident = doc.id or "ID"
    if isinstance(owner, str) and by.lower() != owner.lower():
        yield Finding(line, column, ctx.say(NOT_OWNER, by=by, owner=owner, id=ident))
    said = not_recorded_by(
        ctx,
        provenance.record(ctx.tree, doc, acceptance.AGREED, by),
        by,
        ident,
        wrong_committer=WRONG_COMMITTER,
        wrong_author=WRONG_AUTHOR,
        block=acceptance.AGREED,
    )
    if said is not None:
        yield Finding(line, column, said)
