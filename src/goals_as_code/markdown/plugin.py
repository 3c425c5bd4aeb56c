"""The markdown-it-py plugin of statement files, in the style of mdit-py-plugins: a core rule that
writes the parsed statement to ``env["goal"]``, a render rule for the goal card, no global state.

``parse(text, path)`` is how the project reads a statement file (``goals check``, the history
pass, review snapshots): markdown-it with the lean preset, block rules only, since the statement
is the text of a heading and never needs its inline markup parsed. A file written plainly (front
matter, an H1, then anything that cannot hold another H1, as ``goals new`` writes it) is read
without the Markdown parser (``plain``); a property test holds the two to the same document.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import MutableMapping, Sequence
from typing import TYPE_CHECKING, Any

from goals_as_code.source import document, quickyaml

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_block import StateBlock
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
    item or an HTML block is not it. Front matter follows the project's one rule for its
    delimiters (``document.is_delimiter``: a line of exactly ``---``): this plugin's block rule
    replaces mdit-py-plugins' front matter rule when the parser has it, which also takes
    ``----``, ``---garbage`` and an indented ``---`` inside a block scalar as delimiters.

    With ``card=True``, the statement's card is rendered right below its heading (or in place of
    the front matter when there is no heading): a ``<div class="goal-card">`` in language
    ``lang``, its pace as of ``today`` (YYYY-MM-DD; default today), with what ``related`` adds.
    """
    if "front_matter" in md.block.ruler.get_all_rules():
        md.block.ruler.at("front_matter", _front_matter)
    else:
        md.block.ruler.before(
            "table",
            "front_matter",
            _front_matter,
            {"alt": ["paragraph", "reference", "blockquote", "list"]},
        )
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


def _front_matter(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """The front matter: from a first line of exactly ``---`` to the next such line."""
    if start != 0 or state.blkIndent != 0:
        return False

    if not document.is_delimiter(_raw(state, start)):
        return False
    close = next((n for n in range(start + 1, end) if document.is_delimiter(_raw(state, n))), None)
    if close is None:
        return False
    if silent:
        return True
    token = state.push("front_matter", "", 0)
    token.hidden = True
    token.markup = "---"
    token.block = True
    token.content = "".join(_raw(state, n) + "\n" for n in range(start + 1, close))
    token.map = [start, close + 1]
    state.line = close + 1
    return True


def _raw(state: StateBlock, number: int) -> str:
    """Line ``number`` as written, its indentation included, without its line end."""
    return str(state.src[state.bMarks[number] : state.eMarks[number]])


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
    of the ``Document``, and an unexpected failure on one file an issue on that file."""
    try:
        found = plain(text, path, max_front_matter=max_front_matter)
    except Exception as exc:
        if os.environ.get("GOALS_DEBUG"):
            raise
        return document.failed(path, exc)
    return parse_markdown(text, path, max_front_matter=max_front_matter) if found is None else found


def parse_markdown(
    text: str, path: str, *, max_front_matter: int = document.DEFAULT_MAX_FRONT_MATTER
) -> Document:
    """``parse`` through the Markdown parser, even for a file written plainly."""
    env: dict[str, Any] = {"path": path}
    try:
        parser(max_front_matter=max_front_matter).parse(text, env)
    except Exception as exc:
        if os.environ.get("GOALS_DEBUG"):
            raise
        return document.failed(path, exc)
    found: Document = env["goal"]
    return found


# Before the statement's H1: a line that starts like one of these could hide, make or change an H1
# (code, HTML, quotes, lists, setext underlines, thematic breaks)
_TRICKY_LINE = re.compile(r"^(?: {0,3}(?:`{3}|~{3}|<|>|[-*+_=]|\d+[.)])| {4}|\t)", re.MULTILINE)
# A line that opens or closes the front matter (``document.is_delimiter``), line ends being \n
_DELIMITER_LINE = re.compile(r"^---[ \t]*$", re.MULTILINE)
_H1 = re.compile(r"^ {0,3}#(?:[ \t]+(.*?))?[ \t]*$", re.MULTILINE)
# After it: a line that could be another H1 of the document (an ATX one or a setext underline)
_MAYBE_H1 = re.compile(r"^ {0,3}(?:#(?:[ \t]|$)|=+[ \t]*$)", re.MULTILINE)


def plain(
    text: str, path: str, *, max_front_matter: int = document.DEFAULT_MAX_FRONT_MATTER
) -> Document | None:
    """The document of a file written plainly, read without the Markdown parser, exactly as
    ``parse_markdown`` reads it; None when the file is not plain enough to be sure: no front
    matter, a Markdown construct before the statement's H1, a line after it that could be a
    second H1, Markdown in the statement, a line end other than ``\n``."""
    found = _plain_parts(text)
    if found is None:
        return None
    after, closed, headings = found
    close = text.count("\n", 0, closed)  # the closing delimiter's line
    return document.build(
        text, path, (0, close + 1), text[after:closed], headings, max_front_matter=max_front_matter
    )


def plain_data(
    text: str, *, max_front_matter: int = document.DEFAULT_MAX_FRONT_MATTER
) -> tuple[dict[str, Any], str | None] | None:
    """The front matter's data and the statement of a file written plainly, whose front matter
    is a plain mapping within ``max_front_matter``: ``plain(text).data`` and ``.statement``, for
    a reader that wants nothing else (the versions of a history), without making the document;
    None for any other file (``parse`` reads it, and says what is wrong)."""
    found = _plain_parts(text)
    if found is None:
        return None
    after, closed, headings = found
    if len(headings) > 1 or closed - after > max_front_matter // 4:  # maybe too large: parse
        return None
    data = quickyaml.read(text[after:closed])
    if data is None:
        return None
    return data, (headings[0][1][: document.MAX_STATEMENT] if headings else None)


def _plain_parts(text: str) -> tuple[int, int, list[tuple[int, str]]] | None:
    """Where a plainly written file's front matter starts and ends (the offsets of its first
    line and of the closing ``---``), and its statement (line, text); None when the file is not
    plain enough to be sure (``plain``)."""
    if not text.startswith("---") or "\r" in text or "\0" in text:
        return None
    opened = _DELIMITER_LINE.match(text)
    if opened is None:
        return None
    after = opened.end() + 1  # the front matter's first line
    closed = _DELIMITER_LINE.search(text, after)
    if closed is None:
        return None
    start = closed.end() + 1  # where the body starts
    heading = _H1.search(text, start)
    if _TRICKY_LINE.search(text, start, heading.end() if heading is not None else len(text)):
        return None
    headings: list[tuple[int, str]] = []
    if heading is not None:
        statement = (heading.group(1) or "").strip()
        if "#" in statement or "\\" in statement or _MAYBE_H1.search(text, heading.end()):
            return None
        headings.append((text.count("\n", 0, heading.start()) + 1, statement))
    return after, closed.start(), headings


def from_bytes(
    raw: bytes, path: str, *, max_front_matter: int = document.DEFAULT_MAX_FRONT_MATTER
) -> Document:
    """Read a statement file from its bytes, within the limits every command applies: the file
    size, UTF-8, the front matter size and the statement's length."""
    text = document.decode(raw, path)
    if not isinstance(text, str):
        return text
    return parse(text, path, max_front_matter=max_front_matter)
