"""Configuration: ``[tool.goals]`` in ``pyproject.toml`` or the top level of ``goals.toml``.

The file is found by walking up from the working directory; its folder is the project root, and
``goals-dir`` is relative to it. Without a file, the root is the Git work tree (or the working
directory) and every setting has its default.
"""

from __future__ import annotations

import datetime
import functools
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from goals_as_code.errors import ConfigError
from goals_as_code.i18n.messages import N_, Message, languages, message
from goals_as_code.source import fields

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG_FILE = "goals.toml"
# The languages of the output: one for each message catalogue present (i18n/locale/<lang>/).
LANGUAGES = languages()


COMMIT_SEVERITY: Mapping[str, str] = {"A005": "warning"}  # the default of 'commit-severity'
_NONE: Mapping[str, Any] = {}  # the default of the settings that are mappings: none set


class Config(NamedTuple):
    """The settings of one project (a named tuple, not a dataclass: ``dataclasses`` imports
    ``inspect``, a tenth of a hook's start-up). The mappings are shared defaults: read, never
    changed in place (``replace`` makes a new configuration)."""

    root: Path
    source: Path | None = None  # the file the settings came from, if any
    goals_dir: str = "goals"
    exclude: tuple[str, ...] = ()
    language: str = "en"
    select: tuple[str, ...] = ("ALL",)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, str] = _NONE
    # over ``severity`` when a commit is checked (the hooks): the owner's proposal reaches review
    commit_severity: Mapping[str, str] = COMMIT_SEVERITY
    rules: Mapping[str, Mapping[str, Any]] = _NONE
    front_matter_bytes: int = 65536
    report: Mapping[str, Any] = _NONE
    overrides: Mapping[str, Any] = _NONE  # set on the command line
    require_signatures: bool = False
    allowed_signers: str | None = None  # relative to the top of the repository

    @property
    def signers_path(self) -> Path | None:
        """The allowed-signers file, when one is configured."""
        if self.allowed_signers is None:
            return None
        return self.repository / self.allowed_signers

    @property
    def goals_path(self) -> Path:
        return self.root / self.goals_dir

    @property
    def repository(self) -> Path:
        """The Git work tree that holds the project (the project root itself outside Git)."""
        return work_tree(self.root) or self.root

    def relative(self, path: Path) -> str:
        """``path`` as a POSIX path relative to the repository, as problems name files.

        Relative to the repository, not to the config file's folder, so that GitHub annotations
        and SARIF locations are right when a project lives in a sub-folder of a repository.
        """
        try:
            return path.resolve().relative_to(self.repository.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


@functools.cache
def work_tree(start: Path) -> Path | None:
    """The top of the Git work tree holding ``start``, if any (no Git process is started)."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return None


def find_root(start: Path) -> tuple[Path, Path | None]:
    """The project root and its config file, searching upwards from ``start``."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return folder, candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "goals" in _read_toml(pyproject).get("tool", {}):
            return folder, pyproject
        if (folder / ".git").exists():
            return folder, None
    return start, None


def load(start: Path | None = None, config_file: Path | None = None) -> Config:
    """Read and validate the configuration that applies at ``start`` (default: the cwd)."""
    found: Path | None
    if config_file is not None:
        if not config_file.is_file():
            raise ConfigError(
                message(N_("{path}: no such configuration file"), path=str(config_file))
            )
        root, found = config_file.resolve().parent, config_file.resolve()
    else:
        root, found = find_root(start or Path.cwd())
    if found is None:
        return Config(root=root)
    source: Path = found
    table = _read_toml(source)
    if source.name == "pyproject.toml":
        table = table.get("tool", {}).get("goals", {})
        where = f"{source.name} [tool.goals]"
    else:
        where = source.name
    if not isinstance(table, dict):
        raise ConfigError(message(N_("{path}: [tool.goals] must be a table"), path=str(source)))
    return from_mapping(table, root=root, source=source, where=where)


def language(start: Path | None = None) -> str:
    """The configured language, read without validating the rest of the configuration (for
    the words of a usage error, said before a command runs): English when there is none, or
    when the configuration cannot be read or names no language there is."""
    try:
        _, found = find_root(start or Path.cwd())
        if found is None:
            return "en"
        table: Any = _read_toml(found)
    except (ConfigError, OSError):
        return "en"
    if found.name == "pyproject.toml":
        table = table.get("tool", {}).get("goals", {})
    said = table.get("language") if isinstance(table, dict) else None
    return said if isinstance(said, str) and said in LANGUAGES else "en"


def from_mapping(
    table: Mapping[str, Any], *, root: Path, source: Path | None = None, where: str = "config"
) -> Config:
    from goals_as_code.source import schema

    errors = schema.validate(table, "config")
    if errors:
        details: str | Message = errors[-1].message
        for error in reversed(errors[:-1]):
            details = message(N_("{first}; {rest}"), first=error.message, rest=details)
        raise ConfigError(message(N_("{where}: {problem}"), where=where, problem=details))
    goals_dir = table.get("goals-dir", "goals")
    _inside(root, goals_dir, where)
    limits = table.get("limits", {})
    return Config(
        root=root,
        source=source,
        goals_dir=goals_dir,
        exclude=tuple(table.get("exclude", ())),
        language=table.get("language", "en"),
        select=tuple(table.get("select", ("ALL",))),
        extend_select=tuple(table.get("extend-select", ())),
        ignore=tuple(table.get("ignore", ())),
        severity=dict(table.get("severity", {})),
        commit_severity=dict(table.get("commit-severity", COMMIT_SEVERITY)),
        rules={key: dict(value) for key, value in table.get("rules", {}).items()},
        front_matter_bytes=limits.get("front-matter-bytes", 65536),
        report=dict(table.get("report", {})),
        require_signatures=bool(table.get("require-signatures", False)),
        allowed_signers=table.get("allowed-signers"),
    )


def _inside(root: Path, goals_dir: str, where: str) -> None:
    """Refuse a goals folder that is not a folder inside the project: '/', '..', an absolute
    path, or a link out of it (every command would read a whole disk or another project)."""
    folder = Path(goals_dir)
    try:
        outside = folder.is_absolute() or not (
            (root / folder).resolve().is_relative_to(root.resolve())
        )
    except (OSError, RuntimeError):  # a loop of links
        outside = True
    if outside:
        raise ConfigError(
            message(
                N_(
                    "{where}: goals-dir = '{folder}' is not a folder inside the project; write "
                    'a path relative to {root}, e.g. goals-dir = "goals"'
                ),
                where=where,
                folder=goals_dir,
                root=str(root),
            )
        )


def table_of(text: str, name: str, where: str) -> dict[str, Any]:
    """The settings a configuration file's text holds (``name``: ``goals.toml`` or
    ``pyproject.toml``, whose ``[tool.goals]`` they are); ConfigError when it is not TOML."""
    try:
        table: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            message(N_("{path}: not valid TOML: {error}"), path=where, error=str(exc))
        ) from None
    if name == "pyproject.toml":
        found: Any = table.get("tool", {}).get("goals", {})
        settings: dict[str, Any] = dict(found) if isinstance(found, dict) else {}
        return settings
    return table


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            table: dict[str, Any] = tomllib.load(handle)
            return table
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            message(N_("{path}: not valid TOML: {error}"), path=str(path), error=str(exc))
        ) from None
    except OSError as exc:
        raise ConfigError(
            message(N_("{path}: cannot read: {error}"), path=str(path), error=str(exc.strerror))
        ) from None


def replace(config: Config, **changes: Any) -> Config:
    """A copy of ``config`` with some settings changed (command-line overrides)."""
    return config._replace(**changes)


def default_today() -> datetime.date:
    """Today, or the day in ``GOALS_TODAY`` (YYYY-MM-DD) to check and report as of another day."""
    given = os.environ.get("GOALS_TODAY")
    if not given:
        return datetime.date.today()
    day = fields.date(given)
    if day is None:
        raise ConfigError(
            message(N_("GOALS_TODAY='{given}' is not a date; write it as YYYY-MM-DD"), given=given)
        )
    return day
