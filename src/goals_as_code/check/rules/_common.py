"""Helpers that more than one rule needs, so that no rule imports another."""

from __future__ import annotations

import re

from goals_as_code.classify import analyse

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
