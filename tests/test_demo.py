"""goals demo: the README's "try it" command builds a real repository and runs on it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from .conftest import run


def log(root: Path) -> list[str]:
    done = subprocess.run(
        ["git", "log", "--reverse", "--format=%ad|%an|%s", "--date=short"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.splitlines()


def test_demo_builds_a_repository_with_history_and_runs_on_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "demo"
    code, out, err = run(capsys, "demo", "--dir", str(folder))
    assert code == 0, err
    assert "Traceback" not in out + err
    history = log(folder)
    assert history[0] == "2017-01-09|Anna Andersson|Sätt mål för 2017"
    assert "2017-04-12|Anna Andersson|Sänk målnivån efter omorganisationen" in history
    assert "2017-05-31|Erik Eriksson|Avstämning maj" in history
    assert history[-2:] == [
        "2017-05-31|Anna Andersson|Lägg till Scrum som mål",
        "2017-05-31|Erik Eriksson|Säg hur mycket jag tror på scrum-as-goal",  # his own confidence
    ]
    statements = sorted(p.relative_to(folder / "goals").as_posix() for p in folder.rglob("*.md"))
    assert "anna/svarstid-kundservicemail.md" in statements  # each person's goals in a folder
    assert "bo/fler-kundmoten.md" in statements
    assert "nyckeltal/vinstmarginal.md" in statements
    assert "2017-01-10|Erik Eriksson|Godkänn målet fler-affarer" in history
    assert "2017-01-10|Cecilia Carlsson|Godkänn målet forsaljning-2017" in history
    # each owner agrees to her own goals, next to the manager's acceptance
    assert "2017-01-11|Anna Andersson|Kom överens om målet fler-affarer" in history
    assert "2017-01-11|Erik Eriksson|Kom överens om målet forsaljning-2017" in history
    # every command the demo shows is shown as typed, and ran
    for command in (
        "$ goals check --today 2017-05-31",
        "$ goals report --at ",
        "$ goals history fler-affarer",
        "$ goals review ",
    ):
        assert command in out
    assert "No such command" not in out + err
    # check: the lowered target made the acceptance stale; the activity dressed as a goal is caught
    check = out.split("$ goals check")[1].split("$ goals history")[0]
    codes = [line.split()[1] for line in check.splitlines() if line.startswith("goals/")]
    assert codes == ["A005", "R005", "G001"]  # and the reply-time goal is too far behind
    assert "goals/scrum-som-mal.md:14:1: G001 [goal-reads-as-activity]" in check
    # report: every goal, as of the last check-in
    report = out.split("$ goals report")[1]
    assert "Mål per 2017-05-31" in report  # in the language of the demo
    for ident in ("fler-affarer", "lagre-kostnader", "forsaljning-2017", "scrum-as-goal"):
        assert ident in report
    # the teams come from the 'team' field, not from the folders that sort the kinds
    teams = report.split("Per team")[1].split("Målhierarki")[0]
    rows = [line.split()[:2] for line in teams.splitlines()[4:] if line.strip()]
    assert rows == [["ledningen", "3"], ["sälj", "5"]]
    # goals move as real ones do: not every goal at the same progress and pace
    table = report.split("Flyttade målstolpar")[0]
    progress = {line.split("%")[0].split()[-1] for line in table.splitlines() if " % " in line}
    paces = {line.split("%")[1].split()[0] for line in table.splitlines() if " % " in line}
    assert len(progress) >= 4
    assert len(paces) >= 4
    # and no goal takes a KPI's value in another unit: each shows its own check-ins
    assert "mäts i" not in report
    # review: the goalpost commit, with the ambition going down
    review = out.split("$ goals review")[1].split("$ goals report")[0]
    assert "metric.target: 160 → 158" in review
    assert "ambitionen sänktes: målnivån sänktes (160 → 158)" in review  # the demo is Swedish
    assert (folder / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    # the history of the goal whose target was lowered shows the moved goalpost
    assert "metric.target: 160 → 158" in out
    # the repository is kept and is a working repository for the other commands
    assert f"Förrådet finns kvar i {folder}" in out  # and the demo tells it in Swedish
    assert out.startswith(f"Demoförråd: {folder}\nFem månaders historik, senaste commit ")


def test_demo_in_english_removes_its_temporary_repository(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    code, out, _ = run(capsys, "demo", "--lang", "en")
    assert code == 0
    assert "$ goals check" in out
    assert "(Set the goals for 2017)" in out  # the timeline shows the English commit messages
    assert "the ambition went down: the target went down" in out  # and the review speaks English
    assert "\nOne goal's timeline:\n" in out
    assert list(tmp_path.iterdir()) == []  # the temporary repository is gone
    assert "goals/goals/" not in out
    assert "goals/anna/more-deals.md:19:1: A005 [stale-acceptance]" in out


def test_demo_refuses_a_folder_that_is_not_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "x.txt").write_text("mine")
    code, _, err = run(capsys, "demo", "--dir", str(tmp_path))
    assert code == 2
    assert "is not empty" in err
    assert (tmp_path / "x.txt").read_text() == "mine"


def test_demo_signs_the_directors_acceptances_with_a_key_it_makes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "demo"
    code, out, err = run(capsys, "demo", "--dir", str(folder), "--lang", "en")
    assert (code, err) == (0, "")
    signed = out.split("(G: a good signature by a listed key):\n")[1].split("\n\n")[0]
    lines = signed.splitlines()
    assert lines[0] == (
        "$ git -c gpg.ssh.allowedSignersFile=.goals/allowed_signers log "
        "--author=cecilia@example.com --format='%h %G? %GS %s'"
    )
    assert [line.split(" ", 1)[1] for line in lines[1:]] == [
        "G cecilia@example.com Accept goal sales-2017",
        "G cecilia@example.com Accept goal profitability-2017",
        "G cecilia@example.com Accept goal customer-satisfaction-2017",
    ]
    signers = (folder / ".goals" / "allowed_signers").read_text(encoding="utf-8")
    assert signers.startswith("cecilia@example.com ssh-ed25519 ")
    assert 'allowed-signers = ".goals/allowed_signers"' in (folder / "goals.toml").read_text()
    assert not (folder / ".git" / "goals-demo" / "cecilia").read_text().startswith("ssh-ed25519")


def test_demo_without_ssh_keygen_says_it_signs_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    git = shutil.which("git")
    assert git is not None
    bin_folder = tmp_path / "bin"  # Git, and no ssh-keygen
    bin_folder.mkdir()
    (bin_folder / "git").symlink_to(git)
    monkeypatch.setenv("PATH", str(bin_folder))
    folder = tmp_path / "demo"
    code, out, err = run(capsys, "demo", "--dir", str(folder), "--lang", "en")
    assert (code, err) == (0, "")
    assert (
        "ssh-keygen is not installed, so the demo signs no acceptance; see docs/acceptance.md "
        "for signed acceptances.\n" in out
    )
    assert not (folder / ".goals").exists()
    assert "allowed-signers" not in (folder / "goals.toml").read_text()
