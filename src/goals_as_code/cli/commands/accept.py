"""goals accept: record the manager's acceptance of a goal, bound to its content."""

from __future__ import annotations

from pathlib import Path

import click

from goals_as_code.check import index
from goals_as_code.check.tree import Tree
from goals_as_code.cli import completion
from goals_as_code.cli.lookup import find_statement, git_identity
from goals_as_code.cli.options import project_options
from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import ARTICLED, N_, message, say, word
from goals_as_code.source import acceptance, files
from goals_as_code.source.config import LANGUAGES, Config, default_today
from goals_as_code.source.document import Document

HELP = """Record the manager's acceptance of goal ID (or of several goals), bound to its content.

Writes an 'accepted' block (by, on, fingerprint) into the goal's front matter; every other byte
of the file stays as it was. 'by' is your Git identity (git config user.email), which must be the
goal's manager; 'fingerprint' covers the fields that define the goal (statement, owner, manager,
parent, kpi, metric unit/direction/baseline/target, start, deadline), so a later change to any of
them makes the acceptance stale ('goals check' rule A005). When the goal has a parent, its
fingerprint is recorded too ('accepted.parent', rule A007).

An administrator accepts on a manager's behalf with --as MANAGER: the block then records the
administrator in 'accepted.as' (reported by rule A006 unless listed in its 'admins' option).

Exit status: 0 accepted (or shown with --dry-run), 1 refused (you are not the manager, the goal
has no manager, or its front matter cannot be read), 2 usage or setup error (unknown id, no Git
identity).

\b
Examples:
  goals accept faster-replies
  goals accept faster-replies --dry-run
  goals accept faster-replies --commit
  goals accept faster-replies fewer-complaints --commit   # one commit for both
  goals accept faster-replies --as erik@example.com   # an administrator, for the manager
"""


@click.command(help=HELP, short_help="Record the manager's acceptance of a goal.")
@click.argument(
    "idents",
    metavar="ID...",
    nargs=-1,
    required=True,
    shell_complete=completion.statement_ids("goal"),
)
@click.option("--dry-run", is_flag=True, help="Show the block; write nothing.")
@click.option(
    "--commit",
    "commit",
    is_flag=True,
    help="Commit the files as yourself afterwards (signed, with require-signatures).",
)
@click.option(
    "--as",
    "on_behalf",
    metavar="MANAGER",
    help="Accept on behalf of MANAGER (for an administrator); recorded in 'accepted.as'.",
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    help="Language of what it says (default: 'language' in the config).",
)
@project_options
def command(
    idents: tuple[str, ...],
    dry_run: bool,
    commit: bool,
    on_behalf: str | None,
    lang: str | None,
    config: Config,
) -> int:
    language = lang or config.language
    if dry_run and commit:
        raise GoalsError(
            say(language, "--dry-run and --commit exclude each other; give one of them")
        )
    tree = index.statements(config)  # reads only the statements it looks up
    docs = [find_goal(tree, ident, config, language, NOT_A_GOAL) for ident in dict.fromkeys(idents)]
    me: str | None = None
    code, written = 0, []
    for doc in docs:
        refused = _refusal(doc.readable, doc.path, doc.get("manager"), language)
        if refused:
            click.echo(say(language, SAID["refused"], why=refused), err=True)
            code = 1
            continue
        if me is None:
            me = git_identity(
                config,
                language,
                N_(
                    "no Git identity: set it with 'git config user.email you@example.com' "
                    "(acceptance records who you are)"
                ),
            )
        outcome = _accept(tree, doc, me, on_behalf, dry_run, config, language)
        if outcome == "written":
            written.append(doc)
        elif outcome == "refused":
            code = 1
    if commit and written:
        _commit(
            config.repository,
            [doc.path for doc in written],
            [str(doc.id) for doc in written],
            language,
            sign=config.require_signatures,
        )
    return code


def _block(tree: Tree, doc: Document, me: str, on_behalf: str | None) -> acceptance.Accepted:
    manager = str(doc.get("manager"))
    parent = tree.get(doc.get("parent"))
    return acceptance.Accepted(
        by=manager,
        on=default_today().isoformat(),
        fingerprint=acceptance.fingerprint(doc.data, doc.statement),
        parent=(
            acceptance.fingerprint(parent.data, parent.statement)
            if parent is not None and parent.readable and parent.kind == "goal"
            else None
        ),
        acting=me if on_behalf is not None and me.lower() != manager.lower() else None,
    )


