"""S001 empty-statement."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


@pytest.mark.parametrize("lang", LANGS)
def test_a_real_statement_passes(lang: str) -> None:
    assert hits("S001", goal(lang), lang=lang) == []


@pytest.mark.parametrize("heading", ["# Jag ska", "# I will", "# ...", "#"])
def test_a_heading_with_nothing_in_it_is_reported(heading: str) -> None:
    assert hits("S001", goal("en", heading)) == [(18, "S001")]


def test_the_message_says_what_to_write_in_each_language() -> None:
    assert "write the result to reach" in messages("S001", goal("en", "# I will"))[0]
    assert "skriv resultatet" in messages("S001", goal("sv", "# Jag ska"), lang="sv")[0]


def test_a_kpi_names_a_measure_and_is_not_checked() -> None:
    kpi = "---\nid: reply-time\nkind: kpi\nowner: anna@example.com\n---\n# Svarstid\n"
    assert hits("S001", kpi) == []
