"""The rule catalogue, read from the rule modules' docstrings: text, JSON and Markdown.

``docs/rules.md`` is generated from here; a test fails when it is stale. Regenerate it with::

    python -m tools.rules_doc --write docs/rules.md

A docstring's sections are Markdown headings (``## What it does``, ``## Why is this bad?``,
``## Example``, ``## Use instead``, optionally ``## Options``). In *Example* and *Use instead* the
first ``markdown`` block is the file the rule looks at, further ``markdown`` blocks are other files
of the same repository, and a ``toml`` block gives the configuration (``[rules.NAME]`` options).
A change rule's example is a change instead: its first ``markdown`` block is the statement at the
base, the second the same statement at the head; ``author="Name <address>"`` after ``markdown``
names who commits that version. The tests run every example through the checker, or through
``goals review`` on a Git repository.

The prose is English, and each of its paragraphs (each item of a list) is a message id, so that
``goals explain --lang sv`` says it in Swedish. The examples of another language are sections of
their own, the language's code after the heading: ``## Example (sv)`` and ``## Use instead (sv)``;
``goals explain`` shows them for that language, and the English ones, under a note, for a
language that has none. ``docs/rules.md`` is English.
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from goals_as_code import HOME
from goals_as_code.check import rules
from goals_as_code.check.rules._base import GATES, Described, documentation, summary
from goals_as_code.i18n.messages import N_, SEVERITY, SOURCE, say, word
from goals_as_code.markdown import writer
from goals_as_code.registry import Formats

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

# The headings every docstring has, and the optional one; 'goals explain' says them, and the
# paragraphs under them, in the configured language.
HEADINGS = (N_("What it does"), N_("Why is this bad?"), N_("Example"), N_("Use instead"))
OPTIONS_HEADING = N_("Options")
EXAMPLES = HEADINGS[2:]
ENGLISH_EXAMPLE = N_("There is no example in this language yet; here is the English one.")
WIDTH = 100

_IN_LANGUAGE = re.compile(r"^(.+) \(([a-z]{2,3})\)$")  # "Example (sv)"
_ITEM = re.compile(r"^[-*] ")
_CODE = re.compile(r"`[^`]*`")
_KEEP = "\x00"  # a space inside a code span, which no line break splits

_FENCE = re.compile(r"^```(\w*)([^\n]*)\n(.*?)^```$", re.M | re.S)
_AUTHOR = re.compile(r'\bauthor="([^"<]*?)\s*<([^">]+)>"')


class Example(NamedTuple):
    """The files (first: the one the rule looks at) and the configuration of one example; for a
    change rule, the statement at the base and at the head, and who committed each version."""

    files: list[str]
    config: dict[str, Any]
    authors: list[tuple[str, str] | None]  # (name, address) per file, when its fence names one


def sections(rule: Described) -> dict[str, str]:
    """The docstring's sections by heading, each body stripped (headings in code blocks stay)."""
    doc = documentation(rule)
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    fenced = False
    for line in doc.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        if not fenced and line.startswith("## "):
            current = found.setdefault(line[3:].strip(), [])
        elif current is not None:
            current.append(line)
    return {heading: "\n".join(lines).strip() for heading, lines in found.items()}


def in_language(heading: str, lang: str) -> str:
    """The heading of ``heading``'s section in ``lang``: ``Example (sv)``."""
    return heading if lang == SOURCE else f"{heading} ({lang})"


def paragraphs(body: str) -> list[tuple[str, str]]:
    """The paragraphs of a prose section, each list item on its own, as ``(lead, id)``: the
    lead is the item's marker (``"- "``) or empty, the id the text with its lines joined."""
    found: list[tuple[str, str]] = []
    for block in re.split(r"\n\s*\n", body.strip()):
        lines = block.splitlines()
        if lines and _ITEM.match(lines[0]):
            items: list[list[str]] = []
            for line in lines:
                if _ITEM.match(line) or not items:
                    items.append([line[2:]])
                else:
                    items[-1].append(line)
            found += [("- ", " ".join(" ".join(item).split())) for item in items]
        elif block.strip():
            found.append(("", " ".join(block.split())))
    return found


def prose(rule: Described) -> list[str]:
    """The message ids of ``rule``'s documentation: every paragraph but the examples."""
    return [
        text
        for heading, body in sections(rule).items()
        if heading not in EXAMPLES and not _IN_LANGUAGE.match(heading)
        for _, text in paragraphs(body)
    ]


def _said(body: str, lang: str) -> str:
    """A prose section in ``lang``, wrapped as the docstrings are (English as written)."""
    if lang == SOURCE:
        return body
    parts = paragraphs(body)
    said = [
        textwrap.fill(
            _CODE.sub(lambda span: span.group().replace(" ", _KEEP), say(lang, text)),
            WIDTH,
            initial_indent=lead,
            subsequent_indent=" " * len(lead),
            break_long_words=False,
            break_on_hyphens=False,
        ).replace(_KEEP, " ")
        for lead, text in parts
    ]
    return _join(parts, said)


