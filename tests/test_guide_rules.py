"""The guide's own examples: its goals pass every rule, its activities written as goals are caught
by G001 and nothing else, in Swedish and in English."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from goals_as_code.check.checker import check
from goals_as_code.source import config as config_module

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
# a day in the guide's year, so that deadline-passed has nothing to say
MARCH = datetime.date(2017, 3, 31)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_guides_examples_have_no_problem(lang: str) -> None:
    config = config_module.load(config_file=ROOT / "examples" / lang / "goals.toml")
    # deadline-passed is checked too (it is March 2017); nobody has accepted or agreed to the
    # examples, and their confidence values were typed by whoever wrote the files (R006)
    config = config_module.replace(config, ignore=("A004", "A008", "R006"))
    result = check(config, today=MARCH)
    assert (result.files, result.problems) == (16, [])


@pytest.mark.parametrize("folder", ["activities-as-goals", "activities-as-goals-en"])
def test_each_activity_written_as_a_goal_is_flagged_and_the_goal_is_not(folder: str) -> None:
    config = config_module.load(config_file=DATA / folder / "goals.toml")
    result = check(config, today=MARCH)
    flagged = sorted((Path(p.path).name, p.line, p.code) for p in result.problems)
    assert result.files == 5
    assert [code for _, _, code in flagged] == ["G001"] * 4
    assert {name for name, _, _ in flagged} == {
        path.name
        for path in (DATA / folder).glob("*.md")
        if path.name not in ("README.md", "lonsamhet-2017.md", "profitability-2017.md")
    }
