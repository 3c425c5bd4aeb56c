"""M001 missing-metric."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

CODE = "M001"
NO_METRIC = (
    "metric:\n  unit: hours\n  direction: decrease\n  baseline: 48\n  target: 24\n",
    "",
)


@pytest.mark.parametrize("lang", LANGS)
def test_a_goal_with_a_metric_passes(lang: str) -> None:
    assert hits("M001", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_goal_without_a_metric_is_reported_at_its_kind(lang: str) -> None:
    assert hits("M001", goal(lang, None, NO_METRIC), lang=lang) == [(3, "M001")]


@pytest.mark.parametrize("lang", LANGS)
def test_a_metric_without_a_target_is_reported(lang: str) -> None:
    assert hits("M001", goal(lang, None, ("  target: 24\n", "")), lang=lang) == [(8, "M001")]


def test_a_binary_goal_needs_no_target() -> None:
    binary = goal("en", None, ("direction: decrease", "direction: binary"), ("  target: 24\n", ""))
    assert hits("M001", binary) == []


def test_messages() -> None:
    assert "has no metric" in messages("M001", goal("en", None, NO_METRIC))[0]
    assert "målet saknar mått" in messages("M001", goal("sv", None, NO_METRIC), lang="sv")[0]


def test_a_draft_is_not_checked_for_missing_parts_yet() -> None:
    draft = goal("en", None, ("status: active", "status: draft"), NO_METRIC)
    assert hits(CODE, draft) == []
    assert hits(CODE, draft.replace("status: draft", "status: proposed")) != []
