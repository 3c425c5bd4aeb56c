"""What a range of commits changes in goals, goal by goal: the content of ``goals review``.

Both ends are read as snapshots from Git (no work tree involved), compared by id, and checked with
the same rules as ``goals check``; a problem is new when the base did not have it. Who recorded
an acceptance comes from the commits in the range.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from goals_as_code import history
from goals_as_code.check import checker
from goals_as_code.check.problem import Problem, Severity
from goals_as_code.check.tree import Tree
from goals_as_code.errors import GitError
from goals_as_code.history import provenance
from goals_as_code.i18n.messages import CHANGE, CHANGES, SEVERITY, say, word
from goals_as_code.registry import Formats
from goals_as_code.source import acceptance
from goals_as_code.source.config import Config
from goals_as_code.source.document import Document
from goals_as_code.source.fields import GOALPOSTS, is_progress, number, show
from goals_as_code.source.text import markdown as inert

SHALLOW_HINT = (
    "this is a shallow clone that does not reach back far enough; fetch the whole history "
    "(actions/checkout with 'fetch-depth: 0', GIT_DEPTH: 0 on GitLab, or 'git fetch --unshallow')"
)


class FieldChange(NamedTuple):
    field: str  # dotted, e.g. "metric.target"; "statement" is the H1 text
    old: Any
    new: Any


class Flag(NamedTuple):
    """Something a reviewer should notice, with how much it matters."""

    code: str  # progress, goalpost, ambition-down, stale-acceptance, accepted, not-by-manager, ...
    severity: Severity
    message: str


class GoalChange(NamedTuple):
    id: str
    kind: str | None
    change: str  # added, removed, renamed, modified, unchanged (only new problems)
    path: str
    old_id: str | None
    old_path: str | None
    statement: str | None
    fields: list[FieldChange]
    flags: list[Flag]
    problems: list[Problem]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "change": self.change,
            "path": self.path,
            "old_id": self.old_id,
            "old_path": self.old_path,
            "statement": self.statement,
            "fields": [change._asdict() for change in self.fields],
            "flags": [flag._asdict() for flag in self.flags],
            "problems": [problem.as_dict() for problem in self.problems],
        }


class Review(NamedTuple):
    range: str
    base: str
    head: str
    changes: list[GoalChange]
    lang: str = "en"  # of the human text; JSON keys and flag codes stay English

    @property
    def errors(self) -> int:
        flags = sum(flag.severity == "error" for change in self.changes for flag in change.flags)
        found = sum(p.severity == "error" for change in self.changes for p in change.problems)
        return flags + found

    @property
    def new_problems(self) -> int:
        return sum(len(change.problems) for change in self.changes)


# --- revisions --------------------------------------------------------------------------------


def split_range(text: str) -> tuple[str, str, bool]:
    """``BASE..HEAD`` or ``BASE...HEAD`` (from the merge base) or ``BASE`` (to HEAD)."""
    for separator, merge_base in (("...", True), ("..", False)):
        if separator in text:
            base, _, head = text.partition(separator)
            return base or "HEAD", head or "HEAD", merge_base
    return text, "HEAD", False


def _shallow(top: Path) -> bool:
    return (provenance.git(top, "rev-parse", "--is-shallow-repository") or "").strip() == "true"


def _verify(top: Path, rev: str) -> str:
    found = provenance.git(
        top, "rev-parse", "--verify", "-q", "--end-of-options", rev + "^{commit}"
    )
    if found is None:
        if _shallow(top):
            raise GitError(f"unknown revision '{rev}': {SHALLOW_HINT}")
        raise GitError(
            f"unknown revision '{rev}': give a commit, branch or tag (see 'git branch -a'); "
            "in CI, fetch the base branch too"
        )
    return found.strip()


def resolve_range(top: Path, text: str) -> tuple[str, str]:
    """The base and head commits of a range; exit 2 with a hint when they cannot be found."""
    if provenance.git(top, "rev-parse", "--git-dir") is None:
        raise GitError(f"'{top}' is not in a Git repository; goals review compares two commits")
    base_rev, head_rev, merge_base = split_range(text)
    base, head = _verify(top, base_rev), _verify(top, head_rev)
    if merge_base:
        found = provenance.git(top, "merge-base", base, head)
        if found is None:
            if _shallow(top):
                raise GitError(f"no merge base of '{base_rev}' and '{head_rev}': {SHALLOW_HINT}")
            raise GitError(
                f"'{base_rev}' and '{head_rev}' have no common ancestor; compare them with "
                f"'{base_rev}..{head_rev}'"
            )
        base = found.strip()
    return base, head


# --- comparing --------------------------------------------------------------------------------


def flatten(data: Mapping[str, Any], statement: str | None) -> dict[str, Any]:
    """The front matter as dotted fields, and the statement."""
    flat: dict[str, Any] = {}

    def walk(value: Mapping[str, Any], prefix: str) -> None:
        for key, item in value.items():
            name = f"{prefix}{key}"
            if isinstance(item, Mapping):
                walk(item, name + ".")
            else:
                flat[name] = item

    walk(data, "")
    flat["statement"] = statement
    return flat


def diff(old: Document | None, new: Document | None) -> list[FieldChange]:
    before = flatten(old.data, old.statement) if old is not None else {}
    after = flatten(new.data, new.statement) if new is not None else {}
    names = [*before, *(name for name in after if name not in before)]
    return [
        FieldChange(name, before.get(name), after.get(name))
        for name in names
        if before.get(name) != after.get(name)
    ]


def ambition(old: Document, new: Document, lang: str = "en") -> list[str]:
    """How the goal became easier between two versions (empty when it did not)."""
    said: list[str] = []
    direction = new.get("metric", "direction")
    same_direction = direction == old.get("metric", "direction")
    old_target, new_target = old.get("metric", "target"), new.get("metric", "target")
    o, n = number(old_target), number(new_target)
    if same_direction and o is not None and n is not None:
        if direction in ("increase", "at_least") and n < o:
            said.append(
                say(
                    lang,
                    {
                        "en": "the target went down ({a} → {b})",
                        "sv": "målnivån sänktes ({a} → {b})",
                    },
                    a=show(old_target),
                    b=show(new_target),
                )
            )
        if direction in ("decrease", "at_most") and n > o:
            said.append(
                say(
                    lang,
                    {
                        "en": "the target went up on a goal to {how} ({a} → {b})",
                        "sv": "målnivån höjdes på ett mål att {how} ({a} → {b})",
                    },
                    how=say(lang, LOWER[direction]),
                    a=show(old_target),
                    b=show(new_target),
                )
            )
    if same_direction and direction == "range" and _pair(old_target) and _pair(new_target):
        low0, high0 = old_target
        low1, high1 = new_target
        if low1 <= low0 and high1 >= high0 and (low1, high1) != (low0, high0):
            said.append(
                say(
                    lang,
                    {
                        "en": "the range widened ({a} → {b})",
                        "sv": "intervallet vidgades ({a} → {b})",
                    },
                    a=show(old_target),
                    b=show(new_target),
                )
            )
    if same_direction and direction in ("increase", "decrease"):
        before, after = _gap(old), _gap(new)
        if before is not None and after is not None and after < before:
            said.append(
                say(
                    lang,
                    {
                        "en": "the distance from baseline to target shrank ({a} → {b})",
                        "sv": "avståndet från utgångsläge till målnivå krympte ({a} → {b})",
                    },
                    a=show(before),
                    b=show(after),
                )
            )
    old_deadline, new_deadline = old.get("deadline"), new.get("deadline")
    if (
        isinstance(old_deadline, str)
        and isinstance(new_deadline, str)
        and new_deadline > old_deadline
    ):
        said.append(
            say(
                lang,
                {
                    "en": "the deadline moved later ({a} → {b})",
                    "sv": "slutdatumet sköts upp ({a} → {b})",
                },
                a=old_deadline,
                b=new_deadline,
            )
        )
    return said


LOWER = {  # the directions in which a higher target is easier
    "decrease": {"en": "decrease", "sv": "minska"},
    "at_most": {"en": "at most", "sv": "hålla sig under"},
}


def _gap(doc: Document) -> float | None:
    baseline, target = number(doc.get("metric", "baseline")), number(doc.get("metric", "target"))
    return abs(target - baseline) if baseline is not None and target is not None else None


def _pair(value: Any) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(number(v) is not None for v in value)


def _flags(
    old: Document | None, new: Document | None, fields: list[FieldChange], lang: str = "en"
) -> list[Flag]:
    flags: list[Flag] = []
    progress = [change for change in fields if is_progress(change.field)]
    if progress and old is not None and new is not None:
        said = ", ".join(f"{c.field} {show(c.old)} → {show(c.new)}" for c in progress)
        flags.append(
            Flag(
                "progress",
                "info",
                say(
                    lang,
                    {"en": "progress checked in: {s}", "sv": "framsteg incheckade: {s}"},
                    s=said,
                ),
            )
        )
    posts = [change for change in fields if change.field in GOALPOSTS]
    if posts and old is not None and new is not None:
        said = ", ".join(f"{c.field} {show(c.old)} → {show(c.new)}" for c in posts)
        moved = {"en": "goalposts moved: {s}", "sv": "målstolpen flyttad: {s}"}
        flags.append(Flag("goalpost", "warning", say(lang, moved, s=said)))
        easier = ambition(old, new, lang)
        if easier:
            lower = {"en": "the ambition went down: {s}", "sv": "ambitionen sänktes: {s}"}
            flags.append(Flag("ambition-down", "warning", say(lang, lower, s="; ".join(easier))))
    if new is not None and new.kind == "goal":
        flags.extend(_stale(old, new, lang))
    return flags


def _is_stale(doc: Document) -> bool:
    block = doc.get("accepted")
    if not isinstance(block, Mapping) or not acceptance.is_fingerprint(block.get("fingerprint")):
        return False
    return acceptance.fingerprint(doc.data, doc.statement) != block.get("fingerprint")


def _stale(old: Document | None, new: Document, lang: str = "en") -> list[Flag]:
    if not _is_stale(new) or (old is not None and _is_stale(old)):
        return []
    block = new.get("accepted")
    assert isinstance(block, Mapping)
    by = block.get("by")
    if old is not None and old.get("accepted") == block:
        found = acceptance.changes(
            acceptance.defining(old.data, old.statement),
            acceptance.defining(new.data, new.statement),
        )
        said = say(
            lang,
            {"en": "{what} changed since", "sv": "{what} har ändrats sedan dess"},
            what=acceptance.describe(found),
        )
    else:
        said = say(
            lang,
            {
                "en": "the recorded fingerprint does not match the goal",
                "sv": "det sparade fingeravtrycket stämmer inte med målet",
            },
        )
    stale = {
        "en": "acceptance made stale: {by} accepted it on {on}, and {said}; "
        "{by} accepts it again with 'goals accept {id}'",
        "sv": "godkännandet gäller inte längre: {by} godkände målet {on}, och {said}; "
        "{by} godkänner det igen med 'goals accept {id}'",
    }
    return [
        Flag(
            "stale-acceptance",
            "warning",  # the error is rule A005's, among the new problems
            say(lang, stale, by=by, on=block.get("on"), said=said, id=new.id),
        )
    ]


def _pair_renames(
    removed: dict[str, Document], added: dict[str, Document]
) -> list[tuple[Document, Document]]:
    pairs: list[tuple[Document, Document]] = []
    for old_id, old in list(removed.items()):
        statement = acceptance.value(old.data, old.statement, "statement")
        match = next(
            (
                doc
                for doc in added.values()
                if doc.path == old.path
                or (
                    statement
                    and acceptance.value(doc.data, doc.statement, "statement") == statement
                )
            ),
            None,
        )
        if match is not None and match.id is not None:
            pairs.append((old, match))
            del removed[old_id]
            del added[match.id]
    return pairs


def _key(doc: Document) -> str:
    return doc.id or f"({doc.path})"


def _index(docs: Iterable[Document]) -> dict[str, Document]:
    found: dict[str, Document] = {}
    for doc in docs:
        found.setdefault(_key(doc), doc)
    return found


def _problems(
    docs: Sequence[Document],
    config: Config,
    lang: str,
    before: Mapping[str, Document] | None = None,
) -> list[Problem]:
    tree = Tree(docs)
    if before:  # the goal as accepted is the base's, when the block did not change
        known: dict[str, provenance.Record] = {}
        for doc in docs:
            old = before.get(_key(doc))
            block = doc.get("accepted")
            if old is not None and block is not None and old.get("accepted") == block:
                known[doc.path] = provenance.Record(
                    False, None, None, None, "", "", old.data, old.statement
                )
        provenance.remember(tree, known)
    today = datetime.date.today()
    return list(checker.check_documents(docs, tree, checker.active_rules(config), lang, today))


def _new_problems(
    base: Sequence[Document],
    head: Sequence[Document],
    config: Config,
    lang: str,
    renamed: Mapping[str, str],
    before: Mapping[str, Document],
) -> dict[str, list[Problem]]:
    """Problems at the head the base did not have, by goal key (a moved line is not new;
    ``renamed`` maps a head key to the key the goal had at the base)."""
    by_path_base = {doc.path: _key(doc) for doc in base}
    by_path_head = {doc.path: _key(doc) for doc in head}
    seen = Counter(
        (by_path_base.get(p.path, p.path), p.code, p.message) for p in _problems(base, config, lang)
    )
    found: dict[str, list[Problem]] = {}
    for problem in sorted(_problems(head, config, lang, before)):
        key = by_path_head.get(problem.path, problem.path)
        signature = (renamed.get(key, key), problem.code, problem.message)
        if seen[signature] > 0:
            seen[signature] -= 1
            continue
        found.setdefault(key, []).append(problem)
    return found


def _acceptances(
    top: Path, config: Config, base: str, head: str, changes: list[GoalChange], lang: str = "en"
) -> None:
    """Flag acceptances recorded in the range by someone other than the manager (in place)."""
    wanted = {
        change.id
        for change in changes
        if change.change != "removed"
        and any(field.field.startswith("accepted") for field in change.fields)
    }
    if not wanted:
        return
    listed = provenance.git(top, "rev-list", f"{base}..{head}")
    in_range = set((listed or "").split())
    past = history.read(config.root, config.goals_dir, rev=head, exclude=config.exclude)
    for index, change in enumerate(changes):
        timeline = past.timelines.get(change.id)
        if change.id not in wanted or timeline is None:
            continue
        previous: Any = None
        for version in timeline.versions:
            data = version.data or {}
            block = data.get("accepted")
            if version.commit.sha in in_range and isinstance(block, Mapping) and block != previous:
                change.flags.append(
                    _recorded(top, version.commit, block, data.get("manager"), lang)
                )
            previous = block
        changes[index] = change


def _recorded(
    top: Path, commit: history.Commit, block: Mapping[str, Any], manager: Any, lang: str = "en"
) -> Flag:
    by, acting = block.get("by"), block.get("as")
    expected = str(acting if isinstance(acting, str) else by)
    who = f"{commit.author} <{commit.email}>"
    signed = provenance.git(top, "log", "-1", "--format=%G?%x1f%GS", commit.sha) or ""
    code, _, signer = signed.strip().partition("\x1f")
    record = provenance.Record(
        False, commit.email, commit.author, commit.sha, code, signer, None, None
    )
    sha = commit.sha[:10]
    if isinstance(manager, str) and isinstance(by, str) and by.lower() != manager.lower():
        names = {
            "en": "acceptance recorded by {who} in {sha} names {by}, but the manager is {manager}",
            "sv": "godkännandet registrerades av {who} i {sha} och anger {by}, men chefen är "
            "{manager}",
        }
        return Flag(
            "not-by-manager",
            "error",
            say(lang, names, who=who, sha=sha, by=by, manager=manager),
        )
    if not provenance.vouched(record, expected):
        other = {
            "en": "acceptance recorded by {who} in {sha}, not by {expected}; only {expected} "
            "accepts this goal",
            "sv": "godkännandet registrerades av {who} i {sha}, inte av {expected}; bara "
            "{expected} godkänner det här målet",
        }
        return Flag(
            "not-by-manager", "error", say(lang, other, who=who, sha=sha, expected=expected)
        )
    behalf = (
        say(lang, {"en": " on behalf of {by}", "sv": " på uppdrag av {by}"}, by=by)
        if isinstance(acting, str)
        else ""
    )
    done = {"en": "accepted by {who}{behalf} in {sha}", "sv": "godkänt av {who}{behalf} i {sha}"}
    return Flag("accepted", "info", say(lang, done, who=who, behalf=behalf, sha=sha))


def _snapshot(config: Config, rev: str) -> list[Document]:
    """The statements at ``rev``, named relative to the repository as ``goals check`` names them."""
    return history.snapshot(config.root, config.goals_dir, rev, exclude=config.exclude)


def compare(config: Config, text: str, *, lang: str | None = None) -> Review:
    """The review of a range (``BASE..HEAD``, ``BASE...HEAD`` or ``BASE``)."""
    top = config.repository
    base, head = resolve_range(top, text)
    old_docs = _snapshot(config, base)
    new_docs = _snapshot(config, head)
    old, new = _index(old_docs), _index(new_docs)
    removed = {key: doc for key, doc in old.items() if key not in new}
    added = {key: doc for key, doc in new.items() if key not in old}
    renames = _pair_renames(removed, added)
    renamed = {_key(after): _key(before) for before, after in renames}
    language = lang or config.language
    problems = _new_problems(old_docs, new_docs, config, language, renamed, old)

    changes: list[GoalChange] = []

    def entry(change: str, before: Document | None, after: Document | None) -> None:
        shown = after if after is not None else before
        assert shown is not None
        key = _key(shown)
        fields = diff(before, after)
        found = problems.pop(key, []) if after is not None else []
        if change == "modified" and not fields and not found:
            return
        if change == "modified" and not fields:
            change = "unchanged"
        changes.append(
            GoalChange(
                key,
                shown.kind,
                change,
                shown.path,
                _key(before) if before is not None and change == "renamed" else None,
                before.path if before is not None and before.path != shown.path else None,
                shown.statement,
                fields,
                _flags(before, after, fields, language),
                found,
            )
        )

    for key in sorted(set(old) & set(new)):
        entry("modified", old[key], new[key])
    for before, after in renames:
        entry("renamed", before, after)
    for doc in added.values():
        entry("added", None, doc)
    for doc in removed.values():
        entry("removed", doc, None)
    for key, left in problems.items():  # problems of files without an id
        changes.append(
            GoalChange(key, None, "unchanged", left[0].path, None, None, None, [], [], left)
        )
    changes.sort(key=lambda change: (change.path, change.id))
    _acceptances(top, config, base, head, changes, language)
    return Review(text, base, head, changes, language)


# --- output -----------------------------------------------------------------------------------

MARKS = {"error": "✖", "warning": "⚠", "info": "·"}


def summary(review: Review) -> str:
    lang = review.lang
    if not review.changes:
        return say(lang, {"en": "No goal changes.", "sv": "Inga ändringar i mål."})
    counts = Counter(change.change for change in review.changes if change.change != "unchanged")
    order = ("added", "removed", "renamed", "modified")
    parts = [
        f"{counts[name]} {word(CHANGE if counts[name] == 1 else CHANGES, name, lang)}"
        for name in order
        if counts[name]
    ]
    goals = sum(counts.values())
    changed = (
        {"en": "{n} statement changed", "sv": "{n} påstående ändrat"}
        if goals == 1
        else {"en": "{n} statements changed", "sv": "{n} påståenden ändrade"}
    )
    said = say(lang, changed, n=goals) + (f" ({', '.join(parts)})" if parts else "")
    flagged = sum(flag.severity != "info" for change in review.changes for flag in change.flags)
    if flagged:
        flags = (
            {"en": "{n} flag to look at", "sv": "{n} flagga att titta på"}
            if flagged == 1
            else {"en": "{n} flags to look at", "sv": "{n} flaggor att titta på"}
        )
        said += "; " + say(lang, flags, n=flagged)
    new = review.new_problems
    if new:
        problems = (
            {"en": "{n} new problem", "sv": "{n} nytt problem"}
            if new == 1
            else {"en": "{n} new problems", "sv": "{n} nya problem"}
        )
        said += "; " + say(lang, problems, n=new)
    else:
        said += "; " + say(lang, {"en": "no new problems", "sv": "inga nya problem"})
    if review.errors:
        level = {"en": " ({n} at error level)", "sv": " ({n} på felnivå)"}
        said += say(lang, level, n=review.errors)
    return said + "."


def _title(change: GoalChange, lang: str = "en") -> str:
    if change.change == "renamed":
        return f"{change.old_id} → {change.id}: {word(CHANGE, 'renamed', lang)}"
    return f"{change.id}: {word(CHANGE, change.change, lang)}"


WAS = {"en": " (was {path})", "sv": " (tidigare {path})"}


def text(review: Review) -> str:
    lines = [f"goals review {review.range} ({review.base[:10]}..{review.head[:10]})"]
    for change in review.changes:
        moved = say(review.lang, WAS, path=change.old_path) if change.old_path else ""
        lines.append(f"\n{_title(change, review.lang)}  {change.path}{moved}")
        if change.statement and change.change in ("added", "renamed"):
            lines.append(f"  # {change.statement}")
        for field in change.fields:
            lines.append(f"  {field.field}: {show(field.old)} → {show(field.new)}")
        for flag in change.flags:
            lines.append(f"  {MARKS[flag.severity]} {flag.message}")
        for problem in change.problems:
            lines.append(
                f"  {MARKS[problem.severity]} {problem.path}:{problem.line}:{problem.column}: "
                f"{problem.code} [{problem.name}] {problem.message}"
            )
    lines.append("\n" + summary(review))
    return "\n".join(lines) + "\n"


def md(value: Any) -> str:
    """User text made inert in Markdown: no HTML, no table break, no formatting, one line."""
    return inert(show(value))


def markdown(review: Review) -> str:
    lang = review.lang
    heading = say(lang, {"en": "Goals review", "sv": "Granskning av mål"})
    span = say(lang, {"en": "Range", "sv": "Intervall"})
    columns = say(lang, {"en": "| Field | Old | New |", "sv": "| Fält | Före | Efter |"})
    line = say(lang, {"en": "line", "sv": "rad"})
    out = [
        f"## {heading}",
        "",
        f"**{md(summary(review))}** {span} `{review.base[:10]}..{review.head[:10]}`.",
    ]
    for change in review.changes:
        where = md(change.path) + (
            say(lang, WAS, path=md(change.old_path)) if change.old_path else ""
        )
        out += ["", f"### {md(_title(change, lang))}", "", f"{where}"]
        if change.statement:
            out += ["", f"> {md(change.statement)}"]
        if change.fields:
            out += ["", columns, "| --- | --- | --- |"]
            out += [f"| {md(f.field)} | {md(f.old)} | {md(f.new)} |" for f in change.fields]
        notes = [
            f"- {MARKS[flag.severity]} **{word(SEVERITY, flag.severity, lang)}**: "
            f"{md(flag.message)}"
            for flag in change.flags
        ]
        notes += [
            f"- {MARKS[p.severity]} **{word(SEVERITY, p.severity, lang)}** {md(p.code)} "
            f"{md(p.name)}, {line} {p.line}: {md(p.message)}"
            for p in change.problems
        ]
        if notes:
            out += ["", *notes]
    return "\n".join(out) + "\n"


def json_(review: Review) -> str:
    import json

    payload = {
        "range": review.range,
        "base": review.base,
        "head": review.head,
        "summary": summary(review),
        "changes": [change.as_dict() for change in review.changes],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


FORMATS: Formats[Callable[[Review], str]] = Formats(
    {"text": text, "markdown": markdown, "json": json_}
)
