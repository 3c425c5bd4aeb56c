"""A long fuzzing run of the hostile-input properties (tests/hostile.py), outside the test suite.

    python benchmarks/fuzz.py [--minutes 10]

Runs each property in turn for its share of the time with hypothesis, many more examples than
the suite's property tests, and prints what failed (the smallest example hypothesis found).
Every failure found is kept in tests/hostile_corpus/ as a regression case; the runs are
recorded in docs/fuzzing.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from tests import hostile  # noqa: E402


def _read(text: str) -> None:
    hostile.read_holds(text)


def _bytes(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        hostile.bytes_hold(raw, Path(folder))


def _check(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        hostile.check_holds(texts, Path(folder))


def _classify(text: str) -> None:
    hostile.classify_holds(text)


PROPERTIES: list[tuple[str, Callable[..., None], st.SearchStrategy[object]]] = [
    ("reader", _read, hostile.statement_texts()),
    ("bytes", _bytes, st.binary(max_size=2000)),
    ("rules and formats", _check, st.lists(hostile.statement_texts(), min_size=1, max_size=6)),
    ("classifier", _classify, st.text(max_size=600)),
    ("csv", hostile.csv_holds, st.lists(st.text(max_size=40), max_size=8)),
    ("terminal", hostile.terminal_holds, st.text(max_size=200)),
    ("markdown writer", hostile.markdown_holds, st.text(max_size=200)),
]


def run(
    name: str, prop: Callable[..., None], strategy: st.SearchStrategy[object], seconds: float
) -> int:
    """Run one property until its time is up; returns the number of examples tried."""
    count = [0]

    def counted(value: object) -> None:
        count[0] += 1
        prop(value)

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        test = settings(
            max_examples=2000,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )(given(strategy)(counted))
        try:
            test()
        except Exception:
            print(f"FOUND in {name}:", flush=True)
            traceback.print_exc()
            return -1
    return count[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    args = parser.parse_args()
    share = args.minutes * 60 / len(PROPERTIES)
    started = time.monotonic()
    failed = 0
    for name, prop, strategy in PROPERTIES:
        begun = time.monotonic()
        tried = run(name, prop, strategy, share)
        failed += tried < 0
        print(f"{name}: {max(tried, 0)} examples in {time.monotonic() - begun:.0f} s", flush=True)
    print(f"total: {time.monotonic() - started:.0f} s, {failed} propert(ies) failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
