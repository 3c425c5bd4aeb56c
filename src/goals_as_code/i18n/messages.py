"""The words the commands show people, read from one gettext catalogue per language.

A message's id is its English text (the gettext convention), with ``{name}`` placeholders for
its facts; ``locale/<lang>/LC_MESSAGES/goals.po`` holds its wording in ``<lang>`` and the
compiled ``goals.mo`` beside it is what the commands read, with the standard library's
``gettext``. A language is a catalogue: the languages the commands accept are the catalogues
present. Producers say a message with :func:`say` (or :func:`plural` where a count decides the
form); wording kept for later is marked with :func:`N_` (or :func:`C_` where one English word
has two wordings), or carried as a :class:`Message` until the language is known. Identifiers in
JSON, CSV and SARIF, and the codes of rules and flags, stay English: tools read them.

``tools/messages.py`` extracts the ids from the code into the catalogues and compiles them; see
``docs/translating.md``.
"""

from __future__ import annotations

import functools
import gettext
import os
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

DOMAIN = "goals"
SOURCE = "en"  # the language of the ids
_CONTEXT = "\x04"  # how gettext joins a context and an id


_PACKAGED = os.path.join(os.path.dirname(__file__), "locale")


@functools.cache  # read once a process: a message is said thousands of times in a check
def _folder() -> str:
    return os.environ.get("GOALS_LOCALE_DIR") or _PACKAGED


def locale_dir() -> Path:
    """The folder of the catalogues: ``GOALS_LOCALE_DIR`` when set (to try a catalogue before it
    ships), else the one in the package. The variable is read once a process, at the first
    message said."""
    return Path(_folder())


@functools.cache
def _languages(folder: str) -> tuple[str, ...]:
    found = {SOURCE}
    if os.path.isdir(folder):
        found.update(
            name
            for name in os.listdir(folder)
            if os.path.isfile(os.path.join(folder, name, "LC_MESSAGES", f"{DOMAIN}.mo"))
        )
    return tuple(sorted(found))


def languages() -> tuple[str, ...]:
    """The languages with a compiled catalogue, sorted (English is always one)."""
    return _languages(_folder())


@functools.cache
def _catalogue(folder: str, lang: str) -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, folder, languages=[lang], fallback=True)


