"""The report's output formats, by name: each draws the same page of sections, or its data."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from goals_as_code.registry import Formats
from goals_as_code.report import model, sections
from goals_as_code.source.config import Config


class Options(NamedTuple):
    lang: str = "en"
    color: bool = False
    width: int = 132


def _text(report: model.Report, goals: list[model.Goal], rolled: model.Rollups, o: Options) -> str:
    from goals_as_code.report.formats import terminal

    page = sections.page(report, goals, rolled, o.lang)
    return terminal.write(page, color=o.color, width=o.width)


def _markdown(
    report: model.Report, goals: list[model.Goal], rolled: model.Rollups, o: Options
) -> str:
    from goals_as_code.report.formats import markdown

    return markdown.write(sections.page(report, goals, rolled, o.lang))


def _html(report: model.Report, goals: list[model.Goal], rolled: model.Rollups, o: Options) -> str:
    from goals_as_code.report.formats import html

    return html.write(sections.page(report, goals, rolled, o.lang))


def _json(report: model.Report, goals: list[model.Goal], rolled: model.Rollups, o: Options) -> str:
    from goals_as_code.report.formats import data

    return data.as_json(report, goals, rolled)


def _csv(report: model.Report, goals: list[model.Goal], rolled: model.Rollups, o: Options) -> str:
    from goals_as_code.report.formats import data

    return data.as_csv(report, goals, rolled)


Writer = Callable[[model.Report, list[model.Goal], model.Rollups, Options], str]

# name -> writer; the first is the default. ``goals report --format`` offers these names.
FORMATS: Formats[Writer] = Formats(
    {"text": _text, "markdown": _markdown, "json": _json, "csv": _csv, "html": _html}
)


def render(
    report: model.Report,
    fmt: str,
    filters: model.Filters = model.NO_FILTERS,
    *,
    color: bool = False,
    width: int = 132,
    lang: str = "en",
) -> str:
    """``report`` in the format ``fmt``, with the goals that pass ``filters`` and their roll-ups;
    ``lang`` is the language of the human text (JSON and CSV keep English identifiers)."""
    writer = FORMATS.writer(fmt)
    goals = model.select(report.goals, filters)
    return writer(report, goals, model.rollups(goals), Options(lang, color, width))


def render_report(
    config: Config,
    fmt: str = "text",
    at: str | None = None,
    *,
    since: str | None = None,
    as_of: str | None = None,
    filters: model.Filters = model.NO_FILTERS,
    color: bool = False,
    width: int = 132,
    lang: str | None = None,
) -> str:
    """Read the repository of ``config`` and render its report: the one call ``goals report``
    (and the demo) needs."""
    built = model.build(config, at=at, since=since, as_of=as_of)
    return render(built, fmt, filters, color=color, width=width, lang=lang or config.language)
