"""R001 missing-confidence."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

NO_MANAGERS = ("  manager: 0.6\n", "")
CODE = "R001"
NONE = ("confidence:\n  owner: 0.7\n  manager: 0.6\n", "")


@pytest.mark.parametrize("lang", LANGS)
def test_both_confidences_pass(lang: str) -> None:
    assert hits("R001", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_missing_confidence_is_reported_at_confidence(lang: str) -> None:
    assert hits("R001", goal(lang, None, NO_MANAGERS), lang=lang) == [(13, "R001")]


@pytest.mark.parametrize("lang", LANGS)
def test_no_confidence_at_all_is_reported_twice_at_the_kind(lang: str) -> None:
    assert hits("R001", goal(lang, None, NONE), lang=lang) == [(3, "R001"), (3, "R001")]


def test_messages_name_who() -> None:
    assert "no confidence of the manager" in messages("R001", goal("en", None, NO_MANAGERS))[0]
    swedish = messages("R001", goal("sv", None, NO_MANAGERS), lang="sv")[0]
    assert swedish.startswith("tilltro saknas för chefen")


def test_a_draft_is_not_checked_for_missing_parts_yet() -> None:
    draft = goal("en", None, ("status: active", "status: draft"), NONE)
    assert hits(CODE, draft) == []
    assert hits(CODE, draft.replace("status: draft", "status: proposed")) != []
