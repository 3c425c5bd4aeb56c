"""V004 invalid-value: the good goal passes; the same goal broken is reported, in both languages."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def broken(lang: str) -> str:
    text = goal(lang)
    return text.replace("status: active", "status: yes")


@pytest.mark.parametrize("lang", LANGS)
def test_the_good_goal_passes(lang: str) -> None:
    assert hits("V004", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_broken_goal_is_reported_where_it_breaks(lang: str) -> None:
    assert hits("V004", broken(lang), lang=lang) == [(16, "V004")]


def test_messages() -> None:
    assert "'status' is \"yes\"; allowed: draft" in messages("V004", broken("en"))[0]
    assert "'status' är \"yes\"; tillåtet: draft" in messages("V004", broken("sv"), lang="sv")[0]
