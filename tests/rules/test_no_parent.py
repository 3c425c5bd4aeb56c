"""L006 no-parent: every personal goal serves an organisation goal; the top-level ones are marked."""

from __future__ import annotations

import pytest

from ..conftest import Repo
from .repo_check import CECILIA, ERIK, commit, found, where

COMPANY = """\
---
id: customer-satisfaction-2017
kind: goal
owner: erik@example.com
manager: cecilia@example.com
top: true
status: active
---
# {statement}
"""
PERSONAL = """\
---
id: faster-replies
kind: goal
owner: anna@example.com
manager: erik@example.com
parent: customer-satisfaction-2017
status: {status}
---
# {statement}
"""
STATEMENTS = {
    "sv": (
        "Vi skall öka andelen nöjda kunder från 80 % till 90 % under 2017",
        "Jag skall förbättra svarstiden på mina kundservicemail från 48 timmar till 24 timmar "
        "till den 30 juni 2017",
    ),
    "en": (
        "We will raise the share of satisfied customers from 80 % to 90 % during 2017",
        "I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017",
    ),
}
COMPANY_PATH = "goals/company/customer-satisfaction-2017.md"
PERSONAL_PATH = "goals/anna/faster-replies.md"


def setup(repo: Repo, lang: str, status: str = "active", parent: bool = True) -> None:
    company, personal = STATEMENTS[lang]
    text = PERSONAL.format(status=status, statement=personal)
    if not parent:
        text = text.replace("parent: customer-satisfaction-2017\n", "")
    commit(repo, {COMPANY_PATH: COMPANY.format(statement=company)}, "Company goal", who=CECILIA)
    commit(repo, {PERSONAL_PATH: text}, "My goal")


@pytest.mark.parametrize("lang", STATEMENTS)
def test_a_goal_with_a_parent_passes(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    setup(repo, lang)
    assert where(capsys, "L006", lang=lang) == []


@pytest.mark.parametrize("lang", STATEMENTS)
@pytest.mark.parametrize("status", ["proposed", "active"])
def test_a_goal_without_a_parent_is_reported_at_the_kind(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str, status: str
) -> None:
    setup(repo, lang, status, parent=False)
    assert where(capsys, "L006", lang=lang) == [(PERSONAL_PATH, 3, "no-parent")]


@pytest.mark.parametrize("status", ["draft", "achieved", "missed", "dropped"])
def test_other_statuses_pass(repo: Repo, capsys: pytest.CaptureFixture[str], status: str) -> None:
    setup(repo, "en", status, parent=False)
    assert where(capsys, "L006") == []


def test_without_any_top_level_mark_every_personal_goal_is_still_reported(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    setup(repo, "en", parent=False)
    company = COMPANY.format(statement=STATEMENTS["en"][0]).replace("top: true\n", "")
    commit(repo, {COMPANY_PATH: company}, "Not marked", who=ERIK)
    # the company goal is Erik's personal goal now that nothing marks it as the top
    assert where(capsys, "L006") == [
        (PERSONAL_PATH, 3, "no-parent"),
        (COMPANY_PATH, 3, "no-parent"),
    ]


def test_a_teams_goal_is_left_alone_unless_asked(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    company = COMPANY.format(statement=STATEMENTS["sv"][0]).replace("top: true\n", "")
    team = company.replace("owner: erik@example.com", "owner: support")
    shared = company.replace("top: true\n", "").replace(
        "status: active", "shared: true\nstatus: active"
    )
    commit(
        repo,
        {COMPANY_PATH: team, "goals/shared.md": shared.replace("customer-", "shared-")},
        "Teams",
        who=ERIK,
    )
    assert where(capsys, "L006") == []
    repo.write("goals.toml", "[rules.no-parent]\nteams = true\n")
    assert where(capsys, "L006") == [
        (COMPANY_PATH, 3, "no-parent"),
        ("goals/shared.md", 3, "no-parent"),
    ]


def test_top_level_goals_may_be_named_by_path(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    setup(repo, "sv", parent=False)
    company = COMPANY.format(statement=STATEMENTS["sv"][0]).replace("top: true\n", "")
    commit(repo, {COMPANY_PATH: company}, "Not marked", who=ERIK)
    repo.write("goals.toml", '[rules.no-parent]\ntop-level = ["goals/company/*"]\n')
    repo.commit("Name the company folder")
    assert where(capsys, "L006") == [(PERSONAL_PATH, 3, "no-parent")]
    repo.write("goals.toml", '[rules.no-parent]\ntop-level = ["goals/company/*", "goals/anna/*"]\n')
    assert where(capsys, "L006") == []


def test_messages(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    setup(repo, "sv", parent=False)
    assert [p["message"] for p in found(capsys, "L006", lang="sv")] == [
        "målet bidrar inte till något mål för organisationen; lägg till 'parent:' med id för det "
        "team- eller företagsmål det bidrar till, eller 'top: true' om det är ett mål på högsta "
        "nivån"
    ]
