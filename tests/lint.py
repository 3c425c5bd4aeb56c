"""Run rules over statement texts in memory, as the checker runs them on a repository."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from goals_as_code.check import rules
from goals_as_code.check.checker import check_documents
from goals_as_code.check.problem import Problem
from goals_as_code.check.tree import Tree
from goals_as_code.markdown import parse

TODAY = datetime.date(2017, 9, 1)


def problems(
    text: str,
    *others: str,
    lang: str = "en",
    today: datetime.date = TODAY,
    select: tuple[str, ...] = ("ALL",),
    options: Mapping[str, Mapping[str, Any]] | None = None,
    max_front_matter: int = 65536,
) -> list[Problem]:
    """The problems of the first file, checked in a tree holding all the files."""
    docs = [
        parse(body, f"goals/file{number}.md", max_front_matter=max_front_matter)
        for number, body in enumerate((text, *others))
    ]
    active = rules.configure(select, options=options)
    return sorted(check_documents(docs[:1], Tree(docs), active, lang, today))


def hits(code: str, text: str, *others: str, **kwargs: Any) -> list[tuple[int, str]]:
    """``(line, code)`` of each problem of rule ``code`` in the first file."""
    return [(p.line, p.code) for p in problems(text, *others, **kwargs) if p.code == code]


def messages(code: str, text: str, *others: str, **kwargs: Any) -> list[str]:
    return [p.message for p in problems(text, *others, **kwargs) if p.code == code]


# A goal that passes every rule, in each language; line numbers are stable for the tests:
# 2 id, 3 kind, 4 owner, 5 manager, 6 start, 7 deadline, 8 metric, 9 unit, 10 direction,
# 11 baseline, 12 target, 13 confidence, 14 owner's, 15 manager's, 16 status, 18 statement.
GOAL = """\
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
start: 2017-01-01
deadline: 2017-06-30
metric:
  unit: hours
  direction: decrease
  baseline: 48
  target: 24
confidence:
  owner: 0.7
  manager: 0.6
status: active
---
{statement}
"""
STATEMENTS = {
    "en": "# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017",
    "sv": "# Jag skall förbättra svarstiden på mina kundservicemail från 48 timmar till 24 timmar "
    "till den 30 juni 2017",
}
GOALS = {lang: GOAL.format(statement=text) for lang, text in STATEMENTS.items()}
LANGS = ("en", "sv")


def goal(lang: str, statement: str | None = None, *edits: tuple[str, str]) -> str:
    """The good goal in ``lang``, with another statement and (old, new) text edits."""
    text = GOAL.format(statement=statement if statement is not None else STATEMENTS[lang])
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text
