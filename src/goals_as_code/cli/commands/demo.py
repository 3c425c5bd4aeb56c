"""goals demo: a small repository with a few months of history, built from the guide's examples."""

from __future__ import annotations

import io
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path

import click

from goals_as_code.cli.click_words import PathType
from goals_as_code.errors import GitError, GoalsError
from goals_as_code.i18n.messages import N_, say
from goals_as_code.source import resources

HELP = """Build a demo repository with history and run the tool on it.

Copies the source guide's own examples (in Swedish: goals, KPIs, activities, behaviours) into a new
Git repository and commits five months of history: Anna (and Bo, the second seller in her
team) set their goals, their manager Erik and his
manager Cecilia accept them with 'goals accept', each owner agrees to their own goals with 'goals
agree', everyone checks in monthly (January to May 2017), Anna lowers one target (and agrees to it
again) and adds an activity written as a goal. Cecilia signs her acceptances with an SSH key
made for the demo (when ssh-keygen is installed), listed in the repository's allowed-signers
file. Then it runs 'goals check',
'goals history', 'goals review' and, last, 'goals report' on it, showing each command as you
would type it.

The repository is made in a temporary folder and removed afterwards, unless you pass --keep or
--dir, so that you can try the other commands on it yourself.

\b
Examples:
  goals demo
  goals demo --dir /tmp/goals-demo
  goals demo --lang en
"""

START = "2017-01-09"
LAST = "2017-05-31"
OWNER = ("Anna Andersson", "anna@example.com")
MANAGER = ("Erik Eriksson", "erik@example.com")
DIRECTOR = ("Cecilia Carlsson", "cecilia@example.com")
ACCEPTED = "2017-01-10"
AGREED = "2017-01-11"

# (month, message in Swedish, message in English)
CHECKINS = [
    ("2017-02-28", "Avstämning februari", "February check-in"),
    ("2017-03-31", "Avstämning mars", "March check-in"),
    ("2017-04-28", "Avstämning april", "April check-in"),
    ("2017-05-31", "Avstämning maj", "May check-in"),
]
# How far from baseline to target each statement has come at each check-in, so that goals move
# as real ones do: one steady, one stalled (April confirms March's value), one ahead, one behind.
# The statements take them in turn, in the order of their files.
PROFILES = [
    (0.15, 0.35, 0.5, 0.7),
    (0.1, 0.25, 0.25, 0.3),
    (0.3, 0.5, 0.75, 0.9),
    (0.05, 0.1, 0.2, 0.35),
]
# A second seller, so that the sales team is a team: her goal serves the sales goal too.
SELLER = ("Bo Berg", "bo@example.com")
SELLER_GOAL = {
    "sv": (
        "bo/fler-kundmoten.md",
        "fler-kundmoten",
        "forsaljning-2017",
        "möten/vecka",
        "Jag skall öka antalet kundmöten från 8 till 12 per vecka till den 31 december 2017",
        "sälj",
    ),
    "en": (
        "bo/more-customer-meetings.md",
        "more-customer-meetings",
        "sales-2017",
        "meetings/week",
        "I will raise my customer meetings from 8 to 12 a week by 31 December 2017",
        "sales",
    ),
}

GOALPOST = N_("Lower the target after the reorganisation")
BELIEVE = N_("Say how much I believe in {id}")
HOLDERS = ("owner", "manager")

ACTIVITY_AS_GOAL = {
    "sv": (
        "Jag skall implementera Scrum på vår IT-avdelning under 2017",
        "Lägg till Scrum som mål",
    ),
    "en": (
        "I will implement Scrum in our IT department during 2017",
        "Add Scrum as a goal",
    ),
}
# the company goal the activity dressed as a goal names as its parent
PROFITABILITY = {"sv": "lonsamhet-2017", "en": "profitability-2017"}


