"""People, organisations and places: NER hits corrected by rules, merged into entities."""

from __future__ import annotations

from pressflow_enrich.ner import Ner
from pressflow_schemas import Entity


def find_entities(text: str, lang: str, ner: Ner) -> list[Entity]:
    """One entity per real-world PER/ORG/LOC in the text, with canonical name and mentions."""
    return []
