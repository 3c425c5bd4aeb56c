"""Output formats for problems, chosen by name: text, json, github, sarif, gitlab, junit."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from urllib.parse import quote

from goals_as_code import HOME, __version__
from goals_as_code.check.problem import Problem, Result
from goals_as_code.i18n.messages import SEVERITY, plural, say, word
from goals_as_code.registry import Formats, to_json
from goals_as_code.source.inert import terminal


def text(result: Result, lang: str = "en", *, colour: bool = False) -> str:
    """A line for each problem, ``path:line:column: CODE [name] message``, and a summary; with
    ``colour``, the path in bold and the code in its severity's colour, as on a terminal."""
    return "".join(text_lines(result, lang, colour=colour))


def text_lines(
    result: Result, lang: str = "en", *, colour: bool = False, totals: bool = True
) -> Iterator[str]:
    """The lines of :func:`text`, each with its newline, one at a time: a run with 200,000
    problems writes them as they come instead of holding them all twice more. ``totals``: end
    with the summary line."""
    paint = _paint if colour else _plain
    said = {level: f" ({word(SEVERITY, level, lang)})" for level in SEVERITY_COLOUR}
    for p in result.problems:  # user text in paths and messages shown, never obeyed
        yield (
            f"{paint(terminal(p.path), bold=True)}:{p.line}:{p.column}: "
            f"{paint(p.code, fg=SEVERITY_COLOUR[p.severity], bold=True)} "
            f"{paint(f'[{p.name}]', dim=True)} {terminal(p.message)}"
            + ("" if p.severity == "error" else said[p.severity])
            + "\n"
        )
    if totals:
        yield summary(result, lang) + "\n"


SEVERITY_COLOUR = {"error": "red", "warning": "yellow", "info": "cyan"}


def _paint(text: str, **style: object) -> str:
    import click

    return click.style(text, **style)  # type: ignore[arg-type]


def _plain(text: str, **style: object) -> str:
    del style
    return text


def colour_wanted() -> bool:
    """Whether the standard output is coloured: on a terminal unless ``NO_COLOR`` is set (to
    anything but the empty string, https://no-color.org); ``FORCE_COLOR`` colours it anywhere."""
    import os
    import sys

    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


def summary(result: Result, lang: str = "en") -> str:
    files = plural(lang, "{n} file", "{n} files", result.files)
    if not result.files and result.skipped:
        return say(lang, "Nothing to check: no statement file among the files given.")
    if not result.problems:
        return plural(
            lang,
            "All good: {n} file checked, no problems.",
            "All good: {n} files checked, no problems.",
            result.files,
        )
    counts = [plural(lang, "{n} error", "{n} errors", result.errors)]
    if result.warnings:
        counts.append(plural(lang, "{n} warning", "{n} warnings", result.warnings))
    infos = len(result.problems) - result.errors - result.warnings
    if infos:
        counts.append(plural(lang, "{n} info", "{n} info", infos))
    return say(lang, "Found {counts} in {files}.", counts=", ".join(counts), files=files)


def json_(result: Result, lang: str = "en") -> str:
    del lang  # read by programs: the same in every language
    payload = {"files": result.files, "problems": [p.as_dict() for p in result.problems]}
    return to_json(payload) + "\n"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def github(result: Result, lang: str = "en") -> str:
    del lang  # workflow commands, read by GitHub: the same in every language
    lines = [
        f"::{GITHUB_LEVEL[p.severity]} file={_escape_property(p.path)},line={p.line},"
        f"col={p.column},title={_escape_property(f'{p.code} {p.name}')}::{_escape_data(p.message)}"
        for p in result.problems
    ]
    lines.append(summary(result))
    return "\n".join(lines) + "\n"


SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def sarif(result: Result, lang: str = "en") -> str:
    del lang  # read by programs: the same in every language
    from goals_as_code.check import catalogue, rules
    from goals_as_code.check.rules._base import summary as rule_summary

    used: list[str] = sorted({p.code for p in result.problems})
    index = {code: number for number, code in enumerate(used)}
    descriptors = []
    for code in used:
        rule = rules.lookup(code)
        descriptors.append(
            {
                "id": code,
                "name": rule.NAME if rule else code,
                "shortDescription": {"text": rule_summary(rule) if rule else code},
                **({"helpUri": catalogue.help_url(rule)} if rule else {}),
                "defaultConfiguration": {"level": SARIF_LEVEL[rule.SEVERITY] if rule else "error"},
            }
        )
    prints = fingerprints(result.problems)
    results = [_sarif_result(p, index, f) for p, f in zip(result.problems, prints, strict=True)]
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "goals-as-code",
                        "version": __version__,
                        "informationUri": HOME,
                        "rules": descriptors,
                    }
                },
                "originalUriBaseIds": {
                    "%SRCROOT%": {"description": {"text": "The repository root."}}
                },
                "results": results,
            }
        ],
    }
    return to_json(log) + "\n"


