"""Parsed versions kept between runs, by blob id: a blob's content never changes, so neither does
what it parses to. The history pass reads from Git only the blobs the cache does not hold.

The cache is one JSON file in the repository's Git folder (``.git/goals-as-code/``, never
committed), named by the cache format and the tool's version: a new version starts a new file.
It is safe to delete; a file that cannot be read is ignored and written anew; two runs that write
it at once each write a whole file under a name of their own and rename it into place, so the
last one wins and neither leaves half a file. Only plainly readable versions are kept (front
matter of text, numbers, true/false, lists and mappings with text keys); the others are parsed
again each time, and say why they cannot be read.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from goals_as_code import __version__
from goals_as_code.history.versions import Parsed
from goals_as_code.source import cachefile
from goals_as_code.source.document import DEFAULT_MAX_FRONT_MATTER

FORMAT = 1


def path(folder: Path, max_front_matter: int = DEFAULT_MAX_FRONT_MATTER) -> Path:
    """The cache file in ``folder`` for this format, tool version, reading code and front-matter
    limit (a version within one limit is too large under a lower one)."""
    return folder / f"parsed-blobs-{FORMAT}-{__version__}-{_reader()}-{max_front_matter}.json"


def _reader() -> str:
    """A short fingerprint of the modules that turn a blob into its parsed version, so that a
    development build that changes them without a new version number starts a new cache."""
    from goals_as_code.history import versions
    from goals_as_code.markdown import plugin
    from goals_as_code.source import document, quickyaml, yamlstrict

    modules = (versions, plugin, document, quickyaml, yamlstrict)
    return cachefile.fingerprint(module.__file__ or "" for module in modules)


def load(
    folder: Path | None, max_front_matter: int = DEFAULT_MAX_FRONT_MATTER
) -> dict[str, Parsed]:
    """The parsed versions in the cache; empty when there is none or it cannot be read."""
    if folder is None:
        return {}
    try:
        stored = cachefile.load(path(folder, max_front_matter))
        return {
            str(blob): Parsed(data, statement, None)
            for blob, (data, statement) in stored["blobs"].items()
            if isinstance(data, dict) and (statement is None or isinstance(statement, str))
        }
    except (ValueError, KeyError, TypeError, AttributeError):
        return {}


def save(
    folder: Path | None,
    parsed: Mapping[str, Parsed],
    max_front_matter: int = DEFAULT_MAX_FRONT_MATTER,
) -> None:
    """Write the readable versions of ``parsed``; a cache that cannot be written is no error."""
    if folder is None:
        return
    blobs = {
        blob: [found.data, found.statement]
        for blob, found in parsed.items()
        if found.problem is None and found.data is not None and _plain(found.data)
    }
    content = {"format": FORMAT, "blobs": blobs}
    cachefile.save(path(folder, max_front_matter), content, folder.glob("parsed-blobs-*.json"))


def _plain(value: Any) -> bool:
    """Whether ``value`` comes back from JSON as it went in."""
    return cachefile.plain(value)
