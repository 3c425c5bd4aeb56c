"""Time phrases in statements: dates, years, quarters, half-years, months and relative times.

A phrase that names a day gives that day; one that names a period gives its last day ("under
2017" is 2017-12-31, "Q3 2025" is 2025-09-30); a relative phrase ("om 3 månader") gives no date.
"""

from __future__ import annotations

import calendar
import re
from typing import NamedTuple

from goals_as_code.classify import lexicon as lx

_DIGIT = re.compile(r"\d")


class Time(NamedTuple):
    """The time phrase as written, its ISO date (or None), and the spans that are not numbers."""

    text: str | None
    deadline: str | None
    spans: list[tuple[int, int]]


_MONTH = "|".join(sorted(lx.MONTHS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th|:e|:a)?"
_DATE_RES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))  # applied to lower-case text only: no re.I, much faster
    for name, pattern in (
        ("iso", r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"),
        ("dmy", rf"\b(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MONTH})\.?,?\s+(\d{{4}})\b"),
        ("mdy", rf"\b({_MONTH})\.?\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})\b"),
        ("dm", rf"\b(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MONTH})\b"),
        ("md", rf"\b({_MONTH})\.?\s+(\d{{1,2}}){_ORD}\b(?!\s*%)"),
        (
            "half",
            r"\b(?:(första|first|1st|andra|second|2nd)\s+(?:halvåret|halvår|"
            r"half(?:\s+of)?(?:\s+the\s+year)?)|(h[12]))\s*(?:of\s+|av\s+)?(\d{4})?\b",
        ),
        (
            "quarter",
            r"\b(?:(q[1-4])|(?:kvartal|quarter)\s+([1-4])|(första|andra|tredje|fjärde|first|"
            r"second|third|fourth|1st|2nd|3rd|4th)\s+(?:kvartalet|"
            r"quarter)(?:\s+of)?)\s*(\d{4})?\b",
        ),
        ("my", rf"\b({_MONTH})\s+(\d{{4}})\b"),
        (
            "month",
            r"\b(?:under|i|in|during|by|senast|till|before|före|innan|until|efter|after|"
            r"(?:the\s+)?end\s+of|(?:i\s+)?slutet\s+av|början\s+av)\s+(?:(?:the\s+)?end\s+of\s+)?"
            r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
            r"december|january|february|march|may|june|july|august|october)\b",
        ),
        (
            "year",
            r"\b(under|during|in|i|by|senast|till|före|before|until|innan|for|för|within|"
            r"through|throughout|end\s+of|the\s+end\s+of|slutet\s+av|utgången\s+av|året|år|fy|"
            r"verksamhetsåret|budgetåret|inför)\s+(?:(?:the\s+)?end\s+of\s+|(?:(?:i\s+)?slutet|"
            r"utgången)\s+av\s+)?(\d{4})\b",
        ),
        (
            "rel",
            r"\b(?:inom|om|within|in|the\s+next|de\s+närmaste|kommande|next|nästa)\s+(?:(?:\d+|"
            r"en|ett|två|tre|fyra|fem|sex|tolv|one|two|three|four|five|six|twelve|"
            r"a)\s+)?(?:dagar|veckor|månader|år|kvartal|days?|weeks?|months?|years?|quarters?|"
            r"sprints?|månaden|veckan|året|kvartalet)\b",
        ),
        (
            "named",
            r"\b(?:this|next|end\s+of(?:\s+the)?|by(?:\s+the)?\s+end\s+of(?:\s+the)?|"
            r"before(?:\s+the)?(?:\s+end\s+of)?(?:\s+the)?)\s+(?:year|quarter|month|week|"
            r"sprint|semester|term|fiscal\s+year|(?:summer|spring|autumn|fall|winter)"
            r"(?:\s+(?:of\s+)?\d{4})?)\b|"
            # a season: "by the summer", "in spring 2024", "till hösten", "våren 2026"
            r"\b(?:by|until|till|in|during|over)(?:\s+the)?(?:\s+end\s+of(?:\s+the)?)?\s+"
            r"(?:summer|spring|autumn|fall|winter)(?:\s+(?:of\s+)?\d{4})?\b|"
            r"\b(?:summer|spring|autumn|fall|winter)\s+(?:of\s+)?\d{4}\b|"
            r"\b(?:till|före|innan|senast|under|efter|(?:i\s+)?(?:slutet|början)\s+av)\s+"
            r"(?:våren|sommaren|hösten|vintern)(?:\s+\d{4})?\b|"
            r"\b(?:våren|sommaren|hösten|vintern)\s+\d{4}\b|"
            # "i vår" is this spring, but "i vår kommun" is "in our municipality"
            r"\bi\s+(?:år|höst|sommar|vinter|vår(?!\s+(?!ska\b|skall\b|kommer\b|och\b|"
            r"eller\b)[a-zåäö]))\b|"
            r"\b(?:nästa\s+år|vid\s+årsskiftet|till\s+årsskiftet|"
            r"före\s+årsskiftet|innan\s+årsskiftet|årets\s+slut|vid\s+årets\s+slut|"
            r"under\s+året|under\s+kvartalet|under\s+perioden|"
            r"by\s+year[- ]end|year[- ]end|end\s+of\s+year|eoy|ytd|by\s+eoy)\b",
        ),
        (
            "deadline",
            r"\b(?:senast|by|before|until|no\s+later\s+than|deadline|innan|"
            r"före|till)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|måndag|tisdag|onsdag|"
            r"torsdag|fredag)\b|(?:(?:midsommar|jul|påsk)(?:en)?|christmas|easter|thanksgiving)"
            r"(?:\s+\d{4})?\b)",
        ),
    )
)
_BARE_YEAR = re.compile(
    r"\b(19[89]\d|20\d\d|21\d\d)\b(?!\s*(?:%|procent|percent|kr|sek|usd|eur|st\b|kunder|"
    r"customers))"
)
_NEEDS_DIGIT = frozenset(("iso", "dmy", "mdy", "dm", "md", "my", "year"))
_MONTH_WORDS = frozenset(lx.MONTHS)
# A date pattern can only match when one of its words is in the statement.
_DATE_TRIGGERS: dict[str, frozenset[str]] = {
    "dmy": _MONTH_WORDS,
    "mdy": _MONTH_WORDS,
    "dm": _MONTH_WORDS,
    "md": _MONTH_WORDS,
    "my": _MONTH_WORDS,
    "month": _MONTH_WORDS,
    "half": frozenset(lx.words("halvåret halvår half h1 h2")),
    "quarter": frozenset(lx.words("q1 q2 q3 q4 kvartal kvartalet quarter")),
    "rel": frozenset(
        lx.words(
            "dagar veckor månader år kvartal day days week weeks month months year years "
            "quarter quarters sprint sprints månaden veckan året kvartalet"
        )
    ),
    "named": frozenset(
        lx.words(
            "year quarter month week sprint semester term summer spring autumn fall winter "
            "fiscal år höst vår sommar vinter sommaren vintern årsskiftet slut året våren "
            "hösten kvartalet perioden year-end eoy ytd"
        )
    ),
    "deadline": frozenset(
        lx.words(
            "monday tuesday wednesday thursday friday måndag tisdag onsdag torsdag fredag "
            "midsommar midsommaren jul julen påsk påsken christmas easter thanksgiving"
        )
    ),
}

