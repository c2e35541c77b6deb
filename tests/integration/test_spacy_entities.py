"""Entity rules on top of the real spaCy pipelines, on hand-written paragraphs."""

from __future__ import annotations

import pytest

from pressflow_enrich.entities.mentions import find_entities
from pressflow_enrich.ner import SpacyNer
from pressflow_enrich.settings import EnrichSettings

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def ner() -> SpacyNer:
    return SpacyNer(EnrichSettings().spacy_models)


def _names(text: str, lang: str, ner: SpacyNer) -> dict[str, str]:
    return {e.name: e.type for e in find_entities(text, lang, ner)}


def test_french_release(ner: SpacyNer) -> None:
    text = (
        "Nantes, le 4 février 2021\n\n"
        "Jeanne Lemoine, présidente de la Région Pays de la Loire, et Paul Girard, directeur du "
        "Centre National de la Recherche Scientifique (CNRS), ont signé un accord à Nantes. "
        "Le CNRS ouvrira un laboratoire en Pays de la Loire avec l'Université de Nantes."
    )
    found = _names(text, "fr", ner)
    assert found.get("Jeanne Lemoine") == "PER"
    assert found.get("Paul Girard") == "PER"
    assert found.get("Nantes") == "LOC"
    assert "ORG" in {found.get("CNRS"), found.get("Centre National de la Recherche Scientifique")}
    assert found.get("Université de Nantes") == "ORG"


def test_english_release(ner: SpacyNer) -> None:
    text = (
        "Harbourline PLC today announced the acquisition of Tidewater Logistics Limited. "
        "The combined business will have offices in Bristol, Leeds and Glasgow. "
        "Chief Executive Sarah Collins said the deal was a milestone for Harbourline."
    )
    found = _names(text, "en", ner)
    assert found.get("Sarah Collins") == "PER"
    assert found.get("Bristol") == "LOC"
    assert found.get("Glasgow") == "LOC"
    assert found.get("Harbourline PLC") == "ORG"
