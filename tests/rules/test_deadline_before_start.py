"""T002 deadline-before-start."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages

EARLY = ("deadline: 2017-06-30", "deadline: 2016-06-30")


@pytest.mark.parametrize("lang", LANGS)
def test_a_deadline_after_the_start_passes(lang: str) -> None:
    assert hits("T002", goal(lang), lang=lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_deadline_before_the_start_is_reported_at_the_deadline(lang: str) -> None:
    assert hits("T002", goal(lang, None, EARLY), lang=lang) == [(7, "T002")]


def test_an_activity_due_before_its_start() -> None:
    activity = (
        "---\nid: templates\nkind: activity\nowner: anna@example.com\ngoal: faster-replies\n"
        "start: 2017-02-01\ndue: 2017-01-15\n---\n# I will write reply templates\n"
    )
    assert hits("T002", activity) == [(7, "T002")]
    assert hits("T002", activity.replace("due: 2017-01-15", "due: 2017-02-15")) == []


def test_messages() -> None:
    assert "comes before 'start: 2017-01-01'" in messages("T002", goal("en", None, EARLY))[0]
    swedish = messages("T002", goal("sv", None, EARLY), lang="sv")[0]
    assert "kommer före 'start: 2017-01-01' (T); rätta" in swedish
