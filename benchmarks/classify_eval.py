"""Measure the statement classifier on the labelled corpus.

Prints, for the development split and the held-out split, the accuracy per language, the
language-detection accuracy, and per-kind precision and recall per language.

The split is fixed by a checksum of each statement's text (about one in four is held out), so
it does not change when lines are added or reordered. Rules are tuned on the development split
only: ``--errors`` lists development errors and never held-out ones.

``corpus/fresh.tsv`` is an independent set gathered after the rules were written, from other
sources and in other phrasings; it is reported on its own and never tuned on (docs/classify.md
lists the earlier independent sets and their scores before they joined the corpus).

    python benchmarks/classify_eval.py
    python benchmarks/classify_eval.py --errors
    python benchmarks/classify_eval.py --corpus other.tsv
    python benchmarks/classify_eval.py --set corpus/independent-2.tsv --set-errors
"""

from __future__ import annotations

import argparse
import csv
import sys
import zlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from goals_as_code.classify import KINDS, classify

CORPUS = Path(__file__).parent / "corpus" / "statements.tsv"
FRESH = Path(__file__).parent / "corpus" / "fresh.tsv"
LANGS = ("sv", "en")


class Example(NamedTuple):
    text: str
    lang: str
    kind: str
    source: str
    split: str  # "dev" | "heldout"


class Outcome(NamedTuple):
    example: Example
    kind: str
    lang: str
    reasons: tuple[str, ...]


def split_of(text: str) -> str:
    """About one in four statements is held out, chosen by a checksum of its text."""
    return "heldout" if zlib.crc32(text.encode("utf-8")) % 4 == 0 else "dev"


def load(path: Path) -> list[Example]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    examples = []
    for number, row in enumerate(rows, start=2):
        if row["kind"] not in KINDS or row["lang"] not in LANGS:
            raise SystemExit(f"{path}:{number}: kind or lang not known: {row}")
        examples.append(
            Example(row["text"], row["lang"], row["kind"], row["source"], split_of(row["text"]))
        )
    return examples


def report(outcomes: list[Outcome], title: str) -> list[str]:
    lines = [f"== {title}: {len(outcomes)} statements"]
    for lang in LANGS:
        mine = [o for o in outcomes if o.example.lang == lang]
        if not mine:
            continue
        right = sum(o.kind == o.example.kind for o in mine)
        detected = sum(o.lang == lang for o in mine)
        lines.append(
            f"  {lang}: accuracy {right / len(mine):.3f} ({right}/{len(mine)}), "
            f"language detected {detected / len(mine):.3f}"
        )
        for kind in KINDS:
            predicted = sum(o.kind == kind for o in mine)
            actual = sum(o.example.kind == kind for o in mine)
            hits = sum(o.kind == kind and o.example.kind == kind for o in mine)
            precision = hits / predicted if predicted else 0.0
            recall = hits / actual if actual else 0.0
            lines.append(
                f"      {kind:<9} precision {precision:.3f}  recall {recall:.3f}  (n={actual})"
            )
    right = sum(o.kind == o.example.kind for o in outcomes)
    lines.append(f"  all: accuracy {right / max(len(outcomes), 1):.3f} ({right}/{len(outcomes)})")
    confusion = Counter((o.example.kind, o.kind) for o in outcomes if o.kind != o.example.kind)
    if confusion:
        pairs = ", ".join(f"{a}->{b}: {n}" for (a, b), n in confusion.most_common())
        lines.append(f"  confusions (labelled->read as): {pairs}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--fresh", type=Path, default=FRESH, help="independent set, never tuned on")
    parser.add_argument("--errors", action="store_true", help="list development-split errors")
    parser.add_argument(
        "--set",
        dest="sets",
        type=Path,
        action="append",
        default=[],
        help="another labelled set to score on its own (repeatable)",
    )
    parser.add_argument(
        "--set-errors", action="store_true", help="list the errors in the sets given with --set"
    )
    args = parser.parse_args(argv)
    examples = load(args.corpus)
    outcomes = []
    for example in examples:
        result = classify(example.text)
        outcomes.append(Outcome(example, result.kind, result.lang, result.reasons))
    print(f"corpus: {args.corpus} ({len(examples)} statements)")
    for split in ("dev", "heldout"):
        print("\n".join(report([o for o in outcomes if o.example.split == split], split)))
    print("\n".join(report(outcomes, "all")))
    if args.fresh.exists():
        fresh = [
            Outcome(e, r.kind, r.lang, r.reasons)
            for e in load(args.fresh)
            for r in [classify(e.text)]
        ]
        print("\n".join(report(fresh, f"fresh ({args.fresh.name}, never tuned on)")))
    for path in args.sets:
        scored = [
            Outcome(e, r.kind, r.lang, r.reasons) for e in load(path) for r in [classify(e.text)]
        ]
        print("\n".join(report(scored, f"set {path.name}")))
        if args.set_errors:
            for o in scored:
                if o.kind != o.example.kind:
                    print(f"  [{o.example.lang} {o.example.kind} -> {o.kind}] {o.example.text}")
                    print(f"      {'; '.join(o.reasons)}")
    if args.errors:
        print("== development errors")
        for o in outcomes:
            if o.example.split == "dev" and o.kind != o.example.kind:
                print(f"  [{o.example.lang} {o.example.kind} -> {o.kind}] {o.example.text}")
                print(f"      {'; '.join(o.reasons)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
