"""Text for people: the "did you mean" guess.

User text in Markdown output is written by ``goals_as_code.markdown.writer``, the one Markdown
writer and its one escaping policy.
"""

from __future__ import annotations

from collections.abc import Iterable


def did_you_mean(word: str, choices: Iterable[str], n: int = 1, cutoff: float = 0.6) -> list[str]:
    """The known names closest to a misspelt one, best first (empty when none is close)."""
    from difflib import get_close_matches

    return get_close_matches(word, list(choices), n=n, cutoff=cutoff)
