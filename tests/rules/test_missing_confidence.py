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
def test_no_confidence_at_all_is_reported_once_at_the_kind(lang: str) -> None:
    assert hits("R001", goal(lang, None, NONE), lang=lang) == [(3, "R001")]


def test_messages_name_who() -> None:
    assert messages("R001", goal("en", None, NO_MANAGERS)) == [
        "no confidence of the manager erik@example.com (R); add 'confidence: {manager: 0.7}', "
        "how likely the manager thinks the goal will be reached (0 to 1)"
    ]
    swedish = messages("R001", goal("sv", None, NO_MANAGERS), lang="sv")
    assert swedish == [
        "tilltro saknas för chefen erik@example.com (R); lägg till 'confidence: {manager: 0.7}', "
        "hur troligt chefen tror att det är att målet nås (0 till 1)"
    ]


def test_one_message_names_both_when_both_are_missing() -> None:
    assert messages("R001", goal("en", None, NONE)) == [
        "no confidence of the owner anna@example.com nor of the manager erik@example.com (R); "
        "add 'confidence: {owner: 0.7, manager: 0.7}', how likely each of them thinks the goal "
        "will be reached (0 to 1)"
    ]
    assert messages("R001", goal("sv", None, NONE), lang="sv") == [
        "tilltro saknas för både ägaren anna@example.com och chefen erik@example.com (R); "
        "lägg till 'confidence: {owner: 0.7, manager: 0.7}', hur troligt var och en av dem tror "
        "att det är att målet nås (0 till 1)"
    ]


def test_a_draft_is_not_checked_for_missing_parts_yet() -> None:
    draft = goal("en", None, ("status: active", "status: draft"), NONE)
    assert hits(CODE, draft) == []
    assert hits(CODE, draft.replace("status: draft", "status: proposed")) != []
