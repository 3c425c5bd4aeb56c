"""G004 serves-no-goal."""

from __future__ import annotations

import pytest

from ..lint import hits, messages

ACTIVITY = """\
---
id: reply-templates
kind: {kind}
owner: anna@example.com
goal: faster-replies
---
# {statement}
"""
STATEMENTS = {
    ("activity", "sv"): "Jag ska skriva svarsmallar för de tio vanligaste frågorna",
    ("activity", "en"): "I will write reply templates for the ten most common questions",
    ("behaviour", "sv"): "Jag går igenom kön varje morgon",
    ("behaviour", "en"): "I go through the queue every morning",
}


@pytest.mark.parametrize(("kind", "lang"), STATEMENTS)
def test_serving_a_goal_passes(kind: str, lang: str) -> None:
    text = ACTIVITY.format(kind=kind, statement=STATEMENTS[kind, lang])
    assert hits("G004", text, lang=lang) == []


@pytest.mark.parametrize(("kind", "lang"), STATEMENTS)
def test_serving_no_goal_is_reported_at_the_kind(kind: str, lang: str) -> None:
    text = ACTIVITY.format(kind=kind, statement=STATEMENTS[kind, lang])
    assert hits("G004", text.replace("goal: faster-replies\n", ""), lang=lang) == [(3, "G004")]


def test_messages() -> None:
    text = ACTIVITY.format(kind="behaviour", statement=STATEMENTS["behaviour", "sv"])
    text = text.replace("goal: faster-replies\n", "")
    assert messages("G004", text, lang="sv")[0].startswith("beteendet leder inte till något mål")
    assert messages("G004", text)[0].startswith("this behaviour serves no goal")
