"""The reference goal passes every rule in both languages; a broken one is told in the language."""

from __future__ import annotations

import datetime

import pytest

from goals_as_code.markdown import parse
from goals_as_code.source import acceptance

from ..lint import GOALS, LANGS, goal, problems

MARCH = datetime.date(2017, 3, 31)


def accepted(text: str) -> str:
    """``text`` with its manager's acceptance and its owner's agreement recorded, as 'goals
    accept' and 'goals agree' write them."""
    doc = parse(text, "goals/file0.md")
    fingerprint = acceptance.fingerprint(doc.data, doc.statement)
    block = acceptance.Accepted("erik@example.com", "2017-01-10", fingerprint)
    agreed = acceptance.Accepted("anna@example.com", "2017-01-10", fingerprint)
    return acceptance.write(acceptance.write(text, block), agreed, acceptance.AGREED)


# the organisation goal the reference goal serves (no-parent asks every personal goal for one)
COMPANY = """\
---
id: customer-satisfaction-2017
kind: goal
owner: erik@example.com
top: true
---
# Vi ska öka kundnöjdheten från 70 till 80 under 2017
"""


def serving(text: str) -> str:
    return text.replace("status: active", "parent: customer-satisfaction-2017\nstatus: active")


@pytest.mark.parametrize("lang", LANGS)
def test_the_reference_goal_passes_every_rule(lang: str) -> None:
    found = problems(accepted(serving(GOALS[lang])), COMPANY, lang=lang, today=MARCH)
    assert found == []
    # neither the manager has accepted it nor the owner agreed to it: all that is missing
    found = problems(serving(GOALS[lang]), COMPANY, lang=lang, today=MARCH)
    assert [p.code for p in found] == ["A004", "A008"]
    # and, alone, it serves no organisation goal
    alone = problems(accepted(GOALS[lang]), lang=lang, today=MARCH)
    assert [(p.line, p.code) for p in alone] == [(3, "L006")]


def test_messages_follow_the_language() -> None:
    broken = goal("sv", None, ("manager: erik@example.com\n", ""), ("deadline: 2017-06-30\n", ""))
    english = problems(broken, lang="en", today=MARCH)
    swedish = problems(broken, lang="sv", today=MARCH)
    assert [(p.line, p.code) for p in english] == [
        (3, "L006"),
        (3, "T001"),
        (4, "A002"),
        (14, "A008"),
    ]
    assert [(p.line, p.code) for p in swedish] == [(p.line, p.code) for p in english]
    assert "målet saknar tidpunkt" in swedish[1].message
    assert "the goal has no deadline" in english[1].message
