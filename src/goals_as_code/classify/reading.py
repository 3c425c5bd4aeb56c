"""The classifier itself: the word rules, their patterns and word lists, the features and the
weights (see the package's documentation, ``goals_as_code.classify``). Importing it compiles the
patterns and loads the word lists; the package imports it only when a statement must be read."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from operator import itemgetter

from goals_as_code.classify import cues as _cues
from goals_as_code.classify import dates
from goals_as_code.classify import lexicon as lx
from goals_as_code.classify import model as _model
from goals_as_code.classify.records import Analysis, Classification
from goals_as_code.i18n import messages as _messages
from goals_as_code.i18n.messages import N_, Message
from goals_as_code.source.fields import KINDS, show

# Statements whose readings are kept: the rules that read one statement ask for it one after
# another, so a few hundred suffice; more would hold megabytes over a large tree for nothing.
_CACHED = 512
# A reason is made once per wording and its facts: the same reasons recur from statement to
# statement, and each made anew would be put in words again, in English and in Swedish. The
# cache is typed: a value that is a Message ("conduct") and a plain string with the same English
# are said differently in Swedish, and 1 and 1.0 are equal but printed differently.
message = lru_cache(maxsize=4096, typed=True)(_messages.message)


# ---------------------------------------------------------------------------------------------
# Regular expressions, compiled once. Those from here to _PREFIX are only ever applied to the
# statement in lower case, so they are compiled without re.I: matching case-insensitively
# is several times slower for patterns that start with a list of words.

_WORD = re.compile(r"[^\W\d_](?:[\w'’:-]*\w)?|\d+(?:[.,:]\d+)*|%|/|[<>≤≥]=?")
_NUM = r"(?:\d{1,3}(?:[  ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?)"
# a level, not an ordinal: "of 3rd graders", "den 3:e" name no number to reach
_LEVEL = _NUM + r"(?!(?:st|nd|rd|th)\b|:[ae]\b)"
_NUM_RE = re.compile(
    r"(?<![\w.,:/-])(" + _NUM + r")(?![\w:]|[.,]\d)"
    r"(\s*(?:%|procent\b|percent\b|per\s+cent\b|procentenheter\b|percentage\s+points?\b|pp\b))?",
)
_DIGIT = re.compile(r"\d")
_FROM_WORDS = frozenset(("från", "from"))
_PARENS = re.compile(r"\([^)]*\)")
_UNIT_AFTER = re.compile(r"\s*(%|[^\W\d][\w-]*)")
_FROM_TO = re.compile(
    r"\b(?:från|from)\s+(?:(?:idag|today|dagens|today's|current|the\s+current|nuvarande|"
    r"ca\.?|cirka|about|around|approx\.?|ungefär)\s+)*(" + _NUM + r")(\s*(?:%|procent|percent))?"
    r"([^\d]{0,40}?)\s*\b(?:till|to|up\s+to|down\s+to|ner\s+till|upp\s+till)\s+(?:(?:ca\.?|"
    r"cirka|about|around|max|högst|minst|at\s+least|under|below|over|över)\s+)?(" + _NUM + r")",
)
_CHANGE = re.compile(
    r"\b(?:med|by|with)\s+(?:(?:ca\.?|cirka|about|around|minst|at\s+least|over|över|"
    r"more\s+than|mer\s+än)\s+)?("
    + _NUM
    + r")\s*(%|procent\b|percent\b|per\s+cent\b|procentenheter\b|percentage\s+points?\b)",
)
_TARGET = re.compile(
    r"(?:\b(?:till|to|minst|at\s+least|över|above|over|more\s+than|mer\s+än|fler\s+än|less\s+than|"
    r"mindre\s+än|färre\s+än|below|under|max|maximum|minimum|högst|at\s+most|no\s+more\s+than|"
    r"no\s+less\s+than|inte\s+mer\s+än|reach|nå|uppnå|of|på|exceed|överstiga|överträffa|"
    r"within|inom)|[≥≤<>]=?)\s+(?:(?:a|an|en|ett|the)\s+)?(" + _LEVEL + r")",
)
_AT_LEAST = re.compile(
    r"\b(?:minst|at\s+least|över|above|over|more\s+than|mer\s+än|fler\s+än|no\s+less\s+than|"
    r"minimum|exceed|överstiga)\s+\d|[≥>]=?\s*\d",
)
_AT_MOST = re.compile(
    r"\b(?:högst|at\s+most|max|maximum|below|less\s+than|mindre\s+än|färre\s+än|"
    r"no\s+more\s+than|inte\s+mer\s+än|within|inom)\s+\d|[≤<]=?\s*\d|"
    r"\bunder\s+\d+(?:[.,]\d+)?\s*(?:%|procent|timmar|dagar|minuter|sekunder|hours|days|"
    r"minutes)",
)
_PER_UNIT = re.compile(
    # the look-ahead names the letters every branch starts with: it lets the pattern skip the
    # other positions at once (it matches the same, in half the time)
    r"(?=[pia/])(?:\bper\s+|/\s*|\bi\s+(?=(?:veckan|månaden|dagen|kvartalet|året)\b)|\ba\s+(?=(?:day|"
    r"week|month|year)\b))"
    r"(?:\w+)",
)
_KOMMER_ATT = re.compile(r"\bkommer\s+att\b")
_FREQ = {
    "en": re.compile(r"\b(?:" + lx.EN_FREQUENCY + r")\b"),
    "sv": re.compile(r"\b(?:" + lx.SV_FREQUENCY + r")\b"),
}


def _endings(count: int) -> tuple[slice, ...]:
    """The first ``count`` endings of a word but the word itself: [1:], [2:], ..."""
    return tuple(slice(k, None) for k in range(1, count + 1))


_ENDINGS = _endings(63)  # those of most words, made once


class _Nouns:
    """Words matched as a whole token or, for Swedish compounds, as the token's last part.

    A set lookup per suffix is much faster than a regular expression that must try every
    starting point, and it says exactly which word matched.
    """

    def __init__(self, alternatives: str, compounds: bool) -> None:
        self.words = frozenset(w.rstrip("_") for w in alternatives.split("|") if w)
        self.compounds = compounds
        self.shortest = min(len(w) for w in self.words)
        self.seen: dict[str, bool] = {}

    def find(self, tokens: list[str]) -> str | None:
        """The first token that is, or (for compounds) ends with, one of the words."""
        seen = self.seen
        for token in tokens:
            known = seen.get(token)
            if known or (known is None and self.match(token)):
                return token
        return None

    def match(self, token: str) -> bool:
        known = self.seen.get(token)
        if known is None:
            known = self._match(token)
            if len(self.seen) > 50_000:  # a vocabulary, not a corpus: keep it bounded
                self.seen.clear()
            self.seen[token] = known
        return known

    def _match(self, token: str) -> bool:
        if token in self.words:
            return True
        if self.compounds:  # each ending of the token, longest first, looked up at C speed
            last = len(token) - self.shortest  # the endings that are long enough to be a word
            if last < 1:
                return False
            endings = _ENDINGS[:last] if last <= len(_ENDINGS) else _endings(last)
            return not self.words.isdisjoint(map(token.__getitem__, endings))
        return "-" in token and token.rsplit("-", 1)[1] in self.words


# A frequency pattern can only match when one of these words is in the statement.
_FREQ_TRIGGERS = {
    "en": frozenset(
        lx.words(
            "every each all daily weekly monthly fortnightly biweekly bi-weekly nightly hourly "
            "always never regularly routinely consistently habitually continuously continually "
            "constantly whenever once twice times mondays tuesdays wednesdays thursdays fridays "
            "weekdays habit rule"
        )
    ),
    "sv": frozenset(
        lx.words(
            "varje var varannan dagligen veckovis månadsvis kvartalsvis alltid aldrig "
            "regelbundet rutinmässigt konsekvent kontinuerligt ständigt löpande närhelst alla "
            "gång gånger måndagar tisdagar onsdagar torsdagar fredagar morgnarna morgonen regel "
            "tiden"
        )
    ),
}
_RESULT = {
    "en": _Nouns(lx.EN_RESULT_NOUNS, compounds=False),
    "sv": _Nouns(lx.SV_RESULT_NOUNS, compounds=True),
}
_ARTEFACT = {
    "en": _Nouns(lx.EN_ARTEFACT_NOUNS, compounds=False),
    "sv": _Nouns(lx.SV_ARTEFACT_NOUNS, compounds=True),
}
_MEASURE_HEAD = {
    "en": re.compile(r"^\s*(?:the\s+)?(?:" + lx.EN_MEASURE_HEADS + r")\b"),
    "sv": re.compile(r"^\s*(?:" + lx.SV_MEASURE_HEADS + r")\b"),
}
_MEASURE_WORD = {
    "en": _Nouns(lx.EN_MEASURE_WORDS, compounds=False),
    "sv": _Nouns(lx.SV_MEASURE_WORDS, compounds=True),
}
# Word endings typical of each language, for short statements with no function words.
_SV_SHAPES = re.compile(
    r"\w(?:ning|ningar|het|heten|skap|else|erna|arna|orna|ande|andet|itet|tider|tid|grad|"
    r"andel|andelar|marginal|tal|kvot|kostnad|kostnader|nöjdhet|frånvaro|ränta|lager|"
    r"omsättning|intäkter|vinst)\b|\b\w*(?:kv|sj|tj|stj|skj)\w*",
)
_EN_SHAPES = re.compile(
    r"\w(?:tion|ment|ness|ity|ing|ship|ies|th|ed|ly|ce|ck|ght|ph|w|rate|time|margin|"
    r"share|cost|costs|score|value|volume|revenue|sales)\b|\b(?:wh|th|ch)\w+",
)
# List markers and labels people paste with a statement: "- ", "1. ", "KR1: ", "Mål: ". They
# are matched at the start of the statement as written, not lowered: so in any case (re.I).
_PREFIX = re.compile(
    r"^(?:\s*(?:[-*•–]\s*|\d+[.)]\s+|(?:kr|o|okr)\s*\d+\s*[:.)-]\s*|"
    r"(?:mål|goal|objective|key\s+result|kpi|nyckeltal|aktivitet|activity|action|beteende|"
    r"behaviou?r|delmål|target)\s*\d*\s*[:.-]\s+))+",
    re.I,
)
_LOWER_START = re.compile(r"(?<!\S)[a-zåäöéü]")  # a word that starts with a small letter
_ACRONYM_LABEL = re.compile(r"^[A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,5}\s*:\s+")  # "FCR: target of ..."
_TARGET_WORDS = frozenset(lx.words("target targets goal mål målvärde målnivå"))


@lru_cache(maxsize=_CACHED)
def _tokens(lower: str) -> tuple[str, ...]:
    """The words of a statement in lower case (read by several steps: tokenised once)."""
    return tuple(_WORD.findall(lower))


def _lower(text: str) -> str:
    """A statement in lower case, as every step that reads its words reads it."""
    return text.lower().replace("’", "'")


def _clean(text: str) -> str:
    """The statement without list markers, labels, a final full stop or extra spaces."""
    clean = " ".join(text.split())  # the spaces of ``\s`` (str.isspace), each run one space
    for label in (_PREFIX, _ACRONYM_LABEL):  # each at the start only
        found = label.match(clean)
        if found:
            clean = clean[found.end() :]
    # a final run of full stops (or ; !), and the spaces before it
    return clean.rstrip(".;!").rstrip() if clean.endswith((".", ";", "!")) else clean


_EN_VERBS, _SV_VERBS = lx.verb_forms()
_VERBS = {"en": _EN_VERBS, "sv": _SV_VERBS}
_PHRASAL = {"en": lx.EN_PHRASAL, "sv": lx.SV_PHRASAL}
_MODALS = {"en": lx.EN_MODALS, "sv": lx.SV_MODALS}
_SUBJECTS = {"en": lx.EN_SUBJECTS, "sv": lx.SV_SUBJECTS}
_FIRST = {"en": lx.EN_FIRST_PERSON, "sv": lx.SV_FIRST_PERSON}
_NOUN_CONTEXT = {"en": lx.EN_NOUN_CONTEXT, "sv": lx.SV_NOUN_CONTEXT}
_SUBORD = {"en": lx.EN_SUBORDINATORS, "sv": lx.SV_SUBORDINATORS}
_VAGUE = {"en": lx.EN_VAGUE, "sv": lx.SV_VAGUE}
_EN_FIRST_NOT_I = lx.EN_FIRST_PERSON - {"i"}  # English first person in a Swedish statement
# Words that do not count as content: stop words, the first person, modals.
_NOT_CONTENT = {lang: lx.STOPWORDS | _FIRST[lang] | _MODALS[lang] for lang in ("en", "sv")}
# Number words that count as a number ("en", "ett", "one" and "a" are mostly articles).
_COUNTED_WORDS = frozenset(lx.NUMBER_WORDS) - {"en", "ett", "one", "a"}
_EN_THIRD = frozenset(
    [
        "he",
        "she",
        "it",
        "team",
        "everyone",
        "everybody",
        "each",
        "department",
        "company",
        "manager",
        "unit",
        "group",
        "staff",
        "organisation",
        "organization",
        "who",
        "that",
        "which",
    ]
)
_EN_VERB_LEAD = frozenset(
    [
        "to",
        "and",
        "or",
        "not",
        "also",
        "always",
        "never",
        "first",
        "then",
        "actively",
        "personally",
        "continuously",
        "consistently",
        "regularly",
        "proactively",
        "don't",
        "do",
        "please",
        "let's",
    ]
)
_SV_VERB_LEAD = frozenset(
    [
        "att",
        "och",
        "eller",
        "inte",
        "också",
        "alltid",
        "aldrig",
        "först",
        "sedan",
        "aktivt",
        "själv",
    ]
)
# English verbs that are also common nouns at the start of a measure ("Support calls per day").
_EN_NOUNISH = frozenset(
    lx.words(
        "support call answer review visit test release return record report train plan survey "
        "study research design change update help log check share offer map order process sign "
        "schedule book host present interview launch audit coach mentor pilot document draft "
        "form show read respond set start switch hire sell work value meet attend use project "
        "deliver build develop"
    )
)
_LEAD_SUBJECTS = {
    "en": frozenset(lx.words("i we i'll we'll")),
    "sv": frozenset(lx.words("jag vi man")),
}
_ADVERBS = {
    "en": frozenset(
        lx.words(
            "always never also not actively personally then first consistently regularly really "
            "continuously proactively only still usually promptly"
        )
    ),
    "sv": frozenset(
        lx.words(
            "alltid aldrig också inte även aktivt själv gärna först sedan regelbundet ständigt "
            "konsekvent alltså därför"
        )
    ),
}
_SV_FINITE = frozenset(lx.words("är har blir ska skall kan får finns"))
_SV_ALL = frozenset(("alla", "samtliga"))  # a subject when a verb in the present follows
_EN_QUANTIFIERS = frozenset(lx.words("all every each our the most no"))
_EN_PARTICLES = frozenset(lx.words("up out down off over through together"))
_FUNCTION_WORDS = frozenset(
    lx.words(
        "by before after until during within when while if so as since senast innan efter "
        "inom under när medan om eftersom som till från"
    )
)
_RESPONSIBLE = frozenset(lx.words("responsible ansvarig ansvariga accountable"))
_EN_OBJECT_START = frozenset(
    lx.words(
        "the a an our my all every each new their your his her its this these those two three "
        "five ten"
    )
)
_SV_OBJECT_START = frozenset(
    lx.words(
        "en ett den det de alla samtliga vår vårt våra min mitt mina nya ny nytt ett två tre "
        "fem tio"
    )
)
_EN_AUX = frozenset(
    ["am", "is", "are", "be", "been", "being", "was", "were", "keep", "keeps", "start", "continue"]
)
_EN_PERFECT = frozenset(["have", "has", "had", "i", "we", "i've", "we've"])
_SV_PERFECT = frozenset(["har", "hade", "ha", "jag", "vi"])


# ---------------------------------------------------------------------------------------------
# Language


def detect_language(text: str) -> str:
    """Return "sv" or "en" for one statement, from function words, letters and word shapes.

    Swedish wins ties when the text has å, ä or ö; otherwise English is the default. A small
    "i" is Swedish (the preposition), a capital "I" English (the pronoun).
    """
    return _detect(text)


@lru_cache(maxsize=_CACHED)
def _detect(text: str) -> str:
    lower = text.lower()
    words = _tokens(lower)
    sv = float(sum(map(lx.SV_WORDS.__contains__, words)))
    en = float(sum(map(lx.EN_WORDS.__contains__, words)))
    if "i" in words:  # "i" written small is Swedish ("in"): the English pronoun is written "I"
        small = _WORD.findall(text).count("i")
        sv, en = sv + small, en - small
    sv += 1.5 * sum(map(lower.count, "åäö"))
    if sv == en:
        sv += 0.5 * len(_SV_SHAPES.findall(lower))
        en += 0.5 * len(_EN_SHAPES.findall(lower))
    if not _SV_VERBS.keys().isdisjoint(words) and _EN_VERBS.keys().isdisjoint(words):
        sv += 0.5
    return "sv" if sv > en else "en"


# ---------------------------------------------------------------------------------------------
# Numbers and dates


def _number(raw: str, lang: str = "sv") -> float:
    """Read "1 000", "2,5", "2.5" or "1,000" as a float.

    A single comma is a decimal comma in Swedish; in English it separates thousands when three
    digits follow it ("10,000").
    """
    cleaned = raw.replace(" ", "").replace("\u00a0", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        head, tail = cleaned.split(",")
        thousands = lang == "en" and len(tail) == 3
        cleaned = head + tail if thousands else head + "." + tail
    else:
        cleaned = cleaned.replace(",", "")
    return float(cleaned)


# ---------------------------------------------------------------------------------------------
# Analysis


def analyse(text: str, lang: str | None = None) -> Analysis:
    """Read the cues of one statement (see :class:`Analysis`). ``lang`` forces the language."""
    clean = _clean(text)
    return _analyse(clean, lang or _detect(clean))


def _without_on_time(words: list[str]) -> list[str]:
    """The words without the time of "on time", "in time", "i (god) tid"."""
    if "time" not in words and "tid" not in words:
        return words
    pairs = zip(["", *words], words, strict=False)  # each word with the one before it
    return [word for before, word in pairs if (before, word) not in _cues.ON_TIME]


@lru_cache(maxsize=_CACHED)
def _analyse(text: str, lang: str) -> Analysis:
    lower = _lower(text)
    words = list(_tokens(lower))
    tokens = frozenset(words)
    date_text, deadline, date_spans = dates.find(lower, tokens)

    in_dates = dates.covering(date_spans, len(lower))

    def outside_dates(start: int) -> bool:
        return not (0 <= start < len(in_dates) and in_dates[start])

    numbers: list[float] = []
    percent_seen = False
    has_digit = _DIGIT.search(lower) is not None
    for match in _NUM_RE.finditer(lower) if has_digit else ():
        if outside_dates(match.start(1)):
            numbers.append(_number(match.group(1), lang))
            percent_seen = percent_seen or bool(match.group(2))
    for word in words if not _COUNTED_WORDS.isdisjoint(tokens) else ():
        if word in _COUNTED_WORDS:
            numbers.append(float(lx.NUMBER_WORDS[word]))

    from_value = to_value = target = change = None
    unit: str | None = None
    direction: str | None = None
    for match in _FROM_TO.finditer(lower) if has_digit and tokens & _FROM_WORDS else ():
        if outside_dates(match.start(1)) and outside_dates(match.start(4)):
            from_value, to_value = _number(match.group(1), lang), _number(match.group(4), lang)
            unit_text = (match.group(2) or match.group(3) or "").strip()
            unit = unit_text or None
            target = to_value
            direction = (
                "increase"
                if to_value > from_value
                else "decrease"
                if to_value < from_value
                else None
            )
            break
    change_match = _CHANGE.search(lower) if has_digit else None
    if change_match and outside_dates(change_match.start(1)):
        change = _number(change_match.group(1), lang)
        unit = unit or "%"
    if target is None and has_digit:
        for match in _TARGET.finditer(lower):
            if outside_dates(match.start(1)) and not (
                change_match and match.start(1) == change_match.start(1)
            ):
                target = _number(match.group(1), lang)
                after = lower[match.end(1) : match.end(1) + 30]
                unit_match = _UNIT_AFTER.match(after)
                if unit_match and unit is None:
                    unit = unit_match.group(1)
                break
    if unit is None and percent_seen:
        unit = "%"

    measure_match = _MEASURE_HEAD[lang].search(lower) or _PER_UNIT.search(lower)
    verb, verb_class, role, verb_index, modal = _main_verb(
        words, lang, lower, _titled(text), measure_match is not None
    )
    if verb is not None and verb_class == lx.RESULT and direction is None:
        lemma = _VERBS[lang].get(verb, (verb, "", ""))[0]
        if lemma in lx.INCREASING:
            direction = "increase"
        elif lemma in lx.DECREASING:
            direction = "decrease"
    if direction is None and has_digit:
        # "at least 10", "within 2 hours"; not a time ("within 3 months" is a date, no level)
        if any(outside_dates(m.start()) for m in _AT_LEAST.finditer(lower)):
            direction = "at_least"
        elif any(outside_dates(m.start()) for m in _AT_MOST.finditer(lower)):
            direction = "at_most"
    if change is not None and direction == "decrease":
        change = -change
    change_percent = change if change is not None else None

    freq_match = None if _FREQ_TRIGGERS[lang].isdisjoint(tokens) else _FREQ[lang].search(lower)
    frequency = freq_match.group(0) if freq_match else None
    first_person = not _FIRST[lang].isdisjoint(words) or (
        lang == "sv" and not _EN_FIRST_NOT_I.isdisjoint(words)
    )
    present = (
        verb is not None
        and not modal
        and role in ("pres", "s", "base")
        and (verb_index > 0 or (lang == "en" and role == "s"))
        and not (lang == "en" and role == "base" and verb_index == 0)
    )
    # "Uses writing effectively", "He presents ...": a job profile, conduct that recurs
    habitual = present and (first_person or (lang == "en" and role == "s"))
    # "on time", "i tid": punctuality, an adverbial; the time is neither a measure nor an object
    nouns = _without_on_time(words)
    measure = measure_match.group(0).strip() if measure_match else _MEASURE_WORD[lang].find(nouns)
    vague = _first_of(_VAGUE[lang], words, tokens)
    not_content = _NOT_CONTENT[lang]
    # the words of two letters or more that carry content, counted at C speed; the words of
    # one letter ("i", "a", "5", "%") are taken off apart, when the statement has any
    content = len(words) - sum(map(not_content.__contains__, words))
    if 1 in map(len, words):
        content -= sum(1 for w in words if len(w) == 1 and w not in not_content)
    return Analysis(
        lang=lang,
        numbers=tuple(numbers),
        from_value=from_value,
        to_value=to_value,
        target=target,
        change_percent=change_percent,
        unit=unit,
        direction=direction,
        date_text=date_text,
        deadline=deadline,
        first_person=first_person,
        frequency=frequency,
        verb=verb,
        verb_class=verb_class,
        modal=modal,
        present=present,
        result_object=_RESULT[lang].find(nouns),
        artefact_object=_ARTEFACT[lang].find(nouns),
        measure=measure,
        vague=vague,
        content_words=content,
        change_word=_first_of(lx.CHANGE_WORDS, words, tokens),
        habitual=habitual,
        head=next((w for w in reversed(_outside_parens(lower, words)) if w.isalpha()), None),
    )


def _first_of(group: frozenset[str], words: list[str], tokens: frozenset[str]) -> str | None:
    """The first of ``words`` in ``group`` (``tokens`` are the same words, as a set: most
    statements have none of the group, and the set tells it at C speed)."""
    return None if group.isdisjoint(tokens) else next(w for w in words if w in group)


def _outside_parens(lower: str, words: list[str]) -> tuple[str, ...] | list[str]:
    """The words of a statement outside parentheses (its words, when it has none)."""
    return _tokens(_PARENS.sub(" ", lower)) if "(" in lower else words


@lru_cache(maxsize=_CACHED)
def _titled(text: str) -> bool:
    """Whether every word starts with a capital, as a name does ("Open Positions Rate")."""
    if _LOWER_START.search(text):  # most statements: a word starts with a small letter
        return False
    parts = [p for p in text.split() if p[:1].isalpha()]
    return len(parts) > 1 and all(p[0].isupper() for p in parts)


def _main_verb(
    words: list[str], lang: str, lower: str, titled: bool, measured: bool
) -> tuple[str | None, str | None, str | None, int, bool]:
    """The verb that heads the statement: (form, class, role, index, modal seen).

    A verb is found by the lists, or by its place: the word after "jag"/"I" or after a
    modal is a verb even when the lists do not know it (its class is then "unknown").
    """
    table = _VERBS[lang]
    modal = lang == "sv" and "kommer" in words and bool(_KOMMER_ATT.search(lower))
    if (
        measured  # a measure head ("Antal", "Number of") or a per-unit ("/vecka")
        and not any(w in _MODALS[lang] or w in _LEAD_SUBJECTS[lang] for w in words)
        and not modal
        and table.get(words[0] if words else "", ("", "", ""))[2] not in ("base", "inf", "imp")
    ):
        return None, None, None, -1, False  # "Antal ...", "Number of ...": a measure
    if (
        titled
        and len(words) <= 5
        and _MEASURE_WORD[lang].match(words[-1])
        and table.get(words[0], ("", "", ""))[1] not in (lx.RESULT, lx.HOLD)
        and not any(w in _MODALS[lang] or w in _LEAD_SUBJECTS[lang] for w in words)
    ):
        return None, None, None, -1, False  # "Open Positions Rate": the name of a measure
    lead = 0  # leading adverbs ("Actively participates ...") do not move the verb's place
    while lead < len(words) - 1 and (
        words[lead] in _ADVERBS[lang] or (lang == "en" and words[lead].endswith("ly"))
    ):
        lead += 1
    found = _scan(words[lead:], lang, lower, modal)
    return found[0], found[1], found[2], found[3] + lead if found[3] >= 0 else -1, found[4]


def _scan(
    words: list[str], lang: str, lower: str, modal: bool
) -> tuple[str | None, str | None, str | None, int, bool]:
    table = _VERBS[lang]
    subordinate = False
    expect = False  # the next word that is not an adverb is the verb
    ability = False  # "ska kunna gå", "will be able to": the verb names a capability
    skip = 0
    for i, word in enumerate(words):
        if skip:
            skip -= 1
            continue
        prev = words[i - 1] if i else ""
        if lang == "sv" and word in lx.SV_CHAIN and (expect or modal or i == 0):
            expect = True  # an auxiliary passes the verb on
            ability = ability or word in lx.ABILITY_WORDS
            continue
        if lang == "sv" and word == "kommer" and words[i + 1 : i + 2] == ["att"]:
            modal = expect = True
            subordinate = False
            continue
        if word in _MODALS[lang] and (
            i == 0 or prev in _SUBJECTS[lang] or lang == "sv" or prev in ("i", "we")
        ):
            modal = expect = True
            subordinate = False
            continue
        if (
            word in _LEAD_SUBJECTS[lang]
            and not subordinate
            and (lang == "sv" or i == 0 or prev in _EN_VERB_LEAD or prev in ("and", "then"))
        ):
            expect = True
            continue
        if word in _SUBORD[lang] and i > 0:
            subordinate = True
            expect = False
            continue
        if expect and word in _ADVERBS[lang]:
            continue
        if word == "to" and modal and lang == "en" and not subordinate:
            expect = True  # "I want my accounts to renew ..."
            continue
        entry = table.get(word)
        if entry is None and word.startswith("re-"):
            entry = table.get(word[3:])  # "re-plan", "re-run"
        if lang == "sv" and word == "att" and prev in ("kommer",):
            continue
        if (
            entry is not None
            and not subordinate
            and (expect or _verb_here(word, entry[2], i, prev, words, lang, modal))
        ):
            lemma, cls, role = entry
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if cls == lx.STATE and nxt in _RESPONSIBLE:
                expect = True  # "I am responsible for rolling out ...": the task is the verb
                continue
            if cls == lx.STATE and nxt == "able" and words[i + 2 : i + 3] == ["to"]:
                expect = ability = True  # "will be able to log in": the capability is the verb
                skip = 2
                continue
            phrasal = _PHRASAL[lang].get((lemma, nxt))
            found = phrasal or cls
            if ability and found != lx.RESULT:
                found = lx.ABILITY
            return word, found, role, i, modal
        if subordinate:
            continue
        if expect and lang == "sv" and modal and _sv_fronted(word):
            # "Innan 2020 ska utanförskapet minska ...", "I X ska en familjecentral etableras":
            # the subject (or an adverbial) stands after the modal, and the verb follows it.
            later = _sv_verb_ahead(words, i + 1)
            if later >= 0:
                lemma, cls, role = table[words[later]]
                found = lx.ABILITY if ability and cls != lx.RESULT else cls
                return words[later], found, role, later, modal
        if expect and word.isalpha() and word not in _NOUN_CONTEXT[lang]:
            return (
                word,
                lx.ABILITY if ability else lx.UNKNOWN,
                "pres" if not modal else "inf",
                i,
                modal,
            )
        expect = False
        if (
            i == 0
            and len(words) > 1
            and word.isalpha()
            and _looks_like_leading_verb(word, words[1], lang)
        ):
            if entry is not None:  # a known verb in job-profile style: "Participates in ..."
                return word, entry[1], entry[2], i, modal
            role = "s" if lang == "en" and word.endswith("s") and not word.endswith("ss") else "inf"
            return word, lx.UNKNOWN, role, i, modal
    return None, None, None, -1, modal


def _sv_fronted(word: str) -> bool:
    """Whether a Swedish word after a modal starts a subject or an adverbial, not a verb."""
    return (
        word in _SV_OBJECT_START
        or word in _FUNCTION_WORDS
        or word in lx.SV_NOUN_CONTEXT
        or (len(word) > 4 and word.endswith(("en", "et", "an", "on", "erna", "arna", "orna")))
    )


def _sv_verb_ahead(words: list[str], start: int) -> int:
    """The index of the first known verb within five words, or -1 (stops at a clause)."""
    table = _VERBS["sv"]
    for j in range(start, min(start + 5, len(words))):
        word = words[j]
        if word in _SUBORD["sv"] or word in _MODALS["sv"]:
            return -1
        entry = table.get(word)
        if entry is not None and entry[2] in ("inf", "pres"):
            return j
    return -1


def _looks_like_leading_verb(word: str, nxt: str, lang: str) -> bool:
    """A first word followed by a determiner or possessive is an imperative ("Edit the ...")."""
    if word in lx.STOPWORDS or word in _NOUN_CONTEXT[lang] or word in _FUNCTION_WORDS:
        return False
    if lang == "en" and nxt in _EN_PARTICLES:
        return True  # "Wake up ...", "Sign off ..."
    if lang == "sv":
        return nxt in _SV_OBJECT_START or (word.endswith("era") and len(word) > 5)
    if word.endswith("s") and not word.endswith("ss"):  # "Greets customers", job-profile style
        return not _RESULT["en"].match(word) and not _MEASURE_WORD["en"].match(nxt)
    return nxt in _EN_OBJECT_START


def _verb_here(
    word: str, role: str, i: int, prev: str, words: list[str], lang: str, modal: bool
) -> bool:
    """Whether a verb-looking word is used as a verb at this place."""
    if (
        lang == "en"
        and role == "base"
        and 1 < i <= 4
        and words[0] in _EN_QUANTIFIERS
        and prev.endswith("s")
        and len(prev) > 3
    ):
        return True  # "All customers get a reply ...": a plural subject, then the verb
    if lang == "sv" and i == 1 and role == "pres" and prev in _SV_ALL:
        return True  # "Alla säger hej ...": "alla" is the subject, not a determiner
    if prev in _NOUN_CONTEXT[lang] and not (lang == "sv" and prev in ("i",) and role == "inf"):
        return False
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if lang == "en":
        base_lead = (
            i == 0
            or prev in _SUBJECTS["en"]
            or prev in _MODALS["en"]
            or prev in _EN_VERB_LEAD
            or prev.endswith("ly")
        )
        if role == "base":
            if (
                i == 0
                and word in _EN_NOUNISH
                and (
                    nxt
                    in (
                        "per",
                        "/",
                        "rate",
                        "time",
                        "volume",
                        "frequency",
                        "coverage",
                        "score",
                        "hours",
                        "cost",
                        "costs",
                        "calls",
                        "tickets",
                        "ratio",
                        "satisfaction",
                        "quality",
                        "%",
                        "of",
                    )
                    or _MEASURE_WORD["en"].match(nxt)
                )
            ):
                return False
            return base_lead or (word in ("am", "are") and prev in ("i", "we", "you", "they"))
        if role == "s":
            return (
                prev in _EN_THIRD
                or prev in _SUBJECTS["en"]
                or (
                    i > 0
                    and words[0] in ("everyone", "the", "our", "my")
                    and prev not in _NOUN_CONTEXT["en"]
                    and i <= 3
                )
            )
        if role == "ed":
            return i == 0 or prev in _EN_PERFECT or prev in _EN_AUX
        if role == "ing":
            if i == 0 and (
                nxt in ("per", "/", "hours", "rate", "time", "cost", "costs", "budget", "%")
                or _MEASURE_WORD["en"].match(nxt)
            ):
                return False
            if i == 0 and word[:-3] in _EN_NOUNISH | {w[:-1] for w in _EN_NOUNISH}:
                return nxt in _EN_OBJECT_START  # "Training hours ..." is a noun
            return i == 0 or prev in _EN_AUX or prev in ("for", "by")
        return True
    # Swedish
    if role == "imp":
        return i == 0
    if role == "inf":
        return (
            i == 0
            or prev in _MODALS["sv"]
            or prev in _SV_VERB_LEAD
            or prev in _SUBJECTS["sv"]
            or prev == "att"
            or (modal and i <= 4)
        )
    if role == "past":
        return prev in _SV_PERFECT or (i > 0 and words[i - 1] in _SUBJECTS["sv"])
    # present: after the subject, or in second place ("Varje dag säger jag")
    return (
        i == 0
        or prev in _SUBJECTS["sv"]
        or prev in _SV_VERB_LEAD
        or (i + 1 < len(words) and words[i + 1] in ("jag", "vi"))
        or i <= 3
        or word in _SV_FINITE  # "Alla barn i Stockholm har ...": a long subject, then the verb
    )


# ---------------------------------------------------------------------------------------------
# Decision


UNCLEAR = "unclear"


def classify(text: str, lang: str | None = None) -> Classification:
    """Classify one statement. ``lang`` ("sv" or "en") forces the language; None detects it."""
    clean = _clean(text)
    used_lang = lang or _detect(clean)
    kind, missing, said, rules, confidence, scores = _classified(clean, used_lang)
    reasons = tuple(map(itemgetter(0), said)) + tuple(map(str, rules))
    return Classification(
        text,
        used_lang,
        kind,
        missing,
        reasons,
        confidence,
        dict(zip(KINDS, scores, strict=True)),
        _decide(clean, used_lang)[0],
        tuple(map(itemgetter(1), said)) + tuple(map(Message.say, rules, repeat("sv"))),
    )


_KIND_EN = {"goal": "a goal", "activity": "an activity", "behaviour": "a behaviour", "kpi": "a KPI"}
_KIND_SV = {
    "goal": "ett mål",
    "activity": "en aktivitet",
    "behaviour": "ett beteende",
    "kpi": "ett nyckeltal",
}


_SHOWN = 3  # the strongest cues named in the first reason


@lru_cache(maxsize=_CACHED)
def _classified(
    text: str, lang: str
) -> tuple[
    str,
    tuple[str, ...],
    tuple[tuple[str, str], ...],
    tuple[Message, ...],
    float,
    tuple[float, ...],
]:
    """(kind, missing, the scores' reasons (en, sv), the word rules' reasons, confidence,
    scores)."""
    rule_kind, _, missing, _, rule_reasons = _decide(text, lang)
    model = _model.shipped()
    scored = model.score(_features(text, lang), strongest=_SHOWN + 5)
    # Name the cues a person can check first; groups of letters only when nothing else pulls.
    named = [f for f in scored.strongest if not f.startswith(("c:", "length:"))]
    others = [f for f in scored.strongest if f.startswith(("c:", "length:"))]
    strongest = (named + others)[:_SHOWN]
    confidence = round(scored.confidence, 3)
    best = scored.best
    cues_en = ", ".join(map(_cues.describe, strongest, repeat("en")))
    cues_sv = ", ".join(map(_cues.describe, strongest, repeat("sv")))
    verdict = model.verdict(scored)
    likeliest = {"k": _KIND_EN[best], "k_sv": _KIND_SV[best], "p": f"{confidence:.2f}"}
    kind = UNCLEAR
    if not any(len(word) > 1 and word[0].isalpha() for word in _tokens(_lower(text))):
        # "(((", "2026", "x": the scores would read a KPI into nothing
        first = _r(
            "unclear: no words to read (most likely {k}, {p}); write the statement in words",
            "oklart: inga ord att läsa (troligast {k_sv}, {p}); skriv påståendet med ord",
            **likeliest,
        )
    elif verdict is None and scored.confidence < model.unclear_below:
        first = _r(
            "unclear: no kind is likely enough (most likely {k}, {p})",
            "oklart: inget slag är tillräckligt troligt (troligast {k_sv}, {p})",
            **likeliest,
        )
    elif verdict is None:
        first = _r(
            "unclear: it may as well be a goal (most likely {k}, {p}; a goal {g})",
            "oklart: det kan lika gärna vara ett mål (troligast {k_sv}, {p}; ett mål {g})",
            g=f"{scored.scores[KINDS.index('goal')]:.2f}",
            **likeliest,
        )
    else:
        kind = best
        first = _r(
            "reads as {k} ({p}); strongest cues: {c}",
            "läses som {k_sv} ({p}); starkast: {c_sv}",
            c=cues_en or "none",
            c_sv=cues_sv or "inga",
            **likeliest,
        )
    said = [first]
    if rule_kind != best:
        said.append(
            _r(
                "the word rules alone would say {k}",
                "ordreglerna ensamma skulle säga {k_sv}",
                k=_KIND_EN[rule_kind],
                k_sv=_KIND_SV[rule_kind],
            )
        )
    scores = tuple(map(round, scored.scores, repeat(3)))
    return kind, missing, tuple(said), rule_reasons, confidence, scores


def features(text: str, lang: str | None = None) -> tuple[str, ...]:
    """The named cues of one statement that the learnt weights score (see ``cues.py``)."""
    clean = _clean(text)
    return _features(clean, lang or _detect(clean))


@lru_cache(maxsize=_CACHED)
def _features(text: str, lang: str) -> tuple[str, ...]:
    a = _analyse(text, lang)
    rule_kind = _decide(text, lang)[0]
    lemma = _VERBS[lang].get(a.verb, (a.verb, "", ""))[0] if a.verb else None
    words = list(_tokens(_lower(text)))
    return _cues.cues(lang, a, rule_kind, lemma, words, _titled(text))


def _r(en: str, sv: str, **values: str) -> tuple[str, str]:
    """A reason of the scores, in English and Swedish."""
    return en.format(**values), sv.format(**values)


@lru_cache(maxsize=_CACHED)
def _decide(
    text: str, lang: str
) -> tuple[str, tuple[str, ...], tuple[str, ...], str, tuple[Message, ...]]:
    """The word rules' kind, reasons (English), missing letters, language, reasons (to say).

    A noun phrase is read by :func:`_noun_phrase`; a statement with a main verb by the first
    of :data:`_DECIDERS` that gives a kind.
    """
    case = _Case(text, lang, _analyse(text, lang))
    a = case.a
    if a.verb is None:
        kind = _noun_phrase(case)
    else:
        case.say(_main_verb_reason(a.verb, a.verb_class or ""))
        kind = next(k for decider in _DECIDERS if (k := decider(case)) is not None)
        if a.date_text and kind in ("goal", "activity"):
            case.say(message("a time: '{d}'", d=a.date_text))
    missing = _missing(case, kind)
    return (
        kind,
        tuple(str(reason) for reason in case.reasons),
        missing,
        lang,
        tuple(case.reasons),
    )


_LEVEL_VERBS = frozenset(
    lx.words("halve double triple halvera fördubbla tredubbla dubbla eliminate eliminera")
)


class _Case:
    """One statement being decided: its cues, and the reasons given so far (en, sv)."""

    __slots__ = ("a", "artefact", "has_metric", "lang", "measurable", "reasons", "result", "text")

    def __init__(self, text: str, lang: str, a: Analysis) -> None:
        self.text = text
        self.lang = lang
        self.a = a
        self.has_metric = (
            bool(a.numbers) or a.from_value is not None or a.change_percent is not None
        )
        doubling = a.verb is not None and _VERBS[lang].get(a.verb, ("", "", ""))[0] in _LEVEL_VERBS
        self.measurable = self.has_metric or doubling
        self.result = a.result_object
        self.artefact = a.artefact_object
        self.reasons: list[Message] = []

    def say(self, reason: Message) -> None:
        self.reasons.append(reason)

    def metric(self) -> None:
        """Name the metric: from ... to ..., a change in per cent, or the first number."""
        a = self.a
        if a.from_value is not None:
            self.say(
                message(
                    "a metric with a direction: from {a} to {b}",
                    a=_fmt(a.from_value),
                    b=_fmt(a.to_value),
                )
            )
        elif a.change_percent is not None:
            self.say(
                message(
                    "a metric with a direction: a change of {c} %", c=_fmt(abs(a.change_percent))
                )
            )
        elif a.numbers:
            self.say(message("a number: {n}", n=_fmt(a.numbers[0])))

    def artefact_object(self) -> None:
        if self.artefact:
            self.say(message("its object is an artefact or event ('{o}')", o=self.artefact))

    def result_object(self) -> None:
        self.say(message("its object is a result ('{o}')", o=self.result or ""))

    def habit(self) -> str:
        self.say(message("present tense with no end date: a habit"))
        return "behaviour"

    def is_habit(self) -> bool:
        return self.a.habitual and not self.a.date_text and not self.has_metric

    def nearer_artefact(self) -> bool:
        """Whether an artefact stands before the result and does not head a compound with it."""
        return bool(
            self.artefact
            and self.result
            and _before(self.text, self.artefact, self.result)
            and not _compound_head(self.text, self.artefact, self.result, self.lang)
        )


_COUNT_HEADS = frozenset(("antal", "antalet", "number"))
_NOT_COUNTED = frozenset(("en", "ett", "one", "a"))


def _counted_work(text: str, lang: str, numbers: bool) -> str | None:
    """The work a statement counts, or None: "antalet genomförda utbildningar", "the number
    of completed reviews" (a count of work done: a participle of a verb for work before an
    artefact or event), and with ``numbers`` a number right before one ("12
    utvecklingssamtal", "3 new workshops"). Counting the work done is still the work."""
    words = _tokens(text.lower())
    for i, word in enumerate(words):
        nxt = words[i + 1 : i + 3]
        if word in _COUNT_HEADS:
            if word == "number":
                if nxt[:1] != ("of",):
                    continue
                nxt = words[i + 2 : i + 4]
            if len(nxt) == 2 and _done_work(nxt[0], lang) and _ARTEFACT[lang].match(nxt[1]):
                return nxt[1]
        elif numbers and (
            word[:1].isdigit() or (word in lx.NUMBER_WORDS and word not in _NOT_COUNTED)
        ):
            if nxt and _ARTEFACT[lang].match(nxt[0]):
                return nxt[0]
            if len(nxt) == 2 and nxt[0].isalpha() and _ARTEFACT[lang].match(nxt[1]):
                return nxt[1]
    return None


def _done_work(word: str, lang: str) -> bool:
    """Whether a word is the participle of a verb for work: genomförda, planerade, completed."""
    table = _VERBS[lang]
    entry = table.get(word)
    if entry is None and lang == "sv" and word.endswith(("da", "ta")):
        entry = table.get(word[:-2] + "a")  # "genomförda", "köpta"
    elif entry is not None and entry[2] not in ("past", "ed"):
        entry = None
    return entry is not None and entry[1] == lx.ACTIVITY


def _noun_phrase(case: _Case) -> str:
    """No verb: a goal written tersely when it names a level, an activity when it names a piece
    of work, otherwise a measure: a KPI."""
    a, lang = case.a, case.lang
    case.say(_NO_VERB)
    lower = case.text.lower()
    if lang == "en" and lower.startswith("being "):
        case.say(message("a way of being, written as 'being ...': conduct that recurs"))
        return "behaviour"
    measure_led = bool(_MEASURE_HEAD[lang].search(lower) or _PER_UNIT.search(lower))
    if (
        (a.from_value is not None or a.change_percent is not None)
        or (a.target is not None and a.deadline is not None and a.direction is not None)
        or (a.target is not None and a.date_text is not None and a.result_object is not None)
        or (a.target is not None and not _TARGET_WORDS.isdisjoint(_tokens(lower)))
        # "Svarstid under 2 timmar": a result with a bound to keep
        or (a.target is not None and a.direction and a.result_object and not measure_led)
        # "12 % tillväxt": a result with its level in per cent
        or (bool(a.numbers) and "%" in lower and a.result_object and not measure_led)
    ):
        case.metric()
        if a.date_text:
            case.say(message("a time: {d}", d=a.date_text))
        case.say(message("it names a level to reach, so it reads as a goal"))
        return "goal"
    if a.change_word or (a.content_words >= 2 and _tokens(lower)[0] in lx.LEVEL_ADJECTIVES):
        case.metric()
        case.say(
            message(
                "it names a change or a level ('{w}'), so it reads as a result to reach",
                w=a.change_word or _tokens(lower)[0],
            )
        )
        return "goal"
    if (
        a.head
        and _ARTEFACT[lang].match(a.head)
        and not _MEASURE_HEAD[lang].search(lower)
        and not _PER_UNIT.search(lower)
    ):
        case.say(message("it names a piece of work ('{h}'), not a measure", h=a.head))
        return "activity"
    if a.measure:
        case.say(message("it names a measure ('{m}'), not a level to reach by a date", m=a.measure))
    else:
        case.say(message("it names something to measure, not a result to reach"))
    return "kpi"


def _result_verb(case: _Case) -> str | None:
    """A result verb (öka, reduce): a goal with a metric or a result as object; an activity
    when its object is an artefact with no level; a behaviour when it recurs with no level."""
    if case.a.verb_class != lx.RESULT:
        return None
    if case.measurable and (work := _counted_work(case.text, case.lang, numbers=False)):
        return _counts_work(case, work)
    if case.measurable:
        kind = "goal"
        case.metric()
    elif case.result and not case.nearer_artefact():
        kind = "goal"
        case.result_object()
    elif case.artefact:
        case.say(
            message(
                "its object is an artefact or event ('{o}'), with no level to reach",
                o=case.artefact,
            )
        )
        return "activity"
    else:
        kind = "goal"
    if case.a.frequency and not case.measurable:
        case.say(message("it recurs ('{f}') with no level to reach", f=case.a.frequency))
        return "behaviour"
    return kind


def _counts_work(case: _Case, work: str) -> str:
    """A level that counts the work itself: an activity, or a habit when it recurs."""
    case.metric()
    case.say(message("the number counts the work itself ('{w}'): still work to do", w=work))
    return _recurs(case) or "activity"


def _capability(case: _Case) -> str | None:
    """After "kunna" or "be able to": a capability to reach, a goal."""
    if case.a.verb_class != lx.ABILITY:
        return None
    case.metric()
    case.say(message("it describes a capability to reach, a result of its own"))
    return "goal"


def _manner(case: _Case) -> str | None:
    """Conduct shown by its manner or a reflexive object, with no level and no deadline."""
    a = case.a
    if (
        a.verb_class not in (lx.ACTIVITY, lx.EITHER, lx.UNKNOWN, lx.STATE)
        or case.measurable
        or a.deadline
    ):
        return None
    manner = _CONDUCT_MANNER.search(case.text.lower())
    if manner is None:
        return None
    case.say(message("conduct shown by its manner or object ('{m}')", m=manner.group(0)))
    return "behaviour"


def _state_to_reach(case: _Case) -> str | None:
    """A making verb whose object is a state, a superlative or a change: a goal."""
    a = case.a
    if a.verb_class not in (lx.ACTIVITY, lx.EITHER) or a.frequency:
        return None
    state = _state_object(case.text, a.verb, a.verb_class, case.lang)
    if state is None:
        return None
    case.metric()
    case.say(message("its object is a state to reach ('{s}'), not a thing to make", s=state))
    return "goal"


def _recurs(case: _Case) -> str | None:
    """A frequency (every day, varje vecka) makes a behaviour of any verb but a result verb."""
    if not case.a.frequency:
        return None
    case.say(message("it recurs: '{f}'", f=case.a.frequency))
    return "behaviour"


def _conduct_verb(case: _Case) -> str | None:
    """A verb for conduct: a behaviour, unless promised once by a time (then a task)."""
    a = case.a
    if a.verb_class != lx.BEHAVIOUR:
        return None
    if a.modal and (a.deadline or (a.date_text and not a.frequency)):
        case.say(message("done once by a time ('{d}'), so a task", d=a.date_text or ""))
        return "activity"
    case.say(message("conduct others can see, with no end date"))
    return "behaviour"


def _work_verb(case: _Case) -> str | None:
    """A verb for work with an end: an activity, or a habit in the present tense."""
    if case.a.verb_class != lx.ACTIVITY:
        return None
    case.artefact_object()
    case.say(message("it describes work to do, which costs resources"))
    return case.habit() if case.is_habit() else "activity"


def _way_of_being(case: _Case) -> str | None:
    """ "be"/"vara" followed by a word for conduct (on time, punktlig), with no level."""
    a = case.a
    if (
        a.verb_class != lx.STATE
        or case.measurable
        or not _conduct_after(case.text, a.verb or "", case.lang)
    ):
        return None
    case.say(
        message("it describes a way of acting ('{v} ...'), with no level or date", v=a.verb or "")
    )
    return "behaviour"


def _state_verb(case: _Case) -> str | None:
    """be, have, know: a state to reach (a goal), or conduct in the present tense by jag/vi."""
    a = case.a
    if a.verb_class != lx.STATE:
        return None
    if case.measurable or (case.result and a.date_text) or (a.date_text and not a.present):
        case.metric()
    elif a.present and _person_before(case.text, a.verb or "", case.lang):
        case.say(message("a present-tense description of conduct"))
        return "behaviour"
    case.say(message("it describes a state to reach"))
    return "goal"


def _hold_verb(case: _Case) -> str | None:
    """maintain, behålla: a goal with a level to hold, a behaviour without one."""
    if case.a.verb_class != lx.HOLD:
        return None
    if case.measurable and (work := _counted_work(case.text, case.lang, numbers=True)):
        return _counts_work(case, work)  # "Hålla 12 utvecklingssamtal": held, not kept up
    if case.measurable:
        case.metric()
        case.say(message("it holds a level"))
        return "goal"
    case.say(message("it keeps up a way of acting, with no level to hold"))
    return "behaviour"


def _unknown_verb(case: _Case) -> str | None:
    """A verb known by its place only: a goal with a metric and a result, a habit in the
    present tense, otherwise an action to carry out."""
    a = case.a
    if a.verb_class != lx.UNKNOWN:
        return None
    if case.measurable and case.result:
        case.metric()
        case.result_object()
        return "goal"
    if a.present and not a.date_text:
        return case.habit()
    case.say(message("an action to carry out, with no result variable to move"))
    return "activity"


def _either_verb(case: _Case) -> str:
    """develop, utveckla: the object decides. A result (with a level, or with no artefact
    before it) makes a goal; otherwise it is work to do."""
    if case.result and (case.measurable or not case.artefact) and not case.nearer_artefact():
        case.result_object()
        case.metric()
        return "goal"
    if case.measurable and not case.artefact:
        case.metric()
        return "goal"
    case.artefact_object()
    case.say(message("no result variable with a level to reach, so it reads as work to do"))
    return case.habit() if case.is_habit() else "activity"


# The deciders for a statement with a main verb, in the order they are asked; the first that
# gives a kind decides.
_DECIDERS = (
    _result_verb,
    _capability,
    _manner,
    _state_to_reach,
    _recurs,
    _conduct_verb,
    _work_verb,
    _way_of_being,
    _state_verb,
    _hold_verb,
    _unknown_verb,
    _either_verb,
)


def _missing(case: _Case, kind: str) -> tuple[str, ...]:
    """The SMART letters the text lacks, in order; a vague word is given as a reason."""
    a = case.a
    missing: list[str] = []
    vague = bool(a.vague) and not case.measurable
    if a.content_words < 2 or vague or (kind == "kpi" and a.content_words < 3):
        missing.append("S")
        if vague:
            case.say(message("vague word '{w}' with no number", w=a.vague or ""))
    if not case.measurable:
        missing.append("M")
    if not a.first_person:
        missing.extend(("A", "R"))
    if a.date_text is None:
        missing.append("T")
    case.say(_FIRST_PERSON if a.first_person else _NOT_FIRST_PERSON)
    return tuple(missing)


# Reasons said for most statements are made once: a message is immutable, and making one says
# its English text at once.
_NO_VERB = message("no verb: a noun phrase")
_FIRST_PERSON = message("written in the first person")
_NOT_FIRST_PERSON = message("not written in the first person")


@lru_cache(maxsize=4096)
def _main_verb_reason(verb: str, verb_class: str) -> Message:
    return message("main verb '{v}' ({c})", v=verb, c=_CLASS_MESSAGE[verb_class])


_CLASS_EN = {
    lx.RESULT: N_("changes or holds a result"),
    lx.ACTIVITY: N_("work with a start and an end"),
    lx.BEHAVIOUR: N_("conduct"),
    lx.EITHER: N_("depends on its object"),
    lx.STATE: N_("a state"),
    lx.HOLD: N_("keeps something up"),
    lx.UNKNOWN: N_("not in the word lists; a verb by its place"),
    lx.ABILITY: N_("after 'can' or 'be able to': a capability"),
    "": N_("unknown"),
}
_CLASS_MESSAGE = {cls: message(words) for cls, words in _CLASS_EN.items()}


def _conduct_after(text: str, verb: str, lang: str) -> bool:
    """Whether "be"/"vara" is followed by a word for conduct: on time, punctual, i tid, artig."""
    words = list(_tokens(text.lower()))
    if verb not in words:
        return False
    rest = [w for w in words[words.index(verb) + 1 :] if w not in _ADVERBS[lang]][:2]
    return bool(rest) and (rest[0] in lx.CONDUCT_WORDS or tuple(rest) in lx.CONDUCT_PAIRS)


def _person_before(text: str, verb: str, lang: str) -> bool:
    """Whether "jag"/"vi"/"I"/"we" is the subject just before the verb ("Jag är punktlig")."""
    words = list(_tokens(text.lower()))
    if verb not in words:
        return False
    index = words.index(verb)
    return any(w in _LEAD_SUBJECTS[lang] for w in words[max(0, index - 2) : index])


_CONDUCT_MANNER = re.compile(lx.CONDUCT_MANNER)
_SUPERLATIVE = {
    "en": re.compile(
        r"\b(?:the|our)\s+(?:best|most|highest|lowest|fastest|shortest|greatest|largest|"
        r"biggest|safest|simplest|strongest|cheapest|cleanest|leading)\b"
    ),
    "sv": re.compile(
        r"\b(?:det|den|de|vårt|vår|våra)\s+(?:bästa|mest|största|högsta|lägsta|minsta|"
        r"främsta|längsta|(?!senaste)\w{2,}aste)\b"
    ),
}
_STATE_ENDING = {
    "en": ("able", "ible", "ful", "ive", "ous", "less", "free", "proof", "ready", "secure"),
    "sv": ("ig", "iga", "igt", "bar", "bara", "bart", "sam", "samma", "samt"),
}


def _state_object(text: str, verb: str | None, cls: str | None, lang: str) -> str | None:
    """A state or result named as the object of a making verb, or None.

    "Skapa det lägsta koldioxidavtrycket" (a superlative), "arbeta för en minskad
    klimatpåverkan" (a change), "Make our API rock-solid reliable" (a state complement).
    """
    lower = text.lower()
    words = list(_tokens(lower))
    if verb is None or verb not in words:
        return None
    rest = words[words.index(verb) + 1 :]
    superlative = _SUPERLATIVE[lang].search(lower)
    if superlative:
        return superlative.group(0)
    if cls == lx.EITHER:
        change = next((w for w in rest if w in lx.CHANGE_WORDS), None)
        if change:
            return change
    lemma = _VERBS[lang].get(verb, ("", "", ""))[0]
    if lemma in lx.MAKE_VERBS and len(rest) >= 2 and rest[-1].endswith(_STATE_ENDING[lang]):
        return rest[-1]
    return None


def _compound_head(text: str, first: str, second: str, lang: str) -> bool:
    """Whether ``first`` directly precedes ``second`` in an English noun compound.

    The last noun heads the compound: "website traffic" is traffic, a result.
    """
    if lang != "en":
        return False
    words = list(_tokens(text.lower()))
    return any(words[k] == first and words[k + 1] == second for k in range(len(words) - 1))


def _before(text: str, first: str, second: str) -> bool:
    """Whether ``first`` occurs before ``second`` in the text (the nearer object wins)."""
    lower = text.lower()
    i, j = lower.find(first.lower()), lower.find(second.lower())
    return i != -1 and j != -1 and i < j


def _fmt(value: float | None) -> str:
    return show(value, none="?")
