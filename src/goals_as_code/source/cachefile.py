"""What the caches share: where they live, how they are named, written and read.

A cache is one JSON file in the repository's Git folder (``.git/goals-as-code/``, shared by all
worktrees, never committed), named by what decides its content: the cache's format, the tool's
version and a fingerprint of the code that computes it, so that a new version, or a development
build that changes that code, starts a new file. A cache is safe to delete. A file that cannot be
read is ignored and written anew; two runs that write one at once each write a whole file under a
name of their own and rename it into place, so the last one wins and neither leaves half a file. A
folder that cannot be written (a read-only repository) is no error: the run is only slower.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

try:  # hashlib's own BLAKE2, without the OpenSSL that importing hashlib loads
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - an interpreter without the module
    from hashlib import blake2b

SUBFOLDER = "goals-as-code"


def disabled() -> bool:
    """Whether the environment turns the cache off (``GOALS_NO_CACHE`` set, not empty or 0)."""
    return os.environ.get("GOALS_NO_CACHE", "") not in ("", "0")


def git_folder(work_tree: Path) -> Path | None:
    """The cache folder of the Git repository whose work tree is ``work_tree``: in its common Git
    folder (the same for every worktree), found without starting Git; None when there is none."""
    dot_git = work_tree / ".git"
    try:
        if dot_git.is_dir():
            git_dir = dot_git
        elif dot_git.is_file():  # a worktree or a submodule: "gitdir: <path>"
            line = dot_git.read_text(encoding="utf-8").strip()
            if not line.startswith("gitdir:"):
                return None
            git_dir = (work_tree / line[len("gitdir:") :].strip()).resolve()
        else:
            return None
        common = git_dir / "commondir"
        if common.is_file():
            git_dir = (git_dir / common.read_text(encoding="utf-8").strip()).resolve()
    except (OSError, ValueError):
        return None
    return git_dir / SUBFOLDER if git_dir.is_dir() else None


def fingerprint(files: Iterable[str | os.PathLike[str]]) -> str:
    """A short fingerprint of ``files`` (their sizes and modification times): the code and data a
    cached result was computed with, so that changing them starts a new cache."""
    stamps = []
    for name in files:
        try:
            status = os.stat(name)
            stamps.append(f"{name}:{status.st_size}:{status.st_mtime_ns}")
        except OSError:
            stamps.append(f"{name}:?")
    return hashed("|".join(stamps).encode())[:12]


def tree_files(folder: Path, suffixes: tuple[str, ...]) -> list[str]:
    """Every file under ``folder`` whose name ends in one of ``suffixes``, in a stable order."""
    found: list[str] = []
    for top, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if name != "__pycache__")
        found.extend(os.path.join(top, name) for name in sorted(names) if name.endswith(suffixes))
    return found


def load(path: Path) -> Any:
    """The JSON in ``path``; None when there is none or it cannot be read."""
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def save(path: Path, content: Any, others: Iterable[Path] = ()) -> bool:
    """Write ``content`` as JSON to ``path`` atomically (a temporary file renamed into place), and
    remove ``others`` (the caches it replaces, of another version). False when the cache could
    not be written, which is no error."""
    # dumps, not dump: json.dump writes through the encoder written in Python
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return save_bytes(path, text.encode("utf-8"), others)


def save_bytes(path: Path, data: bytes, others: Iterable[Path] = ()) -> bool:
    """Write ``data`` to ``path`` as :func:`save` writes JSON: atomically, ``others`` removed;
    False when it could not be written."""
    import tempfile  # only when a cache is written: a warm hook writes none

    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        for old in others:
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def load_bytes(path: Path) -> bytes | None:
    """The bytes in ``path``; None when there is none or it cannot be read."""
    try:
        return path.read_bytes()
    except OSError:
        return None


def digest(*parts: object) -> str:
    """The digest (:func:`hashed`) of ``parts`` written as JSON (anything else as text):
    the key a cache keeps an answer under, from what the answer was found with."""
    said = json.dumps(parts, default=str, separators=(",", ":"))
    return hashed(said.encode("utf-8"))


def hashed(data: bytes) -> str:
    """A 256-bit digest of ``data`` in hex, that a cache keeps things by: BLAKE2b, which
    hashlib takes from the same built-in module without loading OpenSSL, as ``import hashlib``
    does (3 ms of every run, a tenth of a hook's own work)."""
    return blake2b(data, digest_size=32).hexdigest()


def plain(value: Any) -> bool:
    """Whether ``value`` comes back from JSON as it went in: text, numbers that are finite,
    true and false, null, lists, and mappings with text keys (no tuples, no other keys, no
    other types). Asked of the JSON codec itself, which is written in C: a walk in Python took
    a quarter of a cold report over 10,000 commits."""
    try:
        return bool(json.loads(json.dumps(value, allow_nan=False)) == value)
    except (TypeError, ValueError, RecursionError):
        return False
