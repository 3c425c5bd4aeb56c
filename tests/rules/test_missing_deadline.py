"""T001 missing-deadline."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

CODE = "T001"
NO_DEADLINE = ("deadline: 2017-06-30\n", "")


@pytest.mark.parametrize("lang", LANGS)
def test_a_goal_with_a_deadline_passes(lang: str) -> None:
    assert hits("T001", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_goal_without_a_deadline_is_reported_at_its_kind(lang: str) -> None:
    assert hits("T001", goal(lang, None, NO_DEADLINE), lang=lang) == [(3, "T001")]


def test_a_kpi_has_no_deadline() -> None:
    kpi = "---\nid: calls\nkind: kpi\nowner: anna@example.com\n---\n# Antal supportsamtal/dag\n"
    assert hits("T001", kpi) == []


def test_messages() -> None:
    assert "has no deadline" in messages("T001", goal("en", None, NO_DEADLINE))[0]
    assert "målet saknar tidpunkt" in messages("T001", goal("sv", None, NO_DEADLINE), lang="sv")[0]


def test_a_draft_is_not_checked_for_missing_parts_yet() -> None:
    draft = goal("en", None, ("status: active", "status: draft"), NO_DEADLINE)
    assert hits(CODE, draft) == []
    assert hits(CODE, draft.replace("status: draft", "status: proposed")) != []
