"""goals new: a valid file from flags alone, prompts only on a terminal, never an overwrite."""

from __future__ import annotations

import datetime
import io
import json

import pytest

from goals_as_code.cli.commands import new
from goals_as_code.markdown import parse
from goals_as_code.source import fields, schema, template

from .builders import COMPANY
from .conftest import Repo, run

GOAL_FLAGS = (
    "new",
    "goal",
    "--id",
    "faster-replies",
    "--owner",
    "anna@example.com",
    "--manager",
    "erik@example.com",
    "--statement",
    "I will cut my e-mail reply time from 48 to 24 hours by 30 June 2017",
    "--parent",
    "customer-satisfaction-2017",
    "--start",
    "2017-01-01",
    "--deadline",
    "2017-06-30",
    "--unit",
    "hours",
    "--baseline",
    "48",
    "--target",
    "24",
)


def check_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--format", "json")
    assert json.loads(out)["problems"] == []
    assert code == 0


def test_goal_from_flags_is_valid_and_complete(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals/company.md", COMPANY)
    code, out, err = run(capsys, *GOAL_FLAGS)
    assert (code, out, err) == (0, "Wrote goals/faster-replies.md\n", "")
    text = (repo.path / "goals" / "faster-replies.md").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[:2] == ["---", "id: faster-replies"]
    doc = parse(text, "goals/faster-replies.md")
    assert doc.data == {
        "id": "faster-replies",
        "kind": "goal",
        "owner": "anna@example.com",
        "manager": "erik@example.com",
        "parent": "customer-satisfaction-2017",
        "start": "2017-01-01",
        "deadline": "2017-06-30",
        "metric": {"unit": "hours", "direction": "decrease", "baseline": 48, "target": 24},
        "status": "draft",
    }
    assert doc.statement == "I will cut my e-mail reply time from 48 to 24 hours by 30 June 2017"
    # what is left to fill in is there, as comments
    assert "# kpi: id of the KPI that measures it" in lines
    assert (
        "# confidence: {owner: 0.7, manager: 0.6}  how likely each of you thinks it is reached"
        in lines
    )
    check_is_clean(capsys)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ("kpi", "--id", "calls", "--statement", "Support calls per day", "--unit", "calls/day"),
            {"unit": "calls/day", "status": "active"},
        ),
        (
            (
                "activity",
                "--id",
                "templates",
                "--goal",
                "faster-replies",
                "--start",
                "2017-01-09",
                "--deadline",
                "2017-06-30",
                "--statement",
                "I will write reply templates",
            ),
            {"goal": "faster-replies", "start": "2017-01-09", "due": "2017-06-30", "state": "todo"},
        ),
        (
            (
                "behaviour",
                "--id",
                "good-morning",
                "--goal",
                "faster-replies",
                "--frequency",
                "daily",
                "--statement",
                "I say good morning to my colleagues",
            ),
            {"goal": "faster-replies", "frequency": "daily", "status": "active"},
        ),
    ],
)
def test_every_kind_from_flags_passes_check(
    args: tuple[str, ...],
    expected: dict[str, str],
    repo: Repo,
    capsys: pytest.CaptureFixture[str],
) -> None:
    repo.write("goals/company.md", COMPANY)
    run(capsys, *GOAL_FLAGS)
    code, out, _ = run(capsys, "new", *args, "--owner", "anna@example.com")
    ident = args[args.index("--id") + 1]
    assert (code, out) == (0, f"Wrote goals/{ident}.md\n")
    text = (repo.path / "goals" / f"{ident}.md").read_text(encoding="utf-8")
    doc = parse(text, f"goals/{ident}.md")
    assert doc.kind == args[0]
    assert {key: doc.data[key] for key in expected} == expected
    assert text.splitlines()[1] == f"id: {ident}"
    check_is_clean(capsys)


def test_every_schema_has_its_published_id() -> None:
    for kind in fields.KINDS:
        assert schema.load(kind)["$id"].endswith(f"/{kind}.schema.json")


