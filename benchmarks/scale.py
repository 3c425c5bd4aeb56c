"""Speed at scale, each workload beside a named reference, in one run.

- ``goals check`` over 1,000 and 10,000 statement files (every rule, and reading and schema
  only: ``--select F,V``) beside check-jsonschema validating the same front matter, written out
  as YAML files, against the project's own ``statement.schema.json``;
- the same tree committed to Git, where ``goals check`` keeps its cache: every rule without the
  cache (``--no-cache``), cold (no cache yet: it is written) and warm (nothing changed since the
  last run), beside the same check-jsonschema run;
- the hook in those trees: one file staged anew before each run, checked (cold, and warm with
  the facts of the other files kept), beside check-jsonschema on one file;
- the hook: ``goals check`` of one accepted goal in a history of 10,000 commits (every rule, and
  without the acceptance rules; cold, warm, and after a new commit, as the next commit's hook
  finds it), beside check-jsonschema on that one file;
- ``goals report`` over that history (500 goals, 10,000 commits), beside ``git log -p -- goals``:
  cold, warm at the same HEAD, and warm after three new commits (made before each run, untimed).

Every command runs as a user runs it, as a separate process, several times; the medians and
their ratios are printed. The hook's and the report's runs, of a second or less, each run in
turn with a run of their reference, so that both meet the machine's drift alike (the hook in a
tree at least 5 times). Statement bodies are written as ``goals new`` writes them, with a task
list. check-jsonschema must be on the PATH (``pip install check-jsonschema``); without it its
columns are left empty.

    python benchmarks/scale.py [--files 1000,10000] [--commits 10000] [--goals 500] [--runs 3]
                               [--check-only]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bytecode import compile_package
from settle import settle

from goals_as_code.markdown.plugin import parse
from goals_as_code.source import acceptance

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schemas" / "statement.schema.json"

FRONT = """\
id: goal-{n}
kind: goal
owner: person{owner}@example.com
manager: boss{manager}@example.com
start: 2017-01-01
deadline: 2017-06-30
metric:
  unit: hours
  direction: decrease
  baseline: {baseline}
  target: 24
  current: {current}
  as_of: 2017-03-{day:02d}
confidence: {{owner: 0.7, manager: 0.6}}
status: active
"""
BODY = """\
# I will cut the reply time to my customer emails from {baseline} to 24 hours by 30 June 2017

## Activities

- [x] Write reply templates for the ten most common questions
- [ ] Set up a shared inbox with the support team
- [ ] Review the reply times every Friday

## Notes

The reply time is the median over the month, read from the help desk.
"""


def statement(n: int, current: int = 40, day: int = 1, owners: int = 50) -> tuple[str, str]:
    """The front matter and the whole file of goal ``n``."""
    baseline = 30 + n  # every statement differs, so no cache hides the classifier's cost
    front = FRONT.format(
        n=n, owner=n % owners, manager=n % 7, baseline=baseline, current=current, day=day
    )
    return front, f"---\n{front}---\n{BODY.format(baseline=baseline)}"


def make_tree(folder: Path, count: int) -> Path:
    """``count`` statement files, and their front matter as YAML files for the reference."""
    goals, fronts = folder / "goals", folder / "front"
    goals.mkdir(parents=True)
    fronts.mkdir()
    for n in range(count):
        front, text = statement(n)
        (goals / f"goal-{n}.md").write_text(text, encoding="utf-8")
        (fronts / f"goal-{n}.yaml").write_text(front, encoding="utf-8")
    (folder / "goals.toml").write_text('goals-dir = "goals"\n', encoding="utf-8")
    return fronts


def _blob(text: str) -> bytes:
    data = text.encode("utf-8")
    return b"data %d\n" % len(data) + data + b"\n"


def make_history(folder: Path, goals: int, commits: int) -> None:
    """``goals`` goals added in one commit, goal-0 accepted by its manager in the next, then
    check-ins, one goal after another, up to ``commits`` commits (through git fast-import)."""
    subprocess.run(["git", "init", "-q", "-b", "main", str(folder)], check=True)
    texts = {n: statement(n, owners=goals)[1] for n in range(goals)}
    stream: list[bytes] = []
    clock = 1483264800  # 2017-01-01

    def commit(email: str, message: str, files: dict[str, str]) -> None:
        nonlocal clock
        clock += 60
        who = f"{email.split('@')[0]} <{email}> {clock} +0000".encode()
        stream.append(b"commit refs/heads/main\nauthor " + who + b"\ncommitter " + who + b"\n")
        stream.append(_blob(message))
        for path, text in files.items():
            stream.append(f"M 100644 inline {path}\n".encode() + _blob(text))

    first = {f"goals/goal-{n}.md": text for n, text in texts.items()}
    first["goals.toml"] = 'goals-dir = "goals"\n'
    commit("admin@example.com", "Add the goals", first)
    doc = parse(texts[0], "goals/goal-0.md")
    block = acceptance.Accepted(
        "boss0@example.com", "2017-01-05", acceptance.fingerprint(doc.data, doc.statement)
    )
    texts[0] = acceptance.write(texts[0], block)
    commit("boss0@example.com", "Accept", {"goals/goal-0.md": texts[0]})
    for number in range(commits - 2):
        n = number % goals
        texts[n] = _checkin(texts[n], number)
        commit(f"person{n}@example.com", "Check in", {f"goals/goal-{n}.md": texts[n]})
    subprocess.run(
        ["git", "fast-import", "--quiet"], cwd=folder, input=b"".join(stream), check=True
    )
    subprocess.run(["git", "checkout", "-q", "main"], cwd=folder, check=True)


def _checkin(text: str, number: int) -> str:
    """``text`` with a new current value and its day."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.startswith("  current: "):
            lines[index] = f"  current: {40 - number % 9}"
        elif line.startswith("  as_of: "):
            lines[index] = f"  as_of: 2017-03-{number % 28 + 1:02d}"
    return "\n".join(lines)


