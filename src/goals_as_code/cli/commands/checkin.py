"""goals checkin: write a goal's or a KPI's new value, its date and your confidence, in one step."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

import click

from goals_as_code.check import index
from goals_as_code.check.tree import Tree
from goals_as_code.cli import completion
from goals_as_code.cli.lookup import find_statement, git_identity
from goals_as_code.cli.options import project_options
from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import ARTICLED, N_, say, word
from goals_as_code.source import edit, fields, files
from goals_as_code.source.config import LANGUAGES, Config, default_today
from goals_as_code.source.document import Document

HELP = """Check in a goal's or a KPI's value: ID VALUE, or several pairs ID VALUE ID VALUE ...

For a goal, writes 'metric.current' and 'metric.as_of'; for a KPI, 'value' and 'as_of' (or, with
--unit NAME, the entry NAME of its 'values', per team or person). 'as_of' is today (or
GOALS_TODAY) unless --as-of says otherwise. A value that did not change with a new date confirms
the value: it counts as a check-in too.

--confidence writes the confidence of the person running the command, known by their Git
identity (git config user.email): 'confidence.owner' for the goal's owner, 'confidence.manager'
for its manager. Only the lines of the values written change; every other byte of the file, its
comments included, stays as it was.

--commit commits the files written, as you, with NOTE (-m) as the message.

Exit status: 0 checked in, 1 refused (a goal without a metric, a confidence from someone who is
neither owner nor manager, a front matter that cannot be edited safely), 2 usage or setup error
(unknown id, a value that is not a number, a date that is not a date).

\b
Examples:
  goals checkin faster-replies 30
  goals checkin faster-replies 30 --confidence 0.8 -m "April: templates in use" --commit
  goals checkin faster-replies 30 fewer-complaints 7 --as-of 2017-04-30
  goals checkin customer-nps 41 --unit support
