"""How fast is history.read()? Side by side with plain git and with a per-file git log.

Builds a synthetic goals repository with ``git fast-import`` (by default 200 goal files and
3,000 commits: check-ins, moved targets, renames, merged branches), then times in one run:

- ``history.read()``: every timeline, with check-ins and events (what ``goals history`` and the
  report use);
- the reference: plain ``git log --raw -z --no-abbrev -M`` over the same folder, output read and
  thrown away: the floor for anything that reads the log in one pass;
- git alone handing over all the data: that log plus every blob through ``git cat-file --batch``;
- a naive approach: one ``git log -p`` per goal file, values taken from the patches.

Prints the median of several runs of each and the ratios to the reference.

    python benchmarks/history_speed.py [--goals 200] [--commits 3000] [--runs 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bytecode import compile_package

from goals_as_code import history

EPOCH = 1_483_257_600  # 2017-01-01T08:00:00Z


def goal_text(ident: str, current: int, target: int, deadline: str) -> str:
    return f"""\
---
id: {ident}
kind: goal
owner: anna@example.com
manager: erik@example.com
start: 2017-01-01
deadline: {deadline}
metric:
  unit: hours
  direction: decrease
  baseline: 100
  target: {target}
  current: {current}
confidence: {{owner: 0.7, manager: 0.6}}
status: active
---
# I will cut {ident} from 100 to {target} hours by {deadline}

