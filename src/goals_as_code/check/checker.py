"""Run the configured rules over statement files and collect the problems.

The change rules (family C) run here too, for ``goals review``, over two versions of a statement.
"""

from __future__ import annotations

import contextlib
import datetime
import gc
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from goals_as_code import ISSUES, __version__, classify
from goals_as_code.check import cache as cache_module
from goals_as_code.check import index, listing, parallel, rules
from goals_as_code.check.cache import CACHED, HISTORY, TREE, Entry, Found, Store
from goals_as_code.check.problem import Problem, Result, Severity
from goals_as_code.check.rules import unused_suppression
from goals_as_code.check.rules._base import (
    GATES,
    ChangeContext,
    Context,
    Described,
    FieldChange,
    Finding,
    Recorded,
    Rule,
    Setup,
)
from goals_as_code.check.tree import Tree, is_statement
from goals_as_code.errors import GoalsError
from goals_as_code.history.progress import Progress, wanted
from goals_as_code.i18n.messages import N_, message, say
from goals_as_code.source import cachefile, cores
from goals_as_code.source.config import Config, default_today
from goals_as_code.source.document import Document

if TYPE_CHECKING:
    from goals_as_code.history.staged import Listing

# rules of these families still run when the front matter could not be read (V004 says why a
# number stopped the reading)
ALWAYS = ("F", "V004")

# a rule that fails on one file: a problem on that file, not the end of the run
INTERNAL = ("F000", "internal-error")


def active_rules(config: Config) -> list[rules.Active]:
    return rules.configure(
        (*config.select, *config.extend_select), config.ignore, config.severity, config.rules
    )


def active_change_rules(config: Config) -> list[rules.ActiveChange]:
    return rules.configure_changes(
        (*config.select, *config.extend_select), config.ignore, config.severity, config.rules
    )


RULE_NAMES = frozenset([*rules.BY_CODE, *rules.BY_NAME])
# a rule as a check runs it: the rule, its severity and options, whether it runs on a file that
# cannot be read, and whether the cache keeps its findings
Step = tuple[Rule, Severity, Mapping[str, Any], bool, bool]


def check(
    config: Config,
    paths: Sequence[Path] | None = None,
    *,
    lang: str | None = None,
    today: datetime.date | None = None,
    tree: Tree | None = None,
    cache: bool = False,
    progress: bool = False,
    staged: bool = False,
    begun: Listing | None = None,
) -> Result:
    """Check ``paths`` (default: every statement file) against the whole tree of statements.

    A goals folder that does not exist is a setup error, and so is a run given paths that checks
    no statement when a path named is a folder or a file that is not Markdown: a hook passes
    neither. The Markdown files outside the goals folder that a hook passes with the statements
    (a README, docs) are skipped.

    ``cache``: keep what reading and the rules about one file alone found, between runs, in the
    Git folder (``check/cache.py``); the problems are the same with it and without it.
    ``progress``: a bar on a terminal for a run that takes more than a second. ``staged``: check
    the files as Git's index holds them, against the statements it holds (``check/index.py``).
    ``begun``: Git's listing, started by the caller (:func:`listing.begin`) while this module
    loaded; closed here when the check does not read it."""
    # files named (a hook's): the others as Git's index lists them, unread; or the files as
    # the index holds them, what the next commit records
    from_index = tree is None and listing.from_index(paths, cache=cache, staged=staged)
    if not from_index and begun is not None:
        begun.close()
        begun = None
    elif from_index and begun is None:
        begun = listing.begin(config, staged=staged, paths=paths)  # while the rules load
    bar = None
    try:
        active = active_rules(config)
        lang = lang or config.language
        targets, skipped = _targets(config, paths, tree is None, staged)
        bar = Progress(delay=1.0) if wanted(progress) else None
        return _check(
            config,
            paths,
            targets,
            skipped,
            active,
            lang,
            today,
            tree,
            cache,
            bar,
            staged=staged,
            from_index=from_index,
            begun=begun,
        )
    finally:
        classify.keep()  # the readings remembered, if any (_remember_readings)
        if bar is not None:
            bar.stop()
        if begun is not None:
            begun.close()


