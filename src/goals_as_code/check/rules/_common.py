"""Helpers that more than one rule needs, so that no rule imports another."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from goals_as_code.classify import analyse
from goals_as_code.i18n.messages import N_

if TYPE_CHECKING:
    from goals_as_code.check.rules._base import Context
    from goals_as_code.history.provenance import Record
    from goals_as_code.source.document import Document

# words that promise a change without saying how much (the classifier knows a few more)
VAGUE = re.compile(
    r"\b(better|more|fewer|less|faster|quicker|improve[sd]?|improving|enhance|optimi[sz]e|"
    r"bättre|fler|mer|mera|färre|mindre|snabbare|förbättra[rs]?|effektivisera|optimera)\b",
    re.IGNORECASE,
)


def vague(statement: str) -> str | None:
    """The vague word of ``statement`` when no quantity backs it, else None (rules S002, ...)."""
    found = analyse(statement)
    if found.numbers or found.change_percent is not None or found.target is not None:
        return None
    match = VAGUE.search(statement)
    return found.vague or (match.group(0) if match else None)


# the states of an activity still to be done (not written: not begun), rules T006 and T007
OPEN_STATES = ("todo", "doing", None)


SIGNED = N_(" (the commit is signed, %G? {code}{signer}: not a good signature by {expected})")
SIGNER = N_(", by {signer}")


def not_recorded_by(
    ctx: Context,
    record: Record | None,
    expected: str,
    ident: str,
    *,
    wrong_committer: str,
    wrong_author: str,
) -> str | None:
    """Why a block (an acceptance, an agreement) was not written by ``expected``, from Git: the
    identity about to commit it, or the author of the commit that wrote it unless a good
    signature vouches for ``expected``; None when it was theirs, or when Git cannot tell."""
    from goals_as_code.history import provenance

    if record is None or record.actor is None:
        return None
    if record.pending:
        if record.actor.lower() == expected.lower():
            return None
        return ctx.say(wrong_committer, actor=record.actor, expected=expected, id=ident)
    if provenance.vouched(record, expected):
        return None
    actor = f"{record.actor_name} <{record.actor}>" if record.actor_name else record.actor
    signed = (
        ctx.say(
            SIGNED,
            expected=expected,
            code=record.signature,
            signer=ctx.say(SIGNER, signer=record.signer) if record.signer else "",
        )
        if record.signature not in ("", "N")
        else ""
    )
    sha = (record.sha or "")[:10]
    return ctx.say(wrong_author, actor=actor, sha=sha, expected=expected, signed=signed, id=ident)


def is_team(doc: Document) -> bool:
    """Whether a statement is a team's: it says ``shared: true``, or its owner is not a person
    (a team's name rather than an e-mail address)."""
    if doc.get("shared") is True:
        return True
    owner = doc.get("owner")
    return isinstance(owner, str) and "@" not in owner