# Each pattern in order of priority, with what it needs to be worth trying.
_PLAN = tuple(
    (priority, name, pattern, name in _NEEDS_DIGIT, _DATE_TRIGGERS.get(name))
    for priority, (name, pattern) in enumerate(_DATE_RES)
)
# Without a digit only the patterns with a trigger can match, and only with one of its words
# (every pattern that needs no digit has one: a test holds this).
_ANY_TRIGGER = frozenset().union(*_DATE_TRIGGERS.values())


def _iso(year: int, month: int, day: int) -> str | None:
    if not (1 <= month <= 12) or not (1900 <= year <= 2200):
        return None
    last = calendar.monthrange(year, month)[1]
    if not (1 <= day <= last):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _month_end(year: int, month: int) -> str | None:
    if not (1 <= month <= 12) or not (1900 <= year <= 2200):
        return None
    return _iso(year, month, calendar.monthrange(year, month)[1])


_HALF = {"första": 1, "first": 1, "1st": 1, "h1": 1, "andra": 2, "second": 2, "2nd": 2, "h2": 2}
_QUARTER = {
    "första": 1,
    "first": 1,
    "1st": 1,
    "andra": 2,
    "second": 2,
    "2nd": 2,
    "tredje": 3,
    "third": 3,
    "3rd": 3,
    "fjärde": 4,
    "fourth": 4,
    "4th": 4,
}