def _check(
    config: Config,
    paths: Sequence[Path] | None,
    targets: list[Path],
    skipped: int,
    active: list[rules.Active],
    lang: str,
    today: datetime.date | None,
    tree: Tree | None,
    cache: bool,
    bar: Progress | None,
    staged: bool = False,
    from_index: bool = False,
    begun: Listing | None = None,
) -> Result:
    advance = bar.advance if bar is not None else None
    own = tree is None  # a tree given is the caller's, which may read its documents again
    with _acyclic():
        indexed = False
        kept = cache and not cachefile.disabled()
        if from_index:
            tree = index.tree(
                config, None if paths is None else targets, staged=staged, keep=kept, begun=begun
            )
            indexed = own = tree is not None
            if indexed and kept:
                _remember_readings(config)
        store = Store.open(config, lang) if cache and tree is None else None
        if tree is None:

            def prepare(files: list[tuple[Path, str]]) -> tuple[Store | None, dict[Path, bytes]]:
                """Many files: the new ones read on every core, into the cache (into one for
                this run only when there is none to keep)."""
                nonlocal store
                reading = say(lang, N_("Reading"))
                if bar is not None:
                    bar.start(reading, len(files))
                raws: dict[Path, bytes] = {}
                if len(files) < parallel.MIN_FILES or parallel.jobs() < 2:
                    return store, raws
                used = store if store is not None else Store.memory()
                found = [(entry.rule, dict(entry.options)) for entry in active]
                made = parallel.prepare(
                    used, files, config, found, lang, ALWAYS, RULE_NAMES, advance, raws
                )
                if made or store is not None:
                    store = used
                if bar is not None:
                    bar.start(reading, len(files))
                return store, raws

            tree = Tree.load(config, targets, store, prepare, advance)
        # the files asked for, named as the tree names its documents (not one resolve() a file)
        wanted = {config.relative(path.resolve()) for path in targets}
        docs = [doc for doc in tree.documents if paths is None or doc.path in wanted]
        tree.checking = len(docs)
        # a tree given is the caller's: nothing kept
        tree.keep = cache and (store is not None or indexed)
        if bar is not None:
            bar.start(say(lang, N_("Checking")), len(docs))
        found = check_documents(
            docs, tree, active, lang, today, store, advance, whole=paths is None, own=own
        )
        problems = list(found)
        if store is not None and store.unsaved:
            # (written while the problems are said: a cold cache of 10,000 files is 30 MB of
            # JSON, most of a second)
            cores.behind(store.save)
    return Result(len(docs), sorted(problems), skipped)


def _remember_readings(config: Config) -> None:
    """A check of a few files (a hook's) reads few statements, and most of them as a run before
    read them (a check-in changes a value, not the statement): the classifier's readings are
    kept between such runs, by what they were made with, so that a statement read before costs
    neither the classifier's patterns nor its weights."""
    folder = cachefile.git_folder(config.repository)
    if folder is not None:
        name = f"readings-{classify.FORMAT}-{__version__}-{cache_module.code()}.marshal"
        classify.remember(folder / name)


