"""The message catalogues: find the ids in the code, bring every language up to date, compile.

Run ``python -m tools.messages`` after changing a message: it adds new ids to every
``goals.po`` (English gets its own text; other languages get an empty wording to fill in), drops
ids the code no longer uses, and compiles each ``goals.po`` to the ``goals.mo`` the commands read.
``python -m tools.messages --check`` exits 1 when a catalogue is stale; the tests check the same.
Needs Babel (in the ``test`` extra); the commands themselves read the ``.mo`` files with the
standard library.
"""

from __future__ import annotations

import ast
import io
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "goals_as_code"
LOCALE = PACKAGE / "i18n" / "locale"
DOMAIN = "goals"
SOURCE = "en"

# The functions that take an id, and which of their arguments are the context, the id and the
# plural id (0-based positions).
KEYWORDS: dict[str, tuple[int | None, int, int | None]] = {
    "N_": (None, 0, None),
    "C_": (0, 1, None),
    "Np_": (None, 0, 1),
    "message": (None, 0, None),
    "say": (None, 1, None),
    "tr": (None, 1, None),
    "plural": (None, 1, 2),
    "message_plural": (None, 0, 1),
    "_heads": (None, -1, None),  # the report's column headings: every argument is an id
}
WIDTH = 100
HEADER = (
    "# The messages of goals-as-code in '{lang}'. Ids are the English text; see\n"
    "# docs/translating.md. Update with: python -m tools.messages"
)

Found = tuple[Any, str | None, str]  # id (or singular and plural), context, where


def _strings(node: ast.expr | None) -> list[str]:
    """The literal texts an argument can be: a string, or either branch of ``a if c else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


def _from_code() -> Iterator[Found]:
    """Every literal id passed to a function of KEYWORDS, f-strings included (Python's own
    parser reads them, so a call inside an f-string's braces is found too)."""
    for path in sorted(PACKAGE.rglob("*.py")):
        where = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in KEYWORDS:
                continue
            context_at, id_at, plural_at = KEYWORDS[name]
            if isinstance(func, ast.Attribute) and getattr(func.value, "id", None) == "ctx":
                id_at = 0  # a rule's ctx.say(MESSAGE, ...)

            def arg(index: int | None, call: ast.Call = node) -> ast.expr | None:
                return call.args[index] if index is not None and index < len(call.args) else None

            if id_at == -1:
                for each in node.args:
                    for text in _strings(each):
                        yield text, None, f"{where}:{node.lineno}"
                continue
            contexts = _strings(arg(context_at)) or [None]
            at = f"{where}:{node.lineno}"
            if plural_at is not None:
                singular, plural = _strings(arg(id_at)), _strings(arg(plural_at))
                if singular and plural:
                    yield (singular[0], plural[0]), None, at
                continue
            for context in contexts:
                for text in _strings(arg(id_at)):
                    yield text, context, at


def _from_rules() -> Iterator[tuple[str, None, str]]:
    """The summary of every rule (the first paragraph of its docstring) is an id too, and so is
    every paragraph of its documentation's prose (each option's description, each item of a
    list); the examples are not (a docstring holds each language's own)."""
    sys.path.insert(0, str(ROOT / "src"))
    from goals_as_code.check import catalogue, rules
    from goals_as_code.check.rules._base import summary

    for rule in rules.RULES:
        yield summary(rule), None, f"{rule.CODE} {rule.NAME}"
        for text in catalogue.prose(rule):
            yield text, None, f"{rule.CODE} {rule.NAME}"


def _from_schemas() -> Iterator[tuple[str, None, str]]:
    """The descriptions in the schemas that a schema error quotes (source/schema.py): of a
    required field, of a pattern and of a choice of forms (anyOf)."""
    import json

    def walk(node: Any, name: str) -> Iterator[tuple[str, None, str]]:
        if isinstance(node, dict):
            if node.get("description") and ("pattern" in node or "anyOf" in node):
                yield node["description"], None, f"schemas/{name}"
            properties = node.get("properties")
            for key in node.get("required", []) if isinstance(properties, dict) else []:
                description = properties.get(key, {}).get("description")
                if description:
                    yield description, None, f"schemas/{name}"
            for value in node.values():
                yield from walk(value, name)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value, name)

    for path in sorted((ROOT / "schemas").glob("*.schema.json")):
        yield from walk(json.loads(path.read_text(encoding="utf-8")), path.name)


def template() -> Catalog:
    """Every id the code uses, as an empty catalogue."""
    catalog = Catalog(domain=DOMAIN, project="goals-as-code", fuzzy=False)
    for msgid, context, where in [*_from_code(), *_from_rules(), *_from_schemas()]:
        path, _, line = where.partition(":")
        catalog.add(msgid, context=context, locations=[(path, int(line) if line else None)])
    return catalog


def po_path(lang: str, locale: Path = LOCALE) -> Path:
    return locale / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(lang: str, locale: Path = LOCALE) -> Catalog:
    with po_path(lang, locale).open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def render_po(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=WIDTH, no_location=True, sort_output=True, ignore_obsolete=True)
    return out.getvalue()


def render_mo(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def updated(lang: str, locale: Path = LOCALE) -> Catalog:
    """The catalogue of ``lang`` with the ids of the code: new ones added, unused ones dropped."""
    catalog = read(lang, locale)
    catalog.update(template(), no_fuzzy_matching=True, update_creation_date=False)
    catalog.obsolete.clear()
    catalog.header_comment = HEADER.format(lang=lang)
    if lang == SOURCE:  # English says its ids
        for entry in catalog:
            if entry.id:
                entry.string = entry.id
                entry.flags.discard("fuzzy")
    return catalog


def languages(locale: Path = LOCALE) -> list[str]:
    return sorted(path.parent.parent.name for path in locale.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def entries(catalog: Catalog) -> dict[tuple[str | None, Any], Any]:
    """The messages of a catalogue, by context and id (the header aside)."""
    return {(entry.context, entry.id): (entry.string, entry.fuzzy) for entry in catalog if entry.id}


def compiled(mo: bytes) -> dict[str, str]:
    """What the standard library reads from a compiled catalogue (the header aside)."""
    import gettext

    words: dict[str, str] = getattr(gettext.GNUTranslations(io.BytesIO(mo)), "_catalog", {})
    return {key: value for key, value in words.items() if key != ""}


def stale(locale: Path = LOCALE) -> list[str]:
    """The files that ``python -m tools.messages`` would change in meaning: a ``.po`` that lacks
    ids of the code or keeps ids the code no longer uses, a ``.mo`` that says other words than
    its ``.po`` (the headers, which name the Babel version, are not compared)."""
    found = []
    for lang in languages(locale):
        po = po_path(lang, locale)
        if entries(read(lang, locale)) != entries(updated(lang, locale)):
            found.append(str(po))
        mo = po.with_suffix(".mo")
        wanted = compiled(render_mo(read(lang, locale)))
        if not mo.is_file() or compiled(mo.read_bytes()) != wanted:
            found.append(str(mo))
    return found


def write(locale: Path = LOCALE) -> None:
    for lang in languages(locale):
        po = po_path(lang, locale)
        po.write_bytes(render_po(updated(lang, locale)))
        po.with_suffix(".mo").write_bytes(render_mo(read(lang, locale)))


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m tools.messages")
    parser.add_argument("--check", action="store_true", help="exit 1 when a catalogue is stale")
    args = parser.parse_args(argv)
    if args.check:
        found = stale()
        for path in found:
            print(f"{path} is stale; run: python -m tools.messages", file=sys.stderr)
        return 1 if found else 0
    write()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
