"""The statement model: the field table, the readers, the typed views, Markdown text, formats."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from goals_as_code.errors import GoalsError
from goals_as_code.markdown import parse
from goals_as_code.registry import Formats
from goals_as_code.source import fields, statement
from goals_as_code.source.text import did_you_mean
from tests.conftest import GOOD_GOAL

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "goals_as_code"

# --- the table ----------------------------------------------------------------------------------


def test_the_kinds() -> None:
    assert fields.KINDS == ("goal", "kpi", "activity", "behaviour")


def test_the_defining_fields() -> None:
    assert fields.DEFINING == (
        "metric.baseline",
        "metric.target",
        "metric.direction",
        "metric.unit",
        "start",
        "deadline",
        "parent",
        "kpi",
        "owner",
        "manager",
        "statement",
    )


def test_the_goalposts() -> None:
    assert fields.GOALPOSTS == (
        "metric.baseline",
        "metric.target",
        "metric.direction",
        "metric.unit",
        "unit",
        "direction",
        "start",
        "deadline",
    )


def test_the_event_fields_end_with_the_statement() -> None:
    assert fields.EVENT_FIELDS == (
        "metric.baseline",
        "metric.target",
        "metric.direction",
        "metric.unit",
        "unit",
        "direction",
        "start",
        "deadline",
        "parent",
        "kpi",
        "owner",
        "manager",
        "accepted",
        "agreed",
        "confidence.owner",
        "confidence.manager",
        "state",
        "statement",
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("metric.current", True),
        ("metric.as_of", True),
        ("status", True),
        ("value", True),
        ("as_of", True),
        ("confidence.owner", True),
        ("values.team-a", True),
        ("confidence", False),
        ("metric.target", False),
        ("deadline", False),
        ("statement", False),
    ],
)
def test_is_progress(name: str, expected: bool) -> None:
    assert fields.is_progress(name) is expected


def test_progress_is_never_defining() -> None:
    assert [name for name in fields.DEFINING if fields.is_progress(name)] == []


# --- the readers ----------------------------------------------------------------------------------


def test_get_walks_a_dotted_path() -> None:
    data = {"metric": {"target": 24, "unit": None}, "owner": "anna@example.com"}
    assert fields.get(data, "metric.target") == 24
    assert fields.get(data, "owner") == "anna@example.com"
    assert fields.get(data, "metric.unit") is None
    assert fields.get(data, "metric.baseline") is None
    assert fields.get(data, "owner.name") is None  # through a text: nothing there
    assert fields.get(None, "owner") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [(24, 24.0), (24.5, 24.5), (0, 0.0), (True, None), (False, None), ("24", None), (None, None)],
)
def test_number(value: object, expected: float | None) -> None:
    assert fields.number(value) == expected
    assert type(fields.number(value)) is type(expected)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-06-30", datetime.date(2017, 6, 30)),
        ("2016-02-29", datetime.date(2016, 2, 29)),
        ("2017-02-29", None),  # no such day
        ("20170630", None),  # ISO, but not as the files write dates
        ("2017-06-30T00:00", None),
        ("30 June 2017", None),
        (20170630, None),
        (None, None),
    ],
)
def test_date(value: object, expected: datetime.date | None) -> None:
    assert fields.date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, "(none)"),
        (True, "true"),
        (False, "false"),
        (24, "24"),
        (24.0, "24"),
        (0.1, "0.1"),
        (2.345678, "2.345678"),
        ("hours", "hours"),
        ([10, 20.0], "[10, 20]"),
        ([1, None], "[1, null]"),
        ({"owner": 0.7, "manager": 1.0}, '{"owner": 0.7, "manager": 1}'),
    ],
)
def test_show(value: object, expected: str) -> None:
    assert fields.show(value) == expected


def test_show_in_a_table() -> None:
    assert fields.show(None, none="–") == "–"
    assert fields.show(2.345678, digits=4) == "2.346"
    assert fields.show(24.0, digits=4) == "24"
    assert fields.show([0.123456, 2], digits=2) == "[0.12, 2]"


# --- the typed views ------------------------------------------------------------------------------


def test_a_goal_view() -> None:
    view = statement.of(parse(GOOD_GOAL, "goals/anna/faster-replies.md"))
    assert view == statement.Goal(
        id="faster-replies",
        path="goals/anna/faster-replies.md",
        statement="Jag skall förbättra svarstiden på mina kundservicemail från idag 48 timmar "
        "till 24 timmar till den 30 juni 2017",
        owner="anna@example.com",
        manager="erik@example.com",
        team=None,
        parent=None,
        kpi=None,
        start=datetime.date(2017, 1, 1),
        deadline=datetime.date(2017, 6, 30),
        status="active",
        frequency=None,
        weight=None,
        confidence={"owner": 0.7, "manager": 0.6},
        metric=statement.Metric(
            unit="hours",
            direction="decrease",
            baseline=48.0,
            target=24.0,
            bounds=None,
            current=36.0,
            as_of="2017-03-31",
        ),
    )


def test_a_document_builds_its_view_once() -> None:
    doc = parse(GOOD_GOAL, "g.md")
    assert doc.view is doc.view
    assert doc.view == statement.of(doc)


def test_a_range_target_is_bounds() -> None:
    text = GOOD_GOAL.replace("direction: decrease", "direction: range").replace(
        "target: 24", "target: [20, 30]"
    )
    view = statement.goal(parse(text, "g.md"))
    assert view.metric.target is None
    assert view.metric.bounds == (20.0, 30.0)


def test_a_view_of_a_file_the_schema_rejects_reads_wrong_types_as_none() -> None:
    text = (
        GOOD_GOAL.replace("baseline: 48", "baseline: many")
        .replace("deadline: 2017-06-30", "deadline: soon")
        .replace("owner: anna@example.com", "owner: ''")
        .replace("confidence: {owner: 0.7, manager: 0.6}", "confidence: {owner: high}")
    )
    view = statement.goal(parse(text, "g.md"))
    assert (view.metric.baseline, view.deadline, view.owner, view.confidence) == (
        None,
        None,
        None,
        {},
    )


def test_a_kpi_view() -> None:
    text = (
        "---\nid: replies\nkind: kpi\nowner: anna@example.com\nunit: hours\n"
        "direction: decrease\nfrequency: weekly\nvalue: 30\nvalues: {team-a: 28, team-b: x}\n"
        "as_of: 2017-03-31\n---\n# Response time\n"
    )
    assert statement.of(parse(text, "k.md")) == statement.Kpi(
        id="replies",
        path="k.md",
        statement="Response time",
        owner="anna@example.com",
        team=None,
        unit="hours",
        direction="decrease",
        frequency="weekly",
        value=30.0,
        values={"team-a": 28.0},
        as_of="2017-03-31",
        status=None,
    )


def test_an_activity_and_a_behaviour_view() -> None:
    activity = (
        "---\nid: train\nkind: activity\nowner: anna@example.com\ngoal: faster-replies\n"
        "due: 2017-02-28\nstate: doing\n---\n# Train the team\n"
    )
    behaviour = (
        "---\nid: listen\nkind: behaviour\nowner: anna@example.com\ngoal: faster-replies\n"
        "frequency: daily\n---\n# I listen first\n"
    )
    assert statement.of(parse(activity, "a.md")) == statement.Activity(
        "train",
        "a.md",
        "Train the team",
        "anna@example.com",
        None,
        "faster-replies",
        None,
        datetime.date(2017, 2, 28),
        "doing",
    )
    assert statement.of(parse(behaviour, "b.md")) == statement.Behaviour(
        "listen",
        "b.md",
        "I listen first",
        "anna@example.com",
        None,
        "faster-replies",
        "daily",
        None,
    )


def test_no_view_of_an_unknown_kind() -> None:
    assert statement.of(parse("---\nid: x\nkind: wish\n---\n# X\n", "x.md")) is None


# --- text for people ------------------------------------------------------------------------------


def test_did_you_mean() -> None:
    assert did_you_mean("faster-reply", ["faster-replies", "fewer-bugs"]) == ["faster-replies"]
    assert did_you_mean("zzz", ["faster-replies"]) == []
    assert did_you_mean("abc", ["abd", "abc", "xyz"], n=3) == ["abc", "abd"]


def test_a_format_registry() -> None:
    formats = Formats({"text": str.upper, "json": str.lower})
    assert formats.names == ("text", "json")
    assert formats["text"]("a") == "A"
    assert "csv" not in formats
    with pytest.raises(GoalsError, match=r"^unknown format 'jsn'; did you mean 'json'\?$"):
        formats.writer("jsn")
    with pytest.raises(GoalsError, match=r"^unknown format 'x'; choose one of text, json$"):
        formats.writer("x")


# --- each fact is written once --------------------------------------------------------------------


def _sources() -> dict[str, str]:
    return {
        str(path.relative_to(PACKAGE)): path.read_text(encoding="utf-8")
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def _where(pattern: str) -> list[str]:
    found = re.compile(pattern, re.MULTILINE)
    return [name for name, text in _sources().items() if found.search(text)]


def test_the_kinds_are_listed_once() -> None:
    assert _where(r"""["']goal["'],\s*["']kpi["'],\s*["']activity["']""") == ["source/fields.py"]
    assert _where(r"""["']goal["'],\s*["']activity["'],\s*["']behaviour["'],\s*["']kpi""") == []


