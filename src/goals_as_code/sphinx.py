"""The Sphinx extension ``goals_as_code.sphinx`` (with MyST): goal files that are source documents
show their card, and any page can show a card or a tree with a directive.

    # conf.py
    extensions = ["goals_as_code.sphinx"]   # loads myst_parser too
    goals_lang = "sv"                       # optional: the cards' language
    goals_today = "2017-04-15"              # optional: the day pace is computed for

    ```{goal-card} faster-email-replies
    ```

    ```{goal-tree} customer-satisfaction-2017
    ```

Installed with ``pip install 'goals-as-code[sphinx]'``. See docs/sites.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from goals_as_code.i18n.messages import N_, message
from goals_as_code.site import STYLE, Site

# The site of each build, by source folder, and the builder that links its pages: kept out of the
# build environment, which Sphinx pickles.
_BUILDS: dict[str, tuple[Site, Any]] = {}


def setup(app: Any) -> dict[str, Any]:
    app.setup_extension("myst_parser")
    app.add_config_value("goals_lang", None, "env")
    app.add_config_value("goals_today", None, "env")
    app.add_config_value("goals_history", True, "env")
    app.add_directive("goal-card", GoalCard)
    app.add_directive("goal-tree", GoalTree)
    app.connect("builder-inited", _read_site)
    app.connect("doctree-read", _add_card)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}


def _read_site(app: Any) -> None:
    """The statements of the source folder, read once before any source is."""
    config = app.config
    site = Site(
        Path(app.srcdir),
        lang=config.goals_lang,
        today=config.goals_today,
        history=config.goals_history,
    )
    _BUILDS[str(app.srcdir)] = (site, app.builder)


def _site(srcdir: object) -> Site:
    return _BUILDS[str(srcdir)][0]


def _add_card(app: Any, doctree: nodes.document) -> None:
    """A goal file's card, right below its statement (the title of its first section)."""
    site = _site(app.srcdir)
    doc = site.docs.get(app.env.docname + ".md")
    if doc is None:
        return
    card = nodes.raw("", STYLE + site.card(doc), format="html")
    section = next(iter(doctree.findall(nodes.section)), None)
    if section is None or not isinstance(section.children[0], nodes.title):
        doctree.insert(0, card)
    else:
        section.insert(1, card)


class GoalCard(SphinxDirective):
    """``{goal-card} ID``: the card of a goal, KPI, activity or behaviour of the project."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        site = _site(self.env.srcdir)
        ident = self.arguments[0]
        doc = site.by_id.get(ident)
        if doc is None:
            return [self._unknown(ident)]
        return [nodes.raw("", STYLE + site.card(doc), format="html")]

    def _unknown(self, ident: str) -> nodes.Node:
        said = message(N_("no statement has the id '{id}'"), id=ident)
        site = _site(self.env.srcdir)
        return self.state.document.reporter.warning(said.say(site.lang), line=self.lineno)


class GoalTree(GoalCard):
    """``{goal-tree} ID``: the goals aligned under a goal, with progress, each linking its page."""

    def run(self) -> list[nodes.Node]:
        site, builder = _BUILDS[str(self.env.srcdir)]
        ident = self.arguments[0]
        if ident not in site.by_id:
            return [self._unknown(ident)]
        links = {
            doc.id: builder.get_relative_uri(self.env.docname, path.removesuffix(".md"))
            for path, doc in site.docs.items()
            if doc.id
        }
        return [nodes.raw("", STYLE + site.tree(links, root=ident), format="html")]
