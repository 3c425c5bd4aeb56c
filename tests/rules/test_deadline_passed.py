"""T004 deadline-passed: today comes from the caller, never from the clock, in these tests."""

from __future__ import annotations

import datetime

import pytest

from ..lint import LANGS, goal, hits, messages

BEFORE = datetime.date(2017, 6, 30)
AFTER = datetime.date(2017, 7, 10)


@pytest.mark.parametrize("lang", LANGS)
def test_an_active_goal_on_its_deadline_passes(lang: str) -> None:
    assert hits("T004", goal(lang), lang=lang, today=BEFORE) == []


@pytest.mark.parametrize("lang", LANGS)
def test_an_active_goal_after_its_deadline_is_reported_at_the_status(lang: str) -> None:
    assert hits("T004", goal(lang), lang=lang, today=AFTER) == [(16, "T004")]


@pytest.mark.parametrize("status", ["achieved", "missed", "dropped", "draft"])
def test_a_goal_that_is_not_active_passes(status: str) -> None:
    assert hits("T004", goal("en", None, ("active", status)), today=AFTER) == []


def test_messages_count_the_days() -> None:
    assert "has passed (10 days ago)" in messages("T004", goal("en"), today=AFTER)[0]
    swedish = messages("T004", goal("sv"), lang="sv", today=AFTER)[0]
    assert "har passerat (för 10 dagar sedan) men målet är fortfarande aktivt" in swedish
