"""goals new: write a new goal, KPI, activity or behaviour file from a template."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path
from typing import Any

import click

from goals_as_code.cli.click_words import PathType, said
from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import KIND, N_, say
from goals_as_code.source import config as config_module
from goals_as_code.source import fields, template

HELP = """Write a new statement file from a template.

KIND is goal, kpi, activity or behaviour. The file gets every field of its kind: the values
you give, and comments saying what to write in the others. Its first front-matter line names
the kind's JSON Schema, so an editor with a YAML language server can complete and check it.

Given --statement and --id (and --owner, or Git's user.email), nothing is asked. On a terminal,
missing values are prompted for. The file is written to the goals folder as '<id>.md' unless
-o says otherwise ('-o -' prints it); an existing file is never overwritten.

\b
Examples:
  goals new goal
  goals new goal --id faster-replies --manager erik@example.com \\
      --statement "I will cut my e-mail reply time from 48 to 24 hours by 30 June 2017" \\
      --parent customer-satisfaction-2017 --deadline 2017-06-30 \\
      --unit hours --baseline 48 --target 24
  goals new kpi --id support-calls-per-day --statement "Support calls per day" --unit calls/day
  goals new activity --id reply-templates --goal faster-replies \\
      --start 2017-03-01 --deadline 2017-04-28 \\
      --statement "I will write reply templates for the ten most common questions"
  goals new behaviour --lang sv --id god-morgon --goal svarstid --frequency daily \\
      --statement "Jag säger god morgon till mina kollegor" -o goals/anna/god-morgon.md
"""


# options that only make sense for some kinds
ONLY_FOR = {
    "parent": ("goal",),
    "kpi": ("goal",),
    "goal_id": ("activity", "behaviour"),
    "baseline": ("goal",),
    "target": ("goal",),
    "unit": ("goal", "kpi"),
    "direction": ("goal", "kpi"),
    "frequency": ("goal", "kpi", "behaviour"),
    "start": ("goal", "activity"),
    "deadline": ("goal", "activity"),
}


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    if fields.date(value) is None:
        raise click.BadParameter(
            said(N_("'{value}' is not a date written as YYYY-MM-DD"), value=value)
        )
    return value


@click.command(help=HELP, short_help="Write a new goal, kpi, activity or behaviour file.")
@click.argument("kind", type=click.Choice(fields.KINDS))
@click.option("--id", "ident", help="The id: letters, digits, '.', '_' and '-'.")
@click.option("-s", "--statement", help="The statement, in the first person (the H1).")
@click.option("--owner", help="Your e-mail address (default: git config user.email).")
@click.option("--manager", help="Your manager's e-mail address.")
@click.option("--parent", help="Goal: the id of the company or team goal it serves.")
@click.option("--kpi", help="Goal: the id of the KPI that measures it.")
@click.option("--goal", "goal_id", help="Activity, behaviour: the id of the goal it serves.")
@click.option(
    "--start", callback=_date, help="Goal, activity: start date (default: today, if not late)."
)
@click.option(
    "--deadline", callback=_date, help="Goal: the deadline; activity: the due date (YYYY-MM-DD)."
)
@click.option("--unit", help="Goal, KPI: the unit of the numbers (hours, deals/month, %, ...).")
@click.option(
    "--direction",
    type=click.Choice(["increase", "decrease", "at_least", "at_most", "range", "binary"]),
    help="Goal, KPI: which way is better (default for a goal: from --baseline to --target).",
)
@click.option("--baseline", type=float, help="Goal: the level today.")
@click.option("--target", type=float, help="Goal: the level to reach by the deadline.")
@click.option("--frequency", help="How often: daily, weekly, monthly, each-meeting, ...")
@click.option(
    "--lang",
    type=click.Choice(config_module.LANGUAGES),
    help="Language of the template (default: the configured language).",
)
@click.option(
    "-o",
    "--output",
    type=PathType(path_type=Path, dir_okay=False, allow_dash=True),
    help="Where to write (default: <goals-dir>/<id>.md; '-' prints it).",
)
def command(
    kind: str,
    ident: str | None,
    statement: str | None,
    owner: str | None,
    manager: str | None,
    parent: str | None,
    kpi: str | None,
    goal_id: str | None,
    start: str | None,
    deadline: str | None,
    unit: str | None,
    direction: str | None,
    baseline: float | None,
    target: float | None,
    frequency: str | None,
    lang: str | None,
    output: Path | None,
) -> int:
    given = {
        "parent": parent,
        "kpi": kpi,
        "goal_id": goal_id,
        "baseline": baseline,
        "target": target,
        "unit": unit,
        "direction": direction,
        "frequency": frequency,
        "start": start,
        "deadline": deadline,
    }
    for name, value in given.items():
        if value is not None and kind not in ONLY_FOR[name]:
            option = "--goal" if name == "goal_id" else f"--{name}"
            kinds = ", ".join(said(KIND[each]) for each in ONLY_FOR[name])
            raise click.UsageError(
                said(
                    N_("{option} is not for a {kind}; it is for: {kinds}"),
                    option=option,
                    kind=said(KIND[kind]),
                    kinds=kinds,
                )
            )

    config = config_module.load()
    lang = lang or config.language
    owner = owner or _git_email()
    statement, ident, owner = _ask_for_missing(statement, ident, owner, lang)

    values: dict[str, Any] = {"id": ident, "owner": owner, "manager": manager}
    if kind == "goal":
        if direction is None and baseline is not None and target is not None:
            direction = "increase" if target > baseline else "decrease"
        values.update(
            parent=parent,
            kpi=kpi,
            start=start or _today_unless_after(deadline),
            deadline=deadline,
            metric={"unit": unit, "direction": direction, "baseline": baseline, "target": target},
            status=template.DEFAULT_STATUS[kind],
        )
        if frequency:
            values["frequency"] = frequency
    elif kind == "kpi":
        values.update(
            unit=unit,
            direction=direction,
            frequency=frequency,
            status=template.DEFAULT_STATUS[kind],
        )
    elif kind == "activity":
        values.update(
            goal=goal_id,
            start=start or _today_unless_after(deadline),
            due=deadline,
            state="todo",
        )
    else:
        values.update(goal=goal_id, frequency=frequency, status=template.DEFAULT_STATUS[kind])

    text = template.render(kind, values, statement, lang)
    path = output if output is not None else config.goals_path / f"{ident}.md"
    shown = "-" if str(path) == "-" else config.relative(path)
    _refuse_invalid(text, shown, lang)
    if str(path) == "-":
        click.echo(text, nl=False)
        return 0
    if path.is_symlink() and not path.exists():  # never written through, wherever it leads
        raise GoalsError(
            say(
                lang,
                "{path} is a link that leads nowhere; remove it or choose another -o PATH "
                "(nothing written)",
                path=str(path),
            )
        )
    if path.exists():
        raise GoalsError(
            say(
                lang,
                "{path} already exists; choose another --id or -o PATH (nothing written)",
                path=shown,
            )
        )
    _refuse_taken_id(config, ident, lang)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise GoalsError(
            say(lang, "{path}: cannot write: {error}", path=shown, error=exc.strerror or str(exc))
        ) from None
    click.echo(say(lang, "Wrote {path}", path=shown))
    return _report(config, path, lang)


def _today_unless_after(deadline: str | None) -> str | None:
    """Today as the default start, unless that is after the deadline (then no default)."""
    today = datetime.date.today().isoformat()
    return today if deadline is None or today <= deadline else None


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _ask_for_missing(
    statement: str | None, ident: str | None, owner: str | None, lang: str
) -> tuple[str, str, str]:
    missing = [
        option
        for option, value in (("--statement", statement), ("--id", ident), ("--owner", owner))
        if not value
    ]
    if missing and not _interactive():
        raise click.UsageError(
            say(
                lang,
                "give {options} (or run 'goals new' on a terminal to be asked)",
                options=", ".join(missing),
            )
        )
    if not statement:
        statement = click.prompt(say(lang, "Statement, in the first person")).strip()
    if not ident:
        ident = click.prompt(say(lang, "Id"), default=template.slug(statement)).strip()
    if not owner:
        owner = click.prompt(say(lang, "Owner (your e-mail address)")).strip()
    return statement, ident, owner


def _git_email() -> str | None:
    from goals_as_code.git import config_get

    return config_get("user.email")


def _refuse_invalid(text: str, shown: str, lang: str) -> None:
    """Stop before writing when the values make a file that breaks the schema."""
    from goals_as_code.markdown import plugin as statements
    from goals_as_code.source import schema

    doc = statements.parse(text, shown)
    messages = [issue.message for issue in doc.issues]
    messages += [error.message for error in schema.validate(doc.data)] if doc.readable else []
    if messages:
        said = "; ".join(said.say(lang) for said in messages)
        raise GoalsError(say(lang, "{path} not written: {problems}", path=shown, problems=said))


def _refuse_taken_id(config: config_module.Config, ident: str, lang: str) -> None:
    from goals_as_code.check import index

    taken = index.statements(config).get(ident)
    if taken is not None:
        raise GoalsError(
            say(
                lang,
                "the id '{id}' is already used by {path}; choose another --id (nothing written)",
                id=ident,
                path=taken.path,
            )
        )


def _report(config: config_module.Config, path: Path, lang: str) -> int:
    """Check the new file at once: links that do not resolve yet are worth knowing now."""
    from goals_as_code.check import formats as reporters
    from goals_as_code.check.checker import check

    result = check(config, [path], lang=lang)
    if not result.problems:
        return 0
    click.echo(reporters.text(result, lang), nl=False)
    return 1 if result.errors else 0
