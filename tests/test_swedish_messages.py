"""--lang sv: every problem of the bad examples is told in Swedish, with the same facts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from goals_as_code.check.rules._swedish import translate

from .conftest import run

BAD = Path(__file__).resolve().parent / "data" / "bad"
ENGLISH_WORDS = (" the ", " must ", " is not ", " write ", " missing ", " names ")


def problems(capsys: pytest.CaptureFixture[str], lang: str) -> list[dict[str, object]]:
    code, out, _ = run(capsys, "check", "--format", "json", "--lang", lang)
    assert code == 1
    found: list[dict[str, object]] = json.loads(out)["problems"]
    return found


def test_every_bad_file_is_told_in_swedish(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(BAD)
    english, swedish = problems(capsys, "en"), problems(capsys, "sv")
    assert [(p["path"], p["line"], p["code"]) for p in swedish] == [
        (p["path"], p["line"], p["code"]) for p in english
    ]
    for en, sv in zip(english, swedish, strict=True):
        message = str(sv["message"])
        assert message != en["message"]
        if sv["code"] == "F003":  # the YAML parser's own words, after a Swedish lead
            assert message.startswith("YAML-fel: ")
        else:
            assert not any(word in f" {message} " for word in ENGLISH_WORDS), message


@pytest.mark.parametrize(
    ("english", "swedish"),
    [
        (
            "duplicate key 'deadline' (first written on line 8); keep one of them",
            "nyckeln 'deadline' finns två gånger (först skriven på rad 8); behåll en av dem",
        ),
        (
            "'metric.target' must be a number, not \"24 timmar\"",
            "'metric.target' måste vara ett tal, inte \"24 timmar\"",
        ),
        (
            "'confidence' must be a mapping of 'key: value' lines, not null (empty)",
            "'confidence' måste vara rader med 'nyckel: värde', inte null (tomt)",
        ),
        (
            "'status' is \"activ\"; allowed: draft, active; did you mean 'active'?",
            "'status' är \"activ\"; tillåtet: draft, active; menade du 'active'?",
        ),
        (
            "missing required field 'metric.unit' (The unit of the numbers)",
            "det obligatoriska fältet 'metric.unit' saknas",
        ),
        (
            "the front matter is 70,000 bytes, more than the limit of 65,536; move long text "
            "below the front matter",
            "front matter är 70,000 byte, mer än gränsen 65,536; flytta lång text till under "
            "front matter",
        ),
        (
            "the file is not UTF-8 (byte 12); save it as UTF-8",
            "filen är inte UTF-8 (byte 12); spara den som UTF-8",
        ),
    ],
)
def test_translations_keep_the_facts(english: str, swedish: str) -> None:
    assert translate(english) == swedish


def test_unknown_wording_stays_as_it_is_and_only_yaml_errors_get_a_lead() -> None:
    assert translate("mapping values are not allowed here", "syntax") == (
        "YAML-fel: mapping values are not allowed here"
    )
    assert translate("'weight': 7 is greater than 1") == "'weight': 7 is greater than 1"


@pytest.mark.parametrize(
    ("english", "swedish"),
    [
        (
            "'confidence.owner': 1.5 is greater than the maximum of 1",
            "'confidence.owner': 1.5 är större än största tillåtna värdet 1",
        ),
        (
            "'confidence.owner': -1 is less than the minimum of 0",
            "'confidence.owner': -1 är mindre än minsta tillåtna värdet 0",
        ),
        ("'metric.unit': '' should be non-empty", "'metric.unit': '' får inte vara tomt"),
        ("'tags': ['a', 'a'] has non-unique elements", "'tags': ['a', 'a'] har dubbletter"),
        (
            "'accepted.fingerprint' is \"abc\", which is not allowed here",
            "'accepted.fingerprint' är \"abc\", vilket inte är tillåtet här",
        ),
    ],
)
def test_range_and_shape_messages(english: str, swedish: str) -> None:
    assert translate(english) == swedish
