"""Entity rules on hand-written sentences, with a fake NER so no model loads."""

from __future__ import annotations

import pytest

from pressflow_enrich.entities import find_entities
from pressflow_enrich.ner import Span


class FakeNer:
    """Returns the spans of the given (surface, label) pairs, found in the text in order."""

    def __init__(self, hits: list[tuple[str, str]]) -> None:
        self.hits = hits

    def __call__(self, text: str, lang: str) -> list[Span]:
        spans, cursor = [], 0
        for surface, label in self.hits:
            start = text.index(surface, cursor)
            spans.append(Span(start, start + len(surface), label))
            cursor = start + len(surface)
        return spans


def _found(text: str, hits: list[tuple[str, str]], lang: str = "fr") -> dict[str, str]:
    entities = find_entities(text, lang, FakeNer(hits))
    for entity in entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    return {e.name: e.type for e in entities}


CASES = [
    (  # a job title glued to an acronym, and the man's surname alone later
        "Marc Dubreuil, Directeur général de la SNPA, a signé. M. Dubreuil a salué l'accord.",
        [("Marc Dubreuil", "PER"), ("Directeur général de la SNPA", "MISC"), ("Dubreuil", "PER")],
        {"Marc Dubreuil": "PER", "SNPA": "ORG"},
    ),
    (  # leading article dropped; a region that acts is a body, the same region as a place is not
        "La Région Bretagne a adopté un plan pour les ports installés en Bretagne.",
        [("La Région Bretagne", "LOC"), ("Bretagne", "LOC")],
        {"Région Bretagne": "ORG", "Bretagne": "LOC"},
    ),
    (  # "la Région" alone is a description
        "La Région soutient la filière à Lorient.",
        [("La Région", "LOC"), ("Lorient", "LOC")],
        {"Lorient": "LOC"},
    ),
    (  # acronym and its expansion are one entity
        "L'Institut national de l'océan (INO) ouvre un centre à Brest. L'INO recrute.",
        [("Institut national de l'océan", "ORG"), ("INO", "LOC"), ("Brest", "LOC"), ("INO", "ORG")],
        {"INO": "ORG", "Brest": "LOC"},
    ),
    (  # all-capitals surname in a contact block; contact labels are not names
        "Contact presse\nAgnès MARTEAU\nE-mail : agnes@exemple.fr",
        [("Agnès", "LOC"), ("E-mail", "MISC")],
        {"Agnès MARTEAU": "PER"},
    ),
    (  # an enumeration shares one type; the NER's odd label is corrected
        "Les bureaux de Lyon, Nantes, Brest, Rennes et Lille ouvrent.",
        [("Lyon", "LOC"), ("Nantes", "LOC"), ("Brest", "LOC"), ("Rennes", "ORG"), ("Lille", "PER")],
        {"Lyon": "LOC", "Nantes": "LOC", "Brest": "LOC", "Rennes": "LOC", "Lille": "LOC"},
    ),
    (  # events, missions and celestial bodies are not entities
        "Lors du Salon Nautique Forum, la mission Aquila observera la Lune.",
        [("Salon Nautique Forum", "ORG"), ("Aquila", "LOC"), ("Lune", "LOC")],
        {},
    ),
    (  # a university cue overrides a place label; a legal form links the short name
        "Veritec SAS et l'Université de Poitiers collaborent. Veritec fournit les capteurs.",
        [("Veritec SAS", "ORG"), ("Université de Poitiers", "LOC"), ("Veritec", "MISC")],
        {"Veritec SAS": "ORG", "Université de Poitiers": "ORG"},
    ),
    (  # a spaceport is a site
        "Le lancement aura lieu depuis le Centre Spatial Guyanais.",
        [("Centre Spatial Guyanais", "ORG")],
        {"Centre Spatial Guyanais": "LOC"},
    ),
    (  # English: an adjective-like place word and a one-word PER are dropped
        "The deal supports Norwegian expertise. Helen Price, CEO of Fjordline Ltd, said so.",
        [("Norwegian", "GPE"), ("Helen Price", "PERSON"), ("Fjordline Ltd", "ORG")],
        {"Helen Price": "PER", "Fjordline Ltd": "ORG"},
    ),
]


@pytest.mark.parametrize(("text", "hits", "expected"), CASES)
def test_entities_follow_the_annotation_guide(
    text: str, hits: list[tuple[str, str]], expected: dict[str, str]
) -> None:
    lang = "en" if text.startswith("The") else "fr"
    assert _found(text, hits, lang) == expected


def test_entities_aliases_and_all_mentions_are_kept() -> None:
    text = "L'Agence spatiale européenne (ESA) et l'ESA encore."
    hits = [("Agence spatiale européenne", "ORG"), ("ESA", "ORG"), ("ESA", "ORG")]
    (entity,) = find_entities(text, "fr", FakeNer(hits))
    assert entity.name == "ESA"
    assert entity.aliases == ["Agence spatiale européenne"]
    assert len(entity.mentions) == 3


def test_entities_person_canonical_is_the_fullest_form() -> None:
    text = "Hélène Le Bihan préside. Le Bihan a conclu."
    (entity,) = find_entities(text, "fr", FakeNer([("Hélène Le Bihan", "PER"), ("Le Bihan", "PER")]))
    assert (entity.type, entity.name) == ("PER", "Hélène Le Bihan")


def test_entities_empty_text_has_none() -> None:
    assert find_entities("", "fr", FakeNer([])) == []
