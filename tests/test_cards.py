"""The goal card (goals_plugin(md, card=True)): what it shows, in each language, with user text
escaped by markdown-it; and goals render on the command line."""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from goals_as_code.markdown import Related, goals_plugin, parse
from goals_as_code.source import acceptance

from .conftest import GOOD_GOAL, Repo, run

TODAY = "2017-04-15"
KPI = """\
---
id: replies-kpi
kind: kpi
owner: anna@example.com
unit: hours
direction: decrease
frequency: weekly
value: 30
as_of: 2017-04-01
status: active
---
# Reply time
"""
ACTIVITY = """\
---
id: templates
kind: activity
owner: anna@example.com
goal: faster-replies
due: 2017-05-31
state: doing
---
# I will write reply templates by May
"""
BEHAVIOUR = """\
---
id: same-day
kind: behaviour
owner: anna@example.com
goal: faster-replies
frequency: daily
---
# I answer every customer e-mail the day it arrives
"""


class Text(HTMLParser):
    """The elements and the text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.texts: list[str] = []
        self.roots: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        classes = (dict(attrs).get("class") or "").split()
        if "goal-card" in classes:
            self.roots.append(" ".join(classes))

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.texts.append(data.strip())


def _render(text: str, lang: str = "en", related: Related | None = None) -> tuple[str, Text]:
    md = MarkdownIt("commonmark").use(
        goals_plugin, card=True, lang=lang, today=TODAY, related=related
    )
    html = md.render(text, {"path": "goals/a.md"})
    parsed = Text()
    parsed.feed(html)
    return html, parsed


def _goal() -> str:
    text = GOOD_GOAL.replace("status: active", "kpi: replies-kpi\nstatus: active")
    doc = parse(text, "goals/a.md")
    mark = acceptance.fingerprint(doc.data, doc.statement)
    return text.replace(
        "status: active\n",
        f"status: active\naccepted: {{by: erik@example.com, on: 2017-01-10, fingerprint: '{mark}'}}\n",
    )


def test_a_goal_card_shows_the_goal_and_what_serves_it() -> None:
    others = [parse(KPI, "kpis/r.md"), parse(ACTIVITY, "a/t.md"), parse(BEHAVIOUR, "b/s.md")]
    related = Related(lambda: others, lambda ident: f'<svg class="chart" data-for="{ident}"></svg>')
    html, parsed = _render(_goal(), related=related)
    assert parsed.roots == ["goal-card goal-card-goal"]
    assert html.index("</h1>") < html.index('<div class="goal-card')
    assert parsed.texts == [
        "Jag skall förbättra svarstiden på mina kundservicemail från idag 48 timmar till 24 timmar till den 30 juni 2017",
        "goal", "at risk", "faster-replies",
        "Owner", "anna@example.com", "Manager", "erik@example.com",
        "Baseline → current → target: 48 → 36 → 24 hours (2017-03-31)",
        "50 %",
        "Deadline", "2017-06-30",
        "Pace", "0.87",
        "Confidence", "Owner 0.7, Manager 0.6",
        "Acceptance", "accepted by erik@example.com on 2017-01-10",
        "Agreement", "not agreed",
        "KPIs", "Statement", "Latest value", "Reply time", "30 hours (2017-04-01)",
        "Activities", "Statement", "State", "Due",
        "I will write reply templates by May", "doing", "2017-05-31",
        "Behaviours", "Statement", "Frequency",
        "I answer every customer e-mail the day it arrives", "daily",
    ]  # fmt: skip
    assert '<svg class="chart" data-for="faster-replies"></svg></div>' in html
    assert 'aria-valuenow="50"><span style="width: 50%"></span>' in html


def test_a_changed_goal_says_its_acceptance_is_stale() -> None:
    _, parsed = _render(_goal().replace("target: 24", "target: 30"))
    assert "accepted by erik@example.com on 2017-01-10; changed since" in parsed.texts


def test_the_card_in_swedish() -> None:
    others = [parse(ACTIVITY, "a/t.md")]
    _, parsed = _render(_goal(), lang="sv", related=Related(lambda: others))
    labels = ["Ägare", "Chef", "Slutdatum", "Takt", "Tilltro", "Godkännande", "Överenskommelse"]
    assert [text for text in parsed.texts if text in labels] == labels
    assert "godkänt av erik@example.com den 2017-01-10" in parsed.texts
    assert "inte överenskommet" in parsed.texts
    assert "mål" in parsed.texts
    assert "pågår" in parsed.texts  # the activity's state
    english = {"Owner", "Manager", "Deadline", "Pace", "Acceptance", "not agreed", "goal", "doing"}
    assert english & set(parsed.texts) == set()


@pytest.mark.parametrize("kind", ["kpi", "activity", "behaviour"])
def test_each_kind_has_its_card(kind: str) -> None:  # its badge: the status or state written
    text = {"kpi": KPI, "activity": ACTIVITY, "behaviour": BEHAVIOUR}[kind]
    _, parsed = _render(text)
    assert parsed.roots == [f"goal-card goal-card-{kind}"]
    expected = {
        "kpi": ["kpi", "active", "replies-kpi", "Owner", "anna@example.com",
                "Latest value", "30 hours (2017-04-01)", "Frequency", "weekly"],
        "activity": ["activity", "doing", "templates", "Owner", "anna@example.com",
                     "Serves", "faster-replies", "Due", "2017-05-31"],
        "behaviour": ["behaviour", "same-day", "Owner", "anna@example.com",
                      "Serves", "faster-replies", "Frequency", "daily"],
    }[kind]  # fmt: skip
    assert parsed.texts[1:] == expected


def test_user_text_never_becomes_markup() -> None:
    hostile = GOOD_GOAL.replace(
        "owner: anna@example.com", "owner: '<script>alert(1)</script>'"
    ).replace("unit: hours", 'unit: "<img src=x onerror=alert(1)>"')
    html, parsed = _render(hostile)
    assert "script" not in parsed.tags
    assert "img" not in parsed.tags
    assert "<script>alert(1)</script>" in parsed.texts
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_no_card_for_a_file_that_is_not_a_statement() -> None:
    html, parsed = _render("# Just a page\n\nText.\n")
    assert parsed.roots == []
    assert html == "<h1>Just a page</h1>\n<p>Text.</p>\n"


def test_render_in_swedish(repo: Repo, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    repo.write("goals/a.md", GOOD_GOAL)
    repo.write("goals/notes.md", "# Anteckningar\n")
    repo.commit("Goal")
    out = tmp_path / "pages"
    code, said, err = run(
        capsys, "render", "goals/a.md", "goals/notes.md", "--lang", "sv", "--today", TODAY,
        "-o", str(out),
    )  # fmt: skip
    assert code == 1
    assert said.splitlines() == [f"skrev {out / 'a.html'}", f"skrev {out / 'notes.html'}"]
    assert err == (
        "goals/notes.md:1: inget påstående, så sidan har inget kort; "
        "kör 'goals check goals/notes.md'\n"
    )
    page = (out / "a.html").read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="sv">')
    assert "<dt>Ägare</dt>" in page
    assert 'class="goal-card' not in (out / "notes.html").read_text(encoding="utf-8")


def test_check_imports_no_docs_tool(repo: Repo) -> None:
    repo.write("goals/a.md", GOOD_GOAL)
    probe = (
        "import sys; from goals_as_code.cli.main import main; main(['check'])\n"
        "print(sorted(m for m in ('mkdocs', 'sphinx', 'docutils', 'myst_parser', "
        "'goals_as_code.site', 'goals_as_code.report', 'goals_as_code.markdown.card') "
        "if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False
    )
    assert done.stdout.splitlines()[-1] == "[]", done.stdout + done.stderr
