"""The shipped examples: the source guide's statements, complete, and clean under every rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from goals_as_code.check.tree import Tree
from goals_as_code.source import config as config_module
from goals_as_code.source import resources, units

from .conftest import run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

# the guide's own examples, word for word (one typo, "160 månad", corrected)
GUIDE_SV = {
    "goal": {
        "Jag skall förbättra svarstiden på mina kundservicemail från idag 48 timmar till 24 timmar till den 30 juni 2017",
        "Jag skall öka snittet på antalet affärer från 150 per månad till 160 per månad under 2017",
        "Jag skall sänka kostnaderna med 5 % för min funktion under 2017",
    },
    "kpi": {"Antal kundmöten/vecka", "Antal supportsamtal/dag", "Vinstmarginal"},
    "behaviour": {
        "Jag kommer i tid till mötet",
        "Jag informerar kunden om företagets produkter och tjänster",
        "Jag säger god morgon till mina kollegor",
    },
    "activity": {
        "Jag skall utveckla företagets rekryteringsprocess under första halvåret 2017",
        "Jag skall genomföra PM-samtal med samtliga mina medarbetare i teamet",
        "Jag skall implementera Scrum på vår IT-avdelning under 2017",
        "Jag skall ta fram en beskrivning av teamets roller och ansvar och den skall vara klar om 3 månader",
    },
}


def tree(lang: str) -> Tree:
    return Tree.load(config_module.load(config_file=EXAMPLES / lang / "goals.toml"))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_examples_pass_goals_check(lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "check", "--config", str(EXAMPLES / lang / "goals.toml"), "--format", "json"
    )
    payload = json.loads(out)
    assert payload["problems"] == []
    assert (code, payload["files"], err) == (0, 16, "")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_examples_are_a_project_of_their_own(
    lang: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(EXAMPLES / lang)
    code, out, _ = run(capsys, "check")
    said = {
        "sv": "Allt i ordning: 16 filer kontrollerade, inga problem.\n",  # its language = "sv"
        "en": "All good: 16 files checked, no problems.\n",
    }
    assert (code, out) == (0, said[lang])


def test_swedish_examples_are_the_guides_own() -> None:
    found: dict[str, set[str]] = {}
    for doc in tree("sv").documents:
        if doc.kind == "goal" and doc.get("owner") != "anna@example.com":
            continue  # the company goals the guide's goals serve
        found.setdefault(str(doc.kind), set()).add(str(doc.statement))
    assert found == GUIDE_SV


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_examples_are_complete_and_linked(lang: str) -> None:
    docs = tree(lang)
    kinds = sorted(str(doc.kind) for doc in docs.documents)
    assert kinds == ["activity"] * 4 + ["behaviour"] * 3 + ["goal"] * 6 + ["kpi"] * 3
    personal = [d for d in docs.documents if d.kind == "goal" and d.get("parent")]
    assert len(personal) == 3
    for goal in personal:
        assert goal.get("owner") == "anna@example.com"
        assert goal.get("manager") == "erik@example.com"
        assert goal.get("status") == "active"
        assert str(goal.get("deadline")).startswith("2017-")
        assert set(goal.get("metric")) == {
            "unit",
            "direction",
            "baseline",
            "target",
            "current",
            "as_of",
        }
        assert set(goal.get("confidence")) == {"owner", "manager"}
        parent = docs.get(goal.get("parent"))
        assert parent is not None
        assert (parent.kind, parent.get("parent")) == ("goal", None)
        # the guide's KPIs show effects of these goals in other units: named in the text only
        assert goal.get("kpi") is None
    measured = [d for d in docs.documents if d.kind == "goal" and d.get("kpi")]
    assert len(measured) == 1  # the company's margin, measured by the margin KPI
    kpi = docs.get(measured[0].get("kpi"))
    assert kpi is not None
    assert kpi.kind == "kpi"
    assert units.same(kpi.get("unit"), measured[0].get("metric", "unit"))
    for doc in docs.documents:
        if doc.kind in ("activity", "behaviour"):
            served = docs.get(doc.get("goal"))
            assert served in personal, doc.path


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_example_starts_with_its_id(lang: str) -> None:
    for doc in tree(lang).documents:  # no schema modeline: editors ignore it in Markdown
        assert doc.text.splitlines()[1] == f"id: {doc.id}", doc.path


def test_languages_have_the_same_shape() -> None:
    def shape(lang: str) -> list[tuple[str, str | None, str | None, str | None]]:
        return sorted(
            (
                str(doc.kind),
                doc.get("start"),
                doc.get("deadline") or doc.get("due"),
                str(doc.get("metric", "target")),
            )
            for doc in tree(lang).documents
        )

    assert shape("sv") == shape("en")


def test_examples_ship_with_the_package() -> None:
    assert (resources.folder("examples") / "sv" / "goals.toml").is_file()
    assert (resources.folder("examples") / "en" / "goals.toml").is_file()