Background, notes and links, as teams write them.
"""


def build(path: Path, goals: int, commits: int, seed: int = 7) -> None:
    """A repository with ``commits`` commits over ``goals`` goal files, via git fast-import."""
    rng = random.Random(seed)
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True)
    people = [("Anna Andersson", "anna"), ("Bob Berg", "bob"), ("Carl Carlsson", "carl")]
    paths = {n: f"goals/team-{n % 10}/goal-{n}.md" for n in range(goals)}
    state = {n: [90, 50, "2017-12-31"] for n in range(goals)}
    out: list[bytes] = []
    mark = 0
    main_mark = 0

    def blob_of(n: int) -> bytes:
        current, target, deadline = state[n]
        return goal_text(f"goal-{n}", int(current), int(target), str(deadline)).encode()

    def commit(ref: str, message: str, ops: list[bytes], parents: list[int], when: int) -> int:
        nonlocal mark
        mark += 1
        name, login = people[mark % len(people)]
        out.append(f"commit {ref}\nmark :{mark}\n".encode())
        out.append(f"author {name} <{login}@example.com> {when} +0000\n".encode())
        out.append(f"committer {name} <{login}@example.com> {when} +0000\n".encode())
        data = message.encode()
        out.append(b"data %d\n%s\n" % (len(data), data))
        if parents:
            out.append(f"from :{parents[0]}\n".encode())
        for other in parents[1:]:
            out.append(f"merge :{other}\n".encode())
        out.extend(ops)
        out.append(b"\n")
        return mark

    def modify(n: int) -> bytes:
        data = blob_of(n)
        return b"M 100644 inline %s\ndata %d\n%s\n" % (paths[n].encode(), len(data), data)

    when = EPOCH
    main_mark = commit(
        "refs/heads/main", "Add the goals", [modify(n) for n in range(goals)], [], when
    )
    made = 1
    while made < commits:
        when += 3600
        roll = rng.random()
        if roll < 0.03 and made + 4 <= commits:  # a branch with two check-ins, then a merge
            branch = main_mark
            for _ in range(2):
                n = rng.randrange(goals)
                state[n][0] = max(0, int(state[n][0]) - rng.randint(1, 5))
                message = f"Check in goal-{n}"
                branch = commit("refs/heads/topic", message, [modify(n)], [branch], when)
                when += 60
            n = rng.randrange(goals)
            state[n][0] = max(0, int(state[n][0]) - 1)
            message = f"Check in goal-{n}"
            main_mark = commit("refs/heads/main", message, [modify(n)], [main_mark], when)
            # the merge's tree is the first parent's plus the branch's files
            ops = [modify(m) for m in range(goals)]
            parents = [main_mark, branch]
            main_mark = commit("refs/heads/main", "Merge topic", ops, parents, when + 60)
            made += 4
            continue
        n = rng.randrange(goals)
        if roll < 0.05:
            old = paths[n]
            paths[n] = f"goals/moved-{rng.randrange(5)}/goal-{n}.md"
            if paths[n] == old:
                continue
            ops = [f'R "{old}" "{paths[n]}"\n'.encode()]
            message = f"Move goal-{n}"
        elif roll < 0.12:
            state[n][1] = int(state[n][1]) + rng.choice((-5, 5))
            ops = [modify(n)]
            message = f"Move the target of goal-{n}"
        else:
            state[n][0] = max(0, int(state[n][0]) - rng.randint(1, 3))
            ops = [modify(n)]
            message = f"Check in goal-{n}"
        main_mark = commit("refs/heads/main", message, ops, [main_mark], when)
        made += 1
    subprocess.run(["git", "fast-import", "--quiet"], cwd=path, input=b"".join(out), check=True)
    subprocess.run(["git", "checkout", "-q", "-f", "main"], cwd=path, check=True)
    subprocess.run(["git", "gc", "-q"], cwd=path, check=True)


def ours(path: Path) -> int:
    found = history.read(path, "goals")
    return sum(len(timeline.checkins) for timeline in found.timelines.values())


def plain_git_log(path: Path) -> int:
    """The reference: the one log pass alone, no blobs, no parsing."""
    done = subprocess.run(
        ["git", "log", "--full-history", "--raw", "-z", "--no-abbrev", "-M",
         "--format=%x1e%H%x1f%P%x1f%aN%x1f%aE%x1f%aI%x1f%B", "--", "goals/"],
        cwd=path, capture_output=True, check=True,
    )  # fmt: skip
    return done.stdout.count(b"\x1e")


def git_log_and_blobs(path: Path) -> int:
    """The log pass plus every blob version through one ``git cat-file --batch``, no parsing:
    what git alone needs to hand over all the data."""
    log = subprocess.run(
        ["git", "log", "--full-history", "--raw", "-z", "--no-abbrev", "-M", "--format=", "--",
         "goals/"],
        cwd=path, capture_output=True, check=True,
    ).stdout  # fmt: skip
    blobs = {
        token.split()[3]
        for token in log.split(b"\0")
        if token.startswith(b":") and token.split()[3].strip(b"0") != b""
    }
    done = subprocess.run(
        ["git", "cat-file", "--batch"], cwd=path, input=b"\n".join(sorted(blobs)) + b"\n",
        capture_output=True, check=True,
    )  # fmt: skip
    return len(blobs) if done.stdout else 0


_CURRENT = re.compile(rb"^\+  current: (\S+)$", re.MULTILINE)


def per_file_git_log(path: Path) -> int:
    """The naive way: one ``git log -p --follow`` per goal file, values read from the patches."""
    files = subprocess.run(
        ["git", "ls-files", "-z", "goals/"], cwd=path, capture_output=True, check=True
    ).stdout.split(b"\0")
    count = 0
    for name in filter(None, files):
        log = subprocess.run(
            ["git", "log", "-p", "--follow", "--format=%x1e%H%x1f%aN%x1f%aI", "--", name],
            cwd=path, capture_output=True, check=True,
        )  # fmt: skip
        count += len(_CURRENT.findall(log.stdout))
    return count


def median_time(function: Callable[[Path], int], path: Path, runs: int) -> tuple[float, int]:
    times = []
    result = 0
    for _ in range(runs):
        start = time.perf_counter()
        result = function(path)
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--goals", type=int, default=200)
    parser.add_argument("--commits", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--naive-runs", type=int, default=3)
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
        print(f"repository: {args.goals} goal files, {count} commits; git {_git_version()}")
        ours(path)  # warm the file system cache for everyone
        rows = [
            ("plain git log --raw -z (reference)", plain_git_log, args.runs),
            ("git log + cat-file --batch, no parsing", git_log_and_blobs, args.runs),
            ("history.read()", ours, args.runs),
            ("git log -p --follow per file (naive)", per_file_git_log, args.naive_runs),
        ]
        results = [(label, *median_time(fn, path, runs), runs) for label, fn, runs in rows]
        reference = results[0][1]
        print(f"{'approach':40} {'median s':>9} {'x ref':>7} {'runs':>5}  result")
        for label, seconds, result, runs in results:
            print(f"{label:40} {seconds:9.3f} {seconds / reference:7.1f} {runs:5}  {result}")
        ratio = results[3][1] / results[2][1]
        print(f"history.read() is {ratio:.0f}x faster than the per-file log")
    return 0


def _git_version() -> str:
    return subprocess.run(
        ["git", "--version"], capture_output=True, text=True, env=os.environ
    ).stdout.split()[-1]


if __name__ == "__main__":
    raise SystemExit(main())
