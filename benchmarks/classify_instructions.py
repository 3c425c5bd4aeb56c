"""Count the instructions a statement takes to classify, beside the code of another revision.

A measure of the classifier's work that the machine's load does not move.

Time on a shared machine moves with whatever else runs on it; the number of instructions a
process executes does not. This counts them with valgrind's callgrind, for a process that
classifies the first N+1 distinct statements of the corpus and for one that classifies only
the first (which pays for the start-up: importing, compiling the patterns, reading the word
lists and the weights), and prints the difference divided by N: the instructions a statement,
each statement met for the first time in the process, as a hook or a first check meets them.
With ``--against REVISION`` it counts the same for the package as it was at that revision
(``git archive`` into a temporary folder, run with the same Python and the same statements)
and prints the ratio.

    python benchmarks/classify_instructions.py --against HEAD~3
    python benchmarks/classify_instructions.py --statements 1000

Needs ``valgrind`` on the PATH; without it, it says so and exits with 2. About a minute per
thousand statements and revision.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).parent / "corpus" / "collected.tsv"
_COLLECTED = re.compile(r"Collected : (\d+)")


class Count(NamedTuple):
    start: int  # instructions of the process that classifies the first statement only
    each: float  # instructions a statement after the first


def statements(count: int) -> list[str]:
    """The first ``count`` distinct statements of the corpus, in its order."""
    with CORPUS.open(encoding="utf-8", newline="") as handle:
        texts = dict.fromkeys(row["text"] for row in csv.DictReader(handle, delimiter="\t"))
    return list(texts)[:count]


def classify_first(count: int) -> int:
    """Classify the first ``count`` statements (the child process's work); how many there were."""
    from goals_as_code.classify import classify

    texts = statements(count)
    for text in texts:
        classify(text)
    return len(texts)


def collected(stderr: str) -> int:
    """The instructions callgrind reports at the end of its output."""
    found = _COLLECTED.findall(stderr)
    if not found:
        raise RuntimeError(f"callgrind reported no count:\n{stderr[-2000:]}")
    return int(found[-1])


def instructions(source: Path, count: int) -> int:
    """The instructions of a process that classifies ``count`` statements with the package in
    ``source`` (a ``src`` folder)."""
    # the same hash seed in every process, so that the counts differ only by the work
    env = {**os.environ, "PYTHONPATH": str(source), "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            str(count),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the counted process failed:\n{done.stderr[-2000:]}")
    return collected(done.stderr)


def count(source: Path, n: int) -> Count:
    start = instructions(source, 1)
    return Count(start, (instructions(source, n + 1) - start) / n)


def archived(revision: str, into: Path) -> Path:
    """The package's ``src`` folder as it was at ``revision``, written under ``into``."""
    done = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", revision, "src"],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode("utf-8", "replace").strip())
    with tarfile.open(fileobj=io.BytesIO(done.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def report(n: int, ours: Count, theirs: Count | None, revision: str | None) -> str:
    lines = [
        f"instructions a statement, the first {n:,} distinct statements of the corpus after the "
        "first one (callgrind)",
        f"  this checkout   {ours.each:12,.0f}   start and the first statement: "
        f"{ours.start / 1e6:,.0f} million",
    ]
    if theirs is not None and revision is not None:
        lines.append(
            f"  {revision:<15} {theirs.each:12,.0f}   start and the first statement: "
            f"{theirs.start / 1e6:,.0f} million"
        )
        lines.append(
            f"  ratio           {ours.each / theirs.each:12.3f}   start: "
            f"{ours.start / theirs.start:.3f}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--statements",
        type=int,
        default=3000,
        metavar="N",
        help="statements counted after the first (default: 3000)",
    )
    parser.add_argument("--against", metavar="REVISION", help="compare with the code at REVISION")
    parser.add_argument("--child", type=int, metavar="N", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        classify_first(args.child)
        return 0
    if args.statements < 1:
        parser.error("--statements must be at least 1")
    if shutil.which("valgrind") is None:
        print("classify_instructions: valgrind is not on the PATH; install it", file=sys.stderr)
        return 2
    n = min(args.statements, len(statements(args.statements + 1)) - 1)
    try:
        ours = count(ROOT / "src", n)
        theirs = None
        if args.against:
            with tempfile.TemporaryDirectory() as folder:
                theirs = count(archived(args.against, Path(folder)), n)
    except RuntimeError as error:
        print(f"classify_instructions: {error}", file=sys.stderr)
        return 2
    print(report(n, ours, theirs, args.against))
    return 0


if __name__ == "__main__":
    sys.exit(main())
