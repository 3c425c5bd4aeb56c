"""What a range of commits changes in goals, goal by goal: the content of ``goals review``.

Both ends are read as snapshots from Git (no work tree involved), compared by id, and checked with
the same rules as ``goals check``; a problem is new when the base did not have it. What changed
in each statement is told by the change rules (family C: progress, goalposts, ambition,
acceptances), whose findings are problems too, selected and suppressed like every rule. Who
recorded an acceptance comes from the commits in the range.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from goals_as_code import history
from goals_as_code.check import checker
from goals_as_code.check.problem import Problem
from goals_as_code.check.rules._base import FieldChange, Recorded, Setup
from goals_as_code.check.rules._change import diff
from goals_as_code.check.tree import Tree
from goals_as_code.errors import GitError
from goals_as_code.history import provenance
from goals_as_code.i18n.messages import N_, message
from goals_as_code.source import acceptance
from goals_as_code.source import config as config_module
from goals_as_code.source.config import CONFIG_FILE, Config
from goals_as_code.source.document import Document
from goals_as_code.source.schema import SchemaError

SHALLOW_HINT = N_(
    "this is a shallow clone that does not reach back far enough; fetch the whole history "
    "(actions/checkout with 'fetch-depth: 0', GIT_DEPTH: 0 on GitLab, or 'git fetch --unshallow')"
)


class GoalChange(NamedTuple):
    id: str
    kind: str | None
    change: str  # added, removed, renamed, modified, unchanged (only new problems)
    path: str
    old_id: str | None
    old_path: str | None
    statement: str | None
    fields: list[FieldChange]
    flags: list[Problem]  # the findings of the change rules (family C)
    problems: list[Problem]  # the findings of 'goals check' at the head that the base had not

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
            "flags": [flag.as_dict() for flag in self.flags],
            "problems": [problem.as_dict() for problem in self.problems],
        }


class Review(NamedTuple):
    range: str
    base: str
    head: str
    changes: list[GoalChange]
    lang: str = "en"  # of the human text; JSON keys, rule codes and names stay English

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
            raise GitError(
                message(N_("unknown revision '{rev}': {hint}"), rev=rev, hint=message(SHALLOW_HINT))
            )
        raise GitError(
            message(
                N_(
                    "unknown revision '{rev}': give a commit, branch or tag (see 'git branch -a'); "
                    "in CI, fetch the base branch too"
                ),
                rev=rev,
            )
        )
    return found.strip()


def resolve_range(top: Path, text: str) -> tuple[str, str]:
    """The base and head commits of a range; exit 2 with a hint when they cannot be found."""
    if provenance.git(top, "rev-parse", "--git-dir") is None:
        raise GitError(
            message(
                N_("'{path}' is not in a Git repository; goals review compares two commits"),
                path=str(top),
            )
        )
    base_rev, head_rev, merge_base = split_range(text)
    base, head = _verify(top, base_rev), _verify(top, head_rev)
    if merge_base:
        found = provenance.git(top, "merge-base", base, head)
        if found is None:
            if _shallow(top):
                raise GitError(
                    message(
                        N_("no merge base of '{base}' and '{head}': {hint}"),
                        base=base_rev,
                        head=head_rev,
                        hint=message(SHALLOW_HINT),
                    )
                )
            raise GitError(
                message(
                    N_(
                        "'{base}' and '{head}' have no common ancestor; compare them with "
                        "'{base}..{head}'"
                    ),
                    base=base_rev,
                    head=head_rev,
                )
            )
        base = found.strip()
    return base, head


# --- comparing --------------------------------------------------------------------------------


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


def _pair_unreadable(
    removed: dict[str, Document], added: dict[str, Document]
) -> list[tuple[Document, Document]]:
    """A statement whose file the head still has but cannot read (too large, not UTF-8, broken
    front matter): one change of that statement, not a removal and an unknown file."""
    pairs: list[tuple[Document, Document]] = []
    unread = {doc.path: key for key, doc in added.items() if doc.id is None and not doc.readable}
    for old_key, old in list(removed.items()):
        new_key = unread.pop(old.path, None)
        if new_key is not None:
            pairs.append((old, added.pop(new_key)))
            del removed[old_key]
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
    schema_cache: dict[int, list[SchemaError]] | None = None,
) -> list[Problem]:
    tree = Tree(docs, schema_cache={} if schema_cache is None else schema_cache)
    if before:  # the goal as accepted (or agreed) is the base's, when the block did not change
        known: dict[tuple[str, str], provenance.Record] = {}
        for doc in docs:
            old = before.get(_key(doc))
            for name in acceptance.BLOCKS:
                block = doc.get(name)
                if old is not None and block is not None and old.get(name) == block:
                    known[doc.path, name] = provenance.Record(
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
    validated: dict[int, list[SchemaError]] = {}  # a document in both trees is validated once
    seen = Counter(
        (by_path_base.get(p.path, p.path), p.code, p.message)
        for p in _problems(base, config, lang, schema_cache=validated)
    )
    found: dict[str, list[Problem]] = {}
    for problem in sorted(_problems(head, config, lang, before, validated)):
        key = by_path_head.get(problem.path, problem.path)
        signature = (renamed.get(key, key), problem.code, problem.message)
        if seen[signature] > 0:
            seen[signature] -= 1
            continue
        found.setdefault(key, []).append(problem)
    return found


def _recorded(
    top: Path,
    config: Config,
    base: str,
    head: str,
    changes: Sequence[GoalChange],
    signers: Path | None = None,
) -> dict[str, list[Recorded]]:
    """The acceptances and agreements the commits of the range recorded, by goal, oldest
    first, for the change rules."""
    wanted = {
        change.id
        for change in changes
        if change.change != "removed"
        and any(field.field.split(".")[0] in acceptance.BLOCKS for field in change.fields)
    }
    if not wanted:
        return {}
    listed = provenance.git(top, "rev-list", f"{base}..{head}")
    in_range = set((listed or "").split())
    past = history.read(
        config.root,
        config.goals_dir,
        rev=head,
        exclude=config.exclude,
        max_front_matter=config.front_matter_bytes,
    )
    known = provenance.names(
        version.commit for line in past.timelines.values() for version in line.versions
    )
    found: dict[str, list[Recorded]] = {}
    for ident in sorted(wanted):
        timeline = past.timelines.get(ident)
        if timeline is None:
            continue
        previous: dict[str, Any] = {}
        for version in timeline.versions:
            data = version.data or {}
            for name in acceptance.BLOCKS:
                block = data.get(name)
                if (
                    version.commit.sha in in_range
                    and isinstance(block, Mapping)
                    and block != previous.get(name)
                ):
                    other = data.get("owner" if name == acceptance.ACCEPTED else "manager")
                    record = _record(
                        top, version.commit, signers, known.alias(version.commit, other)
                    )
                    found.setdefault(ident, []).append(
                        Recorded(
                            block,
                            data.get("manager"),
                            record,
                            name,
                            data.get("owner"),
                            config.require_signatures,
                            config.allowed_signers,
                        )
                    )
                previous[name] = block
    return found


def _record(
    top: Path, commit: history.Commit, signers: Path | None, alias: str | None
) -> provenance.Record:
    """Who wrote a commit and who committed it, and its signature (``%G?`` and signer),
    verified against the base's allowed-signers file."""
    code, signer = provenance.signature(top, commit.sha, signers)
    return provenance.Record(
        False,
        commit.email,
        commit.author,
        commit.sha,
        code,
        signer,
        None,
        None,
        commit.committer_email or None,
        commit.committer or None,
        alias,
    )


