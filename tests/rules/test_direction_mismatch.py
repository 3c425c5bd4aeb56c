"""M003 direction-mismatch."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

UP = ("direction: decrease", "direction: increase")


@pytest.mark.parametrize("lang", LANGS)
def test_decrease_from_48_to_24_passes(lang: str) -> None:
    assert hits("M003", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_increase_from_48_to_24_is_reported_at_the_direction(lang: str) -> None:
    assert hits("M003", goal(lang, None, UP), lang=lang) == [(10, "M003")]


def test_decrease_to_a_higher_target_is_reported() -> None:
    assert hits("M003", goal("en", None, ("target: 24", "target: 60"))) == [(10, "M003")]


def test_messages_name_the_fix() -> None:
    assert "write 'direction: decrease'" in messages("M003", goal("en", None, UP))[0]
    swedish = messages("M003", goal("sv", None, UP), lang="sv")[0]
    assert "målnivån 24 ligger under utgångsläget 48" in swedish
