"""Waiting for what a run of ``goals`` leaves behind: the process that writes a report's or a
check's cache goes on after the ``goals`` program ends (``source/cores.py``, ``behind``)."""

from __future__ import annotations

import os
import time
from pathlib import Path


def settle(group: int) -> None:
    """Wait, untimed, for what a run started as the leader of process group ``group`` left
    behind (a report or a check writes its cache from a process that goes on after it ends):
    the next run starts from the caches as they were written, and a cold run's cache is not
    written into the folder the next cold run has just removed."""
    for _ in range(6000):
        if not any(_running_in(group, entry) for entry in os.listdir("/proc") if entry.isdigit()):
            return
        time.sleep(0.01)


def _running_in(group: int, pid: str) -> bool:
    """Whether process ``pid`` is in process group ``group`` and has not ended (an ended one
    waits, as a zombie, for the first process to reap it, which may take a while)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    state, _, group_of = stat.rsplit(")", 1)[1].split()[:3]
    return group_of == str(group) and state != "Z"
