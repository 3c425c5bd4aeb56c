"""The Example of each acceptance rule fires it, and its Use instead does not."""

from __future__ import annotations

import datetime
import re
from types import ModuleType

import pytest

from goals_as_code.check import rules
from goals_as_code.check.checker import check_documents
from goals_as_code.check.rules import (
    acceptance_not_by_manager,
    changed_parent,
    missing_acceptance,
    stale_acceptance,
)
from goals_as_code.check.tree import Tree
from goals_as_code.markdown import parse

FENCE = re.compile(r"^```markdown\n(.*?)^```$", re.M | re.S)
RULES = [missing_acceptance, stale_acceptance, acceptance_not_by_manager, changed_parent]


def section(rule: ModuleType, heading: str) -> list[str]:
    doc = rule.__doc__ or ""
    body = doc.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return FENCE.findall(body)


def codes(files: list[str]) -> list[str]:
    docs = [parse(text, f"goals/file{number}.md") for number, text in enumerate(files)]
    active = rules.configure(("A",))
    found = check_documents(docs[:1], Tree(docs), active, "en", datetime.date(2017, 3, 1))
    return [problem.code for problem in found]


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.CODE)
def test_the_example_fires_the_rule(rule: ModuleType) -> None:
    assert codes(section(rule, "Example")) == [rule.CODE]


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.CODE)
def test_the_use_instead_is_clean(rule: ModuleType) -> None:
    assert codes(section(rule, "Use instead")) == []
