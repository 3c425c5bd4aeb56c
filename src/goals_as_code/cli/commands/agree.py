"""goals agree: record the owner's agreement to a goal, bound to the same content as the
manager's acceptance."""

from __future__ import annotations

from pathlib import Path

import click

from goals_as_code.check import index
from goals_as_code.cli import completion
from goals_as_code.cli.commands.accept import find_goal
from goals_as_code.cli.lookup import git_identity
from goals_as_code.cli.options import project_options
from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import N_, message, say
from goals_as_code.source import acceptance, files
from goals_as_code.source.config import LANGUAGES, Config, default_today

HELP = """Record the owner's agreement to goal ID, bound to its content.

Writes an 'agreed' block (by, on, fingerprint) into the goal's front matter; every other byte of
the file stays as it was. 'by' is your Git identity (git config user.email), which must be the
goal's owner: a goal is agreed by both, the manager with 'goals accept', the owner with 'goals
agree'. 'fingerprint' covers the same defining fields as the acceptance, so a later change to any
of them makes the agreement stale ('goals check' rule A009). Who agreed is checked from Git: the
commit that writes the block must be the owner's (rule A010).

Exit status: 0 agreed (or shown with --dry-run), 2 refused (you are not the owner, the goal
names no owner, its front matter cannot be read), an unknown id, or no Git identity.

\b
Examples:
  goals agree faster-replies
  goals agree faster-replies --dry-run
  goals agree faster-replies --commit
"""

NOT_A_GOAL = N_("{path}: '{id}' is {kind}, not a goal; only goals are agreed")
SAID = {
    "refused": N_("refused: {why}"),  # an error: 'goals: error: ' leads it
    "unreadable": N_("{path}: the front matter cannot be read; 'goals check {path}' says why"),
    "no-owner": N_("{path}: the goal names no owner; add 'owner: <e-mail>' first"),
    "not-owner": N_(
        "{path}: you are {me}, but the goal's owner is {owner}; only the owner agrees to "
        "a goal (the manager accepts it with 'goals accept {id}')"
    ),
    "no-identity": N_(
        "no Git identity: set it with 'git config user.email you@example.com' "
        "(agreement records who you are)"
    ),
    "already": N_("{path}: already agreed by {by} on {on}; unchanged"),
    "dry-run": N_("# {path}: the block 'goals agree' would write"),
    "agreed": N_("{path}: agreed to '{id}' as {me} ({fingerprint}…)"),
    "failed": N_(
        "the agreement is written, but 'git {command}' failed: {error}; commit {path} yourself"
    ),
    "committed": N_("committed {path}: {message}"),
}


@click.command(help=HELP, short_help="Record the owner's agreement to a goal.")
@click.argument("ident", metavar="ID", shell_complete=completion.statement_ids("goal"))
@click.option("--dry-run", is_flag=True, help="Show the block; write nothing.")
@click.option(
    "--commit",
    "commit",
    is_flag=True,
    help="Commit the file as yourself afterwards (signed, with require-signatures).",
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    help="Language of what it says (default: 'language' in the config).",
)
@project_options
def command(ident: str, dry_run: bool, commit: bool, lang: str | None, config: Config) -> int:
    language = lang or config.language
    if dry_run and commit:
        raise GoalsError(
            say(language, "--dry-run and --commit exclude each other; give one of them")
        )
    tree = index.statements(config)  # reads only the statements it looks up
    doc = find_goal(tree, ident, config, language, NOT_A_GOAL)
    owner = doc.get("owner")

    def refuse(key: str, **values: object) -> GoalsError:
        why = say(language, SAID[key], path=doc.path, id=ident, **values)
        return GoalsError(say(language, SAID["refused"], why=why))

    if not doc.readable:
        raise refuse("unreadable")
    if not isinstance(owner, str) or not owner:
        raise refuse("no-owner")
    me = git_identity(config, language, SAID["no-identity"])
    if me.lower() != owner.lower():
        raise refuse("not-owner", me=me, owner=owner)
    block = acceptance.Accepted(
        by=owner,
        on=default_today().isoformat(),
        fingerprint=acceptance.fingerprint(doc.data, doc.statement),
    )
    existing = doc.get(acceptance.AGREED)
    if (
        isinstance(existing, dict)
        and existing.get("by") == block.by
        and existing.get("fingerprint") == block.fingerprint
    ):
        click.echo(
            say(language, SAID["already"], path=doc.path, by=block.by, on=existing.get("on"))
        )
        return 0
    if dry_run:
        click.echo(say(language, SAID["dry-run"], path=doc.path))
        click.echo(acceptance.render(block, name=acceptance.AGREED), nl=False)
        return 0
    path = config.repository / doc.path
    text = path.read_bytes().decode("utf-8")
    try:
        new = acceptance.write(text, block, acceptance.AGREED)
    except acceptance.BlockError as exc:
        raise GoalsError(
            say(
                language,
                SAID["refused"],
                why=message(N_("{where}: {problem}"), where=doc.path, problem=exc.args[0]),
            )
        ) from None
    files.replace(path, new.encode("utf-8"), doc.path)
    said = say(
        language, SAID["agreed"], path=doc.path, id=ident, me=me, fingerprint=block.fingerprint[:19]
    )
    click.echo(said)
    if commit:
        _commit(config.repository, doc.path, ident, language, sign=config.require_signatures)
    return 0


def _commit(top: Path, path: str, ident: str, lang: str, *, sign: bool = False) -> None:
    from goals_as_code.git import CommitFailed, commit

    subject = say(lang, N_("Agree to goal {id}"), id=ident)  # in the repository's language
    try:
        commit(top, [path], subject, sign=sign)
    except CommitFailed as exc:
        raise GoalsError(
            say(lang, SAID["failed"], command=exc.step, error=exc.said, path=path)
        ) from None
    click.echo(say(lang, SAID["committed"], path=path, message=subject))