def _accept(
    tree: Tree,
    doc: Document,
    me: str,
    on_behalf: str | None,
    dry_run: bool,
    config: Config,
    language: str,
) -> str:
    """Accept one goal: "written", "unchanged" (accepted already, or --dry-run) or "refused"
    (said on stderr)."""
    manager = str(doc.get("manager"))
    if on_behalf is not None and on_behalf.lower() != manager.lower():
        why = say(language, SAID["other"], path=doc.path, who=on_behalf, manager=manager)
        click.echo(say(language, SAID["refused"], why=why), err=True)
        return "refused"
    if on_behalf is None and me.lower() != manager.lower():
        why = say(language, SAID["not-manager"], path=doc.path, me=me, manager=manager)
        click.echo(say(language, SAID["refused"], why=why), err=True)
        return "refused"
    block = _block(tree, doc, me, on_behalf)
    path = config.repository / doc.path
    existing = doc.get("accepted")
    if isinstance(existing, dict) and _same(existing, block):
        click.echo(
            say(language, SAID["already"], path=doc.path, by=block.by, on=existing.get("on"))
        )
        return "unchanged"
    if dry_run:
        click.echo(say(language, SAID["dry-run"], path=doc.path))
        click.echo(acceptance.render(block), nl=False)
        return "unchanged"
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    try:
        new = acceptance.write(text, block)
    except acceptance.BlockError as exc:
        click.echo(
            say(
                language,
                SAID["refused"],
                why=message(N_("{where}: {problem}"), where=doc.path, problem=exc.args[0]),
            ),
            err=True,
        )
        return "refused"
    files.replace(path, new.encode("utf-8"), doc.path)
    click.echo(
        say(
            language,
            SAID["accepted"],
            path=doc.path,
            id=doc.id,
            me=me,
            fingerprint=block.fingerprint[:19],
        )
    )
    return "written"


NOT_A_GOAL = N_("{path}: '{id}' is {kind}, not a goal; only goals are accepted")


def find_goal(tree: Tree, ident: str, config: Config, language: str, not_a_goal: str) -> Document:
    """The one goal with ``id: ident``; a GoalsError (exit 2) that says why when there is none.
    ``not_a_goal`` is the message for a statement of another kind."""
    doc = find_statement(tree, ident, config, language)
    if doc.kind != "goal":
        raise GoalsError(
            say(
                language,
                not_a_goal,
                path=doc.path,
                id=ident,
                kind=word(ARTICLED, doc.kind or "", language),
            )
        )
    return doc


def _same(existing: dict[str, object], block: acceptance.Accepted) -> bool:
    """Whether the goal is accepted already, by the same people, for the same content."""
    return (
        existing.get("by") == block.by
        and existing.get("fingerprint") == block.fingerprint
        and existing.get("parent") == block.parent
        and existing.get("as") == block.acting
    )


SAID = {
    "refused": N_("goals accept: refused: {why}"),
    "unreadable": N_("{path}: the front matter cannot be read; 'goals check {path}' says why"),
    "no-manager": N_("{path}: the goal names no manager; add 'manager: <e-mail>' first"),
    "other": N_("{path}: --as {who} does not name the goal's manager, {manager}"),
    "not-manager": N_(
        "{path}: you are {me}, but the goal's manager is {manager}; only the "
        "manager accepts a goal (an administrator may use --as {manager}, "
        "which is recorded)"
    ),
    "already": N_("{path}: already accepted by {by} on {on}; unchanged"),
    "dry-run": N_("# {path}: the block 'goals accept' would write"),
    "accepted": N_("{path}: accepted '{id}' as {me} ({fingerprint}…)"),
}


def _refusal(readable: bool, path: str, manager: object, lang: str = "en") -> str | None:
    if not readable:
        return say(lang, SAID["unreadable"], path=path)
    if not isinstance(manager, str) or not manager:
        return say(lang, SAID["no-manager"], path=path)
    return None


def _commit(
    top: Path, paths: list[str], idents: list[str], lang: str, *, sign: bool = False
) -> None:
    from goals_as_code.git import CommitFailed, commit

    message = (  # the commit's subject, in the repository's language like every word it says
        say(lang, N_("Accept goal {id}"), id=idents[0])
        if len(idents) == 1
        else say(lang, N_("Accept goals {ids}"), ids=", ".join(idents))
    )
    try:
        commit(top, paths, message, sign=sign)
    except CommitFailed as exc:
        raise GoalsError(
            say(
                lang,
                "the acceptance is written, but 'git {command}' failed: {error}; commit "
                "{path} yourself",
                command=exc.step,
                error=exc.said,
                path=", ".join(paths),
            )
        ) from None
    for path in paths:
        click.echo(say(lang, "committed {path}: {message}", path=path, message=message))
