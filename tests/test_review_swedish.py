"""goals review in Swedish: the human text follows `language` and --lang; JSON keys, change
kinds and flag codes stay English."""

from __future__ import annotations

import json
from typing import Any

import pytest

from goals_as_code.source import acceptance
from goals_as_code.source.document import parse
from tests.conftest import GOOD_GOAL, Repo, run

MANAGER = ("Erik Eriksson", "erik@example.com")
OWNER = ("Anna Andersson", "anna@example.com")
PATH = "goals/faster-replies.md"
SWEDISH = 'language = "sv"\nselect = ["A", "F", "V", "L", "C"]\n'


@pytest.fixture
def repo(repo: Repo) -> Repo:
    repo.write("goals.toml", SWEDISH)
    return repo


def accepted(text: str) -> str:
    doc = parse(text, PATH)
    block = acceptance.Accepted(
        MANAGER[1], "2017-01-05", acceptance.fingerprint(doc.data, doc.statement)
    )
    return acceptance.write(text, block)


def eased_target(repo: Repo) -> None:
    """main: the goal accepted by its manager; feature: the owner raises the target."""
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal", name=OWNER[0], email=OWNER[1])
    repo.write(PATH, accepted(GOOD_GOAL))
    repo.commit("Accept", name=MANAGER[0], email=MANAGER[1])
    repo.git("checkout", "-q", "-b", "feature")
    text = (repo.path / PATH).read_text()
    repo.write(PATH, text.replace("target: 24", "target: 30"))
    repo.commit("Ease the target", name=OWNER[0], email=OWNER[1])


def as_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    code, out, err = run(capsys, "review", "main..feature", "--format", "json", *args)
    assert err == ""
    assert code == 1
    payload: dict[str, Any] = json.loads(out)
    return payload


