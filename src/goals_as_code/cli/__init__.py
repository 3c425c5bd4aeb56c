"""The ``goals`` command line (also ``git goals``): thin commands that parse, call a stage."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from goals_as_code.source import cores

__all__ = ["main", "run"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see :func:`goals_as_code.cli.main.main`).
    Click is imported only for a command line that needs it: not for a hook's."""
    from goals_as_code.cli import checking

    args = list(sys.argv[1:] if argv is None else argv)
    quick = checking.quick(args)
    if quick is not None:
        return quick
    from goals_as_code.cli.main import by_click

    return by_click(args)


def run() -> NoReturn:
    """The ``goals`` program: :func:`main`, then the end of the process without taking apart,
    object by object, what the run built (the documents of a large tree: most of a second at
    10,000 files). Everything the run writes is written and closed by then; the output is
    flushed here."""
    cores.leave_behind()  # a cache may be written on after the output is done
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # the reader went away (``goals check | head``)
        pass
    os._exit(code)
