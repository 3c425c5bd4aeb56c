"""What the G001-G003 rules share: classify a goal's statement and explain the verdict."""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.rules._base import Context, Finding, statement_line
from goals_as_code.classify import classify
from goals_as_code.source.document import Document


def reads_as(doc: Document, ctx: Context, kind: str, messages: str) -> Iterator[Finding]:
    """A finding when ``doc`` is a goal whose statement reads as ``kind``."""
    if doc.kind != "goal" or not doc.statement:
        return
    verdict = classify(doc.statement)
    if verdict.kind != kind:
        return
    reasons = "; ".join(verdict.reasons_in(ctx.lang))
    yield Finding(*statement_line(doc), ctx.say(messages, reasons=reasons))
