"""The report's formats by name, and ``render``: a report, filtered, in one of them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from goals_as_code.registry import Formats
from goals_as_code.report import html, text
from goals_as_code.report.model import (
    NO_FILTERS,
    Filters,
    Goal,
    Report,
    Rollups,
    build,
    rollups,
    select,
)
from goals_as_code.source.config import Config


class Style(NamedTuple):
    """How to write: colours and width (terminal text), the language of the human text."""

    color: bool = False
    width: int = 132
    lang: str = "en"  # JSON and CSV keep English identifiers


Writer = Callable[[Report, Sequence[Goal], Rollups, Style], str]


def _text(report: Report, goals: Sequence[Goal], rolled: Rollups, style: Style) -> str:
    return text.text(report, goals, rolled, color=style.color, width=style.width, lang=style.lang)


def _markdown(report: Report, goals: Sequence[Goal], rolled: Rollups, style: Style) -> str:
    return text.markdown(report, goals, rolled, style.lang)


def _json(report: Report, goals: Sequence[Goal], rolled: Rollups, style: Style) -> str:
    return text.as_json(report, goals, rolled)


def _csv(report: Report, goals: Sequence[Goal], rolled: Rollups, style: Style) -> str:
    return text.as_csv(report, goals, rolled)


def _html(report: Report, goals: Sequence[Goal], rolled: Rollups, style: Style) -> str:
    return html.page(report, goals, rolled, style.lang)


FORMATS: Formats[Writer] = Formats(
    {"text": _text, "markdown": _markdown, "json": _json, "csv": _csv, "html": _html}
)


def render(
    report: Report,
    fmt: str,
    filters: Filters = NO_FILTERS,
    *,
    color: bool = False,
    width: int = 132,
    lang: str = "en",
) -> str:
    """``report`` in one of ``FORMATS``, with the goals that pass ``filters`` and their roll-ups;
    ``lang`` is the language of the human text (JSON and CSV keep English identifiers)."""
    write = FORMATS.writer(fmt)
    goals = select(report.goals, filters)
    return write(report, goals, rollups(goals), Style(color, width, lang))


def render_report(
    config: Config,
    fmt: str = "text",
    at: str | None = None,
    *,
    since: str | None = None,
    as_of: str | None = None,
    filters: Filters = NO_FILTERS,
    color: bool = False,
    width: int = 132,
    lang: str | None = None,
) -> str:
    """Read the repository of ``config`` and render its report: the one call ``goals report``
    (and the demo) needs."""
    built = build(config, at=at, since=since, as_of=as_of)
    language = lang or config.language
    return render(built, fmt, filters, color=color, width=width, lang=language)
