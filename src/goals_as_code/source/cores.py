"""How many processes a run may use: the cores this process may run on, or ``GOALS_JOBS``."""

from __future__ import annotations

import os


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