def test_the_field_lists_are_written_once() -> None:
    # a tuple or list that names two goalposts in a row is a copy of the table
    copies = _where(r"""["']metric\.baseline["'],\s*["']metric\.target["']""")
    assert copies == []
    assert _where(r"^\s*Field\(\"metric\.target\"") == ["source/fields.py"]
    assert _where(r"^(DEFINING|GOALPOSTS|EVENT_FIELDS|PROGRESS)\b.*=") == ["source/fields.py"]


def test_one_did_you_mean() -> None:
    assert _where(r"get_close_matches") == ["source/text.py"]


def test_one_markdown_escape() -> None:
    assert _where(r"&#124;|\\\\\|") == ["markdown/writer.py"]


def test_one_date_reader() -> None:
    # datetime.fromisoformat reads Git's timestamps; a day written in a file is read by fields.date
    assert _where(r"date\.fromisoformat") == ["source/fields.py"]


def test_format_choices_come_from_registries() -> None:
    hard_coded = _where(r"""click\.Choice\(\[["'](text|goal)""")
    assert hard_coded == []
    assert _where(r"^def (default_today)\b") == ["source/config.py"]
    assert _where(r"^class Result\b") == ["check/problem.py"]


def test_no_rule_imports_another() -> None:
    rules = PACKAGE / "check" / "rules"
    names = {path.stem for path in rules.glob("*.py") if not path.stem.startswith("_")}
    pattern = re.compile(
        r"from goals_as_code\.check\.rules(?:\.(\w+))? import (\w+)|"
        r"from goals_as_code\.check\.rules import (\w+)"
    )
    found = []
    for path in sorted(rules.glob("*.py")):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            module = match.group(1) or match.group(2)
            if module in names and path.stem != "__init__":
                found.append(f"{path.name}: {module}")
    assert found == []
