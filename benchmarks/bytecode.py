"""The package compiled to bytecode before it is timed, as ``pip install`` leaves it.

An editable install writes bytecode on first import, unless ``PYTHONDONTWRITEBYTECODE`` is set
(as on some CI machines and containers): then every run would compile each module it imports
again, a cost no installed tool pays. The benchmarks compile the package once, first."""

from __future__ import annotations

import compileall
from pathlib import Path

import goals_as_code


def compile_package() -> None:
    """Write the bytecode of every module of goals_as_code that lacks it or is stale."""
    compileall.compile_dir(Path(goals_as_code.__file__).parent, quiet=1)
