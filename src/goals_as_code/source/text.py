"""Text for people: the "did you mean" guess.

User text in Markdown output is written by ``goals_as_code.markdown.writer``, the one Markdown
writer and its one escaping policy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable


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