def _join(parts: list[tuple[str, str]], said: list[str]) -> str:
    """Paragraphs apart by a blank line, the items of one list line by line."""
    text = ""
    for index, ((lead, _), words) in enumerate(zip(parts, said, strict=True)):
        if index:
            text += "\n" if lead and parts[index - 1][0] else "\n\n"
        text += words
    return text


def example(rule: Described, heading: str) -> Example:
    """The files and configuration of the *Example* or *Use instead* section of ``rule``."""
    files: list[str] = []
    config: dict[str, Any] = {}
    authors: list[tuple[str, str] | None] = []
    for fence, info, body in _FENCE.findall(sections(rule).get(heading, "")):
        if fence == "toml" and "file=" not in info:  # a named file is an example's file
            config.update(tomllib.loads(body))
        else:
            files.append(body)
            author = _AUTHOR.search(info)
            authors.append((author.group(1), author.group(2)) if author else None)
    return Example(files, config, authors)


def options_text(rule: Described) -> str:
    """The options of ``rule`` as ``name = default`` pairs, or an empty text."""
    return ", ".join(f"{key} = {_toml(value)}" for key, value in rule.OPTIONS.items())


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value)
    return str(value)


CHANGE_NOTE = N_(
    "A change rule: `goals review` runs it on each statement a range of commits changes, and "
    "`goals check`, which sees one revision, never does."
)


def is_change(rule: Described) -> bool:
    """Whether ``rule`` compares two revisions (family C) rather than one file."""
    return rule.CODE.startswith("C")


def family(rule: Described, lang: str = "en") -> str:
    return word(rules.FAMILIES, rule.CODE[0], lang) if rule.CODE[0] in rules.FAMILIES else ""


def text(selected: Sequence[Described] = rules.RULES, lang: str = "en") -> str:
    """One line per rule: code, name, severity, summary."""
    width = max((len(rule.NAME) for rule in selected), default=0)
    levels = {level: word(SEVERITY, level, lang) for level in SEVERITY}
    level_width = max(len(level) for level in levels.values())
    return "".join(
        f"{rule.CODE}  {rule.NAME:<{width}}  {levels[rule.SEVERITY]:<{level_width}}  "
        f"{say(lang, summary(rule))}\n"
        for rule in selected
    )


def as_json(selected: Sequence[Described] = rules.RULES, lang: str = "en") -> str:
    """The catalogue as a JSON list (with each rule's documentation sections)."""
    entries = [
        {
            "code": rule.CODE,
            "name": rule.NAME,
            "family": family(rule),
            "severity": rule.SEVERITY,
            "options": dict(rule.OPTIONS),
            "summary": say(lang, summary(rule)),
            "sections": sections(rule),
        }
        for rule in selected
    ]
    return json.dumps(entries, indent=2, ensure_ascii=False) + "\n"


TRUST_HEADING = N_("What an acceptance proves")
TRUST = (
    N_(
        "Git records who made a commit as the committer says: a name and an address are typed, "
        "not proven. Without signatures, an acceptance or an agreement proves that a commit "
        "wrote it under its holder's name and address, and that nothing in the commit says "
        "otherwise: its author and committer are the same person, and the address is not used "
        "under the other party's name. It does not stop someone who sets both name and address "
        "to another's on their own machine."
    ),
    N_(
        "With signatures (`require-signatures = true` and `allowed-signers` in the "
        "configuration), it proves that the holder of a key listed for exactly that person in "
        "the repository's allowed-signers file made the commit: `git log --format=%G?` says `G`. "
        "An unsigned commit, a key listed for someone else, or a key listed nowhere never "
        "vouches."
    ),
    N_(
        "The Git host adds the rest: protected branches, required reviews, and CODEOWNERS for "
        "the configuration and the allowed-signers file. A goal cannot switch these rules off "
        "in its own front matter, and `goals review` judges a change by the base's "
        "configuration and reports a change to it, to the signers file or to a goal's manager "
        "as an error. See docs/acceptance.md."
    ),
)


def explain(rule: Described, lang: str = "en") -> str:
    """One rule as Markdown: title, summary, options and the docstring's sections, in ``lang``:
    the prose through the catalogue, the examples of ``lang`` where the docstring has them."""
    lines = [f"# {rule.CODE} {rule.NAME}", "", say(lang, summary(rule)), ""]
    lines.append(
        say(
            lang,
            "Family: {letter} ({family}). Default severity: {severity}.",
            letter=rule.CODE[0],
            family=family(rule, lang),
            severity=word(SEVERITY, rule.SEVERITY, lang),
        )
    )
    if is_change(rule):
        lines += ["", say(lang, CHANGE_NOTE)]
    if rule.OPTIONS:
        lines.append(
            say(
                lang,
                "Options (`[tool.goals.rules.{name}]`): `{options}`.",
                name=rule.NAME,
                options=options_text(rule),
            )
        )
    lines.append("")
    found = sections(rule)
    for heading, body in found.items():
        if _IN_LANGUAGE.match(heading):
            continue  # said below, in place of its English section
        if heading in EXAMPLES:
            own = found.get(in_language(heading, lang))
            body = own or f"{say(lang, ENGLISH_EXAMPLE)}\n\n{body}"
        else:
            body = _said(body, lang)
        lines += [f"## {say(lang, heading)}", "", body, ""]
    if rule.CODE in GATES:
        lines += [f"## {say(lang, TRUST_HEADING)}", ""]
        for paragraph in TRUST:
            lines += [say(lang, paragraph), ""]
    return "\n".join(lines).rstrip() + "\n"


