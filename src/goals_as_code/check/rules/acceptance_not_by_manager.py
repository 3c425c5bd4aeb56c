"""An acceptance that the goal's manager did not record.

## What it does
Checks who accepted a goal. `accepted.by` must be the goal's `manager`. In a Git repository, the
commit that wrote the `accepted` block must be authored by that manager, or carry a good
signature (`git log --format=%G?` says `G`) whose signer is exactly the manager's address, by a
key the repository's allowed-signers file lists for them. Before a commit,
as in the pre-commit hook, a new or changed `accepted` block is compared with the identity that
is about to commit (`GIT_COMMITTER_EMAIL`, else `git config user.email`). The message names who
recorded it.

An administrator may accept on the manager's behalf with `goals accept ID --as MANAGER`, which
records the administrator in `accepted.as`; that is reported unless the administrator is listed
in this rule's `admins` option.

A change of manager is a change of who may accept: the manager is a defining field, so the
acceptance goes stale, and the new manager's acceptance counts only when the previous manager
made the change (authored the commit that changed `manager:`), or when the new manager's
acceptance carries a good signature by a key listed for them in the allowed-signers file, as
the `manager-change` option says.

The commit that wrote the block must also be committed by who authored it (a commit made with
`--author`, amended or rebased by someone else is reported with both names), and must not carry
the manager's address under the name the owner commits under. With `require-signatures = true`
in the configuration, only a good signature by a key listed for the manager in the
`allowed-signers` file counts. See docs/acceptance.md for what each of these proves.

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
- `manager-change` (default `"either"`): after a change of manager, whose word makes the new
  manager's acceptance count: `"previous"` (the previous manager made the change), `"signed"`
  (the new manager signed the acceptance) or `"either"`.

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
from goals_as_code.source import acceptance, fields
from goals_as_code.source.document import Document

CODE = "A006"
NAME = "acceptance-not-by-manager"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {"admins": [], "manager-change": "either"}
MODES = ("either", "previous", "signed")

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
HANDOVER = N_(
    "the manager changed from {old} to {new} in commit {sha} by {actor}; after a change of "
    "manager the acceptance counts only {allowed}: ask {old} to make the change, or {new} to "
    "accept the goal in a signed commit"
)
ALLOWED = {
    "either": N_("when the previous manager made the change or the new one signed the acceptance"),
    "previous": N_("when the previous manager made the change"),
    "signed": N_("when the new manager signed the acceptance"),
}
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
    elif isinstance(manager, str) and by.lower() == manager.lower():
        yield from _handover(doc, ctx, manager, line, column)


def _handover(
    doc: Document, ctx: Context, manager: str, line: int, column: int
) -> Iterator[Finding]:
    """A current acceptance after a change of manager: counts when the previous manager made
    the change, or the new one signed the acceptance (the ``manager-change`` option)."""
    block = doc.get("accepted")
    if not isinstance(block, Mapping) or block.get("fingerprint") != acceptance.fingerprint(
        doc.data, doc.statement
    ):
        return  # stale: A005 says so, and a new acceptance is asked for anyway
    timeline = provenance.timeline(ctx.tree, doc)
    if timeline is None:
        return
    managers = [fields.get(version.data, "manager") for version in timeline.versions]
    previous = None
    for found in reversed(managers):
        if found != manager:
            previous = found
            break
    if not isinstance(previous, str) or not previous:
        return  # the goal has had this manager from the start
    change = provenance.record(ctx.tree, doc, "manager", previous)
    if change is None or change.actor is None:
        return
    mode = str(ctx.options.get("manager-change", "either"))
    mode = mode if mode in MODES else "either"
    handed = provenance.vouched(change, previous)
    accepted = provenance.record(ctx.tree, doc)
    signed = accepted is not None and provenance.signed_by(
        provenance.with_signature(ctx.tree, accepted), manager
    )
    if (mode != "signed" and handed) or (mode != "previous" and signed):
        return
    actor = f"{change.actor_name} <{change.actor}>" if change.actor_name else change.actor
    yield Finding(
        line,
        column,
        ctx.say(
            HANDOVER,
            old=previous,
            new=manager,
            sha=(change.sha or "")[:10] or "-",
            actor=actor,
            allowed=ctx.say(ALLOWED[mode]),
        ),
    )
