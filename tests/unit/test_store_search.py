"""The store's pure parts: what an analyst types into a search, name folding, marks in the text."""

import pytest
from store_releases import analyst_releases

from pressflow_schemas.keys import entity_key as fold
from pressflow_store.db.search import InvalidSearch, parse_query
from pressflow_store.read.highlights import segments, snippet_end


@pytest.mark.parametrize(
    ("typed", "fts5", "websearch"),
    [
        ("hydrogène", '("hydrogène")', '"hydrogene"'),
        ('"Région Occitanie" plan', '("Région Occitanie") AND ("plan")', '"region occitanie" "plan"'),
        ("CNES OR JAXA -Lyon", '("CNES" OR "JAXA") NOT ("Lyon")', '"cnes" or "jaxa" -"lyon"'),
        ('say "he said', '("say") AND ("he said")', '"say" "he said"'),  # an unclosed quote ends the text
        ('a"b NEAR(x) *', '("a""b") AND ("NEAR(x)")', '"a b" "near(x)"'),  # FTS5 syntax stays text
    ],
)
def test_a_search_is_words_phrases_alternatives_and_exclusions(typed, fts5, websearch):
    query = parse_query(typed)
    assert query.fts5() == fts5
    assert query.websearch() == websearch


@pytest.mark.parametrize("typed", ["", "   ", "-lyon", "— …", "OR"])
def test_a_search_with_nothing_to_find_is_refused(typed):
    with pytest.raises(InvalidSearch):
        parse_query(typed)


def test_names_fold_case_accents_apostrophes_and_spaces():
    assert fold("  Centre national d’Études   spatiales ") == "centre national d'etudes spatiales"
    assert fold("Île-de-France") == "ile-de-france"
    assert fold("東京") == "東京"


def test_marks_fall_on_the_entities_dates_and_amounts_of_the_text():
    event = analyst_releases()[0].model_dump(mode="json")
    marked = [(s.kind, s.text) for s in segments(event) if s.kind]
    assert marked[:4] == [
        ("loc", "Toulouse"),
        ("date", "14 mars 2024"),
        ("org", "Centre national d'études spatiales"),
        ("amount", "12 millions d'euros"),
    ]
    assert "".join(s.text for s in segments(event)) == event["text"]


def test_overlapping_marks_keep_the_first_and_snippets_end_on_a_word():
    text = "Le CNES de Toulouse"
    event = {
        "text": text,
        "entities": [
            {"type": "ORG", "name": "CNES de Toulouse", "mentions": [{"start": 3, "end": 19}]},
            {"type": "LOC", "name": "Toulouse", "mentions": [{"start": 11, "end": 19}]},
        ],
    }
    assert [(s.kind, s.text) for s in segments(event)] == [(None, "Le "), ("org", "CNES de Toulouse")]
    assert [s.text for s in segments(event, 0, snippet_end(text, 12))] == ["Le CNES de"]
