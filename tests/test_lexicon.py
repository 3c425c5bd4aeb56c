"""The word lists are data, one file per language, and a malformed or repeated entry is refused."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import pytest

from goals_as_code.classify import lexicon
from goals_as_code.classify.lexicon import LexiconError, validate


def shipped(lang: str) -> dict[str, Any]:
    path = resources.files("goals_as_code.classify").joinpath("data").joinpath(f"{lang}.json")
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_shipped_files_are_valid(lang: str) -> None:
    validate(shipped(lang), f"{lang}.json")
    assert lexicon.load(lang)["language"] == lang


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_no_word_stands_twice_in_any_list(lang: str) -> None:
    data = shipped(lang)
    lists = [v for k, v in data.items() if isinstance(v, list) and k not in ("phrasal",)]
    lists += list(data["verbs"].values())
    repeated = [w for words in lists for w in words if isinstance(w, str) and words.count(w) > 1]
    assert repeated == []


def test_a_verb_in_two_classes_is_refused() -> None:
    data = shipped("en")
    data["verbs"]["activity"].append("develop")
    with pytest.raises(LexiconError) as caught:
        validate(data, "en.json")
    assert str(caught.value) == "en.json: verb 'develop' is in two classes: activity and either"


def test_a_verb_listed_twice_in_its_class_is_refused() -> None:
    data = shipped("sv")
    data["verbs"]["result"].append("öka")
    with pytest.raises(LexiconError) as caught:
        validate(data, "sv.json")
    assert str(caught.value) == "sv.json: verbs.result: 'öka' is listed twice"


def test_a_word_listed_twice_in_a_word_list_is_refused() -> None:
    data = shipped("en")
    data["modals"].append("will")
    with pytest.raises(LexiconError) as caught:
        validate(data, "en.json")
    assert str(caught.value) == "en.json: modals: 'will' is listed twice"


def test_a_noun_in_two_noun_lists_is_refused() -> None:
    data = shipped("sv")
    data["artefact_nouns"].append("kostnad")
    with pytest.raises(LexiconError) as caught:
        validate(data, "sv.json")
    assert str(caught.value) == "sv.json: 'kostnad' is in result_nouns and artefact_nouns"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d.pop("modals"), "en.json: missing modals"),
        (lambda d: d.update(colours=[]), "en.json: unknown key colours"),
        (lambda d: d.update(language="de"), "en.json: 'language' must be one of en, sv"),
        (
            lambda d: d["verbs"].update(feeling=["love"]),
            "en.json: verbs: classes must be among result, activity, behaviour, either, "
            "state, hold",
        ),
        (
            lambda d: d["phrasal"].append(["set", "up", "activity"]),
            "en.json: phrasal: 'set up' is listed twice",
        ),
        (
            lambda d: d["phrasal"].append(["give", "up"]),
            "en.json: phrasal: expected [verb, particle, class] entries",
        ),
        (lambda d: d["months"].update(smarch=True), "en.json: months: expected word -> number"),
        (lambda d: d["vague"].append(""), "en.json: vague: expected a list of non-empty strings"),
    ],
)
def test_a_malformed_file_is_refused(edit: Any, message: str) -> None:
    data = copy.deepcopy(shipped("en"))
    edit(data)
    with pytest.raises(LexiconError) as caught:
        validate(data, "en.json")
    assert str(caught.value) == message


def test_the_tables_come_from_the_files() -> None:
    assert lexicon.EN_VERBS["establish"] == lexicon.EITHER
    assert lexicon.SV_VERBS["implementera"] == lexicon.ACTIVITY
    assert ("ta", "fram") in lexicon.SV_PHRASAL
    assert "samtal" in lexicon.SV_RESULT_NOUNS.split("|")
    assert "samtal" in lexicon.SV_ARTEFACT_NOUNS.split("|")
    assert lexicon.NUMBER_WORDS["fem"] == 5
    assert lexicon.MONTHS["maj"] == 5
