"""Finding the one statement a command names by its id, and who runs the command in Git."""

from __future__ import annotations

from goals_as_code.check.tree import Tree
from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import say
from goals_as_code.source.config import Config
from goals_as_code.source.document import Document
from goals_as_code.source.text import did_you_mean


def find_statement(tree: Tree, ident: str, config: Config, lang: str) -> Document:
    """The one statement with ``id: ident``; a GoalsError (exit 2) that says why when there is
    none (with the closest id) or when the id is written in more than one file."""
    found = tree.with_id(ident)
    if not found:
        close = did_you_mean(ident, tree.ids)
        hint = say(lang, "; did you mean '{close}'?", close=close[0]) if close else ""
        raise GoalsError(
            say(
                lang,
                "no statement has 'id: {id}' under '{folder}/'{hint}",
                id=ident,
                folder=config.goals_dir,
                hint=hint,
            )
        )
    if len(found) > 1:
        paths = ", ".join(doc.path for doc in found)
        raise GoalsError(
            say(
                lang,
                "the id '{id}' is written in more than one file ({paths}); fix that",
                id=ident,
                paths=paths,
            )
        )
    return found[0]


def git_identity(config: Config, lang: str, missing: str) -> str:
    """The e-mail address Git records for whoever runs the command (``user.email``); a
    GoalsError with the message ``missing`` (why the command needs one) when there is none."""
    from goals_as_code.history import provenance

    me = provenance.identity(config.repository)
    if me is None:
        raise GoalsError(say(lang, missing))
    return me
