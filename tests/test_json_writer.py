"""The indented JSON writer (``registry.to_json``) writes what ``json.dumps`` writes."""

from __future__ import annotations

import datetime
import json
from types import MappingProxyType
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from goals_as_code.registry import _finite, to_json


def reference(payload: Any, indent: int = 2) -> str:
    return json.dumps(
        _finite(payload), indent=indent, ensure_ascii=False, allow_nan=False, default=str
    )


SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # NaN and infinities are written as null
    | st.text()
    | st.dates()
    | st.sampled_from([0.1, 1e300, -0.0, 5e-324, 'å\\"\n\u2028\x00'])
)
KEYS = st.text(max_size=8)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(inner, max_size=3).map(tuple)
        | st.dictionaries(KEYS, inner, max_size=4)
        | st.dictionaries(KEYS, inner, max_size=3).map(MappingProxyType)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(VALUES, st.sampled_from([2, 0, 4]))
def test_the_writer_writes_what_json_dumps_writes(payload: Any, indent: int) -> None:
    assert to_json(payload, indent=indent) == reference(payload, indent)


def test_keys_of_other_types_and_compact_output_are_left_to_json_dumps() -> None:
    payload = {1: "one", "x": [datetime.date(2017, 6, 30), float("nan")]}
    assert to_json(payload) == reference(payload)
    assert to_json(payload, indent=None) == reference(payload, None)
    assert json.loads(to_json(payload)) == {"1": "one", "x": ["2017-06-30", None]}
