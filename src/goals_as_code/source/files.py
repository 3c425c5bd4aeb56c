"""Writing a statement file so that it is never lost: the new bytes go to a temporary file in
the same folder, are flushed to disk, and replace the original in one rename. A full disk, an
interrupt or a crash leaves either the old file or the new one, never a file cut short."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import N_, message


def replace(path: Path, data: bytes, shown: str | None = None) -> None:
    """Write ``data`` over the file at ``path`` atomically, keeping its mode. A read-only file
    is refused. On any failure the original is left as it was and GoalsError says why."""
    shown = shown or str(path)
    target = path.resolve()  # a link is followed: its target is the file that changes
    try:
        status = target.stat()
    except OSError as exc:
        raise _failed(shown, exc) from None
    if not status.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(
        target, os.W_OK
    ):
        raise GoalsError(
            message(
                N_("{path}: the file is read-only; make it writable (chmod u+w) and run again"),
                path=shown,
            )
        )
    handle, temporary = -1, ""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        view = memoryview(data)
        while view:
            written = os.write(handle, view)
            view = view[written:]
        os.fchmod(handle, stat.S_IMODE(status.st_mode))
        os.fsync(handle)
        os.close(handle)
        handle = -1
        os.replace(temporary, target)
        temporary = ""
        _sync_folder(target.parent)
    except (OSError, KeyboardInterrupt) as exc:
        if handle >= 0:
            os.close(handle)
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        if isinstance(exc, KeyboardInterrupt):
            raise
        raise _failed(shown, exc) from None


def _sync_folder(folder: Path) -> None:
    """Flush the rename itself to disk (where the system allows a folder to be opened)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _failed(shown: str, exc: OSError) -> GoalsError:
    return GoalsError(
        message(
            N_("{path}: not written ({error}); the file is as it was"),
            path=shown,
            error=exc.strerror or str(exc),
        )
    )
