"""L003 alignment-cycle."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def linked(lang: str, ident: str, parent: str | None) -> str:
    text = goal(lang, None, ("id: faster-replies", f"id: {ident}"))
    if parent:
        text = text.replace("kind: goal\n", f"kind: goal\nparent: {parent}\n")
    return text


@pytest.mark.parametrize("lang", LANGS)
def test_a_chain_up_to_a_top_goal_passes(lang: str) -> None:
    files = [linked(lang, "a", "b"), linked(lang, "b", "c"), linked(lang, "c", None)]
    assert hits("L003", *files, lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_circle_is_reported_at_the_parent(lang: str) -> None:
    files = [linked(lang, "a", "b"), linked(lang, "b", "c"), linked(lang, "c", "a")]
    assert hits("L003", *files, lang=lang) == [(4, "L003")]


def test_a_goal_that_is_its_own_parent() -> None:
    assert hits("L003", linked("en", "a", "a")) == [(4, "L003")]


def test_a_goal_below_a_circle_is_not_in_it() -> None:
    files = [linked("en", "a", "b"), linked("en", "b", "c"), linked("en", "c", "b")]
    assert hits("L003", *files) == []


def test_messages_show_the_circle() -> None:
    files = [linked("en", "a", "b"), linked("en", "b", "a")]
    assert "closes a circle: a → b → a" in messages("L003", *files)[0]
    assert "sluter en cirkel: a → b → a" in messages("L003", *files, lang="sv")[0]
