"""Scores from learnt weights: plain Python, calibrated, explained by the strongest cues."""

from __future__ import annotations

import math
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goals_as_code.classify import KINDS, UNCLEAR, analyse, classify, features
from goals_as_code.classify.cues import describe
from goals_as_code.classify.model import Model, ModelError, shipped


def row(**weights: int) -> str:
    """A row of weights in the order of the kinds, as the file holds it: row(goal=2000) is 2
    for a goal, 0 else."""
    return " ".join(str(weights.get(kind, 0)) for kind in KINDS)


ROWS = "weights: 'weights' must map each feature to one whole number per kind, apart by spaces"
TINY: dict[str, Any] = {
    "kinds": list(KINDS),
    "scale": 1000,
    "bias": [0] * len(KINDS),
    "temperature": 1.0,
    "unclear_below": 0.4,
    "weights": {
        "metric": row(goal=2000),
        "frequency": row(behaviour=2000),
        "w:en:implement": row(activity=1000),
        "w:en:the": row(),
    },
}


def test_scores_are_the_softmax_of_the_summed_weights() -> None:
    scored = Model(TINY).score(["metric", "w:en:implement", "unknown feature"])
    expected = [
        math.exp(2) / (math.exp(2) + math.exp(1) + 2),
        math.exp(1) / (math.exp(2) + math.exp(1) + 2),
    ]
    assert scored.best == "goal"
    scores = dict(zip(KINDS, scored.scores, strict=True))
    assert scores["goal"] == pytest.approx(expected[0])
    assert scores["activity"] == pytest.approx(expected[1])
    assert scored.confidence == scores["goal"]
    assert scored.strongest == ("metric",)  # implement pulls towards an activity, not a goal


def test_the_temperature_softens_the_scores() -> None:
    warm = Model({**TINY, "temperature": 2.0}).score(["metric"])
    assert warm.scores[KINDS.index("goal")] == pytest.approx(math.exp(1) / (math.exp(1) + 3))


def test_no_features_give_even_scores() -> None:
    scored = Model(TINY).score([])
    assert scored.scores == (0.25, 0.25, 0.25, 0.25)
    assert scored.strongest == ()


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ({"kinds": ["goal"]}, f"weights: 'kinds' must be {list(KINDS)}"),
        ({"bias": [0]}, "weights: 'bias' must hold one number per kind"),
        ({"weights": {"x": [1, 2, 3, 4]}}, ROWS),
        ({"weights": {"x": "1 2 3 4", "y": 1234}}, ROWS),
        ({"weights": [["1 2 3 4"]]}, ROWS),
        ({"temperature": 0}, "weights: 'temperature' must be above 0"),
    ],
)
def test_a_malformed_weights_file_is_refused(edit: dict[str, Any], message: str) -> None:
    with pytest.raises(ModelError) as caught:
        Model({**TINY, **edit})
    assert str(caught.value) == message


@pytest.mark.parametrize("odd", ["1 2 x 4", "abcd", "1 2 3", "1 2 3 4 5", "1  2 3", ""])
def test_a_row_that_is_not_one_whole_number_per_kind_is_refused_when_it_is_read(odd: str) -> None:
    model = Model({**TINY, "weights": {**TINY["weights"], "odd": odd}})
    assert model.score(["metric"]).best == "goal"  # the other rows are read as before
    with pytest.raises(ModelError) as caught:
        model.score(["metric", "odd"])
    assert str(caught.value) == ROWS


def test_a_row_is_read_into_numbers_once_and_kept() -> None:
    model = Model({**TINY, "weights": dict(TINY["weights"])})
    assert model.row("metric") == [2000 if kind == "goal" else 0 for kind in KINDS]
    assert model.row("not a feature") == [0, 0, 0, 0]
    model.weights["metric"] = "not numbers"  # read again, this row would be refused
    assert model.row("metric") == [2000 if kind == "goal" else 0 for kind in KINDS]
    assert model.score(["metric"]).best == "goal"
    fresh = Model({**TINY, "weights": dict(model.weights)})
    with pytest.raises(ModelError):
        fresh.row("metric")


def test_the_shipped_weights_cover_the_kinds_and_the_cues() -> None:
    model = shipped()
    assert model.temperature > 0
    assert 0 < model.unclear_below < 0.5
    assert "rule:goal" in model.weights
    assert "frequency" in model.weights


def test_classify_gives_calibrated_scores_that_add_up_to_one() -> None:
    result = classify("Reduce response time from 48 to 24 hours by 30 June 2017")
    assert result.kind == "goal"
    assert list(result.scores) == list(KINDS)
    assert sum(result.scores.values()) == pytest.approx(1.0, abs=0.002)
    assert result.confidence == max(result.scores.values())
    assert result.reasons[0].startswith(
        f"reads as a goal ({result.confidence:.2f}); strongest cues: "
    )
    assert result.reasons_in("sv")[0].startswith(
        f"läses som ett mål ({result.confidence:.2f}); starkast: "
    )


