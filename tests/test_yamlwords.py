"""The YAML parser's words (F003) are catalogue messages: Swedish says them all in Swedish."""

from __future__ import annotations

import re

import pytest
import yaml

from goals_as_code.i18n.messages import Message
from goals_as_code.source import yamlstrict, yamlwords

BROKEN = [
    "a: b: c",
    "a:\n\tb: 1",
    "a: [1, 2",
    "a: {b: 1",
    "a: 'x",
    'a: "x',
    'a: "\\q"',
    'a: "\\x4"',
    "- a\nb: 1",
    "a:\n  - 1\n b: 2",
    "a: 1\n- 2",
    "a: |x\n",
    "a: >0\n  x",
    "a: @x",
    "a: `x",
    "a: b\n c: d",
    "a: 1\n---\nb: 2",
    "a: [1, 2}",
    "a: {b: 1]",
    "a:\n  b: 1\n c: 2",
    "a: - b",
    "{a: 1}}",
    "a: ]",
]
ENGLISH = re.compile(r"\b(found|expected|while|parsing|scanning|not|allowed|but|character)\b")
LOADERS = [yaml.SafeLoader] + ([yaml.CSafeLoader] if hasattr(yaml, "CSafeLoader") else [])


def _errors(loader: type, text: str) -> yaml.MarkedYAMLError:
    with pytest.raises(yaml.MarkedYAMLError) as caught:
        yaml.load(text, Loader=loader)
    return caught.value


@pytest.mark.parametrize("loader", LOADERS, ids=lambda loader: loader.__name__)
@pytest.mark.parametrize("text", BROKEN)
def test_every_phrase_of_the_parser_is_a_catalogue_message(loader: type, text: str) -> None:
    exc = _errors(loader, text)
    for words in (exc.problem, exc.context):
        if words:
            said = yamlwords.phrase(words)
            assert isinstance(said, Message), words
            assert said == words.strip()  # English keeps the parser's own words
            assert ENGLISH.findall(said.say("sv")) == [], said.say("sv")


@pytest.mark.parametrize("text", BROKEN)
def test_a_syntax_error_is_said_in_swedish_with_a_position(text: str) -> None:
    loaded = yamlstrict.load(text)
    (issue,) = loaded.issues
    assert issue.kind == "syntax"
    swedish = issue.message.say("sv")
    assert swedish.startswith("YAML-fel: ")
    assert ENGLISH.findall(swedish) == []
    assert 0 <= issue.line <= text.count("\n") + 1


def test_parts_the_parser_found_are_kept() -> None:
    said = yamlwords.phrase("expected ',' or ']', but got '}'")
    assert said.say("sv") == "väntade ',' eller ']', men hittade '}'"
    said = yamlwords.phrase("found character '\\t' that cannot start any token")
    assert "'\\t'" in said.say("sv")
    assert said.say("sv").startswith("hittade tecknet '\\t', som inte får inleda något här")


def test_a_phrase_not_known_is_kept_as_the_parser_said_it() -> None:
    said = yamlwords.phrase("found something a later parser says")
    assert not isinstance(said, Message)
    assert said == "found something a later parser says"
    assert isinstance(yamlwords.phrase("did not find expected key"), Message)
