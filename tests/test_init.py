"""goals init: a working setup in one command, and nothing of the user's overwritten."""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from goals_as_code import __version__
from goals_as_code.cli.commands.init import HOOK_ID, REPOSITORY, add_entry

from .conftest import Repo, run

ROOT = Path(__file__).resolve().parent.parent
ENTRY = {
    "repo": "local",
    "hooks": [
        {
            "id": HOOK_ID,
            "name": "check goals",
            "entry": "goals check",
            "language": "system",
            "types": ["markdown"],
            "require_serial": True,
        }
    ],
}


def statements(repo: Repo) -> dict[str, str]:
    return {
        path.relative_to(repo.path).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted((repo.path / "goals").rglob("*.md"))
    }


@pytest.mark.parametrize(("lang", "wrote"), [("en", "wrote "), ("sv", "skrev ")])
def test_init_sets_up_a_repository_that_passes_check(
    lang: str, wrote: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "init", "--lang", lang)
    assert code == 0
    written = [line.split()[1] for line in out.splitlines() if line.startswith(wrote)]
    assert written[0] == "goals.toml"
    assert written[-1] == ".pre-commit-config.yaml"
    assert len(written) == 7

    assert f'language = "{lang}"' in (repo.path / "goals.toml").read_text(encoding="utf-8")
    config = yaml.safe_load((repo.path / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert config == {"repos": [ENTRY]}

    code, out, _ = run(capsys, "check", "--format", "json")
    payload = json.loads(out)
    assert payload["problems"] == []
    assert (code, payload["files"]) == (0, 5)


def test_examples_cover_every_kind_and_link_up(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    from goals_as_code.check.tree import Tree
    from goals_as_code.source import config as config_module

    run(capsys, "init", "--lang", "sv")
    tree = Tree.load(config_module.load())
    kinds = sorted(str(doc.kind) for doc in tree.documents)
    assert kinds == ["activity", "behaviour", "goal", "goal", "kpi"]
    year = datetime.date.today().year
    personal = tree.get("svarstid")
    assert personal is not None
    assert personal.get("parent") == f"kundnojdhet-{year}"
    assert personal.get("kpi") == "svarstid-kundservicemail"
    assert personal.get("deadline") == f"{year}-12-31"
    assert personal.statement is not None
    assert personal.statement.endswith(f"till den 31 december {year}")
    for doc in tree.documents:
        assert doc.text.splitlines()[1] == f"id: {doc.id}"  # no schema modeline
        if doc.kind in ("activity", "behaviour"):
            assert doc.get("goal") == "svarstid"


def test_init_twice_changes_nothing(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "init")
    before = statements(repo)
    config_before = (repo.path / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    code, out, _ = run(capsys, "init")
    assert code == 0
    assert "wrote" not in out
    assert "skipped  goals.toml (it exists; left as it is)" in out
    assert "skipped  .pre-commit-config.yaml (it already has the check-goals hook)" in out
    assert statements(repo) == before
    assert (repo.path / ".pre-commit-config.yaml").read_text(encoding="utf-8") == config_before


def test_existing_files_are_kept(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("goals.toml", 'goals-dir = "okr"\nlanguage = "sv"\n')
    mine = repo.write("okr/support/faster-replies.md", "my own goal, not to be touched\n")
    code, out, _ = run(capsys, "init")  # in the language of the configuration it finds
    assert code == 0
    assert out.splitlines()[:3] == [
        "hoppade över goals.toml (den finns; lämnad som den är)",
        "hoppade över exemplen (okr/ har redan påståenden)",
        "skrev    .pre-commit-config.yaml",
    ]
    assert mine.read_text(encoding="utf-8") == "my own goal, not to be touched\n"
    assert [p.name for p in (repo.path / "okr").rglob("*.md")] == ["faster-replies.md"]
    assert not (repo.path / "goals").exists()
    assert (repo.path / "goals.toml").read_text(encoding="utf-8") == (
        'goals-dir = "okr"\nlanguage = "sv"\n'
    )


def test_examples_go_where_the_config_says(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("goals.toml", 'goals-dir = "okr"\n')
    code, out, _ = run(capsys, "init")
    assert code == 0
    assert "wrote    okr/support/faster-replies.md" in out
    assert not (repo.path / "goals").exists()
    code, out, _ = run(capsys, "check")
    assert (code, out) == (0, "All good: 5 files checked, no problems.\n")


def test_config_in_pyproject_is_respected(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("pyproject.toml", '[project]\nname = "x"\n\n[tool.goals]\nlanguage = "en"\n')
    code, out, _ = run(capsys, "init", "--no-examples")
    assert code == 0
    assert "skipped  goals.toml (pyproject.toml has [tool.goals])" in out
    assert not (repo.path / "goals.toml").exists()
    assert not (repo.path / "goals").exists()


def test_generated_pre_commit_config_is_valid_for_pre_commit(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "init", "--no-examples")
    done = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", ".pre-commit-config.yaml"],
        cwd=repo.path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    manifest = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert HOOK_ID in [hook["id"] for hook in manifest]


EXISTING = {
    "two spaces": """\
# my hooks
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: trailing-whitespace  # keep this comment
""",
    "no indent, then another key": """\
repos:
- repo: https://github.com/pre-commit/pre-commit-hooks
  rev: v4.6.0
  hooks:
  - id: end-of-file-fixer

# trailing comment about ci
ci:
  autofix_prs: false
""",
    "four spaces, no final newline": (
        "default_stages: [pre-commit]\nrepos:\n    -   repo: local\n        hooks:\n"
        "        -   id: x\n            name: x\n            entry: x\n            language: system"
    ),
    "empty repos": "repos:\n",
    "no repos": "default_install_hook_types: [pre-commit]\n",
    "empty file": "",
}


@pytest.mark.parametrize("name", list(EXISTING))
def test_entry_is_added_to_an_existing_config(name: str) -> None:
    old = EXISTING[name]
    new, reason = add_entry(old)
    assert new is not None, reason
    before = yaml.safe_load(old) or {}
    after = yaml.safe_load(new)
    assert after == {**before, "repos": [*(before.get("repos") or []), ENTRY]}
    for line in old.splitlines():  # every line, comments too, is still there
        assert line in new.splitlines()
    assert add_entry(new) == (None, "it already has the check-goals hook")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("repos: []\n", "not written as a block list"),
        ("repos: [\n", "not valid YAML"),
        ("- just\n- a list\n", "not a YAML mapping"),
        ("repos: 3\n", "'repos' is not a list"),
    ],
)
def test_config_that_cannot_be_extended_is_left_alone(text: str, reason: str) -> None:
    new, why = add_entry(text)
    assert new is None
    assert reason in why


def test_unextendable_config_is_kept_and_the_entry_shown(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    config = repo.write(".pre-commit-config.yaml", "repos: []\n")
    code, out, _ = run(capsys, "init", "--no-examples")
    assert code == 0
    assert config.read_text(encoding="utf-8") == "repos: []\n"
    assert "Add this entry under 'repos:' yourself:" in out
    assert "  - repo: local\n    hooks:\n      - id: check-goals\n" in out


def test_existing_config_is_updated_in_place(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    config = repo.write(".pre-commit-config.yaml", EXISTING["two spaces"])
    code, out, _ = run(capsys, "init", "--no-examples")
    assert code == 0
    assert "updated  .pre-commit-config.yaml (added the check-goals hook)" in out
    text = config.read_text(encoding="utf-8")
    assert text.startswith(EXISTING["two spaces"])
    assert yaml.safe_load(text)["repos"][-1] == ENTRY


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_example_goals_have_their_own_words_and_a_plan_that_links_up(
    lang: str, repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    from goals_as_code.check.rules._links import linked, links
    from goals_as_code.check.tree import Tree
    from goals_as_code.source import config as config_module

    run(capsys, "init", "--lang", lang)
    tree = Tree.load(config_module.load())
    goals = {doc.get("top") is True: doc for doc in tree.documents if doc.kind == "goal"}
    assert sorted(goals) == [False, True]
    plan = [linked(tree, link) for link in links(goals[False])]
    assert [doc.kind if doc else None for doc in plan] == ["activity", "behaviour"]
    code, out, _ = run(capsys, "check", "--format", "json", "--select", "S004,L")
    assert (code, json.loads(out)["problems"]) == (0, [])


def yaml_blocks(path: Path) -> list[object]:
    text = path.read_text(encoding="utf-8")
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", text, re.S)]


def test_the_docs_show_what_init_writes_and_the_published_form_names_the_release() -> None:
    written = {"repos": [ENTRY]}
    assert written in yaml_blocks(ROOT / "README.md")
    blocks = yaml_blocks(ROOT / "docs" / "pre-commit.md")
    assert written in blocks
    # the remote form, for when the project is published: its rev is this version's release
    [remote] = [b for b in blocks if isinstance(b, dict) and b.get("repos", [{}])[0].get("rev")]
    release = re.match(r"\d+\.\d+\.\d+", __version__)
    assert release is not None
    assert remote == {
        "repos": [{"repo": REPOSITORY, "rev": f"v{release.group(0)}", "hooks": [{"id": HOOK_ID}]}]
    }


def test_the_local_hook_is_the_published_hook_run_from_path() -> None:
    [published] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    [local] = ENTRY["hooks"]  # type: ignore[index]
    same = ("id", "name", "entry", "types", "require_serial")
    assert {key: published[key] for key in same} == {key: local[key] for key in same}
    assert (published["language"], local["language"]) == ("python", "system")
