"""A002 missing-manager."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

CODE = "A002"
NO_MANAGER = ("manager: erik@example.com\n", "")


@pytest.mark.parametrize("lang", LANGS)
def test_a_goal_with_a_manager_passes(lang: str) -> None:
    assert hits("A002", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_goal_without_a_manager_is_reported_at_the_owner(lang: str) -> None:
    assert hits("A002", goal(lang, None, NO_MANAGER), lang=lang) == [(4, "A002")]


def test_messages() -> None:
    assert "has no manager" in messages("A002", goal("en", None, NO_MANAGER))[0]
    assert "målet saknar chef" in messages("A002", goal("sv", None, NO_MANAGER), lang="sv")[0]


def test_a_draft_is_not_checked_for_missing_parts_yet() -> None:
    draft = goal("en", None, ("status: active", "status: draft"), NO_MANAGER)
    assert hits(CODE, draft) == []
    assert hits(CODE, draft.replace("status: draft", "status: proposed")) != []
