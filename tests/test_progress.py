"""Progress, pace, status and staleness: hand-computed values for every direction and rule."""

from __future__ import annotations

import datetime

import pytest

from goals_as_code.source import progress as calc

D = datetime.date


@pytest.mark.parametrize(
    ("direction", "baseline", "target", "current", "expected"),
    [
        ("increase", 150, 160, 155, 0.5),  # half way from 150 to 160
        ("increase", 150, 160, 150, 0.0),
        ("increase", 150, 160, 172, 2.2),  # passing the target is allowed: 22/10
        ("increase", 150, 160, 140, -1.0),  # below the baseline
        ("decrease", 48, 24, 36, 0.5),  # the guide's reply time: 12 of 24 hours cut
        ("decrease", 48, 24, 30, 0.75),
        ("decrease", 48, 24, 50, -2 / 24),
        ("decrease", 100, 95, 94, 1.2),
        ("at_least", None, 90, 90, 1.0),
        ("at_least", None, 90, 89.9, 0.0),
        ("at_most", None, 5, 5, 1.0),
        ("at_most", None, 5, 6, 0.0),
        ("range", None, [20, 30], 25, 1.0),
        ("range", None, [20, 30], 20, 1.0),
        ("range", None, [30, 20], 31, 0.0),  # bounds in either order
        ("binary", None, 1, 1, 1.0),
        ("binary", None, 1, 0, 0.0),
        ("binary", None, None, 1, 1.0),
    ],
)
def test_progress_by_direction(
    direction: str, baseline: float | None, target: object, current: float, expected: float
) -> None:
    result = calc.progress(direction, baseline, target, current)  # type: ignore[arg-type]
    assert result.problem is None
    assert result.value == pytest.approx(expected)


def test_target_equal_to_baseline_is_a_problem_not_a_division() -> None:
    result = calc.progress("increase", 10, 10, 12)
    assert result.value is None
    assert result.problem is not None
    assert "target equals the baseline (10)" in str(result.problem)
    assert calc.progress("decrease", 5.5, 5.5, 5).problem is not None


@pytest.mark.parametrize(
    ("direction", "baseline", "target", "words"),
    [
        (None, None, None, "no metric"),
        ("increase", None, 10, "no baseline"),
        ("decrease", 10, None, "no target"),
        ("range", None, 5, "[low, high]"),
        ("sideways", 1, 2, "unknown direction"),
    ],
)
def test_missing_levels_are_named(
    direction: str | None, baseline: float | None, target: float | None, words: str
) -> None:
    result = calc.progress(direction, baseline, target, 3)
    assert result.value is None
    assert result.problem is not None
    assert words in str(result.problem)


def test_no_current_value_is_no_progress_and_no_problem() -> None:
    assert calc.progress("increase", 1, 2, None) == calc.Progress(None, None)
    assert calc.progress("range", None, [1, 2], None) == calc.Progress(None, None)


def test_capped_keeps_roll_ups_between_0_and_1() -> None:
    assert calc.capped(2.2) == 1.0
    assert calc.capped(-0.5) == 0.0
    assert calc.capped(0.4) == 0.4
    assert calc.capped(None) == 0.0


def test_elapsed_share_of_time() -> None:
    start, deadline = D(2017, 1, 1), D(2017, 1, 11)  # ten days
    assert calc.elapsed(start, deadline, D(2017, 1, 6)) == 0.5
    assert calc.elapsed(start, deadline, D(2016, 12, 1)) == 0.0
    assert calc.elapsed(start, deadline, D(2017, 2, 1)) == 1.0
    assert calc.elapsed(None, deadline, D(2017, 1, 6)) is None


def test_pace_is_progress_over_time_elapsed() -> None:
    assert calc.pace(0.4, 0.5) == calc.Pace(0.5, 0.8)
    assert calc.pace(0.4, 0.0).ratio is None
    assert calc.pace(None, 0.5).ratio is None


START, DEADLINE = D(2017, 1, 1), D(2017, 1, 11)  # ten days


def _status(
    progress: float | None,
    day: datetime.date,
    *,
    direction: str = "increase",
    declared: str | None = "active",
    start: datetime.date | None = START,
    deadline: datetime.date | None = DEADLINE,
    problem: str | None = None,
    on_track: float = 0.9,
    at_risk: float = 0.7,
) -> str:
    inputs = calc.Inputs(direction, progress, declared, start, deadline, day, problem)
    return calc.status(inputs, on_track=on_track, at_risk=at_risk)


