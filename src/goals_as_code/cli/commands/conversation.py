"""goals conversation: one page per person for the goal conversation, since the last talk."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from goals_as_code.cli import completion
from goals_as_code.cli.options import output_options, project_options
from goals_as_code.conversation import formats
from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import tr
from goals_as_code.source.config import LANGUAGES, Config

if TYPE_CHECKING:
    from goals_as_code.conversation.model import Conversation

HELP = """Prepare the goal conversation with one person: everything since the last talk, from Git.

PERSON is the owner's e-mail address, as in the goal files. The page starts from the person's
latest recorded conversation (an annotated tag goals/conversation/<local part>/<YYYY-MM-DD>), or
from the start of the history when there is none; --since starts it elsewhere.

Per goal: the statement; baseline → now → target with progress, pace and status; the owner's and
the manager's confidence and how they moved; the acceptance and the agreement and whether either
went stale; the check-ins and the moved goalposts since the last talk (field, old → new, who,
when, commit message); a changed parent goal. Then the person's KPIs with their series since the
last talk, the activities (state, due, overdue, effort), the behaviours and their observations,
the stale items, the calibration of past confidence against what was reached, the questions
for the talk, and an empty Agreements section.

--record tags the commit read (HEAD, or --until) as this talk, with the page's summary as the
tag's message, so that the next page starts here. Push the tag with 'git push --tags'.

Exit status: 0 written, 2 not a repository, bad revision or option, or the tag exists.

\b
Examples:
  goals conversation anna@example.com
  goals conversation anna@example.com --format html -o anna.html
  goals conversation anna@example.com --since 2017-01-01 --format markdown
  goals conversation anna@example.com --format json | jq '.questions[].text'
  goals conversation anna@example.com --record
"""


@click.command(help=HELP, short_help="One person's page for the goal conversation.")
@click.argument("person", shell_complete=completion.people)
@click.option(
    "--since",
    metavar="REV|DATE",
    help="Start the page here instead of at the person's last recorded talk.",
)
@click.option("--until", metavar="REV", help="End the page at this revision (default: HEAD).")
@output_options(formats.FORMATS.names)
@click.option(
    "--record",
    is_flag=True,
    help="Tag the commit as this talk: goals/conversation/<local part>/<today>.",
)
@click.option(
    "--today",
    metavar="DATE",
    help="The day of the talk, for --record and for pace (default: today, or GOALS_TODAY).",
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    help="Language of the page (default: 'language' in the config); JSON keeps English keys.",
)
@project_options
def command(
    person: str,
    since: str | None,
    until: str | None,
    output_format: str,
    output: Path | None,
    record: bool,
    today: str | None,
    lang: str | None,
    config: Config,
) -> int:
    from goals_as_code.conversation import model
    from goals_as_code.source.config import default_today

    language = lang or config.language
    day = today or (None if until else default_today().isoformat())
    talk = model.build(config, person, since=since, until=until, as_of=day)
    to_terminal = output is None and sys.stdout.isatty()
    color = to_terminal and not os.environ.get("NO_COLOR")
    width = shutil.get_terminal_size((100, 24)).columns if to_terminal else 100
    rendered = formats.render(talk, output_format, lang=language, color=color, width=width)
    if output is not None:
        try:
            output.write_text(rendered, encoding="utf-8")
        except OSError as exc:
            said = tr(language, "cannot write {path}: {error}", path=output, error=exc.strerror)
            raise GoalsError(said) from None
        click.echo(tr(language, "Wrote the conversation to {path}.", path=output), err=True)
    else:
        click.echo(rendered, nl=False)
    if record:
        _record(config, talk, today or default_today().isoformat(), language)
    return 0


def _record(config: Config, talk: Conversation, day: str, lang: str) -> None:
    from goals_as_code import history
    from goals_as_code.conversation import sections
    from goals_as_code.git import open_repo
    from goals_as_code.source import fields

    if fields.date(day) is None:
        raise GoalsError(tr(lang, "'{text}' is not a date; write it as YYYY-MM-DD", text=day))
    name = history.tag_name(talk.person, day)
    with open_repo(config.root) as repository:
        if repository.rev_parse(name) is not None:
            raise GoalsError(
                tr(
                    lang,
                    "the tag {tag} exists: this talk is recorded already; delete the tag with "
                    "'git tag -d {tag}' to record it again",
                    tag=name,
                )
            )
        repository.create_tag(name, talk.window.until, sections.summary(talk, lang) + "\n")
    click.echo(
        tr(
            lang,
            "Recorded the talk as tag {tag} on commit {commit}; share it with 'git push origin "
            "{tag}'.",
            tag=name,
            commit=talk.window.until[:10],
        ),
        err=True,
    )
