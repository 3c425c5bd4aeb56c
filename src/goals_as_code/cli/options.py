"""The options commands share: --config and --goals-dir, --select and --ignore, and --format
and -o."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from goals_as_code.cli.click_words import PathType
from goals_as_code.source import config as config_module


def configured_language() -> str:
    """The language of the configuration, for a command without ``--lang`` (English when the
    configuration cannot be read)."""
    from goals_as_code.errors import GoalsError

    try:
        return config_module.load().language
    except GoalsError:
        return "en"


def output_options(names: Sequence[str]) -> Callable[[Callable[..., int]], Callable[..., int]]:
    """Add ``--format`` (one of ``names``, the first the default) and ``-o/--output`` to a command
    that writes a page: the command gets ``output_format`` and ``output``."""

    def add(function: Callable[..., int]) -> Callable[..., int]:
        with_output = click.option(
            "-o",
            "--output",
            type=PathType(path_type=Path, dir_okay=False),
            help="Write to this file instead of standard output.",
        )(function)
        return click.option(
            "--format",
            "output_format",
            type=click.Choice(list(names)),
            default=names[0],
            show_default=True,
            help="Output format.",
        )(with_output)

    return add


def project_options(function: Callable[..., int]) -> Callable[..., int]:
    """Add ``--config`` and ``--goals-dir`` to a command, and pass it the loaded ``config``."""

    @click.option(
        "--config",
        "config_file",
        type=PathType(path_type=Path, dir_okay=False),
        help="Configuration file (default: goals.toml or pyproject.toml, searched upwards).",
    )
    @click.option(
        "--goals-dir",
        metavar="DIR",
        help="The folder holding statement files (overrides the config).",
    )
    @functools.wraps(function)
    def wrapper(*args: Any, config_file: Path | None, goals_dir: str | None, **kwargs: Any) -> int:
        config = config_module.load(config_file=config_file)
        if goals_dir is not None:
            overrides = {**config.overrides, "goals_dir": goals_dir}
            config = config_module.replace(config, goals_dir=goals_dir, overrides=overrides)
        return function(*args, config=config, **kwargs)

    return wrapper


def rule_options(function: Callable[..., int]) -> Callable[..., int]:
    """Add ``--select`` and ``--ignore`` to a command that runs rules (after ``project_options``
    in the decorator list); the command gets ``config`` with the selection applied."""

    from goals_as_code.cli.completion import rule_selectors

    @click.option(
        "--select",
        help="Rules to run, comma-separated codes, names or families (overrides the config).",
        shell_complete=rule_selectors,
    )
    @click.option(
        "--extend-select",
        help="Rules to run besides the selected ones, comma-separated (added to the config's).",
        shell_complete=rule_selectors,
    )
    @click.option(
        "--ignore",
        help="Rules not to run, comma-separated (added to the config's).",
        shell_complete=rule_selectors,
    )
    @functools.wraps(function)
    def wrapper(
        *args: Any,
        config: config_module.Config,
        select: str | None,
        extend_select: str | None,
        ignore: str | None,
        **kwargs: Any,
    ) -> int:
        overrides = dict(config.overrides)
        if select is not None:
            overrides["select"] = _split(select)
            config = config_module.replace(config, select=_split(select), extend_select=())
        if extend_select is not None:
            extended = (*config.extend_select, *_split(extend_select))
            config = config_module.replace(config, extend_select=extended)
        if ignore is not None:
            overrides["ignore"] = _split(ignore)
            config = config_module.replace(config, ignore=(*config.ignore, *_split(ignore)))
        config = config_module.replace(config, overrides=overrides)
        return function(*args, config=config, **kwargs)

    return wrapper


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())
