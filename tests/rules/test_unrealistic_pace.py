"""R005 unrealistic-pace."""

from __future__ import annotations

import pytest

from ..lint import LANGS, goal, hits, messages


def checked_in(
    lang: str, current: float, as_of: str = "2017-05-31", *edits: tuple[str, str]
) -> str:
    """The reference goal (48 -> 24 hours, 1 January to 30 June 2017) checked in at ``current``."""
    level = f"  target: 24\n  current: {current}\n  as_of: {as_of}\n"
    return goal(lang, None, ("  target: 24\n", level), *edits)


@pytest.mark.parametrize("lang", LANGS)
def test_a_target_far_beyond_the_pace_shown_is_reported_at_current(lang: str) -> None:
    # 4 hours in 150 days (0.8 a month); 20 hours left in 30 days (20 a month)
    assert hits("R005", checked_in(lang, 44), lang=lang) == [(13, "R005")]


@pytest.mark.parametrize("current", [30, 34, 24, 20])
def test_a_pace_within_reach_passes(current: float) -> None:
    # 34: 14 hours in 150 days (2.8 a month), 10 left in 30 days (10 a month): 3.6 times
    expected = [(13, "R005")] if current == 34 else []
    assert hits("R005", checked_in("en", current)) == expected


def test_the_factor_and_the_minimum_run_are_options() -> None:
    assert hits("R005", checked_in("en", 34), options={"R005": {"factor": 4.0}}) == []
    early = checked_in("en", 47.5, "2017-01-20")  # 19 days in
    assert hits("R005", early) == []
    assert hits("R005", early, options={"unrealistic-pace": {"min-days": 10}}) == [(13, "R005")]


def test_no_progress_yet_a_passed_deadline_or_a_closed_goal_is_not_this_rules() -> None:
    assert hits("R005", checked_in("en", 48)) == []  # nothing shown to compare with
    assert hits("R005", checked_in("en", 50)) == []  # the wrong way: the status says behind
    assert hits("R005", checked_in("en", 44, "2017-07-15")) == []
    done = ("status: active", "status: missed")
    assert hits("R005", checked_in("en", 44, "2017-05-31", done)) == []
    assert hits("R005", goal("en")) == []


def test_messages_give_both_paces() -> None:
    assert messages("R005", checked_in("en", 44)) == [
        "to reach 24 by 2017-06-30 the goal needs 20 hours a month, 25 times the 0.8 a month "
        "it has moved since 2017-01-01 (R); change the means, the target or the deadline, and "
        "agree on it"
    ]
    swedish = checked_in("sv", 44, "2017-05-31", ("unit: hours", "unit: timmar"))
    assert messages("R005", swedish, lang="sv") == [
        "för att nå 24 till 2017-06-30 behöver målet 20 timmar i månaden, 25 gånger de 0.8 i "
        "månaden det har rört sig sedan 2017-01-01 (R); ändra medlen, målnivån eller "
        "tidpunkten, och kom överens om det"
    ]


PARENT = ("status: active", "parent: team-speed\nstatus: active")


def peer(ident: str, current: float, *edits: tuple[str, str]) -> str:
    """A peer under the same parent, checked in at ``current`` on 31 May."""
    return checked_in("en", current, "2017-05-31", ("id: faster-replies", f"id: {ident}"), *edits)


@pytest.mark.parametrize("lang", LANGS)
def test_without_check_ins_the_peers_pace_speaks(lang: str) -> None:
    # needs 4 hours a month (48 -> 24 over 180 days); the peers moved 0.8 and 0.4 a month
    unit = ("unit: hours", "unit: timmar") if lang == "sv" else ("unit: hours", "unit: hours")
    text = goal(lang, None, PARENT, unit)
    others = (peer("bo", 44, PARENT, unit), peer("cia", 46, PARENT, unit))
    assert hits("R005", text, *others, lang=lang) == [(12, "R005")]
    said = {
        "en": "to reach 24 by 2017-06-30 the goal needs 4 hours a month, 5 times the 0.8 a month "
        "that 'bo', the fastest of its peers under 'team-speed', has shown (R); change the "
        "means, the target or the deadline, and agree on it",
        "sv": "för att nå 24 till 2017-06-30 behöver målet 4 timmar i månaden, 5 gånger de 0.8 i "
        "månaden som 'bo', den snabbaste av dess syskon under 'team-speed', har visat (R); "
        "ändra medlen, målnivån eller tidpunkten, och kom överens om det",
    }[lang]
    assert messages("R005", text, *others, lang=lang) == [said]


def test_peers_within_reach_other_parents_units_or_directions_do_not_count() -> None:
    text = goal("en", None, PARENT)
    assert hits("R005", text, peer("bo", 36, PARENT)) == []  # 2.4 a month: within 3 times
    assert hits("R005", text, peer("bo", 44)) == []  # no parent: not a peer
    assert hits("R005", text, peer("bo", 44, PARENT, ("unit: hours", "unit: days"))) == []
    # a goal with a pace of its own is judged by it, not by its peers
    own = checked_in("en", 30, "2017-05-31", PARENT)
    assert hits("R005", own, peer("bo", 47, PARENT)) == []
    assert hits("R005", goal("en"), peer("bo", 44, PARENT)) == []  # no parent, no peers
