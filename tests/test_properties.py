"""Property tests: arbitrary and hostile text through the reader, the rules, the classifier and
the output formats. A longer run of the same properties: benchmarks/fuzz.py."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from goals_as_code.source import inert

from . import hostile

SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(hostile.statement_texts())
def test_the_reader_never_raises(text: str) -> None:
    hostile.read_holds(text)


@SETTINGS
@given(st.binary(max_size=600))
def test_any_bytes_on_disk_are_read_or_a_problem(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        hostile.bytes_hold(raw, Path(folder))


@SETTINGS
@given(st.lists(hostile.statement_texts(), min_size=1, max_size=4))
def test_every_rule_and_format_holds(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        hostile.check_holds(texts, Path(folder))


@SETTINGS
@given(st.text(max_size=300) | st.sampled_from(hostile.HEADINGS))
def test_the_classifier_never_raises(text: str) -> None:
    hostile.classify_holds(text)


@SETTINGS
@given(st.text(max_size=80))
def test_terminal_text_is_one_inert_line(text: str) -> None:
    shown = inert.terminal(text)
    assert hostile.text_is_inert(inert.lines(shown))
    assert "\n" not in shown


@SETTINGS
@given(st.lists(st.text(max_size=20), max_size=6))
def test_csv_cells_are_never_formulas_and_re_parse(cells: list[str]) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([inert.csv_cell(cell) for cell in cells])
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert rows == ([[str(inert.csv_cell(cell)) for cell in cells]] if cells else [[]][:0] or rows)
    assert not any(
        cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row
    )
