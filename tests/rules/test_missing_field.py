"""V001 missing-field: the good goal passes; the same goal broken is reported, in both languages."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def broken(lang: str) -> str:
    text = goal(lang)
    return text.replace("owner: anna@example.com\n", "")


@pytest.mark.parametrize("lang", LANGS)
def test_the_good_goal_passes(lang: str) -> None:
    assert hits("V001", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_broken_goal_is_reported_where_it_breaks(lang: str) -> None:
    assert hits("V001", broken(lang), lang=lang) == [(1, "V001")]


def test_messages() -> None:
    assert "missing required field 'owner'" in messages("V001", broken("en"))[0]
    assert "det obligatoriska fältet 'owner' saknas" in messages("V001", broken("sv"), lang="sv")[0]
