"""A progress bar for long history reads, on a terminal only."""

from __future__ import annotations

import os
import sys
import time
from typing import Any


class Progress:
    """A progress bar on a terminal (stderr), shown once a run has taken ``delay`` seconds
    (half a second by default)."""

    DELAY = 0.5

    def __init__(self, delay: float | None = None) -> None:
        if delay is not None:
            self.DELAY = delay
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn
        from rich.progress import Progress as Bar

        self._progress = Bar(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task: Any = None
        self._started = time.monotonic()
        self._shown = False

    def start(self, description: str, total: int | None) -> None:
        if self._task is not None:
            self._progress.remove_task(self._task)
        self._task = self._progress.add_task(description, total=total)

    def advance(self, by: int = 1) -> None:
        self._progress.advance(self._task, by)
        if not self._shown and time.monotonic() - self._started > self.DELAY:
            self._shown = True
            self._progress.start()

    def stop(self) -> None:
        if self._shown:
            self._progress.stop()


def wanted(progress: bool) -> bool:
    """Whether to show a bar: asked for, on a terminal, not in CI."""
    if not progress or os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    return sys.stderr.isatty()
