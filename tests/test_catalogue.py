"""The rule registry and its documentation: every rule registered, documented and exemplified."""

from __future__ import annotations

import pkgutil
import re
from pathlib import Path
from typing import Any

import pytest
from tools import rules_doc

from goals_as_code.check import catalogue, rules

from .lint import hits

ROOT = Path(__file__).parent.parent


def test_every_rule_module_is_registered() -> None:
    modules = {info.name for info in pkgutil.iter_modules(rules.__path__)}
    registered = {rule.__name__.rsplit(".", 1)[1] for rule in rules.RULES}
    assert {name for name in modules if not name.startswith("_")} == registered


def test_codes_and_names_are_unique_and_well_formed() -> None:
    codes = [rule.CODE for rule in rules.RULES]
    names = [rule.NAME for rule in rules.RULES]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"[A-Z][0-9]{3}", code) for code in codes)
    assert all(re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)+", name) for name in names)
    assert all(code[0] in rules.FAMILIES for code in codes)


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda rule: rule.CODE)
def test_every_rule_is_documented(rule: rules.Rule) -> None:
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


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda rule: rule.CODE)
def test_the_example_fires_the_rule(rule: rules.Rule) -> None:
    files, config = catalogue.example(rule, "Example")
    assert hits(rule.CODE, *files, **settings(config))


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda rule: rule.CODE)
def test_the_use_instead_does_not(rule: rules.Rule) -> None:
    files, config = catalogue.example(rule, "Use instead")
    assert hits(rule.CODE, *files, **settings(config)) == []


def test_docs_rules_md_is_up_to_date() -> None:
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert page == catalogue.markdown(), (
        "docs/rules.md is stale: run 'python -m tools.rules_doc --write docs/rules.md'"
    )


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
