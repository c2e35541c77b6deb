"""Entity rules for shapes read in thirty blind releases (own1005–own1034): a person after a word
of the arts or letters, a UK council's leader, a US bank's "N.A." before "and", a city's site run
into one name over the possessive, an Irish city and county council, a French word for a people
after "aux". Every sentence is ours; the NER's hits are given as the installed pipelines gave them
on sentences of that shape."""

from __future__ import annotations

from entity_rules import proposed

from pressflow_enrich.places import names_a_people


def test_a_person_after_a_word_of_the_arts_is_a_person() -> None:
    text = "The night closes with Borders fiddler Morag Keddie and the Tweedbank Pipe Band."
    names = proposed(text, [("Morag Keddie", "ORG"), ("Tweedbank Pipe Band", "ORG")])
    assert names.get("Morag Keddie") == "PER"
    text = "La soirée s'ouvre avec la violoniste Maëlle Quéré et l'Orchestre de Lorient."
    assert proposed(text, [("Maëlle Quéré", "ORG")], "fr").get("Maëlle Quéré") == "PER"


def test_a_council_s_leader_is_no_part_of_the_council_s_name() -> None:
    text = "Councillor Dev Karia, Leader of Brindlecombe Council, said the budget was fair."
    names = proposed(text, [("Dev Karia", "PERSON"), ("Leader of Brindlecombe Council", "ORG")])
    assert names.get("Brindlecombe Council") == "ORG"
    assert "Leader of Brindlecombe Council" not in names


def test_a_us_bank_s_legal_form_before_and_stays_the_bank_s() -> None:
    text = "Debt financing comes from Cobblestone Bank, N.A. and Marlowe Capital Partners."
    hits = [("Cobblestone Bank", "ORG"), ("N.A.", "GPE"), ("Marlowe Capital Partners", "ORG")]
    names = proposed(text, hits)
    assert names.get("Cobblestone Bank, N.A.") == "ORG"
    assert "N.A." not in names and names.get("Marlowe Capital Partners") == "ORG"


def test_a_city_and_its_site_over_the_possessive_are_two_places() -> None:
    text = "A further $2.1 million will rebuild Bendigo's Harcourt Road Sports Complex."
    names = proposed(text, [("Bendigo's Harcourt Road Sports Complex", "ORG")])
    assert names.get("Bendigo") == "LOC"
    assert names.get("Harcourt Road Sports Complex") == "LOC"
    # a name's possessive stays whole: "King" is a village, and a king's
    text = "Patients were moved to King's Mill Hospital overnight."
    assert "King's Mill Hospital" in proposed(text, [("King's Mill Hospital", "ORG")])


def test_an_irish_city_and_county_council_is_one_body() -> None:
    text = "- €1.4 million to Limerick City and County Council for the Adare link"
    names = proposed(text, [("Limerick City", "GPE"), ("Adare", "GPE")])
    assert names.get("Limerick City and County Council") == "ORG"


def test_a_french_word_for_a_people_is_no_place() -> None:
    for people in ["Sénégalais", "Camerounaises", "Maliens", "Vaudois", "Québécois"]:
        assert names_a_people(people), people
    for place in ["Calais", "Valais", "Amiens", "Orléans", "Lyonnais"]:
        assert not names_a_people(place), place
    text = "L'emprunt est ouvert aux Béninois de l'extérieur comme aux résidents du Bénin."
    assert "Béninois" not in proposed(text, [("Bénin", "LOC")], "fr")
