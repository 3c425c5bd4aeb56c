"""S004 template-placeholder: a proposed or active goal keeps none of the template's text."""

from __future__ import annotations

import pytest

from goals_as_code.check.rules.template_placeholder import placeholders

from ..conftest import Repo, run
from .repo_check import commit, found, where

PATH = "goals/faster-replies.md"


def new_goal(capsys: pytest.CaptureFixture[str], lang: str) -> str:
    """A goal as 'goals new' writes it, in ``lang``."""
    statement = {
        "en": "I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017",
        "sv": "Jag skall förbättra svarstiden på mina kundservicemail från 48 timmar till 24 "
        "timmar till den 30 juni 2017",
    }[lang]
    args = ["new", "goal", "--id", "faster-replies", "--owner", "anna@example.com"]
    code, _, err = run(capsys, *args, "--statement", statement, "--lang", lang, "-o", PATH)
    assert (code, err) == (0, "")
    with open(PATH, encoding="utf-8") as file:
        return file.read()


def test_the_placeholders_are_read_from_the_template_in_every_language() -> None:
    known = placeholders()
    assert "what the result is worth, and to whom." in known
    assert "vad resultatet är värt, och för vem." in known
    assert "what i will do to reach it" in known
    assert not any(line.startswith("#") for line in known)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_draft_from_the_template_passes_and_a_proposed_one_is_reported(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    text = new_goal(capsys, lang)
    commit(repo, {PATH: text}, "New goal")
    assert where(capsys, "S004", lang=lang) == []  # a draft is still being written
    proposed = text.replace("status: draft", "status: proposed")
    commit(repo, {PATH: proposed}, "Propose")
    lines = proposed.splitlines()
    expected = [
        number
        for number, line in enumerate(lines, 1)
        if line
        in ("What the result is worth, and to whom.", "Vad resultatet är värt, och för vem.")
        or line.startswith("- [ ] ")
    ]
    assert len(expected) == 2
    assert where(capsys, "S004", lang=lang) == [(PATH, n, "template-placeholder") for n in expected]


def test_own_words_pass(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    text = new_goal(capsys, "sv").replace("status: draft", "status: active")
    text = text.replace("Vad resultatet är värt, och för vem.", "Kunderna slipper vänta.")
    text = text.replace("Det jag ska göra för att nå målet", "[Svarsmallar](svarsmallar.md)")
    commit(repo, {PATH: text}, "Own words")
    assert where(capsys, "S004") == []


def test_a_swedish_placeholder_in_an_english_project_is_found(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    text = new_goal(capsys, "sv").replace("status: draft", "status: active")
    commit(repo, {PATH: text}, "Active")
    problems = found(capsys, "S004", lang="en")
    assert problems[0]["message"] == (
        "'Vad resultatet är värt, och för vem.' is the template's placeholder; write your own "
        "words here (why the goal matters, what you will do), or remove the line"
    )
    assert found(capsys, "S004", lang="sv")[0]["message"] == (
        "'Vad resultatet är värt, och för vem.' är mallens platshållare; skriv med egna ord "
        "(varför målet är viktigt, vad du ska göra), eller ta bort raden"
    )
