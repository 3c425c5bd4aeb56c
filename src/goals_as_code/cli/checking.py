"""What ``goals check`` does once its command line is read, and the hook's own short way to
read it.

A hook runs ``goals check`` on every commit with a few flags and the staged files; importing
click (and what it imports) and building its parser for the check's twenty options cost about
a tenth of such a run. :func:`quick` reads exactly those command lines (the flags below,
``--today`` and ``--lang`` with a valid value, ``--``, and paths) and hands any other,
including every mistake, to click, which reads it as before: the two ways share :func:`run`,
so they give the same output and exit code."""

from __future__ import annotations

import datetime
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from goals_as_code.check import listing
from goals_as_code.i18n.messages import N_, say
from goals_as_code.source import config as config_module
from goals_as_code.source import fields
from goals_as_code.source.config import Config

# the flags a hook's command line may carry, by the name of what they set
FLAGS = {
    "--at-commit": "at_commit",
    "--staged": "staged",
    "--no-cache": "no_cache",
    "--strict": "strict",
    "--exit-zero": "exit_zero",
    "-q": "quiet",
    "--quiet": "quiet",
}


def quick(args: Sequence[str]) -> int | None:
    """Run ``goals check`` when ``args`` are a hook's command line, read without click; None
    when they are not (click reads them)."""
    read = hook_line(args)
    if read is None:
        return None
    from goals_as_code.cli.guard import guarded

    paths, flags, today, lang = read

    def body() -> int:
        return run(
            paths,
            config=config_module.load(),
            today=today,
            lang=lang,
            strict="strict" in flags,
            exit_zero="exit_zero" in flags,
            quiet="quiet" in flags,
            at_commit="at_commit" in flags,
            staged="staged" in flags,
            no_cache="no_cache" in flags,
        )

    return guarded(args, body)


def hook_line(
    args: Sequence[str],
) -> tuple[list[Path], set[str], datetime.date | None, str | None] | None:
    """The paths, flags, day and language of a ``goals check`` command line made only of what
    :data:`FLAGS` names, ``--today`` and ``--lang``; None for any other (click reads it, and
    says what is wrong with it)."""
    if not args or args[0] != "check" or "_GOALS_COMPLETE" in os.environ:
        return None
    paths: list[Path] = []
    flags: set[str] = set()
    values: dict[str, str] = {}
    rest = iter(args[1:])
    for arg in rest:
        if arg == "--":
            paths.extend(Path(path) for path in rest)
        elif arg in FLAGS:
            flags.add(FLAGS[arg])
        elif arg in ("--today", "--lang"):
            value = next(rest, None)
            if value is None or arg in values:
                return None
            values[arg] = value
        elif arg.startswith(("--today=", "--lang=")):
            name, _, value = arg.partition("=")
            if name in values:
                return None
            values[name] = value
        elif arg.startswith("-") and arg != "-":
            return None
        else:
            paths.append(Path(arg))
    lang = values.get("--lang")
    if lang is not None and lang not in config_module.LANGUAGES:
        return None
    today = fields.date(values["--today"]) if "--today" in values else None
    if "--today" in values and today is None:
        return None
    if any(os.path.exists(path) and not os.access(path, os.R_OK) for path in paths):
        return None  # click says that it cannot be read
    return paths, flags, today, lang


def run(
    paths: Sequence[Path],
    *,
    config: Config,
    output_format: str | None = None,
    output_file: Path | None = None,
    statistics: bool = False,
    strict: bool = False,
    exit_zero: bool = False,
    quiet: bool = False,
    lang: str | None = None,
    today: datetime.date | None = None,
    at_commit: bool = False,
    staged: bool = False,
    no_cache: bool = False,
) -> int:
    """Check ``paths`` (none: the whole goals folder) and write the result; the exit code.
    Git lists the goals folder while the checker loads (``check/listing.py``)."""
    wanted = list(paths) if paths else None
    begun = None
    if listing.from_index(wanted, cache=not no_cache, staged=staged):
        begun = listing.begin(config, staged=staged, paths=wanted)
    try:
        from goals_as_code.check import formats as reporters
        from goals_as_code.check.checker import check
    except BaseException:
        if begun is not None:
            begun.close()
        raise
    hook = at_commit or os.environ.get("PRE_COMMIT") == "1"  # pre-commit sets it for its hooks
    if hook:
        severity = {**config.severity, **config.commit_severity}
        config = config_module.replace(config, severity=severity)
    output_format = chosen_format(output_format)
    language = lang or config.language
    result = check(
        config,
        wanted,
        lang=lang,
        today=today,
        cache=not no_cache,
        progress=not quiet,
        staged=staged,
        begun=begun,
    )
    if paths and not result.files and result.skipped and not hook:
        # typed by hand, not passed by a hook among other files: checking nothing is a mistake
        from goals_as_code.errors import GoalsError

        raise GoalsError(
            say(
                language,
                N_(
                    "none of the files given is a statement file under '{folder}/' (or they are "
                    "excluded), so nothing was checked; give files under it, or point "
                    "--goals-dir at the folder that holds them"
                ),
                folder=config.goals_dir,
            )
        )
    colour = output_file is None and output_format == "text" and reporters.colour_wanted()
    pieces: Iterable[str]
    if statistics:
        pieces = [reporters.STATISTICS[output_format](result, language)]
    elif output_format == "text":  # line by line: many problems are not held twice more
        pieces = reporters.text_lines(result, language, colour=colour, totals=not quiet)
    else:
        pieces = [reporters.FORMATS[output_format](result, language)]
    if quiet and (output_format == "github" or (statistics and output_format == "text")):
        whole = "".join(pieces)
        pieces = ["".join(whole.splitlines(keepends=True)[:-1])]  # without the summary line
    if output_file is not None:
        _write(output_file, pieces)
    else:
        for batch in _batches(pieces):
            sys.stdout.write(batch)
            sys.stdout.flush()
    if result.skipped and output_format == "text" and not result.files and not quiet:
        skipped = N_("({n} given file(s) are not statements: not under '{folder}/' or excluded)")
        said = say(language, skipped, n=result.skipped, folder=config.goals_dir)
        sys.stderr.write(said + "\n")
        sys.stderr.flush()
    failing = result.errors + (result.warnings if strict else 0)
    return 1 if failing and not exit_zero else 0


def chosen_format(given: str | None) -> str:
    """The output format: the one given, else github in a GitHub workflow, else text."""
    if given is not None:
        return given
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def _batches(pieces: Iterable[str], size: int = 2000) -> Iterator[str]:
    """The pieces of the output joined a few thousand at a time, each written at once."""
    batch: list[str] = []
    for piece in pieces:
        batch.append(piece)
        if len(batch) >= size:
            yield "".join(batch)
            batch.clear()
    if batch:
        yield "".join(batch)


def _write(path: Path, pieces: Iterable[str]) -> None:
    from goals_as_code.errors import GoalsError
    from goals_as_code.i18n.messages import message

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as out:
            for batch in _batches(pieces):
                out.write(batch)
    except OSError as exc:
        raise GoalsError(
            message(N_("cannot write {path}: {error}"), path=str(path), error=exc.strerror)
        ) from exc
