"""A003 manager-is-owner."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

SELF = ("manager: erik@example.com", "manager: Anna@Example.com")


@pytest.mark.parametrize("lang", LANGS)
def test_two_people_pass(lang: str) -> None:
    assert hits("A003", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_owner_as_manager_is_reported_whatever_the_case(lang: str) -> None:
    assert hits("A003", goal(lang, None, SELF), lang=lang) == [(5, "A003")]


def test_messages() -> None:
    assert "is also the owner" in messages("A003", goal("en", None, SELF))[0]
    assert "är också ägaren" in messages("A003", goal("sv", None, SELF), lang="sv")[0]
