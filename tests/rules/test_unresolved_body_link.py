"""L004 unresolved-body-link: a goal's plan links lead to statement files that are there."""

from __future__ import annotations

import pytest

from ..conftest import Repo
from .repo_check import commit, found, where

GOALS = {
    "en": """\
---
id: faster-replies
kind: goal
owner: anna@example.com
---
# I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017

## Activities

- [ ] [Reply templates](../activities/reply-templates.md)
- [ ] [The guide](https://example.com/guide.md)

```markdown
[not a link](nowhere.md)
```
""",
    "sv": """\
---
id: svarstid
kind: goal
owner: anna@example.com
---
# Jag skall förbättra svarstiden på mina kundservicemail från 48 timmar till 24 timmar till den 30 juni 2017

## Aktiviteter

- [ ] [Svarsmallar](../activities/reply-templates.md)
- [ ] [Guiden](https://example.com/guide.md)

```markdown
[ingen länk](nowhere.md)
```
""",
}
ACTIVITY = """\
---
id: reply-templates
kind: activity
owner: anna@example.com
goal: faster-replies
---
# I will write reply templates for the ten most common questions
"""
GOAL_PATH = "goals/anna/faster-replies.md"


@pytest.mark.parametrize("lang", GOALS)
def test_a_link_to_a_statement_passes(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    files = {GOAL_PATH: GOALS[lang], "goals/activities/reply-templates.md": ACTIVITY}
    commit(repo, files, "Plan")
    assert where(capsys, "L004", lang=lang) == []


@pytest.mark.parametrize("lang", GOALS)
def test_a_link_to_no_file_is_reported_where_it_is(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    commit(repo, {GOAL_PATH: GOALS[lang], "goals/activities/templates.md": ACTIVITY}, "Plan")
    problems = found(capsys, "L004", lang=lang)
    assert [(p["path"], p["line"], p["column"], p["name"]) for p in problems] == [
        (GOAL_PATH, 10, 7, "unresolved-body-link")
    ]
    said = {
        "en": "the link '../activities/reply-templates.md' leads to no file "
        "(goals/activities/reply-templates.md is not there); correct the path, or remove the link",
        "sv": "länken '../activities/reply-templates.md' leder inte till någon fil "
        "(goals/activities/reply-templates.md finns inte); rätta sökvägen, eller ta bort länken",
    }
    assert problems[0]["message"] == said[lang]


def test_a_link_to_a_file_that_is_not_a_statement_passes(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    text = GOALS["en"].replace("../activities/reply-templates.md", "../../docs/plan.md")
    commit(repo, {GOAL_PATH: text, "docs/plan.md": "# The plan\n"}, "Plan")
    assert where(capsys, "L004") == []


def test_a_moved_activity_breaks_the_link_of_the_goal(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    commit(repo, {GOAL_PATH: GOALS["en"], "goals/activities/reply-templates.md": ACTIVITY}, "Plan")
    repo.git("mv", "goals/activities", "goals/aktiviteter")
    repo.commit("Rename the folder")
    assert where(capsys, "L004") == [(GOAL_PATH, 10, "unresolved-body-link")]
