"""How fast does the history pass read one version of a statement file? The markdown-it plugin's
lean path against the regex reader of plainly written files.

History parses every version of every statement file, so this is where its time goes. Times, in
one run and on the same texts (the blobs of ``history_speed.py``'s synthetic repository: goal
files as teams write them, a front matter, an H1 and a paragraph):

- ``lean``: ``goals_as_code.markdown.parse``: markdown-it with the goals plugin, block rules only
  (what ``goals check`` and the history pass use);
- ``full``: the same plugin on markdown-it's whole CommonMark preset, inline rules included;
- ``regex``: the reference, the regex reader of plainly written files
  (``history/versions.py``'s ``parse_plain``: the front matter cut at the first ``---`` line,
  the statement found by a regex; the strict YAML load is the same).

Each timing is the median of ``--runs`` passes over ``--files`` texts; the ratios to the
reference are steadier than the times on a shared machine.

    python benchmarks/parse_speed.py [--files 2000] [--runs 9]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

from markdown_it import MarkdownIt

from goals_as_code.history.versions import parse_plain
from goals_as_code.markdown import goals_plugin, parse


def regex(text: str) -> Any:
    """The reference: the regex reader of plainly written files."""
    return parse_plain(text)


def goal_text(ident: str, current: int, target: int) -> str:
    """A goal file as ``history_speed.py`` writes its versions."""
    return f"""\
---
id: {ident}
kind: goal
owner: anna@example.com
manager: erik@example.com
start: 2017-01-01
deadline: 2017-12-31
metric:
  unit: hours
  direction: decrease
  baseline: 100
  target: {target}
  current: {current}
confidence: {{owner: 0.7, manager: 0.6}}
status: active
---
# I will cut {ident} from 100 to {target} hours by 2017-12-31

Background, notes and links, as teams write them.
"""


def texts(count: int) -> list[str]:
    return [goal_text(f"goal-{n}", 90 - n % 50, 40 + n % 7) for n in range(count)]


def timed(read: Callable[[str], object], files: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        for text in files:
            read(text)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    files = texts(args.files)
    full_md = MarkdownIt("commonmark").use(goals_plugin)

    def full(text: str) -> object:
        env: dict[str, object] = {"path": "goals/g.md"}
        full_md.parse(text, env)
        return env["goal"]

    def lean(text: str) -> object:
        return parse(text, "goals/g.md")

    for read in (regex, lean, full):  # warm up: imports, compiled patterns
        read(files[0])
    # interleaved, so that a noisy neighbour hurts every reader alike
    results: dict[str, list[float]] = {"regex": [], "lean": [], "full": []}
    for _ in range(args.runs):
        for name, read in (("regex", regex), ("lean", lean), ("full", full)):
            results[name].append(timed(read, files, 1))
    reference = statistics.median(results["regex"])
    print(f"{args.files} files, median of {args.runs} runs")
    for name in ("regex", "lean", "full"):
        median = statistics.median(results[name])
        print(
            f"  {name:6} {median * 1000:8.1f} ms  {median / args.files * 1e6:7.1f} µs/file  "
            f"ratio {median / reference:.2f}"
        )


if __name__ == "__main__":
    main()
