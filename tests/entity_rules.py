"""The entity rules as the unit tests read them: the shipped judge's keep with the rules' own
types, over a fake NER, so no model loads. The judge's type model, which reads a word either side
of a name and figures made for whole releases, has its own tests (test_entity_judge.py) and the
scored sets."""

from __future__ import annotations

from fake_ner import FakeNer

from pressflow_enrich.entities.judge import Judge, shipped_judge
from pressflow_enrich.entities.mentions import find_candidates, find_entities
from pressflow_schemas import Entity

SHIPPED = shipped_judge()
assert SHIPPED is not None, "the shipped judge is missing: run `make train`"
RULES_TYPES = Judge(keep=SHIPPED.keep, threshold=SHIPPED.threshold)


def found(text: str, hits: list[tuple[str, str]], lang: str = "fr") -> dict[str, str]:
    """The names the rules find and the shipped judge keeps, with the rules' types; every
    mention's offsets point at its text."""
    entities = find_entities(text, lang, FakeNer(hits), RULES_TYPES)
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
