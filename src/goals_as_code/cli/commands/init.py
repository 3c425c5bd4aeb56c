"""goals init: set up a repository for goals: configuration, examples and the pre-commit entry."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import click

from goals_as_code import HOME
from goals_as_code.i18n.messages import N_, say
from goals_as_code.source import config as config_module
from goals_as_code.source import files, template

REPOSITORY = HOME
HOOK_ID = "check-goals"

HELP = f"""Set up this folder (the top of a Git repository) for goals.

Writes goals.toml, one example of each kind in the goals folder (a company goal, a personal
goal that serves it and names its KPI, the KPI, an activity and a behaviour), and adds the
'{HOOK_ID}' hook to .pre-commit-config.yaml. Nothing is ever overwritten: a file that exists
is left as it is (and said so), the examples are written only into an empty goals folder, and
the hook entry is added to an existing .pre-commit-config.yaml only when it is not there yet.

The entry is a local hook ('repo: local', 'language: system') that runs the 'goals' command you
installed with pip, so it works at once and offline; 'goals' must be on the PATH of whoever
commits (an activated virtual environment, or pipx). docs/pre-commit.md has the remote form.

Then run 'pre-commit install' (or 'goals install-hook' without pre-commit) and 'goals check'.

\b
Examples:
  goals init
  goals init --lang sv
  goals init --no-examples
"""

CONFIG_TEXT = """\
# goals-as-code: where the statement files are, and the language of messages
goals-dir = "goals"
language = "{lang}"
exclude = ["README.md"]
"""

# A local hook that runs the 'goals' installed with pip: it works at once, offline, with no
# release to name. The remote form (repo: REPOSITORY, rev: a release tag) is in docs/pre-commit.md.
PRE_COMMIT_ENTRY = f"""\
  - repo: local
    hooks:
      - id: {HOOK_ID}
        name: check goals
        entry: goals check
        language: system
        types: [markdown]
        require_serial: true
