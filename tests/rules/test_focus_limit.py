"""R003 focus-limit: more active goals for one owner than the limit."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def goals(count: int, lang: str, status: str = "active") -> list[str]:
    return [
        goal(lang, None, ("id: faster-replies", f"id: goal-{number}"), ("active", status))
        for number in range(count)
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_five_active_goals_pass(lang: str) -> None:
    assert hits("R003", *goals(5, lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_six_active_goals_are_reported_at_the_status(lang: str) -> None:
    assert hits("R003", *goals(6, lang), lang=lang) == [(16, "R003")]


def test_only_active_goals_of_the_same_owner_count() -> None:
    others = [text.replace("anna@", "bo@") for text in goals(3, "en")]
    assert hits("R003", *goals(3, "en"), *others, *goals(3, "en", "draft")) == []


def test_the_limit_is_an_option() -> None:
    assert hits("R003", *goals(2, "en"), options={"focus-limit": {"max-active": 1}}) == [
        (16, "R003")
    ]


def test_messages() -> None:
    assert "anna@example.com has 6 proposed or active goals" in messages("R003", *goals(6, "en"))[0]
    swedish = messages("R003", *goals(6, "sv"), lang="sv")[0]
    assert "har 6 föreslagna eller aktiva mål, fler än fokusgränsen 5" in swedish


@pytest.mark.parametrize("lang", LANGS)
def test_proposed_goals_count_with_the_active_ones(lang: str) -> None:
    mixed = [*goals(3, lang), *goals(3, lang, "proposed")]
    mixed = [text.replace("goal-", f"goal-{n}-") for n, text in enumerate(mixed)]
    assert hits("R003", *mixed, lang=lang) == [(16, "R003")]
    assert hits("R003", *goals(3, lang), *goals(3, lang, "achieved"), lang=lang) == []
