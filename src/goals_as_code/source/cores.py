"""How many processes a run may use (the cores this process may run on, or ``GOALS_JOBS``), and
work split between this process and a forked second one."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def jobs() -> int:
    """How many processes may work at once: the cores this process may run on, or at most
    ``GOALS_JOBS`` (``GOALS_JOBS=1``: one core)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    asked = os.environ.get("GOALS_JOBS", "")
    if asked.isdigit() and int(asked) > 0:
        return min(int(asked), cores)
    return cores


def halves(items: Sequence[T], work: Callable[[T], R], least: int) -> list[R]:
    """``[work(item) for item in items]``, the second half done in a forked process when there
    are at least ``least`` items and a second core (on Linux: it starts with everything already
    in memory, and hands back its results as a pickle). The same results as doing each here,
    which is what happens when the second process cannot start or fails."""
    if len(items) < least or jobs() < 2 or sys.platform != "linux":
        return [work(item) for item in items]
    middle = len(items) // 2
    started = _start(items[middle:], work)
    found = [work(item) for item in items[:middle]]
    handed = _wait(started, len(items) - middle) if started is not None else None
    if handed is None:  # done here after all
        handed = [work(item) for item in items[middle:]]
    return found + handed


def _start(items: Sequence[Any], work: Callable[[Any], Any]) -> tuple[int, int] | None:
    """A forked process that does ``work`` on ``items`` and writes the results to a pipe: its
    id and the pipe's end to read; None when it cannot start."""
    import pickle

    try:
        readable, writable = os.pipe()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # the second process: work, hand back, and end without running any cleanup
        code = 1
        try:
            os.close(readable)
            found = [work(item) for item in items]
            with os.fdopen(writable, "wb") as out:
                out.write(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
            code = 0
        finally:
            os._exit(code)
    os.close(writable)
    return pid, readable


def _wait(started: tuple[int, int], count: int) -> list[Any] | None:
    """The ``count`` results the second process handed back; None when it failed."""
    import pickle

    pid, readable = started
    with os.fdopen(readable, "rb") as handed:
        data = handed.read()
    _, status = os.waitpid(pid, 0)
    if status != 0:
        return None
    try:
        found = pickle.loads(data)
    except Exception:
        return None
    return found if isinstance(found, list) and len(found) == count else None
