"""What the classifier says of a statement, as records that need none of its machinery: a
reading kept from an earlier run (``goals_as_code.classify.remember``) is one of these, made
without compiling a pattern or loading a word list."""

from __future__ import annotations

from typing import NamedTuple

from goals_as_code.i18n.messages import N_

LETTERS = ("S", "M", "A", "R", "T")

# What each missing letter means, for people reading the output.
LETTER_MEANINGS: dict[str, str] = {
    "S": N_("Specific: name the result to reach clearly"),
    "M": N_("Measurable: give a level to reach (a number, from ... to ..., by ... %)"),
    "A": N_("Accepted: write it in the first person (I/we), agreed with the manager"),
    "R": N_("Realistic: the owner (I/we) and the manager believe it will be reached"),
    "T": N_("Time-bound: give a date or period by which it is reached"),
}


class Analysis(NamedTuple):
    """What the text of a statement says, as the SMART rules need it.

    ``numbers`` are the quantities in the text other than dates and years. ``from_value`` and
    ``to_value`` come from "från 48 till 24" / "from 150 to 160"; ``target`` is the level to
    reach (``to_value``, or the number after "to", "till", "minst", "at least", ...).
    ``change_percent`` comes from "by 5 %" / "med 5 %" (negative when the verb decreases).
    ``direction`` is "increase", "decrease", "at_least", "at_most" or None. ``date_text`` is the
    time phrase as written; ``deadline`` is its ISO date when it names one ("by 30 June 2017",
    "till den 30 juni 2017", "senast 2017-06-30"), the last day of the period for "under 2017",
    "during 2017", "first half of 2017", "Q3 2025", "by June 2025", or None when relative
    ("within 3 months").
    """

    lang: str
    numbers: tuple[float, ...]
    from_value: float | None
    to_value: float | None
    target: float | None
    change_percent: float | None
    unit: str | None
    direction: str | None
    date_text: str | None
    deadline: str | None
    first_person: bool
    frequency: str | None  # the frequency adverbial as written, e.g. "varje dag"
    verb: str | None  # the main verb as written
    verb_class: str | None  # result, activity, behaviour, either, state, hold, unknown
    modal: bool  # "ska", "will", "kommer att": an intention, not a habit
    present: bool  # a present-tense main verb without a modal ("Jag säger", "I greet")
    result_object: str | None  # a result variable named in the text ("svarstiden")
    artefact_object: str | None  # an artefact or event named in the text ("process")
    measure: str | None  # a measure phrase ("antal", "per day", "margin")
    vague: str | None  # a vague word with no number to back it ("better", "mer")
    content_words: int  # words that carry meaning (not pronouns, modals or particles)
    change_word: str | None  # a direction without a verb: "ökad", "increase", "fewer"
    habitual: bool  # present tense of the person ("Jag informerar", "Greets customers")
    head: str | None  # the last word of the statement outside parentheses


class Classification(NamedTuple):
    """The kind a statement reads as, how sure that is, the SMART letters its text lacks, and why.

    ``kind`` is the most likely of :data:`KINDS`, or ``"unclear"`` when no kind is likely
    enough or a goal comes too close to call (see :meth:`model.Model.verdict`). ``scores``
    holds a calibrated probability per kind and ``confidence`` the highest of them.
    ``missing`` holds letters among S M A R T in that order. A and R can only be judged from
    the text by the first-person form ("jag-form"); agreement and belief are recorded in the
    front matter and checked elsewhere.
    """

    text: str
    lang: str  # "sv" | "en"
    kind: str  # "goal" | "activity" | "behaviour" | "kpi" | "unclear"
    missing: tuple[str, ...]
    reasons: tuple[str, ...]  # in English
    confidence: float  # the highest score, 0-1
    scores: dict[str, float]  # kind -> calibrated probability; they add up to 1
    rules_kind: str  # the kind the hand-written word rules alone give: one cue among the others
    reasons_sv: tuple[str, ...]  # the same reasons in Swedish

    def reasons_in(self, lang: str) -> tuple[str, ...]:
        """The same reasons in ``lang`` ("sv"; any other: English)."""
        return self.reasons_sv if lang == "sv" else self.reasons
