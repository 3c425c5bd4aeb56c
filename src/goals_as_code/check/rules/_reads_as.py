"""What the G rules that classify a statement share: the threshold and the wording.

G001-G003 report a goal that reads as another kind; G007-G009 an activity, a behaviour or a
KPI that reads as another kind. Each fires only when the classifier is at least ``threshold``
sure (a rule option), and never on a statement that reads as "unclear".
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.check.rules._base import Context, Finding, statement_line
from goals_as_code.classify import KINDS, Classification, classify
from goals_as_code.i18n.messages import N_
from goals_as_code.source.document import Document

# Chosen from grouped cross-validation (docs/classify.md): at 0.85, about 3 in 100 real goals
# from sources never seen get a G warning, against 1 in 6 with no threshold.
THRESHOLD = 0.85
OPTIONS: dict[str, object] = {"threshold": THRESHOLD}

KIND_WORDS = {
    "goal": N_("a goal"),
    "activity": N_("an activity"),
    "behaviour": N_("a behaviour"),
    "kpi": N_("a KPI"),
}
# What each kind is, said as the reason a statement reads as it.
WHY = {
    "goal": N_("it names a result with a value of its own"),
    "activity": N_("it is work with a start and an end"),
    "behaviour": N_("it recurs and has no end"),
    "kpi": N_("it names a measure and no level"),
}


def sure_reading(doc: Document, ctx: Context) -> Classification | None:
    """The statement's classification when it reads as another kind than it is filed as,
    at least ``threshold`` sure; otherwise None."""
    if doc.kind not in KINDS or not doc.statement:
        return None
    verdict = classify(doc.statement)
    if verdict.kind not in KINDS or verdict.kind == doc.kind:
        return None
    if verdict.confidence < float(ctx.options["threshold"]):
        return None
    return verdict


def reads_as(doc: Document, ctx: Context, kind: str, messages: str) -> Iterator[Finding]:
    """A finding when ``doc`` is a goal whose statement surely reads as ``kind``."""
    if doc.kind != "goal":
        return
    verdict = sure_reading(doc, ctx)
    if verdict is None or verdict.kind != kind:
        return
    reasons = "; ".join(verdict.reasons_in(ctx.lang))
    yield Finding(*statement_line(doc), ctx.say(messages, reasons=reasons))


def filed_as(doc: Document, ctx: Context, filed: str, messages: str) -> Iterator[Finding]:
    """A finding when ``doc`` is filed as ``filed`` and its statement surely reads as another kind.

    The message names both kinds, says what the other kind is, and gives the reasons.
    """
    if doc.kind != filed:
        return
    verdict = sure_reading(doc, ctx)
    if verdict is None:
        return
    yield Finding(
        *statement_line(doc),
        ctx.say(
            messages,
            filed=filed,
            kind=verdict.kind,
            reads=ctx.say(KIND_WORDS[verdict.kind]),
            why=ctx.say(WHY[verdict.kind]),
            confidence=f"{verdict.confidence:.2f}",
            reasons="; ".join(verdict.reasons_in(ctx.lang)),
        ),
    )
