"""The formats of ``goals review``: text for a terminal, Markdown for a pull request, JSON."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from goals_as_code.i18n.messages import CHANGE, CHANGES, N_, SEVERITY, plural, say, word
from goals_as_code.markdown import writer
from goals_as_code.registry import Formats
from goals_as_code.review.compare import GoalChange, Review
from goals_as_code.source.fields import show

MARKS = {"error": "✖", "warning": "⚠", "info": "·"}


def summary(review: Review) -> str:
    lang = review.lang
    if not review.changes:
        return say(lang, "No goal changes.")
    counts = Counter(change.change for change in review.changes if change.change != "unchanged")
    order = ("added", "removed", "renamed", "modified")
    parts = [
        f"{counts[name]} {word(CHANGE if counts[name] == 1 else CHANGES, name, lang)}"
        for name in order
        if counts[name]
    ]
    goals = sum(counts.values())
    said = plural(lang, "{n} statement changed", "{n} statements changed", goals)
    said += f" ({', '.join(parts)})" if parts else ""
    flagged = sum(flag.severity != "info" for change in review.changes for flag in change.flags)
    if flagged:
        said += "; " + plural(lang, "{n} flag to look at", "{n} flags to look at", flagged)
    new = review.new_problems
    if new:
        said += "; " + plural(lang, "{n} new problem", "{n} new problems", new)
    else:
        said += "; " + say(lang, "no new problems")
    if review.errors:
        level = N_(" ({n} at error level)")
        said += say(lang, level, n=review.errors)
    return said + "."


def _title(change: GoalChange, lang: str = "en") -> str:
    if change.change == "renamed":
        return f"{change.old_id} → {change.id}: {word(CHANGE, 'renamed', lang)}"
    return f"{change.id}: {word(CHANGE, change.change, lang)}"


WAS = N_(" (was {path})")


def text(review: Review) -> str:
    lines = [f"goals review {review.range} ({review.base[:10]}..{review.head[:10]})"]
    for change in review.changes:
        moved = say(review.lang, WAS, path=change.old_path) if change.old_path else ""
        lines.append(f"\n{_title(change, review.lang)}  {change.path}{moved}")
        if change.statement and change.change in ("added", "renamed"):
            lines.append(f"  # {change.statement}")
        none = say(review.lang, "(none)")
        for field in change.fields:
            old, new = show(field.old, none=none), show(field.new, none=none)
            lines.append(f"  {field.field}: {old} → {new}")
        for problem in [*change.flags, *change.problems]:
            lines.append(
                f"  {MARKS[problem.severity]} {problem.path}:{problem.line}:{problem.column}: "
                f"{problem.code} [{problem.name}] {problem.message}"
            )
    lines.append("\n" + summary(review))
    return "\n".join(lines) + "\n"


def md(value: Any, none: str = "(none)") -> str:
    """User text made inert in Markdown: no HTML, no table break, no formatting, one line."""
    return writer.text(show(value, none=none))


def markdown(review: Review) -> str:
    lang = review.lang
    heading = say(lang, "Goals review")
    span = say(lang, "Range")
    line = say(lang, "line")
    out = [
        f"## {heading}",
        "",
        f"**{md(summary(review))}** {span} `{review.base[:10]}..{review.head[:10]}`.",
    ]
    for change in review.changes:
        where = md(change.path) + (
            say(lang, WAS, path=md(change.old_path)) if change.old_path else ""
        )
        out += ["", f"### {md(_title(change, lang))}", "", f"{where}"]
        if change.statement:
            out += ["", f"> {md(change.statement)}"]
        if change.fields:
            none = say(lang, "(none)")
            headers = [say(lang, "Field"), say(lang, "Old"), say(lang, "New")]
            rows = [[md(f.field), md(f.old, none), md(f.new, none)] for f in change.fields]
            out += ["", *writer.table(headers, rows)[:-1]]
        notes = [
            f"- {MARKS[p.severity]} **{word(SEVERITY, p.severity, lang)}** {md(p.code)} "
            f"{md(p.name)}, {line} {p.line}: {md(p.message)}"
            for p in [*change.flags, *change.problems]
        ]
        if notes:
            out += ["", *notes]
    return "\n".join(out) + "\n"


def json_(review: Review) -> str:
    import json

    payload = {
        "range": review.range,
        "base": review.base,
        "head": review.head,
        "summary": summary(review),
        "changes": [change.as_dict() for change in review.changes],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


FORMATS: Formats[Callable[[Review], str]] = Formats(
    {"text": text, "markdown": markdown, "json": json_}
)
