"""The conversation page in a real headless browser: it renders offline with no console message,
a screenshot is taken, and it prints to a few A4 pages."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest

from tests.builders import ANNA
from tests.conftest import Repo, run
from tests.test_conversation import history
from tests.test_report_html import browse

pytestmark = pytest.mark.slow


def pages(pdf: bytes) -> int:
    """The number of pages of a PDF: its page objects (Chromium writes them uncompressed)."""
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_page_renders_and_prints_to_a_few_pages(
    repo: Repo,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    lang: str,
) -> None:
    history(repo, capsys, monkeypatch)
    page = tmp_path / "anna.html"
    code, _, _ = run(
        capsys,
        "conversation",
        ANNA,
        "--format",
        "html",
        "--today",
        "2017-04-01",
        "--lang",
        lang,
        "-o",
        str(page),
    )
    assert code == 0
    text = page.read_text(encoding="utf-8")
    assert "<script" not in text
    assert re.findall(r"""(?:src|href)=["'](?!#)""", text) == []
    assert "url(" not in text

    profile = tmp_path / "profile"
    done = browse(page, profile, "--enable-logging=stderr", "--v=0", "--dump-dom")
    assert [line for line in done.stderr.splitlines() if ":CONSOLE" in line] == []
    ids = re.findall(r'<section class="goal" id="goal-([^"]+)"', done.stdout)
    assert ids == ["faster-replies", "fewer-complaints", "onboarding-2016"]
    assert done.stdout.count('<svg class="chart"') == 3
    overdue = {"en": "overdue", "sv": "försenat"}[lang]
    assert f'<span class="stale">{overdue}</span>' in done.stdout
    assert '<div class="agreements"></div>' in done.stdout

    shot = tmp_path / f"conversation-{lang}.png"
    browse(page, profile, f"--screenshot={shot}")
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (1280, 2000)

    pdf = tmp_path / f"conversation-{lang}.pdf"
    browse(page, profile, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    printed = pdf.read_bytes()
    assert printed[:5] == b"%PDF-"
    boxes = {
        tuple(round(float(n)) for n in box.split())
        for box in re.findall(rb"/MediaBox\s*\[([^\]]*)\]", printed)
    }
    assert boxes == {(0, 0, 595, 842)}  # A4, from the page's @page rule
    assert 2 <= pages(printed) <= 4
