"""What the rules about numbers share: a number as people write it (``number`` reads one), and the
current level of a goal (its own, or its KPI's when the units agree, as the report takes it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from goals_as_code.source import fields, units
from goals_as_code.source.fields import number

if TYPE_CHECKING:
    from goals_as_code.check.tree import Tree
    from goals_as_code.source.document import Document


def show(value: float) -> str:
    """A number as people write it: 24, not 24.0; at most four significant digits past a point."""
    return fields.show(value, digits=4)


def kpi_of(doc: Document, tree: Tree) -> Document | None:
    """The KPI a goal names in ``kpi``, when it is in the tree and is a KPI."""
    found = tree.get(doc.get("kpi"))
    return found if found is not None and found.kind == "kpi" else None


def current(doc: Document, tree: Tree) -> float | None:
    """A goal's current level: ``metric.current``, else its KPI's ``value`` in the same unit."""
    own = number(doc.get("metric", "current"))
    if own is not None:
        return own
    kpi = kpi_of(doc, tree)
    if kpi is None or not units.same(doc.get("metric", "unit"), kpi.get("unit")):
        return None
    return number(kpi.get("value"))