@contextlib.contextmanager
def _acyclic() -> Iterator[None]:
    """Without the cyclic garbage collector: what a check makes (documents, their data, the
    problems) holds no cycles and is freed as it goes, but the collector walks all of it again
    and again as it grows, a tenth of the time at 20,000 files and more beyond."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def check_documents(
    docs: Iterable[Document],
    tree: Tree,
    active: Sequence[rules.Active],
    lang: str,
    today: datetime.date | None = None,
    store: Store | None = None,
    advance: Callable[[], object] | None = None,
    *,
    whole: bool = False,
    own: bool = False,
) -> Iterator[Problem]:
    """The problems of ``docs``. ``store``: the cache, which gives the findings of the rules it
    keeps (``cache.CACHED``) for the documents it gave back, and keeps those found anew.
    ``whole``: ``docs`` are every document of the tree (the findings of ``cache.TREE`` are then
    kept too, under a digest of the whole tree and today). ``own``: the tree is the check's own,
    so each document's text is let go once its check is done."""
    today = today or default_today()
    codes = {entry.rule.CODE for entry in active}
    further = _Further(tree, store, codes, today, whole)
    # each rule once: whether it runs on a document that could not be read, whether it is kept
    plan: list[Step] = [
        (rule, severity, options, rule.CODE.startswith(ALWAYS), rule.CODE in CACHED)
        for rule, severity, options in active
    ]
    # the plan without the kept rules that found nothing, for each set of them (files share one)
    plans: dict[frozenset[str], list[Step]] = {}
    for doc in docs:
        suppressed = suppressions(doc)
        used: set[str] = set()
        entry = store.entry(doc) if store is not None else None
        found_anew = False
        further.start(doc, entry)
        steps = plan
        if entry is not None and entry.empty:
            steps = plans.get(entry.empty) or plans.setdefault(
                entry.empty,
                [step for step in plan if not (step[4] and step[0].CODE in entry.empty)],
            )
        for rule, severity, options, always, cached in steps:
            if not doc.readable and not always:
                continue
            code = rule.CODE
            kept = entry.get(code) if cached and entry is not None else further.taken(code)
            if kept is not None:
                findings = [Finding(*found) for found in kept]
            else:
                ctx = Context(tree, options, lang, today, RULE_NAMES)
                try:
                    findings = list(rule.check(doc, ctx))
                except Exception as exc:
                    yield internal_problem(doc.path, code, exc, lang)
                    further.failed()
                    continue
                if cached and entry is not None:
                    entry.put(code, findings)
                    found_anew = True
                further.found(code, findings)
            for finding in findings:
                if code in suppressed:
                    used.add(code)
                    continue
                yield _problem(doc, rule, severity, finding)
        for rule, severity, options in active:
            if rule is not unused_suppression or rule.CODE in suppressed:
                continue
            ctx = Context(tree, options, lang, today, RULE_NAMES)
            for code, key in suppressed.items():
                if code in codes and code not in used:
                    other = rules.BY_CODE[code]
                    finding = unused_suppression.unused(doc, ctx, key, code, other.NAME)
                    yield _problem(doc, rule, severity, finding)
        found_anew = further.done() or found_anew
        if store is not None:
            if found_anew:
                store.added()
            store.remember(doc)
        if own:
            doc.let_go()
        else:
            doc.forget()
        if advance is not None:
            advance()
    further.finish()