@click.command(help=HELP, short_help="Build a demo repository with history and run on it.")
@click.option(
    "--lang",
    type=click.Choice(["sv", "en"]),
    default="sv",
    show_default=True,
    help="Which examples to use: the guide's Swedish originals or their English translation.",
)
@click.option(
    "--dir",
    "folder",
    type=PathType(path_type=Path, file_okay=False),
    help="Build the repository here (must be empty or not exist) and keep it.",
)
@click.option("--keep", is_flag=True, help="Keep the temporary repository and print where it is.")
def command(lang: str, folder: Path | None, keep: bool) -> int:
    if shutil.which("git") is None:
        raise GoalsError("the demo needs Git; install it and run 'goals demo' again")
    with _workspace(folder, keep or folder is not None) as root:
        head = build(root, lang)
        click.secho(say(lang, NARRATION["repository"], root=root), bold=True)
        click.echo(say(lang, NARRATION["story"], head=head[:10]))
        _signatures(root, lang)
        _run(root, ["check", "--today", LAST], say(lang, NARRATION["check"]))
        _run(root, ["history", _first_goal_id(root)], say(lang, NARRATION["history"]))
        moved = _git(root, "rev-list", "-1", f"--grep={say(lang, GOALPOST)}", "HEAD")
        _run(root, ["review", f"{moved[:10]}~1..{moved[:10]}"], say(lang, NARRATION["review"]))
        _run(root, ["report", "--at", head], say(lang, NARRATION["report"]))
        if keep or folder is not None:
            with _inside(root), redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
                from goals_as_code.cli.main import main

                main(["report", "--at", head, "--format", "html", "-o", "report.html"])
            click.echo(say(lang, NARRATION["kept"], root=root, page=root / "report.html"))
    return 0


@contextmanager
def _workspace(folder: Path | None, keep: bool) -> Iterator[Path]:
    if folder is not None:
        if folder.exists() and any(folder.iterdir()):
            raise GoalsError(f"{folder} is not empty; give an empty or new folder to --dir")
        folder.mkdir(parents=True, exist_ok=True)
        yield folder.resolve()
        return
    temporary = Path(tempfile.mkdtemp(prefix="goals-demo-"))
    try:
        yield temporary
    finally:
        if not keep:
            shutil.rmtree(temporary, ignore_errors=True)


def _git(root: Path, *args: str, who: tuple[str, str] = OWNER, date: str = "2017-01-09") -> str:
    from goals_as_code.git import run

    env = {
        "GIT_AUTHOR_NAME": who[0],
        "GIT_AUTHOR_EMAIL": who[1],
        "GIT_COMMITTER_NAME": who[0],
        "GIT_COMMITTER_EMAIL": who[1],
        "GIT_AUTHOR_DATE": f"{date}T09:00:00+01:00",
        "GIT_COMMITTER_DATE": f"{date}T09:00:00+01:00",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
    }
    try:
        return run(root, *args, env=env).strip()
    except GitError as exc:
        raise GoalsError(f"{exc} (in the demo repository)") from None


