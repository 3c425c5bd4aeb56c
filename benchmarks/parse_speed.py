"""How fast is one statement file read? The plain reader of plainly written files against the
markdown-it plugin.

History parses every version of every statement file, so this is where its time goes. Times, in
one run and on the same texts (the blobs of ``history_speed.py``'s synthetic repository: goal
files as teams write them, a front matter, an H1 and a paragraph):

- ``plain``: ``goals_as_code.markdown.parse``, which reads a plainly written file without the
  Markdown parser (``plugin.plain``: the front matter cut at its ``---`` lines, read by the plain
  YAML reader, the statement found by a regex) and any other file through markdown-it;
- ``lean``: the reference, ``plugin.parse_markdown``: markdown-it with the goals plugin, block
  rules only, for every file;
- ``full``: the same plugin on markdown-it's whole CommonMark preset, inline rules included.

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

from goals_as_code.markdown import goals_plugin, parse, plugin


def plain(text: str) -> Any:
    """What every command reads a file with: the plain reader when the file is plain."""
    return parse(text, "goals/g.md")


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
        return plugin.parse_markdown(text, "goals/g.md")

    for read in (plain, lean, full):  # warm up: imports, compiled patterns
        read(files[0])
    # interleaved, so that a noisy neighbour hurts every reader alike
    results: dict[str, list[float]] = {"plain": [], "lean": [], "full": []}
    for _ in range(args.runs):
        for name, read in (("plain", plain), ("lean", lean), ("full", full)):
            results[name].append(timed(read, files, 1))
    reference = statistics.median(results["lean"])
    print(f"{args.files} files, median of {args.runs} runs")
    for name in ("plain", "lean", "full"):
        median = statistics.median(results[name])
        print(
            f"  {name:6} {median * 1000:8.1f} ms  {median / args.files * 1e6:7.1f} µs/file  "
            f"ratio {median / reference:.2f}"
        )


if __name__ == "__main__":
    main()
