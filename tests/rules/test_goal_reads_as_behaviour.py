"""G002 goal-reads-as-behaviour: the guide's behaviours, written as goals."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

BEHAVIOURS = [
    "# Jag kommer i tid till mötet",
    "# Jag säger god morgon till mina kollegor",
    "# I arrive on time to every meeting",
    "# I greet my colleagues every morning",
]


@pytest.mark.parametrize("lang", LANGS)
def test_a_result_to_reach_passes(lang: str) -> None:
    assert hits("G002", goal(lang), lang=lang) == []


@pytest.mark.parametrize("statement", BEHAVIOURS)
def test_a_behaviour_written_as_a_goal_is_reported(statement: str) -> None:
    assert hits("G002", goal("en", statement)) == [(18, "G002")]


def test_messages() -> None:
    assert messages("G002", goal("en", BEHAVIOURS[3]))[0].startswith(
        "this goal reads as a behaviour"
    )
    swedish = messages("G002", goal("sv", BEHAVIOURS[0]), lang="sv")[0]
    assert swedish.startswith("målet läses som ett beteende")
    assert "kind: behaviour" in swedish
