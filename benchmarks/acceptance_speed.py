"""What verifying acceptances against Git costs `goals check`, and how fast `goals review` is.

A repository of accepted goals is built with a history: the goals are added, each manager
accepts in a commit of their own, then owners check in a few times. The same checks then run
with the acceptance rules (A) and without them (the reference: F, V and L only), as separate
processes, several times in one run; the medians and their ratio are printed.

    python benchmarks/acceptance_speed.py [--goals 200] [--checkins 20] [--runs 5]

Two checks are measured: one staged file (what the hook costs) and the whole repository.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bytecode import compile_package

from goals_as_code.markdown import parse
from goals_as_code.source import acceptance

GOAL = """\
---
id: goal-{n}
kind: goal
owner: person{n}@example.com
manager: boss{manager}@example.com
start: 2017-01-01
deadline: 2017-06-30
metric:
  unit: hours
  direction: decrease
  baseline: 48
  target: 24
  current: {current}
  as_of: 2017-03-31
status: active
---
# Jag skall förbättra svarstiden från 48 timmar till 24 timmar till den 30 juni 2017
"""


def git(folder: Path, *args: str, email: str = "admin@example.com") -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": email,
        "GIT_AUTHOR_EMAIL": email,
        "GIT_COMMITTER_NAME": email,
        "GIT_COMMITTER_EMAIL": email,
    }
    subprocess.run(["git", *args], cwd=folder, env=env, check=True, capture_output=True)


def build(folder: Path, goals: int, checkins: int) -> None:
    git(folder, "init", "-q", "-b", "main")
    (folder / "goals").mkdir()
    texts = {n: GOAL.format(n=n, manager=n % 7, current=40) for n in range(goals)}
    for n, text in texts.items():
        (folder / "goals" / f"goal-{n}.md").write_text(text, encoding="utf-8")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "Add the goals")
    for manager in range(7):
        for n, text in texts.items():
            if n % 7 != manager:
                continue
            doc = parse(text, "g.md")
            block = acceptance.Accepted(
                f"boss{manager}@example.com",
                "2017-01-05",
                acceptance.fingerprint(doc.data, doc.statement),
            )
            texts[n] = acceptance.write(text, block)
            (folder / "goals" / f"goal-{n}.md").write_text(texts[n], encoding="utf-8")
        git(folder, "commit", "-q", "-am", "Accept", email=f"boss{manager}@example.com")
    for round_ in range(checkins):
        n = round_ % goals
        texts[n] = texts[n].replace("current: ", f"current: {round_ % 9}", 1)
        (folder / "goals" / f"goal-{n}.md").write_text(texts[n], encoding="utf-8")
        git(folder, "commit", "-q", "-am", "Check in", email=f"person{n}@example.com")


def timed(command: list[str], cwd: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--goals", type=int, default=200)
    parser.add_argument("--checkins", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    compile_package()  # as an installed tool has it
    goals_bin = str(Path(sys.executable).parent / "goals")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build(folder, args.goals, args.checkins)
        print(f"{args.goals} accepted goals, {args.checkins + 8} commits, median of {args.runs}")
        print(f"{'check':<28}{'F V L (reference)':>20}{'F V L A':>12}{'ratio':>8}")
        for label, paths in (("one staged file", ["goals/goal-0.md"]), ("whole repository", [])):
            medians = []
            for select in ('["F", "V", "L"]', '["F", "V", "L", "A"]'):
                (folder / "goals.toml").write_text(f"select = {select}\n", encoding="utf-8")
                medians.append(timed([goals_bin, "check", *paths], folder, args.runs))
            print(
                f"{label:<28}{medians[0]:>19.3f}s{medians[1]:>11.3f}s"
                f"{medians[1] / medians[0]:>7.1f}x"
            )
        review = timed([goals_bin, "review", "HEAD~8..HEAD"], folder, args.runs)
        print(f"{'goals review HEAD~8..HEAD':<28}{'':>20}{review:>11.3f}s")


if __name__ == "__main__":
    main()
