"""The rule registry and its documentation: every rule registered, documented and exemplified."""

from __future__ import annotations

import json
import pkgutil
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from tools import rule_index, rules_doc

from goals_as_code.check import catalogue, rules

from . import changes
from .conftest import AUTHOR, Repo, run
from .lint import hits

ROOT = Path(__file__).parent.parent


def test_every_rule_module_is_registered() -> None:
    modules = {info.name for info in pkgutil.iter_modules(rules.__path__)}
    registered = {rule.module for rule in rules.RULES}
    assert {name for name in modules if not name.startswith("_")} == registered


def test_the_catalogue_is_the_file_rules_then_the_change_rules() -> None:
    assert (*rules.FILE_RULES, *rules.CHANGE_RULES) == rules.RULES
    assert {rule.CODE[0] for rule in rules.CHANGE_RULES} == {"C"}
    assert "C" not in {rule.CODE[0] for rule in rules.FILE_RULES}
    assert all(catalogue.is_change(rule) for rule in rules.CHANGE_RULES)
    assert not any(catalogue.is_change(rule) for rule in rules.FILE_RULES)


def test_codes_and_names_are_unique_and_well_formed() -> None:
    codes = [rule.CODE for rule in rules.RULES]
    names = [rule.NAME for rule in rules.RULES]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"[A-Z][0-9]{3}", code) for code in codes)
    assert all(re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)+", name) for name in names)
    assert all(code[0] in rules.FAMILIES for code in codes)


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda rule: rule.CODE)
def test_every_rule_is_documented(rule: rules.Entry) -> None:
    found = catalogue.sections(rule)
    assert [heading for heading in catalogue.HEADINGS if heading in found] == list(
        catalogue.HEADINGS
    )
    assert all(found[heading] for heading in catalogue.HEADINGS)
    assert catalogue.example(rule, "Example").files
    assert catalogue.example(rule, "Use instead").files
    for option in rule.OPTIONS:
        assert f"`{option}`" in found.get("Options", ""), f"{rule.CODE} option {option}"


def settings(config: dict[str, Any]) -> dict[str, Any]:
    """What an example's toml block sets: rule options and the front matter size limit."""
    limit = config.get("limits", {}).get("front-matter-bytes", 65536)
    return {"options": config.get("rules"), "max_front_matter": limit}


def file_hits(rule: rules.Entry, heading: str, repo: Repo, capsys: Any) -> list[int]:
    """The lines a file rule's example reports: in memory, or, when its fences name who
    commits them, in a real repository, each file committed by its author."""
    files, config, authors = catalogue.example(rule, heading)
    if not any(authors):
        return [line for line, _ in hits(rule.CODE, *files, **settings(config))]
    assert config == {}
    for number, (text, author) in enumerate(zip(files, authors, strict=True)):
        repo.write(f"goals/file{number}.md", text)
        name, email = author or AUTHOR
        repo.commit(f"file {number}", name=name, email=email)
    _, out, _ = run(capsys, "check", "--select", rule.CODE, "--format", "json")
    return [p["line"] for p in json.loads(out)["problems"] if p["path"] == "goals/file0.md"]


@pytest.mark.parametrize("rule", rules.FILE_RULES, ids=lambda rule: rule.CODE)
def test_the_example_fires_the_rule(rule: rules.Entry, repo: Repo, capsys: Any) -> None:
    assert file_hits(rule, "Example", repo, capsys)


@pytest.mark.parametrize("rule", rules.FILE_RULES, ids=lambda rule: rule.CODE)
def test_the_use_instead_does_not(rule: rules.Entry, repo: Repo, capsys: Any) -> None:
    assert file_hits(rule, "Use instead", repo, capsys) == []


