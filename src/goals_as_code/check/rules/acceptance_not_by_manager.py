"""An acceptance that the goal's manager did not record.

## What it does
Checks who accepted a goal. `accepted.by` must be the goal's `manager`. In a Git repository, the
commit that wrote the `accepted` block must be authored by that manager, or carry a good
signature (`git log --format=%G?`) whose signer names the manager's address. Before a commit,
as in the pre-commit hook, a new or changed `accepted` block is compared with the identity that
is about to commit (`GIT_COMMITTER_EMAIL`, else `git config user.email`). The message names who
recorded it.

An administrator may accept on the manager's behalf with `goals accept ID --as MANAGER`, which
records the administrator in `accepted.as`; that is reported unless the administrator is listed
in this rule's `admins` option.

## Why is this bad?
An acceptance is worth what its author is: an owner who writes `accepted: {by: <manager>}` into
her own goal has accepted it herself, and the file looks agreed when it is not.

## Example
The owner recorded the acceptance herself:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
status: active
accepted:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:d4b2d6c3f8306ed38195e8ae4f471a3c73178079a490dfe22914a4bae120f5cd
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:d4b2d6c3f8306ed38195e8ae4f471a3c73178079a490dfe22914a4bae120f5cd
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```

## Use instead
The manager runs `goals accept faster-replies --commit`, which records him and commits as him:
```markdown
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: hours, direction: decrease, baseline: 48, target: 24}
status: active
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:d4b2d6c3f8306ed38195e8ae4f471a3c73178079a490dfe22914a4bae120f5cd
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:d4b2d6c3f8306ed38195e8ae4f471a3c73178079a490dfe22914a4bae120f5cd
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017
```
The same block committed by anna@example.com is reported too: the commit's author counts, not
what the block says.

## Options
- `admins` (list of e-mail addresses, default none): who may accept on a manager's behalf.

## Example (sv)
Ägaren skrev själv in godkännandet:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
status: active
accepted:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:6be3f1dede84b6b89acd7203c010fcfe8d81806532fff7234ffb1cf082e3bf68
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:6be3f1dede84b6b89acd7203c010fcfe8d81806532fff7234ffb1cf082e3bf68
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```

## Use instead (sv)
Chefen kör `goals accept snabbare-svar --commit`, som skriver in honom och gör commit i hans namn:
```markdown
---
id: snabbare-svar
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-06-30
metric: {unit: timmar, direction: decrease, baseline: 48, target: 24}
status: active
accepted:
  by: erik@example.com
  on: 2017-01-05
  fingerprint: sha256:6be3f1dede84b6b89acd7203c010fcfe8d81806532fff7234ffb1cf082e3bf68
agreed:
  by: anna@example.com
  on: 2017-01-05
  fingerprint: sha256:6be3f1dede84b6b89acd7203c010fcfe8d81806532fff7234ffb1cf082e3bf68
---
# Jag ska korta svarstiden på mina kundmejl från 48 till 24 timmar till den 30 juni 2017
```
Samma block i en commit av anna@example.com rapporteras också: det är commitens författare som
räknas, inte vad blocket säger.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from goals_as_code.check.problem import Severity
from goals_as_code.check.rules._base import Context, Finding
from goals_as_code.check.rules._common import not_recorded_by
from goals_as_code.history import provenance
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

CODE = "A006"
NAME = "acceptance-not-by-manager"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {"admins": []}

NOT_MANAGER = N_(
    "accepted by {by}, but the goal's manager is {manager}; only the "
    "manager accepts a goal: ask {manager} to run 'goals accept {id}'"
)
NOT_ADMIN = N_(
    "accepted by {acting} on behalf of {by}, but {acting} is not among "
    "the admins of rule {code}; ask {by} to accept the goal, or add "
    "{acting} to 'admins'"
)
WRONG_AUTHOR = N_(
    "the acceptance was recorded by {actor} in commit {sha}, not by "
    "{expected}{signed}; ask {expected} to accept the goal ('goals "
    "accept {id} --commit')"
)
WRONG_COMMITTER = N_(
    "this acceptance is being committed by {actor}, not by {expected}; "
    "only {expected} records it: ask them to run 'goals accept {id} "
    "--commit'"
)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    block = doc.get("accepted")
    if doc.kind != "goal" or not isinstance(block, Mapping):
        return
    by, acting, manager = block.get("by"), block.get("as"), doc.get("manager")
    if not isinstance(by, str):
        return  # the schema rules report it
    line, column = doc.position("accepted")
    ident = doc.id or "ID"
    if isinstance(manager, str) and by.lower() != manager.lower():
        yield Finding(line, column, ctx.say(NOT_MANAGER, by=by, manager=manager, id=ident))
    admins = [str(admin).lower() for admin in ctx.options.get("admins") or []]
    if isinstance(acting, str) and acting.lower() not in admins:
        yield Finding(line, column, ctx.say(NOT_ADMIN, acting=acting, by=by, code=CODE))
    expected = acting if isinstance(acting, str) else by
    said = not_recorded_by(
        ctx,
        provenance.record(ctx.tree, doc),
        expected,
        ident,
        wrong_committer=WRONG_COMMITTER,
        wrong_author=WRONG_AUTHOR,
    )
    if said is not None:
        yield Finding(line, column, said)
