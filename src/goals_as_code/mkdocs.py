"""The MkDocs plugin ``goals``: every goal file in the docs folder shows its card, and an index
page can show the alignment tree.

    plugins:
      - search
      - goals:
          index: goals.md   # optional: a page with the alignment tree, linking each goal page
          lang: sv          # optional: the cards' language (default: the goals configuration's)

Installed with ``pip install 'goals-as-code[mkdocs]'``; registered under the entry point
``mkdocs.plugins`` as ``goals``. See docs/sites.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config import config_options
from mkdocs.config.base import Config as MkDocsOptions
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

from goals_as_code.i18n.messages import N_, say
from goals_as_code.site import STYLE, Site

INDEX_TITLE = N_("Goals")
TREE_MARK = "<!-- goals: alignment tree -->"


class GoalsOptions(MkDocsOptions):  # type: ignore[no-untyped-call]
    index = config_options.Optional(config_options.Type(str))
    lang = config_options.Optional(config_options.Type(str))
    today = config_options.Optional(config_options.Type(str))
    history = config_options.Type(bool, default=True)


class GoalsPlugin(BasePlugin[GoalsOptions]):  # type: ignore[no-untyped-call]
    """Cards on goal pages, and the alignment tree on an index page."""

    site: Site | None = None

    def on_files(self, files: Files, *, config: Any) -> Files:
        self.site = Site(
            Path(config["docs_dir"]),
            lang=self.config.lang,
            today=self.config.today,
            history=self.config.history,
        )
        index = self.config.index
        if index:
            title = say(self.site.lang, INDEX_TITLE)
            content = f"# {title}\n\n{TREE_MARK}\n"
            files.append(File.generated(config, index, content=content))
        return files

    def on_page_content(self, html: str, *, page: Any, config: Any, files: Files) -> str:
        site = self.site
        if site is None:
            return html
        source = page.file.src_uri
        doc = site.docs.get(source)
        if doc is not None:
            drawn = STYLE + site.card(doc)
            end = html.find("</h1>")
            if end < 0:
                return drawn + html
            end += len("</h1>")
            return html[:end] + "\n" + drawn + html[end:]
        if TREE_MARK in html and source == self.config.index:
            links: dict[str, str] = {}
            for path, doc in site.docs.items():
                target = files.get_file_from_path(path)
                if doc.id and target is not None:
                    links[doc.id] = get_relative_url(target.url, page.url)
            return html.replace(TREE_MARK, STYLE + site.tree(links))
        return html
