"""F010 second-statement: the good goal passes; the same goal broken is reported, in both languages."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def broken(lang: str) -> str:
    text = goal(lang)
    return text + "\n# 2\n"


@pytest.mark.parametrize("lang", LANGS)
def test_the_good_goal_passes(lang: str) -> None:
    assert hits("F010", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_broken_goal_is_reported_where_it_breaks(lang: str) -> None:
    assert hits("F010", broken(lang), lang=lang) == [(20, "F010")]


def test_messages() -> None:
    assert "a second H1 heading" in messages("F010", broken("en"))[0]
    assert "en andra H1-rubrik" in messages("F010", broken("sv"), lang="sv")[0]
