"""Tell a goal from an activity, a behaviour and a KPI, in Swedish and English.

A goal is a result with value of its own; an activity is a task that costs resources and has a
start and an end; a behaviour is conduct that recurs; a KPI is a measure used for comparison.
Verb lists alone cannot tell them apart ("implement X by March 31" is SMART and still an
activity), so the classifier weighs explainable cues together:

* the main verb and its class (changes a result, does a piece of work, conduct, either);
* the verb's object: a result variable (response time, costs, andel nöjda kunder) or an
  artefact or event (a process, a plan, a workshop, PM-samtal);
* a metric and a direction ("från 48 till 24", "by 5 %", "from 150 to 160");
* frequency adverbials (every day, varje vecka, dagligen, always) for behaviours;
* a verbless noun phrase naming a measure (per day, /vecka, andel, antal, margin) for KPIs.

The word rules (small named deciders, see ``_DECIDERS``) read these cues into a kind; that
reading, the cues themselves and the statement's words are then named features
(``cues.py``), and weights learnt from labelled statements (``data/weights.json``) turn them
into a calibrated score per kind (``model.py``). The kind is the most likely one, or "unclear".

Public API::

    classify(text, lang=None) -> Classification      # kind, scores, missing letters, reasons
    analyse(text, lang=None) -> Analysis              # numbers, from/to, deadline, first person...
    detect_language(text) -> "sv" | "en"
    features(text, lang=None) -> tuple[str, ...]      # the named features the weights score

Everything is pure Python with precompiled regular expressions and a cache; the word lists and
the weights are data files in the package; no network. The machinery is in ``reading.py`` and is
imported on the first statement read: a run that reads none, or takes every reading it needs
from an earlier run (:func:`remember`, what a hook does), compiles no pattern and loads no word
list or weight.
"""

from __future__ import annotations

import marshal
from pathlib import Path
from typing import Any, TypeVar

from goals_as_code.classify.records import LETTER_MEANINGS, LETTERS, Analysis, Classification
from goals_as_code.source import cachefile
from goals_as_code.source.fields import KINDS

__all__ = [
    "KINDS",
    "LETTERS",
    "LETTER_MEANINGS",
    "UNCLEAR",
    "Analysis",
    "Classification",
    "analyse",
    "classify",
    "detect_language",
    "features",
    "keep",
    "remember",
]

UNCLEAR = "unclear"

# The package's modules: never looked up in ``reading`` (see ``__getattr__``).
_MODULES = frozenset({"cues", "dates", "lexicon", "model", "reading", "records"})


def classify(text: str, lang: str | None = None) -> Classification:
    """Classify one statement. ``lang`` ("sv" or "en") forces the language; None detects it."""
    kept = _kept.classified if _kept is not None else None
    found = kept.get((text, lang)) if kept is not None else None
    if found is None:
        from goals_as_code.classify import reading

        found = _made(kept, (text, lang), reading.classify(text, lang))
    return found


def analyse(text: str, lang: str | None = None) -> Analysis:
    """Read the cues of one statement (see :class:`Analysis`). ``lang`` forces the language."""
    kept = _kept.analysed if _kept is not None else None
    found = kept.get((text, lang)) if kept is not None else None
    if found is None:
        from goals_as_code.classify import reading

        found = _made(kept, (text, lang), reading.analyse(text, lang))
    return found


def detect_language(text: str) -> str:
    """ "sv" or "en": the language ``text`` is written in."""
    from goals_as_code.classify import reading

    return reading.detect_language(text)


def features(text: str, lang: str | None = None) -> tuple[str, ...]:
    """The named features of ``text`` that the weights score."""
    from goals_as_code.classify import reading

    return reading.features(text, lang)


def __getattr__(name: str) -> Any:
    """The classifier's other names (its patterns, caches and deciders, for its tests and
    benchmarks), from the module that holds them."""
    if name.startswith("__") or name in _MODULES:
        raise AttributeError(name)
    from goals_as_code.classify import reading

    return getattr(reading, name)


# --- readings kept between runs --------------------------------------------------------------

FORMAT = 1
MOST = 1024  # readings kept: a few commits' worth of statements checked by a hook
Key = tuple[str, str | None]


class _Kept:
    """The readings taken from an earlier run and made since, and where they are kept."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.classified: dict[Key, Classification] = {}
        self.analysed: dict[Key, Analysis] = {}
        self.new = False


_kept: _Kept | None = None
R = TypeVar("R", Classification, Analysis)


def _made(kept: dict[Key, R] | None, key: Key, reading: R) -> R:
    """``reading``, just made, remembered in ``kept`` (when readings are remembered)."""
    if kept is not None and _kept is not None:
        kept[key] = reading
        _kept.new = True
    return reading


def remember(path: Path) -> None:
    """Take the readings an earlier run kept at ``path`` (:func:`keep`), and remember the
    readings made from now on. The path names what the readings were made with (the tool's
    version and code); a file that cannot be read, or holds anything else, is no error: the
    readings are made again."""
    global _kept
    kept = _Kept(path)
    raw = cachefile.load_bytes(path)
    try:
        held = marshal.loads(raw) if raw is not None else None
    except (EOFError, ValueError, TypeError):
        held = None
    if type(held) is tuple and len(held) == 3 and held[0] == FORMAT:
        kept.classified = _records(held[1], Classification)
        kept.analysed = _records(held[2], Analysis)
    _kept = kept


def keep() -> None:
    """Write the readings remembered (the newest :data:`MOST` of each) where :func:`remember`
    took them from, when this run made new ones; then remember no more."""
    global _kept
    kept, _kept = _kept, None
    if kept is None or not kept.new:
        return
    data = (FORMAT, _rows(kept.classified), _rows(kept.analysed))
    folder = kept.path.parent
    stem = kept.path.name.split("-", 1)[0]
    cachefile.save_bytes(kept.path, marshal.dumps(data), folder.glob(f"{stem}-*"))


def _rows(records: dict[Key, Any]) -> list[tuple[str, str | None, tuple[Any, ...]]]:
    newest = list(records.items())[-MOST:]
    return [(text, lang, tuple(record)) for (text, lang), record in newest]


def _records(rows: object, kind: Any) -> dict[Key, Any]:
    """The rows kept of one kind of record; none when a row is not as :func:`keep` writes."""
    size = len(kind._fields)
    found: dict[Key, Any] = {}
    if type(rows) is not list:
        return {}
    for row in rows:
        if type(row) is not tuple or len(row) != 3:
            return {}
        text, lang, values = row
        if type(text) is not str or type(values) is not tuple or len(values) != size:
            return {}
        if lang is not None and type(lang) is not str:
            return {}
        found[text, lang] = kind._make(values)
    return found
