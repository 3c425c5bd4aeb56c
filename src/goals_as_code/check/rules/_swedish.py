"""Swedish wording of the messages that the reader and the schema check write in English.

The F and V rules report what ``document.py``, ``yamlstrict.py``, ``tree.py`` and ``schema.py``
found; those write English, with the facts (lines, keys, values) inside the text. Each pattern
below matches one English message and says it in Swedish with the same facts. A message that
matches no pattern keeps its English text; the YAML parser's own words get a Swedish lead.
"""

from __future__ import annotations

import re

_TYPES = {
    "text": "text",
    "a number": "ett tal",
    "a whole number": "ett heltal",
    "a mapping of 'key: value' lines": "rader med 'nyckel: värde'",
    "a list": "en lista",
    "true or false": "true eller false",
}

_SUFFIX = re.compile(r" \(first written on line (\d+)\); keep one of them$")

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.S), swedish)
    for pattern, swedish in (
        (
            r"the front matter is ([\d,]+) bytes, more than the limit of ([\d,]+); "
            r"move long text below the front matter",
            "front matter är \\1 byte, mer än gränsen \\2; flytta lång text till under "
            "front matter",
        ),
        (
            r"the file is ([\d,]+) bytes, more than ([\d,]+); .*",
            "filen är \\1 byte, mer än \\2; en fil rymmer ett påstående och dess anteckningar",
        ),
        (
            r"the front matter is empty; write fields as 'key: value' lines .*",
            "front matter är tom; skriv fälten som rader med 'nyckel: värde' (se 'goals new "
            "--help')",
        ),
        (
            r"the front matter is an? (\w+), not a mapping; write fields as 'key: value' .*",
            "front matter är ett enskilt värde eller en lista (\\1), inte rader med 'nyckel: "
            "värde'; skriv fälten så (se 'goals new --help')",
        ),
        (
            r"the front matter opened with '---' on line 1 is never closed; .*",
            "front matter som börjar med '---' på rad 1 avslutas aldrig; lägg till en rad med "
            "'---' efter sista fältet",
        ),
        (
            r"the front matter must start on line 1; .*",
            "front matter måste börja på rad 1; ta bort de tomma raderna ovanför '---'",
        ),
        (
            r"the file has no front matter; .*",
            "filen saknar front matter; börja den med '---', fälten (id, kind, owner, ...) och "
            "'---' (se 'goals new --help')",
        ),
        (
            r"a second H1 heading; a file holds one statement \(the first H1, line (\d+)\): .*",
            "en andra H1-rubrik; en fil rymmer ett påstående (den första H1-rubriken, rad \\1): "
            "gör den här till en '##'-rubrik eller flytta den till en egen fil",
        ),
        (
            r"no statement: write it as the first H1 heading below the front matter, .*",
            "inget påstående: skriv det som första H1-rubrik under front matter, t.ex. "
            "'# Jag ska sänka svarstiden från 48 till 24 timmar till den 30 juni'",
        ),
        (
            r"the file is not UTF-8 \(byte (\d+)\); save it as UTF-8",
            "filen är inte UTF-8 (byte \\1); spara den som UTF-8",
        ),
        (r"cannot read the file: (.*)", "kan inte läsa filen: \\1"),
        (r"duplicate key (.+)", "nyckeln \\1 finns två gånger"),
        (
            r"anchors and aliases \(&name, \*name\) are not allowed in front matter; .*",
            "ankare och alias (&namn, *namn) är inte tillåtna i front matter; skriv ut värdet "
            "i sin helhet",
        ),
        (
            r"the tag (.+) is not allowed; use plain values .*",
            "taggen \\1 är inte tillåten; använd vanliga värden (text, tal, true/false, listor "
            "och nycklar med värden)",
        ),
        (
            r"keys must be plain words, .*",
            "nycklar måste vara vanliga ord, inte listor, nycklar med värden eller specialvärden",
        ),
        (
            r"missing required field '([^']+)'(?: \(.*\))?",
            "det obligatoriska fältet '\\1' saknas",
        ),
        (
            r"unknown field '([^']+)': did you mean '([^']+)'\? .*",
            "okänt fält '\\1': menade du '\\2'? (nycklar som börjar med 'x-' är fria att "
            "använda för egna uppgifter)",
        ),
        (
            r"unknown field '([^']+)': allowed here: (.*) \(keys starting .*",
            "okänt fält '\\1': tillåtna här: \\2 (nycklar som börjar med 'x-' är fria att "
            "använda för egna uppgifter)",
        ),
        (
            r"'([^']+)' is (.+), which is not a date; write YYYY-MM-DD, e\.g\. 2017-06-30",
            "'\\1' är \\2, vilket inte är ett datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2017-06-30",
        ),
        (
            r"'([^']+)' is (.+), which is not allowed here(.*)",
            "'\\1' är \\2, vilket inte är tillåtet här\\3",
        ),
        (
            r"'([^']+)' is (.+); allowed: (.+); did you mean '([^']+)'\?",
            "'\\1' är \\2; tillåtet: \\3; menade du '\\4'?",
        ),
        (r"'([^']+)' is (.+); allowed: (.+)", "'\\1' är \\2; tillåtet: \\3"),
        (r"'([^']+)' is (.+); expected (.+)", "'\\1' är \\2; förväntat: \\3"),
        (
            r"'([^']+)': (.+) is greater than the maximum of (.+)",
            "'\\1': \\2 är större än största tillåtna värdet \\3",
        ),
        (
            r"'([^']+)': (.+) is less than the minimum of (.+)",
            "'\\1': \\2 är mindre än minsta tillåtna värdet \\3",
        ),
        (r"'([^']+)': (.+) should be non-empty", "'\\1': \\2 får inte vara tomt"),
        (r"'([^']+)': (.+) is too short", "'\\1': \\2 är för kort"),
        (r"'([^']+)': (.+) has non-unique elements", "'\\1': \\2 har dubbletter"),
    )
)
_TYPE = re.compile(r"'([^']+)' must be (.+), not (.+)")


def translate(message: str, kind: str = "schema") -> str:
    """``message`` in Swedish, facts kept; ``kind`` is the reading issue's kind, if any."""
    suffix = ""
    found = _SUFFIX.search(message)
    if found:
        message = message[: found.start()]
        suffix = f" (först skriven på rad {found.group(1)}); behåll en av dem"
    typed = _TYPE.fullmatch(message)
    if typed:
        words = " eller ".join(
            _TYPES.get(word, word) for word in re.split(r" or (?=a |text|true)", typed.group(2))
        )
        return f"'{typed.group(1)}' måste vara {words}, inte {_value(typed.group(3))}" + suffix
    for pattern, swedish in _PATTERNS:
        matched = pattern.fullmatch(message)
        if matched:
            return matched.expand(swedish).replace("null (empty)", "null (tomt)") + suffix
    if kind == "syntax":
        return f"YAML-fel: {message}{suffix}"
    return message + suffix


def _value(text: str) -> str:
    return "null (tomt)" if text == "null (empty)" else text
