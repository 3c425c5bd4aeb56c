"""goals review on real repositories: a base branch, a feature branch, pinned identities."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from goals_as_code.markdown import parse
from goals_as_code.source import acceptance
from tests.conftest import GOOD_GOAL, Repo, run

MANAGER = ("Erik Eriksson", "erik@example.com")
OWNER = ("Anna Andersson", "anna@example.com")
PATH = "goals/faster-replies.md"


# Only the families these tests are about, so that rules added later do not change the counts.
# the owner's agreement (A008) and alignment to a parent (L006) have tests of their own; these
# follow the acceptance
SELECT = 'select = ["A", "F", "V", "L", "C"]\nignore = ["A008", "L006"]\n'


@pytest.fixture
def repo(repo: Repo) -> Repo:
    repo.write("goals.toml", SELECT)
    return repo


def accepted(text: str, by: str = MANAGER[1]) -> str:
    doc = parse(text, PATH)
    block = acceptance.Accepted(by, "2017-01-05", acceptance.fingerprint(doc.data, doc.statement))
    return acceptance.write(text, block)


def base_and_feature(repo: Repo) -> None:
    """main: the goal, accepted by its manager; feature: branched off, nothing yet."""
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal", name=OWNER[0], email=OWNER[1])
    repo.write(PATH, accepted(GOOD_GOAL))
    repo.commit("Accept faster-replies", name=MANAGER[0], email=MANAGER[1])
    repo.git("checkout", "-q", "-b", "feature")


def review_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    code, out, err = run(capsys, "review", *args, "--format", "json")
    assert err == ""
    payload: dict[str, Any] = json.loads(out)
    return code, payload


def eased_target(repo: Repo) -> tuple[str, str]:
    """main: the goal accepted by its manager; feature: the owner raises the target."""
    base_and_feature(repo)
    text = (repo.path / PATH).read_text()
    repo.write(PATH, text.replace("target: 24", "target: 30"))
    repo.commit("Ease the target", name=OWNER[0], email=OWNER[1])
    return repo.git("rev-parse", "main").strip(), repo.git("rev-parse", "feature").strip()


EASED: dict[str, dict[str, str]] = {
    "en": {
        "modified": "modified",
        "C002": "goalposts moved: metric.target 24 → 30",
        "C003": (
            "the ambition went down: the target went up on a goal to decrease (24 → 30); "
            "the distance from baseline to target shrank (24 → 18)"
        ),
        "C004": (
            "acceptance made stale: erik@example.com accepted it on 2017-01-05, and "
            "metric.target 24 → 30 changed since; erik@example.com accepts it again with "
            "'goals accept faster-replies'"
        ),
        "A005": (
            "the acceptance by erik@example.com on 2017-01-05 is stale: metric.target 24 → 30 "
            "changed since; ask erik@example.com to accept the goal again "
            "('goals accept faster-replies') or put the field back"
        ),
        "summary": (
            "1 statement changed (1 modified); 3 flags to look at; 1 new problem (1 at error level)."
        ),
        "title": "Goals review",
        "range": "Range",
        "table": "| Field | Old | New |",
        "warning": "**warning**",
        "error": "**error**",
        "line": "line",
    },
    "sv": {
        "modified": "ändrat",
        "C002": "målstolpen flyttad: metric.target 24 → 30",
        "C003": (
            "ambitionen sänktes: målnivån höjdes på ett mål att minska (24 → 30); "
            "avståndet från utgångsläge till målnivå krympte (24 → 18)"
        ),
        "C004": (
            "godkännandet gäller inte längre: erik@example.com godkände målet 2017-01-05, och "
            "metric.target 24 → 30 har ändrats sedan dess; erik@example.com godkänner det igen "
            "med 'goals accept faster-replies'"
        ),
        "A005": (
            "godkännandet av erik@example.com den 2017-01-05 gäller inte längre: metric.target "
            "24 → 30 har ändrats sedan dess; be erik@example.com att godkänna målet igen "
            "('goals accept faster-replies') eller ändra tillbaka"
        ),
        "summary": (
            "1 påstående ändrat (1 ändrat); 3 flaggor att titta på; 1 nytt problem (1 på felnivå)."
        ),
        "title": "Granskning av mål",
        "range": "Intervall",
        "table": "| Fält | Före | Efter |",
        "warning": "**varning**",
        "error": "**fel**",
        "line": "rad",
    },
}
STATEMENT = GOOD_GOAL.split("---\n")[2].removeprefix("# ").strip()


@pytest.mark.parametrize("lang", list(EASED))
def test_moved_target_is_told_with_old_and_new_and_flagged(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    """The language comes from the config; field names, codes and JSON keys stay the file's."""
    repo.write("goals.toml", f'language = "{lang}"\n{SELECT}')
    base, head = eased_target(repo)
    words = EASED[lang]
    code, payload = review_json(capsys, "main..feature")
    assert code == 1  # A005 at error level: CI can gate the merge
    assert payload["summary"] == words["summary"]
    [change] = payload["changes"]
    assert (change["id"], change["change"]) == ("faster-replies", "modified")
    assert change["fields"] == [{"field": "metric.target", "old": 24, "new": 30}]
    at_target = {"path": PATH, "line": 12, "column": 11}
    at_block = {"path": PATH, "line": 17, "column": 1}
    assert change["flags"] == [
        {**at_target, "code": "C002", "name": "goalpost-moved", "severity": "warning",
         "message": words["C002"]},
        {**at_target, "code": "C003", "name": "ambition-down", "severity": "warning",
         "message": words["C003"]},
        {**at_block, "code": "C004", "name": "acceptance-made-stale", "severity": "warning",
         "message": words["C004"]},
    ]  # fmt: skip
    assert change["problems"] == [
        {**at_block, "code": "A005", "name": "stale-acceptance", "severity": "error",
         "message": words["A005"]},
    ]  # fmt: skip

    code, out, err = run(capsys, "review", "main..feature")
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        f"goals review main..feature ({base[:10]}..{head[:10]})",
        "",
        f"faster-replies: {words['modified']}  {PATH}",
        "  metric.target: 24 → 30",  # field names are the file's, in every language
        f"  ⚠ {PATH}:12:11: C002 [goalpost-moved] {words['C002']}",
        f"  ⚠ {PATH}:12:11: C003 [ambition-down] {words['C003']}",
        f"  ⚠ {PATH}:17:1: C004 [acceptance-made-stale] {words['C004']}",
        f"  ✖ {PATH}:17:1: A005 [stale-acceptance] {words['A005']}",
        "",
        words["summary"],
    ]

    code, out, err = run(capsys, "review", "main..feature", "--format", "markdown")
    assert (code, err) == (1, "")
    warning, error, line = words["warning"], words["error"], words["line"]
    assert out.splitlines() == [
        f"## {words['title']}",
        "",
        f"**{words['summary']}** {words['range']} `{base[:10]}..{head[:10]}`.",
        "",
        f"### faster-replies: {words['modified']}",
        "",
        PATH,
        "",
        f"> {STATEMENT}",
        "",
        words["table"],
        "|---|---|---|",
        "| metric.target | 24 | 30 |",
        "",
        f"- ⚠ {warning} C002 goalpost-moved, {line} 12: {words['C002']}",
        f"- ⚠ {warning} C003 ambition-down, {line} 12: {words['C003']}",
        f"- ⚠ {warning} C004 acceptance-made-stale, {line} 17: {words['C004']}",
        f"- ✖ {error} A005 stale-acceptance, {line} 17: {words['A005']}",
    ]


