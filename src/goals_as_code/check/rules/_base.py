"""What a rule is: a module with a code, a name, a severity, options and a ``check`` function.

A change rule (family ``C``) has a ``check_change`` function instead: it compares two versions of
one statement, at the base and at the head of a range, and only ``goals review`` runs it.

A rule module's docstring is its user documentation, with the headings *What it does*,
*Why is this bad?*, *Example* and *Use instead* (``goals explain CODE`` prints it and
``docs/rules.md`` is generated from it).
"""

from __future__ import annotations

import datetime
import importlib
from collections.abc import Iterator, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from goals_as_code.check.problem import Severity
from goals_as_code.i18n.messages import say

if TYPE_CHECKING:
    from goals_as_code.check.tree import Tree
    from goals_as_code.history.provenance import Record
    from goals_as_code.source.document import Document


# The acceptance gate: rules a goal's own ``suppress`` map cannot switch off (the change under
# review would switch off its own check); only the configuration can, and `goals review` reads
# the base's and flags a change to it.
GATES = frozenset(
    {
        "A004",  # missing-acceptance
        "A005",  # stale-acceptance
        "A006",  # acceptance-not-by-manager
        "A007",  # changed-parent
        "A008",  # missing-agreement
        "A009",  # stale-agreement
        "A010",  # agreement-not-by-owner
        "C006",  # acceptance-by-other
        "C008",  # agreement-by-other
        "C010",  # manager-changed
        "C011",  # setup-changed
    }
)


class Finding(NamedTuple):
    """What a rule reports: a 1-based position in the file and a message."""

    line: int
    column: int
    message: str


class Context(NamedTuple):
    """Everything a rule may look at besides the document itself."""

    tree: Tree  # every statement in the repository, for cross-file rules
    options: Mapping[str, Any]  # this rule's options, defaults filled in
    lang: str  # the language of messages: one of i18n.messages.languages()
    today: datetime.date
    rule_names: frozenset[str]  # every rule's code and name, for rules about rule names

    def say(self, message: str, /, **values: Any) -> str:
        """A message (marked with ``N_``) in the configured language, its values filled in."""
        return say(self.lang, message, **values)


class Described(Protocol):
    """What every rule module has: the catalogue, selection and suppression read only this."""

    @property
    def CODE(self) -> str: ...

    @property
    def NAME(self) -> str: ...

    @property
    def SEVERITY(self) -> Severity: ...

    @property
    def OPTIONS(self) -> Mapping[str, Any]: ...  # option name -> default value


class Rule(Described, Protocol):
    """A rule module. mypy checks every module in the registry against this protocol."""

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]: ...


class FieldChange(NamedTuple):
    """One field that differs between two versions of a statement."""

    field: str  # dotted, e.g. "metric.target"; "statement" is the H1 text
    old: Any
    new: Any


class Recorded(NamedTuple):
    """An ``accepted`` or ``agreed`` block written by a commit of the range under review."""

    block: Mapping[str, Any]
    manager: Any  # the goal's manager in that commit
    record: Record  # who wrote it, and the commit's signature
    name: str = "accepted"  # which block: "accepted" (the manager's) or "agreed" (the owner's)
    owner: Any = None  # the goal's owner in that commit
    require: bool = False  # the base's configuration requires signatures
    signers: str | None = None  # the base's allowed-signers file, as configured


class Setup(NamedTuple):
    """What decides how goals are checked, at one revision: the configuration file and the
    allowed-signers file, as written there (``goals review`` compares the base's and the head's)."""

    path: str | None  # the configuration file, from the repository's top (None: none)
    table: Mapping[str, Any]  # its settings as written ({} without a file)
    text: str  # its text ("" without a file)
    signers_path: str | None  # the allowed-signers file, from the repository's top
    signers: str | None  # its text (None when it is not there)


class ChangeContext(NamedTuple):
    """Everything a change rule may look at besides the two versions of the statement."""

    fields: Sequence[FieldChange]  # what differs, in the order of the files
    recorded: Sequence[Recorded]  # acceptances and agreements recorded in the range, oldest first
    options: Mapping[str, Any]
    lang: str

    def say(self, message: str, /, **values: Any) -> str:
        """A message (marked with ``N_``) in the configured language, its values filled in."""
        return say(self.lang, message, **values)


class SetupRule(Described, Protocol):
    """A change rule about the setup rather than a statement: ``check_setup`` compares the base's
    configuration and allowed-signers file with the head's, and tells each finding's file."""

    def check_setup(
        self, old: Setup, new: Setup, ctx: ChangeContext
    ) -> Iterator[tuple[str, Finding]]: ...


class ChangeRule(Described, Protocol):
    """A change rule module (family ``C``): ``old`` is None when the statement is new."""

    def check_change(
        self, old: Document | None, new: Document, ctx: ChangeContext
    ) -> Iterator[Finding]: ...


class Entry:
    """A registered rule before its module is imported: what selection, suppression and the
    catalogue's lists read. ``load`` imports the module, for its ``check`` and its documentation,
    so that a run imports only the rules it runs (``_index.py`` is generated from the modules)."""

    __slots__ = ("CODE", "NAME", "OPTIONS", "SEVERITY", "module")

    def __init__(
        self, module: str, code: str, name: str, severity: Severity, options: Mapping[str, Any]
    ) -> None:
        self.module = module  # the module's name inside goals_as_code.check.rules
        self.CODE = code
        self.NAME = name
        self.SEVERITY: Severity = severity
        self.OPTIONS = options

    def load(self) -> ModuleType:
        """The rule's module, imported on first use."""
        return importlib.import_module(f"{__package__}.{self.module}")

    def __repr__(self) -> str:
        return f"<rule {self.CODE} {self.NAME}>"


def documentation(rule: Described) -> str:
    """A rule's docstring: its user documentation."""
    found = rule.load() if isinstance(rule, Entry) else rule
    return getattr(found, "__doc__", None) or ""


def summary(rule: Described) -> str:
    """The first sentence of a rule's docstring (it may run over more than one line)."""
    doc = documentation(rule)
    return " ".join(doc.strip().split("\n\n")[0].split())


def issues_of(doc: Document, ctx: Context, *kinds: str) -> Iterator[Finding]:
    """The reading issues of ``doc`` of the given kinds, as findings (used by the F rules)."""
    for issue in doc.issues:
        if issue.kind in kinds:
            yield Finding(issue.line, issue.column, issue.message.say(ctx.lang))


def schema_findings(doc: Document, ctx: Context, *keywords: str) -> Iterator[Finding]:
    """The schema violations of ``doc`` for the given JSON Schema keywords (used by the V rules)."""
    for error in ctx.tree.schema_errors(doc):
        if error.keyword in keywords:
            line, column = doc.position(*error.path)
            yield Finding(line, column, error.message.say(ctx.lang))


def is_draft(doc: Document) -> bool:
    """A goal still being written (``status: draft``): its missing parts are not reported yet."""
    return bool(doc.get("status") == "draft")


def statement_line(doc: Document) -> tuple[int, int]:
    """Where the statement (the H1) is, to point findings about its text at it."""
    return doc.statement_line, 1


def field_line(doc: Document, *path: str) -> tuple[int, int]:
    """Where a field's value is, or the line of the kind when the field is not written."""
    if doc.get(*path) is not None:
        return doc.value_position(*path)
    return doc.position("kind")
