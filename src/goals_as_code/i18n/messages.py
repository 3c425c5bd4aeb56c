"""The words the commands show people, in each language the project speaks (en, sv).

Rule messages pick their wording with ``ctx.say`` (which is ``say`` below); the other human
output (review, report, history, accept, the check summary, the demo) picks it here, so that one
term has one translation everywhere. Identifiers in JSON,
CSV and flag codes stay English: tools read them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

Wording = Mapping[str, str]


def say(lang: str, messages: Wording, **values: Any) -> str:
    """The message in ``lang`` (English when it has none), with its values filled in; rules
    reach it as ``ctx.say``."""
    template = messages.get(lang) or messages["en"]
    return template.format(**values)


# Goal statuses as the report computes them (calc.STATUSES); keys are the stable identifiers.
STATUS: dict[str, Wording] = {
    "achieved": {"en": "achieved", "sv": "uppnått"},
    "on-track": {"en": "on track", "sv": "i fas"},
    "at-risk": {"en": "at risk", "sv": "risk"},
    "behind": {"en": "behind", "sv": "efter"},
    "missed": {"en": "missed", "sv": "missat"},
    "overdue": {"en": "overdue", "sv": "försenat"},
    "not-started": {"en": "not started", "sv": "ej påbörjat"},
    "dropped": {"en": "dropped", "sv": "struket"},
    "unknown": {"en": "unknown", "sv": "okänt"},
}

# How a statement changed between two commits (review); keys are the JSON values.
CHANGE: dict[str, Wording] = {
    "added": {"en": "added", "sv": "tillagt"},
    "removed": {"en": "removed", "sv": "borttaget"},
    "renamed": {"en": "renamed", "sv": "omdöpt"},
    "modified": {"en": "modified", "sv": "ändrat"},
    "unchanged": {"en": "unchanged", "sv": "oförändrat"},
}
CHANGES: dict[str, Wording] = {  # the plural, for counts
    "added": {"en": "added", "sv": "tillagda"},
    "removed": {"en": "removed", "sv": "borttagna"},
    "renamed": {"en": "renamed", "sv": "omdöpta"},
    "modified": {"en": "modified", "sv": "ändrade"},
}

SEVERITY: dict[str, Wording] = {
    "error": {"en": "error", "sv": "fel"},
    "warning": {"en": "warning", "sv": "varning"},
    "info": {"en": "info", "sv": "info"},
}


def status(name: str, lang: str) -> str:
    """A goal status in words (the identifier itself when it is not known)."""
    wording = STATUS.get(name)
    return say(lang, wording) if wording is not None else name


def word(table: Mapping[str, Wording], name: str, lang: str) -> str:
    wording = table.get(name)
    return say(lang, wording) if wording is not None else name


# Labels of the report and the history, by their English wording (as gettext keys them): a label
# missing here stays English, and tests/test_report_swedish.py checks the ones shown.
SWEDISH: dict[str, str] = {
    # report: headings and columns
    "Goals report": "Målrapport",
    "Goals as of {date} ({revision}{asked})": "Mål per {date} ({revision}{asked})",
    "no commits": "inga commits",
    "Note: {note}": "Obs: {note}",
    "Goals": "Mål",
    "Goals ({n})": "Mål ({n})",
    "Goal": "Mål",
    "Statement": "Påstående",
    "Owner": "Ägare",
    "Team": "Team",
    "Baseline → now → target": "Utgångsläge → nu → målnivå",
    "Baseline → current → target": "Utgångsläge → nuläge → målnivå",
    "Unit": "Enhet",
    "Progress": "Framsteg",
    "Pace": "Takt",
    "Status": "Status",
    "Statuses": "Statusar",
    "Last": "Senast",
    "Last check-in": "Senaste incheckning",
    "Check-ins": "Incheckningar",
    "No goal matches the filters.": "Inget mål matchar filtren.",
    "Problems": "Problem",
    "Moved goalposts": "Flyttade målstolpar",
    "Date": "Datum",
    "Field": "Fält",
    "Change": "Förändring",
    "By": "Av",
    "By owner": "Per ägare",
    "By team": "Per team",
    "Alignment": "Målhierarki",
    "Weight": "Vikt",
    "Own progress": "Eget framsteg",
    "From children": "Från delmål",
    "Focus: open statements per person": "Fokus: öppna påståenden per person",
    "KPIs": "Nyckeltal",
    "KPI": "Nyckeltal",
    "Activities": "Aktiviteter",
    "Behaviours": "Beteenden",
    "Latest": "Senaste",
    "Latest ({unit})": "Senaste ({unit})",
    "Series": "Serie",
    "Trend": "Trend",
    "Before": "Före",
    "Team or person": "Team eller person",
    "Wrote the report to {path}.": "Skrev rapporten till {path}.",
    "(no team)": "(inget team)",
    "(no owner)": "(ingen ägare)",
    "{id}: side by side": "{id}: sida vid sida",
    "never": "aldrig",
    "stale": "inaktuell",
    "better": "bättre",
    "worse": "sämre",
    "Shallow clone: the history is seen back to {where} only; older check-ins are not counted "
    "(run 'git fetch --unshallow' for all of them).": "Grund klon: historiken syns bara tillbaka "
    "till {where}; äldre incheckningar räknas inte (kör 'git fetch --unshallow' för att få med "
    "alla).",
    "its oldest commit": "dess äldsta commit",
    # report: the HTML page
    "check-ins": "incheckningar",
    "plan: baseline to target by the deadline": "plan: från utgångsläge till målnivå vid slutdatum",
    "team {team}": "team {team}",
    "progress": "framsteg",
    "pace": "takt",
    "last check-in {date}": "senaste incheckning {date}",
    "{n} check-in(s)": "{n} incheckning(ar)",
    "{n} moved goalpost(s)": "{n} flyttade målstolpar",
    "no check-ins yet": "inga incheckningar än",
    "check-ins of {id} against the plan": "incheckningar för {id} mot planen",
    "Progress, pace and status are computed from the goal files and their Git history by "
    "goals-as-code.": "Framsteg, takt och status räknas fram ur målfilerna och deras "
    "Git-historik av goals-as-code.",
    # history
    "check-in": "incheckning",
    "No history yet: {why}.": "Ingen historik än: {why}.",
    "the repository has no commits yet": "förrådet har inga commits än",
    "No goal files under '{folder}/' in the history of {rev}.": "Inga målfiler under "
    "'{folder}/' i historiken för {rev}.",
    " (as of {date})": " (per {date})",
    "{path} deleted": "{path} raderad",
    "{path} written again": "{path} skriven igen",
    "Commit": "Commit",
    "Author": "Författare",
    "What": "Vad",
    "Message": "Meddelande",
    "goal": "mål",
    "kpi": "nyckeltal",
    "activity": "aktivitet",
    "behaviour": "beteende",
    "{n} check-in": "{n} incheckning",
    "{n} check-ins": "{n} incheckningar",
    "{n} change of defining fields": "{n} ändring av definierande fält",
    "{n} changes of defining fields": "{n} ändringar av definierande fält",
}


def tr(lang: str, english: str, **values: Any) -> str:
    """A label of the report or the history in ``lang``, with its values filled in."""
    template = SWEDISH.get(english, english) if lang == "sv" else english
    return template.format(**values) if values else template


# The report's own sentences (why progress cannot be computed, why there is nothing to report),
# written in English by report.py and progress.py and kept English in JSON and CSV; the text,
# Markdown and HTML formats say them in Swedish with the same facts.
_SENTENCES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.S), swedish)
    for pattern, swedish in (
        (
            r"no metric: add 'metric' with unit, direction, baseline and target",
            "inget mått: lägg till 'metric' med unit, direction, baseline och target",
        ),
        (
            r"a range goal needs 'metric.target' as \[low, high\]",
            "ett mål med intervall behöver 'metric.target' som [låg, hög]",
        ),
        (
            r"no target: set 'metric.target' to a number",
            "ingen målnivå: sätt 'metric.target' till ett tal",
        ),
        (
            r"no baseline: set 'metric.baseline' to where the goal started",
            "inget utgångsläge: sätt 'metric.baseline' till var målet började",
        ),
        (
            r"the target equals the baseline \((.+?)\): there is no way to go, so progress "
            r"cannot be computed; change 'metric.target'",
            "målnivån är densamma som utgångsläget (\\1): det finns ingen väg att gå, så "
            "framsteget kan inte räknas fram; ändra 'metric.target'",
        ),
        (r"unknown direction '(.*)'", "okänd riktning '\\1'"),
        (
            r"the KPI '(.+?)' is not in the repository at this revision",
            "nyckeltalet '\\1' finns inte i förrådet vid den här revisionen",
        ),
        (
            r"the KPI '(.+?)' records only values per team or person, no overall 'value' to "
            r"take; add 'value' to the KPI or 'metric.current' to this goal",
            "nyckeltalet '\\1' har bara värden per team eller person, inget samlat 'value' att "
            "ta; lägg till 'value' i nyckeltalet eller 'metric.current' i det här målet",
        ),
        (
            r"no deadline: pace cannot be computed; set 'deadline'",
            "inget slutdatum: takten kan inte räknas fram; sätt 'deadline'",
        ),
        (
            r"No goals or KPIs under '(.+?)' at commit (\w*); write one with 'goals new goal' and "
            r"commit it\.",
            "Inga mål eller nyckeltal under '\\1' i commit \\2; skriv ett med 'goals new goal' "
            "och committa det.",
        ),
        (
            r"Nothing to report yet: the repository has no commits\. Commit goal files under "
            r"'(.+?)' and run 'goals report' again\.",
            "Inget att rapportera än: förrådet har inga commits. Committa målfiler under '\\1' "
            "och kör 'goals report' igen.",
        ),
        (
            r"(.+?): cannot be read as a statement; run 'goals check' on it",
            "\\1: kan inte läsas som ett påstående; kör 'goals check' på filen",
        ),
    )
)


def sentence(lang: str, english: str) -> str:
    """One of the report's English sentences in ``lang``, with its facts (unchanged when no
    pattern knows it)."""
    if lang != "sv":
        return english
    for pattern, swedish in _SENTENCES:
        if pattern.fullmatch(english):
            return pattern.sub(swedish, english)
    return english
