"""Grouped cross-validation of the classifier: how it reads statements from sources it never saw.

Every statement of a source (a site) is held out together: the statements are split by site
into ``--folds`` folds, the weights are fitted on the other folds (``classify_train.fit``) and
the held-out fold is classified with the package's own plain-Python scoring, including the
temperature and the "unclear" cut of the shipped weights. So each score is that of a model that
never saw the statement's source, as a new team meets it.

Per language it prints accuracy ("unclear" counts as wrong), macro-F1 over the four kinds, the
confusion matrix, the share of goals read as another kind, the share of non-goals read as a
non-goal kind, and the share "unclear"; then the same for the statements gathered from public
pages only (``collected.tsv``, none of them used to write the rules), the hand-written rules
alone on the same statements, and the false alarms and catches of the G rules per threshold.

``--errors --sample N`` draws N of the misread statements (seeded by ``--seed``) as TSV rows
with each one's source and the word its source uses for it, the rows of a label audit
(``classify_audit.tsv``). ``--tradeoff`` prints, on the same folds, goals read as another kind,
non-goals read as a non-goal and accuracy for each bias towards "goal", "unclear" cut and goal
margin, beside the highest G rule threshold at which the guide's examples are still flagged.

    python benchmarks/classify_cv.py
    python benchmarks/classify_cv.py --folds 10 --markdown
    python benchmarks/classify_cv.py --errors --sample 100 --seed 9
    python benchmarks/classify_cv.py --errors --sample 60 --seed 10 --labelled goal
    python benchmarks/classify_cv.py --tradeoff
    python benchmarks/classify_cv.py --fold 1,2,3 --errors   # look here ...
    python benchmarks/classify_cv.py --fold 4,5              # ... measure there
    python benchmarks/classify_cv.py --lemmas                # needs: pip install simplemma

``--fold`` reads only the statements of the folds named (numbered from 1), each by the model
fitted on all the other folds, as in the full run: cues designed by reading the errors of some
folds can be measured on the folds never looked at.

``--lemmas`` adds each word's dictionary lemma as a feature (``l:sv:planera``), from simplemma,
which is no dependency of the project (install it by hand): the measurement behind "A
lemmatiser" in docs/classify-measurements.md.
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from classify_train import CORPUS, Example, fit, folds, load

from goals_as_code.classify import KINDS, features
from goals_as_code.classify.model import Model, shipped, softmax

UNCLEAR = "unclear"
READ = (*KINDS, UNCLEAR)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)


class Read(NamedTuple):
    example: Example
    kind: str  # as read: one of KINDS or "unclear"
    best: str  # the most likely kind, even when unclear
    confidence: float


def cross_validate(
    examples: Sequence[Example],
    k: int,
    share: float = 1.0,
    seed: int = 0,
    only: Sequence[int] = (),
) -> list[Read]:
    """Each statement read by a model fitted without its site. With ``share`` below 1, each
    fold's model learns from that share of the other folds' sites only (drawn with ``seed``):
    the held-out folds stay the same, so the scores show what more sources add. With ``only``
    (fold numbers from 1), only the statements of those folds are read, each by the model
    fitted on all the other folds."""
    shipped_model = shipped()
    reads: list[Read | None] = [None] * len(examples)
    for number, held in enumerate(folds(examples, k), start=1):
        if only and number not in only:
            continue
        held_set = set(held)
        train = [e for n, e in enumerate(examples) if n not in held_set]
        if share < 1.0:
            sites = sorted({e.group for e in train})
            kept = set(
                random.Random(f"{seed}:{len(held)}").sample(sites, round(share * len(sites)))
            )
            train = [e for e in train if e.group in kept]
        data = fit(train)
        data["temperature"] = shipped_model.temperature
        data["unclear_below"] = shipped_model.unclear_below
        data["unclear_goal_margin"] = shipped_model.unclear_goal_margin
        model = Model(data)
        for n in held:
            reads[n] = read_by(model, examples[n])
    return [r for r in reads if r is not None]


def read_by(model: Model, example: Example) -> Read:
    """``example`` as ``model`` reads it, with the package's "unclear" cut."""
    scored = model.score(example.features)
    return Read(example, model.verdict(scored) or UNCLEAR, scored.best, scored.confidence)


