"""--lang sv: check, init, new, rules and explain speak Swedish, with no English word left."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from goals_as_code.check import catalogue, rules
from goals_as_code.i18n.messages import say

from .conftest import GOOD_GOAL, Repo, run

BAD = Path(__file__).resolve().parent / "data" / "bad"
ENGLISH = re.compile(
    r"\b(warning|warnings|error|errors|wrote|skipped|updated|Found|All good|file|files|the|is|"
    r"Family|Default severity|Options|What it does|Why is this bad|Example|Use instead|Next)\b"
)


def english(text: str) -> list[str]:
    return ENGLISH.findall(text)


def test_check_in_swedish(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(BAD)
    code, out, err = run(capsys, "check", "--lang", "sv")
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert lines[-1] == "Hittade 21 fel, 1 varning i 21 filer."
    assert (
        "suppress-unused.md:16:3: F011 [unused-suppression] 'suppress: T001' behövs inte: T001 "
        "(missing-deadline) hittar inget här; ta bort raden (varning)"
    ) in out
    assert (
        "missing-owner.md:1:1: V001 [missing-field] det obligatoriska fältet 'owner' saknas"
    ) in out
    # every message is Swedish, the YAML parser's own words (F003) included
    said = [line.split("] ", 1)[-1] for line in lines]
    assert english("\n".join(said)) == []
    assert (
        "tests/data/bad/bad-yaml.md:11:12: F003 [yaml-syntax] YAML-fel: hittade inte väntat ',' eller ']' "
        "(i en lista inom [ ])"
    ) in lines


def test_a_bad_id_is_told_in_swedish_with_the_schema_description(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(
        "goals/svarstid.md",
        "---\nid: Svars tid!\nkind: goal\nowner: anna@example.com\ndeadline: 2017-06-30\n---\n"
        "# Jag ska sänka svarstiden från 48 till 24 timmar till den 30 juni 2017\n",
    )
    code, out, _ = run(capsys, "check", "--lang", "sv", "--select", "V")
    assert code == 1
    assert out.splitlines() == [
        "goals/svarstid.md:2:1: V004 [invalid-value] 'id' är \"Svars tid!\", vilket inte är "
        "tillåtet här: En stabil identifierare: bokstäver, siffror, '.', '_' och '-'; unik i "
        "förrådet. Ett påstående är sitt id, var filen än ligger.",
        "Hittade 1 fel i 1 fil.",
    ]


def test_all_good_in_swedish(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    (repo.path / "goals").mkdir()
    code, out, _ = run(capsys, "check", "--lang", "sv")
    assert (code, out) == (0, "Allt i ordning: 0 filer kontrollerade, inga problem.\n")


def test_init_in_swedish(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "init", "--lang", "sv", "--no-examples")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "skrev    goals.toml",
        "skrev    .pre-commit-config.yaml",
        "",
        "Nästa steg: 'pre-commit install' (eller 'goals install-hook' utan pre-commit), "
        "redigera sedan exemplen och kör 'goals check'.",
    ]
    code, out, _ = run(capsys, "init", "--lang", "sv", "--no-examples")
    assert out.splitlines()[:2] == [
        "hoppade över goals.toml (den finns; lämnad som den är)",
        "hoppade över .pre-commit-config.yaml (den har redan kroken check-goals)",
    ]
    assert english(out) == []


def test_new_in_swedish(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    args = ("new", "goal", "--lang", "sv", "--id", "svarstid", "--owner", "anna@example.com")
    statement = "Jag ska sänka svarstiden från 48 till 24 timmar till den 30 juni 2017"
    code, out, _ = run(capsys, *args, "--statement", statement)
    assert out.splitlines()[0] == "Skrev goals/svarstid.md"
    assert english(out) == []
    code, out, err = run(capsys, *args, "--statement", statement)
    assert (code, out) == (2, "")
    assert (
        "goals/svarstid.md finns redan; välj ett annat --id eller -o SÖKVÄG (inget skrevs)" in err
    )


def test_rules_in_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "rules", "--lang", "sv")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == len(rules.RULES)
    assert lines[0] == (
        "F001  front-matter-missing         fel      En påståendefil saknar front matter, eller så "
        "börjar den inte på rad 1."
    )
    assert "T001  missing-deadline" in out
    assert "  varning  " in out
    names = " ".join(rule.NAME for rule in rules.RULES)
    summaries = "\n".join(re.sub(names.replace(" ", "|"), "", line) for line in lines)
    assert english(summaries) == []


def test_explain_in_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "explain", "R002", "--lang", "sv")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:7] == [
        "# R002 low-confidence",
        "",
        "Ägaren eller chefen tror inte att målet kommer att nås.",
        "",
        "Familj: R (realistiskt). Standardnivå: varning.",
        "Inställningar (`[tool.goals.rules.low-confidence]`): `threshold = 0.5`.",
        "",
    ]
    headings = [line for line in lines if line.startswith("## ")]
    assert headings == [
        "## Vad den gör",
        "## Varför är det dåligt?",
        "## Inställningar",
        "## Exempel",
        "## Gör så här i stället",
    ]
    assert english("\n".join(lines[:7] + headings)) == []


def test_explain_an_unknown_rule_in_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "explain", "missing-dedline", "--lang", "sv")
    assert (code, out) == (2, "")
    assert "ingen regel 'missing-dedline'; menade du 'missing-deadline'?" in err


def test_errors_in_swedish(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "--lang", "sv", "nope.md")
    assert (code, out, err) == (2, "", "goals: fel: nope.md: ingen sådan fil eller mapp\n")
    repo.write("goals.toml", 'language = "sv"\n')
    code, out, err = run(capsys, "rules", "missing-dedline")
    assert (code, out) == (2, "")
    assert err == "goals: fel: okänd regel 'missing-dedline'; menade du 'missing-deadline'?\n"
    code, out, err = run(capsys, "check", "--lang", "en", "nope.md")
    assert err == "goals: error: nope.md: no such file or folder\n"


def test_schema_and_install_hook_follow_the_configured_language(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("goals.toml", 'language = "sv"\n')
    code, out, _ = run(capsys, "schema", "goal", "--write", "exported")
    assert (code, out) == (0, "skrev exported/goal.schema.json\n")
    code, out, _ = run(capsys, "install-hook")
    assert code == 0
    assert out.startswith("Installerade pre-commit-kroken för goals-as-code: ")
    code, out, _ = run(capsys, "install-hook")
    assert out.startswith("Kroken för goals-as-code är redan installerad: ")


@pytest.mark.parametrize(
    ("args", "env", "said"),
    [
        (
            ("report", "--at", "nonsense"),
            {},
            "goals: fel: okänd revision 'nonsense': ange en incheckning, gren eller tagg "
            "(se 'git log'), eller ett datum som ÅÅÅÅ-MM-DD",
        ),
        (
            ("report", "--period", "2017x"),
            {},
            "goals: fel: '2017x' är ingen period; skriv ett år (2017), ett kvartal (2017-Q2), "
            "ett halvår (2017-H1), en månad (2017-05) eller ett datumintervall "
            "(2017-01-01..2017-06-30)",
        ),
        (
            ("check",),
            {"GOALS_TODAY": "bad"},
            "goals: fel: GOALS_TODAY='bad' är inget datum; skriv det som ÅÅÅÅ-MM-DD",
        ),
        (
            ("check", "--config", "nofile.toml"),
            {},
            "goals: fel: nofile.toml: ingen sådan konfigurationsfil",
        ),
    ],
)
def test_setup_errors_in_swedish(
    repo: Repo,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
    env: dict[str, str],
    said: str,
) -> None:
    repo.write("goals/company.md", GOOD_GOAL)
    repo.commit("Add a goal")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    code, out, err = run(capsys, *args, "--lang", "sv")
    assert (code, out, err.strip()) == (2, "", said)


PROSE_ENGLISH = re.compile(r"\b(the|is|a|and|of|to|when|with|that|goal|rule)\b")
EXAMPLE_HEADINGS = ("## Exempel", "## Gör så här i stället")


def prose_of(explained: str) -> str:
    """What ``goals explain`` says in words: code blocks, code spans, quotations and the English
    examples of a rule that has no Swedish ones left out."""
    kept = []
    for part in re.split(r"^(?=## )", explained, flags=re.M):
        if part.startswith(EXAMPLE_HEADINGS) and say("sv", catalogue.ENGLISH_EXAMPLE) in part:
            part = part.split("\n")[0]
        kept.append(part)
    text = re.sub(r"^```.*?^```$", "", "".join(kept), flags=re.M | re.S)
    text = re.sub(r"`[^`]*`", "", text)
    return re.sub(r'"[^"]*"|\*[^*]*\*', "", text)


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda rule: rule.CODE)
def test_explain_says_the_whole_rule_in_swedish(
    rule: rules.Rule, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "explain", rule.CODE, "--lang", "sv")
    assert (code, err) == (0, "")
    untranslated = [text for text in catalogue.prose(rule) if say("sv", text) == text]
    assert untranslated == []
    title, rest = out.split("\n", 1)
    assert title == f"# {rule.CODE} {rule.NAME}"
    assert PROSE_ENGLISH.findall(prose_of(rest)) == []
    assert english(prose_of(rest)) == []


def test_a_language_without_the_wording_falls_back_to_english() -> None:
    from goals_as_code.i18n.messages import say, status

    assert say("xx", "on {x}", x=1) == "on 1"  # no catalogue for xx: the id is the English
    assert say("sv", "Goals review") == "Granskning av mål"
    assert status("at-risk", "sv") == "risk"
    assert status("at-risk", "en") == "at risk"
    assert status("something-new", "sv") == "something-new"


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (
            ("check", "--nope"),
            "Fel: Flaggan '--nope' finns inte. (Menade du någon av: '--ignore', '--no-cache'?)",
        ),
        (
            ("check", "--format", "xml"),
            "Fel: Ogiltigt värde för '--format' / '--output-format': 'xml' är inte något av "
            "'text', 'json', 'github', 'sarif', 'gitlab', 'junit'.",
        ),
        (("explain",), "Fel: Argument saknas 'RULE'."),
        (("history", "a", "b"), "Fel: Oväntat extra argument (b)"),
        (("check", "--config", "."), "Fel: Ogiltigt värde för '--config': Filen '.' är en mapp."),
        (
            ("new", "goal", "--deadline", "2017-13-01"),
            "Fel: Ogiltigt värde för '--deadline': '2017-13-01' är inget datum skrivet som "
            "ÅÅÅÅ-MM-DD",
        ),
        (
            ("new", "kpi", "--parent", "x", "--id", "k", "--statement", "K"),
            "Fel: --parent gäller inte för nyckeltal; den gäller för: mål",
        ),
    ],
)
def test_usage_errors_are_said_in_swedish(
    repo: Repo, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], error: str
) -> None:
    (repo.path / "goals.toml").write_text('language = "sv"\n', encoding="utf-8")
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert lines[0].startswith(f"Användning: goals {args[0]} ")
    assert lines[1] == f"Skriv 'goals {args[0]} --help' för hjälp."
    assert lines[-1] == error
    assert english(err) == []


def test_an_option_without_its_value_is_said_in_swedish(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo.path / "goals.toml").write_text('language = "sv"\n', encoding="utf-8")
    code, out, err = run(capsys, "check", "--select")
    assert (code, out, err) == (2, "", "Fel: Flaggan '--select' kräver ett värde.\n")


def test_help_stays_english_and_english_errors_stay_clicks(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "check", "--lang", "sv", "--help")
    assert code == 0
    assert out.startswith("Usage: goals check [OPTIONS]")
    code, _, err = run(capsys, "check", "--nope")
    assert code == 2
    assert err.splitlines()[-1] == (
        "Error: No such option '--nope'. (Did you mean one of: '--ignore', '--no-cache'?)"
    )
    # a command first loaded under Swedish still names its paths in English in --help
    code, _, err = run(capsys, "report", "--lang", "sv", "--output", ".")
    assert (code, err.splitlines()[-1]) == (
        2,
        "Fel: Ogiltigt värde för '-o' / '--output': Filen '.' är en mapp.",
    )
    code, out, _ = run(capsys, "report", "--help")
    assert code == 0
    assert "-o, --output FILE" in out
    code, _, err = run(capsys, "report", "--output", ".")
    assert (
        err.splitlines()[-1]
        == "Error: Invalid value for '-o' / '--output': File '.' is a directory."
    )
