"""The cues of a statement as named features, and what each one means in words.

The weights of these features are learnt from labelled statements (see
``benchmarks/classify_train.py``); this module only names what is in the text, so that the
same code serves training and classifying. A feature is a short string:

* ``rule:KIND``: the kind the hand-written rules give (see :func:`goals_as_code.classify`);
* ``verb:CLASS``: the main verb's class, ``verb:none`` for a noun phrase;
* cue flags such as ``metric``, ``date``, ``frequency``, ``modal``, ``result_object``,
  ``punctual`` (*on time, i tid*);
* words: ``lemma:LANG:WORD`` (the main verb), ``first:LANG:WORD``, ``w:LANG:WORD``, the
  endings ``end1:LANG:ING`` (the first word's last three letters) and ``endn:LANG:ING`` (the
  last word's), and each word's groups of four letters ``c:LANG:<imp`` (``<`` and ``>`` mark
  the word's start and end), which carry inflections and compounds that no list names;
* pairs of neighbouring words ``b:LANG:by #`` (``#`` for a number, ``^`` and ``$`` for the
  statement's start and end), which carry what one word alone does not: "increase by", "from
  #", "ska vara", "every week".
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain, compress, pairwise, repeat
from typing import Protocol


class Analysis(Protocol):
    """What the cues need of :class:`goals_as_code.classify.Analysis` (which has them all)."""

    @property
    def numbers(self) -> tuple[float, ...]: ...
    @property
    def from_value(self) -> float | None: ...
    @property
    def change_percent(self) -> float | None: ...
    @property
    def target(self) -> float | None: ...
    @property
    def direction(self) -> str | None: ...
    @property
    def date_text(self) -> str | None: ...
    @property
    def deadline(self) -> str | None: ...
    @property
    def first_person(self) -> bool: ...
    @property
    def frequency(self) -> str | None: ...
    @property
    def verb_class(self) -> str | None: ...
    @property
    def modal(self) -> bool: ...
    @property
    def present(self) -> bool: ...
    @property
    def result_object(self) -> str | None: ...
    @property
    def artefact_object(self) -> str | None: ...
    @property
    def measure(self) -> str | None: ...
    @property
    def vague(self) -> str | None: ...
    @property
    def content_words(self) -> int: ...
    @property
    def change_word(self) -> str | None: ...
    @property
    def habitual(self) -> bool: ...


# Swedish and English modals of norm and duty: "should", "ska", "bör", "måste".
_NORM = frozenset(("should", "must", "ska", "skall", "bör", "måste", "shall"))
_FUTURE = frozenset(("will", "kommer", "'ll", "i'll", "we'll", "vill", "want", "aim"))
_GERUND_MIN = 5
# Punctuality, conduct that recurs: "Be on time", "Kom i tid". "Time" alone reads as a measure.
ON_TIME = frozenset((("on", "time"), ("in", "time"), ("i", "tid"), ("god", "tid")))
_PUNCTUAL = frozenset(("punctual", "punctuality", "punktlig", "punktliga", "punktlighet"))
_DIGIT = re.compile(r"\d")
_GRAM = 4  # letters in a word's letter groups: "<implementera>" gives "<imp", "impl", ...
# The flags a statement may have, in the order :func:`cues` names them.
_FLAGS = (
    "metric",
    "from_to",
    "change_percent",
    "target",
    "date",
    "deadline",
    "frequency",
    "modal",
    "present",
    "habitual",
    "first_person",
    "result_object",
    "artefact_object",
    "measure",
    "vague",
    "change_word",
    "titled",
    "norm",
    "future",
    "punctual",
)


def _bucket(count: int) -> str:
    if count <= 1:
        return "1"
    if count <= 3:
        return "2-3"
    if count <= 6:
        return "4-6"
    if count <= 12:
        return "7-12"
    return "13+"


def cues(
    lang: str,
    analysis: Analysis,
    rule_kind: str,
    lemma: str | None,
    words: list[str],
    titled: bool,
) -> tuple[str, ...]:
    """The features present in one statement, without repeats, in a stable order."""
    a = analysis
    found: list[str] = [f"rule:{rule_kind}", f"verb:{a.verb_class or 'none'}"]
    present = (  # in the order of _FLAGS
        bool(a.numbers),
        a.from_value is not None,
        a.change_percent is not None,
        a.target is not None,
        a.date_text is not None,
        a.deadline is not None,
        a.frequency is not None,
        a.modal,
        a.present,
        a.habitual,
        a.first_person,
        a.result_object is not None,
        a.artefact_object is not None,
        a.measure is not None,
        a.vague is not None,
        a.change_word is not None,
        titled,
        not _NORM.isdisjoint(words),
        not _FUTURE.isdisjoint(words),
        _punctual(words),
    )
    found.extend(compress(_FLAGS, present))
    if a.direction:
        found.append(f"direction:{a.direction}")
    found.append(f"length:{_bucket(a.content_words)}")
    if lemma:
        found.append(f"lemma:{lang}:{lemma}")
    alpha = [w for w in words if w.replace("-", "").isalpha() and len(w) > 1]
    if alpha:
        first, last = alpha[0], alpha[-1]
        found.append(f"first:{lang}:{first}")
        if len(first) >= _GERUND_MIN:
            found.append(f"end1:{lang}:{first[-3:]}")
        if len(last) >= _GERUND_MIN:
            found.append(f"endn:{lang}:{last[-3:]}")
    # Each feature once, in order of appearance (a dict keeps the order, and is fast).
    grams = map(_word_features, repeat(lang), dict.fromkeys(alpha))  # at C speed
    return tuple(dict.fromkeys(chain(found, chain.from_iterable(grams), _pairs(lang, words))))


def _pairs(lang: str, words: list[str]) -> list[str]:
    """Each two neighbouring words, a number as ``#``, the start and end as ``^`` and ``$``."""
    # (most words are letters only: the pattern is asked only of the others)
    numbered = [word if word.isalpha() or not _DIGIT.search(word) else "#" for word in words]
    marked = ["^", *numbered, "$"]
    return list(map(f"b:{lang}:".__add__, map(" ".join, pairwise(marked))))  # at C speed