_DAY_WORD = re.compile(r"\b(?:by|till|senast|until|before|on|den)\s+$")


def _after_day_word(lower: str, start: int) -> bool:
    """Whether a word that introduces a day ("by", "senast", ...) and white space come right
    before ``start``: only the white space and the few characters before it are read."""
    end = start
    while end > 0 and lower[end - 1].isspace():
        end -= 1
    # the longest word has six letters; one more character for the word boundary
    return _DAY_WORD.search(lower, max(0, end - 7), start) is not None


def covering(spans: list[tuple[int, int]], length: int) -> bytearray:
    """One byte per position of a text of ``length``: 1 where a span covers it."""
    covered = bytearray(length)
    for start, end in spans:
        covered[start:end] = b"\x01" * (end - start)
    return covered


def find(lower: str, tokens: frozenset[str]) -> Time:
    """The time phrase of a statement in lower case; ``tokens`` are its words."""
    spans: list[tuple[int, int]] = []
    best: tuple[int, str, str | None] | None = None  # (priority, text, iso)
    # covered[i]: position i lies in a span found so far (each span is marked once, so the scan
    # stays linear in the statement's length however many phrases it holds)
    covered = bytearray(len(lower))
    has_digit = _DIGIT.search(lower) is not None
    if not has_digit and _ANY_TRIGGER.isdisjoint(tokens):
        return Time(None, None, spans)  # most statements: no pattern can match
    has_year = has_digit and any(len(t) == 4 and t.isdigit() for t in tokens)
    for priority, name, pattern, needs_digit, trigger in _PLAN:
        if (needs_digit and not has_digit) or (name == "year" and not has_year):
            continue
        if trigger is not None and trigger.isdisjoint(tokens):
            continue  # cheaper than letting the pattern try every position
        for match in pattern.finditer(lower):
            start, end = match.span()
            if covered[start] or covered[end - 1]:
                continue
            iso: str | None = None
            groups = match.groups()
            if name == "iso":
                iso = _iso(int(groups[0]), int(groups[1]), int(groups[2]))
            elif name == "dmy":
                iso = _iso(int(groups[2]), lx.MONTHS[groups[1].lower()], int(groups[0]))
            elif name == "mdy":
                iso = _iso(int(groups[2]), lx.MONTHS[groups[0].lower()], int(groups[1]))
            elif name in ("dm", "md"):
                day = int(groups[0] if name == "dm" else groups[1])
                month_name = groups[1] if name == "dm" else groups[0]
                if day > 31 or (
                    month_name in ("may", "mar", "jun", "jul")
                    and name == "md"
                    and not _after_day_word(lower, match.start())
                ):
                    continue
            elif name == "half":
                half = _HALF.get((groups[0] or groups[1] or "").lower(), 1)
                if groups[2]:
                    iso = _month_end(int(groups[2]), 6 * half)
            elif name == "quarter":
                key = (
                    (groups[0] or "")[1:]
                    or groups[1]
                    or str(_QUARTER.get((groups[2] or "").lower(), 4))
                )
                if groups[3]:
                    iso = _month_end(int(groups[3]), 3 * int(key))
            elif name == "my":
                iso = _month_end(int(groups[1]), lx.MONTHS[groups[0].lower()])
            elif name == "year":
                year = int(groups[1])
                if not 1990 <= year <= 2100:
                    continue
                word = groups[0].lower()
                if word in ("före", "before", "innan"):
                    iso = _iso(year - 1, 12, 31)
                else:
                    iso = _iso(year, 12, 31)
            spans.append((start, end))
            covered[start:end] = b"\x01" * (end - start)
            candidate = (priority, match.group(0).strip(), iso)
            if (
                best is None
                or (iso is not None and best[2] is None)
                or (
                    (iso is not None) == (best[2] is not None)
                    and iso is not None
                    and best[2] is not None
                    and iso > best[2]
                )
            ):
                best = candidate
    # a bare year is a date too, never a quantity
    for match in _BARE_YEAR.finditer(lower) if has_year else ():
        if not covered[match.start()]:
            spans.append(match.span())
            if best is None:
                best = (99, match.group(0), None)
    if best is None:
        return Time(None, None, spans)
    return Time(best[1], best[2], spans)
