"""The markdown-it-py plugin of statement files, in the style of mdit-py-plugins: a core rule that
writes the parsed statement to ``env["goal"]``, a render rule for the goal card, no global state.

``parse(text, path)`` is how the project reads a statement file (``goals check``, the history
pass, review snapshots): markdown-it with the lean preset, block rules only, since the statement
is the text of a heading and never needs its inline markup parsed.
"""

from __future__ import annotations

import functools
from collections.abc import MutableMapping, Sequence
from typing import TYPE_CHECKING, Any

from goals_as_code.source import document

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
    from markdown_it.token import Token
    from markdown_it.utils import OptionsDict

    from goals_as_code.markdown.card import Related
    from goals_as_code.source.document import Document


def goals_plugin(
    md: MarkdownIt,
    card: bool = False,
    *,
    lang: str = "en",
    today: str | None = None,
    related: Related | None = None,
    max_front_matter: int = document.DEFAULT_MAX_FRONT_MATTER,
) -> None:
    """Read a statement file: after ``md.parse(text, env)`` or ``md.render(text, env)``,
    ``env["goal"]`` holds its ``Document`` (front matter, statement and reading problems) and
    ``env["path"]`` (when given) names the file in them.

    The statement is the first H1 of the document itself (level 0): a heading in a quote, a list
    item or an HTML block is not it. Front matter is read by mdit-py-plugins' front matter plugin,
    added here when the parser lacks it.

    With ``card=True``, the statement's card is rendered right below its heading (or in place of
    the front matter when there is no heading): a ``<div class="goal-card">`` in language
    ``lang``, its pace as of ``today`` (YYYY-MM-DD; default today), with what ``related`` adds.
    """
    if "front_matter" not in md.block.ruler.get_all_rules():
        from mdit_py_plugins.front_matter import front_matter_plugin

        md.use(front_matter_plugin)
    md.core.ruler.after("normalize", "goals_bom", _strip_bom)
    md.core.ruler.after(
        "block", "goals", functools.partial(_read, card=card, max_front_matter=max_front_matter)
    )
    if card:

        def render_card(
            renderer: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Any
        ) -> str:
            return _render_card(env, lang=lang, today=today, related=related)

        md.add_render_rule("goal_card", render_card)


def _strip_bom(state: StateCore) -> None:
    if state.src.startswith("\ufeff"):
        state.src = state.src[1:]


def _read(state: StateCore, *, card: bool, max_front_matter: int) -> None:
    env = state.env
    path = str(env.get("path", "")) if isinstance(env, MutableMapping) else ""
    doc = document.from_tokens(state.src, path, state.tokens, max_front_matter=max_front_matter)
    if isinstance(env, MutableMapping):
        env["goal"] = doc
    if card:
        _insert_card(state)


def _insert_card(state: StateCore) -> None:
    """A ``goal_card`` token after the statement's heading, or after the front matter."""
    tokens = state.tokens
    place = 1 if tokens and tokens[0].type == "front_matter" else 0
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h1" and token.level == 0:
            place = index + 3  # heading_open, inline, heading_close
            break
    from markdown_it.token import Token

    card = Token("goal_card", "div", 0)
    card.block = True
    tokens.insert(min(place, len(tokens)), card)


def _render_card(env: Any, *, lang: str, today: str | None, related: Related | None) -> str:
    from goals_as_code.markdown.card import render

    doc = env.get("goal") if isinstance(env, MutableMapping) else None
    if doc is None:
        return ""
    return render(doc, lang=lang, today=today, related=related)


@functools.lru_cache(maxsize=8)
def parser(*, lean: bool = True, max_front_matter: int = document.DEFAULT_MAX_FRONT_MATTER) -> Any:
    """A CommonMark parser with the plugin. ``lean``: block rules only (no inline parsing), all a
    reader of statement files needs; it cannot render."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").use(goals_plugin, max_front_matter=max_front_matter)
    if lean:
        md.disable(["inline", "text_join"])
    return md


def parse(
    text: str, path: str, *, max_front_matter: int = document.DEFAULT_MAX_FRONT_MATTER
) -> Document:
    """Read a statement file from its text. Never raises for bad content: problems become issues
    of the ``Document``."""
    env: dict[str, Any] = {"path": path}
    parser(max_front_matter=max_front_matter).parse(text, env)
    found: Document = env["goal"]
    return found
