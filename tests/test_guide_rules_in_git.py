"""The rules the guide asked for, each run by `goals check --format json` on a real repository:
the documented example, committed by the three people of the guide (Anna writes her goal, Erik
and Cecilia the statements it links to), is reported under the rule's name, and the documented
counter-example is not, in English and in Swedish."""

from __future__ import annotations

import json

import pytest

from goals_as_code.check import catalogue, rules

from .conftest import Repo, run

PEOPLE = (
    ("Anna Andersson", "anna@example.com"),
    ("Erik Eriksson", "erik@example.com"),
    ("Cecilia Carlsson", "cecilia@example.com"),
)
# the day the in-memory examples are checked as of (tests/lint.py)
TODAY = "2017-09-01"
NAMES = (
    "missing-agreement",
    "stale-agreement",
    "not-challenging",
    "unrealistic-pace",
    "kpi-unit-mismatch",
    "status-contradicts-progress",
    "not-first-person",
    "activity-undated",
    "activity-overdue",
    "unresolved-body-link",
    "checked-activity-not-done",
    "not-observable",
    "behaviour-without-frequency",
    "focus-limit",
    "no-parent",
    "template-placeholder",
    "kpi-unhealthy",
)
CASES = [
    (name, heading)
    for name in NAMES
    for heading in ("Example", "Use instead", "Example (sv)", "Use instead (sv)")
]


def reported(repo: Repo, capsys: pytest.CaptureFixture[str], name: str, heading: str) -> bool:
    """Whether `goals check` reports rule ``name`` in the first file of the section ``heading``
    of its documentation, each file committed by the next of the three people."""
    rule = rules.BY_NAME[name]
    files, config, _ = catalogue.example(rule, heading)
    options = config.get("rules", {})
    lines = [f"select = [{json.dumps(rule.CODE)}]"]
    for key, table in options.items():
        lines.append(f"[rules.{json.dumps(key)}]")
        lines += [f"{option} = {json.dumps(value)}" for option, value in table.items()]
    repo.write("goals.toml", "\n".join(lines) + "\n")
    for number, text in enumerate(files):
        repo.write(f"goals/file{number}.md", text)
        who = PEOPLE[number % len(PEOPLE)]
        repo.commit(f"file {number}", name=who[0], email=who[1])
    code, out, err = run(capsys, "check", "--format", "json", "--today", TODAY)
    problems = json.loads(out)["problems"]
    errors = any(problem["severity"] == "error" for problem in problems)
    assert (code, err) == (1 if errors else 0, "")
    found = [p["name"] for p in problems if p["path"] == "goals/file0.md"]
    assert set(found) <= {name}
    return name in found


@pytest.mark.parametrize(("name", "heading"), CASES)
def test_the_example_is_reported_by_name_and_the_counter_example_is_not(
    repo: Repo, capsys: pytest.CaptureFixture[str], name: str, heading: str
) -> None:
    assert reported(repo, capsys, name, heading) is heading.startswith("Example")
