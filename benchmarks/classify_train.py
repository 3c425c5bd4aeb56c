"""Fit the classifier's feature weights on the labelled corpus and write them as data.

The features are the classifier's own named cues (``goals_as_code.classify.features``): the
hand-written rules' reading, the verb's class, the metric, the date, the frequency, the object,
and the words. Logistic regressions over naive-Bayes-scaled features (scikit-learn, a
development-only dependency: ``pip install -e '.[train]'``) learn one weight per feature and
kind; a temperature is then fitted on grouped cross-validated scores so that the scores are
calibrated. The package reads
the weights in plain Python (``classify/model.py``); it never imports scikit-learn.

Only features seen in statements from at least two sources are kept, so that no weight learns
one page's wording.

    python benchmarks/classify_train.py            # writes classify/data/weights.json
    python benchmarks/classify_train.py --check    # exit 1 when the shipped weights are stale
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from goals_as_code.classify import KINDS, features
from goals_as_code.classify.model import Model

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).parent / "corpus"
SETS = ("statements.tsv", "independent-2.tsv", "fresh.tsv", "collected.tsv")
WEIGHTS = ROOT / "src" / "goals_as_code" / "classify" / "data" / "weights.json"
C = 2.0  # inverse regularisation strength, chosen by grouped cross-validation
C_PLAIN = 8.0  # the same for the plain logistic regression
ALPHA = 1.0  # the count added to every feature's count per kind (smoothing the NB ratio)
MIN_SOURCES = 2
CLASS_WEIGHT: str | None = "balanced"
UNCLEAR_BELOW = 0.4  # a best score below this reads as unclear
UNCLEAR_GOAL_MARGIN = 0.05  # a non-goal this close to its goal score reads as unclear
SCALE = 1000  # weights are stored as whole thousandths: smaller and faster to read
PRUNE = 0.15  # a feature whose weights differ by less than this between kinds is left out
OWN_WEIGHT = 5.0  # how much a statement of the project's own corpus counts (see weight())
GUIDE_WEIGHT = 20.0  # how much one of the guide's own examples counts (see weight())
GUIDE = "shared/seed/"  # where the guide's examples come from, and their English translations


class Example(NamedTuple):
    text: str
    lang: str
    kind: str
    source: str
    group: str  # the site the statement comes from: held out together
    corpus: str  # the file it comes from
    features: tuple[str, ...]
    label: str = ""  # the source's own word for the statement's kind, where the file has one


def group_of(source: str) -> str:
    """The site of a page address (without "www." and a closing dot), or the source as written."""
    if source.startswith(("http://", "https://")):
        host = urlsplit(source).netloc.lower().rstrip(".")
        return host.removeprefix("www.")
    return source


def load(names: Sequence[str] = SETS) -> list[Example]:
    """The statements of the corpus files ``names`` (in ``corpus/``, or paths)."""
    examples = []
    for name in names:
        path = CORPUS / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            for row in rows:
                if row["kind"] not in KINDS:
                    raise SystemExit(f"{path}: kind not known: {row}")
                examples.append(
                    Example(
                        row["text"],
                        row["lang"],
                        row["kind"],
                        row["source"],
                        group_of(row["source"]),
                        name,
                        features(row["text"]),
                        row.get("label") or "",
                    )
                )
    return examples


def weight(example: Example) -> float:
    """How much a statement counts in the fit: the project's own corpus (the guide's examples
    and the team's variants of them) counts OWN_WEIGHT times, so that the guide's definitions
    hold where the sources' words for a kind disagree with them."""
    if example.corpus != "statements.tsv":
        return 1.0
    return GUIDE_WEIGHT if example.source.startswith(GUIDE) else OWN_WEIGHT


def vocabulary(examples: Sequence[Example]) -> list[str]:
    """The features seen in statements from at least MIN_SOURCES groups."""
    groups: dict[str, set[str]] = defaultdict(set)
    for example in examples:
        for name in example.features:
            groups[name].add(example.group)
    return sorted(name for name, seen in groups.items() if len(seen) >= MIN_SOURCES)