MID = D(2017, 1, 6)  # half the time elapsed


@pytest.mark.parametrize(
    ("progress", "expected"),
    [
        (0.45, calc.ON_TRACK),  # pace 0.90: exactly the on-track threshold
        (0.449, calc.AT_RISK),  # pace 0.898
        (0.35, calc.AT_RISK),  # pace 0.70: exactly the at-risk threshold
        (0.349, calc.BEHIND),
        (0.0, calc.BEHIND),
        (0.9, calc.ON_TRACK),
        (1.0, calc.ACHIEVED),
    ],
)
def test_pace_thresholds(progress: float, expected: str) -> None:
    assert _status(progress, MID) == expected


def test_thresholds_are_configurable() -> None:
    assert _status(0.3, MID) == calc.BEHIND
    assert _status(0.3, MID, on_track=0.5, at_risk=0.2) == calc.ON_TRACK
    assert _status(0.2, MID, on_track=0.5, at_risk=0.4) == calc.AT_RISK


def test_declared_end_states_win() -> None:
    assert _status(0.1, MID, declared="achieved") == calc.ACHIEVED
    assert _status(1.5, MID, declared="missed") == calc.MISSED
    assert _status(1.5, MID, declared="dropped") == calc.DROPPED


def test_after_the_deadline() -> None:
    after = D(2017, 1, 12)
    assert _status(0.8, after) == calc.OVERDUE  # still active, not reached
    assert _status(1.0, after) == calc.ACHIEVED
    assert _status(None, after) == calc.OVERDUE
    assert _status(0.8, after, declared="missed") == calc.MISSED
    # the deadline day itself is not yet overdue: all the time has elapsed, pace 0.8
    assert _status(0.8, D(2017, 1, 11)) == calc.AT_RISK


def test_not_started() -> None:
    assert _status(0.0, D(2016, 12, 31)) == calc.NOT_STARTED  # before the start
    assert _status(None, MID) == calc.NOT_STARTED  # nothing measured yet
    assert _status(0.5, MID, declared="draft") == calc.NOT_STARTED
    assert _status(0.5, MID, declared="proposed") == calc.NOT_STARTED


def test_unknown_when_progress_cannot_be_computed() -> None:
    assert _status(None, MID, problem="the target equals the baseline") == calc.UNKNOWN
    assert _status(0.5, MID, deadline=None) == calc.UNKNOWN


def test_maintain_goals_are_in_or_out_until_the_deadline() -> None:
    for direction in ("at_least", "at_most", "range"):
        assert _status(1.0, MID, direction=direction) == calc.ON_TRACK
        assert _status(0.0, MID, direction=direction) == calc.BEHIND
        assert _status(1.0, D(2017, 2, 1), direction=direction) == calc.ACHIEVED
        assert _status(0.0, D(2017, 2, 1), direction=direction) == calc.OVERDUE


@pytest.mark.parametrize(
    ("frequency", "last", "expected"),
    [
        ("weekly", D(2017, 3, 24), False),  # 7 days: on time
        ("weekly", D(2017, 3, 23), True),  # 8 days
        ("daily", D(2017, 3, 30), False),
        ("daily", D(2017, 3, 29), True),
        ("biweekly", D(2017, 3, 17), False),
        ("biweekly", D(2017, 3, 16), True),
        ("monthly", D(2017, 2, 28), False),  # 31 days
        ("monthly", D(2017, 2, 27), True),
        ("quarterly", D(2016, 12, 29), False),  # 92 days
        ("quarterly", D(2016, 12, 28), True),
        ("yearly", D(2016, 3, 30), False),  # 366 days
        ("yearly", D(2016, 3, 29), True),
        ("each-meeting", D(2010, 1, 1), False),  # free text is not judged
        (None, D(2010, 1, 1), False),
    ],
)
def test_staleness(frequency: str | None, last: datetime.date, expected: bool) -> None:
    assert calc.stale(frequency, last, None, D(2017, 3, 31)) is expected


def test_staleness_without_a_check_in_counts_from_the_start() -> None:
    assert calc.stale("weekly", None, D(2017, 3, 20), D(2017, 3, 31)) is True
    assert calc.stale("weekly", None, D(2017, 3, 28), D(2017, 3, 31)) is False
    assert calc.stale("weekly", None, None, D(2017, 3, 31)) is False
