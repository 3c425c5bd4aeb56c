"""Progress, pace, status and staleness of one goal: pure functions of its numbers and dates.

Nothing here reads files or Git; ``report.py`` gathers the inputs. The rules are documented in
``docs/report.md``, and that page and these functions must say the same thing.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import NamedTuple

from goals_as_code.i18n.messages import N_, Message, message
from goals_as_code.source.fields import FREQUENCY_DAYS, show

# Statuses, in the order a reader cares about them.
ACHIEVED = "achieved"
MISSED = "missed"
DROPPED = "dropped"
OVERDUE = "overdue"
BEHIND = "behind"
AT_RISK = "at-risk"
ON_TRACK = "on-track"
NOT_STARTED = "not-started"
UNKNOWN = "unknown"
STATUSES = (OVERDUE, BEHIND, AT_RISK, ON_TRACK, NOT_STARTED, ACHIEVED, MISSED, DROPPED, UNKNOWN)
# The colour of each status wherever a page shows it (the HTML report, the conversation, a card).
COLORS = {
    ON_TRACK: "#1a7f37",
    AT_RISK: "#b35900",
    BEHIND: "#c62828",
    ACHIEVED: "#0b6e4f",
    MISSED: "#8e1b1b",
    OVERDUE: "#a4161a",
    NOT_STARTED: "#6b7280",
    DROPPED: "#9ca3af",
    UNKNOWN: "#7c3aed",
}

CLOSED = ("achieved", "missed", "dropped")  # the file's own status values that end a goal
MAINTAIN = ("at_least", "at_most", "range")  # directions judged in or out, not by distance

DEFAULT_ON_TRACK = 0.9
DEFAULT_AT_RISK = 0.7

# Expected days between check-ins, per `frequency`; free text (e.g. each-meeting) is not judged.


class Progress(NamedTuple):
    """How far a goal has come: ``value`` (1.0 = target reached; may pass 1 or go below 0), or
    None with the ``problem`` that stops it being computed."""

    value: float | None
    problem: Message | None = None


class Pace(NamedTuple):
    """Progress against time: ``expected`` is the share of time elapsed (0..1), ``ratio`` is
    progress / expected (None when no time has elapsed or nothing can be compared)."""

    expected: float | None
    ratio: float | None


def progress(
    direction: str | None,
    baseline: float | None,
    target: float | Sequence[float] | None,
    current: float | None,
) -> Progress:
    """The progress of a measured goal at its latest value ``current``.

    increase/decrease: the share of the way from baseline to target, ``(current - baseline) /
    (target - baseline)``, which for decrease is the mirror ``(baseline - current) / (baseline -
    target)``; at_least/at_most/range: 1 when current is on the right side of the target (in the
    range), else 0; binary: 1 when current is not 0, else 0. No current value: progress None, with
    no problem (nothing measured yet).
    """
    if direction is None:
        return Progress(
            None, message(N_("no metric: add 'metric' with unit, direction, baseline and target"))
        )
    if direction == "binary":
        if current is None:
            return Progress(None)
        return Progress(1.0 if current != 0 else 0.0)
    if direction == "range":
        if not isinstance(target, Sequence) or len(target) != 2:
            return Progress(None, message(N_("a range goal needs 'metric.target' as [low, high]")))
        low, high = sorted(float(bound) for bound in target)
        if current is None:
            return Progress(None)
        return Progress(1.0 if low <= current <= high else 0.0)
    if target is None or isinstance(target, Sequence):
        return Progress(None, message(N_("no target: set 'metric.target' to a number")))
    if direction in ("at_least", "at_most"):
        if current is None:
            return Progress(None)
        inside = current >= target if direction == "at_least" else current <= target
        return Progress(1.0 if inside else 0.0)
    if direction in ("increase", "decrease"):
        if baseline is None:
            return Progress(
                None, message(N_("no baseline: set 'metric.baseline' to where the goal started"))
            )
        if target == baseline:
            return Progress(
                None,
                message(
                    N_(
                        "the target equals the baseline ({baseline}): there is no way to go, so "
                        "progress cannot be computed; change 'metric.target'"
                    ),
                    baseline=show(baseline),
                ),
            )
        if current is None:
            return Progress(None)
        if direction == "increase":
            return Progress((current - baseline) / (target - baseline))
        return Progress((baseline - current) / (baseline - target))
    return Progress(None, message(N_("unknown direction '{direction}'"), direction=direction))


def capped(value: float | None) -> float:
    """Progress as it counts in a roll-up: between 0 and 1 (no credit beyond the target, and
    nothing below the baseline); an unknown progress counts as 0."""
    if value is None:
        return 0.0
    return min(1.0, max(0.0, value))


def elapsed(
    start: datetime.date | None, deadline: datetime.date | None, day: datetime.date
) -> float | None:
    """The share of the time from start to deadline that has passed on ``day``, 0..1."""
    if start is None or deadline is None:
        return None
    total = (deadline - start).days
    if total <= 0:
        return 1.0 if day >= deadline else 0.0
    return min(1.0, max(0.0, (day - start).days / total))


def pace(value: float | None, expected: float | None) -> Pace:
    """Progress divided by the share of time elapsed (1.0 = exactly on the straight line)."""
    if value is None or expected is None or expected <= 0:
        return Pace(expected, None)
    return Pace(expected, value / expected)


class Inputs(NamedTuple):
    """What the status of one goal depends on."""

    direction: str | None
    progress: float | None
    declared: str | None  # the file's own status: draft, proposed, active, achieved, ...
    start: datetime.date | None
    deadline: datetime.date | None
    day: datetime.date  # the date the picture is drawn for
    problem: Message | None = None


def status(
    inputs: Inputs, *, on_track: float = DEFAULT_ON_TRACK, at_risk: float = DEFAULT_AT_RISK
) -> str:
    """The goal's status on ``inputs.day``; the first rule that applies wins (docs/report.md)."""
    declared, day, deadline = inputs.declared, inputs.day, inputs.deadline
    value = inputs.progress
    if declared == "dropped":
        return DROPPED
    if declared == "achieved":
        return ACHIEVED
    if declared == "missed":
        return MISSED
    maintain = inputs.direction in MAINTAIN
    past = deadline is not None and day > deadline
    if value is not None and value >= 1 and (not maintain or past):
        return ACHIEVED
    if past:
        return OVERDUE
    if declared in ("draft", "proposed"):
        return NOT_STARTED
    if inputs.start is not None and day < inputs.start:
        return NOT_STARTED
    if inputs.problem is not None:
        return UNKNOWN
    if value is None:
        return NOT_STARTED
    if maintain:
        return ON_TRACK if value >= 1 else BEHIND
    if deadline is None:
        return UNKNOWN
    ratio = pace(value, elapsed(inputs.start, deadline, day)).ratio
    if ratio is None or ratio >= on_track:
        return ON_TRACK
    if ratio >= at_risk:
        return AT_RISK
    return BEHIND


def contradicts(declared: object, value: float | None) -> bool:
    """Whether the numbers say the opposite of a declared end: ``achieved`` short of the target
    (progress below 1) or ``missed`` with the target reached (progress 1 or more)."""
    if value is None:
        return False
    return (declared == "achieved" and value < 1) or (declared == "missed" and value >= 1)


# The longest gap between check-ins of a statement whose `frequency` is not set (or not one of
# the known words): the stale-checkin rule's default and the report's.
DEFAULT_STALE_DAYS = 45


def stale(
    frequency: str | None,
    last: datetime.date | None,
    since: datetime.date | None,
    day: datetime.date,
    default_days: int | None = DEFAULT_STALE_DAYS,
) -> bool:
    """Whether a check-in is overdue on ``day``: more days have passed since the last check-in
    (or, with none yet, since ``since``, the start) than ``frequency`` allows, or
    ``default_days`` when it sets none (None: then never stale)."""
    days = FREQUENCY_DAYS.get(frequency.strip().lower()) if frequency else None
    if days is None:
        days = default_days
    if days is None:
        return False
    reference = last if last is not None else since
    if reference is None:
        return False
    return (day - reference).days > days
