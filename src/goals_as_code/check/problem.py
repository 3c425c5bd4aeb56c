"""The one record every finding becomes: parse errors, schema errors and rule findings alike."""

from __future__ import annotations

from typing import Literal, NamedTuple

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


class Problem(NamedTuple):
    """A finding at a place in a file. Field order is sort order: path, line, column, code."""

    path: str
    line: int  # 1-based line in the Markdown file
    column: int  # 1-based column
    code: str  # stable code, e.g. "T001"
    name: str  # readable kebab-case name, e.g. "missing-deadline"
    severity: Severity
    message: str

    def as_dict(self) -> dict[str, object]:
        return self._asdict()


class Result(NamedTuple):
    """What one run of the checker found: the problems, and how many files it read."""

    files: int
    problems: list[Problem]
    skipped: int = 0  # given files that are not statements (outside goals-dir, or excluded)

    @property
    def errors(self) -> int:
        return sum(problem.severity == "error" for problem in self.problems)

    @property
    def warnings(self) -> int:
        return sum(problem.severity == "warning" for problem in self.problems)
