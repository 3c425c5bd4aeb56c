"""Copy labelled statements gathered from public pages into ``corpus/collected.tsv``.

Reads one or more TSV files with the columns ``text, lang, kind, source, label, note`` (the
statement as its page writes it, its language, the kind its source gives, the page address,
the source's own word for it, and a note when the kind was taken from the guide's definitions
instead), keeps the rows that are well formed, and leaves out every statement that is already
in the project's own corpus files or in the evaluation set (``corpus/evaluation.tsv``, which
is never trained on), or was already kept (compared without case, punctuation and extra
spaces). The output is sorted by source and text, so that re-running it on the same input
gives the same file. The output is written anew from the inputs alone: to add statements to
the corpus, name ``collected.tsv`` itself first.

    python benchmarks/corpus_import.py benchmarks/corpus/collected.tsv gathered/*.tsv
    python benchmarks/corpus_import.py --out other.tsv gathered/*.tsv
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"
OWN = ("statements.tsv", "independent-2.tsv", "fresh.tsv")
EVALUATION = "evaluation.tsv"  # read by classify_holdout.py only: never copied into training
COLUMNS = ("text", "lang", "kind", "source", "label", "note")
KINDS = frozenset(("goal", "activity", "behaviour", "kpi"))
LANGS = frozenset(("sv", "en"))
MAX_CHARS = 300
_NOT_WORD = re.compile(r"[\W_]+")


def key(text: str) -> str:
    """A statement as compared for duplicates: lower case, letters and digits only."""
    return _NOT_WORD.sub(" ", text.lower()).strip()


def rows_of(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {column: " ".join((row.get(column) or "").split()) for column in COLUMNS}
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def usable(row: dict[str, str]) -> bool:
    return (
        bool(row["text"])
        and len(row["text"]) <= MAX_CHARS
        and row["kind"] in KINDS
        and row["lang"] in LANGS
        and row["source"].startswith(("http://", "https://"))
    )


def gather(inputs: Iterable[Path], own: Iterable[Path]) -> list[dict[str, str]]:
    seen = {key(row["text"]) for path in own if path.exists() for row in rows_of(path)}
    kept = []
    for path in inputs:
        for row in rows_of(path):
            k = key(row["text"])
            if usable(row) and k and k not in seen:
                seen.add(k)
                kept.append(row)
    return sorted(kept, key=lambda row: (row["source"], row["text"]))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", type=Path, nargs="+")
    parser.add_argument("--out", type=Path, default=CORPUS / "collected.tsv")
    args = parser.parse_args(argv)
    kept = gather(args.inputs, [CORPUS / name for name in (*OWN, EVALUATION)])
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle,
            COLUMNS,
            delimiter="\t",
            lineterminator="\n",
            quoting=csv.QUOTE_NONE,
            quotechar=None,
        )
        writer.writeheader()
        writer.writerows(kept)
    sources = len({row["source"] for row in kept})
    print(f"{args.out}: {len(kept)} statements from {sources} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