def test_lang_on_the_command_line_wins_over_the_config(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    eased_target(repo)
    for config, lang in (("sv", "en"), ("en", "sv")):
        repo.write("goals.toml", f'language = "{config}"\n{SELECT}')
        _, payload = review_json(capsys, "main..feature", "--lang", lang)
        messages = [flag["message"] for flag in payload["changes"][0]["flags"]]
        assert messages == [EASED[lang][code] for code in ("C002", "C003", "C004")]


def test_progress_only_is_clean(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    base_and_feature(repo)
    text = (repo.path / PATH).read_text()
    repo.write(
        PATH,
        text.replace("current: 36", "current: 30").replace(
            "as_of: 2017-03-31", "as_of: 2017-04-30"
        ),
    )
    repo.commit("Check in", name=OWNER[0], email=OWNER[1])
    code, payload = review_json(capsys, "main..feature")
    assert code == 0
    [change] = payload["changes"]
    assert [(flag["code"], flag["name"]) for flag in change["flags"]] == [
        ("C001", "progress-checked-in")
    ]
    assert change["flags"][0]["message"] == (
        "progress checked in: metric.current 36 → 30, metric.as_of 2017-03-31 → 2017-04-30"
    )
    assert change["problems"] == []


def test_acceptance_by_the_owner_is_flagged_with_her_name(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal", name=OWNER[0], email=OWNER[1])
    repo.git("checkout", "-q", "-b", "feature")
    repo.write(PATH, accepted(GOOD_GOAL))
    sha = repo.commit("Accept it myself", name=OWNER[0], email=OWNER[1])
    code, payload = review_json(capsys, "main..feature")
    assert code == 1
    [change] = payload["changes"]
    [flag] = [flag for flag in change["flags"] if flag["name"] == "acceptance-by-other"]
    assert flag["severity"] == "error"
    assert flag["message"] == (
        f"acceptance recorded by Anna Andersson <anna@example.com> in {sha[:10]}, not by "
        "erik@example.com; only erik@example.com accepts this goal"
    )


def test_acceptance_by_the_manager_is_told_as_such(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add goal", name=OWNER[0], email=OWNER[1])
    repo.git("checkout", "-q", "-b", "feature")
    repo.write(PATH, accepted(GOOD_GOAL))
    sha = repo.commit("Accept", name=MANAGER[0], email=MANAGER[1])
    code, payload = review_json(capsys, "main..feature")
    assert code == 0
    [change] = payload["changes"]
    assert {
        "path": PATH,
        "line": 17,
        "column": 1,
        "code": "C005",
        "name": "acceptance-recorded",
        "severity": "info",
        "message": f"accepted by Erik Eriksson <erik@example.com> in {sha[:10]}",
    } in change["flags"]
    assert change["problems"] == []


ACCEPTANCES = {
    "en": (
        "modified",
        "accepted by Erik Eriksson <erik@example.com> in {sha}",
        "1 statement changed (1 modified); no new problems.",
        "acceptance recorded by Anna Andersson <anna@example.com> in {sha}, not by "
        "erik@example.com; only erik@example.com accepts this goal",
        "1 statement changed (1 modified); 1 flag to look at; no new problems (1 at error level).",
    ),
    "sv": (
        "ändrat",
        "godkänt av Erik Eriksson <erik@example.com> i {sha}",
        "1 påstående ändrat (1 ändrat); inga nya problem.",
        "godkännandet registrerades av Anna Andersson <anna@example.com> i {sha}, inte av "
        "erik@example.com; bara erik@example.com godkänner det här målet",
        "1 påstående ändrat (1 ändrat); 1 flagga att titta på; inga nya problem (1 på felnivå).",
    ),
}


NONE = {"en": "(none)", "sv": "(inget)"}  # a field that was not there


@pytest.mark.parametrize("lang", list(ACCEPTANCES))
def test_acceptances_in_each_language(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    modified, by_manager, clean, by_owner, flagged = ACCEPTANCES[lang]
    repo.write("goals.toml", f'language = "{lang}"\n{SELECT}')
    repo.write(PATH, GOOD_GOAL)
    base = repo.commit("Add goal", name=OWNER[0], email=OWNER[1])
    fingerprint = parse(accepted(GOOD_GOAL), PATH).data["accepted"]["fingerprint"]
    none = NONE[lang]
    block = [
        f"  accepted.by: {none} → erik@example.com",
        f"  accepted.on: {none} → 2017-01-05",
        f"  accepted.fingerprint: {none} → {fingerprint[:19]}…",  # enough to tell it
    ]
    repo.git("checkout", "-q", "-b", "feature")
    repo.write(PATH, accepted(GOOD_GOAL))
    sha = repo.commit("Accept", name=MANAGER[0], email=MANAGER[1])
    code, out, err = run(capsys, "review", "main..feature")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"goals review main..feature ({base[:10]}..{sha[:10]})",
        "",
        f"faster-replies: {modified}  {PATH}",
        *block,
        f"  · {PATH}:17:1: C005 [acceptance-recorded] {by_manager.format(sha=sha[:10])}",
        "",
        clean,
    ]

    repo.git("checkout", "-q", "main")
    repo.git("checkout", "-q", "-b", "by-owner")
    repo.write(PATH, accepted(GOOD_GOAL))
    sha = repo.commit("Accept it myself", name=OWNER[0], email=OWNER[1])
    code, out, err = run(capsys, "review", "main..by-owner")
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        f"goals review main..by-owner ({base[:10]}..{sha[:10]})",
        "",
        f"faster-replies: {modified}  {PATH}",
        *block,
        f"  ✖ {PATH}:17:1: C006 [acceptance-by-other] {by_owner.format(sha=sha[:10])}",
        "",
        flagged,
    ]


ACTIVITY = """\
---
id: weekly-meetings
kind: goal
owner: anna@example.com
manager: erik@example.com
deadline: 2017-12-31
metric: {unit: meetings, direction: at_least, target: 40}
status: draft
---
# Jag ska hålla kundmöten varje vecka
"""


def test_added_removed_and_renamed(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.write(
        "goals/old.md",
        ACTIVITY.replace("weekly-meetings", "old-one").replace("varje vecka", "varje månad"),
    )
    repo.commit("Add goals")
    repo.git("checkout", "-q", "-b", "feature")
    repo.write(PATH, GOOD_GOAL.replace("id: faster-replies", "id: quicker-replies"))
    (repo.path / "goals/old.md").unlink()
    repo.write("goals/weekly.md", ACTIVITY.replace("kind: goal", "kind: goal\nparent: nowhere"))
    repo.commit("Rename, remove, add")
    code, payload = review_json(capsys, "main..feature")
    changes = {change["id"]: change for change in payload["changes"]}
    assert {key: change["change"] for key, change in changes.items()} == {
        "quicker-replies": "renamed",
        "old-one": "removed",
        "weekly-meetings": "added",
    }
    assert changes["quicker-replies"]["old_id"] == "faster-replies"
    assert changes["quicker-replies"]["fields"] == [
        {"field": "id", "old": "faster-replies", "new": "quicker-replies"}
    ]
    assert [p["code"] for p in changes["weekly-meetings"]["problems"]] == ["L002"]
    assert changes["old-one"]["problems"] == []
    assert code == 1


def test_child_of_a_changed_parent_shows_as_a_new_problem(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    parent = ACTIVITY.replace("weekly-meetings", "company").replace(
        "status: draft", "status: proposed"
    )
    repo.write("goals/company.md", parent)
    pdoc = parse(parent, "goals/company.md")
    child = GOOD_GOAL.replace("status: active", "status: active\nparent: company")
    cdoc = parse(child, PATH)
    block = acceptance.Accepted(
        MANAGER[1],
        "2017-01-05",
        acceptance.fingerprint(cdoc.data, cdoc.statement),
        parent=acceptance.fingerprint(pdoc.data, pdoc.statement),
    )
    repo.write(PATH, acceptance.write(child, block))
    repo.commit("Add goals", name=MANAGER[0], email=MANAGER[1])
    repo.git("checkout", "-q", "-b", "feature")
    repo.write("goals/company.md", parent.replace("target: 40", "target: 30"))
    repo.commit("Lower the company's target")
    _, payload = review_json(capsys, "main..feature")
    changes = {change["id"]: change for change in payload["changes"]}
    assert changes["faster-replies"]["change"] == "unchanged"
    assert [p["code"] for p in changes["faster-replies"]["problems"]] == ["A007"]
    assert changes["company"]["fields"] == [{"field": "metric.target", "old": 40, "new": 30}]
    assert [(flag["code"], flag["message"]) for flag in changes["company"]["flags"]] == [
        ("C002", "goalposts moved: metric.target 40 → 30"),
        ("C003", "the ambition went down: the target went down (40 → 30)"),
    ]


LATER = {
    "en": (
        "modified",
        "added",
        "goalposts moved: deadline 2017-06-30 → 2017-09-30",
        "the ambition went down: the deadline moved later (2017-06-30 → 2017-09-30)",
        "2 statements changed (1 added, 1 modified); 2 flags to look at; no new problems.",
    ),
    "sv": (
        "ändrat",
        "tillagt",
        "målstolpen flyttad: deadline 2017-06-30 → 2017-09-30",
        "ambitionen sänktes: slutdatumet sköts upp (2017-06-30 → 2017-09-30)",
        "2 påståenden ändrade (1 tillagt, 1 ändrat); 2 flaggor att titta på; inga nya problem.",
    ),
}


@pytest.mark.parametrize("lang", list(LATER))
def test_deadline_later_is_less_ambition_and_an_added_goal_is_listed(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    modified, added, moved, later, summary = LATER[lang]
    repo.write("goals.toml", f'language = "{lang}"\n{SELECT}')
    proposed = GOOD_GOAL.replace("status: active", "status: proposed")
    repo.write(PATH, proposed)
    base = repo.commit("Add")
    repo.git("checkout", "-q", "-b", "feature")
    repo.write(PATH, proposed.replace("deadline: 2017-06-30", "deadline: 2017-09-30"))
    repo.write("goals/other.md", proposed.replace("faster-replies", "other").replace("48", "50"))
    head = repo.commit("Later, and another")
    code, out, err = run(capsys, "review", "main..feature")
    assert (code, err) == (0, "")  # warnings, not errors
    other = STATEMENT.replace("48", "50")
    assert out.splitlines() == [
        f"goals review main..feature ({base[:10]}..{head[:10]})",
        "",
        f"faster-replies: {modified}  {PATH}",
        "  deadline: 2017-06-30 → 2017-09-30",
        f"  ⚠ {PATH}:7:11: C002 [goalpost-moved] {moved}",
        f"  ⚠ {PATH}:7:11: C003 [ambition-down] {later}",
        "",
        f"other: {added}  goals/other.md",
        f"  # {other}",
        f"  id: {NONE[lang]} → other",
        f"  kind: {NONE[lang]} → goal",
        f"  owner: {NONE[lang]} → anna@example.com",
        f"  manager: {NONE[lang]} → erik@example.com",
        f"  start: {NONE[lang]} → 2017-01-01",
        f"  deadline: {NONE[lang]} → 2017-06-30",
        f"  metric.unit: {NONE[lang]} → hours",
        f"  metric.direction: {NONE[lang]} → decrease",
        f"  metric.baseline: {NONE[lang]} → 50",
        f"  metric.target: {NONE[lang]} → 24",
        f"  metric.current: {NONE[lang]} → 36",
        f"  metric.as_of: {NONE[lang]} → 2017-03-31",
        f"  confidence.owner: {NONE[lang]} → 0.7",
        f"  confidence.manager: {NONE[lang]} → 0.6",
        f"  status: {NONE[lang]} → proposed",
        f"  statement: {NONE[lang]} → {other}",
        "",
        summary,
    ]


def test_three_dots_start_at_the_merge_base(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    base_and_feature(repo)
    repo.write(PATH, (repo.path / PATH).read_text().replace("current: 36", "current: 30"))
    repo.commit("Check in on the branch", name=OWNER[0], email=OWNER[1])
    repo.git("checkout", "-q", "main")
    repo.write("goals/other.md", ACTIVITY)
    repo.commit("Meanwhile on main")
    two = review_json(capsys, "main..feature")[1]
    three = review_json(capsys, "main...feature")[1]
    assert {c["id"]: c["change"] for c in two["changes"]} == {
        "faster-replies": "modified",
        "weekly-meetings": "removed",
    }
    assert {c["id"]: c["change"] for c in three["changes"]} == {"faster-replies": "modified"}
    assert three["base"] == repo.git("merge-base", "main", "feature").strip()


@pytest.mark.parametrize(
    ("lang", "nothing"), [("en", "No goal changes."), ("sv", "Inga ändringar i mål.")]
)
def test_nothing_changed(
    repo: Repo, capsys: pytest.CaptureFixture[str], lang: str, nothing: str
) -> None:
    base_and_feature(repo)
    base = repo.git("rev-parse", "main").strip()
    head = repo.commit("Empty")
    code, out, err = run(capsys, "review", "main..feature", "--lang", lang)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"goals review main..feature ({base[:10]}..{head[:10]})",
        "",
        nothing,
    ]


def test_unknown_revision_is_a_usage_error(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    base_and_feature(repo)
    code, out, err = run(capsys, "review", "mian..feature")
    assert (code, out, err) == (
        2,
        "",
        "goals: error: unknown revision 'mian': give a commit, branch or tag (see 'git branch "
        "-a'); in CI, fetch the base branch too\n",
    )


def test_shallow_clone_too_shallow_says_fetch_deeper(
    repo: Repo, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base_and_feature(repo)
    for number in range(3):
        repo.write(
            PATH,
            (repo.path / PATH)
            .read_text()
            .replace(f"current: {36 - number}", f"current: {35 - number}"),
        )
        repo.commit(f"Check in {number}", name=OWNER[0], email=OWNER[1])
    clone = tmp_path / "clone"
    subprocess.run(
        [
            "git",
            "clone",
            "-q",
            "--depth",
            "2",
            "--no-single-branch",
            f"file://{repo.path}",
            str(clone),
        ],
        check=True,
    )
    monkeypatch.chdir(clone)
    code, out, err = run(capsys, "review", "origin/main...origin/feature")
    assert (code, out, err) == (
        2,
        "",
        "goals: error: no merge base of 'origin/main' and 'origin/feature': this is a shallow "
        "clone that does not reach back far enough; fetch the whole history (actions/checkout "
        "with 'fetch-depth: 0', GIT_DEPTH: 0 on GitLab, or 'git fetch --unshallow')\n",
    )
    # deep enough for both ends: two dots need no merge base
    code, payload = review_json(capsys, "origin/feature~1..origin/feature")
    assert code == 0
    assert [c["fields"] for c in payload["changes"]] == [
        [{"field": "metric.current", "old": 34, "new": 33}]
    ]


HOSTILE = "Cut | the <script>alert(1)</script> `time`\nand @erik [x](http://e) **now** &amp;"


def test_markdown_escapes_user_text(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write(PATH, GOOD_GOAL.replace("status: active", "status: proposed"))
    repo.commit("Add")
    repo.git("checkout", "-q", "-b", "feature")
    hostile_unit = "hours | <b>x</b>\\n`y`"
    text = GOOD_GOAL.replace("status: active", "status: proposed").replace(
        "unit: hours", f"unit: {json.dumps(hostile_unit)}"
    )
    statement = GOOD_GOAL.split("---\n")[2]
    text = text.replace(statement, f"# {HOSTILE.splitlines()[0]}\n")
    repo.write(PATH, text)
    repo.commit("Hostile")
    code, out, _ = run(capsys, "review", "main..feature", "--format", "markdown")
    assert code == 0
    for forbidden in (" <script>", " <b>", " `time`", "`y`", " @erik", " [x](", " **now**"):
        assert forbidden not in out
    assert r"\<script>" in out
    table = [line for line in out.splitlines() if line.startswith("| metric.unit")]
    # the cell's pipes are escaped, the row keeps its 3 columns
    assert table == [r"| metric.unit | hours | hours \| \<b>x\</b>\n\`y\` |"]
    # parsed as GitHub does, no user text becomes a link, an image, HTML or formatting
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(out)
    inline = [child.type for token in tokens for child in token.children or []]
    markup = {"link_open", "image", "html_inline", "em_open", "strong_open", "s_open"}
    # ours: the summary line, and the statement's word diff (the old words struck, the new bold)
    assert sorted(set(inline) & markup) == ["s_open", "strong_open"]
    [quote] = [
        tokens[index + 2] for index, token in enumerate(tokens) if token.type == "blockquote_open"
    ]
    parts = [child for child in quote.children or [] if child.type not in ("softbreak",)]
    struck = parts[parts.index(next(c for c in parts if c.type == "s_open")) + 1]
    bold = parts[parts.index(next(c for c in parts if c.type == "strong_open")) + 1]
    assert struck.content == statement.removeprefix("# ").strip()
    assert bold.content == HOSTILE.splitlines()[0]  # the user's text, shown as written
    # the headings and metric.unit: the statement is the quote, not a row
    assert [token.type for token in tokens].count("tr_open") == 2
    assert out.startswith("## Goals review\n\n**")


def test_markdown_cell_is_one_line() -> None:
    from goals_as_code.review.formats import md

    assert md(HOSTILE).count("\n") == 0
    assert md("a\nb\r\nc") == "a b c"
    assert md(None) == "(none)"
    assert md([1, 2]) == r"\[1, 2\]"


def test_the_whole_story(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    """The manager accepts; the owner eases the target on a branch; check and review say so."""
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add my goal", name=OWNER[0], email=OWNER[1])
    repo.git("config", "user.name", MANAGER[0])
    repo.git("config", "user.email", MANAGER[1])
    code, out, err = run(capsys, "accept", "faster-replies", "--commit")
    accepted_block = parse((repo.path / PATH).read_text(), PATH).data["accepted"]
    accepted_on = str(accepted_block["on"])  # today, as the tests pin it
    assert (code, out.splitlines(), err) == (
        0,
        [
            f"{PATH}: accepted 'faster-replies' as erik@example.com "
            f"({accepted_block['fingerprint'][:19]}…)",
            f"committed {PATH}: Accept goal faster-replies",
        ],
        "",
    )
    assert repo.git("log", "-1", "--format=%an <%ae>").strip() == "Erik Eriksson <erik@example.com>"

    repo.git("checkout", "-q", "-b", "feature")
    repo.git("config", "user.name", OWNER[0])
    repo.git("config", "user.email", OWNER[1])
    text = (repo.path / PATH).read_text()
    repo.write(PATH, text.replace("target: 24", "target: 30"))
    repo.commit("Make the target reachable", name=OWNER[0], email=OWNER[1])

    stale = EASED["en"]["A005"].replace("2017-01-05", accepted_on)
    code, out, err = run(capsys, "check")
    assert (code, out.splitlines(), err) == (
        1,
        [f"{PATH}:17:1: A005 [stale-acceptance] {stale}", "Found 1 error in 1 file."],
        "",
    )

    code, out, err = run(capsys, "review", "main..feature")
    assert (code, err) == (1, "")
    assert out.splitlines()[2:9] == [
        f"faster-replies: modified  {PATH}",
        "  metric.target: 24 → 30",
        f"  ⚠ {PATH}:12:11: C002 [goalpost-moved] {EASED['en']['C002']}",
        f"  ⚠ {PATH}:12:11: C003 [ambition-down] {EASED['en']['C003']}",
        f"  ⚠ {PATH}:17:1: C004 [acceptance-made-stale] "
        + EASED["en"]["C004"].replace("2017-01-05", accepted_on),
        f"  ✖ {PATH}:17:1: A005 [stale-acceptance] {stale}",
        "",
    ]

    # the owner cannot accept it herself: refused by goals accept ...
    code, out, err = run(capsys, "accept", "faster-replies")
    assert (code, out, err) == (
        1,
        "",
        f"goals accept: refused: {PATH}: you are anna@example.com, but the goal's manager is "
        "erik@example.com; only the manager accepts a goal (an administrator may use --as "
        "erik@example.com, which is recorded)\n",
    )
    # ... and flagged with her name when she writes the block by hand
    repo.write(PATH, accepted((repo.path / PATH).read_text()))
    code, out, err = run(capsys, "check")  # in the hook, before the commit exists
    assert (code, out.splitlines(), err) == (
        1,
        [
            f"{PATH}:17:1: A006 [acceptance-not-by-manager] this acceptance is being committed "
            "by anna@example.com, not by erik@example.com; only erik@example.com records it: "
            "ask them to run 'goals accept faster-replies --commit'",
            "Found 1 error in 1 file.",
        ],
        "",
    )
    sha = repo.commit("Accept it myself", name=OWNER[0], email=OWNER[1])
    code, out, err = run(capsys, "check")
    assert (code, out.splitlines(), err) == (
        1,
        [
            f"{PATH}:17:1: A006 [acceptance-not-by-manager] the acceptance was recorded by Anna "
            f"Andersson <anna@example.com> in commit {sha[:10]}, not by erik@example.com; ask "
            "erik@example.com to accept the goal ('goals accept faster-replies --commit')",
            "Found 1 error in 1 file.",
        ],
        "",
    )
    code, out, err = run(capsys, "review", "main..feature")
    assert (code, err) == (1, "")
    assert out.splitlines()[-3:] == [
        f"  ✖ {PATH}:17:1: C006 [acceptance-by-other] acceptance recorded by Anna Andersson "
        f"<anna@example.com> in {sha[:10]}, not by erik@example.com; only erik@example.com "
        "accepts this goal",
        "",
        "1 statement changed (1 modified); 3 flags to look at; no new problems (1 at error level).",
    ]


def test_a_goal_moved_to_another_file_and_id_is_renamed_by_its_statement(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(PATH, GOOD_GOAL)
    repo.commit("Add")
    repo.git("checkout", "-q", "-b", "feature")
    (repo.path / PATH).unlink()
    repo.write("goals/support/replies.md", GOOD_GOAL.replace("id: faster-replies", "id: replies"))
    repo.commit("Move")
    _, payload = review_json(capsys, "main..feature")
    [change] = payload["changes"]
    assert (change["change"], change["old_id"], change["id"]) == (
        "renamed",
        "faster-replies",
        "replies",
    )
    assert (change["old_path"], change["path"]) == (PATH, "goals/support/replies.md")
    code, out, err = run(capsys, "review", "main..feature", "--format", "markdown")
    assert (code, err) == (0, "")  # A004 (not accepted) is a warning: no gate
    assert out.split("\n\n")[2:5] == [
        "### faster-replies → replies: renamed",
        "goals/support/replies.md (was goals/faster-replies.md)",
        f"> {STATEMENT}",
    ]
    assert out.splitlines()[-1] == (
        "- ⚠ **warning** A004 missing-acceptance, line 16: the goal is active but not accepted; "
        "its manager erik@example.com runs 'goals accept replies'"
    )


def test_a_renamed_goal_keeps_its_old_problems(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    flawed = GOOD_GOAL.replace("status: active", "status: proposed\nweight: -1")  # V rule: minimum
    repo.write(PATH, flawed)
    repo.commit("Add")
    repo.git("checkout", "-q", "-b", "feature")
    repo.write(PATH, flawed.replace("id: faster-replies", "id: replies"))
    repo.commit("Rename")
    code, payload = review_json(capsys, "main..feature")
    [change] = payload["changes"]
    assert change["change"] == "renamed"
    assert change["problems"] == []
    assert code == 0
    # the same flaw brought in by a new goal is new
    repo.write(
        "goals/other.md", flawed.replace("id: faster-replies", "id: other").replace("# Jag", "# Du")
    )
    repo.commit("Add another")
    code, payload = review_json(capsys, "main..feature")
    other = next(change for change in payload["changes"] if change["id"] == "other")
    assert other["change"] == "added"
    assert [p["severity"] for p in other["problems"]] == ["error"]
    assert code == 1


def test_a_project_in_a_sub_folder_names_files_from_the_repository_top(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.write("team/goals.toml", SELECT)
    repo.write(f"team/{PATH}", accepted(GOOD_GOAL))
    repo.commit("Add", name=MANAGER[0], email=MANAGER[1])
    repo.git("checkout", "-q", "-b", "feature")
    repo.write(f"team/{PATH}", accepted(GOOD_GOAL).replace("target: 24", "target: 30"))
    repo.commit("Ease", name=OWNER[0], email=OWNER[1])
    monkeypatch.chdir(repo.path / "team")
    code, payload = review_json(capsys, "main..feature")
    assert code == 1
    [change] = payload["changes"]
    assert change["path"] == f"team/{PATH}"
    assert [(p["path"], p["code"]) for p in change["problems"]] == [(f"team/{PATH}", "A005")]
    code, out, err = run(capsys, "check")
    assert (code, out.splitlines(), err) == (
        1,
        [
            f"team/{PATH}:17:1: A005 [stale-acceptance] {EASED['en']['A005']}",
            "Found 1 error in 1 file.",
        ],
        "",
    )


def test_the_configured_front_matter_limit_holds_in_review(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    """The limits of goals check, the configuration's included, apply to what review reads."""
    repo.write("goals.toml", SELECT + "[limits]\nfront-matter-bytes = 256\n")
    repo.write("README.md", "# Goals\n")
    repo.commit("Start")
    repo.git("checkout", "-q", "-b", "feature")
    big = GOOD_GOAL.replace("status: active", "status: active\nunit_note: " + "x" * 300)
    repo.write(PATH, big)
    repo.commit("Add goal", name=OWNER[0], email=OWNER[1])
    code, out, _ = run(capsys, "check", PATH, "--format", "json")
    checked = [problem["code"] for problem in json.loads(out)["problems"]]
    assert (code, checked) == (1, ["F007"])
    code, payload = review_json(capsys, "main..feature")
    found = [p["code"] for change in payload["changes"] for p in change["problems"]]
    assert (code, found) == (1, ["F007"])
