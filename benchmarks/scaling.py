"""Does `goals check` stay linear: the time per file flat as the tree grows, and the time per
byte flat as one file grows?

- **Files**: `goals check` over trees of 1,000, 10,000 and 50,000 statement files, written as
  `benchmarks/scale.py` writes them (as `goals new` does, with a task list), every rule and
  reading + schema only (`--select F,V`), as a user runs it; the time per file and its ratio to
  the smallest tree's, and the peak memory.
- **Length**: one statement file of 100 B to 1 MB (half of it the heading, half notes below it),
  checked with every rule in this process (no start-up in the figure); the time each KB adds
  above the smallest file, and its ratio to the first such figure.

A ratio near 1.00 is linear; a ratio that grows with the size is not.

    python benchmarks/scaling.py [--files 1000,10000,50000] [--sizes 100,10000,100000,1000000]
                                 [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import scale  # the trees of the scale benchmark, beside this script

from goals_as_code.check import checker
from goals_as_code.source import config as config_module

TODAY = ["--today", "2017-03-31"]


def files(sizes: list[int], runs: int) -> None:
    goals_bin = str(Path(sys.executable).parent / "goals")
    print(f"{'files':<36}{'median':>9}{'per file':>12}{'x smallest':>12}{'peak':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        first: dict[str, float] = {}
        for count in sizes:
            folder = Path(tmp) / f"tree-{count}"
            scale.make_tree(folder, count)
            for label, select in (("every rule", []), ("reading + schema", ["--select", "F,V"])):
                took, peak = scale.ours_timed([goals_bin, "check", *TODAY, *select], folder, runs)
                per = took / count * 1e6
                base = first.setdefault(label, per)
                print(
                    f"{f'{count:,} files, {label}':<36}{took:>8.2f}s{per:>9.0f} µs"
                    f"{per / base:>11.2f}x{peak // 1024:>6} MB",
                    flush=True,
                )


def lengths(sizes: list[int], runs: int) -> None:
    print(f"{'one file':<36}{'median':>9}{'per KB more':>13}{'x first':>9}")
    front, _ = scale.statement(0)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "goals").mkdir()
        (folder / "goals.toml").write_text('goals-dir = "goals"\n', encoding="utf-8")
        config = config_module.load(folder)
        path = folder / "goals" / "long.md"
        smallest: tuple[float, float] | None = None  # its time and size in KB
        first = None
        for size in sizes:
            room = max(size - len(front) - 60, 20)
            heading = "I will cut the reply time from 48 to 24 hours by 30 June 2017"
            heading += " and keep it" * max((room // 2 - len(heading)) // 12, 0)
            notes = "The reply time is the median over the month. " * max(room // 2 // 46, 0)
            path.write_text(f"---\n{front}---\n# {heading}\n\n{notes}\n", encoding="utf-8")
            kilobytes = path.stat().st_size / 1024
            checker.check(config, [path])  # the first run loads what a check loads once
            samples = []
            for _ in range(runs):
                start = time.perf_counter()
                checker.check(config, [path])
                samples.append(time.perf_counter() - start)
            took = statistics.median(samples)
            label = f"{path.stat().st_size:,} bytes, every rule"
            if smallest is None:  # what every check costs, whatever the length
                smallest = (took, kilobytes)
                print(f"{label:<36}{took * 1e3:>7.1f}ms", flush=True)
                continue
            per = (took - smallest[0]) / (kilobytes - smallest[1]) * 1e3
            first = first if first is not None else per
            print(f"{label:<36}{took * 1e3:>7.1f}ms{per:>10.3f} ms{per / first:>8.2f}x", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", default="1000,10000,50000")
    parser.add_argument("--sizes", default="100,10000,100000,1000000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    lengths([int(size) for size in args.sizes.split(",") if size], args.runs)
    print()
    files([int(size) for size in args.files.split(",") if size], args.runs)


if __name__ == "__main__":
    main()
