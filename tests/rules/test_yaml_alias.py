"""F005 yaml-alias: the good goal passes; the same goal broken is reported, in both languages."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def broken(lang: str) -> str:
    text = goal(lang)
    return text.replace("owner: anna@example.com", "owner: &me anna@example.com").replace(
        "manager: erik@example.com", "manager: *me"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_the_good_goal_passes(lang: str) -> None:
    assert hits("F005", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_broken_goal_is_reported_where_it_breaks(lang: str) -> None:
    assert hits("F005", broken(lang), lang=lang) == [(4, "F005"), (5, "F005")]


def test_messages() -> None:
    assert "anchors and aliases" in messages("F005", broken("en"))[0]
    assert "ankare och alias" in messages("F005", broken("sv"), lang="sv")[0]
