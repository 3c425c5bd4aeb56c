"""The message catalogues: complete in every language, placeholders kept, compiled, and a language
is nothing more than a catalogue."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tools import messages as catalogues

from goals_as_code.i18n import messages
from goals_as_code.source import config as config_module

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"(?<!\{)\{([a-z_]*)\}(?!\})")


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def test_the_languages_are_the_catalogues_present() -> None:
    assert catalogues.languages() == ["en", "sv"]
    assert messages.languages() == ("en", "sv")
    assert config_module.LANGUAGES == ("en", "sv")
    assert config_module.load(ROOT).language in config_module.LANGUAGES


@pytest.mark.parametrize("lang", catalogues.languages())
def test_every_id_of_the_code_has_a_wording_in_every_language(lang: str) -> None:
    catalog = catalogues.read(lang)
    wanted = {(entry.context, entry.id) for entry in catalogues.template() if entry.id}
    found = {(entry.context, entry.id): entry for entry in catalog if entry.id}
    assert sorted(map(str, wanted - set(found))) == []
    unsaid = [
        key
        for key, entry in found.items()
        if entry.fuzzy
        or not (all(entry.string) if isinstance(entry.string, tuple) else entry.string)
    ]
    assert unsaid == []


@pytest.mark.parametrize("lang", catalogues.languages())
def test_every_wording_keeps_the_placeholders_of_its_id(lang: str) -> None:
    wrong = []
    for entry in catalogues.read(lang):
        if not entry.id:
            continue
        ids = entry.id if isinstance(entry.id, tuple) else (entry.id,)
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        wanted = placeholders(ids[-1]) | placeholders(ids[0])
        for string in strings:
            if placeholders(string) - wanted or (len(ids) == 1 and placeholders(string) != wanted):
                wrong.append((entry.id, string))
    assert wrong == []


def test_the_compiled_catalogues_are_not_stale() -> None:
    assert catalogues.stale() == []


def test_a_changed_wording_makes_the_compiled_catalogue_stale(tmp_path: Path) -> None:
    locale = tmp_path / "locale"
    shutil.copytree(catalogues.LOCALE, locale)
    po = catalogues.po_path("sv", locale)
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgstr "Hittade {counts} i {files}."', 'msgstr "Fann {counts}."'))
    assert catalogues.stale(locale) == [str(po.with_suffix(".mo"))]


def test_a_message_is_said_in_each_language_with_its_plural() -> None:
    assert messages.plural("en", "{n} file", "{n} files", 1) == "1 file"
    assert messages.plural("en", "{n} file", "{n} files", 3) == "3 files"
    assert messages.plural("sv", "{n} file", "{n} files", 1) == "1 fil"
    assert messages.plural("sv", "{n} file", "{n} files", 3) == "3 filer"
    said = messages.message("{path} not written: {problems}", path="a.md", problems="x")
    assert (str(said), said.say("sv")) == ("a.md not written: x", "a.md skrevs inte: x")
    assert messages.say("sv", messages.C_("statements", "added")) == "tillagda"
    assert messages.say("sv", "added") == "tillagt"


def test_a_message_said_again_follows_the_catalogue_it_is_said_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A message made once and said often (a classifier's reason) is said once per language
    # and folder of catalogues; a process with GOALS_LOCALE_DIR elsewhere says it from there.
    said = messages.message("{path} not written: {problems}", path="a.md", problems="x")
    assert said.say("sv") == said.say("sv") == "a.md skrevs inte: x"
    assert said.say("en") == said.say() == str(said) == "a.md not written: x"
    assert type(said.say("en")) is str
    locale = tmp_path / "locale"
    shutil.copytree(catalogues.LOCALE, locale)
    catalog = catalogues.read("sv", locale)
    for entry in catalog:
        if entry.id == "{path} not written: {problems}":
            entry.string = "{path} blev inte skriven: {problems}"
    (locale / "sv" / "LC_MESSAGES" / "goals.mo").write_bytes(catalogues.render_mo(catalog))
    monkeypatch.setenv("GOALS_LOCALE_DIR", str(locale))
    messages._folder.cache_clear()  # the variable is read once a process: as a new one would
    try:
        assert said.say("sv") == "a.md blev inte skriven: x"
        monkeypatch.delenv("GOALS_LOCALE_DIR")
        messages._folder.cache_clear()
        assert said.say("sv") == "a.md skrevs inte: x"
    finally:
        messages._folder.cache_clear()


def test_english_plurals_are_the_ids_so_english_is_said_without_its_catalogue() -> None:
    from babel.messages.pofile import read_po

    with catalogues.po_path("en").open("rb") as po:
        entries = [entry for entry in read_po(po) if entry.pluralizable]
    assert len(entries) > 10
    english = messages.catalogue("en")
    for entry in entries:
        singular, plural = entry.id
        for n in (0, 1, 2, 7):
            assert english.ngettext(singular, plural, n) == (singular if n == 1 else plural)
    assert messages.plural("en", "{n} file in {where}", "{n} files in {where}", 2, where="a") == (
        "2 files in a"
    )


def _goals(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "goals_as_code", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_third_language_is_one_catalogue_and_a_config_choice(tmp_path: Path) -> None:
    locale = tmp_path / "locale"
    shutil.copytree(catalogues.LOCALE, locale)
    xx = locale / "xx" / "LC_MESSAGES"
    xx.mkdir(parents=True)
    catalog = catalogues.read("en", locale)
    catalog.locale = None
    for entry in catalog:
        if entry.id == (
            "All good: {n} file checked, no problems.",
            "All good: {n} files checked, no problems.",
        ):
            entry.string = ("XX ok: {n} file", "XX ok: {n} files")
    (xx / "goals.mo").write_bytes(catalogues.render_mo(catalog))
    project = tmp_path / "project"
    (project / "goals").mkdir(parents=True)
    (project / "goals.toml").write_text('goals-dir = "goals"\nlanguage = "xx"\n')
    env = {**os.environ, "GOALS_LOCALE_DIR": str(locale)}

    done = _goals(env, project, "check")
    assert (done.returncode, done.stdout, done.stderr) == (0, "XX ok: 0 files\n", "")
    done = _goals(env, project, "rules", "--help")
    assert "[en|sv|xx]" in done.stdout

    without = {key: value for key, value in os.environ.items() if key != "GOALS_LOCALE_DIR"}
    done = _goals(without, project, "check")
    assert done.returncode == 2
    assert "'language' is \"xx\"; allowed: en, sv" in done.stderr
