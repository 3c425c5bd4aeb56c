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

from goals_as_code.i18n.messages import N_, say

# field -> hint written in a comment when the field has no value
HINTS: Mapping[str, str] = {
    "manager": N_("who agrees to it with you (e-mail)"),
    "parent": N_("id of the company or team goal this goal serves"),
    "top": N_("true for a company goal that serves no other goal"),
    "kpi": N_("id of the KPI that measures it"),
    "start": N_("YYYY-MM-DD"),
    "deadline": N_("YYYY-MM-DD, the date the result shall be reached"),
    "goal": N_("id of the goal this serves"),
    "due": N_("YYYY-MM-DD, when it shall be done"),
    "effort": N_("hours, or text such as '3 days'"),
    "unit": N_("what the numbers count: hours, deals/month, %, ..."),
    "direction": N_("increase | decrease"),
    "frequency": N_("daily | weekly | monthly | each-meeting | ..."),
    "value": N_("the latest measurement"),
    "state": N_("todo | doing | done | dropped"),
    "status": N_("draft | proposed | active | achieved | missed | dropped"),
    "as_of": N_("YYYY-MM-DD of that measurement"),
    "confidence": N_("{owner: 0.7, manager: 0.6}  how likely each of you thinks it is reached"),
    "metric": N_("what is measured, from where to where:"),
    "metric.unit": N_("hours"),
    "metric.direction": N_("decrease  # increase | decrease | at_least | at_most | range | binary"),
    "metric.baseline": N_("48  # where it is today"),
    "metric.target": N_("24  # where it shall be by the deadline"),
}

# the fields of each kind, in the order they are written (metric is its own block)
FIELDS: Mapping[str, tuple[str, ...]] = {
    "goal": (
        "manager",
        "shared",
        "parent",
        "top",
        "kpi",
        "start",
        "deadline",
        "metric",
        "confidence",
        "frequency",
        "status",
    ),
    "kpi": ("manager", "unit", "direction", "frequency", "healthy", "value", "as_of", "status"),
    "activity": ("manager", "goal", "start", "due", "state", "effort"),
    "behaviour": ("manager", "goal", "frequency", "status"),
}
METRIC_FIELDS = ("unit", "direction", "baseline", "target", "current", "as_of")

DEFAULT_STATUS = {"goal": "draft", "kpi": "active", "behaviour": "active"}

BODY: Mapping[str, str] = {
    "goal": N_(
        "## Why\n\nWhat the result is worth, and to whom.\n\n"
        "## Activities\n\n- [ ] What I will do to reach it\n"
    ),
    "kpi": N_("## How it is measured\n\nWhere the numbers come from, and how often.\n"),
    "activity": N_("## Why\n\nHow it helps the goal.\n"),
    "behaviour": N_("## Why\n\nHow it helps the goal.\n"),
}


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
    from goals_as_code.source import yamlstrict  # only when a file is written, not checked

    loaded = yamlstrict.load(f"k: {text}\n")
    plain = not loaded.issues and loaded.data == {"k": text} and "#" not in text
    if plain and text.lower() not in YAML11_WORDS:
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def render(
    kind: str, values: Mapping[str, Any], statement: str, lang: str = "en", body: str | None = None
) -> str:
    """The text of a new statement file of ``kind``.

    ``values`` holds ``id``, ``owner`` and any other field; ``values["metric"]`` is a mapping.
    Fields without a value are written as comments with a hint. ``body`` replaces the template's
    body (whose placeholders rule S004 reports in a proposed or active goal).
    """
    hints = {field: say(lang, hint) for field, hint in HINTS.items()}
    lines = ["---", f"id: {scalar(values['id'])}", f"kind: {kind}"]
    lines.append(f"owner: {scalar(values['owner'])}")
    for field in FIELDS[kind]:
        value = values.get(field)
        if field == "metric":
            lines.extend(_metric(value or {}, hints))
        elif field in ("confidence", "healthy") and value:
            parts = ", ".join(f"{who}: {scalar(level)}" for who, level in value.items())
            lines.append(f"{field}: {{{parts}}}")
        elif value is not None and value != "":
            lines.append(f"{field}: {scalar(value)}")
        elif field in hints:
            lines.append(f"# {field}: {hints[field]}")
    lines.append("---")
    lines.append(f"# {statement}")
    lines.append("")
    lines.append(body if body is not None else say(lang, BODY[kind]))
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