def build(root: Path, lang: str) -> str:
    """Create the demo repository in ``root``; returns the sha of its last commit."""
    source = resources.folder("examples") / lang
    if not source.is_dir():
        raise GoalsError(f"the installation has no examples/{lang} folder")
    _git(root, "init", "-q", "-b", "main")
    _git(root, "config", "user.name", OWNER[0])
    _git(root, "config", "user.email", OWNER[1])
    goals = root / "goals"
    for path in sorted(source.rglob("*.md")):
        relative = path.relative_to(source)
        if relative.parts[0] in ("goals", "mal"):  # Anna's goals go in a folder of her own
            relative = Path("anna", *relative.parts[1:])
        target = goals / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    signing = _signing_key(root)
    (root / "goals.toml").write_text(
        f'goals-dir = "goals"\nlanguage = "{lang}"\nexclude = ["README.md"]\n'
        + (f'allowed-signers = "{SIGNERS}"\n' if signing is not None else "")
        # the folders sort the statements by person and kind (anna/, nyckeltal/), not by team
        + '[report]\nteam-from = "field"\n',
        encoding="utf-8",
    )
    where, ident, parent, unit, statement, team = SELLER_GOAL[lang]
    (goals / where).parent.mkdir(parents=True, exist_ok=True)
    (goals / where).write_text(
        f"---\nid: {ident}\nkind: goal\nowner: {SELLER[1]}\nteam: {team}\n"
        f"manager: {MANAGER[1]}\nparent: {parent}\nstart: 2017-01-01\ndeadline: 2017-12-31\n"
        f"metric:\n  unit: {unit}\n  direction: increase\n  baseline: 8\n  target: 12\n"
        "  current: 8\n  as_of: 2017-01-09\nconfidence: {owner: 0.6, manager: 0.7}\n"
        f"status: active\n---\n# {statement}\n",
        encoding="utf-8",
    )
    files = sorted(goals.rglob("*.md"))
    beliefs: dict[Path, dict[str, str]] = {}
    for path in files:  # everything starts at its baseline on the day the goals are set
        text = _check_in(path.read_text(encoding="utf-8"), 0.0, START)
        found = _CONFIDENCE.search(text)
        if found is not None:  # each holder writes their own confidence, when they sign
            beliefs[path] = dict(re.findall(rf"(owner|manager):\s*({_NUMBER})", found.group(1)))
            text = text[: found.start()] + text[found.end() :]
        path.write_text(text, encoding="utf-8")
    _git(root, "add", "-A")
    first = "Sätt mål för 2017" if lang == "sv" else "Set the goals for 2017"
    _git(root, "commit", "-q", "-m", first, date=START)
    _accept_all(root, files, beliefs, signing)
    _agree_all(root, files, beliefs)

    for number, (date, message_sv, message_en) in enumerate(CHECKINS):
        for person in (OWNER, SELLER, MANAGER):  # each person checks in what they own
            for index, path in enumerate(files):
                text = path.read_text(encoding="utf-8")
                if _owner(text) != person[1]:
                    continue
                changed = _check_in(text, PROFILES[index % len(PROFILES)][number], date)
                if changed != text:
                    path.write_text(changed, encoding="utf-8")
            if _git(root, "status", "--porcelain"):
                message = message_sv if lang == "sv" else message_en
                _git(root, "commit", "-q", "-am", message, who=person, date=date)
        if number == 1:
            _move_goalpost(root, files, lang)

    statement, message = ACTIVITY_AS_GOAL[lang]
    filename = "scrum-som-mal.md" if lang == "sv" else "scrum-as-goal.md"
    (goals / filename).write_text(
        "---\nid: scrum-as-goal\nkind: goal\nowner: anna@example.com\n"
        f"team: {'sälj' if lang == 'sv' else 'sales'}\n"
        f"manager: erik@example.com\nparent: {PROFITABILITY[lang]}\n"
        "start: 2017-01-01\ndeadline: 2017-12-31\n"
        "metric: {unit: done, direction: binary, baseline: 0, target: 1, current: 0, "
        "as_of: 2017-05-31}\n"
        "confidence: {owner: 0.8}\nstatus: proposed\n---\n"
        f"# {statement}\n",
        encoding="utf-8",
    )
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", message, date="2017-05-31")
    # the manager says how much he believes in it, in his own commit (rule R006)
    _believe(goals / filename, {goals / filename: {"owner": "0.8", "manager": "0.7"}}, *HOLDERS)
    said = say(lang, BELIEVE, id="scrum-as-goal")
    _git(root, "commit", "-q", "-am", said, who=MANAGER, date="2017-05-31")
    return _git(root, "rev-parse", "HEAD")


_NUMBER = r"-?\d+(?:\.\d+)?"
_CONFIDENCE = re.compile(r"^confidence:\s*\{([^}\n]*)\}\n", re.M)


def _field(text: str, name: str) -> float | None:
    found = re.search(rf"^\s+{name}:\s*({_NUMBER})\s*$", text, re.MULTILINE)
    return float(found.group(1)) if found else None


def _check_in(text: str, fraction: float, date: str) -> str:
    """Move a goal's current value (or a KPI's value) ``fraction`` of the way to its target; an
    activity's state follows its dates (todo before its start, doing, done on its due date)."""
    if re.search(r"^kind:\s*activity\s*$", text, re.M):
        return _activity_state(text, date)
    baseline, target = _field(text, "baseline"), _field(text, "target")
    if baseline is not None and target is not None and re.search(r"^\s+current:", text, re.M):
        value = _tidy(baseline + (target - baseline) * fraction)
        text = re.sub(rf"^(\s+current:\s*){_NUMBER}", rf"\g<1>{value}", text, count=1, flags=re.M)
        return re.sub(r"^(\s+as_of:\s*)\S+", rf"\g<1>{date}", text, count=1, flags=re.M)
    value_match = re.search(rf"^value:\s*({_NUMBER})\s*$", text, re.MULTILINE)
    if value_match:
        value = _tidy(float(value_match.group(1)) * (1 + 0.04 * fraction))
        text = re.sub(rf"^(value:\s*){_NUMBER}", rf"\g<1>{value}", text, count=1, flags=re.M)
        return re.sub(r"^(as_of:\s*)\S+", rf"\g<1>{date}", text, count=1, flags=re.M)
    return text


def _activity_state(text: str, date: str) -> str:
    start = re.search(r"^start:\s*(\S+)", text, re.M)
    due = re.search(r"^due:\s*(\S+)", text, re.M)
    state = "todo"
    if due is not None and due.group(1) <= date:
        state = "done"
    elif start is not None and start.group(1) <= date:
        state = "doing"
    return re.sub(r"^(state:\s*)\S+", rf"\g<1>{state}", text, count=1, flags=re.M)


