"""The reference goal passes every rule in both languages; a broken one is told in the language."""

from __future__ import annotations

import datetime

import pytest

from goals_as_code.source import acceptance
from goals_as_code.source.document import parse

from ..lint import GOALS, LANGS, goal, problems

MARCH = datetime.date(2017, 3, 31)


def accepted(text: str) -> str:
    """``text`` with its manager's acceptance recorded, as 'goals accept' writes it."""
    doc = parse(text, "goals/file0.md")
    block = acceptance.Accepted(
        "erik@example.com", "2017-01-10", acceptance.fingerprint(doc.data, doc.statement)
    )
    return acceptance.write(text, block)


@pytest.mark.parametrize("lang", LANGS)
def test_the_reference_goal_passes_every_rule(lang: str) -> None:
    assert problems(accepted(GOALS[lang]), lang=lang, today=MARCH) == []
    # the manager has not accepted it yet: that is the one thing missing
    assert [p.code for p in problems(GOALS[lang], lang=lang, today=MARCH)] == ["A004"]


def test_messages_follow_the_language() -> None:
    broken = goal("sv", None, ("manager: erik@example.com\n", ""), ("deadline: 2017-06-30\n", ""))
    english = problems(broken, lang="en", today=MARCH)
    swedish = problems(broken, lang="sv", today=MARCH)
    assert [(p.line, p.code) for p in english] == [(3, "T001"), (4, "A002")]
    assert [(p.line, p.code) for p in swedish] == [(p.line, p.code) for p in english]
    assert "målet saknar tidpunkt" in swedish[0].message
    assert "the goal has no deadline" in english[0].message
