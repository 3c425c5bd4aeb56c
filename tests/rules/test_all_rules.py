"""The reference goal passes every rule in both languages; a broken one is told in the language."""

from __future__ import annotations

import datetime

import pytest

from ..lint import GOALS, LANGS, goal, problems

MARCH = datetime.date(2017, 3, 31)


@pytest.mark.parametrize("lang", LANGS)
def test_the_reference_goal_passes_every_rule(lang: str) -> None:
    assert problems(GOALS[lang], lang=lang, today=MARCH) == []


def test_messages_follow_the_language() -> None:
    broken = goal("sv", None, ("manager: erik@example.com\n", ""), ("deadline: 2017-06-30\n", ""))
    english = problems(broken, lang="en", today=MARCH)
    swedish = problems(broken, lang="sv", today=MARCH)
    assert [(p.line, p.code) for p in english] == [(3, "T001"), (4, "A002")]
    assert [(p.line, p.code) for p in swedish] == [(p.line, p.code) for p in english]
    assert "målet saknar tidpunkt" in swedish[0].message
    assert "the goal has no deadline" in english[0].message
