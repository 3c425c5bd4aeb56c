"""Goal files in docs sites: the examples built as a real MkDocs site and a real Sphinx site, and
as standalone pages by goals render, each goal page checked in headless Chromium (its card and
chart in the DOM, a screenshot, no console message)."""

from __future__ import annotations

import io
import re
import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from .builders import epoch
from .conftest import Repo, run
from .test_report_html import chromium

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "en"
TODAY = "2017-04-15"
DEALS = "goals/more-deals.md"


def browse(page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Chromium on one page, its console written to stderr (as 'CONSOLE' lines)."""
    return subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=3000",
            f"--user-data-dir={profile}",
            "--window-size=1280,1600",
            *extra,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    )


def console(done: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in done.stderr.splitlines() if ":CONSOLE" in line]


class Cards(HTMLParser):
    """The goal cards of a page as the browser built it: ids, badges, charts, tree links."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[str] = []
        self.charts = 0
        self.points = 0
        self.badges: list[str] = []
        self.links: list[str] = []
        self.in_badge = False
        self.tree_depth = 0  # open divs inside a goal tree

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        classes = (found.get("class") or "").split()
        if "goal-card" in classes:
            self.cards.append(found.get("data-goal-id") or "")
        if tag == "div" and (self.tree_depth or "goal-tree" in classes):
            self.tree_depth += 1
        if tag == "svg" and "chart" in classes and self.cards:
            self.charts += 1
        if tag == "circle" and "dot" in classes:
            self.points += 1
        if tag == "span" and ("goal-kind" in classes or "goal-status" in classes):
            self.in_badge = True
        if tag == "a" and self.tree_depth:
            self.links.append(found.get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self.tree_depth:
            self.tree_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.in_badge:
            self.badges.append(data)
            self.in_badge = False


def _check_page(page: Path, tmp_path: Path, name: str) -> Cards:
    """The page in Chromium: no console message, a screenshot of the window's size; its DOM."""
    done = browse(page, tmp_path / "profile", "--dump-dom")
    assert console(done) == []
    parsed = Cards()
    parsed.feed(done.stdout)
    shot = tmp_path / f"{name}.png"
    browse(page, tmp_path / "profile", f"--screenshot={shot}")
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (1280, 1600)
    return parsed


def _examples_in_a_repository(repo: Repo, folder: str) -> Path:
    """The English examples under ``folder`` in a Git repository, with one earlier check-in of
    more-deals, so that its card has a chart of two points."""
    docs = repo.path / folder
    shutil.copytree(EXAMPLES, docs)
    final = (docs / DEALS).read_text(encoding="utf-8")
    earlier = final.replace("current: 153", "current: 151").replace(
        "as_of: 2017-03-31", "as_of: 2017-02-28"
    )
    (docs / DEALS).write_text(earlier, encoding="utf-8")
    repo.commit("Add the goals", date=epoch("2017-02-28"))
    (docs / DEALS).write_text(final, encoding="utf-8")
    repo.commit("Check in more deals", date=epoch("2017-03-31"))
    return docs


def test_the_console_check_sees_an_error(tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    page.write_text("<p>x</p><script>console.error('boom')</script>", encoding="utf-8")
    assert len(console(browse(page, tmp_path / "profile", "--dump-dom"))) == 1


def test_the_examples_as_a_mkdocs_site(repo: Repo, tmp_path: Path) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    _examples_in_a_repository(repo, "docs")
    repo.write(
        "mkdocs.yml",
        "site_name: Goals\n"
        "theme: {name: readthedocs, highlightjs: false}\n"
        "plugins:\n"
        "  - goals:\n"
        "      index: alignment.md\n"
        f'      today: "{TODAY}"\n',
    )
    build(load_config(str(repo.path / "mkdocs.yml")))
    site = repo.path / "site"

    deals = _check_page(site / "goals" / "more-deals" / "index.html", tmp_path, "deals")
    assert deals.cards == ["more-deals"]
    assert deals.badges == ["goal", "on track"]
    assert (deals.charts, deals.points) == (1, 2)

    kpi = _check_page(site / "kpis" / "profit-margin" / "index.html", tmp_path, "kpi")
    assert (kpi.cards, kpi.badges, kpi.charts) == (["profit-margin"], ["kpi", "active"], 0)

    index = _check_page(site / "alignment" / "index.html", tmp_path, "index")
    assert index.cards == []
    assert index.links == [
        "../company/customer-satisfaction-2017/",
        "../goals/faster-email-replies/",
        "../company/profitability-2017/",
        "../goals/lower-costs/",
        "../company/sales-2017/",
        "../goals/more-deals/",
    ]
    for link in index.links:
        assert (site / "alignment" / link / "index.html").resolve().is_file()
    # a page that is not a statement has no card
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'class="goal-card' not in home


# myst-parser's own use of an API Sphinx deprecates, not ours
@pytest.mark.filterwarnings(r"ignore:'myst_parser\..*' is deprecated")
def test_the_examples_as_a_sphinx_site(repo: Repo, tmp_path: Path) -> None:
    from sphinx.application import Sphinx

    source = _examples_in_a_repository(repo, "docs")
    (source / "conf.py").write_text(
        'project = "Goals"\n'
        'extensions = ["goals_as_code.sphinx"]\n'
        f'goals_today = "{TODAY}"\n'
        'exclude_patterns = ["_build"]\n',
        encoding="utf-8",
    )
    (source / "index.md").write_text(
        "# Our goals\n\n"
        "```{toctree}\n:glob:\n\nREADME\n*/*\n```\n\n"
        "## Customer satisfaction\n\n"
        "```{goal-tree} customer-satisfaction-2017\n```\n\n"
        "## The margin\n\n"
        "```{goal-card} profit-margin\n```\n",
        encoding="utf-8",
    )
    warnings = io.StringIO()
    out = tmp_path / "html"
    Sphinx(
        str(source), str(source), str(out), str(tmp_path / "doctrees"), "html",
        status=None, warning=warnings,
    ).build()  # fmt: skip
    assert warnings.getvalue() == ""

    deals = _check_page(out / "goals" / "more-deals.html", tmp_path, "deals")
    assert deals.cards == ["more-deals"]
    assert deals.badges == ["goal", "on track"]
    assert (deals.charts, deals.points) == (1, 2)

    index = _check_page(out / "index.html", tmp_path, "index")
    assert index.cards == ["profit-margin"]
    assert index.links == [
        "company/customer-satisfaction-2017.html",
        "goals/faster-email-replies.html",
    ]
    for link in index.links:
        assert (out / link).is_file()
    # the card sits right below the statement, before the body's first section
    html = (out / "goals" / "more-deals.html").read_text(encoding="utf-8")
    assert html.index("</h1>") < html.index('class="goal-card') < html.index(">Why<")


def test_goals_render_writes_standalone_pages(
    repo: Repo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _examples_in_a_repository(repo, "goals")
    out = tmp_path / "pages"
    code, said, err = run(
        capsys, "render", f"goals/{DEALS}", "goals/kpis/profit-margin.md",
        "--config", "goals/goals.toml", "--today", TODAY, "-o", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert said.splitlines() == [
        f"wrote {out / 'goals' / 'more-deals.html'}",
        f"wrote {out / 'kpis' / 'profit-margin.html'}",
    ]
    deals = _check_page(out / "goals" / "more-deals.html", tmp_path, "deals")
    assert (deals.cards, deals.badges, deals.charts, deals.points) == (
        ["more-deals"], ["goal", "on track"], 1, 2,
    )  # fmt: skip
    page = (out / "goals" / "more-deals.html").read_text(encoding="utf-8")
    title = re.search(r"<title>(.*)</title>", page)
    assert title is not None
    assert title.group(1) == (
        "I will increase my average number of deals from 150 per month to 160 per month during 2017"
    )
