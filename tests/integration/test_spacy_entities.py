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


FRENCH = (
    "Nantes, le 4 février 2021\n\n"
    "Jeanne Lemoine, présidente de la Région Pays de la Loire, et Paul Girard, directeur du "
    "Centre National de la Recherche Scientifique (CNRS), ont signé un accord à Nantes. "
    "Le CNRS ouvrira un laboratoire en Pays de la Loire avec l'Université de Nantes."
)
ENGLISH = (
    "Harbourline PLC today announced the acquisition of Tidewater Logistics Limited. "
    "The combined business will have offices in Bristol, Leeds and Glasgow. "
    "Chief Executive Sarah Collins said the deal was a milestone for Harbourline."
)


@pytest.mark.parametrize(
    ("lang", "text", "expected", "org_under_either"),
    [
        pytest.param(
            "fr",
            FRENCH,
            {"Jeanne Lemoine": "PER", "Paul Girard": "PER", "Nantes": "LOC", "Université de Nantes": "ORG"},
            ("CNRS", "Centre National de la Recherche Scientifique"),
            id="french",
        ),
        pytest.param(
            "en",
            ENGLISH,
            {"Sarah Collins": "PER", "Bristol": "LOC", "Glasgow": "LOC"},
            ("Harbourline PLC",),
            id="english",
        ),
    ],
)
def test_release(
    ner: SpacyNer, lang: str, text: str, expected: dict[str, str], org_under_either: tuple[str, ...]
) -> None:
    found = _names(text, lang, ner)
    assert {name: found.get(name) for name in expected} == expected
    # an organisation that may be found under its acronym or its full name, either will do
    assert "ORG" in {found.get(name) for name in org_under_either}, found


def test_the_ner_reads_a_list_item_without_its_mark(ner: SpacyNer) -> None:
    text = "The programme provides for:\n- Larnaca General Hospital: a rapid assessment unit;\n"
    spans = {text[s.start : s.end]: s.label for s in ner(text, "en")}
    # after its dash, the small English model finds no name on this line at all
    assert spans.get("Larnaca General Hospital") == "ORG"
