"""goals schema: print or export the JSON Schemas, for editors and other tools."""

from __future__ import annotations

import os
from pathlib import Path

import click

from goals_as_code.cli.click_words import PathType, said
from goals_as_code.cli.options import configured_language
from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import N_, say
from goals_as_code.source import schema

HELP = """Print a JSON Schema, or write them all to a folder.

The schemas describe the front matter of each kind of statement (goal, kpi, activity, behaviour),
the parts they share (common), the choice by kind (statement) and the configuration (config).
They are draft 2020-12 with a stable $id. --write exports them without it: each copy's base is
then the file itself, so its relative $refs name the files beside it and a validator such as
check-jsonschema resolves them offline, from any folder, with no --base-uri:


  goals schema --write .goals/schemas
  check-jsonschema --schemafile .goals/schemas/goal.schema.json front-matter.yaml

Editors do not apply a schema to Markdown front matter (docs/editors.md says what works).

\b
Examples:
  goals schema goal
  goals schema --write .goals/schemas
"""


@click.command(help=HELP, short_help="Print or export the JSON Schemas.")
@click.argument("name", type=click.Choice(schema.SCHEMA_FILES), required=False)
@click.option(
    "--write",
    "folder",
    type=PathType(path_type=Path, file_okay=False),
    help="Write every schema into this folder as NAME.schema.json.",
)
@click.option("--force", is_flag=True, help="With --write: replace schema files already there.")
def command(name: str | None, folder: Path | None, force: bool) -> int:
    if folder is None and name is None:
        raise click.UsageError(
            said(N_("give a schema NAME to print, or --write FOLDER to export them all"))
        )
    if folder is not None:
        _export(folder, (name,) if name else schema.SCHEMA_FILES, force)
        return 0
    assert name is not None
    click.echo(schema.path(name).read_text(encoding="utf-8"), nl=False)
    return 0


def _local(source: Path) -> str:
    """The schema without its ``$id``: its relative ``$ref``s then resolve against where the copy
    is, not against the published address (a relative ``$id`` would resolve against the working
    directory in check-jsonschema)."""
    import json

    data = json.loads(source.read_text(encoding="utf-8"))
    data.pop("$id", None)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _export(folder: Path, names: tuple[str, ...], force: bool) -> None:
    """Write the schemas into ``folder``: an existing file only with ``force``, and never through
    a link (a link there is replaced by a file, not followed out of the folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    targets = [(each, folder / schema.path(each).name) for each in names]
    there = [str(target) for _, target in targets if target.is_symlink() or target.exists()]
    if there and not force:
        raise GoalsError(
            say(
                configured_language(),
                "{paths}: already there; add --force to replace them",
                paths=", ".join(there),
            )
        )
    for each, target in targets:
        try:
            if target.is_symlink() or target.exists():
                target.unlink()
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            with os.fdopen(os.open(target, flags, 0o644), "w", encoding="utf-8") as handle:
                handle.write(_local(schema.path(each)))
        except OSError as exc:
            raise GoalsError(
                say(
                    configured_language(),
                    "{path}: cannot write: {error}",
                    path=str(target),
                    error=exc.strerror or str(exc),
                )
            ) from None
        click.echo(say(configured_language(), "wrote {path}", path=target))