def with_lemmas(examples: Sequence[Example]) -> list[Example]:
    """The examples with each word's dictionary lemma as a feature, ``l:LANG:LEMMA``."""
    try:
        import simplemma
    except ImportError:
        raise SystemExit("--lemmas needs simplemma: pip install simplemma") from None

    from goals_as_code.classify import reading

    out = []
    for example in examples:
        clean = reading._clean(example.text)
        lang = reading._detect(clean)
        words = reading._tokens(clean.lower().replace("’", "'"))
        lemmas = (
            f"l:{lang}:{simplemma.lemmatize(word, lang=lang)}"
            for word in dict.fromkeys(words)
            if word.replace("-", "").isalpha() and len(word) > 1
        )
        out.append(example._replace(features=tuple(dict.fromkeys((*example.features, *lemmas)))))
    return out


def rules_alone(examples: Sequence[Example]) -> list[Read]:
    reads = []
    for example in examples:
        kind = next(f for f in example.features if f.startswith("rule:")).split(":")[1]
        reads.append(Read(example, kind, kind, 1.0))
    return reads


class Scores(NamedTuple):
    n: int
    accuracy: float
    macro_f1: float
    goals_misread: float  # of real goals, the share read as another kind
    non_goals_caught: float  # of real non-goals, the share read as a non-goal kind
    unclear: float
    confusion: Counter[tuple[str, str]]


def scores(reads: Sequence[Read]) -> Scores:
    n = len(reads)
    right = sum(r.kind == r.example.kind for r in reads)
    f1s = []
    for kind in KINDS:
        hits = sum(r.kind == kind and r.example.kind == kind for r in reads)
        predicted = sum(r.kind == kind for r in reads)
        actual = sum(r.example.kind == kind for r in reads)
        precision = hits / predicted if predicted else 0.0
        recall = hits / actual if actual else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    goals = [r for r in reads if r.example.kind == "goal"]
    others = [r for r in reads if r.example.kind != "goal"]
    misread = sum(r.kind in KINDS and r.kind != "goal" for r in goals)
    caught = sum(r.kind in KINDS and r.kind != "goal" for r in others)
    return Scores(
        n,
        right / n if n else 0.0,
        sum(f1s) / len(f1s),
        misread / len(goals) if goals else 0.0,
        caught / len(others) if others else 0.0,
        sum(r.kind == UNCLEAR for r in reads) / n if n else 0.0,
        Counter((r.example.kind, r.kind) for r in reads),
    )


def table(title: str, reads: Sequence[Read], markdown: bool) -> list[str]:
    parts = [("sv", [r for r in reads if r.example.lang == "sv"])]
    parts += [("en", [r for r in reads if r.example.lang == "en"]), ("all", list(reads))]
    lines = [f"== {title}"]
    if markdown:
        lines += [
            "| language | n | accuracy | macro-F1 | goals read as another kind | "
            "non-goals read as a non-goal | unclear |",
            "|---|---|---|---|---|---|---|",
        ]
    for lang, mine in parts:
        s = scores(mine)
        if markdown:
            lines.append(
                f"| {lang} | {s.n} | {s.accuracy:.3f} | {s.macro_f1:.3f} | "
                f"{s.goals_misread:.1%} | {s.non_goals_caught:.1%} | {s.unclear:.1%} |"
            )
        else:
            lines.append(
                f"  {lang}: n {s.n}  accuracy {s.accuracy:.3f}  macro-F1 {s.macro_f1:.3f}  "
                f"goals read as another kind {s.goals_misread:.1%}  "
                f"non-goals read as a non-goal {s.non_goals_caught:.1%}  unclear {s.unclear:.1%}"
            )
    for lang, mine in parts:
        confusion = scores(mine).confusion
        lines.append(f"  confusion, {lang} (rows: labelled, columns: read as)")
        lines.append("    " + " ".join(f"{k:>9}" for k in ("", *READ)))
        for kind in KINDS:
            cells = " ".join(f"{confusion[(kind, read)]:>9}" for read in READ)
            lines.append(f"    {kind:>9} {cells}")
    return lines