def _punctual(words: list[str]) -> bool:
    if not _PUNCTUAL.isdisjoint(words):
        return True
    return any(pair in ON_TIME for pair in pairwise(words))


@lru_cache(maxsize=16384)  # words recur; a few megabytes at most
def _word_features(lang: str, word: str) -> tuple[str, ...]:
    """A word and its groups of letters, as features (words recur: this is cached)."""
    padded = f"<{word}>"
    prefix = f"c:{lang}:"
    return (
        f"w:{lang}:{word}",
        *[prefix + padded[i : i + _GRAM] for i in range(len(padded) - _GRAM + 1)],
    )


_FLAG_WORDS: dict[str, tuple[str, str]] = {
    "metric": ("a number", "ett tal"),
    "from_to": ("a level from ... to ...", "en nivå från ... till ..."),
    "change_percent": ("a change in per cent", "en förändring i procent"),
    "target": ("a level to reach", "en nivå att nå"),
    "date": ("a time", "en tidpunkt"),
    "deadline": ("a deadline", "ett slutdatum"),
    "frequency": ("a frequency", "en frekvens"),
    "modal": ("a modal verb (will, ska)", "ett hjälpverb (ska, will)"),
    "present": ("the present tense", "presens"),
    "habitual": ("a habit in the present tense", "en vana i presens"),
    "first_person": ("the first person", "jag-form"),
    "result_object": ("a result as its object", "ett resultat som objekt"),
    "artefact_object": ("an artefact or event as its object", "en sak eller händelse som objekt"),
    "measure": ("a measure word", "ett måttord"),
    "vague": ("a vague word", "ett vagt ord"),
    "change_word": ("a change named without a verb", "en förändring utan verb"),
    "titled": ("written as a name", "skrivet som ett namn"),
    "norm": ("a norm (should, ska, bör)", "en norm (ska, bör, should)"),
    "future": ("an intention (will, vill)", "en avsikt (vill, will)"),
    "punctual": ("punctuality (on time, i tid)", "punktlighet (i tid, on time)"),
}
_KIND_WORDS = {
    "en": {"goal": "a goal", "activity": "an activity", "behaviour": "a behaviour", "kpi": "a KPI"},
    "sv": {
        "goal": "ett mål",
        "activity": "en aktivitet",
        "behaviour": "ett beteende",
        "kpi": "ett nyckeltal",
    },
}
_CLASS_WORDS = {
    "en": {
        "none": "no verb",
        "unknown": "a verb not in the lists",
        "result": "a verb that changes a result",
        "activity": "a verb for work with an end",
        "behaviour": "a verb for conduct",
        "either": "a verb whose object decides",
        "state": "a verb for a state",
        "hold": "a verb that keeps something up",
        "ability": "a capability (can, be able to)",
    },
    "sv": {
        "none": "inget verb",
        "unknown": "ett verb som inte finns i listorna",
        "result": "ett verb som ändrar ett resultat",
        "activity": "ett verb för ett arbete med slut",
        "behaviour": "ett verb för ett beteende",
        "either": "ett verb där objektet avgör",
        "state": "ett verb för ett tillstånd",
        "hold": "ett verb som upprätthåller något",
        "ability": "en förmåga (kunna)",
    },
}


