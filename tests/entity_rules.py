"""The entity rules as the unit tests read them: the rules' entities and types, over a fake NER,
so no model loads, and no learned weight decides what a rule's test sees. The judge (its keep
and type models, fitted on whole releases) has its own tests (test_entity_judge.py) and the
scored sets: a refit moves names in one-sentence texts across its threshold, which said nothing
of the rules those tests are about."""

from __future__ import annotations

from fake_ner import FakeNer

from pressflow_enrich.entities.judge import Judge
from pressflow_enrich.entities.mentions import find_candidates, find_entities
from pressflow_schemas import Entity

# a judge of no weights: it keeps every proposal, with the rules' type, and joins namesakes as
# the shipped one does
RULES_ALONE = Judge(keep={}, threshold=0.0)


def found(text: str, hits: list[tuple[str, str]], lang: str = "fr") -> dict[str, str]:
    """The names the rules find, with their types; every mention's offsets point at its text."""
    entities = find_entities(text, lang, FakeNer(hits), RULES_ALONE)
    for entity in entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    return {e.name: e.type for e in entities}


def candidates(text: str, hits: list[tuple[str, str]], lang: str = "en") -> dict[str, Entity]:
    """The entities the rules propose, by name, before the judge keeps or drops them."""
    return {e.name: e for e in find_candidates(text, lang, FakeNer(hits))[0]}


def proposed(text: str, hits: list[tuple[str, str]], lang: str = "en") -> dict[str, str]:
    """The names the rules propose, with their types, before the judge."""
    return {name: e.type for name, e in candidates(text, hits, lang).items()}