def alarms(reads: Sequence[Read]) -> list[str]:
    """For each threshold: of statements filed as what they are, the share a G rule flags
    (false alarms), and of statements filed as any other kind, the share it catches."""
    lines = ["== G rules by threshold (statements filed as their labelled kind)"]
    lines.append("  threshold  false alarms: goals  all kinds   caught when filed as another kind")
    for threshold in THRESHOLDS:
        sure = [r for r in reads if r.confidence >= threshold and r.kind != UNCLEAR]
        goals = [r for r in reads if r.example.kind == "goal"]
        false_goals = sum(r.best != "goal" for r in sure if r.example.kind == "goal")
        false_all = sum(r.best != r.example.kind for r in sure)
        caught = sum(r.best == r.example.kind for r in sure)
        lines.append(
            f"  {threshold:>9.2f}  {false_goals / max(len(goals), 1):>18.1%}  "
            f"{false_all / max(len(reads), 1):>9.1%}   {caught / max(len(reads), 1):>9.1%}"
        )
    return lines


def by_source(reads: Sequence[Read], worst: int) -> list[str]:
    groups: dict[str, list[Read]] = {}
    for read in reads:
        groups.setdefault(read.example.group, []).append(read)
    rows = sorted(
        (
            (sum(r.kind == r.example.kind for r in rs) / len(rs), len(rs), g)
            for g, rs in groups.items()
        ),
    )
    lines = [
        f"== accuracy by source ({len(groups)} sources; the {worst} lowest with 5+ statements)"
    ]
    shown = [row for row in rows if row[1] >= 5][:worst]
    lines += [f"  {acc:.3f}  n {n:>3}  {group}" for acc, n, group in shown]
    accuracies = [acc for acc, _, _ in rows]
    median = sorted(accuracies)[len(accuracies) // 2]
    lines.append(f"  median accuracy of a source: {median:.3f}")
    return lines


DOC_START = (
    "<!-- cv:start (generated by python benchmarks/classify_cv.py --doc docs/classify.md) -->"
)
DOC_END = "<!-- cv:end -->"


def doc_tables(reads: Sequence[Read], corpus: str) -> str:
    """The measured tables as Markdown, for docs/classify.md."""
    collected = [r for r in reads if r.example.corpus == corpus]
    sets = [
        ("all statements", list(reads)),
        ("gathered from public pages", collected),
        ("the same, word rules alone", rules_alone([r.example for r in collected])),
    ]
    out = [
        "| statements | language | n | accuracy | macro-F1 | goals read as another kind | "
        "non-goals read as a non-goal | unclear |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for title, mine in sets:
        out += language_rows(mine, title)
    for lang in ("sv", "en"):
        confusion = scores([r for r in reads if r.example.lang == lang]).confusion
        out += ["", f"Confusion, all statements, {lang} (rows: labelled; columns: read as):", ""]
        out.append("| labelled | " + " | ".join(READ) + " |")
        out.append("|---" * (len(READ) + 1) + "|")
        for kind in KINDS:
            out.append(f"| {kind} | " + " | ".join(str(confusion[(kind, r)]) for r in READ) + " |")
    out += ["", *alarm_rows(reads), "", sites_line(reads)]
    return "\n".join(out)


def language_rows(reads: Sequence[Read], *first: str) -> list[str]:
    """A Markdown row of the measures per language (sv, en, all), after the cells ``first``."""
    rows = []
    for lang in ("sv", "en", "all"):
        s = scores([r for r in reads if lang == "all" or r.example.lang == lang])
        cells = (*first, lang, str(s.n), f"{s.accuracy:.3f}", f"{s.macro_f1:.3f}")
        cells += (f"{s.goals_misread:.1%}", f"{s.non_goals_caught:.1%}", f"{s.unclear:.1%}")
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def alarm_rows(reads: Sequence[Read]) -> list[str]:
    """The G rules' false alarms and catches per threshold, as a Markdown table."""
    out = [
        "The G rules by threshold (every statement filed as its labelled kind; a false alarm is a "
        "warning on a statement filed rightly, a catch a statement that would be warned if it "
        "were filed as any other kind):",
        "",
        "| threshold | real goals warned | all statements warned | caught if misfiled |",
        "|---|---|---|---|",
    ]
    goals = [r for r in reads if r.example.kind == "goal"]
    for threshold in THRESHOLDS:
        sure = [r for r in reads if r.confidence >= threshold and r.kind != UNCLEAR]
        false_goals = sum(r.best != "goal" for r in sure if r.example.kind == "goal")
        false_all = sum(r.best != r.example.kind for r in sure)
        caught = sum(r.best == r.example.kind for r in sure)
        out.append(
            f"| {threshold:.2f} | {false_goals / max(len(goals), 1):.1%} | "
            f"{false_all / max(len(reads), 1):.1%} | {caught / max(len(reads), 1):.1%} |"
        )
    return out


def sites_line(reads: Sequence[Read]) -> str:
    """The scores grouped by source, in a sentence."""
    groups: dict[str, list[Read]] = {}
    for read in reads:
        groups.setdefault(read.example.group, []).append(read)
    accuracies = sorted(
        sum(r.kind == r.example.kind for r in rs) / len(rs) for rs in groups.values()
    )
    good = sum(a >= 0.8 for a in accuracies) / len(accuracies)
    return (
        f"Scores grouped by source: {len(groups)} sites; the median site's accuracy is "
        f"{accuracies[len(accuracies) // 2]:.3f}, {good:.0%} of the sites are read at least 0.8 "
        f"right, and the lowest quarter of the sites at most "
        f"{accuracies[len(accuracies) // 4]:.3f}."
    )


def curve(examples: Sequence[Example], k: int, seeds: int) -> list[str]:
    """The headline scores when each fold learns from 25, 50, 75 and 100 % of its training
    sites (the mean of ``seeds`` draws below 100 %)."""
    lines = [f"== learning curve (grouped {k}-fold; training sites drawn {seeds} times)"]
    lines.append(
        "  share  lang  accuracy  goals read as another kind  non-goals read as a non-goal"
    )
    for share in (0.25, 0.5, 0.75, 1.0):
        draws = [
            cross_validate(examples, k, share, seed) for seed in range(seeds if share < 1 else 1)
        ]
        for lang in ("sv", "en", "all"):
            parts = [
                scores([r for r in d if lang == "all" or r.example.lang == lang]) for d in draws
            ]
            acc = sum(s.accuracy for s in parts) / len(parts)
            misread = sum(s.goals_misread for s in parts) / len(parts)
            caught = sum(s.non_goals_caught for s in parts) / len(parts)
            lines.append(
                f"  {share:>5.0%}  {lang:>4}  {acc:>8.3f}  {misread:>26.1%}  {caught:>28.1%}"
            )
    return lines


def sample(misread: Sequence[Read], n: int, seed: int) -> list[str]:
    """A seeded draw of ``n`` misread statements as TSV rows, with each one's source and the
    word its source uses for it (``label``) and the corpus note: the rows a label audit reads
    (``docs/classify-measurements.md``, "a label audit")."""
    labels: dict[tuple[str, str], tuple[str, str]] = {}
    for path in sorted(CORPUS.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                word, note = row.get("label") or "", row.get("note") or ""
                labels[(row["text"], row["source"])] = (word, note)
    drawn = sorted(random.Random(seed).sample(range(len(misread)), min(n, len(misread))))
    lines = [f"== a sample of {len(drawn)} of the {len(misread)} misread (seed {seed}), as TSV"]
    lines.append("text\tlang\tkind\tread\tconfidence\tsource\tlabel\tnote")
    for i in drawn:
        r = misread[i]
        e = r.example
        label, note = labels.get((e.text, e.source), ("", ""))
        lines.append(
            f"{e.text}\t{e.lang}\t{e.kind}\t{r.kind}\t{r.confidence:.2f}\t{e.source}\t{label}\t{note}"
        )
    return lines


# The guide's examples that the G rules' tests flag at the default threshold (tests/rules/):
# a setting whose model reads one of them less sure than the threshold breaks those tests.
GUIDE_EXAMPLES = (
    ("Jag skall utveckla företagets rekryteringsprocess under första halvåret 2017", "activity"),
    ("Jag skall genomföra PM-samtal med samtliga mina medarbetare i teamet", "activity"),
    ("Jag skall implementera Scrum på vår IT-avdelning under 2017", "activity"),
    ("I will develop the company's recruitment process during the first half of 2017", "activity"),
    ("I will carry out performance reviews with all the members of my team", "activity"),
    ("I will implement Scrum in our IT department during 2017", "activity"),
    ("Jag kommer i tid till mötet", "behaviour"),
    ("Jag säger god morgon till mina kollegor", "behaviour"),
    ("I arrive on time to every meeting", "behaviour"),
    ("I greet my colleagues every morning", "behaviour"),
    ("I greet every customer with a smile", "behaviour"),
    ("Antal kundmöten/vecka", "kpi"),
    ("Vinstmarginal", "kpi"),
    ("Number of customer meetings per week", "kpi"),
    ("Number of support calls per day", "kpi"),
    ("I will cut the reply time to my customer emails from 48 to 24 hours by 30 June 2017", "goal"),
    ("Jag skall sänka kostnaderna med 5 % för min funktion under 2017", "goal"),
)
BIASES = (0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0)
CUTS = (0.4, 0.5, 0.6, 0.7, 0.8, 0.85)
MARGINS = (0.05, 0.15, 0.3)


def out_of_fold_totals(examples: Sequence[Example], k: int) -> list[tuple[float, ...]]:
    """Each statement's summed weights per kind (before the temperature) from a model fitted
    without its site, on the folds of :func:`cross_validate`."""
    totals: list[tuple[float, ...]] = [()] * len(examples)
    for held in folds(examples, k):
        held_set = set(held)
        model = Model(fit([e for n, e in enumerate(examples) if n not in held_set]))
        for n in held:
            totals[n] = model.totals(examples[n].features)
    return totals


def _read(
    example: Example, totals: Sequence[float], t: float, bias: float, cut: float, margin: float
) -> Read:
    raw = [v + (bias if kind == "goal" else 0.0) for kind, v in zip(KINDS, totals, strict=True)]
    probabilities = softmax([v / t for v in raw])
    best = max(range(len(KINDS)), key=probabilities.__getitem__)
    confidence = probabilities[best]
    goal = probabilities[KINDS.index("goal")]
    unclear = confidence < cut or (KINDS[best] != "goal" and goal >= confidence - margin)
    return Read(example, UNCLEAR if unclear else KINDS[best], KINDS[best], confidence)


def guide_ceiling(bias: float) -> float:
    """The highest G rule threshold at which the shipped weights, with ``bias`` added to the
    goal, still read every one of :data:`GUIDE_EXAMPLES` as its kind (0 when one reads as
    another kind)."""
    model = shipped()
    lowest = 1.0
    for text, kind in GUIDE_EXAMPLES:
        totals = model.totals(features(text))
        read = _read(Example(text, "", kind, "", "", "", ()), totals, model.temperature, bias, 0, 0)
        lowest = min(lowest, read.confidence if read.best == kind else 0.0)
    return lowest


def tradeoff(examples: Sequence[Example], k: int) -> list[str]:
    """Goals read as another kind, non-goals caught and accuracy when the model says "unclear"
    under a confidence cut (and when a non-goal's goal score is within a margin of it), with a
    bias towards "goal" added to every statement's summed weights."""
    totals = out_of_fold_totals(examples, k)
    t = shipped().temperature
    lines = [
        f"== precision first: bias towards goal, unclear cut and margin (grouped {k}-fold)",
        "  guide: the highest G threshold at which the G rules' tests of the guide's examples",
        "  still hold; at that threshold (two decimals down), the share of real goals a G rule",
        "  warns and the share of statements it would catch if each were filed as another kind",
        "  bias  guide  goals warned  caught  margin   cut  accuracy     sv     en  goals->other"
        "  non-goals caught  unclear",
    ]
    for bias in BIASES:
        ceiling = guide_ceiling(bias)
        threshold = math.floor(ceiling * 100) / 100
        sure = [_read(e, row, t, bias, 0.0, 0.0) for e, row in zip(examples, totals, strict=True)]
        goals = [r for r in sure if r.example.kind == "goal"]
        warned = sum(r.best != "goal" and r.confidence >= threshold for r in goals) / len(goals)
        caught = sum(r.best == r.example.kind and r.confidence >= threshold for r in sure)
        for margin in MARGINS:
            for cut in CUTS:
                reads = [
                    _read(e, row, t, bias, cut, margin)
                    for e, row in zip(examples, totals, strict=True)
                ]
                s = scores(reads)
                sv = scores([r for r in reads if r.example.lang == "sv"]).accuracy
                en = scores([r for r in reads if r.example.lang == "en"]).accuracy
                both = s.goals_misread <= 0.05 and s.non_goals_caught >= 0.80
                lines.append(
                    f"  {bias:>4.1f}  {ceiling:>5.3f}  {warned:>12.1%}  {caught / len(sure):>6.1%}"
                    f"  {margin:>6.2f}  {cut:>4.2f}  {s.accuracy:>8.3f}  {sv:.3f}  {en:.3f}"
                    f"  {s.goals_misread:>12.1%}  {s.non_goals_caught:>16.1%}  {s.unclear:>7.1%}"
                    f"{'  both' if both else ''}"
                )
    return lines


def write_doc(path: Path, tables: str, start: str = DOC_START, end: str = DOC_END) -> None:
    """Put ``tables`` between the markers ``start`` and ``end`` of the Markdown file."""
    text = path.read_text(encoding="utf-8")
    first, last = text.index(start) + len(start), text.index(end)
    path.write_text(text[:first] + "\n" + tables + "\n" + text[last:], encoding="utf-8")


def _fold_numbers(text: str) -> tuple[int, ...]:
    try:
        numbers = tuple(sorted({int(part) for part in text.split(",")}))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not fold numbers: {text!r}") from None
    if not numbers or min(numbers) < 1:
        raise argparse.ArgumentTypeError(f"folds are numbered from 1: {text!r}")
    return numbers


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--markdown", action="store_true", help="tables as Markdown rows")
    parser.add_argument("--errors", action="store_true", help="list the misread statements")
    parser.add_argument(
        "--sample",
        type=int,
        metavar="N",
        help="with --errors: a seeded sample of N misread statements, with source and label",
    )
    parser.add_argument("--seed", type=int, default=9, help="the draw of --sample")
    parser.add_argument(
        "--labelled",
        choices=KINDS,
        help="with --sample: draw only statements labelled this kind and read as another kind",
    )
    parser.add_argument("--worst", type=int, default=10)
    parser.add_argument(
        "--fold",
        type=_fold_numbers,
        default=(),
        metavar="N[,N...]",
        help="read and list only the statements of these folds (numbered from 1), each by the "
        "model fitted on all the other folds: look at some folds' errors, measure on the others",
    )
    parser.add_argument("--doc", type=Path, help="write the tables into this Markdown file")
    parser.add_argument(
        "--tradeoff",
        action="store_true",
        help="print goals misread, non-goals caught and accuracy per goal bias and unclear cut",
    )
    parser.add_argument(
        "--lemmas",
        action="store_true",
        help="add each word's lemma (simplemma, installed by hand) as a feature",
    )
    parser.add_argument(
        "--curve", type=int, metavar="DRAWS", help="print a learning curve (DRAWS draws a share)"
    )
    args = parser.parse_args(argv)
    if args.fold and (args.doc or args.curve or args.tradeoff):
        parser.error("--fold reads part of the corpus: not with --doc, --curve or --tradeoff")
    if any(n > args.folds for n in args.fold):
        parser.error(f"--fold: there are {args.folds} folds")
    if args.lemmas and args.doc:
        parser.error("--lemmas measures an experiment: not with --doc")
    examples = load()
    if args.lemmas:
        examples = with_lemmas(examples)
    if args.curve:
        print("\n".join(curve(examples, args.folds, args.curve)))
        return 0
    if args.tradeoff:
        print("\n".join(tradeoff(examples, args.folds)))
        return 0
    sources = len({e.source for e in examples})
    sites = len({e.group for e in examples})
    print(f"corpus: {len(examples)} statements, {sources} sources, {sites} sites (groups)")
    reads = cross_validate(examples, args.folds, only=args.fold)
    if args.fold:
        print(f"folds read: {', '.join(map(str, args.fold))} of {args.folds}")
    collected = [r for r in reads if r.example.corpus == "collected.tsv"]
    out: list[str] = []
    out += table(
        f"grouped {args.folds}-fold cross-validation, all statements", reads, args.markdown
    )
    out += table("the same, statements gathered from public pages only", collected, args.markdown)
    rule_reads = rules_alone([r.example for r in collected])
    out += table("the hand-written rules alone, same statements", rule_reads, args.markdown)
    out += alarms(reads)
    out += by_source(reads, args.worst)
    if args.errors:
        misread = [r for r in reads if r.kind != r.example.kind]
        if args.labelled:
            misread = [r for r in misread if r.example.kind == args.labelled and r.kind in KINDS]
        if args.sample:
            out += sample(misread, args.sample, args.seed)
        else:
            out.append("== misread")
            for r in misread:
                e = r.example
                out.append(f"  [{e.lang} {e.kind} -> {r.kind} {r.confidence:.2f}] {e.text}")
    print("\n".join(out))
    if args.doc:
        write_doc(args.doc, doc_tables(reads, "collected.tsv"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
