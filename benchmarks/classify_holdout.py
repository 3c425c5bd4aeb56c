"""Read statements from sources never used in development, with the shipped weights.

The evaluation set (``corpus/evaluation.tsv``, the corpus's columns: text, lang, kind, source,
label, note) holds statements quoted from public pages of sites that appear nowhere in the
training corpus, labelled by what their sources call them. ``classify_train.py`` and
``classify_cv.py`` never read it, and no cue, weight or setting is chosen by looking at it: it
is read here, by the weights as they ship, and nothing else. A statement whose site or text is
also in the training corpus is left out of the score (and counted).

Per language it prints the measures of ``classify_cv.py`` (accuracy with "unclear" counted as
wrong, macro-F1, goals read as another kind, non-goals read as a non-goal, unclear), the
confusion, the G rules' false alarms and catches per threshold, and the scores grouped by
source: per site (the median site's accuracy and the lowest ones) and per the word the sources
use for a kind (*mål*, *key result*, *ordningsregel*, ...).

    python benchmarks/classify_holdout.py
    python benchmarks/classify_holdout.py --markdown
    python benchmarks/classify_holdout.py --set other.tsv --errors
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from classify_cv import UNCLEAR, Read, alarms, by_source, scores, table
from classify_train import CORPUS, SETS, Example, load
from corpus_import import key

from goals_as_code.classify.model import shipped

EVALUATION = CORPUS / "evaluation.tsv"


def unseen(examples: Sequence[Example], training: Sequence[Example]) -> list[Example]:
    """The examples whose site and text appear nowhere in ``training``."""
    sites = {e.group for e in training}
    texts = {key(e.text) for e in training}
    return [e for e in examples if e.group not in sites and key(e.text) not in texts]


def read(examples: Sequence[Example]) -> list[Read]:
    """Each example as the shipped weights read it."""
    model = shipped()
    reads = []
    for example in examples:
        scored = model.score(example.features)
        kind = model.verdict(scored) or UNCLEAR
        reads.append(Read(example, kind, scored.best, scored.confidence))
    return reads


def by_word(reads: Sequence[Read], least: int) -> list[str]:
    """Accuracy per the word the sources use (the ``label`` column), for words of ``least``
    statements or more."""
    groups: dict[tuple[str, str], list[Read]] = {}
    for r in reads:
        groups.setdefault((r.example.label.lower(), r.example.kind), []).append(r)
    lines = [f"== accuracy by the source's word ({least}+ statements)"]
    rows = sorted(
        ((-len(rs), word, kind, rs) for (word, kind), rs in groups.items() if len(rs) >= least)
    )
    for _, word, kind, rs in rows:
        s = scores(rs)
        lines.append(f"  {s.accuracy:.3f}  n {s.n:>3}  {word} ({kind})")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=EVALUATION, help="the statements to read")
    parser.add_argument("--markdown", action="store_true", help="tables as Markdown rows")
    parser.add_argument("--errors", action="store_true", help="list the misread statements")
    parser.add_argument("--worst", type=int, default=10)
    args = parser.parse_args(argv)
    if not args.set.exists():
        parser.error(f"no such file: {args.set}")
    training = load(SETS)
    everything = load((str(args.set.resolve()),))
    examples = unseen(everything, training)
    sites = len({e.group for e in examples})
    print(
        f"{args.set.name}: {len(examples)} statements from {sites} sites "
        f"({len(everything) - len(examples)} left out: their site or text is in the training "
        "corpus)"
    )
    reads = read(examples)
    out = table("the shipped weights, sources never used in development", reads, args.markdown)
    out += alarms(reads)
    out += by_source(reads, args.worst)
    out += by_word(reads, 10)
    if args.errors:
        out.append("== misread")
        for r in reads:
            if r.kind != r.example.kind:
                e = r.example
                out.append(f"  [{e.lang} {e.kind} -> {r.kind} {r.confidence:.2f}] {e.text}")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
