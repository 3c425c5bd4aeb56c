"""Goal files as Markdown: the markdown-it-py plugin that reads a statement file (``goals_plugin``,
the one parser of statement files), the goal card it can render, and the writer of the project's
own Markdown output (``writer``).

>>> from markdown_it import MarkdownIt
>>> from goals_as_code.markdown import goals_plugin
>>> md = MarkdownIt("commonmark").use(goals_plugin)
>>> env = {"path": "goals/a.md"}
>>> tokens = md.parse("---\\nid: a\\nkind: goal\\n---\\n# I will do it\\n", env)
>>> env["goal"].id, env["goal"].statement
('a', 'I will do it')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from goals_as_code.markdown.card import Related
    from goals_as_code.markdown.plugin import goals_plugin, parse, parser

__all__ = ["Related", "goals_plugin", "parse", "parser"]

# Loaded on first use: `goals check` reads files through the plugin and never draws a card, so
# importing this package must not import the card (nor markdown-it's renderer) with it.
_WHERE = {
    "Related": "goals_as_code.markdown.card",
    "goals_plugin": "goals_as_code.markdown.plugin",
    "parse": "goals_as_code.markdown.plugin",
    "parser": "goals_as_code.markdown.plugin",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
