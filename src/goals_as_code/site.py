"""Goal files in a docs site: the statements of a folder read once, their cards, the check-in
charts of the HTML report when the folder is in a Git repository, and the alignment tree.

What the MkDocs plugin, the Sphinx extension and ``goals render`` share; none of them is imported
here, so the command line never loads a docs tool.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import N_, message
from goals_as_code.markdown import card
from goals_as_code.markdown.card import Related
from goals_as_code.markdown.plugin import parse
from goals_as_code.source import config as config_module
from goals_as_code.source import fields

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

    from goals_as_code.report.model import Goal, Report
    from goals_as_code.source.config import Config
    from goals_as_code.source.document import Document

SKIPPED = ("_build", "site", "node_modules")  # build output and tools, never statements


def statements(folder: Path, paths: Iterable[Path] | None = None) -> dict[str, Document]:
    """The statement files under ``folder`` (or those of ``paths``), by path relative to it: every
    Markdown file whose front matter names an ``id`` and a known ``kind``."""
    found: dict[str, Document] = {}
    if paths is None:
        paths = sorted(
            path
            for path in folder.rglob("*.md")
            if not any(
                part.startswith((".", "_")) or part in SKIPPED
                for part in path.relative_to(folder).parts[:-1]
            )
        )
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        relative = path.resolve().relative_to(folder.resolve()).as_posix()
        doc = parse(text, relative)
        if doc.readable and doc.id and doc.kind in fields.KINDS:
            found[relative] = doc
    return found


class Site:
    """The statements of a docs folder, with what their cards show.

    ``lang``: the cards' language (default: the configuration's ``language``); ``today``:
    YYYY-MM-DD for pace (default: today or ``GOALS_TODAY``); ``history``: read the check-ins from
    Git when the folder is in a repository, for the charts.
    """

    def __init__(
        self,
        folder: Path,
        *,
        lang: str | None = None,
        today: str | None = None,
        history: bool = True,
        paths: Iterable[Path] | None = None,
        config: Config | None = None,
    ) -> None:
        self.folder = folder.resolve()
        self.config = config or config_module.load(self.folder)
        self.lang = lang or self.config.language
        self.today = today or config_module.default_today().isoformat()
        if fields.date(self.today) is None:
            said = message(N_("'{text}' is not a date; write it as YYYY-MM-DD"), text=self.today)
            raise GoalsError(said)
        self.history = history
        self._charted = False  # whether the report holds check-ins read from Git
        self.docs = statements(self.folder, paths)
        self.by_id = {doc.id: doc for doc in self.docs.values() if doc.id}
        self.related = Related(lambda: self.docs.values(), self.chart)

    @functools.cached_property
    def report(self) -> Report:
        """The report of the folder's statements as written now, with the timelines of their
        history when the folder is in a Git repository (else none)."""
        from goals_as_code.history import records
        from goals_as_code.report import model

        found = records.History(None, False, None, {}, [])
        repository = config_module.work_tree(self.folder)
        if self.history and repository is not None:
            from goals_as_code import history

            goals_dir = os.path.relpath(self.folder, repository)
            try:
                found = history.read(
                    repository,
                    goals_dir,
                    exclude=self.config.exclude,
                    max_front_matter=self.config.front_matter_bytes,
                )
                self._charted = found.head is not None
            except GoalsError:
                pass  # no commits, a broken clone: cards without charts
        site = self._config(repository or self.folder)
        return model.assemble(site, list(self.docs.values()), found, as_of=self.today, at=None)

    def _config(self, root: Path) -> Config:
        goals_dir = os.path.relpath(self.folder, root)
        return config_module.replace(self.config, root=root, goals_dir=goals_dir)

    @functools.cached_property
    def goals(self) -> Mapping[str, Goal]:
        return {goal.id: goal for goal in self.report.goals}

    def chart(self, ident: str) -> str | None:
        """The check-in chart of the HTML report for goal ``ident``, when history was read."""
        goal = self.goals.get(ident)
        if goal is None or not self._charted:
            return None
        from goals_as_code.report.formats import html

        return html.chart(goal, self.today, self.lang)

    def markdown(self) -> MarkdownIt:
        """markdown-it (CommonMark, tables and strikethrough) that renders a statement file with
        its card."""
        from markdown_it import MarkdownIt

        from goals_as_code.markdown import goals_plugin

        md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
        return md.use(
            goals_plugin, card=True, lang=self.lang, today=self.today, related=self.related
        )

    def card(self, doc: Document) -> str:
        """The card of one statement of the site, as HTML."""
        return card.render(doc, lang=self.lang, today=self.today, related=self.related)

    def tree(self, links: Mapping[str, str], root: str | None = None) -> str:
        """The alignment tree (under goal ``root``, or all of it), each goal linked by ``links``
        (id → URL) and shown with its statement and progress."""
        from goals_as_code.report import model

        goals = self.report.goals
        if root is not None:
            keep = model.descendants(goals, root) | {root}
            goals = [goal for goal in goals if goal.id in keep]
        said = {goal.id: goal.statement for goal in goals}
        return card.tree(model.tree(goals), said, links, lang=self.lang)


STYLE = f"<style>{card.CSS}</style>\n"


def page(title: str, body: str, lang: str) -> str:
    """A standalone HTML page: one statement file with its card (``goals render``)."""
    from markdown_it.common.utils import escapeHtml

    return (
        f'<!DOCTYPE html>\n<html lang="{escapeHtml(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escapeHtml(title)}</title>\n<style>{PAGE_CSS}{card.CSS}</style>\n</head>\n"
        f"<body>\n<main>\n{body}</main>\n</body>\n</html>\n"
    )


PAGE_CSS = """
body { margin: 0; background: #f8fafc; color: #1f2937;
  font: 16px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 860px; margin: 0 auto; padding: 28px 24px 48px; }
h1 { font-size: 26px; line-height: 1.25; }
"""