def _sarif_result(problem: Problem, index: Mapping[str, int], print_: str) -> dict[str, object]:
    return {
        "ruleId": problem.code,
        "ruleIndex": index[problem.code],
        "level": SARIF_LEVEL[problem.severity],
        "message": {"text": problem.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": quote(problem.path), "uriBaseId": "%SRCROOT%"},
                    "region": {"startLine": problem.line, "startColumn": problem.column},
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT: print_},
    }


FINGERPRINT = "goalsAsCode/v1"


def fingerprints(problems: Sequence[Problem]) -> list[str]:
    """A stable identity of each problem, for code scanning and GitLab to follow it across runs:
    its file, rule and message, and how many equal ones come before it, but not its line, so that
    a problem keeps its identity when lines above it move."""
    import hashlib  # here: loading OpenSSL costs every check 3 ms

    seen: Counter[tuple[str, str, str]] = Counter()
    found = []
    for problem in problems:
        key = (problem.path, problem.code, problem.message)
        text = "\0".join((*key, str(seen[key])))
        seen[key] += 1
        found.append(hashlib.sha256(text.encode("utf-8")).hexdigest()[:32])
    return found


GITLAB_SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def gitlab(result: Result, lang: str = "en") -> str:
    """A GitLab Code Quality report: a JSON list of issues (``artifacts:reports:codequality``)."""
    del lang  # read by GitLab: the same in every language
    issues = [
        {
            "description": f"{p.code} [{p.name}] {p.message}",
            "check_name": p.code,
            "fingerprint": print_,
            "severity": GITLAB_SEVERITY[p.severity],
            "location": {"path": p.path, "lines": {"begin": p.line}},
        }
        for p, print_ in zip(result.problems, fingerprints(result.problems), strict=True)
    ]
    return to_json(issues) + "\n"


def junit(result: Result, lang: str = "en") -> str:
    """A JUnit XML report: a test suite for each file with problems, a failing test case for each
    problem (one passing case when there is none), as CI servers show test results."""
    del lang  # read by CI servers: the same in every language
    from xml.etree import ElementTree

    errors = len(result.problems)
    root = ElementTree.Element(
        "testsuites", name="goals-as-code", tests=str(max(errors, 1)), failures=str(errors)
    )
    by_file: dict[str, list[Problem]] = {}
    for problem in result.problems:
        # XML 1.0 holds no control characters: user text in paths and messages shown escaped
        shown = problem._replace(path=terminal(problem.path), message=terminal(problem.message))
        by_file.setdefault(shown.path, []).append(shown)
    if not by_file:
        suite = ElementTree.SubElement(
            root, "testsuite", name="goals-as-code", tests="1", failures="0"
        )
        ElementTree.SubElement(suite, "testcase", name="no problems", classname="goals-as-code")
    for path, problems in by_file.items():
        suite = ElementTree.SubElement(
            root, "testsuite", name=path, tests=str(len(problems)), failures=str(len(problems))
        )
        for p in problems:
            case = ElementTree.SubElement(
                suite,
                "testcase",
                name=f"{p.code} {p.name}",
                classname=path,
                file=path,
                line=str(p.line),
            )
            failure = ElementTree.SubElement(case, "failure", message=p.message, type=p.severity)
            failure.text = f"{p.path}:{p.line}:{p.column}: {p.code} [{p.name}] {p.message}"
    ElementTree.indent(root)
    body = ElementTree.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def statistics(result: Result, lang: str = "en") -> str:
    """The problems counted per rule, the most frequent first, one line each as ruff prints
    them: count, code, name."""
    counts = Counter((p.code, p.name) for p in result.problems)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    width = max((len(str(n)) for _, n in ordered), default=1)
    code_width = max((len(code) for (code, _), _ in ordered), default=1)
    lines = [f"{n:>{width}}\t{code:<{code_width}}\t{name}" for (code, name), n in ordered]
    lines.append(summary(result, lang))
    return "\n".join(lines) + "\n"


def statistics_json(result: Result, lang: str = "en") -> str:
    del lang  # read by programs: the same in every language
    counts = Counter((p.code, p.name) for p in result.problems)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    payload = [{"code": code, "name": name, "count": n} for (code, name), n in ordered]
    return to_json(payload) + "\n"


FORMATS: Formats[Callable[[Result, str], str]] = Formats(
    {
        "text": text,
        "json": json_,
        "github": github,
        "sarif": sarif,
        "gitlab": gitlab,
        "junit": junit,
    }
)

# '--statistics' in the formats that have it
STATISTICS: Formats[Callable[[Result, str], str]] = Formats(
    {"text": statistics, "json": statistics_json}
)