SWEDISH = [rule for rule in rules.RULES if "Example (sv)" in catalogue.sections(rule)]


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda rule: rule.CODE)
def test_a_languages_examples_come_in_pairs(rule: rules.Entry) -> None:
    found = [heading for heading in catalogue.sections(rule) if heading.endswith(")")]
    assert found in ([], ["Example (sv)", "Use instead (sv)"])


@pytest.mark.parametrize(
    "rule", [rule for rule in SWEDISH if rule in rules.FILE_RULES], ids=lambda rule: rule.CODE
)
def test_the_swedish_example_fires_the_rule(rule: rules.Entry) -> None:
    files, config, _ = catalogue.example(rule, "Example (sv)")
    english = catalogue.example(rule, "Example")
    assert (len(files), config) == (len(english.files), english.config)
    assert hits(rule.CODE, *files, **settings(config)) == hits(
        rule.CODE, *english.files, **settings(english.config)
    )


@pytest.mark.parametrize(
    "rule", [rule for rule in SWEDISH if rule in rules.FILE_RULES], ids=lambda rule: rule.CODE
)
def test_the_swedish_use_instead_does_not(rule: rules.Entry) -> None:
    files, config, _ = catalogue.example(rule, "Use instead (sv)")
    assert files
    assert hits(rule.CODE, *files, **settings(config)) == []


def change_hits(repo: Repo, rule: rules.Entry, heading: str) -> list[int]:
    """Commit a change rule's example (the base version, then the head) and review it."""
    files, config, authors = catalogue.example(rule, heading)
    assert (len(files), config, authors[0]) == (2, {}, None)
    before, after = files
    if hasattr(rule.load(), "check_setup"):  # its examples are the configuration, before and after
        return [line for _, line in changes.setup_hits(repo, rule.CODE, before, after)]
    return changes.hits(repo, rule.CODE, before, after, authors[1] or AUTHOR)


@pytest.mark.parametrize("rule", rules.CHANGE_RULES, ids=lambda rule: rule.CODE)
def test_the_change_example_fires_the_rule(repo: Repo, rule: rules.Entry) -> None:
    assert len(change_hits(repo, rule, "Example")) == 1


@pytest.mark.parametrize("rule", rules.CHANGE_RULES, ids=lambda rule: rule.CODE)
def test_the_change_use_instead_does_not(repo: Repo, rule: rules.Entry) -> None:
    assert change_hits(repo, rule, "Use instead") == []


@pytest.mark.parametrize(
    "rule", [rule for rule in SWEDISH if rule in rules.CHANGE_RULES], ids=lambda rule: rule.CODE
)
def test_the_swedish_change_example_fires_the_rule(repo: Repo, rule: rules.Entry) -> None:
    assert len(change_hits(repo, rule, "Example (sv)")) == 1


@pytest.mark.parametrize(
    "rule", [rule for rule in SWEDISH if rule in rules.CHANGE_RULES], ids=lambda rule: rule.CODE
)
def test_the_swedish_change_use_instead_does_not(repo: Repo, rule: rules.Entry) -> None:
    assert change_hits(repo, rule, "Use instead (sv)") == []


def test_an_example_fence_names_who_commits_it() -> None:
    from goals_as_code.check.rules import acceptance_by_other

    example = catalogue.example(acceptance_by_other, "Example")
    assert example.authors == [None, ("Anna Andersson", "anna@example.com")]
    assert catalogue.example(acceptance_by_other, "Use instead").authors[1] == (
        "Erik Eriksson",
        "erik@example.com",
    )


def test_docs_rules_md_is_up_to_date() -> None:
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert page == catalogue.markdown(), (
        "docs/rules.md is stale: run 'python -m tools.rules_doc --write docs/rules.md'"
    )


def test_the_rule_index_is_up_to_date() -> None:
    written = rule_index.INDEX.read_text(encoding="utf-8")
    assert written == rule_index.render(), (
        "check/rules/_index.py is stale: run 'python -m tools.rule_index --write'"
    )
    for entry in rules.RULES:
        module = entry.load()
        assert (entry.CODE, entry.NAME, entry.SEVERITY) == (
            module.CODE,
            module.NAME,
            module.SEVERITY,
        )
        assert dict(entry.OPTIONS) == dict(module.OPTIONS)


