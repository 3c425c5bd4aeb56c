"""How fast is `goals check`, next to check-jsonschema on the same data?

check-jsonschema cannot read front matter in Markdown, so the reference run gets the same front
matter written out as plain YAML files and the same schema. Both run as a user runs them, as
separate processes, several times in one run; the medians and their ratio are printed.

    pip install check-jsonschema
    python benchmarks/check_speed.py [--files 500] [--runs 7]

Two sizes are measured: one file (what a pre-commit run on a single staged goal costs, which is
mostly start-up) and many files (a check of a whole repository).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bytecode import compile_package

ROOT = Path(__file__).resolve().parent.parent

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
  baseline: 48
  target: 24
  current: {current}
  as_of: 2017-03-31
confidence: {{owner: 0.7, manager: 0.6}}
status: active
"""
STATEMENT = "# Jag skall förbättra svarstiden från 48 timmar till 24 timmar till den 30 juni 2017\n"


def make(folder: Path, count: int) -> tuple[Path, Path]:
    goals = folder / "goals"
    plain = folder / "yaml"
    goals.mkdir(parents=True)
    plain.mkdir()
    (folder / "goals.toml").write_text('goals-dir = "goals"\nselect = ["F", "V", "L"]\n')
    for n in range(count):
        front = FRONT.format(n=n, owner=n % 40, manager=n % 7, current=30 + n % 18)
        (goals / f"goal-{n}.md").write_text(f"---\n{front}---\n{STATEMENT}", encoding="utf-8")
        (plain / f"goal-{n}.yaml").write_text(front, encoding="utf-8")
    return goals, plain


def timed(command: list[str], cwd: Path, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
        samples.append(time.perf_counter() - start)
        if done.returncode not in (0,):
            raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    compile_package()  # as an installed tool has it
    reference = shutil.which(
        "check-jsonschema", path=str(Path(sys.executable).parent)
    ) or shutil.which("check-jsonschema")
    if reference is None:
        print("check-jsonschema is not installed: pip install check-jsonschema", file=sys.stderr)
        return 2
    goals_bin = str(Path(sys.executable).parent / "goals")
    schema = str(ROOT / "schemas" / "goal.schema.json")
    base = str(ROOT / "schemas")
    print(f"{'case':<28}{'goals check':>14}{'check-jsonschema':>18}{'ratio':>8}")
    with tempfile.TemporaryDirectory() as temporary:
        for count in (1, args.files):
            folder = Path(temporary) / str(count)
            _goals, plain = make(folder, count)
            ours = timed([goals_bin, "check"], folder, args.runs)
            theirs = timed(
                [
                    reference,
                    "--schemafile",
                    schema,
                    "--base-uri",
                    f"file://{base}/",
                    *sorted(str(p) for p in plain.iterdir()),
                ],
                folder,
                args.runs,
            )
            label = f"{count} file" + ("" if count == 1 else "s")
            print(f"{label:<28}{ours * 1000:>12.0f}ms{theirs * 1000:>16.0f}ms{ours / theirs:>8.2f}")
    print(f"medians of {args.runs} runs; ratio = goals check / check-jsonschema (lower is faster)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