@lru_cache(maxsize=8192)  # the strongest cues of most statements are a few hundred features
def describe(feature: str, lang: str) -> str:
    """A feature in words, in "en" or "sv", for the reasons a person reads."""
    sv = lang == "sv"
    family, _, rest = feature.partition(":")
    if feature in _FLAG_WORDS:
        return _FLAG_WORDS[feature][sv]
    if family == "rule":
        return ("reglerna säger " if sv else "the rules say ") + _KIND_WORDS[lang][rest]
    if family == "verb":
        words = _CLASS_WORDS[lang]
        if rest in words:
            return words[rest]
        return f"ett verb av klassen '{rest}'" if sv else f"a verb of class '{rest}'"
    if family == "direction":
        return ("riktning: " if sv else "direction: ") + rest
    if family == "length":
        if rest == "1":  # no word or one
            return "högst ett ord med innehåll" if sv else "one content word or none"
        return f"{rest} ord med innehåll" if sv else f"{rest} content words"
    feature_lang, _, word = rest.partition(":")
    if feature_lang == "en" and family in _WORD_FAMILIES:
        word = _as_written(word)
    if family == "b":
        return _pair_words(word, sv)
    if family == "lemma":
        return f"huvudverbet '{word}'" if sv else f"main verb '{word}'"
    if family == "c":
        return _letters(word, sv)
    if family == "first":
        return f"börjar med '{word}'" if sv else f"starts with '{word}'"
    if family == "end1":
        return f"första ordet slutar på '-{word}'" if sv else f"first word ends in '-{word}'"
    if family == "endn":
        return f"sista ordet slutar på '-{word}'" if sv else f"last word ends in '-{word}'"
    return f"ordet '{word}'" if sv else f"the word '{word}'"


# The families whose feature names a word or two as the statement has them.
_WORD_FAMILIES = frozenset(("w", "first", "b", "lemma"))


def _as_written(words: str) -> str:
    """The features keep words in small letters; a person reads the English "I" with its
    capital ("starts with 'I'", "the words 'I will'")."""
    return " ".join("I" if w == "i" else w for w in words.split(" "))


def _letters(group: str, sv: bool) -> str:
    """A group of letters (``c:``) in words; ``<`` and ``>`` mark a word's start and end."""
    if group.startswith("<") and group.endswith(">"):
        return f"ordet '{group[1:-1]}'" if sv else f"the word '{group[1:-1]}'"
    if group.startswith("<"):
        return f"ett ord som börjar på '{group[1:]}-'" if sv else f"a word starting '{group[1:]}-'"
    if group.endswith(">"):
        return f"ett ord som slutar på '-{group[:-1]}'" if sv else f"a word ending '-{group[:-1]}'"
    return f"bokstäverna '{group}'" if sv else f"the letters '{group}'"


def _pair_words(pair: str, sv: bool) -> str:
    """A pair of neighbouring words (``b:``) in words: "the words 'by a number'"."""
    first, _, second = pair.partition(" ")
    first, second = (("ett tal" if sv else "a number") if w == "#" else w for w in (first, second))
    if first == "^":
        return f"börjar med '{second}'" if sv else f"starts with '{second}'"
    if second == "$":
        return f"slutar med '{first}'" if sv else f"ends with '{first}'"
    return f"orden '{first} {second}'" if sv else f"the words '{first} {second}'"
