"""Links in a statement's body to other statement files, with the checkbox they stand in."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import unquote

if TYPE_CHECKING:
    from goals_as_code.check.tree import Tree
    from goals_as_code.source.document import Document

# [text](target): a target without a scheme, ending in .md (an anchor after it is allowed)
_LINK = re.compile(r"(?<!!)\[(?P<text>[^\]]*)\]\((?P<target>[^)\s]+\.md)(?:#[^)\s]*)?\)", re.I)
_CHECKBOX = re.compile(r"^\s*[-*+]\s+\[(?P<mark>[ xX])\]\s")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


class Link(NamedTuple):
    line: int  # 1-based, in the file
    column: int
    text: str
    target: str  # as written
    path: str  # resolved against the file's folder, relative to the repository
    checked: bool | None  # the checkbox of its list item: None when it stands in none


def body_start(doc: Document) -> int:
    """The line of the file where the body (after the front matter) begins."""
    lines = doc.text.splitlines()
    return len(lines) - len(doc.body.split("\n")) + 1


_LAST: list[tuple[Document, list[Link]]] = []  # the document asked last: two rules ask in turn


def links(doc: Document) -> Iterator[Link]:
    """The links to Markdown files in ``doc``'s body, outside code blocks."""
    if not _LAST or _LAST[0][0] is not doc:
        _LAST[:] = [(doc, list(_links(doc)))]
    return iter(_LAST[0][1])


def _links(doc: Document) -> Iterator[Link]:
    if "](" not in doc.body:  # no inline link at all: most bodies, found without a line split
        return
    first = body_start(doc)
    fenced = False
    for offset, line in enumerate(doc.body.split("\n")):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if fenced:
            continue
        box = _CHECKBOX.match(line)
        checked = None if box is None else box.group("mark") != " "
        for found in _LINK.finditer(line):
            target = found.group("target")
            if _SCHEME.match(target) or target.startswith("/"):
                continue
            path = posixpath.normpath(posixpath.join(posixpath.dirname(doc.path), unquote(target)))
            yield Link(
                first + offset, found.start() + 1, found.group("text"), target, path, checked
            )


def linked(tree: Tree, link: Link) -> Document | None:
    """The statement of the tree that ``link`` points at."""
    return tree.at(link.path)


def exists(tree: Tree, link: Link) -> bool:
    """Whether ``link`` points at a statement of the tree or at a file of the repository."""
    if linked(tree, link) is not None:
        return True
    if tree.exists is not None:
        return tree.exists(link.path)
    if tree.config is None:
        return False
    return (tree.config.repository / link.path).is_file()