def test_flags_speak_swedish_and_keep_english_identifiers(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    eased_target(repo)
    payload = as_json(capsys)
    [change] = payload["changes"]
    assert change["change"] == "modified"
    flags = {flag["name"]: flag for flag in change["flags"]}
    assert set(flags) == {"goalpost-moved", "ambition-down", "acceptance-made-stale"}
    assert [flag["code"] for flag in change["flags"]] == ["C002", "C003", "C004"]
    assert flags["goalpost-moved"]["severity"] == "warning"
    assert flags["goalpost-moved"]["message"] == "målstolpen flyttad: metric.target 24 → 30"
    assert flags["ambition-down"]["message"] == (
        "ambitionen sänktes: målnivån höjdes på ett mål att minska (24 → 30); "
        "avståndet från utgångsläge till målnivå krympte (24 → 18)"
    )
    assert flags["acceptance-made-stale"]["message"] == (
        "godkännandet gäller inte längre: erik@example.com godkände målet 2017-01-05, och "
        "metric.target 24 → 30 har ändrats sedan dess; erik@example.com godkänner det igen "
        "med 'goals accept faster-replies'"
    )
    assert payload["summary"] == (
        "1 påstående ändrat (1 ändrat); 3 flaggor att titta på; 1 nytt problem (1 på felnivå)."
    )


def test_lang_on_the_command_line_wins_over_the_config(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    eased_target(repo)
    flags = {
        f["name"]: f["message"] for f in as_json(capsys, "--lang", "en")["changes"][0]["flags"]
    }
    assert flags["goalpost-moved"] == "goalposts moved: metric.target 24 → 30"
    assert flags["ambition-down"].startswith("the ambition went down: the target went up")
    assert flags["acceptance-made-stale"].startswith("acceptance made stale: erik@example.com")
    repo.write("goals.toml", SWEDISH.replace('"sv"', '"en"'))
    flags = {
        f["name"]: f["message"] for f in as_json(capsys, "--lang", "sv")["changes"][0]["flags"]
    }
    assert flags["goalpost-moved"] == "målstolpen flyttad: metric.target 24 → 30"


def test_text_output_in_swedish(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    eased_target(repo)
    code, out, _ = run(capsys, "review", "main..feature")
    assert code == 1
    assert "\nfaster-replies: ändrat  goals/faster-replies.md\n" in out
    assert "  metric.target: 24 → 30\n" in out  # field names are the file's, in every language
    assert (
        "  ⚠ goals/faster-replies.md:12:11: C002 [goalpost-moved] målstolpen flyttad: metric.target 24 → 30\n"
        in out
    )
    assert (
        "  ⚠ goals/faster-replies.md:12:11: C003 [ambition-down] ambitionen sänktes: målnivån höjdes"
        in out
    )
    assert (
        "  ⚠ goals/faster-replies.md:17:1: C004 [acceptance-made-stale] godkännandet gäller inte längre:"
        in out
    )
    for english in ("goalposts moved", "ambition went down", "acceptance made stale", "modified"):
        assert english not in out
    assert out.endswith("; 1 nytt problem (1 på felnivå).\n")


def test_markdown_in_swedish(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    eased_target(repo)
    code, out, _ = run(capsys, "review", "main..feature", "--format", "markdown")
    assert code == 1
    assert out.startswith("## Granskning av mål\n\n**1 påstående ändrat (1 ändrat);")
    assert "** Intervall `" in out
    assert "### faster-replies: ändrat\n" in out
    assert "| Fält | Före | Efter |\n| --- | --- | --- |\n| metric.target | 24 | 30 |" in out
    assert (
        "- ⚠ **varning** C002 goalpost-moved, rad 12: målstolpen flyttad: metric.target 24 → 30"
        in out
    )
    assert "- ✖ **fel** A005 stale-acceptance, rad " in out
    for english in ("Goals review", "Range", "| Field |", "**warning**", ", line "):
        assert english not in out


def test_markdown_in_english_keeps_its_headings(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    eased_target(repo)
    code, out, _ = run(capsys, "review", "main..feature", "--format", "markdown", "--lang", "en")
    assert code == 1
    assert out.startswith("## Goals review\n\n**1 statement changed (1 modified);")
    assert "| Field | Old | New |" in out
    assert (
        "- ⚠ **warning** C002 goalpost-moved, line 12: goalposts moved: metric.target 24 → 30"
        in out
    )
    assert "- ✖ **error** A005 stale-acceptance, line " in out


def test_acceptances_in_swedish(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal", name=OWNER[0], email=OWNER[1])
    repo.git("checkout", "-q", "-b", "feature")
    repo.write(PATH, accepted(GOOD_GOAL))
    sha = repo.commit("Accept", name=MANAGER[0], email=MANAGER[1])
    code, out, _ = run(capsys, "review", "main..feature")
    assert code == 0
    assert (
        f"  · {PATH}:17:1: C005 [acceptance-recorded] godkänt av Erik Eriksson <erik@example.com> i {sha[:10]}\n"
        in out
    )
    assert out.endswith("1 påstående ändrat (1 ändrat); inga nya problem.\n")

    repo.git("checkout", "-q", "main")
    repo.git("checkout", "-q", "-b", "by-owner")
    repo.write(PATH, accepted(GOOD_GOAL))
    sha = repo.commit("Accept it myself", name=OWNER[0], email=OWNER[1])
    code, out, _ = run(capsys, "review", "main..by-owner")
    assert code == 1
    assert (
        f"  ✖ {PATH}:17:1: C006 [acceptance-by-other] godkännandet registrerades av Anna Andersson <anna@example.com> i {sha[:10]}, "
        "inte av erik@example.com; bara erik@example.com godkänner det här målet\n"
    ) in out


def test_added_renamed_and_deadline_in_swedish(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    proposed = GOOD_GOAL.replace("status: active", "status: proposed")
    repo.write(PATH, proposed)
    repo.commit("Add")
    repo.git("checkout", "-q", "-b", "feature")
    repo.write(PATH, proposed.replace("deadline: 2017-06-30", "deadline: 2017-09-30"))
    repo.write("goals/other.md", proposed.replace("faster-replies", "other").replace("48", "50"))
    repo.commit("Later, and another")
    code, out, _ = run(capsys, "review", "main..feature")
    assert code == 0
    assert "\nother: tillagt  goals/other.md\n" in out
    assert "ambitionen sänktes: slutdatumet sköts upp (2017-06-30 → 2017-09-30)" in out
    assert "2 påståenden ändrade (1 tillagt, 1 ändrat)" in out


def test_nothing_changed_in_swedish(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add")
    repo.git("checkout", "-q", "-b", "feature")
    repo.commit("Empty")
    code, out, _ = run(capsys, "review", "main..feature")
    assert code == 0
    assert out.endswith("\nInga ändringar i mål.\n")


def test_a_language_without_the_wording_falls_back_to_english() -> None:
    from goals_as_code.i18n.messages import say, status

    assert say("xx", "on {x}", x=1) == "on 1"  # no catalogue for xx: the id is the English
    assert say("sv", "Goals review") == "Granskning av mål"
    assert status("at-risk", "sv") == "risk"
    assert status("at-risk", "en") == "at risk"
    assert status("something-new", "sv") == "something-new"
