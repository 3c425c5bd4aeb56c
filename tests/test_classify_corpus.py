"""The corpus files the weights are learnt from, and the script that gathers statements into it."""

from __future__ import annotations

import csv
from pathlib import Path

from .conftest import BENCHMARKS
from .conftest import load_script as script

CORPUS = BENCHMARKS / "corpus"


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_every_gathered_statement_has_a_kind_a_language_and_a_page() -> None:
    gathered = rows(CORPUS / "collected.tsv")
    assert {row["kind"] for row in gathered} == {"goal", "activity", "behaviour", "kpi"}
    assert {row["lang"] for row in gathered} == {"sv", "en"}
    assert [row for row in gathered if not row["source"].startswith(("http://", "https://"))] == []
    assert [row for row in gathered if not row["text"] or "\t" in row["text"]] == []


def test_no_gathered_statement_repeats_one_of_the_projects_own() -> None:
    importer = script("corpus_import")
    own = {importer.key(row["text"]) for name in importer.OWN for row in rows(CORPUS / name)}
    gathered = [importer.key(row["text"]) for row in rows(CORPUS / "collected.tsv")]
    assert [text for text in gathered if text in own] == []
    assert len(gathered) == len(set(gathered))


def test_the_import_keeps_new_well_formed_rows_once_sorted_by_source(tmp_path: Path) -> None:
    importer = script("corpus_import")
    gathered = tmp_path / "gathered.tsv"
    gathered.write_text(
        "text\tlang\tkind\tsource\tlabel\tnote\n"
        "Öka  andelen nöjda kunder\tsv\tgoal\thttps://b.example/plan\tmål\t\n"
        "öka andelen nöjda kunder.\tsv\tgoal\thttps://c.example/\tmål\t\n"
        "Antal kundmöten/vecka\tsv\tkpi\thttps://a.example/\tnyckeltal\t\n"
        "Be kind\ten\tbehaviour\thttps://a.example/rules\tground rule\t\n"
        "Be kind\ten\tnorm\thttps://a.example/rules\tground rule\t\n"
        "Be on time\ten\tbehaviour\tnot a page\tground rule\t\n",
        encoding="utf-8",
    )
    own = tmp_path / "own.tsv"
    own.write_text("text\tlang\tkind\tsource\nAntal kundmöten/vecka\tsv\tkpi\twritten\n", "utf-8")
    kept = importer.gather([gathered], [own])
    assert [(row["text"], row["source"]) for row in kept] == [
        ("Be kind", "https://a.example/rules"),
        ("Öka andelen nöjda kunder", "https://b.example/plan"),
    ]
