"""The per-article and per-sentence lookups claim reading uses in place of scans give the same
answers as the scans: names that are no subjects (skipped where an article holds none of their
words) and a sentence's triggers by their words."""

import pytest

from factcheck.api import subject_index
from factcheck.claims.context import ArticleContext
from factcheck.claims.vocabulary import vocabulary
from factcheck.model import Article
from factcheck.sentences import split_sentences

NAME_TEXTS = [
    "The Norwegian Refugee Council said 3,000 families had fled Mosul.",
    "The norwegian Refugee Council counted 2 million displaced in Yemen.",
    "A Danish Refugee Council team reached 40,000 people in Idlib.",
    "Norwegian refugees and the Refugee Council of Australia met in Oslo.",
    "Refugee Council staff said 1.2 million Sudanese had crossed into Chad.",
    "Ivory Coast hosted the Africa Cup of Nations, watched by 30 million.",
    "The Africa Cup drew 1.1 million fans; the Asian Cup drew fewer.",
    "asian Cup tickets sold out in Doha, where 2.9 million people live.",
    "In English-speaking Cameroon, 700,000 people have fled their homes.",
    "english-speaking regions, home to 5 million, saw 4,000 deaths.",
    "Many French-speaking Swiss voted, and 2 million Arabic-speaking residents too.",
    "The Spanish-speaking world counts 500 million people.",
    "Portuguese-speaking Mozambique has 33 million people; Portuguese speaking is rarer.",
    "Russian-speaking Ukrainians, some 8 million of them, fled west.",
    "Ukraine's Russian speakers number 8 million, the census said.",
    "Speaking in Geneva, the council said 6.8 million Syrians were refugees.",
    "No name here: 24,000 people were displaced by floods in Assam.",
    "",
    "The EnglishSpeaking club and the Norwegian Refugee Councils met.",
    "xNorwegian Refugee Council and Danish Refugee Council (DRC) both reported 1,000 arrivals.",
    "Arrivals rose: Asian Cup, Africa Cup of Nations and English-speaking fans, 12,000 in all.",
]


@pytest.mark.parametrize("text", NAME_TEXTS)
def test_names_not_subjects_in_finds_what_a_scan_finds(text):
    v = vocabulary()
    assert v.names_not_subjects_in(text) == [m.span() for m in v.names_not_subjects.finditer(text)]


def test_names_not_subjects_in_finds_some_names():
    v = vocabulary()
    found = [text for text in NAME_TEXTS if v.names_not_subjects_in(text)]
    assert len(found) >= 10 and NAME_TEXTS[0] in found and NAME_TEXTS[16] not in found


TRIGGER_TEXTS = [
    "More than 3,00,000 people have died and 6 million refugees have fled the war in Syria.",
    "The war has killed 500,000 people, displaced 12 million and killed or injured 2 million more.",
    "Some 5.6 million refugees and 6.2 million internally displaced: 11.8 million displaced.",
    "Refugees in Lebanon number 1.5 million; refugees in Jordan, 650,000; refugees elsewhere, few.",
    "Uganda hosts 1.4 million refugees, and Kenya hosts 500,000 refugees.",
    "Deaths rose to 1,200, injuries to 3,400, and deaths among children to 300.",
    "The population of 44 million, the population before the war, fell to 37 million.",
    "The floods displaced 2.2 million people in Assam and displaced 400,000 more in Bihar.",
    "India's population is 1.43 billion; China's population is 1.41 billion.",
    "A budget of Rs 2.3 lakh crore and a budget of Rs 1,000 crore for relief.",
    "Cases passed 5.1 million as 24,000 new cases were reported in Maharashtra.",
    "No trigger word at all here, only 24 districts and 744 camps.",
    "Killed: 12. Injured: 40. Missing: 7. Killed again: 3.",
    "The refugees, the refugees' children and the refugee camps held 900,000.",
    "Evacuated residents, 20,000 of them, and 4,000 evacuated tourists returned.",
    "Nearly half the country's 22 million people have fled; half were refugees abroad.",
    "About 68.5 million were displaced worldwide, 25.4 million of them refugees.",
    "Deaths of 300,000-400,000 in the Syrian civil war, deaths the UN no longer counts.",
    "The pre-war population of 22 million has fallen to 17 million since the war began.",
    "GDP of $3.5 trillion, and GDP per head of $2,400, in India's economy.",
]


@pytest.fixture(scope="module")
def index(reference):
    return subject_index(reference)


@pytest.mark.parametrize("text", TRIGGER_TEXTS)
def test_a_sentences_triggers_by_their_words(text, index):
    context = ArticleContext(Article(id="t", text=text), split_sentences(text), index)
    for sentence in context.sentences:
        found = context.sentence_at(sentence.start)
        for trigger in found.triggers:
            assert found.triggers_named(trigger.words) == [
                t for t in found.triggers if t.words == trigger.words]
            assert found.trigger_position(trigger) == found.triggers.index(trigger)
        assert found.triggers_named("no such words") == []


def test_the_trigger_texts_hold_repeated_triggers(index):
    repeated = 0
    for text in TRIGGER_TEXTS:
        context = ArticleContext(Article(id="t", text=text), split_sentences(text), index)
        for sentence in context.sentences:
            words = [t.words for t in context.sentence_at(sentence.start).triggers]
            repeated += len(words) != len(set(words))
    assert repeated >= 5