def features_matrix(examples: Sequence[Example], index: dict[str, int]) -> Any:
    """The examples' features as a sparse 0/1 matrix, a row per example and a column per
    feature of ``index`` (features not in it are left out)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for r, example in enumerate(examples):
        for name in example.features:
            if name in index:
                rows.append(r)
                cols.append(index[name])
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(examples), len(index)))


def _nb_lr(examples: Sequence[Example], c: float) -> tuple[list[str], Any, Any]:
    """One logistic regression per kind (that kind against the others) over the features scaled
    by their naive-Bayes log-count ratio for the kind (NB-LR: Wang and Manning, 2012), which
    reads short texts better than a plain logistic regression. A feature's weight for a kind
    is its coefficient times its ratio, so the package only adds weights up.
    """
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    names = vocabulary(examples)
    matrix = features_matrix(examples, {name: i for i, name in enumerate(names)})
    labels = np.array([KINDS.index(example.kind) for example in examples])
    weights = np.array([weight(example) for example in examples])
    weighted = matrix.multiply(weights[:, None]).tocsr()
    coefficients = np.zeros((len(KINDS), len(names)))
    intercepts = np.zeros(len(KINDS))
    for k in range(len(KINDS)):
        inside = ALPHA + weighted[labels == k].sum(axis=0).A1
        outside = ALPHA + weighted[labels != k].sum(axis=0).A1
        ratio = np.log((inside / inside.sum()) / (outside / outside.sum()))
        model = LogisticRegression(C=c, max_iter=5000, class_weight=CLASS_WEIGHT)
        model.fit(matrix.multiply(ratio).tocsr(), (labels == k).astype(int), sample_weight=weights)
        coefficients[k] = model.coef_[0] * ratio
        intercepts[k] = model.intercept_[0]
    return names, coefficients, intercepts


def _lr(examples: Sequence[Example], c: float) -> tuple[list[str], Any, Any]:
    """A multinomial logistic regression over the plain features."""
    from sklearn.linear_model import LogisticRegression

    names = vocabulary(examples)
    matrix = features_matrix(examples, {name: i for i, name in enumerate(names)})
    labels = [KINDS.index(example.kind) for example in examples]
    model = LogisticRegression(C=c, max_iter=5000, class_weight=CLASS_WEIGHT)
    model.fit(matrix, labels, sample_weight=[weight(example) for example in examples])
    order = [list(model.classes_).index(k) for k in range(len(KINDS))]
    return names, model.coef_[order], model.intercept_[order]


def fit(examples: Sequence[Example], c: float = C) -> dict[str, Any]:
    """Weights for ``examples``, as the package's data file holds them: the mean of a plain
    multinomial logistic regression and an NB-LR (both linear, so their mean is too)."""
    names, nb_coef, nb_bias = _nb_lr(examples, c)
    _, lr_coef, lr_bias = _lr(examples, C_PLAIN)
    coefficients = (nb_coef + lr_coef) / 2
    intercepts = (nb_bias + lr_bias) / 2
    weights = {}
    for i, name in enumerate(names):
        row = [float(coefficients[k][i]) for k in range(len(KINDS))]
        mean = sum(row) / len(row)
        if max(abs(w - mean) for w in row) >= PRUNE:  # a feature that tells the kinds apart
            # centred on zero: the same scores, and a weight is the feature's pull to its kind
            weights[name] = " ".join(str(round((w - mean) * SCALE)) for w in row)
    return {
        "kinds": list(KINDS),
        "scale": SCALE,
        "bias": [round(float(b) * SCALE) for b in intercepts],
        "temperature": 1.0,
        "unclear_below": UNCLEAR_BELOW,
        "unclear_goal_margin": UNCLEAR_GOAL_MARGIN,
        "weights": weights,
    }


def folds(examples: Sequence[Example], k: int) -> list[list[int]]:
    """Split the groups into ``k`` folds of about equal size, the same way every run."""
    sizes: dict[str, int] = defaultdict(int)
    for example in examples:
        sizes[example.group] += 1
    buckets: list[list[str]] = [[] for _ in range(k)]
    load_of = [0] * k
    for group in sorted(sizes, key=lambda g: (-sizes[g], g)):
        target = min(range(k), key=lambda i: (load_of[i], i))
        buckets[target].append(group)
        load_of[target] += sizes[group]
    fold_of = {group: i for i, groups in enumerate(buckets) for group in groups}
    return [[n for n, e in enumerate(examples) if fold_of[e.group] == i] for i in range(k)]


def out_of_fold(examples: Sequence[Example], k: int = 5, c: float = C) -> list[tuple[float, ...]]:
    """Each statement's raw totals per kind from a model fitted without its group."""
    totals: list[tuple[float, ...]] = [()] * len(examples)
    for held in folds(examples, k):
        held_set = set(held)
        data = fit([e for n, e in enumerate(examples) if n not in held_set], c)
        model = Model(data)
        for n in held:
            totals[n] = raw_totals(model, examples[n].features)
    return totals


def raw_totals(model: Model, names: Sequence[str]) -> tuple[float, ...]:
    return model.totals(names)


def temperature(examples: Sequence[Example], totals: Sequence[tuple[float, ...]]) -> float:
    """The temperature that minimises the log-loss of the out-of-fold scores."""

    def loss(t: float) -> float:
        total = 0.0
        for example, row in zip(examples, totals, strict=True):
            scaled = [v / t for v in row]
            top = max(scaled)
            norm = top + math.log(sum(math.exp(v - top) for v in scaled))
            total += norm - scaled[KINDS.index(example.kind)]
        return total / len(examples)

    best = min((loss(t / 20), t / 20) for t in range(10, 81))
    return best[1]


def build(k: int = 5) -> dict[str, Any]:
    examples = load()
    data = fit(examples)
    data["temperature"] = temperature(examples, out_of_fold(examples, k))
    data["fitted_on"] = fitted_on()
    return data


def fitted_on() -> str:
    """A fingerprint of what the weights are learnt from: the corpus files, this script and the
    code that turns a statement into features (the ``classify`` package and its word lists).
    The weights file keeps it, so a test without scikit-learn can tell that they are stale."""
    import hashlib

    package = WEIGHTS.parent.parent
    paths = [CORPUS / name for name in SETS]
    paths += [Path(__file__).resolve()]
    paths += sorted(package.glob("*.py")) + sorted(package.glob("data/??.json"))
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0")
        # line ends as Git checks them out on any machine, so the fingerprint is the same
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") if path.exists() else b"")
    return digest.hexdigest()[:16]


def dump(data: dict[str, Any]) -> str:
    weights = data["weights"]
    head = {key: value for key, value in data.items() if key != "weights"}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ', "weights": {']
    items = [
        f"  {json.dumps(name, ensure_ascii=False)}: {json.dumps(weights[name])}"
        for name in sorted(weights)
    ]
    return "\n".join(lines) + "\n" + ",\n".join(items) + "\n}}\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--check", action="store_true", help="compare with the file, write nothing")
    args = parser.parse_args(argv)
    text = dump(build())
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'STALE: run benchmarks/classify_train.py'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    data = json.loads(text)
    print(f"{args.out}: {len(data['weights'])} features, temperature {data['temperature']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