def _move_goalpost(root: Path, files: list[Path], lang: str) -> None:
    """Lower the target of Anna's first goal that aims to increase something, in its own commit."""
    for path in files:
        text = path.read_text(encoding="utf-8")
        target, baseline = _field(text, "target"), _field(text, "baseline")
        if _owner(text) != OWNER[1] or not re.search(r"^\s+direction:\s*increase", text, re.M):
            continue
        if target is None or baseline is None or target <= baseline:
            continue
        lowered = _tidy(target - (target - baseline) * 0.2)
        text = re.sub(rf"^(\s+target:\s*){_NUMBER}", rf"\g<1>{lowered}", text, count=1, flags=re.M)
        # the statement says the level too: a moved goalpost changes both
        old = _tidy(target)
        text = re.sub(
            rf"^(# .*?\b){re.escape(old)}\b", rf"\g<1>{lowered}", text, count=1, flags=re.M
        )
        path.write_text(text, encoding="utf-8")
        ident = re.search(r"^id:\s*(\S+)", text, re.M)
        if ident is not None:  # she agrees to the goal she changed; the manager has not yet
            _sign(root, "agree", ident.group(1), OWNER, "2017-04-12", commit=False)
        _git(root, "commit", "-q", "-am", say(lang, GOALPOST), date="2017-04-12")
        return


def _tidy(value: float) -> str:
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else str(rounded)


def _believe(path: Path, beliefs: dict[Path, dict[str, str]], *holders: str) -> None:
    """Write the confidence of ``holders`` into a goal (the one who signs next writes theirs)."""
    values = {name: value for name, value in beliefs.get(path, {}).items() if name in holders}
    if not values:
        return
    text = _CONFIDENCE.sub("", path.read_text(encoding="utf-8"))
    said = ", ".join(f"{name}: {value}" for name, value in values.items())
    text = re.sub(r"^(status:)", rf"confidence: {{{said}}}\n\1", text, count=1, flags=re.M)
    path.write_text(text, encoding="utf-8")


def _signing_key(root: Path) -> Path | None:
    """Cecilia's SSH key, made for the demo with ssh-keygen (kept in .git, never committed), and
    the allowed-signers file that lists it; None when ssh-keygen is not installed."""
    from goals_as_code.git import signing_key

    key = root / ".git" / "goals-demo" / "cecilia"
    key.parent.mkdir(parents=True, exist_ok=True)
    if not signing_key(key, DIRECTOR[1]):
        return None
    public = key.with_suffix(".pub").read_text(encoding="utf-8").split()
    signers = root / SIGNERS
    signers.parent.mkdir(parents=True, exist_ok=True)
    signers.write_text(f"{DIRECTOR[1]} {public[0]} {public[1]}\n", encoding="utf-8")
    return key


SIGNERS = ".goals/allowed_signers"


def _accept_all(
    root: Path, files: list[Path], beliefs: dict[Path, dict[str, str]], signing: Path | None
) -> None:
    """Each manager accepts the goals they manage, company goals first, with 'goals accept',
    and writes their own confidence in the same commit; Cecilia signs hers when the demo could
    make her a key."""
    for manager in (DIRECTOR, MANAGER):
        for path in files:
            text = path.read_text(encoding="utf-8")
            if not re.search(r"^kind:\s*goal\s*$", text, re.M):
                continue
            if not re.search(rf"^manager:\s*{re.escape(manager[1])}\s*$", text, re.M):
                continue
            ident = re.search(r"^id:\s*(\S+)", text, re.M)
            if ident is not None:
                _believe(path, beliefs, "manager")
                key = signing if manager == DIRECTOR else None
                _sign(root, "accept", ident.group(1), manager, ACCEPTED, key=key)


def _agree_all(root: Path, files: list[Path], beliefs: dict[Path, dict[str, str]]) -> None:
    """Each owner agrees to the goals they own, with 'goals agree', after the managers accepted
    them, and writes her own confidence in the same commit."""
    for owner in (MANAGER, OWNER, SELLER):
        for path in files:
            text = path.read_text(encoding="utf-8")
            if not re.search(r"^kind:\s*goal\s*$", text, re.M) or _owner(text) != owner[1]:
                continue
            ident = re.search(r"^id:\s*(\S+)", text, re.M)
            if ident is not None:
                _believe(path, beliefs, "owner", "manager")
                _sign(root, "agree", ident.group(1), owner, AGREED)


