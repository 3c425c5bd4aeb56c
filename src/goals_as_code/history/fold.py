"""The fold: commits, oldest first, turned into one timeline per id.

Each non-merge commit is compared with its own parent, so a check-in made on a branch counts
once, by its author, whichever way the branch was merged; a merge shows only what it changed
itself (a conflict resolved to a new value). The parts: ``versions`` (each blob parsed once),
``lineage`` (renames, ids across paths), ``events`` (check-ins, moved goalposts), ``notes``.
"""

from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, NamedTuple

from goals_as_code.history.events import Events, Other
from goals_as_code.history.lineage import Lineage, twins
from goals_as_code.history.log import Change, LogCommit
from goals_as_code.history.notes import Notes
from goals_as_code.history.records import PATH_FIELD, Checkin, Commit, Event, Timeline, Version
from goals_as_code.history.versions import Parsed, Versions, ident
from goals_as_code.i18n.messages import N_, message
from goals_as_code.source.document import DEFAULT_MAX_FRONT_MATTER


class Draft:
    """A timeline being built; versions keep their order index so late joiners sort in."""

    def __init__(self, ident: str) -> None:
        self.id = ident
        self.versions: list[tuple[int, Version]] = []
        self.checkins: list[tuple[int, Checkin]] = []
        self.events: list[tuple[int, Event]] = []
        self.last: Mapping[str, Any] | None = None  # the last readable front matter
        self.last_statement: str | None = None
        self.path: str | None = None  # where the file is now; None after a deletion
        self.seen = False


class Pending(NamedTuple):
    """A changed file in one commit, waiting to join a timeline."""

    order: int
    commit: Commit
    change: Change
    old: Parsed | None
    new: Parsed
    paired: tuple[Change, Parsed | None] | None  # the same id deleted in the same commit
    at_boundary: bool


