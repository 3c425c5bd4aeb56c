"""The formats of ``goals review``: text for a terminal, Markdown for a pull request, JSON."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from goals_as_code.i18n.messages import CHANGE, CHANGES, N_, SEVERITY, plural, say, word
from goals_as_code.markdown import writer
from goals_as_code.registry import Formats, to_json
from goals_as_code.review.compare import GoalChange, Review
from goals_as_code.source import inert as shown
from goals_as_code.source.fields import PROGRESS, PROGRESS_MAPS, show
from goals_as_code.source.text import word_diff

MARKS = {"error": "✖", "warning": "⚠", "info": "·"}

# what a routine check-in changes: progress, its date, an activity's state, a belief
ROUTINE = frozenset([*PROGRESS, "state"])
MEASURED = ("metric.current", "value")  # shown as "old → new" without their name
DATED = ("metric.as_of", "as_of")  # shown in a column of their own


def routine(change: GoalChange) -> bool:
    """A change that only checks in progress: progress fields alone, and nothing flagged above
    info level (C001 tells a check-in, C009 a new confidence) or found by 'goals check'."""
    return (
        change.change == "modified"
        and bool(change.fields)
        and all(f.field in ROUTINE or f.field.split(".")[0] in PROGRESS_MAPS for f in change.fields)
        and all(flag.severity == "info" for flag in change.flags)
        and not change.problems
    )


def checkin_cells(change: GoalChange, none: str, lang: str = "en") -> tuple[str, str]:
    """What a routine check-in changes ("value confirmed" when only its date moved), and the
    date it is as of ('–' when it names none)."""
    parts = [
        f"{show(f.old, none=none)} → {show(f.new, none=none)}"
        if f.field in MEASURED
        else f"{f.field} {show(f.old, none=none)} → {show(f.new, none=none)}"
        for f in change.fields
        if f.field not in DATED
    ]
    dates = [show(f.new, none=none) for f in change.fields if f.field in DATED]
    return ", ".join(parts) or say(lang, "value confirmed"), dates[0] if dates else "–"


def _value(value: Any, none: str) -> str:
    """A field's value for people: a fingerprint cut to its first characters."""
    shown = show(value, none=none)
    if shown.startswith("sha256:") and len(shown) > 20:
        return shown[:19] + "…"
    return shown


def _statement_change(change: GoalChange) -> tuple[str, str] | None:
    for f in change.fields:
        if f.field == "statement" and isinstance(f.old, str) and isinstance(f.new, str):
            return f.old, f.new
    return None


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
    t = shown.terminal  # user text (ids, paths, values, messages) shown, never obeyed
    lines = [f"goals review {t(review.range)} ({review.base[:10]}..{review.head[:10]})"]
    none = say(review.lang, "(none)")
    for change in review.changes:
        if routine(change):
            continue
        moved = say(review.lang, WAS, path=t(change.old_path)) if change.old_path else ""
        lines.append(f"\n{t(_title(change, review.lang))}  {t(change.path)}{moved}")
        restated = _statement_change(change)
        if restated is not None:  # once, with the words it changes marked
            lines.append(f"  # {word_diff(t(restated[0]), t(restated[1]))}")
        elif change.statement and change.change in ("added", "renamed"):
            lines.append(f"  # {t(change.statement)}")
        for field in change.fields:
            if field.field == "statement" and restated is not None:
                continue
            old, new = _value(field.old, none), _value(field.new, none)
            lines.append(f"  {t(field.field)}: {t(old)} → {t(new)}")
        for problem in [*change.flags, *change.problems]:
            lines.append(
                f"  {MARKS[problem.severity]} {t(problem.path)}:{problem.line}:{problem.column}: "
                f"{problem.code} [{problem.name}] {t(problem.message)}"
            )
    checkins = [change for change in review.changes if routine(change)]
    if checkins:
        said = plural(review.lang, "{n} check-in", "{n} check-ins", len(checkins))
        lines.append(f"\n{said}:")
        cells = [
            tuple(map(t, (change.id, *checkin_cells(change, none, review.lang))))
            for change in checkins
        ]
        widths = [max(len(row[index]) for row in cells) for index in range(2)]
        lines += [
            f"  {ident:<{widths[0]}}  {what:<{widths[1]}}  {as_of}" for ident, what, as_of in cells
        ]
    lines.append("\n" + summary(review))
    return shown.lines("\n".join(lines) + "\n")


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
    none = say(lang, "(none)")
    for change in review.changes:
        if routine(change):
            continue
        where = md(change.path) + (
            say(lang, WAS, path=md(change.old_path)) if change.old_path else ""
        )
        out += ["", f"### {md(_title(change, lang))}", "", f"{where}"]
        restated = _statement_change(change)
        if restated is not None:  # once, the words it strikes out and the words it writes
            marked = word_diff(*restated, ("~~", "~~ "), ("**", "**"), writer.text)
            out += ["", f"> {marked}"]
        elif change.statement:
            out += ["", f"> {md(change.statement)}"]
        rows = [f for f in change.fields if not (f.field == "statement" and restated)]
        if rows:
            headers = [say(lang, "Field"), say(lang, "Old"), say(lang, "New")]
            cells = [[md(f.field), md(_value(f.old, none)), md(_value(f.new, none))] for f in rows]
            out += ["", *writer.table(headers, cells)[:-1]]
        notes = [
            f"- {MARKS[p.severity]} **{word(SEVERITY, p.severity, lang)}** {md(p.code)} "
            f"{md(p.name)}, {line} {p.line}: {md(p.message)}"
            for p in [*change.flags, *change.problems]
        ]
        if notes:
            out += ["", *notes]
    checkins = [change for change in review.changes if routine(change)]
    if checkins:
        title = plural(lang, "{n} check-in", "{n} check-ins", len(checkins))
        headers = [say(lang, "Statement"), say(lang, "Change"), say(lang, "As of")]
        cells = [
            [md(change.id), *(md(cell) for cell in checkin_cells(change, none, lang))]
            for change in checkins
        ]
        out += ["", f"### {md(title)}", "", *writer.table(headers, cells)[:-1]]
    return "\n".join(out) + "\n"


def json_(review: Review) -> str:

    payload = {
        "range": review.range,
        "base": review.base,
        "head": review.head,
        "summary": summary(review),
        "changes": [change.as_dict() for change in review.changes],
    }
    return to_json(payload) + "\n"


FORMATS: Formats[Callable[[Review], str]] = Formats(
    {"text": text, "markdown": markdown, "json": json_}
)