def catalogue(lang: str) -> gettext.NullTranslations:
    """The catalogue of ``lang`` (one that says the ids when there is none)."""
    return _catalogue(_folder(), lang)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogues; it is said later with :func:`say`."""
    return message


def Np_(singular: str, plural_: str) -> tuple[str, str]:
    """Mark a message with a plural form for the catalogues; said later with :func:`plural`."""
    return singular, plural_


def C_(context: str, message: str) -> str:
    """Mark ``message`` with a ``context`` that tells it from the same English in another use."""
    return f"{context}{_CONTEXT}{message}"


def _fill(template: str, lang: str, values: Mapping[str, Any]) -> str:
    if not values:
        return template
    return template.format(
        **{
            key: value.say(lang) if isinstance(value, Message) else value
            for key, value in values.items()
        }
    )


def say(lang: str, message: str, /, **values: Any) -> str:
    """``message`` (an id marked with :func:`N_` or :func:`C_`) in ``lang``, its values filled
    in; values that are :class:`Message` are said in ``lang`` too, and so is a :class:`Message`
    given as ``message``."""
    if isinstance(message, Message) and not values:
        return message.say(lang)
    if lang == SOURCE:  # the ids are the English words: no catalogue to ask
        return _fill(message.split(_CONTEXT, 1)[-1], lang, values)
    words = catalogue(lang)
    if _CONTEXT in message:
        context, text = message.split(_CONTEXT, 1)
        template = words.pgettext(context, text)
    else:
        template = words.gettext(message)
    return _fill(template, lang, values)


def plural(lang: str, singular: str, plural_: str, n: int, /, **values: Any) -> str:
    """The form of a message that fits the count ``n`` in ``lang`` (``{n}`` is filled in)."""
    if lang == SOURCE:  # English says its ids, one form for 1 and one for the rest
        return _fill(singular if n == 1 else plural_, lang, {"n": n, **values})
    return _fill(catalogue(lang).ngettext(singular, plural_, n), lang, {"n": n, **values})


_EMPTY: Mapping[str, Any] = MappingProxyType({})


class Message(str):
    """A message not yet said, for a producer that does not know the language (the reader, the
    schema check, the history, the report model, the classifier): its id and its values. As a
    ``str`` it is its English text, so that JSON, CSV, logs and English output need nothing
    more; :meth:`say` says it in another language."""

    id: str
    values: Mapping[str, Any]
    plural_id: str | None

    def __new__(
        cls, id_: str, values: Mapping[str, Any] = _EMPTY, plural_id: str | None = None
    ) -> Message:
        self = super().__new__(cls, _said(SOURCE, id_, values, plural_id))
        self.id, self.values, self.plural_id = id_, values, plural_id
        return self

    def __getnewargs__(self) -> tuple[str, Mapping[str, Any], str | None]:  # type: ignore[override]
        return self.id, dict(self.values), self.plural_id

    def __reduce__(self) -> tuple[Any, ...]:
        return _message, (self.id, dict(self.values), self.plural_id)

    def say(self, lang: str = SOURCE) -> str:
        if lang == SOURCE:  # made in English: the text itself
            return str.__str__(self)
        # Said once per language and catalogue: many messages are made once and said often
        # (a classifier's reasons, a rule's advice).
        key = (lang, _folder())
        said: dict[tuple[str, str], str] | None = self.__dict__.get("_in")
        if said is None:
            said = self.__dict__["_in"] = {}
        text = said.get(key)
        if text is None:
            text = said[key] = _said(lang, self.id, self.values, self.plural_id)
        return text

    def __repr__(self) -> str:
        return f"Message({self.id!r}, {dict(self.values)!r})"


def _message(id_: str, values: dict[str, Any], plural_id: str | None) -> Message:
    """A :class:`Message` as pickle makes it again."""
    return Message(id_, MappingProxyType(values), plural_id)


def _said(lang: str, id_: str, values: Mapping[str, Any], plural_id: str | None) -> str:
    if plural_id is not None:
        return plural(lang, id_, plural_id, int(values["n"]), **values)
    return say(lang, id_, **values)


def message(id_: str, /, **values: Any) -> Message:
    """A :class:`Message` with its values (``id_`` is marked for the catalogues)."""
    return Message(id_, MappingProxyType(values))


def message_plural(singular: str, plural_: str, n: int, /, **values: Any) -> Message:
    """A :class:`Message` whose form follows the count ``n`` (``{n}``) in each language."""
    return Message(singular, MappingProxyType({**values, "n": n}), plural_)


# Goal statuses as the report computes them (progress.STATUSES); keys are the stable identifiers.
STATUS: Mapping[str, str] = {
    "achieved": N_("achieved"),
    "on-track": N_("on track"),
    "at-risk": N_("at risk"),
    "behind": N_("behind"),
    "missed": N_("missed"),
    "overdue": N_("overdue"),
    "not-started": N_("not started"),
    "dropped": N_("dropped"),
    "unknown": N_("unknown"),
}

# An activity's state in words (the keys are the values of `state:`).
STATES: Mapping[str, str] = {
    "todo": N_("to do"),
    "doing": N_("doing"),
    "done": N_("done"),
    "dropped": N_("dropped"),
}

# A statement's own `status:` field in words (the keys are its values).
DECLARED: Mapping[str, str] = {
    "draft": N_("draft"),
    "proposed": N_("proposed"),
    "active": N_("active"),
    "achieved": N_("achieved"),
    "missed": N_("missed"),
    "dropped": N_("dropped"),
}

# How a statement changed between two commits (review); keys are the JSON values.
CHANGE: Mapping[str, str] = {
    "added": N_("added"),
    "removed": N_("removed"),
    "renamed": N_("renamed"),
    "modified": N_("modified"),
    "unchanged": N_("unchanged"),
}
CHANGES: Mapping[str, str] = {  # the plural, for counts
    "added": C_("statements", "added"),
    "removed": C_("statements", "removed"),
    "renamed": C_("statements", "renamed"),
    "modified": C_("statements", "modified"),
}

SEVERITY: Mapping[str, str] = {
    "error": N_("error"),
    "warning": N_("warning"),
    "info": N_("info"),
}

# The kinds of statement in words, as a noun on its own.
KIND: Mapping[str, str] = {
    "goal": N_("goal"),
    "kpi": N_("kpi"),
    "activity": N_("activity"),
    "behaviour": N_("behaviour"),
}


# The kinds with their article, as in "is a goal".
ARTICLED: Mapping[str, str] = {
    "goal": N_("a goal"),
    "kpi": N_("a KPI"),
    "activity": N_("an activity"),
    "behaviour": N_("a behaviour"),
}


def status(name: str, lang: str) -> str:
    """A goal status in words (the identifier itself when it is not known)."""
    return word(STATUS, name, lang)


def word(table: Mapping[str, str], name: str, lang: str) -> str:
    """The entry ``name`` of a table of marked words, in ``lang`` (``name`` when not there)."""
    wording = table.get(name)
    return say(lang, wording) if wording is not None else name


def tr(lang: str, english: str, /, **values: Any) -> str:
    """A label of the report or the history in ``lang``, with its values filled in."""
    return say(lang, english, **values)


def sentence(lang: str, said: str | Message) -> str:
    """A sentence of the report or the history: a :class:`Message` in ``lang``; any other text as
    it is."""
    return said.say(lang) if isinstance(said, Message) else said
