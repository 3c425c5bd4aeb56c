"""Helpers that more than one rule needs, so that no rule imports another."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

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
    from goals_as_code.classify import analyse  # the classifier: only when a rule asks it

    found = analyse(statement)
    if found.numbers or found.change_percent is not None or found.target is not None:
        return None
    match = VAGUE.search(statement)
    return found.vague or (match.group(0) if match else None)


# the states of an activity still to be done (not written: not begun), rules T006 and T007
OPEN_STATES = ("todo", "doing", None)


SIGNED = N_(" (the commit is signed, %G? {code}{signer}: not a good signature by {expected})")
SIGNER = N_(", by {signer}")
BLOCK_WORDS = {"accepted": N_("the acceptance"), "agreed": N_("the agreement")}
VERBS = {"accepted": "accept", "agreed": "agree"}
COMMITTED_BY_OTHER = N_(
    "{block} was written in commit {sha}, authored by {actor} but committed by {committer}: "
    "someone other than {expected} made or rewrote that commit ('--author', '--amend', a "
    "rebase); ask {expected} to record it again ('goals {verb} {id} --commit')"
)
BORROWED_ADDRESS = N_(
    "{block} was written in commit {sha} by {actor}: {expected}'s address under the name "
    "{other} commits under; the address may be borrowed ('git -c user.email=...'): ask "
    "{expected} to record it again in a signed commit ('git commit -S')"
)
UNSIGNED_COMMIT = N_(
    "{block} was written in commit {sha} by {actor}, without a good signature by a key listed "
    "for {expected} in {signers}{signed}; this repository requires signatures "
    "('require-signatures'): ask {expected} to record it in a signed commit ('goals {verb} "
    "{id} --commit' with 'git config commit.gpgsign true')"
)
UNSIGNED_PENDING = N_(
    "{block} is being committed without a signature, and this repository requires signatures "
    "('require-signatures'): commit it signed ('git commit -S', or 'git config commit.gpgsign "
    "true' with a signing key listed for {expected} in {signers})"
)
NO_SIGNERS = N_("(no allowed-signers file)")


def not_recorded_by(
    ctx: Context,
    record: Record | None,
    expected: str,
    ident: str,
    *,
    wrong_committer: str,
    wrong_author: str,
    block: str = "accepted",
) -> str | None:
    """Why a block (an acceptance, an agreement) was not written by ``expected``, from Git: the
    identity about to commit it, or the commit that wrote it unless a good signature by a key
    listed for ``expected`` vouches for it (``provenance.doubt``); None when it was theirs, or
    when Git cannot tell."""
    from goals_as_code.history import provenance

    if record is None or record.actor is None:
        return None
    require, _ = provenance.required(ctx.tree)
    found = provenance.doubt(record, expected, require)
    if found is None:
        return None
    config = ctx.tree.config
    signers = (
        str(config.allowed_signers)
        if config is not None and config.allowed_signers
        else ctx.say(NO_SIGNERS)
    )
    words = {
        "block": ctx.say(BLOCK_WORDS[block]),
        "verb": VERBS[block],
        "expected": expected,
        "id": ident,
        "signers": signers,
    }
    if record.pending:
        if found == provenance.UNSIGNED:
            return ctx.say(UNSIGNED_PENDING, **words)
        return ctx.say(wrong_committer, actor=record.actor, expected=expected, id=ident)
    actor = f"{record.actor_name} <{record.actor}>" if record.actor_name else record.actor
    sha = (record.sha or "")[:10]
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
    if found == provenance.UNSIGNED:
        return ctx.say(UNSIGNED_COMMIT, actor=actor, sha=sha, signed=signed, **words)
    if found == provenance.COMMITTER:
        committer = (
            f"{record.committer_name} <{record.committer}>"
            if record.committer_name
            else str(record.committer)
        )
        return ctx.say(COMMITTED_BY_OTHER, actor=actor, sha=sha, committer=committer, **words)
    if found == provenance.ALIAS:
        return ctx.say(BORROWED_ADDRESS, actor=actor, sha=sha, other=record.alias, **words)
    return ctx.say(wrong_author, actor=actor, sha=sha, expected=expected, signed=signed, id=ident)


def is_team(doc: Document) -> bool:
    """Whether a statement is a team's: it says ``shared: true``, or its owner is not a person
    (a team's name rather than an e-mail address)."""
    if doc.get("shared") is True:
        return True
    owner = doc.get("owner")
    return isinstance(owner, str) and "@" not in owner