PAGE = f"{HOME}/blob/main/docs/rules.md"


def anchor(rule: Described) -> str:
    """The anchor of a rule's section in ``docs/rules.md``, as GitHub makes it from the heading
    ``#### F001 front-matter-missing``."""
    return f"{rule.CODE.lower()}-{rule.NAME}"


def help_url(rule: Described) -> str:
    """Where a rule is explained on the web: its section of ``docs/rules.md``."""
    return f"{PAGE}#{anchor(rule)}"


def markdown(selected: Sequence[Described] = rules.RULES) -> str:
    """The whole catalogue as the Markdown page ``docs/rules.md``."""
    out = [
        "# Rules",
        "",
        "<!-- Generated from the rule modules by "
        "'python -m tools.rules_doc --write docs/rules.md'; do not edit. -->",
        "",
        "Every rule has a stable code and a readable name; either one works in `select`, "
        "`ignore`, `severity`, `[rules.NAME]` options and a file's `suppress` map. "
        "`goals rules` lists them and `goals explain CODE` prints one.",
        "",
        "## Configuration",
        "",
        "In `pyproject.toml` under `[tool.goals]`, or at the top level of `goals.toml`:",
        "",
        "```toml",
        "[tool.goals]",
        'language = "sv"                  # messages in Swedish (or --lang sv)',
        'select = ["ALL"]                 # codes, names, or families: "T", "G", ...',
        'ignore = ["R001"]',
        "",
        "[tool.goals.severity]",
        'low-confidence = "error"         # error, warning, info or off',
        'T = "warning"                    # a whole family',
        "",
        "[tool.goals.commit-severity]     # over severity, when the hooks check a commit",
        'A005 = "warning"                 # the default: a proposed change reaches review',
        "",
        "[tool.goals.rules.focus-limit]   # options, by code or name",
        "max-active = 3",
        "```",
        "",
        "The most specific selector wins: a code or name over a family, a family over `ALL`. An "
        "unknown rule or option is a setup error (exit 2) that names it.",
        "",
        "Severity depends on where a check runs. When a commit is being made (the pre-commit "
        "hook, the plain hook, or `goals check --at-commit`), `commit-severity` applies over "
        "`severity`; in CI and in `goals review`, `severity` alone. By default a stale acceptance "
        "(A005) is a warning at commit time and an error elsewhere: the owner commits a proposed "
        "change to an accepted goal, the review shows it, and the manager accepts it again. Set "
        "`commit-severity = {}` to refuse such commits too.",
        "",
        "## Suppression in a file",
        "",
        "A file can switch rules off for itself, each with its reason, in its front matter. An "
        "entry that suppresses nothing is reported (F011), and one that names no rule is an "
        "error (F012).",
        "",
        "```yaml",
        "suppress:",
        '  missing-deadline: "the date is set at the kick-off on 15 January"',
        '  G001: "agreed with Erik: this delivery is the result we are paid for"',
        "```",
        "",
        "`deadline-passed` compares with today; `goals check --today YYYY-MM-DD` (or the "
        "environment variable `GOALS_TODAY`) checks as of another day.",
        "",
        "## Change rules",
        "",
        "The C rules compare two revisions of a statement: `goals review BASE..HEAD` runs them on "
        "each statement the range changes, and `goals check` never does. Their findings are "
        "reported at the head's lines, and are selected, ignored, re-levelled and suppressed "
        "(in the head's front matter) like every other rule's; `goals review` takes `--select` "
        "and `--ignore` too.",
        "",
        "## Catalogue",
        "",
    ]
    out += writer.table(
        ["code", "name", "severity", "what it reports"],
        [
            [
                f"[{rule.CODE}](#{anchor(rule)})",
                writer.code(rule.NAME),
                rule.SEVERITY,
                summary(rule),  # the project's own Markdown: its code spans render
            ]
            for rule in selected
        ],
    )
    current = ""
    for rule in selected:
        if rule.CODE[0] != current:
            current = rule.CODE[0]
            out += [f"### {current}: {family(rule)}", ""]
        body = explain(rule).replace("\n## ", "\n##### ").replace("# ", "#### ", 1)
        out += [body.rstrip(), ""]
    return "\n".join(out).rstrip() + "\n"


def _markdown(selected: Sequence[Described], lang: str) -> str:
    return markdown(selected)  # the documentation page, in English like the rest of docs/


FORMATS: Formats[Callable[[Sequence[Described], str], str]] = Formats(
    {"text": text, "json": as_json, "markdown": _markdown}
)
