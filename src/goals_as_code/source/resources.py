"""Files shipped with the package: schemas, the plain Git hook and the examples.

In a wheel they live inside the package; in a source checkout (editable install) they are the
top-level folders of the repository.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path


@functools.cache
def folder(name: str) -> Path:
    """The folder ``name`` (``schemas``, ``hooks`` or ``examples``) of this installation."""
    package = Path(str(resources.files("goals_as_code")))
    for candidate in (package / name, package.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the installation is incomplete: no {name!r} folder next to {package}")