def _sign(
    root: Path,
    verb: str,
    ident: str,
    who: tuple[str, str],
    date: str,
    *,
    commit: bool = True,
    key: Path | None = None,
) -> None:
    """Run 'goals accept' or 'goals agree' on one goal as ``who``, committing as them (signed
    with ``key``, an SSH key, when given)."""
    from goals_as_code.cli.main import main

    _git(root, "config", "user.email", who[1])
    _git(root, "config", "user.name", who[0])
    if key is not None:
        _git(root, "config", "gpg.format", "ssh")
        _git(root, "config", "user.signingkey", str(key))
        _git(root, "config", "commit.gpgsign", "true")
    said = io.StringIO()
    try:
        with _environment(who, date), _inside(root), redirect_stdout(said):
            code = main([verb, ident, *(["--commit"] if commit else [])])
    finally:
        _git(root, "config", "user.email", OWNER[1])
        _git(root, "config", "user.name", OWNER[0])
        if key is not None:
            _git(root, "config", "commit.gpgsign", "false")
    if code != 0:
        raise GoalsError(f"the demo could not {verb} {ident} as {who[1]}")


@contextmanager
def _environment(who: tuple[str, str], date: str) -> Iterator[None]:
    values = {
        "GIT_AUTHOR_NAME": who[0],
        "GIT_AUTHOR_EMAIL": who[1],
        "GIT_COMMITTER_NAME": who[0],
        "GIT_COMMITTER_EMAIL": who[1],
        "GIT_AUTHOR_DATE": f"{date}T10:00:00+01:00",
        "GIT_COMMITTER_DATE": f"{date}T10:00:00+01:00",
        "GOALS_TODAY": date,
    }
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextmanager
def _inside(folder: Path) -> Iterator[None]:
    previous = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(previous)


def _owner(text: str) -> str:
    found = re.search(r"^owner:\s*(\S+)", text, re.M)
    return found.group(1) if found else ""


def _first_goal_id(root: Path) -> str:
    for path in sorted((root / "goals").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        personal = _owner(text) == OWNER[1]
        if personal and re.search(r"^kind:\s*goal\s*$", text, re.M) and "current:" in text:
            found = re.search(r"^id:\s*(\S+)", text, re.M)
            if found:
                return found.group(1)
    raise GoalsError("the demo repository has no goal with check-ins")


NARRATION = {  # what the demo says between the commands, in the language of its examples
    "repository": N_("Demo repository: {root}"),
    "story": N_(
        "Five months of history, last commit {head}: Anna set her goals on 9 "
        "January,\nher manager Erik and his manager Cecilia accepted them "
        "with 'goals accept' the next\nday, each owner agreed to their own "
        "goals with 'goals agree', and each of them\nchecked in every month; "
        "in April Anna lowered one target and agreed to it again."
    ),
    "check": N_(
        "Check every statement, as of the last check-in: the lowered target "
        "made Erik's acceptance stale, a goal too far behind for its deadline "
        "is flagged, and the activity written as a goal is caught:"
    ),
    "history": N_("One goal's timeline:"),
    "signed": N_(
        "Cecilia signs her acceptances with an SSH key the demo made for her (ssh-keygen), "
        "listed in {signers} (G: a good signature by a listed key):"
    ),
    "unsigned": N_(
        "ssh-keygen is not installed, so the demo signs no acceptance; see docs/acceptance.md "
        "for signed acceptances."
    ),
    "review": N_("The commit that lowered the target, reviewed as a pull request would be:"),
    "report": N_("Where every goal stands, as of the last check-in (31 May 2017):"),
    "kept": N_(
        "\nThe repository is kept in {root}, with the report as a web page in "
        "{page}.\nTry: cd {root} && goals --help"
    ),
}


def _signatures(root: Path, lang: str) -> None:
    """Show Cecilia's signed acceptances, verified against the repository's allowed-signers
    file, or say why there are none."""
    if not (root / SIGNERS).is_file():
        click.echo(say(lang, NARRATION["unsigned"]))
        return
    click.secho(f"\n{say(lang, NARRATION['signed'], signers=SIGNERS)}", bold=True)
    shown = f"git -c gpg.ssh.allowedSignersFile={SIGNERS} log --author={DIRECTOR[1]}"
    click.secho(f"$ {shown} --format='%h %G? %GS %s'", fg="cyan")
    out = _git(
        root,
        "-c",
        f"gpg.ssh.allowedSignersFile={root / SIGNERS}",
        "log",
        f"--author={DIRECTOR[1]}",
        "--format=%h %G? %GS %s",
    )
    click.echo(out)


def _run(root: Path, args: list[str], title: str) -> None:
    from goals_as_code.cli.main import main

    click.secho(f"\n{title}", bold=True)
    click.secho(f"$ goals {' '.join(args)}", fg="cyan")
    with _inside(root):
        main(args)
