"""Text for people: user text made inert in Markdown, and the "did you mean" guess.

One Markdown policy for every Markdown output (``goals report``, ``goals review``,
``goals history``): user text (statements, ids, units, names, commit messages) may contain
anything, and must show as the characters written, on one line, inside a table cell or not.
So every character that could start HTML, an entity, a link or image, emphasis, code, a heading,
strikethrough or a table break is written as an HTML character reference, and so is an ``@``
that could start an @mention (one not preceded by a letter or digit: ``anna@example.com`` stays
as written). Letters, digits, spaces and the punctuation Markdown does not act on
(``. , : ; - + = ( ) ? / ' %``) stay as written, so the source stays readable. Line breaks
become spaces. A bare URL stays text; GitHub shows it as a link, as it does in any comment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_MARKDOWN = str.maketrans(
    {
        "&": "&amp;",  # an entity
        "<": "&lt;",  # HTML, an autolink
        ">": "&gt;",  # HTML, a quote
        '"': "&quot;",  # an attribute of HTML or a link title
        "|": "&#124;",  # a table break
        "`": "&#96;",  # code
        "\\": "&#92;",  # an escape
        "*": "&#42;",  # emphasis, a list
        "_": "&#95;",  # emphasis
        "[": "&#91;",  # a link
        "]": "&#93;",  # a link
        "!": "&#33;",  # an image
        "#": "&#35;",  # a heading, an issue reference
        "~": "&#126;",  # strikethrough
    }
)


_MENTION = re.compile(r"(?<![0-9A-Za-z])@")  # an e-mail address's @ follows a letter or digit


def markdown(text: str) -> str:
    """User text made inert in Markdown: no HTML, link, formatting or table break; one line."""
    return _MENTION.sub("&#64;", " ".join(text.translate(_MARKDOWN).split()))


def cell(trusted: str) -> str:
    """Markdown the project wrote (a rule's summary) in a table cell: only its pipes escaped, so
    its code spans and emphasis still render. User text goes through ``markdown`` instead."""
    return trusted.replace("|", "\\|")


def did_you_mean(word: str, choices: Iterable[str], n: int = 1, cutoff: float = 0.6) -> list[str]:
    """The known names closest to a misspelt one, best first (empty when none is close)."""
    from difflib import get_close_matches

    return get_close_matches(word, list(choices), n=n, cutoff=cutoff)
