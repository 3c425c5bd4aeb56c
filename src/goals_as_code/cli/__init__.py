"""The ``goals`` command line (also ``git goals``): thin commands that parse, call a stage."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from goals_as_code.source import cores

__all__ = ["line", "run"]


def line(args: Sequence[str]) -> int:
    """Run the command line ``args``; returns the exit code (0 clean, 1 problems, 2 usage or
    setup). Click is imported only for a command line that needs it: not for a hook's
    (``cli/checking.py``). (Not named ``main``: the module ``cli/main.py`` would take that name
    in this package once it is imported.)"""
    from goals_as_code.cli import checking

    quick = checking.quick(args)
    if quick is not None:
        return quick
    from goals_as_code.cli.main import by_click

    return by_click(list(args))


def run() -> NoReturn:
    """The ``goals`` program: :func:`line`, then the end of the process without taking apart,
    object by object, what the run built (the documents of a large tree: most of a second at
    10,000 files). Everything the run writes is written and closed by then; the output is
    flushed here.

    The cyclic garbage collector is off for the run: a run makes hundreds of thousands of
    objects that live to its end (the versions of a long history, a report's points, the facts
    of a large tree), and the collector would go over them again and again to find almost no
    garbage (a tenth of a report's time; the peak memory is the same without it)."""
    gc.disable()
    cores.leave_behind()  # a cache may be written on after the output is done
    code = line(sys.argv[1:])
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # the reader went away (``goals check | head``)
        pass
    os._exit(code)
