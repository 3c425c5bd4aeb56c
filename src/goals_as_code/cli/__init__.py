"""The ``goals`` command line (also ``git goals``): thin commands that parse, call a stage."""

from goals_as_code.cli.main import main

__all__ = ["main"]
