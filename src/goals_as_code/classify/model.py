"""Scores per kind from learnt feature weights, in plain Python.

The weights come from a logistic regression fitted on labelled statements
(``benchmarks/classify_train.py``) and ship as ``data/weights.json``:

    {"kinds": [...], "scale": 1000, "bias": [...], "temperature": T, "unclear_below": U,
     "unclear_goal_margin": M,
     "weights": {"feature": "G K A B", ...}}

Weights and biases are whole numbers: the weight times ``scale``. A feature's weights are one
string, one number per kind in the order of "kinds", apart by spaces ("1203 -310 -402 -491"),
read into numbers the first time the feature is met: the file is read in half the time it takes
with a list per feature, and a statement meets some sixty of its 23,000 features. A
statement's score for a kind is the softmax of bias plus the weights of its features, divided
by the temperature (fitted so that the scores are calibrated: of the statements scored 0.8,
about 8 in 10 are right). A statement reads as "unclear" when its best score is below U, or
when its best kind is not a goal and its goal score comes within M of it: a close call against
a goal is not called (:meth:`Model.verdict`). The file is read on first use, so commands that
classify nothing start no slower.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import compress, repeat
from operator import itemgetter, le, neg
from typing import Any, NamedTuple

from goals_as_code.source.fields import KINDS  # the order of the weights in every row

DATA = os.path.join(os.path.dirname(__file__), "data")
_GOAL = KINDS.index("goal")
_FIELD = 64  # bits per kind in a packed row
_OFFSET = 1 << 40  # added to each weight in a packed row; a weight must lie within it
_MASK = (1 << _FIELD) - 1
# A feature's row as scoring reads it: its weights packed into one number, side by side in
# fields of _FIELD bits, each raised by _OFFSET so that no field is negative; then the weights.
_Row = tuple[int, int, int, int, int]
_OFFSETS = sum(_OFFSET << (_FIELD * i) for i in range(len(KINDS)))
_FIELD2, _FIELD3 = 2 * _FIELD, 3 * _FIELD
_ZERO_ROW: _Row = (_OFFSETS, 0, 0, 0, 0)
_PACKED = itemgetter(0)
_ROWS = "weights: 'weights' must map each feature to one whole number per kind, apart by spaces"


class ModelError(ValueError):
    """A weights file that is not well formed."""


class Scored(NamedTuple):
    """The scores of one statement and the features that pushed most towards its best kind."""

    scores: tuple[float, ...]  # in the order of KINDS
    best: str  # the kind with the highest score
    confidence: float  # the highest score
    strongest: tuple[str, ...]  # features, strongest first


class Model:
    """Feature weights per kind; :meth:`score` turns a statement's features into scores."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        if list(data.get("kinds", ())) != list(KINDS):
            raise ModelError(f"weights: 'kinds' must be {list(KINDS)}")
        bias = data.get("bias")
        weights = data.get("weights")
        if not isinstance(bias, list) or len(bias) != len(KINDS):
            raise ModelError("weights: 'bias' must hold one number per kind")
        # each row a string, asked of all 23,000 rows at C speed (a loop in Python was half the
        # time of reading the file, at every first classification); its numbers are read and
        # checked when the row is first used (:meth:`row`)
        if not isinstance(weights, dict) or (weights and set(map(type, weights.values())) != {str}):
            raise ModelError(_ROWS)
        self.bias: list[float] = [float(b) for b in bias]
        self.weights: dict[str, str] = weights  # as read: no copy, to start fast
        # each feature with weights, and its row once a statement has met it (made at C speed);
        # a feature without weights is not kept: it adds nothing, and novel words keep coming
        self._met: dict[str, _Row | None] = dict.fromkeys(weights)
        self.scale = float(data.get("scale", 1))
        self.temperature = float(data.get("temperature", 1.0))
        self.unclear_below = float(data.get("unclear_below", 0.0))
        self.unclear_goal_margin = float(data.get("unclear_goal_margin", 0.0))
        if self.temperature <= 0:
            raise ModelError("weights: 'temperature' must be above 0")

    def row(self, feature: str) -> list[int]:
        """The weights of ``feature`` per kind (times ``scale``); zeros for a feature without
        weights, which adds nothing and never pulls towards a kind."""
        return list(self._rows_of((feature,))[0][1:])

    def _rows_of(self, features: Sequence[str]) -> list[_Row]:
        """Each feature's row (see :data:`_Row`), read the first time the feature is met."""
        met = self._met
        # at C speed: a feature without weights reads as zeros, one with weights not read yet
        # as None
        rows = list(map(met.get, features, repeat(_ZERO_ROW)))
        new = rows.count(None)  # found at C speed, too
        i = -1
        for _ in range(new):
            i = rows.index(None, i + 1)
            feature = features[i]
            rows[i] = met[feature] = self._row_of(feature)
        return rows  # type: ignore[return-value]  # no None is left

    def _row_of(self, feature: str) -> _Row:
        """The row of a feature with weights, read from its string and checked."""
        try:  # one whole number per kind, in the order of KINDS
            g, k, a, b = map(int, self.weights[feature].split(" "))
        except ValueError:  # not a number, or not four of them
            raise ModelError(_ROWS) from None
        if not (
            -_OFFSET < g < _OFFSET
            and -_OFFSET < k < _OFFSET
            and -_OFFSET < a < _OFFSET
            and -_OFFSET < b < _OFFSET
        ):
            raise ModelError(_ROWS)
        # each field raised by the offset: the zero row's number holds the offsets, in place
        packed = _OFFSETS + g + (k << _FIELD) + (a << _FIELD2) + (b << _FIELD3)
        return packed, g, k, a, b

    def totals(self, features: Sequence[str]) -> tuple[float, ...]:
        """Bias plus the weights of the features, per kind, before the temperature."""
        return self._totals(self._rows_of(features))

    def _totals(self, rows: list[_Row]) -> tuple[float, ...]:
        # One sum of the packed rows adds every kind's weights at C speed; each field of the
        # total less the offsets is the sum of that kind's weights.
        total = sum(map(_PACKED, rows))
        offsets = _OFFSET * len(rows)
        scale = self.scale
        g, k, a, b = self.bias  # in the order of KINDS
        return (
            (g + (total & _MASK) - offsets) / scale,
            (k + ((total >> _FIELD) & _MASK) - offsets) / scale,
            (a + ((total >> (2 * _FIELD)) & _MASK) - offsets) / scale,
            (b + ((total >> (3 * _FIELD)) & _MASK) - offsets) / scale,
        )

    def score(self, features: Sequence[str], strongest: int = 3) -> Scored:
        """The calibrated score per kind, the best kind, and its strongest features."""
        rows = self._rows_of(features)
        scores = softmax([t / self.temperature for t in self._totals(rows)])
        best = max(range(len(KINDS)), key=scores.__getitem__)
        # A feature's pull towards the best kind is its weight there: the trainer centres each
        # feature's weights on zero, which leaves the scores as they are (the softmax does not
        # change when every kind gets the same amount more). Strongest first, ties by name;
        # only the features that pull towards it (a feature without weights pulls nowhere) and
        # at least as strongly as the strongest-th are sorted with their names.
        pulls = list(map(itemgetter(1 + best), rows))
        ranked = sorted(pulls, reverse=True)[:strongest]
        least = max(ranked[-1], 1) if ranked else 1
        keep = list(map(le, repeat(least), pulls))  # at C speed, like the rest
        top = sorted(zip(map(neg, compress(pulls, keep)), compress(features, keep), strict=True))
        chosen = tuple(name for _, name in top[:strongest])
        return Scored(tuple(scores), KINDS[best], scores[best], chosen)

    def verdict(self, scored: Scored) -> str | None:
        """The kind a statement reads as, or None when it is unclear: its best score is below
        ``unclear_below``, or its best kind is not a goal and its goal score is within
        ``unclear_goal_margin`` of the best (precision first: a goal is not called something
        else on a close call)."""
        if scored.confidence < self.unclear_below:
            return None
        goal = scored.scores[_GOAL]
        if scored.best != "goal" and goal >= scored.confidence - self.unclear_goal_margin:
            return None
        return scored.best


def softmax(values: Sequence[float]) -> list[float]:
    top = max(values)
    exps = [math.exp(v - top) for v in values]
    total = sum(exps)
    return [e / total for e in exps]


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The model shipped with the package (read once, on first use)."""
    with open(os.path.join(DATA, "weights.json"), encoding="utf-8") as handle:
        return Model(json.load(handle))
