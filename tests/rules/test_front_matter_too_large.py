"""F007 front-matter-too-large: the good goal passes; the same goal broken is reported, in both languages."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

LONG = "x-background: >-\n" + "  Our customers wait two days for an answer.\n" * 8


def broken(lang: str) -> str:
    text = goal(lang)
    return text.replace("status: active\n", "status: active\n" + LONG)


@pytest.mark.parametrize("lang", LANGS)
def test_the_good_goal_passes(lang: str) -> None:
    assert hits("F007", goal(lang), lang=lang, max_front_matter=256) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_broken_goal_is_reported_where_it_breaks(lang: str) -> None:
    assert hits("F007", broken(lang), lang=lang, max_front_matter=256) == [(1, "F007")]


def test_messages() -> None:
    assert "more than the limit of 256" in messages("F007", broken("en"), max_front_matter=256)[0]
    assert (
        "mer än gränsen 256" in messages("F007", broken("sv"), lang="sv", max_front_matter=256)[0]
    )
