"""Output that cannot be turned against its reader: a spreadsheet, a terminal, a CI log."""

from __future__ import annotations

import csv
import io
import json

import pytest

from goals_as_code.source import inert

from .builders import team_goal
from .conftest import Repo, run

ESCAPES = "\x1b[31mred\x1b[0m \x1b]8;;http://evil\x07link\x1b]8;;\x07 \x1b]0;title\x07 \u202eevil"


@pytest.mark.parametrize("lead", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_cells_are_neutralised(lead: str) -> None:
    assert inert.csv_cell(f"{lead}1+1") == f"'{lead}1+1".replace("\r", "\n")
    assert inert.csv_cell(-5.0) == -5.0
    assert inert.csv_cell("5 - 1") == "5 - 1"
    assert inert.csv_cell("a\r\nb\rc") == "a\nb\nc"


def test_report_csv_never_starts_a_cell_with_a_formula(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    statement = '=HYPERLINK("http://evil","click") I will sell 10 more by June'
    repo.write(
        "goals/a.md",
        team_goal("a", "anna@example.com", target=10, current=5, statement=statement, unit="-x"),
    )
    repo.commit("A goal")
    code, out, err = run(capsys, "report", "--format", "csv")
    assert (code, err) == (0, "")
    [row] = list(csv.DictReader(io.StringIO(out)))
    assert row["statement"] == "'" + statement
    assert row["unit"] == "'-x"


def test_terminal_escapes_controls_and_bidi() -> None:
    assert inert.terminal(ESCAPES) == (
        "\\x1b[31mred\\x1b[0m \\x1b]8;;http://evil\\x07link\\x1b]8;;\\x07 "
        "\\x1b]0;title\\x07 \\u202eevil"
    )
    assert inert.terminal("a\nb\r\x85c\u2028") == "a\\x0ab\\x0d\\x85c\\u2028"
    assert inert.terminal("tab\tand ünïcödé") == "tab\tand ünïcödé"


def test_no_line_starts_a_workflow_command() -> None:
    assert inert.lines("a\n::error file=x::y\n ::ok") == "a\n ::error file=x::y\n ::ok"


def test_check_text_shows_escapes_instead_of_running_them(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/a.md", f"---\nid: a\nkind: goal\nstatus: {json.dumps(ESCAPES)}\n---\n# I\n")
    code, out, err = run(capsys, "check", "--select", "V004")
    assert (code, err) == (1, "")
    assert "\x1b" not in out
    assert "\u202e" not in out
    assert "\\u001b]8;;http://evil\\u0007link" in out


def test_review_and_history_text_keep_user_text_inert(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/readme.txt", "")
    repo.commit("Start")
    subject = "::error file=goals/a.md::forged\n\x1b]0;pwned\x07"
    repo.write(
        "goals/a.md",
        team_goal("a", "anna@example.com", baseline=0, target=10, statement=ESCAPES),
    )
    repo.commit(subject)
    repo.write(
        "goals/a.md",
        team_goal("a", "anna@example.com", baseline=0, target=10, current=4, statement=ESCAPES),
    )
    repo.commit(subject)
    for args in (("review", "HEAD~2..HEAD"), ("history", "a")):
        code, out, err = run(capsys, *args)
        assert code in (0, 1)
        assert "\x1b" not in out + err
        assert "\u202e" not in out
        assert not [line for line in out.split("\n") if line.startswith("::")]