def _show(top: Path, rev: str, path: str) -> str | None:
    """A file's text at ``rev`` (None when it is not there)."""
    return provenance.git(top, "show", f"{rev}:{path}")


def _config_paths(config: Config, top: Path) -> list[str]:
    """Where the configuration file may be, from the repository's top: the one in use, or the
    two names it may have in the project's folder."""
    if config.source is not None:
        return [config.relative(config.source)]
    prefix = config.relative(config.root)
    prefix = "" if prefix in (".", "") else prefix.rstrip("/") + "/"
    return [prefix + CONFIG_FILE, prefix + "pyproject.toml"]


def setup_at(config: Config, top: Path, rev: str) -> tuple[Setup, Config]:
    """The configuration and the allowed-signers file at ``rev``, and the configuration that
    applies there (with the command line's overrides)."""
    path, text, table = None, "", {}
    for candidate in _config_paths(config, top):
        found = _show(top, rev, candidate)
        if found is not None:
            name = candidate.rsplit("/", 1)[-1]
            table = config_module.table_of(found, name, f"{rev[:10]}:{candidate}")
            if table or name != "pyproject.toml":
                path, text = candidate, found
                break
    there = config_module.from_mapping(
        table, root=config.root, source=config.source, where=f"{rev[:10]}:{path}"
    )
    overrides = config.overrides
    if "goals_dir" in overrides:
        there = config_module.replace(there, goals_dir=overrides["goals_dir"])
    if "select" in overrides:
        there = config_module.replace(there, select=overrides["select"], extend_select=())
    if "ignore" in overrides:
        there = config_module.replace(there, ignore=(*there.ignore, *overrides["ignore"]))
    there = config_module.replace(there, language=config.language, overrides=overrides)
    signers_path = there.allowed_signers
    signers = _show(top, rev, signers_path) if signers_path else None
    return Setup(path, table, text, signers_path, signers), there


