"""Click's own words, said in the user's language.

Click says its usage errors ("No such option", "Missing argument", "Invalid value for ...")
through the standard library's ``gettext`` in the current text domain, which is how click is
translated. The ids below are click's, marked for our catalogues so that each language that
has a catalogue says them too; :func:`speaking` makes click read our catalogue while a command
line is parsed and its error shown. ``--help`` stays in English, as the man pages are. Click
names the kind of a path ("file", "directory") when an option is defined; :class:`PathType`
names it when it is said instead.
"""

from __future__ import annotations

import contextlib
import gettext
import os
from collections.abc import Iterator
from typing import Any

import click

from goals_as_code.i18n.messages import DOMAIN, N_, SOURCE, Np_, locale_dir

WORDS = (
    N_("Usage:"),
    N_("Error: {message}"),
    N_("Try '{command} {option}' for help."),
    N_("Invalid value: {message}"),
    N_("Invalid value for {param_hint}: {message}"),
    N_("Missing argument"),
    N_("Missing option"),
    N_("Missing parameter"),
    N_("Missing {param_type}"),
    N_("Missing parameter: {param_name}"),
    N_("Missing command."),
    N_("No such option {name!r}."),
    N_("No such command {name!r}."),
    N_("Option {name!r} does not take a value."),
    N_("{value!r} is not a valid {number_type}."),
    N_("{value} is not in the range {range}."),
    N_("{value!r} is not a valid boolean. Recognized values: {states}"),
    N_("{name} {filename!r} does not exist."),
    N_("{name} {filename!r} is a file."),
    N_("{name} {filename!r} is a directory."),
    N_("{name} {filename!r} is not readable."),
    N_("{name} {filename!r} is not writable."),
    N_("file"),
    N_("directory"),
    N_("path"),
    N_("Could not open file {filename!r}: {message}"),
    N_("Aborted!"),
)
PLURAL_WORDS = (
    Np_("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
    Np_("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."),
    Np_("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"),
    Np_("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
    Np_(
        "{value!r} does not match the format {format}.",
        "{value!r} does not match the formats {formats}.",
    ),
)


class PathType(click.Path):
    """``click.Path`` that names its kind ("file", "directory") in the language of the moment
    it is said, not of the moment the option was defined."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._kind = "directory" if not self.file_okay else "file" if not self.dir_okay else "path"

    @property
    def name(self) -> str:
        return gettext.gettext(self._kind)

    @name.setter
    def name(self, value: str) -> None:
        """Click sets the name when the option is defined; it is said from the kind instead."""


_HELP = frozenset({"-h", "--help"})


@contextlib.contextmanager
def speaking(lang: str, args: list[str]) -> Iterator[None]:
    """Within the block click says its words in ``lang`` (unless ``args`` ask for help)."""
    if lang == SOURCE or _HELP.intersection(args):
        yield
        return
    previous_domain = gettext.textdomain()
    previous_language = os.environ.get("LANGUAGE")
    gettext.bindtextdomain(DOMAIN, str(locale_dir()))
    gettext.textdomain(DOMAIN)
    os.environ["LANGUAGE"] = lang
    try:
        yield
    finally:
        gettext.textdomain(previous_domain)
        if previous_language is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = previous_language


def said(message: str, /, **values: object) -> str:
    """``message`` (marked with ``N_``) as click says its own words: in the language that
    :func:`speaking` chose, for the errors a command raises as click exceptions."""
    return gettext.gettext(message).format(**values)
