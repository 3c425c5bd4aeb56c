"""Run rules over statement texts in memory, as the checker runs them on a repository."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from goals_as_code import rules
from goals_as_code.checker import check_documents
from goals_as_code.document import parse
from goals_as_code.problem import Problem
from goals_as_code.tree import Tree

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
