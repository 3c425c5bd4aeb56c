"""The classifier: the guide's own examples, their English translations, and the tricky cases."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goals_as_code.classify import KINDS, analyse, classify, detect_language

from .conftest import ROOT, run

# The source guide's examples, as the guide classifies them.
GUIDE = [
    (
        "Jag skall förbättra svarstiden på mina kundservicemail från idag 48 timmar till 24 timmar till den 30 juni 2017",
        "goal",
    ),
    (
        "Jag skall öka snittet på antalet affärer från 150 per månad till 160 månad under 2017",
        "goal",
    ),
    ("Jag skall sänka kostnaderna med 5 % för min funktion under 2017", "goal"),
    ("Antal kundmöten/vecka", "kpi"),
    ("Antal supportsamtal/dag", "kpi"),
    ("Vinstmarginal", "kpi"),
    ("Jag kommer i tid till mötet", "behaviour"),
    ("Jag informerar kunden om företagets produkter och tjänster", "behaviour"),
    ("Jag säger god morgon till mina kollegor", "behaviour"),
    ("Jag skall utveckla företagets rekryteringsprocess under första halvåret 2017", "activity"),
    ("Jag skall genomföra PM-samtal med samtliga mina medarbetare i teamet", "activity"),
    ("Jag skall implementera Scrum på vår IT-avdelning under 2017", "activity"),
    (
        "jag skall ta fram en beskrivning av teamets roller och ansvar och den skall vara klar om 3 månader",
        "activity",
    ),
]

# The same examples in English.
GUIDE_EN = [
    (
        "I will improve the response time to my customer service emails from 48 hours today to 24 hours by 30 June 2017",
        "goal",
    ),
    (
        "I will increase the average number of deals from 150 per month to 160 per month during 2017",
        "goal",
    ),
    ("I will reduce the costs of my function by 5 % during 2017", "goal"),
    ("Number of customer meetings per week", "kpi"),
    ("Number of support calls per day", "kpi"),
    ("Profit margin", "kpi"),
    ("I arrive on time for the meeting", "behaviour"),
    ("I inform the customer about the company's products and services", "behaviour"),
    ("I say good morning to my colleagues", "behaviour"),
    ("I will develop the company's recruitment process during the first half of 2017", "activity"),
    ("I will hold performance reviews with all the members of my team", "activity"),
    ("I will implement Scrum in our IT department during 2017", "activity"),
    (
        "I will write a description of the team's roles and responsibilities, to be finished within 3 months",
        "activity",
    ),
]


@pytest.mark.parametrize(("text", "kind"), GUIDE)
def test_guide_examples_in_swedish(text: str, kind: str) -> None:
    result = classify(text)
    assert result.lang == "sv"
    assert result.kind == kind, result.reasons


@pytest.mark.parametrize(("text", "kind"), GUIDE_EN)
def test_guide_examples_in_english(text: str, kind: str) -> None:
    result = classify(text)
    assert result.lang == "en"
    assert result.kind == kind, result.reasons


# --- tricky cases: the verb alone does not decide -------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # SMART and still an activity: the object is an artefact, not a result variable
        ("Implement X by March 31", "activity"),
        ("Implement the new CRM by March 31, 2026", "activity"),
        ("Jag ska implementera det nya affärssystemet senast 2026-03-31", "activity"),
        # "utveckla"/"develop": the object decides
        ("Jag ska utveckla företagets rekryteringsprocess", "activity"),
        ("Utveckla försäljningen i region syd med 12 % under 2025", "goal"),
        ("Develop the onboarding checklist for new hires", "activity"),
        ("Develop sales in the southern region by 12% in 2025", "goal"),
        # a result verb with a metric and a direction
        ("Increase revenue from 150 to 160 by 31 March 2025", "goal"),
        ("Öka intäkterna från 150 till 160 miljoner till den 31 mars 2025", "goal"),
        # verbless measures
        ("Antal kundmöten/vecka", "kpi"),
        ("Number of customer meetings per week", "kpi"),
        ("Andel nöjda kunder", "kpi"),
        ("Customer churn rate", "kpi"),
        # a verbless statement with a level to reach is a goal written tersely
        ("Svarstid på supportärenden högst 4 timmar senast 2026-06-30", "goal"),
        ("NPS above 50 by Q4 2026", "goal"),
        # frequency makes a behaviour
        ("I say good morning to my colleagues every day", "behaviour"),
        ("Jag säger god morgon till mina kollegor varje dag", "behaviour"),
        ("Jag loggar mina arbetstimmar dagligen", "behaviour"),
        ("We review open pull requests daily", "behaviour"),
        # ... but a result verb with a metric stays a goal even when it recurs
        ("Utsläppen ska varje år minska med 2,5 procent", "goal"),
        # "weekly" before a noun is an adjective, not a frequency
        ("Introduce weekly one-on-ones in my team", "activity"),
        # "maintain" with a level is a goal, without one a behaviour
        ("Maintain a customer satisfaction score above 90% during 2026", "goal"),
        ("I will maintain eye contact with the client", "behaviour"),
        # municipal goals: subject first, modal and verb last
        ("Andelen invånare som upplever att de är trygga ska öka", "goal"),
        ("Antalet resor med kollektivtrafiken ska öka", "goal"),
        # unknown verbs are found by their place after the subject or a modal
        ("Jag avbryter inte när andra pratar", "behaviour"),
        ("Greets customers at the beginning of conversations", "behaviour"),
        ("I am responsible for rolling out the new time-tracking tool this spring", "activity"),
        # "be" with a word for conduct is a behaviour; with a level it is a goal
        ("Be on time", "behaviour"),
        ("Jag är punktlig", "behaviour"),
        ("Be the market leader in the Nordics by 2028", "goal"),
        # a direction named without a verb is a goal; a piece of work named without one an activity
        ("10 % ökad försäljning till årsskiftet", "goal"),
        ("10% increase in sales by end of year", "goal"),
        ("Employee satisfaction survey", "activity"),
        ("Antal genomförda medarbetarsamtal", "kpi"),
        # a plural subject before the verb
        ("All customers get a reply within 24 hours", "goal"),
        # a job profile in the third person describes conduct
        ("Actively participates in team meetings", "behaviour"),
        ("He presents information in a structured manner", "behaviour"),
        # a state of the world is a goal; a state of the person ("Jag är ...") a behaviour
        ("Energianvändningen är hållbar", "goal"),
        ("Alla barn i Stockholm har goda och jämlika uppväxtvillkor", "goal"),
        ("Our customers are satisfied with our service", "goal"),
        # a level named as a target, after an acronym label
        ("FCR: target of at least 75% measured monthly", "goal"),
        # list markers and labels are not part of the statement
        ("KR1: Increase weekly active users from 12k to 20k by end of Q3", "goal"),
        ("- Genomföra en brandövning på kontoret i september.", "activity"),
    ],
)
def test_tricky_cases(text: str, kind: str) -> None:
    result = classify(text)
    assert result.rules_kind == kind, result.reasons
    assert result.kind == OVERRULED.get(text, kind), result.reasons


# Where the learnt weights read a tricky case otherwise than the word rules do. The rules' cue
# is still named in the reasons; the list keeps each such case in view, so a change shows.
OVERRULED = {
    "Employee satisfaction survey": "kpi",
    "Everyone in the team knows our goals": "behaviour",
    "Jag ska presentera mig själv för nya kunder": "activity",  # activity 0.57, behaviour 0.23
    "Strong employer brand among graduates": "kpi",  # kpi 0.57, goal 0.39: no G warning at 0.85
    # goal 0.79, behaviour 0.10: read right only while its own page was in the training corpus
    "Vi ska möta människor med empati och omtanke": "goal",
    "Öka antalet genomförda utbildningar från 2 till 6": "goal",
}


# Error classes seen on statements written by others, each in both languages where it applies,
# with the cue the classifier must name and the near miss that must keep its kind.
GENERALISATION = [
    # Swedish word order: an adverbial or the subject stands between the modal and the verb
    ("Innan 2027 ska sjukfrånvaron minska med 10 procent", "goal", "'minska'"),
    ("Under våren ska en ny mottagning etableras i centrum", "activity", "'etableras'"),
    ("I mötet ska chefen lyssna på alla medarbetare", "behaviour", "'lyssna'"),
    # auxiliary chains: a capability to reach is a result of its own
    ("Alla elever ska kunna gå till skolan och känna trygghet", "goal", "capability"),
    ("Varje medarbetare ska kunna sin roll i krisplanen", "goal", "capability"),
    ("Kommunen ska anses ha ett gott företagsklimat", "goal", "'ha'"),
    ("Customers will be able to pay by card in every shop", "goal", "capability"),
    ("Every new hire will be able to deploy on their first day", "goal", "capability"),
    # knowing and understanding are states to reach
    ("Everyone in the team knows our goals", "goal", "'knows'"),
    ("Alla medarbetare förstår verksamhetens mål", "goal", "'förstår'"),
    # a making verb whose object is a state or a superlative
    ("Make our API rock-solid reliable", "goal", "'reliable'"),
    ("Build the best onboarding in the industry", "goal", "'the best'"),
    ("Skapa det lägsta koldioxidavtrycket i branschen", "goal", "'det lägsta'"),
    ("Göra våra e-tjänster tillgängliga", "goal", "'tillgängliga'"),
    ("Kommunen ska arbeta för en minskad klimatpåverkan", "goal", "'minskad'"),
    ("Implement the latest version of the CRM", "activity", "work to do"),
    ("Ta fram det första utkastet till planen", "activity", "arbete"),
    # conduct shown by its manner or by a reflexive object
    ("I will introduce myself to the client", "behaviour", "'myself'"),
    ("Jag ska presentera mig själv för nya kunder", "behaviour", "'mig själv'"),
    ("Vi ska möta människor med empati och omtanke", "behaviour", "'med empati'"),
    ("We will resolve every complaint with respect", "behaviour", "'with respect'"),
    ("Jag ska presentera mig själv för styrelsen senast 1 mars 2027", "activity", "arbete"),
    # an English noun compound is headed by its last noun
    ("Boost website traffic", "goal", "'traffic'"),
    ("Improve the website", "activity", "'website'"),
    # a noun phrase headed by a level in words names a result, not a measure
    ("Hög tillgänglighet i alla kontakter med kommunen", "goal", "'hög'"),
    ("Strong employer brand among graduates", "goal", "'strong'"),
    ("Tillgänglighet i telefon", "kpi", "mått"),
    # a name in title case that ends in a measure word is a KPI, unless a result verb leads
    ("Open Positions Rate", "kpi", "no verb"),
    ("Reduce Churn Rate", "goal", "'reduce'"),
    # trait words after "be"/"stay" describe conduct
    ("Stay focused on the topic at hand", "behaviour", "way of acting"),
    ("Var nyfiken på nya idéer", "behaviour", "sätt att vara"),
    # the s-passive of a short verb is a verb: "ses", "ges", "nås"
    ("Listan ses över", "activity", "'ses'"),
    ("Rapporten ses över av styrelsen", "activity", "'ses'"),
    ("Kursen marknadsförs i länet", "activity", "'marknadsförs'"),
    ("Målet nås under 2027", "goal", "'nås'"),
    # counting the work done is still the work; a level of a result is held
    ("Hålla 12 utvecklingssamtal före juni", "activity", "'utvecklingssamtal'"),
    ("Hålla 4 workshops för chefer under hösten", "activity", "the work itself"),
    ("Öka antalet genomförda utbildningar från 2 till 6", "activity", "'utbildningar'"),
    ("Hålla kostnaderna under 2 miljoner", "goal", "holds a level"),
    ("Öka antalet deltagare från 2 till 6", "goal", "from 2 to 6"),
]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Förstås ska vi öka försäljningen med 5 %", "öka"),  # "of course", not a passive
        ("Stödet till föreningarna ges varje vecka", "ges"),
    ],
)
def test_the_s_passive_of_a_short_verb(text: str, verb: str) -> None:
    assert analyse(text).verb == verb


@pytest.mark.parametrize(("text", "kind", "cue"), GENERALISATION)
def test_generalising_cues(text: str, kind: str, cue: str) -> None:
    result = classify(text)
    assert result.rules_kind == kind
    assert result.kind == OVERRULED.get(text, kind)
    reasons = " ".join(result.reasons + result.reasons_in("sv"))
    assert cue in reasons


def test_activity_dressed_as_smart_goal_still_lacks_only_m() -> None:
    result = classify("Jag skall implementera Scrum på vår IT-avdelning under 2017")
    assert result.kind == "activity"
    assert result.missing == ("M",)


# --- missing SMART letters ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        (GUIDE[0][0], ()),
        (GUIDE[2][0], ()),
        ("Antal kundmöten/vecka", ("M", "A", "R", "T")),
        ("Vinstmarginal", ("S", "M", "A", "R", "T")),
        ("Increase revenue", ("M", "A", "R", "T")),
        ("Increase revenue by 10% in 2026", ("A", "R")),
        ("I will increase revenue by 10%", ("T",)),
        ("I will increase revenue in 2026", ("M",)),
        ("Jag ska bli bättre på att sälja", ("S", "M", "T")),
        ("We will cut costs by 5 % during 2026", ()),
    ],
)
def test_missing_letters(text: str, missing: tuple[str, ...]) -> None:
    assert classify(text).missing == missing


def test_missing_letters_are_in_smart_order() -> None:
    for text, _ in GUIDE + GUIDE_EN:
        missing = classify(text).missing
        assert list(missing) == [letter for letter in "SMART" if letter in missing]


# --- analysis for the SMART rules ------------------------------------------------------------


def test_analysis_of_the_guides_first_goal() -> None:
    a = analyse(GUIDE[0][0])
    assert (a.from_value, a.to_value, a.target) == (48.0, 24.0, 24.0)
    assert a.direction == "decrease"
    assert a.unit == "timmar"
    assert a.deadline == "2017-06-30"
    assert a.first_person is True
    assert a.numbers == (48.0, 24.0)  # the day and the year are a date, not quantities


def test_analysis_of_a_change_in_percent() -> None:
    a = analyse("Jag skall sänka kostnaderna med 5 % för min funktion under 2017")
    assert a.change_percent == -5.0
    assert a.direction == "decrease"
    assert a.deadline == "2017-12-31"
    assert a.date_text == "under 2017"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Raise the share of 3rd graders reading at grade level to 80% by 2026", 80.0),
        ("Increase the % of 3rd graders demonstrating reading proficiency", None),
        ("Finish 1st in the league and grow the club to 70 members", 70.0),
        ("Öka andelen elever som når målen i åk 3 till 90 %", 90.0),
        ("Nå 3:e plats i serien", None),
        ("Cut the reply time to 24 hours by June 2017", 24.0),
    ],
)
def test_an_ordinal_is_not_a_level_to_reach(text: str, target: float | None) -> None:
    assert analyse(text).target == target


def test_analysis_of_an_increase() -> None:
    a = analyse("Increase monthly sales by 15% during 2026")
    assert a.change_percent == 15.0
    assert a.direction == "increase"
    assert a.deadline == "2026-12-31"
    assert a.first_person is False


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Jag ska nå målet till den 30 juni 2017", "2017-06-30"),
        ("Jag ska nå målet senast 2017-06-30", "2017-06-30"),
        ("I will reach the target by 30 June 2017", "2017-06-30"),
        ("I will reach the target by June 30, 2017", "2017-06-30"),
        ("I will reach the target during 2017", "2017-12-31"),
        ("Jag ska nå målet under första halvåret 2017", "2017-06-30"),
        ("Reach the target in the first half of 2017", "2017-06-30"),
        ("Reach the target by Q3 2025", "2025-09-30"),
        ("Nå målet under tredje kvartalet 2025", "2025-09-30"),
        ("Reach the target by June 2025", "2025-06-30"),
        ("Reach the target by the end of 2025", "2025-12-31"),
        ("Nå målet före 2026", "2025-12-31"),
    ],
)
def test_deadlines(text: str, deadline: str) -> None:
    assert analyse(text).deadline == deadline


@pytest.mark.parametrize(
    ("text", "date_text"),
    [
        ("Beskrivningen ska vara klar om 3 månader", "om 3 månader"),
        ("Finish the description within three months", "within three months"),
        ("Implement X by March 31", "march 31"),
    ],
)
def test_relative_and_yearless_times_have_no_iso_date(text: str, date_text: str) -> None:
    a = analyse(text)
    assert a.date_text == date_text
    assert a.deadline is None


@pytest.mark.parametrize(
    ("text", "date_text"),
    [
        ("Finish the plan this summer", "this summer"),
        ("Klart under hösten", "under hösten"),
        ("Klart till hösten", "till hösten"),
        ("Vi målar om i vinter", "i vinter"),
        ("Vi ska flytta till jul", "till jul"),
        ("Klart till midsommar", "till midsommar"),
        ("Ship the app by the summer", "by the summer"),
        ("Target another marathon in the fall", "in the fall"),
        ("I vår ska vi måla om", "i vår"),
        ("Klart i vår", "i vår"),
        ("Review the budget every quarter", None),
        ("Be kind to each other", None),
        # "i vår" before a noun is "in our"; a season alone is no time
        ("Vi ska öka nöjdheten i vår verksamhet", None),
        ("Summer camp for all children", None),
        ("Hold a spring cleaning day", None),
    ],
)
def test_a_time_without_a_digit_is_found_by_its_words(text: str, date_text: str | None) -> None:
    assert analyse(text).date_text == date_text


@pytest.mark.parametrize(
    ("text", "date_text"),
    [
        ("By Spring 2024, 60 % of students read at grade level", "by spring 2024"),
        ("Öppna caféet till våren 2026", "till våren 2026"),
        ("Hösten 2025 öppnar vi caféet", "hösten 2025"),
        ("Open the café in the fall of 2025", "in the fall of 2025"),
        ("Deliver the report before Christmas 2026", "before christmas 2026"),
    ],
)
def test_a_season_with_a_year_is_one_time_phrase_with_no_iso_date(
    text: str, date_text: str
) -> None:
    # When a season ends is the team's choice: the phrase pins no day down, and no year alone
    # is taken from it.
    a = analyse(text)
    assert (a.date_text, a.deadline) == (date_text, None)


def test_a_season_is_time_enough_for_the_letter_t() -> None:
    assert "T" not in classify("Vi ska flytta kontoret till hösten").missing
    assert "T" not in classify("We will move the office by the summer").missing
    assert "T" in classify("Vi ska öka nöjdheten i vår verksamhet").missing


def test_alla_before_a_verb_in_the_present_is_its_subject() -> None:
    assert analyse("Alla säger hej när de kommer").verb == "säger"
    assert analyse("Samtliga deltar aktivt i mötena").verb == "deltar"
    assert analyse("Alla planer ska vara klara i maj").verb != "planer"


def test_every_date_pattern_that_needs_no_digit_names_the_words_it_needs() -> None:
    # A statement with no digit and none of these words skips every pattern (dates.find).
    from goals_as_code.classify import dates

    plan = dates._PLAN
    assert [name for _, name, _, _, _ in plan] == [name for name, _ in dates._DATE_RES]
    assert all(trigger for _, _, _, needs_digit, trigger in plan if not needs_digit)
    assert all(trigger <= dates._ANY_TRIGGER for *_, trigger in plan if trigger)


def test_no_time_no_numbers() -> None:
    a = analyse("Improve customer trust")
    assert (a.date_text, a.deadline, a.numbers, a.from_value, a.change_percent) == (
        None,
        None,
        (),
        None,
        None,
    )
    assert a.verb == "improve"
    assert a.verb_class == "result"


def test_numbers_in_swedish_and_english_notation() -> None:
    assert analyse("Öka andelen från 2,5 % till 3,75 %").from_value == 2.5
    assert analyse("Öka andelen från 2,5 % till 3,75 %").to_value == 3.75
    assert analyse("Nå 40 000 besökare per match").numbers == (40000.0,)
    assert analyse("Reach 10,000 active users").numbers == (10000.0,)


def test_frequency_and_first_person() -> None:
    a = analyse("Jag hälsar på mina medarbetare varje morgon")
    assert a.frequency == "varje morgon"
    assert a.first_person is True
    b = analyse("Greets customers at the beginning of conversations")
    assert b.frequency is None
    assert b.first_person is False


# --- language ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jag skall sänka kostnaderna med 5 % under 2017", "sv"),
        ("Antal kundmöten/vecka", "sv"),
        ("Vinstmarginal", "sv"),
        ("Soliditet", "sv"),
        ("Rörelsemarginal", "sv"),
        ("I will reduce costs by 5 % during 2017", "en"),
        ("Profit margin", "en"),
        ("Customer retention rate", "en"),
        ("Implement Scrum in our IT department", "en"),
        # a small "i" is the Swedish preposition, a capital "I" the English pronoun
        ("Spring inte i badhuset", "sv"),
        ("Ekonomi i balans", "sv"),
        ("I Komarken ska en familjecentral etableras", "sv"),
        ("i will greet every customer with a smile", "en"),
        ("Run a marathon in under 4 hours", "en"),
        # Swedish function words that are no English words
        ("Ingen fattigdom", "sv"),
        ("Fler Lundabor i arbete", "sv"),
        # "in" is English and Swedish alike ("Lämna in rapporten"): it counts for neither
        ("Staket oljas in", "sv"),
        ("Lämna in rapporten", "sv"),
        ("Sales in Q3", "en"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang
    assert classify(text).lang == lang


def test_language_can_be_forced() -> None:
    assert classify("Vinstmarginal", lang="en").lang == "en"
    assert classify("Profit margin", lang="sv").lang == "sv"


# --- reasons --------------------------------------------------------------------------------


def test_reasons_in_both_languages() -> None:
    result = classify(GUIDE[2][0])
    english = result.reasons_in("en")
    swedish = result.reasons_in("sv")
    assert english == result.reasons
    assert len(swedish) == len(english)
    assert "main verb 'sänka' (changes or holds a result)" in english
    assert "huvudverb 'sänka' (ändrar eller håller ett resultat)" in swedish
    assert "skrivet i jag-form" in swedish


def test_a_reason_made_once_is_said_by_its_values_and_their_types() -> None:
    """The reasons are cached: a value that is a message and a plain string with the same
    English text are said differently in Swedish, so they must not share a cache entry."""
    from goals_as_code.classify import reading
    from goals_as_code.i18n.messages import message

    wording = "main verb '{v}' ({c})"
    translated = reading.message(wording, v="ses", c=message("conduct"))
    plain = reading.message(wording, v="ses", c="conduct")
    assert translated == plain  # the same English
    assert translated.say("sv") == "huvudverb 'ses' (ett beteende)"
    assert plain.say("sv") == "huvudverb 'ses' (conduct)"
    assert reading.message(wording, v="ses", c=message("conduct")) is translated


def test_reasons_name_the_cues() -> None:
    reasons = classify("Antal supportsamtal/dag").reasons
    assert "no verb: a noun phrase" in reasons
    assert "it names a measure ('antal'), not a level to reach by a date" in reasons
    reasons = classify("Jag säger god morgon varje dag").reasons
    assert "it recurs: 'varje dag'" in reasons


def test_classification_keeps_the_text_as_given() -> None:
    text = "  - Öka försäljningen med 5 % under 2026.  "
    result = classify(text)
    assert result.text == text
    assert result.kind == "goal"
    assert KINDS == ("goal", "kpi", "activity", "behaviour")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("12 % tillväxt", "goal"),  # a result with its level in per cent
        ("Svarstid under 2 timmar", "goal"),  # a result with a bound to keep
        ("Kundnöjdhet över 80 %", "goal"),
        ("Andel ärenden lösta inom 2 timmar", "kpi"),  # a measure, led by "andel"
        ("Number of calls per day", "kpi"),
        ("Being punctual", "behaviour"),  # a way of being, as a gerund
    ],
)
def test_terse_levels_and_gerunds_of_being_read_by_the_word_rules(text: str, kind: str) -> None:
    assert classify(text).rules_kind == kind


# --- the examples in the README and docs/classify.md ------------------------------------------

SCRUM = "Jag skall implementera Scrum på vår IT-avdelning under 2017"


@pytest.mark.parametrize("doc", ["README.md", "docs/classify.md"])
def test_the_documented_example_is_what_goals_classify_prints(
    doc: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (ROOT / doc).read_text(encoding="utf-8")
    command = f'$ goals classify "{SCRUM}"\n'
    shown = text.split(command)[1].split("\n\n")[0].split("```")[0].rstrip("\n")
    code, printed, _ = run(capsys, "classify", SCRUM)
    assert code == 0
    assert shown == printed.rstrip("\n"), f"{doc}: rerun the command and paste its output"


def test_the_documented_jsonl_scores_are_the_classifiers() -> None:
    text = (ROOT / "docs" / "classify.md").read_text(encoding="utf-8")
    for statement in ("Antal kundmöten/vecka", "I greet my colleagues every day"):
        line = next(x for x in text.splitlines() if x.startswith(f'{{"text": "{statement}"'))
        result = classify(statement)
        assert f'"confidence": {result.confidence}' in line, line
        if '"scores": {...}' not in line:
            assert f'"scores": {json.dumps(result.scores)}' in line, line


@pytest.mark.parametrize("head", ["kostnaderna", "kundnöjdheten"])
def test_a_swedish_compound_is_read_by_its_last_part_however_long(head: str) -> None:
    # the endings of a word are looked up together up to 63 letters, one by one beyond
    assert len("personalutbildnings" * 4 + head) > 63
    for prefix in ("", "personal", "personalutbildnings" * 4):
        found = analyse(f"Vi ska sänka {prefix}{head} med 5 %", "sv")
        assert found.result_object == prefix + head
    assert analyse("Vi ska sänka personalutbildningarna med 5 %", "sv").result_object is None


# A statement is cleaned as these substitutions cleaned it (list markers and labels at the
# start, a final run of full stops, runs of spaces); the code does it with string methods.
_SPACES = re.compile(r"\s+")
_FINAL_STOP = re.compile(r"\s*[.;!]+\s*$")
_PIECES = st.sampled_from(
    [
        *(" ", "\t", "\n", "\u00a0", "\u2003", ".", ";", "!", ":", "-", "*", "•", "–", "1", ")"),
        *("KR1: ", "kr 2) ", "Mål: ", "goal 2: ", "Key result - ", "FCR: ", "- ", "1. ", " . "),
        *("Öka", "nöjdheten", "Reduce", "churn", "x", "ÅÄ", "(", "%", "42"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_a_statement_is_cleaned_as_the_substitutions_cleaned_it(text: str) -> None:
    from goals_as_code.classify import reading

    spaced = _SPACES.sub(" ", text).strip()
    expected = _FINAL_STOP.sub("", reading._ACRONYM_LABEL.sub("", reading._PREFIX.sub("", spaced)))
    assert reading._clean(text) == expected