"""


@click.command(help=HELP, short_help="Check in a goal's or a KPI's value, date and confidence.")
@click.argument(
    "pairs",
    nargs=-1,
    required=True,
    metavar="ID VALUE [ID VALUE]...",
    shell_complete=completion.statement_ids("goal", "kpi", pairs=True),
)
@click.option(
    "--confidence",
    metavar="X",
    help="Your confidence that the goal will be reached, 0 to 1 (or a percentage: 80%).",
)
@click.option("--unit", metavar="NAME", help="A KPI's team or person: write 'values.NAME'.")
@click.option(
    "--as-of",
    "--today",
    "as_of",
    metavar="DATE",
    help="The day measured (default: today, or GOALS_TODAY; --today as in 'goals check').",
)
@click.option("-m", "--message", "note", metavar="NOTE", help="The commit message (with --commit).")
@click.option("--commit", is_flag=True, help="Commit the files written, as you.")
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    help="Language of what it says (default: 'language' in the config).",
)
@project_options
def command(
    pairs: tuple[str, ...],
    confidence: str | None,
    unit: str | None,
    as_of: str | None,
    note: str | None,
    commit: bool,
    lang: str | None,
    config: Config,
) -> int:
    language = lang or config.language
    if len(pairs) % 2:
        raise GoalsError(
            say(
                language,
                "give an id and a value, or pairs of them: 'goals checkin {id} VALUE'",
                id=pairs[-1],
            )
        )
    if note is not None and not commit:
        raise GoalsError(
            say(language, "-m NOTE is the commit message: add --commit, or commit yourself")
        )
    day = _day(as_of, language)
    belief = _confidence(confidence, language) if confidence is not None else None
    wanted = [
        (pairs[n], _number(pairs[n], pairs[n + 1], language)) for n in range(0, len(pairs), 2)
    ]
    tree = index.statements(config)  # reads only the statements it looks up
    docs = [_statement(tree, ident, config, language) for ident, _ in wanted]
    if unit is not None and any(doc.kind != "kpi" for doc in docs):
        raise GoalsError(
            say(language, "--unit NAME writes a KPI's 'values.NAME'; a goal has one value")
        )
    if belief is not None and any(doc.kind != "goal" for doc in docs):
        raise GoalsError(
            say(language, "--confidence is a belief in a goal; a KPI has no confidence")
        )
    me = None
    if belief is not None or commit:  # a confidence and a commit record who you are
        me = git_identity(
            config,
            language,
            N_(
                "no Git identity: set it with 'git config user.email you@example.com' "
                "(a confidence and a commit record who you are)"
            ),
        )
    plans: list[_Plan] = []
    refused = []
    for doc, (ident, value) in zip(docs, wanted, strict=True):
        plan = _plan(doc, ident, value, day, unit, belief, me, language)
        if isinstance(plan, str):
            refused.append(plan)
        else:
            plans.append(plan)
    for why in refused:
        click.echo(say(language, "goals checkin: refused: {why}", why=why), err=True)
    if refused:
        return 1  # nothing is written when one of the statements cannot be checked in
    written = []
    for plan in plans:
        path = config.repository / plan.doc.path
        old = path.read_bytes().decode("utf-8")
        try:
            new = edit.set_values(old, plan.values)
        except edit.EditError as exc:
            click.echo(
                say(
                    language,
                    "goals checkin: refused: {why}",
                    why=f"{plan.doc.path}: {exc.said.say(language)}",
                ),
                err=True,
            )
            return 1
        plan = plan._replace(text=new, changed=new != old)
        written.append(plan)
    for plan in written:
        if plan.changed:
            path = config.repository / plan.doc.path
            files.replace(path, plan.text.encode("utf-8"), plan.doc.path)
        click.echo(_said(plan, language))
    changed = [plan for plan in written if plan.changed]
    if commit and changed:
        idents = ", ".join(plan.ident for plan in changed)
        _commit(
            config.repository,
            [plan.doc.path for plan in changed],
            note or say(language, N_("Check in {ids}"), ids=idents),
            language,
        )
    return 0


class _Plan(NamedTuple):
    doc: Document
    ident: str
    value: float
    day: str
    values: list[tuple[tuple[str, ...], object]]
    where: str  # the field written, as the user reads it
    holders: tuple[str, ...] = ()  # whose confidence is written
    belief: float | None = None
    text: str = ""
    changed: bool = False


def _plan(
    doc: Document,
    ident: str,
    value: float,
    day: str,
    unit: str | None,
    belief: float | None,
    me: str | None,
    lang: str,
) -> _Plan | str:
    """What to write into ``doc``, or why not (said)."""
    if not doc.readable or not isinstance(doc.data, Mapping):
        return say(
            lang,
            "{path}: the front matter cannot be read; 'goals check {path}' says why",
            path=doc.path,
        )
    number: object = int(value) if value.is_integer() else value
    if doc.kind == "kpi":
        field = ("values", unit) if unit is not None else ("value",)
        return _Plan(doc, ident, value, day, [(field, number), (("as_of",), day)], ".".join(field))
    metric = doc.get("metric")
    if not isinstance(metric, Mapping):
        return say(
            lang,
            "{path}: the goal '{id}' has no metric to check in; add 'metric:' with its unit, "
            "direction, baseline and target first",
            path=doc.path,
            id=ident,
        )
    values: list[tuple[tuple[str, ...], object]] = [
        (("metric", "current"), number),
        (("metric", "as_of"), day),
    ]
    holders: tuple[str, ...] = ()
    if belief is not None:
        assert me is not None
        people = {holder: fields.get(doc.data, holder) for holder in ("owner", "manager")}
        holders = tuple(
            holder
            for holder, person in people.items()
            if isinstance(person, str) and person.lower() == me.lower()
        )
        if not holders:
            return say(
                lang,
                "{path}: you are {me}, but the goal's owner is {owner} and its manager is "
                "{manager}; each of them writes their own confidence",
                path=doc.path,
                me=me,
                owner=people["owner"] or "-",
                manager=people["manager"] or "-",
            )
        values += [(("confidence", holder), belief) for holder in holders]
    return _Plan(doc, ident, value, day, values, "metric.current", holders, belief)


def _said(plan: _Plan, lang: str) -> str:
    number = fields.show(plan.value)
    if not plan.changed:
        return say(
            lang,
            "{path}: '{id}' already has {field} {value} as of {day}; unchanged",
            path=plan.doc.path,
            id=plan.ident,
            field=plan.where,
            value=number,
            day=plan.day,
        )
    said = say(
        lang,
        "{path}: checked in '{id}': {field} {value} as of {day}",
        path=plan.doc.path,
        id=plan.ident,
        field=plan.where,
        value=number,
        day=plan.day,
    )
    for holder in plan.holders:
        said += say(
            lang,
            ", confidence.{holder} {value}",
            holder=holder,
            value=fields.show(plan.belief),
        )
    return said


def _statement(tree: Tree, ident: str, config: Config, lang: str) -> Document:
    doc = find_statement(tree, ident, config, lang)
    if doc.kind not in ("goal", "kpi"):
        raise GoalsError(
            say(
                lang,
                "{path}: '{id}' is {kind}; only goals and KPIs are checked in (an activity has "
                "'state', a behaviour 'seen')",
                path=doc.path,
                id=ident,
                kind=word(ARTICLED, doc.kind or "", lang),
            )
        )
    return doc


_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def _number(ident: str, text: str, lang: str) -> float:
    """A value as typed: 36, 36.5 or 36,5."""
    cleaned = text.strip()
    if not _NUMBER.match(cleaned):
        raise GoalsError(
            say(
                lang,
                "'{value}' is not a number: the value checked in for '{id}' is a number, such "
                "as 36 or 36.5",
                value=text,
                id=ident,
            )
        )
    return float(cleaned.replace(",", "."))


def _confidence(text: str, lang: str) -> float:
    """0 to 1, or a percentage (80%)."""
    cleaned = text.strip()
    percent = cleaned.endswith("%")
    if percent:
        cleaned = cleaned[:-1].strip()
    value = (
        float(cleaned.replace(",", ".")) / (100 if percent else 1)
        if _NUMBER.match(cleaned)
        else None
    )
    if value is None or not 0 <= value <= 1:
        raise GoalsError(
            say(
                lang,
                "--confidence {value}: give a number from 0 to 1 (0.8) or a percentage (80%)",
                value=text,
            )
        )
    return round(value, 4)


def _day(text: str | None, lang: str) -> str:
    if text is None:
        return default_today().isoformat()
    if fields.date(text) is None:
        raise GoalsError(
            say(lang, "--as-of {value}: give a date as YYYY-MM-DD (2017-04-30)", value=text)
        )
    return text


def _commit(top: Path, paths: list[str], message: str, lang: str) -> None:
    from goals_as_code.git import CommitFailed, commit

    try:
        commit(top, paths, message)
    except CommitFailed as exc:
        raise GoalsError(
            say(
                lang,
                "the check-in is written, but 'git {command}' failed: {error}; commit "
                "{path} yourself",
                command=exc.step,
                error=exc.said,
                path=", ".join(paths),
            )
        ) from None
    for path in paths:
        click.echo(say(lang, "committed {path}: {message}", path=path, message=message))
