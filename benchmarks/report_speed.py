"""How fast is goals report? Side by side with the history read it is built on.

Builds the same synthetic repository as ``history_speed.py`` (by default 200 goal files and
3,000 commits), then times in one run:

- the reference: ``history.read()``, the one pass over the log that the report needs anyway;
- ``report.build()``: that read, the snapshot of the files at HEAD, progress, pace, status and
  staleness of every goal;
- ``report.build()`` plus rendering each format (text, json, html), roll-ups included.

Prints the median of several runs of each and the ratios to the reference.

    python benchmarks/report_speed.py [--goals 200] [--commits 3000] [--runs 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bytecode import compile_package
from history_speed import build, median_time

from goals_as_code import history
from goals_as_code.report import formats
from goals_as_code.report import model as report
from goals_as_code.source import config as config_module

AS_OF = "2017-06-01"  # a fixed date, so every run computes the same statuses


def reference(path: Path) -> int:
    return len(history.read(path, "goals").timelines)


def built(path: Path) -> int:
    config = config_module.Config(root=path)
    return len(report.build(config, as_of=AS_OF).goals)


def rendered(fmt: str) -> Callable[[Path], int]:
    def run(path: Path) -> int:
        config = config_module.Config(root=path)
        return len(formats.render(report.build(config, as_of=AS_OF), fmt))

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--goals", type=int, default=200)
    parser.add_argument("--commits", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the repository here and keep it")
    args = parser.parse_args()
    compile_package()  # as an installed tool has it
    with tempfile.TemporaryDirectory() as scratch:
        path = args.keep or Path(scratch) / "repo"
        if not (path / ".git").is_dir():
            started = time.perf_counter()
            build(path, args.goals, args.commits)
            print(f"built {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        count = subprocess.run(
            ["git", "rev-list", "--count", "HEAD"], cwd=path, capture_output=True, text=True
        ).stdout.strip()
        print(f"repository: {args.goals} goal files, {count} commits")
        reference(path)  # warm the file system cache for everyone
        rows: list[tuple[str, Callable[[Path], int]]] = [
            ("history.read() (reference)", reference),
            ("report.build()", built),
            ("build + render text", rendered("text")),
            ("build + render json", rendered("json")),
            ("build + render html", rendered("html")),
        ]
        results = [(label, *median_time(fn, path, args.runs)) for label, fn in rows]
        floor = results[0][1]
        print(f"{'approach':30} {'median s':>9} {'x ref':>7} {'runs':>5}  result")
        for label, seconds, result in results:
            print(f"{label:30} {seconds:9.3f} {seconds / floor:7.2f} {args.runs:5}  {result}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
