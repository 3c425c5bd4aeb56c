"""Run the change rules on two versions of a statement, committed to a real Git repository."""

from __future__ import annotations

from goals_as_code.check.problem import Problem
from goals_as_code.markdown import parse
from goals_as_code.review import compare
from goals_as_code.source import acceptance
from goals_as_code.source import config as config_module

from .conftest import AUTHOR, Repo

PATH = "goals/faster-replies.md"


def flags(
    repo: Repo,
    before: str | None,
    after: str,
    *,
    author: tuple[str, str] = AUTHOR,
    config: str = 'select = ["C"]\n',
    lang: str = "en",
) -> list[Problem]:
    """The findings of the change rules when ``after`` (committed by ``author``) follows
    ``before`` (committed by Anna; None: the statement is new) at ``PATH``."""
    repo.write("goals.toml", config)
    if before is not None:
        repo.write(PATH, before)
    base = repo.commit("Base")
    repo.write(PATH, after)
    head = repo.commit("Head", name=author[0], email=author[1])
    review = compare.compare(config_module.load(repo.path), f"{base}..{head}", lang=lang)
    return [flag for change in review.changes for flag in change.flags]


def hits(
    repo: Repo, code: str, before: str | None, after: str, author: tuple[str, str] = AUTHOR
) -> list[int]:
    """The head lines at which rule ``code`` reports the change."""
    return [flag.line for flag in flags(repo, before, after, author=author) if flag.code == code]


MANAGER = ("Erik Eriksson", "erik@example.com")


def accepted(text: str, by: str = MANAGER[1], acting: str | None = None) -> str:
    """``text`` with an acceptance by ``by`` recorded (by ``acting`` on their behalf), as
    'goals accept' writes it."""
    doc = parse(text, PATH)
    fingerprint = acceptance.fingerprint(doc.data, doc.statement)
    return acceptance.write(text, acceptance.Accepted(by, "2017-01-05", fingerprint, acting=acting))


def setup_hits(repo: Repo, code: str, before: str, after: str) -> list[tuple[str, int]]:
    """Where rule ``code`` reports a change of the configuration from ``before`` to ``after``."""
    repo.write("goals.toml", before)
    base = repo.commit("Base")
    repo.write("goals.toml", after)
    head = repo.commit("Head")
    review = compare.compare(config_module.load(repo.path), f"{base}..{head}")
    return [
        (flag.path, flag.line)
        for change in review.changes
        for flag in change.flags
        if flag.code == code
    ]
