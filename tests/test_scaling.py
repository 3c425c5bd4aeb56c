"""Work that must grow in step with its input: the cross-file rules with the number of statements,
the date scan with a statement's length, the report's alignment tree with the depth of a chain.

Each test times the same work at two sizes ten times apart and bounds the ratio: linear work
gives about 10, work that grows with the square of the input gives about 100. The bound leaves
room for a busy machine and is still far below what a quadratic pass gives.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest

from goals_as_code.check import rules
from goals_as_code.check.checker import RULE_NAMES
from goals_as_code.check.rules._base import Context
from goals_as_code.check.tree import Tree
from goals_as_code.classify import analyse, dates
from goals_as_code.markdown import plugin
from goals_as_code.report import model
from goals_as_code.source import document
from goals_as_code.source.config import default_today

# ten times the input may cost at most this many times the time
LINEAR = 35


def fastest(work: Callable[[], object], runs: int = 3) -> float:
    """The least CPU time of ``runs`` runs of ``work``: the one least disturbed by others."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return max(min(times), 1e-4)


def heading(size: int) -> str:
    unit = "by may 5 2017 in q3 2018, the 12 june and 3 % more within 2 weeks "
    return (unit * (size // len(unit) + 1))[:size]


def scan(size: int) -> Callable[[], object]:
    lower = heading(size)
    tokens = frozenset(re.findall(r"\w+", lower))
    return lambda: dates.find(lower, tokens)


def test_the_date_scan_is_linear_in_the_statements_length() -> None:
    small, large = fastest(scan(10_000)), fastest(scan(100_000))
    assert large / small < LINEAR
    # a heading as long as a statement file may be: before, this took hours
    huge = fastest(scan(1_000_000), runs=1)
    assert huge / large < LINEAR


def test_a_long_statements_numbers_are_told_from_its_dates_in_linear_time() -> None:
    small = fastest(lambda: analyse(heading(10_000) + " ", "en"))
    large = fastest(lambda: analyse(heading(100_000) + " ", "en"))
    assert large / small < LINEAR


def test_the_date_scan_finds_the_same_dates_in_a_long_heading() -> None:
    lower = heading(100_000)
    found = dates.find(lower, frozenset(re.findall(r"\w+", lower)))
    assert (found.text, found.deadline, len(found.spans)) == ("q3 2018", "2018-09-30", 6061)


GOAL = """\
---
id: goal-{n}
kind: goal
owner: person{owner}@example.com
status: active
{parent}---
# I will cut the reply time from 48 to 24 hours by 30 June 2017
"""


def statements(count: int, owners: int, chain: bool) -> list[document.Document]:
    return [
        plugin.parse(
            GOAL.format(
                n=n, owner=n % owners, parent=f"parent: goal-{n - 1}\n" if chain and n else ""
            ),
            f"goals/goal-{n}.md",
        )
        for n in range(count)
    ]


def run_rule(code: str, docs: list[document.Document]) -> Callable[[], int]:
    rule = rules.BY_CODE[code].load()
    options = dict(rule.OPTIONS)

    def work() -> int:
        tree = Tree(docs)  # a new tree each run: nothing is left over from the last
        ctx = Context(tree, options, "en", default_today(), RULE_NAMES)
        return sum(len(list(rule.check(doc, ctx))) for doc in docs)

    return work


@pytest.mark.parametrize(
    ("code", "owners", "chain", "found"),
    [
        ("R003", 3, False, 3000),  # focus-limit: every goal counted once per tree, not per file
        ("L003", 3000, True, 0),  # alignment-cycle: a chain of 3,000 parents walked once
    ],
)
def test_cross_file_rules_are_linear_in_the_number_of_statements(
    code: str, owners: int, chain: bool, found: int
) -> None:
    small_docs = statements(300, min(owners, 300), chain)
    large_docs = statements(3000, owners, chain)
    assert run_rule(code, large_docs)() == found
    small = fastest(run_rule(code, small_docs))
    large = fastest(run_rule(code, large_docs))
    assert large / small < LINEAR


def test_a_circle_in_a_long_chain_is_reported_once_per_goal_on_it() -> None:
    docs = statements(2000, 2000, True)
    docs[0] = plugin.parse(GOAL.format(n=0, owner=0, parent="parent: goal-2\n"), "goals/goal-0.md")
    tree = Tree(docs)
    ctx = Context(tree, {}, "en", default_today(), RULE_NAMES)
    messages = [f.message for doc in docs for f in rules.BY_CODE["L003"].load().check(doc, ctx)]
    assert messages == [
        "'parent: goal-2' closes a circle: goal-0 → goal-2 → goal-1 → goal-0; a goal cannot "
        "serve itself, so remove the 'parent' of the goal at the top",
        "'parent: goal-0' closes a circle: goal-1 → goal-0 → goal-2 → goal-1; a goal cannot "
        "serve itself, so remove the 'parent' of the goal at the top",
        "'parent: goal-1' closes a circle: goal-2 → goal-1 → goal-0 → goal-2; a goal cannot "
        "serve itself, so remove the 'parent' of the goal at the top",
    ]


def chain_goal(n: int, length: int) -> model.Goal:
    blank = dict.fromkeys(model.Goal._fields)
    blank.update(
        id=f"goal-{n}",
        parent=f"goal-{n - 1}" if n else None,
        status="on-track",
        weight=1.0,
        progress=0.5 if n == length - 1 else None,
        points=[],
        goalposts=[],
        problems=[],
    )
    return model.Goal(**blank)


def test_the_alignment_tree_of_a_chain_of_five_thousand_goals() -> None:
    goals = [chain_goal(n, 5000) for n in range(5000)]
    nodes = model.tree(goals)
    assert [node.depth for node in nodes] == list(range(5000))
    assert [node.rolled for node in nodes] == [0.5] * 4999 + [None]
    assert nodes[0] == model.Node("goal-0", 0, 1.0, None, 0.5, 1)
