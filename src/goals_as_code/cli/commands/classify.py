"""goals classify: tell whether a statement reads as a goal, activity, behaviour or KPI."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

import click

from goals_as_code.classify import LETTER_MEANINGS, Classification, classify
from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import N_, say, word
from goals_as_code.registry import Formats
from goals_as_code.source.config import LANGUAGES
from goals_as_code.source.fields import KINDS

HELP = """Tell whether a statement reads as a goal, an activity, a behaviour or a KPI.

Gives a calibrated score per kind; the kind is the most likely one, or "unclear" when no
kind is likely enough or a goal comes too close to call. Says which SMART letters the text
alone lacks, and why: the strongest
cues, the verb and its object, a metric with a direction, a date, a frequency, a measure
named without a verb. Swedish and English
are told apart per statement; --lang forces one. A and R can only be judged from the text by
the first-person form (I/we, jag/vi); agreement and belief live in the front matter.

Give TEXT, or '-' to read one statement per line from standard input (blank lines skipped).

Exit status: 0 when every statement was classified (whatever its kind), 2 on a usage error
such as no text given. Use --expect to make the kind a test: exit 1 when any statement
reads as another kind (or as unclear).

\b
Examples:
  goals classify "Jag skall implementera Scrum på vår IT-avdelning under 2017"
  goals classify "Reduce response time from 48 to 24 hours by 30 June 2017"
  goals classify --expect goal "Increase revenue by 5 % during 2025"
  printf 'Antal kundmöten/vecka\\nI greet my colleagues every day\\n' |
      goals classify --format jsonl -
"""


def _as_text(results: list[Classification], messages: str | None) -> str:
    return "\n\n".join(_text(r, messages or r.lang) for r in results)


def _as_json(results: list[Classification], messages: str | None) -> str:
    return json.dumps([_record(r) for r in results], ensure_ascii=False, indent=2)


def _as_jsonl(results: list[Classification], messages: str | None) -> str:
    return "\n".join(json.dumps(_record(r), ensure_ascii=False) for r in results)


FORMATS: Formats[Callable[[list[Classification], str | None], str]] = Formats(
    {"text": _as_text, "json": _as_json, "jsonl": _as_jsonl}
)


@click.command(help=HELP, short_help="Tell a goal from an activity, behaviour or KPI.")
@click.argument("texts", nargs=-1)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS.names),
    default="text",
    show_default=True,
    help="text for people; json (one array) or jsonl (one object a line) for programs.",
)
@click.option(
    "--lang",
    type=click.Choice(["sv", "en"]),
    help="Language of the statements (default: detected per statement).",
)
@click.option(
    "--messages",
    type=click.Choice(LANGUAGES),
    help="Language of the reasons in text output (default: the statement's language).",
)
@click.option(
    "--expect",
    type=click.Choice(KINDS),
    help="Exit 1 when a statement reads as another kind (for scripts and hooks).",
)
def command(
    texts: tuple[str, ...],
    output_format: str,
    lang: str | None,
    messages: str | None,
    expect: str | None,
) -> int:
    statements = _statements(texts)
    results = [classify(text, lang) for text in statements]
    click.echo(FORMATS[output_format](results, messages))
    if expect is not None and any(r.kind != expect for r in results):
        return 1
    return 0


def _statements(texts: tuple[str, ...]) -> list[str]:
    statements: list[str] = []
    for text in texts:
        if text == "-":
            statements.extend(line.strip() for line in sys.stdin if line.strip())
        elif text.strip():
            statements.append(text.strip())
    if not statements:
        raise GoalsError(
            "no statement given: pass the text in quotes, or '-' to read lines from standard "
            'input (try: goals classify "Reduce costs by 5 % during 2025")'
        )
    return statements


def _record(result: Classification) -> dict[str, object]:
    return {
        "text": result.text,
        "lang": result.lang,
        "kind": result.kind,
        "missing": list(result.missing),
        "reasons": list(result.reasons),
        "confidence": result.confidence,
        "scores": dict(result.scores),
    }


_KIND_WORDS = {
    "goal": N_("a goal"),
    "activity": N_("an activity"),
    "behaviour": N_("a behaviour"),
    "kpi": N_("a KPI"),
    "unclear": N_("unclear"),
}


def _text(result: Classification, lang: str) -> str:
    lacking = " ".join(result.missing) if result.missing else say(lang, "none")
    ranked = sorted(result.scores.items(), key=lambda item: -item[1])
    lines = [
        result.text,
        "  "
        + say(
            lang, "Reads as: {kind}", kind=f"{word(_KIND_WORDS, result.kind, lang)} ({result.kind})"
        ),
        "  " + say(lang, "Scores: {scores}", scores=", ".join(f"{k} {v:.2f}" for k, v in ranked)),
        "  " + say(lang, "Language: {language}", language=result.lang),
        "  " + say(lang, "SMART letters the text lacks: {letters}", letters=lacking),
    ]
    lines.extend(f"    {letter}  {say(lang, LETTER_MEANINGS[letter])}" for letter in result.missing)
    lines.append("  " + say(lang, "Because:"))
    lines.extend(f"    - {reason}" for reason in result.reasons_in(lang))
    return "\n".join(lines)
