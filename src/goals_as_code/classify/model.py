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
from operator import itemgetter, neg
from typing import Any, NamedTuple

from goals_as_code.source.fields import KINDS  # the order of the weights in every row

DATA = os.path.join(os.path.dirname(__file__), "data")
_GOAL = KINDS.index("goal")
_NO_WEIGHTS = [0] * len(KINDS)
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
        self._rows: dict[str, list[int]] = {}  # the rows read so far, by feature
        self.scale = float(data.get("scale", 1))
        self.temperature = float(data.get("temperature", 1.0))
        self.unclear_below = float(data.get("unclear_below", 0.0))
        self.unclear_goal_margin = float(data.get("unclear_goal_margin", 0.0))
        if self.temperature <= 0:
            raise ModelError("weights: 'temperature' must be above 0")

    def row(self, feature: str) -> list[int]:
        """The weights of ``feature`` per kind (times ``scale``); zeros for a feature without
        weights, which adds nothing and never pulls towards a kind."""
        found = self._rows.get(feature)
        if found is None:
            text = self.weights.get(feature)
            if text is None:
                return _NO_WEIGHTS
            try:
                found = list(map(int, text.split(" ")))
            except ValueError:
                found = []
            if len(found) != len(KINDS):
                raise ModelError(_ROWS)
            self._rows[feature] = found
        return found

    def totals(self, features: Sequence[str]) -> tuple[float, ...]:
        """Bias plus the weights of the features, per kind, before the temperature."""
        return self._sum(features)[0]

    def _sum(
        self, features: Sequence[str]
    ) -> tuple[tuple[float, ...], list[list[int]], Sequence[str]]:
        # One row per feature, a row of zeros for a feature without weights (it adds nothing,
        # and its pull of zero never makes it one of the strongest).
        rows = list(map(self.row, features))
        names = features
        scale = self.scale
        g, a, b, k = self.bias
        if rows:
            sg, sa, sb, sk = map(sum, zip(*rows, strict=True))
            g, a, b, k = g + sg, a + sa, b + sb, k + sk
        return (g / scale, a / scale, b / scale, k / scale), rows, names

    def score(self, features: Sequence[str], strongest: int = 3) -> Scored:
        """The calibrated score per kind, the best kind, and its strongest features."""
        totals, rows, names = self._sum(features)
        scores = softmax([t / self.temperature for t in totals])
        best = max(range(len(KINDS)), key=scores.__getitem__)
        # A feature's pull towards the best kind is its weight there: the trainer centres each
        # feature's weights on zero, which leaves the scores as they are (the softmax does not
        # change when every kind gets the same amount more). Strongest first, ties by name.
        top = sorted(zip(map(neg, map(itemgetter(best), rows)), names, strict=True))[:strongest]
        chosen = tuple(name for pull, name in top if pull < 0)
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