"""


def example_statements(
    lang: str, year: int, today: datetime.date | None = None
) -> list[tuple[str, str, dict[str, Any], str]]:
    """(path under goals/, kind, values, statement) of each example, dated in ``year``; the
    activity starts ``today`` and is due three months later (or at the end of the year), so that
    it is not overdue the day it is written."""
    start, deadline = f"{year}-01-01", f"{year}-12-31"
    begun = today or datetime.date(year, 1, 1)
    due = min(begun + datetime.timedelta(days=91), datetime.date(year, 12, 31))
    anna = {"owner": "anna@example.com", "manager": "erik@example.com"}
    sv = lang == "sv"
    company = "kundnojdhet" if sv else "customer-satisfaction"
    goal = "svarstid" if sv else "faster-replies"
    kpi = "svarstid-kundservicemail" if sv else "email-reply-time"
    top, team = ("foretaget", "kundservice") if sv else ("company", "support")
    return [
        (
            f"{top}/{company}-{year}.md",
            "goal",
            {
                "id": f"{company}-{year}",
                "owner": "erik@example.com",
                "manager": "cecilia@example.com",
                "shared": True,
                "start": start,
                "deadline": deadline,
                "metric": {"unit": "%", "direction": "increase", "baseline": 80, "target": 90},
                "top": True,
                "confidence": {"owner": 0.8, "manager": 0.7},
                "status": "proposed",
            },
            f"Vi skall öka andelen nöjda kunder från 80 % till 90 % under {year}"
            if sv
            else f"We will raise the share of satisfied customers from 80 % to 90 % during {year}",
        ),
        (
            f"{team}/{goal}.md",
            "goal",
            {
                "id": goal,
                **anna,
                "parent": f"{company}-{year}",
                "kpi": kpi,
                "start": start,
                "deadline": deadline,
                "metric": {
                    "unit": "timmar" if sv else "hours",
                    "direction": "decrease",
                    "baseline": 48,
                    "target": 24,
                },
                "confidence": {"owner": 0.7, "manager": 0.6},
                "status": "proposed",
            },
            "Jag skall förbättra svarstiden på mina kundservicemail från 48 timmar till "
            f"24 timmar till den 31 december {year}"
            if sv
            else "I will improve the reply time of my customer service e-mails from 48 hours "
            f"to 24 hours by 31 December {year}",
        ),
        (
            f"{team}/{kpi}.md",
            "kpi",
            {
                "id": kpi,
                **anna,
                "unit": "timmar" if sv else "hours",
                "direction": "decrease",
                "frequency": "weekly",
                "healthy": {"max": 48},
                "status": "active",
            },
            "Svarstid på kundservicemail" if sv else "Reply time of customer service e-mails",
        ),
        (
            f"{team}/roller-och-ansvar.md" if sv else f"{team}/roles-and-responsibilities.md",
            "activity",
            {
                "id": "roller-och-ansvar" if sv else "roles-and-responsibilities",
                **anna,
                "goal": goal,
                "start": begun.isoformat(),
                "due": due.isoformat(),
                "state": "todo",
                "effort": 24,
            },
            "Jag skall ta fram en beskrivning av teamets roller och ansvar och den skall vara "
            "klar om 3 månader"
            if sv
            else "I will write a description of the team's roles and responsibilities, "
            "to be finished in 3 months",
        ),
        (
            f"{team}/god-morgon.md" if sv else f"{team}/good-morning.md",
            "behaviour",
            {
                "id": "god-morgon" if sv else "good-morning",
                **anna,
                "goal": goal,
                "frequency": "daily",
                "status": "active",
            },
            "Jag säger god morgon till mina kollegor"
            if sv
            else "I say good morning to my colleagues",
        ),
    ]


@click.command(help=HELP, short_help="Set up a repository: config, examples, pre-commit entry.")
@click.option(
    "--lang",
    type=click.Choice(config_module.LANGUAGES),
    help="Language of the examples and of messages (default: the language of an existing "
    "configuration, else en).",
)
@click.option("--examples/--no-examples", default=True, help="Write the example files.")
def command(lang: str | None, examples: bool) -> int:
    root = Path.cwd()
    lang = lang or config_module.language(root)
    _write(root / config_module.CONFIG_FILE, CONFIG_TEXT.format(lang=lang), root, lang)
    if examples:
        _write_examples(root, lang)
    _add_pre_commit_entry(root / ".pre-commit-config.yaml", root, lang)
    click.echo(
        "\n"
        + say(
            lang,
            "Next: 'pre-commit install' (or 'goals install-hook' without pre-commit), "
            "then edit the examples and run 'goals check'.",
        )
    )
    return 0


def _write_examples(root: Path, lang: str) -> None:
    """One statement of each kind, in the goals folder the configuration names (if it is empty)."""
    from goals_as_code.check.tree import discover

    config = config_module.load(root)
    folder = config.relative(config.goals_path)
    if not config.goals_path.resolve().is_relative_to(root.resolve()):
        said = "skipped  the examples (the goals folder {folder} is outside this folder)"
        click.echo(say(lang, said, folder=folder))
        return
    if discover(config):
        click.echo(
            say(lang, "skipped  the examples ({folder}/ already holds statements)", folder=folder)
        )
        return
    today = datetime.date.today()
    statements = example_statements(lang, today.year, today)
    bodies = _bodies(lang, statements)
    for relative, kind, values, statement in statements:
        body = bodies.get(values["id"])
        text = template.render(kind, values, statement, lang, body)
        _write(config.goals_path / relative, text, root, lang)


# The bodies of the example goals: the template's headings, with the text filled in (a proposed
# goal that keeps the template's placeholders is reported by S004).
COMPANY_BODY = N_(
    "## Why\n\nSatisfied customers stay, and tell others. The share is measured by the yearly "
    "customer survey.\n"
)
PERSONAL_BODY = N_(
    "## Why\n\nCustomers who wait two days for a reply call support instead; a faster reply "
    "means fewer calls and more satisfied customers.\n\n## Activities\n\n"
    "- [ ] [{activity}]({activity_path})\n\n## Behaviours\n\n- [{behaviour}]({behaviour_path})\n"
)


def _bodies(lang: str, statements: list[tuple[str, str, dict[str, Any], str]]) -> dict[str, str]:
    """The body of each example goal, by id; the personal goal's plan links its activity and
    behaviour."""
    goals = [entry for entry in statements if entry[1] == "goal"]
    company, personal = goals[0], goals[1]
    linked = {
        kind: entry for entry in statements if (kind := entry[1]) in ("activity", "behaviour")
    }
    here = personal[0].rsplit("/", 1)[0]

    def path(kind: str) -> str:
        return linked[kind][0].removeprefix(here + "/")

    return {
        company[2]["id"]: say(lang, COMPANY_BODY),
        personal[2]["id"]: say(
            lang,
            PERSONAL_BODY,
            activity=linked["activity"][3],
            activity_path=path("activity"),
            behaviour=linked["behaviour"][3],
            behaviour_path=path("behaviour"),
        ),
    }


def _write(path: Path, text: str, root: Path, lang: str) -> bool:
    shown = path.resolve().relative_to(root.resolve()).as_posix()
    if path.exists():
        click.echo(say(lang, "skipped  {path} (it exists; left as it is)", path=shown))
        return False
    if path.name == config_module.CONFIG_FILE and _pyproject_has_config(root):
        click.echo(say(lang, "skipped  {path} (pyproject.toml has [tool.goals])", path=shown))
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as handle:
        handle.write(text)
    click.echo(say(lang, "wrote    {path}", path=shown))
    return True


def _pyproject_has_config(root: Path) -> bool:
    pyproject = root / "pyproject.toml"
    if not pyproject.is_file():
        return False
    found, source = config_module.find_root(root)
    return found == root.resolve() and source == pyproject.resolve()


def _add_pre_commit_entry(path: Path, root: Path, lang: str) -> None:
    shown = path.relative_to(root).as_posix()
    if not path.exists():
        _write(
            path,
            "# See https://pre-commit.com for more information\nrepos:\n" + PRE_COMMIT_ENTRY,
            root,
            lang,
        )
        return
    raw = path.read_bytes().decode("utf-8")
    crlf = "\r\n" in raw  # the file's own line endings are kept
    old_text = raw.replace("\r\n", "\n")
    new_text, reason = add_entry(old_text)
    if new_text is None:
        click.echo(say(lang, "skipped  {path} ({reason})", path=shown, reason=say(lang, reason)))
        if reason != HAS_HOOK:
            click.echo(
                say(lang, "Add this entry under 'repos:' yourself:") + "\n" + PRE_COMMIT_ENTRY
            )
        return
    if crlf:
        new_text = new_text.replace("\n", "\r\n")
    files.replace(path, new_text.encode("utf-8"), shown)
    click.echo(say(lang, "updated  {path} (added the {hook} hook)", path=shown, hook=HOOK_ID))


HAS_HOOK = N_("it already has the check-goals hook")
CANNOT_EXTEND = N_("its layout is one this command cannot extend safely")


def add_entry(text: str) -> tuple[str | None, str]:
    """``text`` with this project's hook added to ``repos:``, or None and the reason why not (a
    message id).

    The entry is added as text, so comments and layout stay; the result is parsed again and used
    only if ``repos`` gained exactly the new entry and nothing else changed.
    """
    import yaml

    try:
        before = yaml.safe_load(text) if text.strip() else {}
    except yaml.YAMLError:
        return None, N_("it is not valid YAML")
    if before is None:
        before = {}
    if not isinstance(before, dict):
        return None, N_("it is not a YAML mapping")
    repos = before.get("repos")
    if repos is not None and not isinstance(repos, list):
        return None, N_("its 'repos' is not a list")
    for repo in repos or []:
        hooks = repo.get("hooks", []) if isinstance(repo, dict) else []
        if (isinstance(repo, dict) and repo.get("repo") == REPOSITORY) or any(
            isinstance(hook, dict) and hook.get("id") == HOOK_ID for hook in hooks
        ):
            return None, HAS_HOOK

    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    found = [n for n, line in enumerate(lines) if re.match(r"^repos:\s*(#.*)?$", line)]
    if not found and before.get("repos") is None:
        new_lines = [*lines, "repos:\n", PRE_COMMIT_ENTRY]
    elif len(found) != 1:
        return None, N_("its 'repos:' is not written as a block list this command can extend")
    else:
        start = found[0]
        end = start + 1  # the block ends before the next line at column 0 that is not a list item
        last = start
        while end < len(lines):
            line = lines[end]
            if line.strip() and not line.startswith(("#", " ", "\t", "-")):
                break
            if line.strip() and not line.lstrip().startswith("#"):
                last = end
            end += 1
        indent = _item_indent(lines[start + 1 : end])
        entry = "".join(
            " " * indent + line[2:] if line.strip() else line
            for line in PRE_COMMIT_ENTRY.splitlines(keepends=True)
        )
        new_lines = [*lines[: last + 1], entry, *lines[last + 1 :]]
    new_text = "".join(new_lines)
    try:
        after = yaml.safe_load(new_text)
    except yaml.YAMLError:
        return None, CANNOT_EXTEND
    wanted = {**before, "repos": [*(repos or []), yaml.safe_load(PRE_COMMIT_ENTRY)[0]]}
    if after != wanted:
        return None, CANNOT_EXTEND
    return new_text, ""


def _item_indent(block: list[str]) -> int:
    for line in block:
        stripped = line.lstrip(" ")
        if stripped.startswith("- ") or stripped.rstrip() == "-":
            return len(line) - len(stripped)
    return 2