def test_every_option_given_is_written(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, *GOAL_FLAGS, "--kpi", "calls", "--frequency", "monthly")
    assert code == 1  # the parent and the KPI do not exist yet
    text = (repo.path / "goals" / "faster-replies.md").read_text(encoding="utf-8")
    doc = parse(text, "goals/faster-replies.md")
    assert (doc.data["kpi"], doc.data["frequency"]) == ("calls", "monthly")
    assert "# kpi:" not in text
    assert "# frequency:" not in text


def test_swedish_template(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(
        capsys,
        "new",
        "goal",
        "--lang",
        "sv",
        "--id",
        "svarstid",
        "--owner",
        "anna@example.com",
        "--statement",
        "Jag skall förbättra svarstiden från 48 timmar till 24 timmar till den 30 juni 2017",
        "-o",
        "goals/anna/svarstid.md",
    )
    assert code == 0
    text = (repo.path / "goals" / "anna" / "svarstid.md").read_text(encoding="utf-8")
    assert "# manager: den som kommer överens med dig om det (e-post)" in text
    assert "## Varför" in text
    assert "# Jag skall förbättra svarstiden" in text


def test_owner_defaults_to_git_user_email(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.git("config", "user.email", "anna@example.com")
    code, _, _ = run(capsys, "new", "kpi", "--id", "calls", "--statement", "Support calls per day")
    assert code == 0
    doc = parse((repo.path / "goals" / "calls.md").read_text(encoding="utf-8"), "calls.md")
    assert doc.data["owner"] == "anna@example.com"


def test_missing_values_without_a_terminal_are_a_usage_error(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "new", "goal", "--id", "faster-replies")
    assert code == 2
    assert "give --statement, --owner" in err
    assert out == ""
    assert not (repo.path / "goals").exists()


def test_prompts_on_a_terminal(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(new, "_interactive", lambda: True)
    # the statement, then Enter for the id made from it, then the owner
    monkeypatch.setattr(
        "sys.stdin", io.StringIO("Jag säger god morgon till mina kollegor\n\nanna@example.com\n")
    )
    code, out, _ = run(capsys, "new", "behaviour")
    assert code == 0
    assert "Statement, in the first person:" in out
    assert "Id [jag-sager-god-morgon-till-mina-kollegor]:" in out
    path = repo.path / "goals" / "jag-sager-god-morgon-till-mina-kollegor.md"
    doc = parse(path.read_text(encoding="utf-8"), "x.md")
    assert doc.statement == "Jag säger god morgon till mina kollegor"
    assert doc.data["owner"] == "anna@example.com"


def test_never_overwrites(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    mine = repo.write("goals/faster-replies.md", "my own text\n")
    code, _, err = run(capsys, *GOAL_FLAGS)
    assert code == 2
    assert "goals/faster-replies.md already exists" in err
    assert mine.read_text(encoding="utf-8") == "my own text\n"


def test_refuses_an_id_already_taken(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("goals/company.md", COMPANY)
    code, _, err = run(
        capsys,
        "new",
        "kpi",
        "--id",
        "customer-satisfaction-2017",
        "--owner",
        "anna@example.com",
        "--statement",
        "Satisfied customers",
        "-o",
        "goals/kpis/satisfaction.md",
    )
    assert code == 2
    assert "already used by goals/company.md" in err
    assert not (repo.path / "goals" / "kpis").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--id", "bad id"), "'id' is \"bad id\""),
        (("--id", "ok", "--direction", "at_least"), "allowed: increase, decrease"),
    ],
)
def test_invalid_values_write_nothing(
    args: tuple[str, ...], message: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "new", "kpi", *args, "--owner", "a@example.com", "--statement", "Calls per day"
    )
    assert code == 2
    assert "not written" in err
    assert message in err
    assert not (repo.path / "goals").exists()


def test_bad_date_and_wrong_option_are_usage_errors(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, *GOAL_FLAGS[:-2], "--deadline", "2017-13-01")
    assert code == 2
    assert "'2017-13-01' is not a date written as YYYY-MM-DD" in err
    code, _, err = run(capsys, "new", "kpi", "--parent", "x", "--id", "k", "--statement", "K")
    assert code == 2
    assert "--parent is not for a kpi; it is for: goal" in err
    assert not (repo.path / "goals").exists()


def test_unresolved_link_is_written_and_reported(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, *GOAL_FLAGS)  # the parent does not exist yet
    assert code == 1
    assert out.startswith("Wrote goals/faster-replies.md\n")
    assert "goals/faster-replies.md:6:9: L002 [unresolved-reference]" in out
    assert (repo.path / "goals" / "faster-replies.md").exists()


def test_print_instead_of_writing(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "new",
        "kpi",
        "--id",
        "margin",
        "--owner",
        "a@example.com",
        "--unit",
        "%",
        "--statement",
        "Profit margin: operating profit / revenue",
        "-o",
        "-",
    )
    assert code == 0
    assert not (repo.path / "goals").exists()
    doc = parse(out, "-")
    assert doc.data["unit"] == "%"
    assert doc.statement == "Profit margin: operating profit / revenue"


def test_start_defaults_to_today_unless_the_deadline_has_passed(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    today = datetime.date.today().isoformat()
    base = ("new", "goal", "--owner", "a@example.com", "--statement", "I will")
    run(capsys, *base, "--id", "open")
    run(capsys, *base, "--id", "late", "--deadline", "2017-06-30")
    opened = parse((repo.path / "goals" / "open.md").read_text(encoding="utf-8"), "o")
    late = parse((repo.path / "goals" / "late.md").read_text(encoding="utf-8"), "l")
    assert opened.data["start"] == today
    assert "start" not in late.data


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("hours", "hours"),
        ("%", '"%"'),
        ("yes", '"yes"'),
        ("2017-06-30", "2017-06-30"),  # the strict loader keeps dates as text
        ("10", '"10"'),
        ("a # b", '"a # b"'),
        ("deals/month", "deals/month"),
        ("Mål: 5 %", '"Mål: 5 %"'),
    ],
)
def test_scalars_read_back_as_written(value: str, written: str) -> None:
    assert template.scalar(value) == written


def test_slug() -> None:
    assert template.slug("Jag säger god morgon!") == "jag-sager-god-morgon"
    assert len(template.slug("ord " * 40)) <= 60
    assert template.slug("???") == "statement"


def test_examples_in_the_help_work(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    import shlex

    repo.git("config", "user.email", "anna@example.com")
    block = new.HELP.split("Examples:")[1].replace("\\\n", " ")
    commands = [shlex.split(line) for line in block.splitlines() if "--id" in line]
    # 1: a link to a statement that does not exist (yet)
    expected = [
        (
            1,
            "goals/faster-replies.md",
            [
                "Wrote goals/faster-replies.md",
                "goals/faster-replies.md:6:9: L002 [unresolved-reference] "
                "'parent: customer-satisfaction-2017' names no statement; "
                "no file has 'id: customer-satisfaction-2017'",
                "Found 1 error in 1 file.",
            ],
        ),
        (0, "goals/support-calls-per-day.md", ["Wrote goals/support-calls-per-day.md"]),
        # its goal was written by the first example
        (0, "goals/reply-templates.md", ["Wrote goals/reply-templates.md"]),
        (
            1,
            "goals/anna/god-morgon.md",
            [
                "Skrev goals/anna/god-morgon.md",
                "goals/anna/god-morgon.md:6:7: L002 [unresolved-reference] "
                "'goal: svarstid' pekar inte på något påstående; ingen fil har 'id: svarstid'",
                "Hittade 1 fel i 1 fil.",
            ],
        ),
    ]
    assert len(commands) == len(expected)
    for words, (code_wanted, written, lines) in zip(commands, expected, strict=True):
        assert words[:2] == ["goals", "new"]
        code, out, err = run(capsys, *words[1:])
        assert (code, err) == (code_wanted, "")
        assert out.splitlines() == lines
        assert (repo.path / written).is_file()
