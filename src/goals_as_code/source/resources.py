"""Files shipped with the package: schemas, the plain Git hook and the examples.

In a wheel they live inside the package; in a source checkout (editable install) they are the
top-level folders of the repository.
"""

from __future__ import annotations

import functools
from pathlib import Path


@functools.cache
def folder(name: str) -> Path:
    """The folder ``name`` (``schemas``, ``hooks`` or ``examples``) of this installation."""
    # the package's own folder: importlib.resources would say the same for a package on disk,
    # and cost the hook the import of zipfile (and with it bz2 and lzma)
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / name, package.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the installation is incomplete: no {name!r} folder next to {package}")
