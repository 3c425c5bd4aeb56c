"""--lang sv: every problem of the bad examples is told in Swedish, with the same facts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from goals_as_code.i18n.messages import C_, Message, message
from goals_as_code.source import schema

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


DUPLICATE = message(
    "{message} (first written on line {line}); keep one of them",
    message=message("duplicate key {key}", key="'deadline'"),
    line=8,
)


@pytest.mark.parametrize(
    ("said", "english", "swedish"),
    [
        (
            DUPLICATE,
            "duplicate key 'deadline' (first written on line 8); keep one of them",
            "nyckeln 'deadline' finns två gånger (först skriven på rad 8); behåll en av dem",
        ),
        (
            message(
                "missing required field '{field}' ({description})",
                field="metric.unit",
                description=message("The unit of the numbers: hours, deals/month, %, SEK, ..."),
            ),
            "missing required field 'metric.unit' (The unit of the numbers: hours, deals/month, "
            "%, SEK, ...)",
            "det obligatoriska fältet 'metric.unit' saknas (Talens enhet: timmar, affärer/månad, "
            "%, kr, ...)",
        ),
        (
            message(
                "the front matter is {size} bytes, more than the limit of {limit}; move long "
                "text below the front matter",
                size="70,000",
                limit="65,536",
            ),
            "the front matter is 70,000 bytes, more than the limit of 65,536; move long text "
            "below the front matter",
            "front matter är 70,000 byte, mer än gränsen 65,536; flytta lång text till under "
            "front matter",
        ),
        (
            message("the file is not UTF-8 (byte {byte}); save it as UTF-8", byte=12),
            "the file is not UTF-8 (byte 12); save it as UTF-8",
            "filen är inte UTF-8 (byte 12); spara den som UTF-8",
        ),
        (
            message(C_("yaml", "{parser}"), parser="mapping values are not allowed here"),
            "mapping values are not allowed here",
            "YAML-fel: mapping values are not allowed here",
        ),
    ],
)
def test_messages_keep_the_facts_in_each_language(
    said: Message, english: str, swedish: str
) -> None:
    assert (said.say("en"), str(said), said.say("sv")) == (english, english, swedish)


GOAL = {
    "id": "faster-replies",
    "kind": "goal",
    "owner": "anna@example.com",
    "deadline": "2017-06-30",
}


@pytest.mark.parametrize(
    ("data", "english", "swedish"),
    [
        (
            {**GOAL, "metric": {"unit": "h", "direction": "decrease", "target": "24 timmar"}},
            "'metric.target' must be a number, not \"24 timmar\"",
            "'metric.target' måste vara ett tal, inte \"24 timmar\"",
        ),
        (
            {**GOAL, "confidence": None},
            "'confidence' must be a mapping of 'key: value' lines, not null (empty)",
            "'confidence' måste vara rader med 'nyckel: värde', inte null (tomt)",
        ),
        (
            {**GOAL, "status": "activ"},
            "'status' is \"activ\"; allowed: draft, proposed, active, achieved, missed, "
            "dropped; did you mean 'active'?",
            "'status' är \"activ\"; tillåtet: draft, proposed, active, achieved, missed, "
            "dropped; menade du 'active'?",
        ),
        (
            {**GOAL, "confidence": {"owner": 1.5}},
            "'confidence.owner': 1.5 is greater than the maximum of 1",
            "'confidence.owner': 1.5 är större än största tillåtna värdet 1",
        ),
        (
            {**GOAL, "confidence": {"owner": -1}},
            "'confidence.owner': -1 is less than the minimum of 0",
            "'confidence.owner': -1 är mindre än minsta tillåtna värdet 0",
        ),
        (
            {**GOAL, "metric": {"unit": "", "direction": "binary"}},
            "'metric.unit': '' should be non-empty",
            "'metric.unit': '' får inte vara tomt",
        ),
    ],
)
def test_schema_errors_are_worded_in_each_language(
    data: dict[str, object], english: str, swedish: str
) -> None:
    errors = schema.validate(data)
    assert [(error.message.say("en"), error.message.say("sv")) for error in errors] == [
        (english, swedish)
    ]
