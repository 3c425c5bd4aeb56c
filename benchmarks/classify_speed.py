"""How long classifying 10,000 statements takes, side by side with named references.

Each round classifies N distinct statements (the corpus, varied so that no two are equal and
the cache never answers), with the caches cleared first, so the time is that of real work.
In the same run and over the same texts it times two references:

* ``str.split``: splitting every statement into words, the least any word-based reader does;
* ``regex pass``: one precompiled regular expression (a verb list) searched in every statement,
  a plain keyword classifier.

It prints the median over the rounds, per N statements, and the ratios to the references.

    python benchmarks/classify_speed.py
    python benchmarks/classify_speed.py --statements 10000 --rounds 7
"""

from __future__ import annotations

import argparse
import csv
import itertools
import re
import statistics
import string
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from goals_as_code import classify as classifier
from goals_as_code.classify import model

CORPUS = Path(__file__).parent / "corpus" / "statements.tsv"
KEYWORDS = re.compile(
    r"\b(?:öka|minska|sänka|förbättra|increase|reduce|improve|implement|implementera|genomföra|"
    r"antal|andel|number|rate|varje|every|daily|dagligen)\b",
    re.I,
)


def texts(count: int) -> list[str]:
    with CORPUS.open(encoding="utf-8", newline="") as handle:
        base = [row["text"] for row in csv.DictReader(handle, delimiter="\t")]
    # Vary each copy a little (a team name, letters only, so no digits are added) so every
    # statement is distinct and uncached.
    names = ["".join(pair) for pair in itertools.product(string.ascii_lowercase, repeat=2)]
    return [f"{base[i % len(base)]} (team {names[i // len(base)]})" for i in range(count)]


def clear_caches() -> None:
    for function in (
        classifier._classified,
        classifier._features,
        classifier._decide,
        classifier._analyse,
        classifier._detect,
        classifier._tokens,
        classifier._titled,
        classifier._main_verb_reason,
        classifier.message,  # the reasons, each made once per wording
        classifier._cues._word_features,
        classifier._cues.describe,
        model.shipped,  # the weights are read again, and each row into numbers on first use
    ):
        function.cache_clear()
    for nouns in (classifier._RESULT, classifier._ARTEFACT, classifier._MEASURE_WORD):
        for table in nouns.values():
            table.seen.clear()


def run_classifier(items: list[str]) -> None:
    clear_caches()
    for text in items:
        classifier.classify(text)


def run_split(items: list[str]) -> None:
    for text in items:
        text.split()


def run_regex(items: list[str]) -> None:
    for text in items:
        KEYWORDS.search(text)


def median_seconds(work: Callable[[list[str]], None], items: list[str], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work(items)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    items = texts(args.statements)
    run_classifier(items[:200])  # warm up: compile patterns, build tables
    ours = median_seconds(run_classifier, items, args.rounds)
    split = median_seconds(run_split, items, args.rounds)
    regex = median_seconds(run_regex, items, args.rounds)
    n = args.statements
    print(f"statements: {n} distinct, {args.rounds} rounds, medians")
    print(f"  goals classify   {ours:8.3f} s   ({ours / n * 1e6:7.1f} µs per statement)")
    print(f"  str.split        {split:8.3f} s   (classifier is {ours / split:7.1f}x slower)")
    print(f"  regex pass       {regex:8.3f} s   (classifier is {ours / regex:7.1f}x slower)")
    per_10k = ours / n * 10_000
    verdict = "within" if per_10k < 2.0 else "OVER"
    print(f"  per 10,000 statements: {per_10k:.3f} s ({verdict} the 2 s budget)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
