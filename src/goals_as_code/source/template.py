"""New statement files: the front matter and body of each kind, in English or Swedish.

Every field of the kind is written: with its value when one is given, else as a comment that says
what to write. So a new file is valid as it is, and shows what is left to fill in.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from goals_as_code.source import yamlstrict

# field -> hint written in a comment when the field has no value
HINTS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "manager": "who agrees to it with you (e-mail)",
        "parent": "id of the company or team goal this goal serves",
        "kpi": "id of the KPI that measures it",
        "start": "YYYY-MM-DD",
        "deadline": "YYYY-MM-DD, the date the result shall be reached",
        "goal": "id of the goal this serves",
        "due": "YYYY-MM-DD, when it shall be done",
        "effort": "hours, or text such as '3 days'",
        "unit": "what the numbers count: hours, deals/month, %, ...",
        "direction": "increase | decrease",
        "frequency": "daily | weekly | monthly | each-meeting | ...",
        "value": "the latest measurement",
        "state": "todo | doing | done | dropped",
        "status": "draft | proposed | active | achieved | missed | dropped",
        "as_of": "YYYY-MM-DD of that measurement",
        "confidence": "{owner: 0.7, manager: 0.6}  how likely each of you thinks it is reached",
        "metric": "what is measured, from where to where:",
        "metric.unit": "hours",
        "metric.direction": "decrease  # increase | decrease | at_least | at_most | range | binary",
        "metric.baseline": "48  # where it is today",
        "metric.target": "24  # where it shall be by the deadline",
    },
    "sv": {
        "manager": "den som kommer överens med dig om det (e-post)",
        "parent": "id för företagets eller teamets mål som målet bidrar till",
        "kpi": "id för nyckeltalet som mäter det",
        "start": "ÅÅÅÅ-MM-DD",
        "deadline": "ÅÅÅÅ-MM-DD, datum då resultatet ska vara nått",
        "goal": "id för målet som detta bidrar till",
        "due": "ÅÅÅÅ-MM-DD, när det ska vara klart",
        "effort": "timmar, eller text som '3 dagar'",
        "unit": "vad talen räknar: timmar, affärer/månad, %, ...",
        "direction": "increase | decrease (högre eller lägre är bättre)",
        "frequency": "daily | weekly | monthly | each-meeting | ...",
        "value": "den senaste mätningen",
        "state": "todo | doing | done | dropped",
        "status": "draft | proposed | active | achieved | missed | dropped",
        "as_of": "ÅÅÅÅ-MM-DD för den mätningen",
        "confidence": "{owner: 0.7, manager: 0.6}  hur troligt ni var och en tror att målet nås",
        "metric": "vad som mäts, från vad till vad:",
        "metric.unit": "timmar",
        "metric.direction": "decrease  # increase | decrease | at_least | at_most | range | binary",
        "metric.baseline": "48  # där det är i dag",
        "metric.target": "24  # där det ska vara vid deadline",
    },
}

# the fields of each kind, in the order they are written (metric is its own block)
FIELDS: Mapping[str, tuple[str, ...]] = {
    "goal": (
        "manager",
        "parent",
        "kpi",
        "start",
        "deadline",
        "metric",
        "confidence",
        "frequency",
        "status",
    ),
    "kpi": ("manager", "unit", "direction", "frequency", "value", "as_of", "status"),
    "activity": ("manager", "goal", "start", "due", "state", "effort"),
    "behaviour": ("manager", "goal", "frequency", "status"),
}
METRIC_FIELDS = ("unit", "direction", "baseline", "target", "current", "as_of")

DEFAULT_STATUS = {"goal": "draft", "kpi": "active", "behaviour": "active"}

BODY: Mapping[str, Mapping[str, str]] = {
    "en": {
        "goal": "## Why\n\nWhat the result is worth, and to whom.\n\n"
        "## Activities\n\n- [ ] What I will do to reach it\n",
        "kpi": "## How it is measured\n\nWhere the numbers come from, and how often.\n",
        "activity": "## Why\n\nHow it helps the goal.\n",
        "behaviour": "## Why\n\nHow it helps the goal.\n",
    },
    "sv": {
        "goal": "## Varför\n\nVad resultatet är värt, och för vem.\n\n"
        "## Aktiviteter\n\n- [ ] Det jag ska göra för att nå målet\n",
        "kpi": "## Hur det mäts\n\nVarifrån talen kommer, och hur ofta.\n",
        "activity": "## Varför\n\nHur det hjälper målet.\n",
        "behaviour": "## Varför\n\nHur det hjälper målet.\n",
    },
}


def modeline(kind: str) -> str:
    """The comment that tells a YAML language server which schema the front matter follows."""
    from goals_as_code.source import schema

    return f"# yaml-language-server: $schema={schema.load(kind)['$id']}"


# plain words that YAML 1.1 readers (many editors) take for booleans or null: always quoted
YAML11_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"})


def scalar(value: Any) -> str:
    """``value`` as a YAML scalar that the strict loader reads back as the same value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value)
    loaded = yamlstrict.load(f"k: {text}\n")
    plain = not loaded.issues and loaded.data == {"k": text} and "#" not in text
    if plain and text.lower() not in YAML11_WORDS:
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def render(kind: str, values: Mapping[str, Any], statement: str, lang: str = "en") -> str:
    """The text of a new statement file of ``kind``.

    ``values`` holds ``id``, ``owner`` and any other field; ``values["metric"]`` is a mapping.
    Fields without a value are written as comments with a hint.
    """
    hints = HINTS[lang]
    lines = ["---", modeline(kind), f"id: {scalar(values['id'])}", f"kind: {kind}"]
    lines.append(f"owner: {scalar(values['owner'])}")
    for field in FIELDS[kind]:
        value = values.get(field)
        if field == "metric":
            lines.extend(_metric(value or {}, hints))
        elif field == "confidence" and value:
            parts = ", ".join(f"{who}: {scalar(level)}" for who, level in value.items())
            lines.append(f"confidence: {{{parts}}}")
        elif value is not None and value != "":
            lines.append(f"{field}: {scalar(value)}")
        elif field in hints:
            lines.append(f"# {field}: {hints[field]}")
    lines.append("---")
    lines.append(f"# {statement}")
    lines.append("")
    lines.append(BODY[lang][kind])
    return "\n".join(lines)


def _metric(metric: Mapping[str, Any], hints: Mapping[str, str]) -> list[str]:
    given = {key: metric[key] for key in METRIC_FIELDS if metric.get(key) is not None}
    if not given:
        return [f"# metric:  # {hints['metric']}"] + [
            f"#   {key}: {hints[f'metric.{key}']}"
            for key in ("unit", "direction", "baseline", "target")
        ]
    return ["metric:"] + [f"  {key}: {scalar(value)}" for key, value in given.items()]


def slug(text: str, limit: int = 60) -> str:
    """An id made from a statement: ASCII letters and digits joined by dashes."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            break
        out = candidate
    return out or "statement"
