"""Units of measure, compared as people write them: ``samtal/dag`` is ``Samtal / dag``."""

from __future__ import annotations

import re

_AROUND_SLASH = re.compile(r"\s*/\s*")


def key(unit: str) -> str:
    """The unit without case, extra spaces or spaces around a slash."""
    return _AROUND_SLASH.sub("/", " ".join(unit.casefold().split()))


def same(one: object, other: object) -> bool:
    """Whether two units are the same unit; a missing unit agrees with nothing."""
    if not isinstance(one, str) or not isinstance(other, str) or not one or not other:
        return False
    return key(one) == key(other)
