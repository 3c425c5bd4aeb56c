"""Statement files and repositories the tests build: the texts, and the histories made of them.

The good goal every test starts from is ``GOOD_GOAL`` in tests/conftest.py, beside ``Repo``.
"""

from __future__ import annotations

import calendar
import datetime
import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .conftest import Repo

T = TypeVar("T")

# --- statements --------------------------------------------------------------------------------

# the company goal that personal goals name as their parent
COMPANY = """\
---
id: customer-satisfaction-2017
kind: goal
owner: erik@example.com
manager: cecilia@example.com
shared: true
deadline: 2017-12-31
metric: {unit: points, direction: increase, baseline: 70, target: 80}
confidence: {owner: 0.8, manager: 0.7}
---
# We will raise customer satisfaction from 70 to 80 during 2017
"""
COMPANY_SV = """\
---
id: customer-satisfaction-2017
kind: goal
owner: erik@example.com
manager: cecilia@example.com
deadline: 2017-12-31
---
# Vi skall öka kundnöjdheten från 70 till 80 under 2017
"""

# --- one goal's history: the reply-time goal at each check-in ------------------------------------

BOB = ("Bob Berg", "bob@example.com")
CARL = ("Carl Carlsson", "carl@example.com")


def goal(
    current: object = 36,
    *,
    ident: str = "faster-replies",
    target: object = 24,
    deadline: str = "2017-06-30",
    extra: str = "",
) -> str:
    return f"""\
---
id: {ident}
kind: goal
owner: anna@example.com
manager: erik@example.com
start: 2017-01-01
deadline: {deadline}
metric:
  unit: hours
  direction: decrease
  baseline: 48
  target: {target}
  current: {current}
{extra}---
# I will cut the reply time to customer mail from 48 to {target} hours by {deadline}
"""


def kpi(value: object, as_of: str, values: str = "") -> str:
    return f"""\
---
id: reply-time
kind: kpi
unit: hours
direction: decrease
value: {value}
as_of: {as_of}
{values}---
# Median reply time to customer mail
"""


# --- a team's history: goals, a KPI, an activity and a behaviour, checked in over months --------


def epoch(day: str) -> int:
    """Noon UTC on ``day``, as the commit clock wants it."""
    moment = datetime.datetime.fromisoformat(day).replace(hour=12)
    return calendar.timegm(moment.timetuple())


def team_goal(
    ident: str,
    owner: str,
    *,
    direction: str = "increase",
    baseline: float | None = None,
    target: object = None,
    current: float | None = None,
    as_of: str | None = None,
    start: str = "2017-01-01",
    deadline: str = "2017-12-31",
    statement: str = "",
    unit: str = "units",
    **extra: object,
) -> str:
    lines = ["---", f"id: {ident}", "kind: goal", f"owner: {owner}", "manager: erik@example.com"]
    lines += [f"{key}: {value}" for key, value in extra.items()]
    lines += [f"start: {start}", f"deadline: {deadline}", "metric:", f"  unit: {unit}"]
    lines.append(f"  direction: {direction}")
    if baseline is not None:
        lines.append(f"  baseline: {baseline}")
    if target is not None:
        lines.append(f"  target: {target}")
    if current is not None:
        lines.append(f"  current: {current}")
    if as_of is not None:
        lines.append(f"  as_of: {as_of}")
    lines += ["status: active", "---", f"# {statement or 'I will reach ' + ident}", ""]
    return "\n".join(lines)


def team_kpi(value: float, as_of: str, support: float, sales: float) -> str:
    return f"""\
---
id: nps
kind: kpi
owner: erik@example.com
unit: points
direction: increase
frequency: monthly
value: {value}
values: {{support: {support}, sales: {sales}}}
as_of: {as_of}
---
# Net promoter score
"""


ANNA, BO, ERIK = "anna@example.com", "bo@example.com", "erik@example.com"


def faster(current: float | None, as_of: str | None) -> str:
    return team_goal(
        "faster-replies",
        ANNA,
        direction="decrease",
        baseline=48,
        target=24,
        current=current,
        as_of=as_of,
        deadline="2017-06-30",
        parent="satisfaction",
        frequency="monthly",
    )


