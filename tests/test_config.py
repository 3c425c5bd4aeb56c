from __future__ import annotations

from pathlib import Path

import pytest

from goals_as_code.errors import ConfigError
from goals_as_code.source import config

from .conftest import Repo


def test_defaults_without_a_file(repo: Repo) -> None:
    loaded = config.load()
    assert loaded.root == repo.path.resolve()
    assert loaded.source is None
    assert loaded.goals_dir == "goals"
    assert loaded.language == "en"


def test_goals_toml_is_found_from_a_subfolder(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    repo.write("goals.toml", 'goals-dir = "mål"\nlanguage = "sv"\nignore = ["T"]\n')
    (repo.path / "mål" / "team").mkdir(parents=True)
    monkeypatch.chdir(repo.path / "mål" / "team")
    loaded = config.load()
    assert loaded.root == repo.path.resolve()
    assert loaded.goals_dir == "mål"
    assert loaded.language == "sv"
    assert loaded.ignore == ("T",)


def test_pyproject_tool_goals(repo: Repo) -> None:
    repo.write(
        "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.goals]\ngoals-dir = "okr"\n\n'
        '[tool.goals.severity]\nT = "warning"\n',
    )
    loaded = config.load()
    assert loaded.goals_dir == "okr"
    assert loaded.severity == {"T": "warning"}


def test_pyproject_without_tool_goals_is_not_the_config(repo: Repo) -> None:
    repo.write("pyproject.toml", '[project]\nname = "x"\n')
    assert config.load().source is None


def test_unknown_key_is_an_error_that_names_it(repo: Repo) -> None:
    repo.write("goals.toml", 'goal-dir = "x"\n')
    with pytest.raises(ConfigError, match=r"goal-dir.*did you mean 'goals-dir'"):
        config.load()


def test_bad_value_is_an_error(repo: Repo) -> None:
    repo.write("goals.toml", 'language = "de"\n')
    with pytest.raises(ConfigError, match="language"):
        config.load()


def test_invalid_toml(repo: Repo) -> None:
    repo.write("goals.toml", "language = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        config.load()


def test_explicit_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such configuration file"):
        config.load(config_file=tmp_path / "nope.toml")


def test_relative_paths_are_posix_and_repository_relative(repo: Repo) -> None:
    loaded = config.load()
    assert loaded.relative(repo.path / "goals" / "a b" / "x.md") == "goals/a b/x.md"


def _modules_after_load(repo: Repo) -> list[str]:
    """The JSON Schema modules a fresh process imports to load ``repo``'s configuration."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from goals_as_code.source import config\n"
        "try:\n"
        "    config.load()\n"
        "except Exception as exc:\n"
        "    print(type(exc).__name__)\n"
        "print([m for m in ('jsonschema', 'referencing') if m in sys.modules])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=repo.path, capture_output=True, text=True, check=False
    )
    return done.stdout.splitlines()


def test_a_valid_configuration_needs_no_json_schema_library(repo: Repo) -> None:
    repo.write("goals.toml", 'goals-dir = "goals"\nlanguage = "sv"\n')
    assert _modules_after_load(repo) == ["[]"]
    repo.write("goals.toml", 'goals-dir = "goals"\nlanguage = "xx"\n')
    # a problem is worded by the library, every time
    assert _modules_after_load(repo) == ["ConfigError", "['jsonschema', 'referencing']"]
    with pytest.raises(ConfigError, match="language"):
        config.load(repo.path)