def _signers_file(setup: Setup) -> Path | None:
    """The base's allowed-signers file, written where Git can read it (it may differ from the
    work tree's, and only the base's may vouch)."""
    if setup.signers is None:
        return None
    import tempfile

    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", prefix="goals-signers-", delete=False
    ) as handle:
        handle.write(setup.signers)
    return Path(handle.name)


def _snapshot(
    config: Config, rev: str, read: dict[tuple[str, str], Document] | None = None
) -> list[Document]:
    """The statements at ``rev``, named relative to the repository as ``goals check`` names them
    (``read``: the documents of the other revision, so that an unchanged file is read once)."""
    return history.snapshot(
        config.root,
        config.goals_dir,
        rev,
        exclude=config.exclude,
        max_front_matter=config.front_matter_bytes,
        read=read,
    )


def compare(config: Config, text: str, *, lang: str | None = None) -> Review:
    """The review of a range (``BASE..HEAD``, ``BASE...HEAD`` or ``BASE``)."""
    top = config.repository
    base, head = resolve_range(top, text)
    before_setup, config = setup_at(config, top, base)  # the base's rules judge the range
    after_setup, _ = setup_at(config, top, head)
    read: dict[tuple[str, str], Document] = {}
    old_docs = _snapshot(config, base, read)
    new_docs = _snapshot(config, head, read)  # an unchanged file is the base's document
    old, new = _index(old_docs), _index(new_docs)
    removed = {key: doc for key, doc in old.items() if key not in new}
    added = {key: doc for key, doc in new.items() if key not in old}
    renames = _pair_renames(removed, added)
    unreadable = _pair_unreadable(removed, added)
    renamed = {_key(after): _key(before) for before, after in renames}
    language = lang or config.language
    problems = _new_problems(old_docs, new_docs, config, language, renamed, old)

    found: list[tuple[GoalChange, Document | None, Document | None]] = []

    def entry(change: str, before: Document | None, after: Document | None) -> None:
        shown = after if after is not None else before
        assert shown is not None
        key = _key(shown)
        fields = diff(before, after)
        new_problems = problems.pop(key, []) if after is not None else []
        if change == "modified" and not fields and not new_problems:
            return
        if change == "modified" and not fields:
            change = "unchanged"
        found.append(
            (
                GoalChange(
                    key,
                    shown.kind,
                    change,
                    shown.path,
                    _key(before) if before is not None and change == "renamed" else None,
                    before.path if before is not None and before.path != shown.path else None,
                    shown.statement,
                    fields,
                    [],
                    new_problems,
                ),
                before,
                after,
            )
        )

    for key in sorted(set(old) & set(new)):
        entry("modified", old[key], new[key])
    for before, after in renames:
        entry("renamed", before, after)
    for before, after in unreadable:  # nothing to compare: the head's problems say why
        new_problems = problems.pop(_key(after), [])
        change = GoalChange(
            _key(before), before.kind, "modified", after.path, None, None, before.statement, [],
            [], new_problems,
        )  # fmt: skip
        found.append((change, before, None))
    for doc in added.values():
        entry("added", None, doc)
    for doc in removed.values():
        entry("removed", doc, None)
    for key, left in problems.items():  # problems of files without an id
        found.append(
            (
                GoalChange(key, None, "unchanged", left[0].path, None, None, None, [], [], left),
                None,
                None,
            )
        )
    found.sort(key=lambda item: (item[0].path, item[0].id))
    signers = _signers_file(before_setup)
    try:
        recorded = _recorded(top, config, base, head, [c for c, _, _ in found], signers)
    finally:
        if signers is not None:
            signers.unlink()
    active = checker.active_change_rules(config)
    setup_flags = checker.check_setup(before_setup, after_setup, active, language)
    changes = [
        change._replace(
            flags=checker.check_change(
                before, after, active, language, change.fields, recorded.get(change.id, ())
            )
        )
        if after is not None
        else change
        for change, before, after in found
    ]
    by_file: dict[str, list[Problem]] = {}
    for flag in setup_flags:
        by_file.setdefault(flag.path, []).append(flag)
    for path, flags in sorted(by_file.items()):
        changes.append(GoalChange(path, None, "modified", path, None, None, None, [], flags, []))
    return Review(text, base, head, changes, language)


# --- output -----------------------------------------------------------------------------------
