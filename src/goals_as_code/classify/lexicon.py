"""The words the classifier knows, in Swedish and English, grouped by what they signal.

The word lists are data: ``data/en.json`` and ``data/sv.json`` beside this module, one file per
language, loaded and validated when the module is imported (:func:`validate` refuses a word
listed twice in a list, a verb in two classes and a noun in two noun lists). This module
turns them into the tables the classifier uses.

Verbs are listed once in their dictionary form; :func:`verb_forms` expands them into the
inflected forms met in real statements. Nouns are matched as the last part of a word, so
Swedish compounds ("kundservicemail", "rekryteringsprocess") are covered by their head.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any

LANGUAGES = ("en", "sv")
# Read as plain files, which starts faster than importlib.resources; the wheel installs them.
DATA = os.path.join(os.path.dirname(__file__), "data")

# Verb classes. A verb's class is only a first cue: the object and the numbers decide too.
RESULT = "result"  # changes or holds a result variable: increase, sänka, nå
ACTIVITY = "activity"  # does a piece of work with a start and an end: implement, ta fram
BEHAVIOUR = "behaviour"  # conduct that can be repeated and seen: greet, informera
EITHER = "either"  # depends on the object: develop, utveckla, build, deliver
STATE = "state"  # be, have, become: a goal with a level, a behaviour without one
HOLD = "hold"  # maintain, behålla: a goal with a level, a behaviour without one
UNKNOWN = "unknown"  # a verb by its place in the sentence, not in these lists
ABILITY = "ability"  # "ska kunna gå", "will be able to log in": a capability to reach
VERB_CLASSES = (RESULT, ACTIVITY, BEHAVIOUR, EITHER, STATE, HOLD)

# The keys of a language file and what each holds.
_WORD_LISTS = (
    "modals",
    "subjects",
    "first_person",
    "noun_context",
    "subordinators",
    "ability_words",
    "make_verbs",
    "increasing",
    "decreasing",
    "change_words",
    "conduct_words",
    "level_adjectives",
    "vague",
    "stopwords",
    "language_words",
    "result_nouns",
    "artefact_nouns",
    "result_or_artefact_nouns",
    "measure_words",
)
_PATTERN_LISTS = ("frequency", "measure_heads", "conduct_manner")
_NUMBER_MAPS = ("number_words", "months")
_OPTIONAL = frozenset(("chain",))


class LexiconError(ValueError):
    """A language file that is not well formed, or lists a word twice."""


def words(text: str) -> list[str]:
    """Split a space-separated word list (easier to read and edit than a list literal)."""
    return text.split()


def _strings(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        raise LexiconError(f"{where}: expected a list of non-empty strings")
    seen: set[str] = set()
    for word in value:
        if word in seen:
            raise LexiconError(f"{where}: '{word}' is listed twice")
        seen.add(word)
    return list(value)


def validate(data: Mapping[str, Any], name: str = "lexicon") -> None:
    """Raise :class:`LexiconError` unless ``data`` is a well-formed language file.

    A word may stand only once in a list; a verb only in one class; a noun only in one of
    ``result_nouns``, ``artefact_nouns`` and ``result_or_artefact_nouns``; every phrasal pair
    names a known class.
    """
    if data.get("language") not in LANGUAGES:
        raise LexiconError(f"{name}: 'language' must be one of {', '.join(LANGUAGES)}")
    known = {"language", "verbs", "irregular", "phrasal", *_WORD_LISTS, *_PATTERN_LISTS}
    known |= {*_NUMBER_MAPS, "conduct_pairs", *_OPTIONAL}
    missing = known - _OPTIONAL - set(data)
    if missing:
        raise LexiconError(f"{name}: missing {', '.join(sorted(missing))}")
    unknown = set(data) - known
    if unknown:
        raise LexiconError(f"{name}: unknown key {', '.join(sorted(unknown))}")
    verbs = data["verbs"]
    if not isinstance(verbs, dict) or not set(verbs) <= set(VERB_CLASSES):
        raise LexiconError(f"{name}: verbs: classes must be among {', '.join(VERB_CLASSES)}")
    owner: dict[str, str] = {}
    for cls, listed in verbs.items():
        for verb in _strings(listed, f"{name}: verbs.{cls}"):
            if verb in owner:
                raise LexiconError(
                    f"{name}: verb '{verb}' is in two classes: {owner[verb]} and {cls}"
                )
            owner[verb] = cls
    irregular = data["irregular"]
    if not isinstance(irregular, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in irregular.items()
    ):
        raise LexiconError(f"{name}: irregular: expected form -> dictionary form")
    phrasal = data["phrasal"]
    pairs: set[tuple[str, str]] = set()
    for entry in phrasal if isinstance(phrasal, list) else [None]:
        if (
            not isinstance(entry, list)
            or len(entry) != 3
            or not all(isinstance(part, str) for part in entry)
            or entry[2] not in VERB_CLASSES
        ):
            raise LexiconError(f"{name}: phrasal: expected [verb, particle, class] entries")
        pair = (entry[0], entry[1])
        if pair in pairs:
            raise LexiconError(f"{name}: phrasal: '{entry[0]} {entry[1]}' is listed twice")
        pairs.add(pair)
    for key in (*_WORD_LISTS, *_PATTERN_LISTS, *(k for k in _OPTIONAL if k in data)):
        _strings(data[key], f"{name}: {key}")
    nouns = ("result_nouns", "artefact_nouns", "result_or_artefact_nouns")
    for i, first in enumerate(nouns):
        for second in nouns[i + 1 :]:
            both = set(data[first]) & set(data[second])
            if both:
                raise LexiconError(f"{name}: '{sorted(both)[0]}' is in {first} and {second}")
    for key in _NUMBER_MAPS:
        table = data[key]
        if not isinstance(table, dict) or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in table.values()
        ):
            raise LexiconError(f"{name}: {key}: expected word -> number")
    pairs_ok = isinstance(data["conduct_pairs"], list) and all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) for w in p)
        for p in data["conduct_pairs"]
    )
    if not pairs_ok:
        raise LexiconError(f"{name}: conduct_pairs: expected [word, word] entries")


def load(lang: str) -> dict[str, Any]:
    """The validated word lists of one language, read from the package's data files."""
    name = f"{lang}.json"
    with open(os.path.join(DATA, name), encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    validate(data, name)
    if data["language"] != lang:
        raise LexiconError(f"{name}: 'language' is {data['language']}, not {lang}")
    return data


_EN = load("en")
_SV = load("sv")


def _verbs(data: Mapping[str, Any]) -> dict[str, str]:
    return {verb: cls for cls, listed in data["verbs"].items() for verb in listed}


def _both(key: str) -> frozenset[str]:
    return frozenset(_EN[key]) | frozenset(_SV[key])


def _phrasal(data: Mapping[str, Any]) -> dict[tuple[str, str], str]:
    return {(verb, particle): cls for verb, particle, cls in data["phrasal"]}


# English verbs: base form -> class. Regular forms are generated; irregular ones are listed.
EN_VERBS: dict[str, str] = _verbs(_EN)
EN_IRREGULAR: dict[str, str] = dict(_EN["irregular"])
EN_PHRASAL: dict[tuple[str, str], str] = _phrasal(_EN)
# Swedish verbs: infinitive -> class. Forms are generated by conjugation group.
SV_VERBS: dict[str, str] = _verbs(_SV)
SV_IRREGULAR: dict[str, str] = dict(_SV["irregular"])
SV_PHRASAL: dict[tuple[str, str], str] = _phrasal(_SV)

# Modal and future markers: a statement of intent, not of habit.
EN_MODALS = frozenset(_EN["modals"])
SV_MODALS = frozenset(_SV["modals"])
EN_SUBJECTS = frozenset(_EN["subjects"])
SV_SUBJECTS = frozenset(_SV["subjects"])
EN_FIRST_PERSON = frozenset(_EN["first_person"])
SV_FIRST_PERSON = frozenset(_SV["first_person"])
# Words after which a verb-looking word is a noun: determiners, possessives, prepositions.
EN_NOUN_CONTEXT = frozenset(_EN["noun_context"])
SV_NOUN_CONTEXT = frozenset(_SV["noun_context"])
# Words after which a following verb belongs to a subordinate clause.
EN_SUBORDINATORS = frozenset(_EN["subordinators"])
SV_SUBORDINATORS = frozenset(_SV["subordinators"])
# Function words that tell the languages apart (a few content words help one-word KPIs).
EN_WORDS = frozenset(_EN["language_words"])
SV_WORDS = frozenset(_SV["language_words"])
# Frequency adverbials (a behaviour recurs), as regular-expression alternatives.
EN_FREQUENCY = "|".join(_EN["frequency"])
SV_FREQUENCY = "|".join(_SV["frequency"])
# Heads of result variables (the thing a goal moves) and of artefacts and events (the thing
# an activity makes or holds). Matched as the end of a word. A few nouns are both ("samtal"
# are calls and conversations; "pipeline"): they stand in a list of their own.
EN_RESULT_NOUNS = "|".join((*_EN["result_nouns"], *_EN["result_or_artefact_nouns"]))
SV_RESULT_NOUNS = "|".join((*_SV["result_nouns"], *_SV["result_or_artefact_nouns"]))
EN_ARTEFACT_NOUNS = "|".join((*_EN["artefact_nouns"], *_EN["result_or_artefact_nouns"]))
SV_ARTEFACT_NOUNS = "|".join((*_SV["artefact_nouns"], *_SV["result_or_artefact_nouns"]))
# Verbless measure phrases: a KPI names what is measured.
EN_MEASURE_HEADS = "|".join(_EN["measure_heads"])
SV_MEASURE_HEADS = "|".join(_SV["measure_heads"])
EN_MEASURE_WORDS = "|".join(_EN["measure_words"])
SV_MEASURE_WORDS = "|".join(_SV["measure_words"])
# Words that leave the result vague when no number backs them.
EN_VAGUE = frozenset(_EN["vague"])
SV_VAGUE = frozenset(_SV["vague"])

# The lists below serve both languages at once.
STOPWORDS = _both("stopwords")  # words that do not count towards a specific description
NUMBER_WORDS: dict[str, float] = {**_EN["number_words"], **_SV["number_words"]}
MONTHS: dict[str, int] = {**_EN["months"], **_SV["months"]}
# A direction named without a verb: "10 % ökad försäljning", "Fewer complaints".
CHANGE_WORDS = _both("change_words")
# Words after "be"/"vara" that describe conduct rather than a state to reach.
CONDUCT_WORDS = _both("conduct_words")
# Auxiliaries that pass the verb on ("ska kunna gå", "ska anses ha", "våga vara").
SV_CHAIN = frozenset(_SV.get("chain", ()))
ABILITY_WORDS = _both("ability_words")
# Conduct shown by the manner or the object: "med respekt", "introduce myself".
CONDUCT_MANNER = "|".join((*_EN["conduct_manner"], *_SV["conduct_manner"]))
# A level stated in words at the head of a noun phrase: "Hög tillgänglighet", "Strong brand".
LEVEL_ADJECTIVES = _both("level_adjectives")
# Making verbs that take a state as complement: "Make our API reliable", "göra X tillgänglig".
MAKE_VERBS = _both("make_verbs")
CONDUCT_PAIRS = frozenset(
    (first, second) for data in (_EN, _SV) for first, second in data["conduct_pairs"]
)
INCREASING = _both("increasing")
DECREASING = _both("decreasing")


def _en_forms(base: str) -> dict[str, str]:
    """Regular English forms of a verb -> the form's grammatical role."""
    forms = {base: "base"}
    if base.endswith("e"):
        stem = base[:-1]
        forms.update({base + "s": "s", base + "d": "ed", stem + "ing": "ing"})
    elif base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        stem = base[:-1]
        forms.update({stem + "ies": "s", stem + "ied": "ed", base + "ing": "ing"})
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms.update({base + "es": "s", base + "ed": "ed", base + "ing": "ing"})
    else:
        forms.update({base + "s": "s", base + "ed": "ed", base + "ing": "ing"})
        # one-syllable verbs ending consonant-vowel-consonant double the last letter
        if len(base) <= 4 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou":
            forms.update({base + base[-1] + "ed": "ed", base + base[-1] + "ing": "ing"})
    return forms


# Words that a short verb's s-passive would make, that are something else: "förstås" (of
# course), "gås" (a goose), "mås" (a gull).
_SV_NOT_PASSIVE = frozenset(("förstås", "gås", "mås"))


def _sv_forms(inf: str) -> dict[str, str]:
    """Swedish forms of a verb (both conjugation patterns; the wrong one is rarely a word)."""
    forms = {inf: "inf"}
    if inf.endswith("a"):
        stem = inf[:-1]
        forms.update(
            {
                inf + "r": "pres",
                stem + "er": "pres",
                inf + "de": "past",
                inf + "t": "past",
                stem + "te": "past",
                stem + "de": "past",
                inf + "s": "pres",
            }
        )
        if len(stem) >= 4:
            forms.update({stem + "s": "pres", stem + "t": "past"})
        forms.setdefault(stem, "imp")  # "Sänk", "Inför": only trusted first in a statement
    else:  # short verbs: nå, le, ge
        forms.update({inf + "r": "pres", inf + "dde": "past", inf + "tt": "past"})
        if inf + "s" not in _SV_NOT_PASSIVE:
            forms[inf + "s"] = "pres"  # the s-passive: "Listan ses över", "Stöd ges", "Målet nås"
    return forms


def verb_forms() -> tuple[dict[str, tuple[str, str, str]], dict[str, tuple[str, str, str]]]:
    """Build form -> (lemma, class, role) tables for English and Swedish."""
    en: dict[str, tuple[str, str, str]] = {}
    for base, cls in EN_VERBS.items():
        for form, role in _en_forms(base).items():
            en.setdefault(form, (base, cls, role))
    for form, base in EN_IRREGULAR.items():
        if base in EN_VERBS:
            role = "s" if form in ("is", "has", "does", "says", "goes") else "ed"
            if form in ("am", "are") or form == base:
                role = "base"
            en[form] = (base, EN_VERBS[base], role)
    sv: dict[str, tuple[str, str, str]] = {}
    for inf, cls in SV_VERBS.items():
        inf = inf.rstrip("_")
        if "_" in inf:
            continue
        for form, role in _sv_forms(inf).items():
            sv.setdefault(form, (inf, cls, role))
    for form, inf in SV_IRREGULAR.items():
        if inf in SV_VERBS:
            role = "pres" if form.endswith("r") or form == "är" else "past"
            if form == inf:
                role = "inf"
            sv[form] = (inf, SV_VERBS[inf], role)
    return en, sv
