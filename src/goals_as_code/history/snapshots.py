"""A tree at a revision: the statements as they were, read from Git, never from the work tree."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from goals_as_code.git import Repository, open_repo
from goals_as_code.history.log import Change, excluded, goals_base
from goals_as_code.history.revisions import resolve_in
from goals_as_code.history.versions import Parsed
from goals_as_code.markdown import plugin as statements
from goals_as_code.source.document import Document


def snapshot(
    root: Path,
    goals_dir: str,
    rev: str,
    *,
    exclude: Sequence[str] = (),
    max_front_matter: int | None = None,
    read: dict[tuple[str, str], Document] | None = None,
    parsed: Mapping[str, Parsed] | None = None,
) -> list[Document]:
    """The statements under ``goals_dir`` as they were at ``rev`` (a revision or a date), without
    the files that ``exclude`` (the configuration's patterns) names, read within the limits of
    ``goals check`` (``max_front_matter``: the configuration's, when given). ``read`` keeps the
    documents by blob and path, for a caller that reads two revisions: a file that did not
    change between them is read once, and is the same ``Document`` in both. ``parsed``: the
    versions the history parsed already, by blob id (``history.read(tip=...)``): a readable one
    becomes a document of its front matter and statement without reading the blob again (its
    text and body left empty: for a caller that reads neither, as the report)."""
    read = {} if read is None else read
    limits = {} if max_front_matter is None else {"max_front_matter": max_front_matter}
    with open_repo(root) as repository:
        sha = resolve_in(repository, rev)
        base = goals_base(repository.prefix(root), goals_dir)
        entries = listing(repository, sha, base, tuple(exclude))
        for blob, path in entries if parsed is not None else ():
            found = parsed.get(blob) if parsed is not None else None
            if found is not None and found.data is not None and (blob, path) not in read:
                read[blob, path] = Document(path, "", found.data, True, 1, found.statement, 1, "")
        blobs = repository.read_blobs(
            sorted({blob for blob, path in entries if (blob, path) not in read})
        )
    for blob, path in entries:
        if (blob, path) not in read:  # goals check's limits
            read[blob, path] = statements.from_bytes(blobs.get(blob, b""), path, **limits)
    return [read[entry] for entry in entries]


def listing(
    repository: Repository, sha: str, base: str, exclude: tuple[str, ...]
) -> list[tuple[str, str]]:
    """The statement files of one commit as (blob, path), sorted by path."""
    spec = f":(literal){base}" if base else "."
    out = repository.run_bytes("ls-tree", "-r", "-z", "--full-tree", sha, "--", spec)
    entries: list[tuple[str, str]] = []
    for record in out.split(b"\0"):
        meta, _, raw_path = record.partition(b"\t")
        fields = meta.split()
        path = raw_path.decode("utf-8", "surrogateescape")
        regular = fields[:1] in ([b"100644"], [b"100755"])  # no symlinks, no submodules
        if len(fields) != 3 or not regular or not path.lower().endswith(".md"):
            continue
        if not exclude or not excluded(Change("A", None, path, None, None), base, exclude):
            entries.append((fields[2].decode("ascii"), path))
    return sorted(entries, key=lambda entry: entry[1])
