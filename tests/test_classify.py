"""The classifier: the guide's own examples, their English translations, and the tricky cases."""

from __future__ import annotations

import pytest

from goals_as_code.classify import classify

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
