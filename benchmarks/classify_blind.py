"""Read a blind audit of the evaluation set: the sources' labels, the guide's definitions and the
classifier, side by side.

``classify_audit_blind.tsv`` holds statements of the evaluation set drawn at random, each read
twice against the guide's definitions from its text and language alone (``reading_a``,
``reading_b``: a kind, or ``context`` when the statement cannot be told without its page; a
third, ``reading_c``, made from the definitions without worked examples, if present). This
script prints how often the two readings agree, how often the guide's reading (where both agree)
agrees with the word the source uses, and how the shipped weights read the same statements
against each: so that a measure taken against the sources' words can be told from one taken
against the guide's definitions.

    python benchmarks/classify_blind.py
    python benchmarks/classify_blind.py --markdown
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from classify_cv import Read, Scores, scores
from classify_train import Example

from goals_as_code.classify import classify

AUDIT = Path(__file__).resolve().parent / "classify_audit_blind.tsv"
NON_GOALS = ("kpi", "activity", "behaviour")


class Row(NamedTuple):
    text: str
    lang: str
    source: str  # the kind the source's word maps to
    guide: str  # the two readings' kind where they agree, else ""
    read: str  # the classifier's kind
    first: str  # the first reading's kind
    third: str  # a third reading's kind, made without worked examples, or ""


def load(path: Path = AUDIT) -> tuple[list[Row], float, float]:
    """The rows, and the two readings' agreement and Cohen's kappa."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    found = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    a = [r["reading_a"] for r in found]
    b = [r["reading_b"] for r in found]
    agree = sum(x == y for x, y in zip(a, b, strict=True)) / len(found)
    ca, cb = Counter(a), Counter(b)
    chance = sum(ca[k] * cb[k] for k in ca) / len(found) ** 2
    rows = [
        Row(
            r["text"],
            r["lang"],
            r["kind"],
            r["reading_a"] if r["reading_a"] == r["reading_b"] else "",
            classify(r["text"]).kind,
            r["reading_a"],
            r.get("reading_c") or "",
        )
        for r in found
    ]
    return rows, agree, (agree - chance) / (1 - chance)


def measures(rows: Sequence[Row], reader: str, gold: str) -> Scores:
    """The measures of ``classify_cv.py`` for ``reader`` ("read", the classifier, "guide" or
    "third") against ``gold`` ("source" or "guide"), over the rows whose kinds by both are one
    of the four."""
    return scores(
        [
            Read(Example(r.text, r.lang, getattr(r, gold), "", "", "", ()), kind, kind, 1.0)
            for r in rows
            if getattr(r, gold) not in ("", "context")
            and (kind := getattr(r, reader)) not in ("", "context")
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--audit", type=Path, default=AUDIT, help="the audit to read")
    parser.add_argument("--markdown", action="store_true", help="the table as Markdown rows")
    args = parser.parse_args(argv)
    rows, agree, kappa = load(args.audit)
    both = [r for r in rows if r.guide]
    told = [r for r in both if r.guide != "context"]
    same = sum(r.source == r.guide for r in told) / len(told)
    source_goals = [r for r in told if r.source == "goal"]
    not_goals = sum(r.guide in NON_GOALS for r in source_goals) / len(source_goals)
    moves = Counter((r.source, r.guide) for r in told if r.source != r.guide)
    print(f"statements: {len(rows)}; the two readings agree on {agree:.1%} (kappa {kappa:.2f})")
    print(
        f"where they agree ({len(both)}, {len(both) - len(told)} of them 'context'): the source's"
        f" word gives the guide's kind for {same:.1%}; of the statements the sources call goals,"
        f" {not_goals:.1%} are another kind by the guide"
    )
    print("  source -> guide: " + ", ".join(f"{s}->{g} {n}" for (s, g), n in moves.most_common()))
    if all(r.third for r in rows):
        third = measures(rows, "third", "source")
        with_first = sum(r.third == r.first for r in rows) / len(rows)
        print(
            f"a third reading, without worked examples, agrees with the first on {with_first:.1%};"
            f" against the sources' words it reads {third.accuracy:.3f} right and"
            f" {third.goals_misread:.1%} of their goals as another kind"
        )
    if args.markdown:
        print(
            "| read by | against | language | n | accuracy | goals read as another kind |"
            " non-goals read as a non-goal |"
        )
        print("|---|---|---|---|---|---|---|")
    readers = (
        ("read", "source", "the classifier", "the sources' words"),
        ("read", "guide", "the classifier", "the guide's definitions"),
        ("guide", "source", "the guide's definitions", "the sources' words"),
    )
    for reader, gold, by, against in readers:
        for lang in ("sv", "en", "all"):
            m = measures([r for r in both if lang in ("all", r.lang)], reader, gold)
            if args.markdown:
                print(
                    f"| {by} | {against} | {lang} | {m.n} | {m.accuracy:.3f} |"
                    f" {m.goals_misread:.1%} | {m.non_goals_caught:.1%} |"
                )
            else:
                print(
                    f"  {by:23} against {against:23} {lang:3} n {m.n:3}"
                    f"  accuracy {m.accuracy:.3f}"
                    f"  goals read as another kind {m.goals_misread:.1%}"
                    f"  non-goals read as a non-goal {m.non_goals_caught:.1%}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