PEAKS: dict[str, int] = {}  # the command's first word and label -> peak memory in KiB


def commit_tree(folder: Path) -> None:
    """``folder`` as a Git repository with everything in it committed."""
    who = {
        f"GIT_{role}_{part}": value
        for role in ("AUTHOR", "COMMITTER")
        for part, value in (
            ("NAME", "Admin"),
            ("EMAIL", "admin@example.com"),
            ("DATE", "@1483264800 +0000"),
        )
    }
    environment = {**os.environ, **who}
    for command in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "Goals"]):
        subprocess.run(["git", *command], cwd=folder, env=environment, check=True)


def timed(
    command: list[str],
    cwd: Path,
    runs: int,
    cold: bool = False,
    before: Callable[[], object] | None = None,
) -> float:
    """The median wall-clock time of ``runs`` runs of ``command``; its peak memory in PEAKS.
    ``cold``: without the caches of parsed versions and of ``goals check`` (removed before each
    run). ``before``: called before each run, untimed."""
    times = []
    for _ in range(runs):
        if cold:
            shutil.rmtree(cwd / ".git" / "goals-as-code", ignore_errors=True)
        if before is not None:
            before()
        start = time.perf_counter()
        process = subprocess.Popen(
            command,
            cwd=cwd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        _, _, usage = os.wait4(process.pid, 0)
        times.append(time.perf_counter() - start)
        PEAKS["last"] = max(PEAKS.get("last", 0), usage.ru_maxrss)
        settle(process.pid)
    return statistics.median(times)


def row(label: str, ours: float, peak: int, reference: float | None, name: str) -> None:
    ratio = f"{ours / reference:>7.2f}x" if reference else f"{'':>8}"
    theirs = f"{reference:>9.2f}s" if reference is not None else f"{'n/a':>10}"
    print(f"{label:<46}{ours:>8.2f}s {peak // 1024:>5} MB {theirs}  {ratio}  ({name})", flush=True)


def ours_timed(
    command: list[str],
    cwd: Path,
    runs: int,
    cold: bool = False,
    before: Callable[[], object] | None = None,
) -> tuple[float, int]:
    """``timed``, with the peak memory of these runs alone."""
    PEAKS["last"] = 0
    return timed(command, cwd, runs, cold, before), PEAKS["last"]


def new_checkins(folder: Path, count: int = 3) -> None:
    """``count`` new commits, each a check-in of one goal, committed now (after the history)."""
    for _ in range(count):
        NEW_CHECKINS[0] += 1
        n = NEW_CHECKINS[0]
        path = folder / "goals" / f"goal-{n % 50}.md"
        path.write_text(_checkin(path.read_text(encoding="utf-8"), n), encoding="utf-8")
        subprocess.run(
            ["git", "commit", "-q", "-am", f"Check in {n}"],
            cwd=folder,
            check=True,
            env={**os.environ, **_PERSON},
        )


NEW_CHECKINS = [0]
_PERSON = {
    "GIT_AUTHOR_NAME": "Person",
    "GIT_AUTHOR_EMAIL": "person@example.com",
    "GIT_COMMITTER_NAME": "Person",
    "GIT_COMMITTER_EMAIL": "person@example.com",
}


def hook_rows(folder: Path, count: int, reference: list[str] | None, runs: int) -> None:
    """The hook in a tree of ``count`` files: one file staged anew before each run (a new blob,
    as each commit's hook meets it), checked with every rule; cold (no cache at all) and warm
    (the facts of the other files kept by the runs before), beside check-jsonschema on one
    file."""
    staged = folder / "goals" / "goal-1.md"
    one = folder / "front" / "goal-1.yaml"
    text = staged.read_text(encoding="utf-8")
    turn = [0]

    def stage() -> None:
        turn[0] += 1
        staged.write_text(_checkin(text, turn[0]), encoding="utf-8")
        subprocess.run(["git", "add", "goals/goal-1.md"], cwd=folder, check=True)

    command = [str(Path(sys.executable).parent / "goals"), "check", "--today", "2017-03-31"]
    command.append("goals/goal-1.md")
    for label, cold in (("cold", True), ("warm", False)):
        theirs_command = [*reference, str(one)] if reference else None
        ours, peak, theirs = in_turn(command, theirs_command, folder, max(runs, 5), cold, stage)
        row(f"hook: 1 staged file of {count:,}, {label}", ours, peak, theirs, "check-jsonschema")


def in_turn(
    command: list[str],
    reference: list[str] | None,
    cwd: Path,
    runs: int,
    cold: bool = False,
    before: Callable[[], object] | None = None,
) -> tuple[float, int, float | None]:
    """``ours_timed``, each run followed by one of ``reference``: a run of a tenth of a second
    drifts with the machine from one minute to the next, and so both meet the same drift. The
    medians of both, and the peak memory of ours."""
    ours: list[float] = []
    theirs: list[float] = []
    peak = 0
    for _ in range(runs):
        took, peak_now = ours_timed(command, cwd, 1, cold, before)
        ours.append(took)
        peak = max(peak, peak_now)
        if reference:
            theirs.append(timed(reference, cwd, 1))
    return statistics.median(ours), peak, statistics.median(theirs) if theirs else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", default="1000,10000")
    parser.add_argument("--commits", type=int, default=10_000)
    parser.add_argument("--goals", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--check-only", action="store_true", help="only the goals check rows")
    args = parser.parse_args()
    compile_package()  # as an installed tool has it
    goals_bin = str(Path(sys.executable).parent / "goals")
    reference = shutil.which("check-jsonschema")
    schema = ["--schemafile", str(SCHEMA), "--base-uri", SCHEMA.parent.as_uri() + "/"]
    today = ["--today", "2017-03-31"]
    print(
        f"median of {args.runs} runs: goals-as-code (time, peak memory), the reference, the ratio",
        flush=True,
    )
    with tempfile.TemporaryDirectory() as tmp:
        for count in (int(size) for size in args.files.split(",") if size):
            folder = Path(tmp) / f"tree-{count}"
            fronts = make_tree(folder, count)
            yamls = [str(path) for path in sorted(fronts.iterdir())]
            theirs = timed([reference, *schema, *yamls], folder, args.runs) if reference else None
            for label, select in (("all rules", []), ("reading + schema", ["--select", "F,V"])):
                ours, peak = ours_timed([goals_bin, "check", *today, *select], folder, args.runs)
                row(f"check, {count:,} files, {label}", ours, peak, theirs, "check-jsonschema")
            commit_tree(folder)
            check = [goals_bin, "check", *today]
            for label, extra, cold in (
                ("no cache", ["--no-cache"], True),
                ("cold", [], True),
                ("warm", [], False),
            ):
                if not cold:
                    timed(check, folder, 1)  # the cache as a run before left it
                ours, peak = ours_timed([*check, *extra], folder, args.runs, cold)
                name = f"check, {count:,} files in Git, all rules, {label}"
                row(name, ours, peak, theirs, "check-jsonschema")
            hook_rows(folder, count, [reference, *schema] if reference else None, args.runs)
        if args.check_only:
            return
        folder = Path(tmp) / "history"
        make_history(folder, args.goals, args.commits)
        front = folder / "goal-0.yaml"
        front.write_text(statement(0)[0], encoding="utf-8")
        one_file = [reference, *schema, str(front)] if reference else None
        target = ["goals/goal-0.md"]
        commits = f"{args.commits:,} commits"
        for label, select, cold, before in (
            ("all rules, cold", [], True, None),
            ("all rules, warm", [], False, None),
            ("without A, warm", ["--ignore", "A"], False, None),
            ("all rules, after a new commit", [], False, lambda: new_checkins(folder, 1)),
        ):
            command = [goals_bin, "check", *today, *select, *target]
            ours, peak, one = in_turn(command, one_file, folder, args.runs, cold, before)
            row(f"hook: 1 accepted goal, {commits}, {label}", ours, peak, one, "check-jsonschema")
        git_log = ["git", "log", "-p", "--", "goals"]
        command = [goals_bin, "report", "--format", "json"]
        for label, cold, before in (
            ("cold", True, None),
            ("warm (same HEAD)", False, None),
            ("warm (3 new commits)", False, lambda: new_checkins(folder)),
        ):
            report, peak, theirs = in_turn(command, git_log, folder, args.runs, cold, before)
            name = f"report, {args.goals} goals, {commits}, {label}"
            row(name, report, peak, theirs, "git log -p -- goals")


if __name__ == "__main__":
    main()
