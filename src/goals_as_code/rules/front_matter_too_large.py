"""The front matter, or the whole file, is larger than the limit.

## What it does
Reports front matter larger than `limits.front-matter-bytes` (64 KiB by default), and statement
files larger than 1 MiB, which are not read at all.

## Why is this bad?
Front matter holds fields, not prose; a huge block is a mistake or an attack, and slows down every
commit.

## Example
(a front matter block with a long essay in a field)

## Use instead
Keep the fields in the front matter and write the text below it, in the Markdown body.
"""

from __future__ import annotations

from collections.abc import Iterator

from goals_as_code.document import Document
from goals_as_code.problem import Severity
from goals_as_code.rules._base import Context, Finding, issues_of

CODE = "F007"
NAME = "front-matter-too-large"
SEVERITY: Severity = "error"
OPTIONS: dict[str, object] = {}


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    return issues_of(doc, "too-large")