@pytest.mark.parametrize(
    ("select", "loaded"),
    [
        ('["F", "V", "L"]', ["duplicate_id", "front_matter_missing", "missing_field", "no_parent"]),
        ('["ALL"]', ["duplicate_id", "focus_limit", "goal_reads_as_activity", "vague_word"]),
    ],
)
def test_a_check_imports_only_the_rules_it_runs(
    tmp_path: Path, select: str, loaded: list[str]
) -> None:
    import subprocess
    import sys

    (tmp_path / "goals").mkdir()
    (tmp_path / "goals.toml").write_text(f"select = {select}\n", encoding="utf-8")
    (tmp_path / "goals" / "a.md").write_text(
        "---\nid: a\nkind: goal\n---\n# I will answer within a day by June 2027\n",
        encoding="utf-8",
    )
    probe = (
        "import sys\n"
        "from goals_as_code.cli.main import main\n"
        "main(['check', '--format', 'json'])\n"
        "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules "
        "if m.startswith('goals_as_code.check.rules.') and not m.rsplit('.', 1)[1][0] == '_'))\n"
        "print('goals_as_code.classify.reading' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    *_, imported, classify = done.stdout.splitlines()
    names = set(eval(imported))  # a list of module names, printed by the probe
    assert set(loaded) <= names, done.stdout + done.stderr
    # the change rules run in `goals review` only; F, V and L need no classifier
    assert not names & set(rules.CHANGE_MODULES)
    chosen = {entry.rule.__name__.rsplit(".", 1)[1] for entry in rules.configure(eval(select))}
    assert names == chosen | {"unused_suppression"}
    assert classify == str(select == '["ALL"]')


def test_catalogue_check_reports_a_stale_page(tmp_path: Path) -> None:
    page = tmp_path / "rules.md"
    page.write_text("# Rules\n", encoding="utf-8")
    assert rules_doc.main(["--check", str(page)]) == 1
    assert rules_doc.main(["--write", str(page)]) == 0
    assert rules_doc.main(["--check", str(page)]) == 0
    assert page.read_text(encoding="utf-8") == catalogue.markdown()


def test_the_configuration_shown_in_the_docs_is_valid(tmp_path: Path) -> None:
    from goals_as_code.check.checker import active_rules
    from goals_as_code.source import config as config_module

    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    block = page.split("```toml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "pyproject.toml").write_text(block, encoding="utf-8")
    active = {entry.rule.NAME: entry for entry in active_rules(config_module.load(tmp_path))}
    assert "missing-confidence" not in active
    assert active["low-confidence"].severity == "error"
    assert active["missing-deadline"].severity == "warning"
    assert active["focus-limit"].options == {"max-active": 3}


def test_a_rule_without_swedish_examples_shows_the_english_ones_under_a_note() -> None:
    rule = SimpleNamespace(
        CODE="T001",
        NAME="missing-deadline",
        SEVERITY="error",
        OPTIONS={},
        __doc__=(
            "A goal has no deadline.\n\n## What it does\nReports a goal without a `deadline` "
            "field (a date, `YYYY-MM-DD`).\n\n## Example\n```markdown\n# I will\n```\n"
        ),
    )
    said = catalogue.explain(rule, "sv")
    assert said.split("\n## ")[1:] == [
        "Vad den gör\n\nRapporterar ett mål utan fältet `deadline` (ett datum, `YYYY-MM-DD`).\n",
        "Exempel\n\nDet finns ännu inget exempel på det här språket; här är det engelska.\n\n"
        "```markdown\n# I will\n```\n",
    ]
    assert "## Example\n\n```markdown\n# I will\n```\n" in catalogue.explain(rule, "en")
