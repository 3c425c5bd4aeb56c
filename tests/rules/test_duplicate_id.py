"""L001 duplicate-id."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def other(lang: str, ident: str) -> str:
    return goal(lang, None, ("id: faster-replies", f"id: {ident}"))


@pytest.mark.parametrize("lang", LANGS)
def test_unique_ids_pass(lang: str) -> None:
    assert hits("L001", goal(lang), other(lang, "more-deals"), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_shared_id_is_reported_at_the_id(lang: str) -> None:
    assert hits("L001", goal(lang), other(lang, "faster-replies"), lang=lang) == [(2, "L001")]


def test_messages() -> None:
    files = (goal("en"), other("en", "faster-replies"))
    assert messages("L001", *files) == [
        "the id 'faster-replies' is also used by goals/file1.md; give each statement an id of "
        "its own"
    ]
    assert messages("L001", *files, lang="sv")[0].startswith("id:t 'faster-replies' används")
