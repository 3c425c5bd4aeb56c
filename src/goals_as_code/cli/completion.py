"""Shell completion of what only this project knows: the ids of the statements and the rules.

Click completes the commands and options itself (``_GOALS_COMPLETE=bash_source goals`` prints
the script, see the README); the arguments that name a statement or a rule take these functions
as their ``shell_complete``. A completion never fails: what cannot be read completes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click
from click.shell_completion import CompletionItem

if TYPE_CHECKING:
    from goals_as_code.source.document import Document

Complete = Callable[[click.Context, click.Parameter, str], list[CompletionItem]]


def _documents(ctx: click.Context) -> list[Document]:
    """The statements of the project the command line names (``--config``, ``--goals-dir``), or
    of the working directory's; none when they cannot be read."""
    from goals_as_code.check.tree import discover, read
    from goals_as_code.errors import GoalsError
    from goals_as_code.source import config as config_module

    try:
        config_file = ctx.params.get("config_file")
        config = config_module.load(config_file=Path(config_file) if config_file else None)
        goals_dir = ctx.params.get("goals_dir")
        if goals_dir:
            config = config_module.replace(config, goals_dir=goals_dir)
        return [read(path, config) for path in discover(config)]
    except (GoalsError, OSError):
        return []


def statement_ids(*kinds: str, pairs: bool = False) -> Complete:
    """Complete the ids of the statements under the goals folder (of ``kinds``, or all), with
    each one's statement as its help (shown by zsh and fish). With ``pairs``, the argument is
    ``ID VALUE [ID VALUE]...``: an id is completed where an id goes, nothing where a value does."""

    def complete(
        ctx: click.Context, param: click.Parameter, incomplete: str
    ) -> list[CompletionItem]:
        if pairs and len(ctx.params.get(param.name or "") or ()) % 2:
            return []  # a value
        docs = _documents(ctx)
        found: dict[str, str] = {}
        for doc in docs:
            if doc.id and doc.id.startswith(incomplete) and (not kinds or doc.kind in kinds):
                found.setdefault(doc.id, doc.statement or "")
        return [CompletionItem(ident, help=help_ or None) for ident, help_ in sorted(found.items())]

    return complete


def people(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Complete the addresses of the owners and managers the statements name."""
    del param
    found = {
        str(person)
        for doc in _documents(ctx)
        for person in (doc.get("owner"), doc.get("manager"))
        if isinstance(person, str) and person.startswith(incomplete)
    }
    return [CompletionItem(person) for person in sorted(found)]


def rule_names(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Complete a rule's code or name, with its summary as help."""
    del ctx, param
    from goals_as_code.check import rules
    from goals_as_code.check.rules._base import summary

    return [
        CompletionItem(word, help=summary(rule))
        for rule in rules.RULES
        for word in (rule.CODE, rule.NAME)
        if word.startswith(incomplete) or word.lower().startswith(incomplete.lower())
    ]


def rule_selectors(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """Complete the last entry of a comma-separated list of rules: codes, names, families and
    ``ALL``; the entries before it are kept."""
    from goals_as_code.check import rules

    head, _, last = incomplete.rpartition(",")
    prefix = f"{head}," if head else ""
    families = [
        CompletionItem(f"{prefix}{word}")
        for word in ("ALL", *rules.FAMILIES)
        if word.startswith(last.upper())
    ]
    named = rule_names(ctx, param, last)
    return families + [CompletionItem(f"{prefix}{item.value}", help=item.help) for item in named]
