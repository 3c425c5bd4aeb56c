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
from collections.abc import Callable, Iterable

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


def word_diff(
    old: str,
    new: str,
    removed: tuple[str, str] = ("[-", "-]"),
    added: tuple[str, str] = ("{+", "+}"),
    escape: Callable[[str], str] = str,
    context: int | None = None,
) -> str:
    """``new`` with the words it changes from ``old`` marked, as ``git diff --word-diff`` marks
    them: ``[-removed-]{+added+}``; the words both share are written once (with ``context``, only
    that many of them beside each change, the others an ellipsis). ``escape`` makes each run of
    words safe for the output (Markdown) before it is marked."""
    from difflib import SequenceMatcher

    before, after = old.split(), new.split()
    out: list[str] = []
    opcodes = SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    for number, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            words = before[i1:i2]
            first, last = number == 0, number == len(opcodes) - 1
            head = [] if first else words[: context or 0]
            tail = [] if last else words[len(words) - (context or 0) :]
            if context is not None and len(head) + len(tail) < len(words):
                near = escape(" ".join(head)), escape(" ".join(tail))
                out.append(f"…{near[1]}" if first else f"{near[0]}…" if last else " … ".join(near))
                continue
            out.append(escape(" ".join(words)))
            continue
        marked = ""
        if i2 > i1:
            marked += removed[0] + escape(" ".join(before[i1:i2])) + removed[1]
        if j2 > j1:
            marked += added[0] + escape(" ".join(after[j1:j2])) + added[1]
        out.append(marked)
    return " ".join(out)