def test_features_name_the_cues_and_the_words() -> None:
    found = features("Jag skall implementera Scrum på vår IT-avdelning under 2017")
    assert found[:2] == ("rule:activity", "verb:activity")
    assert "lemma:sv:implementera" in found
    assert "w:sv:implementera" in found
    assert "c:sv:<imp" in found
    assert "date" in found
    assert "frequency" not in found


@pytest.mark.parametrize(
    ("feature", "en", "sv"),
    [
        ("rule:kpi", "the rules say a KPI", "reglerna säger ett nyckeltal"),
        ("verb:activity", "a verb for work with an end", "ett verb för ett arbete med slut"),
        ("frequency", "a frequency", "en frekvens"),
        ("lemma:sv:öka", "main verb 'öka'", "huvudverbet 'öka'"),
        ("c:en:ing>", "a word ending '-ing'", "ett ord som slutar på '-ing'"),
        ("c:sv:<sop", "a word starting 'sop-'", "ett ord som börjar på 'sop-'"),
        ("c:sv:rsla", "the letters 'rsla'", "bokstäverna 'rsla'"),
        ("c:en:<ok>", "the word 'ok'", "ordet 'ok'"),
        ("w:en:always", "the word 'always'", "ordet 'always'"),
        ("length:1", "one content word or none", "högst ett ord med innehåll"),
        ("length:4-6", "4-6 content words", "4-6 ord med innehåll"),
        # the English "I" as it is written; the Swedish "i" (in) stays small
        ("first:en:i", "starts with 'I'", "börjar med 'I'"),
        ("b:en:i will", "the words 'I will'", "orden 'I will'"),
        ("b:en:^ i", "starts with 'I'", "börjar med 'I'"),
        ("w:en:it", "the word 'it'", "ordet 'it'"),
        ("b:sv:i tid", "the words 'i tid'", "orden 'i tid'"),
    ],
)
def test_every_feature_can_be_said_in_words(feature: str, en: str, sv: str) -> None:
    assert describe(feature, "en") == en
    assert describe(feature, "sv") == sv


def test_weak_evidence_reads_as_unclear(monkeypatch: pytest.MonkeyPatch) -> None:
    from goals_as_code.classify import _classified
    from goals_as_code.classify import model as model_module

    # none of the statement's cues carries a weight: every kind is as likely as the next
    monkeypatch.setattr(model_module, "shipped", lambda: Model(TINY))
    _classified.cache_clear()
    try:
        result = classify("Äpplen, päron och plommon")
    finally:
        _classified.cache_clear()
    assert result.kind == UNCLEAR == "unclear"
    assert result.confidence < shipped().unclear_below
    best = max(result.scores, key=lambda kind: result.scores[kind])
    words = {
        "goal": "a goal",
        "activity": "an activity",
        "behaviour": "a behaviour",
        "kpi": "a KPI",
    }
    assert result.reasons[0] == (
        f"unclear: no kind is likely enough (most likely {words[best]}, {result.confidence:.2f})"
    )


@pytest.mark.parametrize("text", ["(((((", "2026", "x", "🎯🎯", "- 5 %"])
def test_a_statement_with_no_words_is_unclear_whatever_the_scores(text: str) -> None:
    result = classify(text)
    assert result.kind == UNCLEAR
    assert result.reasons[0].startswith("unclear: no words to read (most likely ")
    assert result.reasons[0].endswith("write the statement in words")
    assert result.reasons_in("sv")[0].startswith("oklart: inga ord att läsa (troligast ")
    assert sum(result.scores.values()) == pytest.approx(1.0, abs=0.002)  # still scored


@pytest.mark.parametrize("text", ["OK", "NPS", "Öka försäljningen", "🎯 Öka försäljningen med 5 %"])
def test_a_statement_with_one_word_of_two_letters_is_read(text: str) -> None:
    assert classify(text).kind != UNCLEAR


def test_a_close_call_against_a_goal_is_unclear() -> None:
    weights = {**TINY, "unclear_goal_margin": 0.05}
    weights["weights"] = {**TINY["weights"], "level": row(goal=2000), "per_day": row(kpi=2030)}
    model = Model(weights)
    scored = model.score(["level", "per_day"])  # a KPI by a hair over a goal: not called
    assert scored.best == "kpi"
    assert scored.confidence > model.unclear_below
    assert model.verdict(scored) is None
    assert model.verdict(model.score(["per_day"])) == "kpi"  # a clear KPI is called
    assert model.verdict(model.score(["level", "per_day", "metric"])) == "goal"
    assert model.verdict(model.score([])) is None  # weak evidence, whatever the kind
    assert Model(TINY).verdict(Model(TINY).score(["level", "per_day"])) is None  # unknown: even
    assert Model(TINY).verdict(Model(TINY).score(["frequency"])) == "behaviour"


