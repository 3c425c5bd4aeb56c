"""The options every command that reads a project shares: --config and --goals-dir."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from goals_as_code.source import config as config_module


def project_options(function: Callable[..., int]) -> Callable[..., int]:
    """Add ``--config`` and ``--goals-dir`` to a command, and pass it the loaded ``config``."""

    @click.option(
        "--config",
        "config_file",
        type=click.Path(path_type=Path, dir_okay=False),
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
            config = config_module.replace(config, goals_dir=goals_dir)
        return function(*args, config=config, **kwargs)

    return wrapper