class _Further:
    """The findings a check takes from the cache and keeps in it beyond those of a file alone:
    the history rules' (``cache.HISTORY``) by HEAD and day, for a file HEAD holds as it is and
    whose check made Git name no signature; the tree rules' (``cache.TREE``) by a digest of
    every statement file and the day, for a check of the whole tree. The key of the history
    rules is known once a rule has opened the repository: a run that needs no Git opens none."""

    def __init__(
        self, tree: Tree, store: Store | None, codes: set[str], today: datetime.date, whole: bool
    ) -> None:
        self.tree, self.store, self.today = tree, store, today
        kept = store is not None and store.path is not None
        self.keeps_history = kept and bool(codes & HISTORY)
        self.at: str | None = None  # the history rules' key
        self.on_tree: str | None = None  # the tree rules' key
        if kept and whole and codes & TREE:
            assert store is not None
            self.on_tree = store.tree_key(tree.documents, today)
        self.tree_found: dict[str, dict[str, list[list[Any]]]] = {}
        self.tree_ran: set[str] = set()
        # of the file being checked
        self.doc: Document | None = None
        self.entry: Entry | None = None
        self.take = False
        self.history: dict[str, list[Finding]] | None = None
        self.signed = 0

    def start(self, doc: Document, entry: Entry | None) -> None:
        """A file's check begins."""
        self.doc, self.entry = doc, entry
        self.take, self.history = False, None
        if not self.keeps_history or entry is None:
            return
        # only here: the history's modules load PyYAML, which a check of plain files needs not
        from goals_as_code.history import provenance

        # the key is known once the repository is open: opened here when the file has findings
        # kept, or the first file of a run would run the history rules (and read the history)
        if self.at is None and (provenance.is_open(self.tree) or entry.history is not None):
            self.at = provenance.findings_key(self.tree, self.today)
        self.take = self.at is not None and provenance.settled(self.tree, doc)
        self.history = {}
        self.signed = provenance.signed_answers(self.tree)

    def taken(self, code: str) -> list[Found] | None:
        """What rule ``code`` found in the file, as kept; None when it must run."""
        if self.take and code in HISTORY and self.entry is not None and self.at is not None:
            return self.entry.get_history(self.at, code)
        if self.on_tree is not None and code in TREE and self.store is not None:
            assert self.doc is not None
            return self.store.tree_findings(self.on_tree, self.doc.path, code)
        return None

    def found(self, code: str, findings: list[Finding]) -> None:
        """Rule ``code`` ran on the file and found ``findings``."""
        if self.history is not None and code in HISTORY:
            self.history[code] = findings
        if self.on_tree is not None and code in TREE:
            assert self.doc is not None
            self.tree_ran.add(code)
            if findings:
                self.tree_found.setdefault(self.doc.path, {})[code] = [list(f) for f in findings]

    def failed(self) -> None:
        """A rule failed on the file: keep nothing of its history, nor of the tree's."""
        self.history = None
        self.on_tree = None

    def done(self) -> bool:
        """The file's check ended; whether its entry keeps something new."""
        if not self.history:
            return False
        from goals_as_code.history import provenance

        if self.at is None and provenance.is_open(self.tree):
            self.at = provenance.findings_key(self.tree, self.today)
        # kept only when Git named no signature: keys outside the repository can change that
        if (
            self.at is not None
            and self.entry is not None
            and self.doc is not None
            and provenance.settled(self.tree, self.doc)
            and provenance.signed_answers(self.tree) == self.signed
        ):
            return self.entry.put_history(self.at, self.history)
        return False

    def finish(self) -> None:
        """The run's check ended: keep the tree rules' findings."""
        if self.on_tree is not None and self.tree_ran and self.store is not None:
            self.store.put_tree(self.on_tree, self.tree_ran, self.tree_found)


def check_change(
    old: Document | None,
    new: Document,
    active: Sequence[rules.ActiveChange],
    lang: str,
    fields: Sequence[FieldChange],
    recorded: Sequence[Recorded] = (),
) -> list[Problem]:
    """The findings of the change rules on one statement between two revisions, at the head's
    lines; the head's ``suppress`` map switches rules off as it does for the file rules."""
    suppressed = suppressions(new)
    found: list[Problem] = []
    for rule, severity, options in active:
        if rule.CODE in suppressed:
            continue
        ctx = ChangeContext(fields, recorded, options, lang)
        try:
            found += (_problem(new, rule, severity, f) for f in rule.check_change(old, new, ctx))
        except Exception as exc:
            found.append(internal_problem(new.path, rule.CODE, exc, lang))
    return sorted(found)


def internal_problem(path: str, code: str, exc: BaseException, lang: str) -> Problem:
    """A rule that failed on one file, as a problem on that file that asks for a report."""
    if os.environ.get("GOALS_DEBUG"):
        raise exc
    said = say(
        lang,
        N_(
            "goals-as-code failed on this file ({code}: {error}); this is a bug, please report it "
            "with the file at {url}; the other files were checked"
        ),
        code=code,
        error=f"{type(exc).__name__}: {exc}"[:200],
        url=ISSUES,
    )
    return Problem(path, 1, 1, INTERNAL[0], INTERNAL[1], "error", said)