def test_a_close_call_against_a_goal_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from goals_as_code.classify import _classified
    from goals_as_code.classify import model as model_module

    weights = {**TINY, "unclear_goal_margin": 0.05}
    weights["weights"] = {**TINY["weights"], "w:en:dashboard": row(goal=2000, kpi=2030)}
    monkeypatch.setattr(model_module, "shipped", lambda: Model(weights))
    _classified.cache_clear()
    try:
        result = classify("Dashboard", lang="en")
    finally:
        _classified.cache_clear()
    assert result.kind == UNCLEAR
    goal, kpi = result.scores["goal"], result.scores["kpi"]
    assert result.reasons[0] == (
        f"unclear: it may as well be a goal (most likely a KPI, {kpi:.2f}; a goal {goal:.2f})"
    )
    assert result.reasons_in("sv")[0] == (
        f"oklart: det kan lika gärna vara ett mål (troligast ett nyckeltal, {kpi:.2f}; "
        f"ett mål {goal:.2f})"
    )


def test_on_time_is_punctuality_not_a_measure() -> None:
    assert "punctual" in features("Be on time")
    assert "punctual" in features("Jag kommer i god tid till mötet")
    assert "punctual" not in features("Time to hire")
    assert analyse("Be on time").measure is None
    assert analyse("Kom i tid till lektionerna").result_object is None
    assert analyse("Time to hire").measure == "time to"
    assert describe("punctual", "sv") == "punktlighet (i tid, on time)"


def test_classifying_needs_neither_scikit_learn_nor_numpy() -> None:
    code = (
        "import sys\n"
        "from goals_as_code.classify import classify\n"
        "classify('Antal kundmöten/vecka')\n"
        "print(sorted(m for m in ('sklearn', 'numpy', 'scipy') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# Each feature's weights, the largest a whole number can be in the file (2**40 less one) and a
# few small ones that tie, so that sums, carries between kinds and ties by name are all met.
_WEIGHT = st.one_of(st.integers(min_value=-(2**40) + 1, max_value=2**40 - 1), st.integers(-3, 3))
_ROW = st.lists(_WEIGHT, min_size=len(KINDS), max_size=len(KINDS))


@settings(max_examples=200, deadline=None)
@given(
    rows=st.dictionaries(st.text("abcxyz", min_size=1, max_size=3), _ROW, max_size=12),
    unknown=st.lists(st.text("pq", min_size=1, max_size=2), max_size=3, unique=True),
    strongest=st.integers(0, 5),
)
def test_scores_and_strongest_cues_are_those_of_plain_sums(
    rows: dict[str, list[int]], unknown: list[str], strongest: int
) -> None:
    # The model adds every kind's weights in one sum of packed numbers and sorts only the
    # strongest pulls: it must give what summing each kind and sorting every feature gives.
    data = {
        **TINY,
        "bias": [7, -3, 0, 2],
        "weights": {f: " ".join(map(str, r)) for f, r in rows.items()},
    }
    model = Model(data)
    features = [*rows, *unknown]
    for _ in range(2):  # the rows as first met, then as kept
        totals = model.totals(features)
        plain = [
            (bias + sum(rows[f][i] for f in rows)) / 1000 for i, bias in enumerate(data["bias"])
        ]
        assert list(totals) == plain
        scored = model.score(features, strongest=strongest)
        best = KINDS.index(scored.best)
        pulls = sorted((-rows[f][best], f) for f in rows if rows[f][best] > 0)
        assert scored.strongest == tuple(f for _, f in pulls[:strongest])


def test_a_weight_too_large_to_add_is_refused_when_it_is_read() -> None:
    model = Model({**TINY, "weights": {**TINY["weights"], "huge": row(goal=2**40)}})
    assert model.score(["metric"]).best == "goal"
    with pytest.raises(ModelError) as caught:
        model.score(["huge"])
    assert str(caught.value) == ROWS


def test_only_features_with_weights_are_kept_so_novel_words_cost_no_memory() -> None:
    model = Model(TINY)
    kept = set(model._met)
    before = model.score(["metric", "frequency"])
    for n in range(10):
        assert model.score([f"novel {n}", f"other {n}"]).scores == Model(TINY).score([]).scores
    assert set(model._met) == kept == set(TINY["weights"])
    assert model.score(["metric", "frequency"]) == before
