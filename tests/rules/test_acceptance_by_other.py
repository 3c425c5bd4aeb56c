"""C006 acceptance-by-other, on real Git repositories: someone other than the manager wrote the
commit that recorded an acceptance in the range."""

from __future__ import annotations

from ..changes import MANAGER, PATH, accepted, flags
from ..conftest import AUTHOR, GOOD_GOAL, Repo

ROOT = ("Root Admin", "root@example.com")


def found(
    repo: Repo, after: str, author: tuple[str, str], lang: str = "en"
) -> list[tuple[int, str, str]]:
    return [
        (f.line, f.code, f.message)
        for f in flags(repo, GOOD_GOAL, after, author=author, lang=lang)
        if f.code in ("C005", "C006")
    ]


def head(repo: Repo) -> str:
    return repo.git("rev-parse", "HEAD").strip()[:10]


def test_the_owner_records_it(repo: Repo) -> None:
    [flag] = [
        f for f in flags(repo, GOOD_GOAL, accepted(GOOD_GOAL), author=AUTHOR) if f.code == "C006"
    ]
    assert flag == (
        PATH,
        17,
        1,
        "C006",
        "acceptance-by-other",
        "error",
        f"acceptance recorded by Anna Andersson <anna@example.com> in {head(repo)}, not by "
        "erik@example.com; only erik@example.com accepts this goal",
    )


def test_the_block_names_someone_other_than_the_manager(repo: Repo) -> None:
    after = accepted(GOOD_GOAL, by=AUTHOR[1])
    assert found(repo, after, AUTHOR) == [
        (
            17,
            "C006",
            f"acceptance recorded by Anna Andersson <anna@example.com> in {head(repo)} names "
            "anna@example.com, but the manager is erik@example.com",
        )
    ]


def test_an_admin_who_names_no_manager_is_told_in_swedish(repo: Repo) -> None:
    after = accepted(GOOD_GOAL, acting=ROOT[1])
    assert found(repo, after, AUTHOR, lang="sv") == [
        (
            17,
            "C006",
            f"godkännandet registrerades av Anna Andersson <anna@example.com> i {head(repo)}, "
            "inte av root@example.com; bara root@example.com godkänner det här målet",
        )
    ]


def test_the_manager_is_not_told(repo: Repo) -> None:
    assert [code for _, code, _ in found(repo, accepted(GOOD_GOAL), MANAGER)] == ["C005"]