def check_setup(
    old: Setup, new: Setup, active: Sequence[rules.ActiveChange], lang: str
) -> list[Problem]:
    """The findings of the change rules that compare the setup (the configuration and the
    allowed-signers file) between two revisions; nothing suppresses them but the configuration."""
    found: list[Problem] = []
    for rule, severity, options in active:
        compare = getattr(rule, "check_setup", None)
        if compare is None:
            continue
        ctx = ChangeContext((), (), options, lang)
        for path, finding in compare(old, new, ctx):
            found.append(
                Problem(
                    path,
                    finding.line,
                    finding.column,
                    rule.CODE,
                    rule.NAME,
                    severity,
                    finding.message,
                )
            )
    return sorted(found)


def suppressions(doc: Document) -> dict[str, str]:
    """The rules a file's ``suppress`` map switches off: code -> the key as written. The rules of
    the acceptance gate (``GATES``) are never among them: F012 reports the attempt."""
    suppress = doc.get("suppress")
    found: dict[str, str] = {}
    if isinstance(suppress, Mapping):
        for key in suppress:
            rule = rules.lookup(str(key))
            if rule is not None and rule.CODE not in GATES:
                found.setdefault(rule.CODE, str(key))
    return found


def _problem(doc: Document, rule: Described, severity: Severity, finding: Finding) -> Problem:
    return Problem(
        doc.path, finding.line, finding.column, rule.CODE, rule.NAME, severity, finding.message
    )


def _missing_folder(config: Config) -> GoalsError:
    return GoalsError(
        message(
            N_(
                "the goals folder '{folder}/' does not exist in {root}; create it with "
                "'goals init', or name the folder that holds your statements with "
                "--goals-dir or 'goals-dir' in goals.toml"
            ),
            folder=config.goals_dir,
            root=str(config.root),
        )
    )


def _targets(
    config: Config, paths: Sequence[Path] | None, on_disk: bool = True, staged: bool = False
) -> tuple[list[Path], int]:
    """The statement files ``paths`` name (files, and the statements in folders), and how many
    other files they name (skipped). ``staged``: a file may be staged and gone from the work
    tree (the index holds what is checked)."""
    if paths is None:
        if on_disk and not config.goals_path.is_dir():
            raise _missing_folder(config)
        return [], 0
    targets: list[Path] = []
    skipped = 0
    named: list[str] = []  # given paths that were meant as statements and are not
    for path in paths:
        try:
            _readable(path)
        except OSError as exc:  # a folder that cannot be read, a loop of links
            said = message(
                N_("{path}: cannot read: {error}"), path=str(path), error=exc.strerror or str(exc)
            )
            raise GoalsError(said) from None
        if path.is_dir():
            found = [p for p in sorted(path.rglob("*.md")) if is_statement(p, config)]
            targets.extend(found)
            if not found:
                named.append(f"{path.as_posix().rstrip('/')}/")
        elif not path.exists() and not (staged and is_statement(path, config)):
            raise GoalsError(message(N_("{path}: no such file or folder"), path=str(path)))
        elif is_statement(path, config):
            targets.append(path)
        else:  # other files (README.md, docs) are not statements: pre-commit passes them all
            skipped += 1
            if path.suffix.lower() != ".md":
                named.append(path.as_posix())
    if on_disk and not config.goals_path.is_dir():
        raise _missing_folder(config)
    if not targets and named:
        raise GoalsError(
            message(
                N_(
                    "no statement file to check in {paths}; statements are Markdown files "
                    "(.md) under '{folder}/'"
                ),
                paths=", ".join(named),
                folder=config.goals_dir,
            )
        )
    return targets, skipped


def _readable(path: Path) -> None:
    """Raise GoalsError for a link that leads nowhere (or to itself), OSError for a path that
    cannot be read (a folder without permission); a missing path is told by the caller."""
    if path.is_symlink() and not path.exists():
        raise GoalsError(
            message(
                N_("{path}: a link that leads nowhere, or to itself; check where it points"),
                path=str(path),
            )
        )
    if path.exists():
        path.stat()
