"""C005 acceptance-recorded, on real Git repositories: the manager wrote the commit that
recorded an acceptance in the range."""

from __future__ import annotations

from goals_as_code.review import compare
from goals_as_code.source import config as config_module

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
    ]  # both, to show that one acceptance is told once, by one of the two


def head(repo: Repo) -> str:
    return repo.git("rev-parse", "HEAD").strip()[:10]


def test_the_manager_records_it(repo: Repo) -> None:
    [flag] = [
        f for f in flags(repo, GOOD_GOAL, accepted(GOOD_GOAL), author=MANAGER) if f.code == "C005"
    ]
    assert flag == (
        PATH,
        17,
        1,
        "C005",
        "acceptance-recorded",
        "info",
        f"accepted by Erik Eriksson <erik@example.com> in {head(repo)}",
    )


def test_an_admin_records_it_on_the_managers_behalf(repo: Repo) -> None:
    after = accepted(GOOD_GOAL, acting=ROOT[1])
    assert found(repo, after, ROOT) == [
        (
            17,
            "C005",
            f"accepted by Root Admin <root@example.com> on behalf of erik@example.com in "
            f"{head(repo)}",
        )
    ]


def test_in_swedish(repo: Repo) -> None:
    assert found(repo, accepted(GOOD_GOAL), MANAGER, lang="sv") == [
        (17, "C005", f"godkänt av Erik Eriksson <erik@example.com> i {head(repo)}")
    ]


def test_a_change_that_records_no_acceptance(repo: Repo) -> None:
    assert found(repo, GOOD_GOAL.replace("current: 36", "current: 30"), MANAGER) == []


def test_an_acceptance_made_before_the_range_is_not_told(repo: Repo) -> None:
    repo.write(PATH, accepted(GOOD_GOAL))
    base = repo.commit("Accept", name=MANAGER[0], email=MANAGER[1])
    repo.write(PATH, accepted(GOOD_GOAL).replace("current: 36", "current: 30"))
    repo.commit("Check in")
    review = compare.compare(config_module.load(repo.path), f"{base}..HEAD")
    assert [flag.code for change in review.changes for flag in change.flags] == ["C001"]


def test_an_acceptance_the_owner_wrote_is_not_told_as_accepted(repo: Repo) -> None:
    assert [code for _, code, _ in found(repo, accepted(GOOD_GOAL), AUTHOR)] == ["C006"]
