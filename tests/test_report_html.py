"""The HTML report in a real headless browser: it renders, offline, with one chart per goal."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.builders import build_history
from tests.conftest import Repo, run

pytestmark = pytest.mark.slow


def chromium() -> str:
    """The browser, or a failure in CI (which installs it) and a skip elsewhere."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    reason = (
        "the HTML report is checked in Chromium, which is not installed: "
        "apt-get install -y chromium"
    )
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(reason)
    pytest.skip(reason)


def browse(page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
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
            f"--user-data-dir={profile}",
            "--window-size=1280,2000",
            *extra,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    )


class Charts(HTMLParser):
    """Collects, per goal card, its chart's check-in polyline (from the DOM the browser built)."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[str] = []
        self.charts = 0
        self.polylines: dict[str, str] = {}
        self.statuses: dict[str, str] = {}
        self.in_badge = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        classes = (found.get("class") or "").split()
        if tag == "article" and "card" in classes:
            self.cards.append((found.get("id") or "").removeprefix("goal-"))
        elif tag == "svg" and "chart" in classes:
            self.charts += 1
        elif tag == "polyline" and "checkins" in classes and self.cards:
            self.polylines.setdefault(self.cards[-1], found.get("points") or "")
        self.in_badge = tag == "span" and "badge" in classes

    def handle_data(self, data: str) -> None:
        if self.in_badge and self.cards:
            self.statuses[self.cards[-1]] = data
            self.in_badge = False


def test_html_renders_in_chromium_with_a_chart_per_goal(
    repo: Repo, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    build_history(repo)
    page = tmp_path / "report.html"
    code, _, _ = run(capsys, "report", "--format", "html", "--as-of", "2017-04-01", "-o", str(page))
    assert code == 0

    dom = browse(page, tmp_path / "profile", "--dump-dom").stdout
    parsed = Charts()
    parsed.feed(dom)
    assert parsed.cards == ["satisfaction", "more-deals", "faster-replies", "fewer-complaints"]
    assert parsed.charts == 4
    # faster-replies has three check-ins: three points in its line
    assert len(parsed.polylines["faster-replies"].split()) == 3
    assert len(parsed.polylines["satisfaction"].split()) == 3  # the KPI's series
    assert len(parsed.polylines["more-deals"].split()) == 1
    assert parsed.statuses == {
        "satisfaction": "on track",
        "more-deals": "at risk",
        "faster-replies": "on track",
        "fewer-complaints": "achieved",
    }
    for title in ("By owner", "By team", "Alignment", "KPIs", "nps: side by side"):
        assert f"<h2>{title}</h2>" in dom

    shot = tmp_path / "report.png"
    browse(page, tmp_path / "profile", f"--screenshot={shot}")
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (1280, 2000)


def test_html_is_self_contained(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    build_history(repo)
    code, out, _ = run(capsys, "report", "--format", "html")
    assert code == 0
    assert out.startswith("<!DOCTYPE html>")
    assert "<style>" in out
    for outside in ("<script", "<link", "src=", "http://", "https://", "@import", "url("):
        assert outside not in out