class Fold:
    """Walks commits oldest first and turns changed blobs into versions, check-ins and events."""

    def __init__(
        self,
        blobs: Mapping[str, bytes],
        boundaries: set[str],
        parsed: Mapping[str, Parsed] = {},
        max_front_matter: int = DEFAULT_MAX_FRONT_MATTER,
    ) -> None:
        self.boundaries = boundaries
        self.versions = Versions(blobs, parsed, max_front_matter)
        self.lineage: Lineage[Pending] = Lineage()
        self.notes = Notes()
        self.events = Events(boundaries, self.notes)
        self.drafts: dict[str, Draft] = {}
        self.order = 0
        self.tip: list[str] = []  # the blobs of the last commit's files (at_tip)

    def __getstate__(self) -> dict[str, Any]:
        """What a later run needs to fold the commits after these (``history/cache.py``): all
        but the blobs and their parsed versions, which it has kept apart or reads again."""
        state = self.__dict__.copy()
        tip = self.tip_versions()
        state["versions"] = (self.versions.seen, self.versions.max_front_matter, tip)
        state["events"] = self.events.boundaries
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        seen, limit, tip = state.pop("versions")
        boundaries = state.pop("events")
        self.__dict__.update(state)
        self.versions = Versions({}, tip, limit)
        self.versions.seen = seen
        self.events = Events(boundaries, self.notes)

    def at_tip(self, tree: list[tuple[str, str]]) -> None:
        """The files of the last commit (blob and path), parsed: a fold kept after it keeps
        their versions, which the commits after it start from."""
        for blob, path in tree:
            self.versions.parse(blob, path)
        self.tip = [blob for blob, _ in tree]

    def tip_versions(self) -> dict[str, Parsed]:
        """The parsed versions of the last commit's files (``at_tip``), by blob id."""
        parsed = self.versions.parsed
        return {blob: parsed[blob] for blob in self.tip if blob in parsed}

    def resume(self, blobs: Mapping[str, bytes]) -> None:
        """Go on with a fold read back: the blobs of the commits to come and of their last
        commit's files that it does not hold."""
        self.versions.blobs = blobs

    def holds(self, blob: str) -> bool:
        """Whether the fold has the version of ``blob`` parsed."""
        return blob in self.versions.parsed

    def draft(self, ident: str) -> Draft:
        found = self.drafts.get(ident)
        if found is None:
            found = self.drafts[ident] = Draft(ident)
        return found

    def commit(self, entry: LogCommit) -> None:
        commit = entry.commit
        parse = self.versions.parse
        at_boundary = commit.sha in self.boundaries
        merge = len(entry.parents) > 1
        removed: dict[str, tuple[Change, Parsed | None]] = {}
        for change in entry.changes:
            if change.status != "D":
                continue
            assert change.old_path is not None
            old = parse(change.old_blob, change.old_path)
            ended = self.lineage.deleted(change.old_path)
            gone = ident(old) or self.lineage.id_of(ended)
            if gone is not None:
                removed[gone] = (change, old)
        for change in entry.changes:
            if change.status == "D":
                continue
            assert change.new_path is not None
            self.order += 1
            new = parse(change.new_blob, change.new_path)
            old = parse(change.old_blob, change.old_path or change.new_path)
            lineage = self.lineage.follow(change.status, change.old_path, change.new_path)
            name = ident(new)
            paired = removed.pop(name, None) if name is not None else None
            was = ident(old)
            if name is not None and was is not None and was != name:
                self.notes.note(
                    change.new_path,
                    "id-changed",
                    message(
                        N_(
                            "{path} at {sha}: the id changed from '{was}' to '{id}'; the history "
                            "before that commit stays under '{was}'"
                        ),
                        path=change.new_path,
                        sha=commit.sha[:10],
                        was=was,
                        id=name,
                    ),
                )
            if name is None:
                name = self.lineage.id_of(lineage)
            assert new is not None
            if merge and change.new_blob in self.versions.seen:
                # a merge bringing in what a branch already wrote: counted there, not again
                if name is not None:
                    self.lineage.keep(lineage, name)
                    self.draft(name).path = change.new_path
                continue
            self.versions.seen.add(change.new_blob or "")
            if new.data is None:
                self.note_unreadable(commit, change.new_path, new.problem)
            pending = Pending(self.order, commit, change, old, new, paired, at_boundary)
            if name is None:
                self.lineage.wait(lineage, pending)
                continue
            draft = self.draft(name)
            for late in self.lineage.name(lineage, name):
                self.take(draft, late)
            self.take(draft, pending)
        for name, (change, _old) in removed.items():
            draft = self.draft(name)
            if draft.path == change.old_path:
                self.order += 1
                draft.events.append((self.order, Event(commit, PATH_FIELD, draft.path, None)))
                draft.path = None

    def take(self, draft: Draft, pending: Pending) -> None:
        """Add one version to a timeline, with the check-in and events it makes."""
        order, commit, change, old, new, paired, at_boundary = pending
        assert change.new_path is not None
        draft.versions.append((order, Version(commit, change.new_path, new.data)))
        if new.data is None:
            return
        base, base_statement = self.base(draft, change, old, paired)
        if at_boundary:
            base = None  # the clone's first sight of the file: its state, not a change
        elif (
            draft.seen
            and draft.path != change.new_path
            and not self.lineage.holds(draft.path, draft.id)
        ):
            # (when the other file lives on, this is no move: two files with one id, or two
            # branches each with a copy; the last commit's tree tells which, see twins)
            draft.events.append((order, Event(commit, PATH_FIELD, draft.path, change.new_path)))
        others = self.other_parents(draft, change) if change.parent_blobs else []
        checkin, events = self.events.compare(
            commit, change.new_path, base, base_statement, new, others
        )
        if checkin is not None:
            draft.checkins.append((order, checkin))
        for event in events:
            draft.events.append((order, event))
        draft.last, draft.last_statement = new.data, new.statement
        draft.path, draft.seen = change.new_path, True

    def other_parents(self, draft: Draft, change: Change) -> list[Other]:
        """A merge's other parents' versions of the file. A value that one of them already
        had is what the merge brought in, not a change of the merge's own."""
        found: list[Other] = []
        missing = False
        for blob in change.parent_blobs[1:]:
            parsed = self.versions.parse(blob, change.new_path or "")
            if parsed is not None and parsed.data is not None and ident(parsed) in (draft.id, None):
                found.append((parsed.data, parsed.statement))
            else:
                missing = True
        if missing and draft.last is not None:
            # the file is elsewhere in that parent (moved on one side): its latest version
            found.append((draft.last, draft.last_statement))
        return found

    def base(
        self,
        draft: Draft,
        change: Change,
        old: Parsed | None,
        paired: tuple[Change, Parsed | None] | None,
    ) -> tuple[Mapping[str, Any] | None, str | None]:
        """What the new version is compared with: its parent's version when readable and the
        same statement, else the last readable version of the same id (a restored file)."""
        if paired is not None:
            old = paired[1]
        if old is not None and old.data is not None and ident(old) in (draft.id, None):
            return old.data, old.statement
        if draft.seen:
            return draft.last, draft.last_statement
        return None, None

    def twins(self, tree: list[tuple[str, str]]) -> None:
        """Tell the ids that two files of the last commit share (``tree``: blob and path)."""
        self.notes.messages.extend(twins(tree, self.versions.parse))

    def note_unreadable(self, commit: Commit, path: str, problem: str | None) -> None:
        self.notes.note(
            path,
            "unreadable",
            message(
                N_("{path} at {sha} ({date}): skipped that version, {problem}"),
                path=path,
                sha=commit.sha[:10],
                date=commit.date.date().isoformat(),
                problem=problem or message(N_("it could not be read")),
            ),
        )

    def timelines(self) -> dict[str, Timeline]:
        """The timelines, by id; the notes are complete after this."""
        for late in self.lineage.unclaimed():
            if late.new.data is None:
                continue  # already told why it could not be read
            path = late.change.new_path or ""
            self.notes.note(
                path,
                "no-id",
                message(
                    N_(
                        "{path} at {sha}: skipped that version, it has no id and no later "
                        "version of the file has one"
                    ),
                    path=path,
                    sha=late.commit.sha[:10],
                ),
            )
        self.notes.finish()
        result: dict[str, Timeline] = {}
        for name in sorted(self.drafts):
            draft = self.drafts[name]
            versions = [version for _, version in sorted(draft.versions, key=_first)]
            paths = list(dict.fromkeys(version.path for version in versions))
            kind = None
            for version in reversed(versions):
                if version.data is not None:
                    found = version.data.get("kind")
                    kind = found if isinstance(found, str) else None
                    break
            result[name] = Timeline(
                name,
                kind,
                paths,
                versions,
                [checkin for _, checkin in sorted(draft.checkins, key=_first)],
                [event for _, event in sorted(draft.events, key=_first)],
            )
        return result


_first = operator.itemgetter(0)  # the order index of a (order, item) pair