def build_history(repo: Repo) -> dict[str, str]:
    """Four goals, a KPI, an activity and a behaviour, with check-ins from February to April."""
    repo.write(
        "goals/company/satisfaction.md",
        team_goal("satisfaction", ERIK, baseline=30, target=50, kpi="nps", unit="points"),
    )
    repo.write("goals/company/nps.md", team_kpi(30, "2017-01-01", 30, 30))
    repo.write("goals/support/faster-replies.md", faster(None, None))
    repo.write(
        "goals/support/fewer-complaints.md",
        team_goal(
            "fewer-complaints",
            ANNA,
            direction="decrease",
            baseline=10,
            target=5,
            parent="satisfaction",
        ),
    )
    repo.write(
        "goals/sales/more-deals.md",
        team_goal("more-deals", BO, baseline=150, target=160, parent="satisfaction", weight=2),
    )
    repo.write(
        "goals/support/reply-templates.md",
        "---\nid: reply-templates\nkind: activity\nowner: anna@example.com\ngoal: faster-replies\n"
        "state: doing\n---\n# I will write reply templates\n",
    )
    repo.write(
        "goals/support/good-morning.md",
        "---\nid: good-morning\nkind: behaviour\nowner: anna@example.com\ngoal: satisfaction\n"
        "frequency: daily\n---\n# I say good morning to my colleagues\n",
    )
    shas = {
        "set": repo.commit(
            "Set the goals for 2017", name="Erik", email=ERIK, date=epoch("2017-01-02")
        )
    }
    repo.write("goals/support/faster-replies.md", faster(42, "2017-01-31"))
    repo.write("goals/company/nps.md", team_kpi(35, "2017-01-31", 40, 30))
    shas["feb"] = repo.commit("February check-in", date=epoch("2017-02-01"))
    repo.write("goals/support/faster-replies.md", faster(36, "2017-02-28"))
    shas["mar"] = repo.commit("March check-in", date=epoch("2017-03-01"))
    repo.write("goals/support/faster-replies.md", faster(30, "2017-03-31"))
    repo.write("goals/company/nps.md", team_kpi(40, "2017-03-31", 45, 35))
    repo.write(
        "goals/support/fewer-complaints.md",
        team_goal(
            "fewer-complaints",
            ANNA,
            direction="decrease",
            baseline=10,
            target=5,
            current=2.5,
            parent="satisfaction",
        ),
    )
    repo.write(
        "goals/sales/more-deals.md",
        team_goal(
            "more-deals", BO, baseline=150, target=160, current=152, parent="satisfaction", weight=2
        ),
    )
    shas["apr"] = repo.commit("April check-in", date=epoch("2017-04-01"))
    return shas


def on_a_pty(
    cwd: Path,
    environment: dict[str, str],
    args: tuple[str, ...],
    columns: int | None = None,
    stream: str = "stdout",
) -> tuple[int, str, str]:
    """Exit code, what ``goals ARGS`` prints on a terminal (a pseudo-terminal, ``columns``
    wide when given) and the other stream: the terminal is its standard output, or with
    ``stream="stderr"`` its standard error (then the other is standard output)."""
    leader, follower = pty.openpty()
    if columns is not None:
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    terminal = {"stdout": follower, "stderr": subprocess.PIPE}
    if stream == "stderr":
        terminal = {"stdout": subprocess.PIPE, "stderr": follower}
    process = subprocess.Popen(
        [sys.executable, "-m", "goals_as_code", *args], cwd=cwd, env=environment, **terminal
    )
    os.close(follower)  # the program holds its own end: reading ours ends when it exits
    chunks: list[bytes] = []

    def read_the_terminal() -> None:
        # Read while the program runs: a terminal holds a few kilobytes, and a program that
        # writes more (a bar's many frames on a slow machine) waits until they are read.
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)

    reader = threading.Thread(target=read_the_terminal)
    reader.start()
    out, err = process.communicate()
    reader.join()
    os.close(leader)
    shown = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
    other = err if stream == "stdout" else out
    return process.returncode, shown, other.decode("utf-8", "replace")


# --- processes ----------------------------------------------------------------------------------


def dies_in_a_second_process(real: Callable[..., T]) -> Callable[..., T]:
    """``real`` in this process; in any other (a forked one that parses), the end of that
    process at once, as a process killed for its memory would end."""
    main = os.getpid()

    def dies(*args: object) -> T:
        if os.getpid() != main:
            os._exit(3)
        return real(*args)

    return dies
