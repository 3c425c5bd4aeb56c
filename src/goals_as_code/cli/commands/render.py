"""goals render: statement files as standalone HTML pages with their cards, for a team with no
docs site."""

from __future__ import annotations

from pathlib import Path

import click

from goals_as_code.cli.click_words import PathType
from goals_as_code.cli.options import project_options
from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import say
from goals_as_code.source.config import LANGUAGES, Config
from goals_as_code.source.document import Document

HELP = """Render statement files as standalone HTML pages, each with its goal card.

The card shows the kind and status, owner and manager, baseline → current → target with a
progress bar, deadline, pace, confidence, acceptance and agreement, the goal's KPI, activities
and behaviours; in a Git repository, the check-in chart of 'goals report --format html'.
A page holds its style and needs no network. For a docs site, use the MkDocs plugin or the
Sphinx extension instead (docs/sites.md).

\b
Examples:
  goals render goals/anna/faster-replies.md
  goals render goals/*.md -o public/goals
"""


@click.command(help=HELP, short_help="Render statement files as HTML pages with their cards.")
@click.argument(
    "files",
    nargs=-1,
    required=True,
    metavar="FILE...",
    type=PathType(path_type=Path, dir_okay=False, exists=True),
)
@click.option(
    "-o",
    "--output",
    "folder",
    metavar="DIR",
    type=PathType(path_type=Path, file_okay=False),
    default=Path("."),
    show_default=True,
    help="Write the pages into this folder, as the files are laid out under the goals folder.",
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    help="Language of the cards (default: 'language' in the config).",
)
@click.option(
    "--today",
    metavar="DATE",
    help="Compute pace as of this date (default: today or GOALS_TODAY).",
)
@click.option(
    "--no-history",
    "history",
    flag_value=False,
    default=True,
    help="Do not read Git for the check-in charts.",
)
@project_options
def command(
    files: tuple[Path, ...],
    folder: Path,
    lang: str | None,
    today: str | None,
    history: bool,
    config: Config,
) -> int:
    from goals_as_code.site import Site, page

    site = Site(config.goals_path, lang=lang, today=today, history=history, config=config)
    md = site.markdown()
    failed = 0
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise GoalsError(
                say(site.lang, "cannot read {path}: {error}", path=path, error=exc)
            ) from None
        env: dict[str, object] = {"path": config.relative(path)}
        body = md.render(text, env)
        doc = env["goal"]
        assert isinstance(doc, Document)
        if not doc.readable or doc.kind is None:
            issue = doc.issues[0] if doc.issues else None
            line = issue.line if issue else 1
            click.echo(
                say(
                    site.lang,
                    "{path}:{line}: not a statement, so the page has no card; "
                    "run 'goals check {path}'",
                    path=config.relative(path),
                    line=line,
                ),
                err=True,
            )
            failed += 1
        target = folder / _relative(path, config).with_suffix(".html")
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            target.write_text(page(doc.statement or path.stem, body, site.lang), encoding="utf-8")
        except OSError as exc:
            said = say(site.lang, "cannot write {path}: {error}", path=target, error=exc.strerror)
            raise GoalsError(said) from None
        click.echo(say(site.lang, "wrote {path}", path=target))
    return 1 if failed else 0


def _relative(path: Path, config: Config) -> Path:
    try:
        return path.resolve().relative_to(config.goals_path.resolve())
    except ValueError:
        return Path(path.name)
