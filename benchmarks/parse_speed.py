"""How fast does the history pass read one version of a statement file? The markdown-it plugin's
lean path against the regex reader it replaced.

History parses every version of every statement file, so this is where its time goes. Times, in
one run and on the same texts (the blobs of ``history_speed.py``'s synthetic repository: goal
files as teams write them, a front matter, an H1 and a paragraph):

- ``lean``: ``goals_as_code.markdown.parse``: markdown-it with the goals plugin, block rules only
  (what ``goals check`` and the history pass use);
- ``full``: the same plugin on markdown-it's whole CommonMark preset, inline rules included;
- ``regex``: the reference, the regex reader that read plainly written files before
  (front matter cut at the first ``---`` line, the statement by a regex; the strict YAML load
  is the same).

Each timing is the median of ``--runs`` passes over ``--files`` texts; the ratios to the
reference are steadier than the times on a shared machine.

    python benchmarks/parse_speed.py [--files 2000] [--runs 9]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections.abc import Callable
from typing import Any

from markdown_it import MarkdownIt

from goals_as_code.markdown import goals_plugin, parse
from goals_as_code.source import yamlstrict

_TRICKY_LINE = re.compile(r"^(?: {0,3}(?:`{3}|~{3}|<|>|[-*+_=]|\d+[.)])| {4}|\t)", re.MULTILINE)
_H1 = re.compile(r"^ {0,3}#(?:[ \t]+(.*?))?[ \t]*$", re.MULTILINE)


def regex(text: str) -> Any:
    """The reference: the regex reader of plainly written files, as it was."""
    end = text.find("\n---\n", 3)
    front, body = text[4 : end + 1], text[end + 5 :]
    if _TRICKY_LINE.search(body):
        return None
    heading = _H1.search(body)
    statement = (heading.group(1) or "").strip() if heading else None
    return yamlstrict.load(front).data, statement


def texts(count: int) -> list[str]:
    from benchmarks.history_speed import goal_text

    return [
        goal_text(f"goal-{number}", 90 - number % 50, 40 + number % 7, "2017-12-31")
        for number in range(count)
    ]


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
