"""What do the SMART rules cost? `goals check` with every rule, next to the file, schema and link
rules alone (`--select F,V,L`, the reference), on the same generated repository.

Both run as a user runs them, as separate processes, several times in one run; the medians and
their ratio are printed.

    python benchmarks/rules_speed.py [--files 500] [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = """\
---
id: goal-{n}
kind: goal
owner: person{owner}@example.com
manager: boss{owner}@example.com
start: 2017-01-01
deadline: 2017-06-30
metric:
  unit: hours
  direction: decrease
  baseline: {baseline}
  target: 24
confidence: {{owner: 0.7, manager: 0.6}}
status: active
---
# {statement}
"""
STATEMENTS = (
    "Jag skall förbättra svarstiden från {baseline} timmar till 24 timmar till den 30 juni 2017",
    "I will cut the reply time from {baseline} to 24 hours by 30 June 2017",
    "Jag skall implementera Scrum på vår IT-avdelning under 2017 ({baseline})",
)


def make(folder: Path, count: int) -> None:
    goals = folder / "goals"
    goals.mkdir(parents=True)
    for n in range(count):
        baseline = 30 + n  # every statement differs, so no cache hides the classifier's cost
        statement = STATEMENTS[n % len(STATEMENTS)].format(baseline=baseline)
        text = GOAL.format(n=n, owner=n % 50, baseline=baseline, statement=statement)
        (goals / f"goal-{n}.md").write_text(text, encoding="utf-8")
    (folder / "goals.toml").write_text('goals-dir = "goals"\n', encoding="utf-8")


def timed(folder: Path, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "goals_as_code", "check", "--today", "2017-03-31", *args],
        cwd=folder,
        capture_output=True,
        check=False,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make(folder, args.files)
        reference: list[float] = []
        every: list[float] = []
        for _ in range(args.runs):  # interleaved, so that both see the same machine load
            reference.append(timed(folder, "--select", "F,V,L"))
            every.append(timed(folder))
    ref, all_rules = statistics.median(reference), statistics.median(every)
    print(f"{args.files} files, {args.runs} runs each, medians:")
    print(f"  reference: F, V and L rules only  {ref:.3f} s")
    print(f"  every rule                        {all_rules:.3f} s  ({all_rules / ref:.2f}x)")


if __name__ == "__main__":
    main()
