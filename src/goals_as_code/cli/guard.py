"""How every run of ``goals`` ends when something goes wrong, without click: a setup error is
said in one line and exits 2, an interrupt exits 130, a reader that went away is no error, and
a bug names itself instead of a traceback. Both ways a command line is read share it: click's
(``cli/main.py``) and the hook's own (``cli/checking.py``)."""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Callable, Sequence

from goals_as_code.errors import GoalsError
from goals_as_code.i18n.messages import say


def guarded(args: Sequence[str], body: Callable[[], int]) -> int:
    """``body``'s exit code, or the code of what went wrong in it (0 clean, 1 problems, 2 usage
    or setup, 130 interrupted); ``args`` tell the language of an error."""
    try:
        os.getcwd()
    except FileNotFoundError:  # the folder was deleted under the shell that runs us
        lang = next((b for a, b in itertools.pairwise(args) if a == "--lang"), "en")
        lang = lang if lang in ("en", "sv") else "en"
        why = say(lang, "the current folder no longer exists; change to a folder that does")
        error(say(lang, "{prog}: error: {message}", prog=prog_name(), message=why))
        return 2
    try:
        return body()
    except GoalsError as exc:
        said = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
        lang = language(args)
        error(say(lang, "{prog}: error: {message}", prog=prog_name(), message=said))
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if os.environ.get("GOALS_DEBUG"):
            raise
        error(
            f"{prog_name()}: internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in goals-as-code; run again with GOALS_DEBUG=1 for the details."
        )
        return 2


def error(text: str) -> None:
    """``text`` as one line (or a few) on the standard error."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def prog_name() -> str:
    """The program's name as the user typed it: ``goals``, or ``git goals``."""
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else "goals"
    return "git goals" if name.startswith("git-goals") else "goals"


def language(args: Sequence[str]) -> str:
    """The language of an error: ``--lang`` when given, else the configuration's, else English."""
    from goals_as_code.source import config as config_module

    for index, arg in enumerate(args):
        given = args[index + 1] if arg == "--lang" and index + 1 < len(args) else None
        given = arg.split("=", 1)[1] if arg.startswith("--lang=") else given
        if given is not None and given in config_module.LANGUAGES:
            return given
    return config_module.language()
