"""Output formats for problems, chosen by name: text, json, github, sarif."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from urllib.parse import quote

from goals_as_code import __version__
from goals_as_code.check.problem import Problem, Result
from goals_as_code.i18n.messages import SEVERITY, plural, say, word
from goals_as_code.registry import Formats, to_json
from goals_as_code.source.inert import terminal

DOCS_URL = "https://goals-as-code.github.io/rules/#{code}"


def text(result: Result, lang: str = "en") -> str:
    lines = [  # user text in paths and messages shown, never obeyed by the terminal
        f"{terminal(p.path)}:{p.line}:{p.column}: {p.code} [{p.name}] {terminal(p.message)}"
        + ("" if p.severity == "error" else f" ({word(SEVERITY, p.severity, lang)})")
        for p in result.problems
    ]
    lines.append(summary(result, lang))
    return "\n".join(lines) + "\n"


def summary(result: Result, lang: str = "en") -> str:
    files = plural(lang, "{n} file", "{n} files", result.files)
    if not result.problems:
        return say(lang, "All good: {files} checked, no problems.", files=files)
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
    from goals_as_code.check import rules
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
                "helpUri": DOCS_URL.format(code=code.lower()),
                "defaultConfiguration": {"level": SARIF_LEVEL[rule.SEVERITY] if rule else "error"},
            }
        )
    results = [_sarif_result(p, index) for p in result.problems]
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "goals-as-code",
                        "version": __version__,
                        "informationUri": "https://goals-as-code.github.io/",
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


def _sarif_result(problem: Problem, index: Mapping[str, int]) -> dict[str, object]:
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
    }


FORMATS: Formats[Callable[[Result, str], str]] = Formats(
    {"text": text, "json": json_, "github": github, "sarif": sarif}
)
