"""R002 low-confidence, with its threshold option."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

LOW = ("  owner: 0.7", "  owner: 0.3")


@pytest.mark.parametrize("lang", LANGS)
def test_confidence_above_the_threshold_passes(lang: str) -> None:
    assert hits("R002", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_low_confidence_is_reported_at_its_value(lang: str) -> None:
    assert hits("R002", goal(lang, None, LOW), lang=lang) == [(14, "R002")]


def test_the_threshold_is_an_option() -> None:
    strict = {"low-confidence": {"threshold": 0.65}}
    assert hits("R002", goal("en"), options=strict) == [(15, "R002")]
    assert hits("R002", goal("en", None, LOW), options={"R002": {"threshold": 0.2}}) == []


def test_messages() -> None:
    assert "the owner's confidence 0.3 is below 0.5" in messages("R002", goal("en", None, LOW))[0]
    swedish = messages("R002", goal("sv", None, LOW), lang="sv")[0]
    assert swedish.startswith("ägarens tilltro 0.3 är under 0.5")
