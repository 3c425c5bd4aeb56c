"""Work done in a forked process: beside this one (``aside``), or after it (``behind``)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from goals_as_code.source import cores


def test_work_left_behind_is_done_here_unless_the_program_allows_it(tmp_path: Path) -> None:
    written = tmp_path / "kept"
    cores.behind(lambda: written.write_text("kept", encoding="utf-8"))
    assert written.read_text(encoding="utf-8") == "kept"  # done before behind() returned


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_work_left_behind_goes_on_after_the_program_and_its_output_end(
    tmp_path: Path, jobs: str
) -> None:
    written = tmp_path / "kept"
    program = (
        "import pathlib, time\n"
        "from goals_as_code.source import cores\n"
        "cores.leave_behind()\n"
        "def slow():\n"
        "    time.sleep(2)\n"
        f"    pathlib.Path({str(written)!r}).write_text('kept')\n"
        "cores.behind(slow)\n"
        "print('shown', flush=True)\n"
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        check=True,
        env={"GOALS_JOBS": jobs, "PATH": "/usr/bin:/bin"},
    )
    ended = time.monotonic() - started
    assert done.stdout == "shown\n"
    if jobs == "1" or len(os.sched_getaffinity(0)) < 2:  # one core: done before the end
        assert written.read_text(encoding="utf-8") == "kept"
        assert ended >= 2
        return
    # the output ended with the program, before the work did
    assert not written.exists()
    for _ in range(100):
        if written.exists():
            break
        time.sleep(0.1)
    assert written.read_text(encoding="utf-8") == "kept"
