"""Entity rules for shapes read in thirty blind releases (own975–own1004): a ministry's list of
domains that runs on into a person, a title named after the body it heads, a surname that is
also a town's name, "Md." opening a person's name, a board's list with each director's role in
brackets, two French ministries joined by "et du". Every sentence is ours; the NER's hits are
given as the installed pipelines gave them on sentences of that shape."""

from __future__ import annotations

from entity_rules import proposed


def test_a_ministry_s_list_stops_before_the_person_after_it() -> None:
    text = (
        "The loan was signed by the Secretary of the Ministry of Planning, and Haruto Sakamoto, "
        "the Bank's Country Director."
    )
    hits = [("the Ministry of Planning", "ORG"), ("Haruto Sakamoto", "PERSON")]
    names = proposed(text, hits)
    assert names.get("Ministry of Planning") == "ORG"
    assert names.get("Haruto Sakamoto") == "PER"
    # a list of domains still runs on over a domain the NER took for a person, short of its end
    text = "The berth was funded by the Ministry of Ports, Shipping and Waterways on Monday."
    hits = [("the Ministry of Ports", "ORG"), ("Shipping", "PERSON")]
    assert proposed(text, hits).get("Ministry of Ports, Shipping and Waterways") == "ORG"


def test_a_title_named_after_the_body_it_heads_is_no_part_of_the_name() -> None:
    text = '"We will not raid the reserves," said Council Chair Marisol Ekdahl after the vote.'
    names = proposed(text, [("Council Chair Marisol Ekdahl", "PERSON")])
    assert names.get("Marisol Ekdahl") == "PER"
    assert "Council Chair Marisol Ekdahl" not in names


def test_a_surname_that_is_also_a_town_stays_the_person_s() -> None:
    text = 'Councilmember Andres Villanueva voted no. "We are borrowing from 2029," Villanueva said.'
    names = proposed(text, [("Andres Villanueva", "PERSON"), ("Villanueva", "ORG")])
    assert names.get("Andres Villanueva") == "PER"


def test_md_opens_a_person_s_name() -> None:
    text = "The agreement was signed by Md. Tanvir Hasan Chowdhury, Additional Secretary, on Tuesday."
    names = proposed(text, [("Md. Tanvir", "ORG"), ("Hasan Chowdhury", "PERSON")])
    assert names.get("Md. Tanvir Hasan Chowdhury") == "PER"
    assert "Md. Tanvir" not in names


def test_directors_listed_with_their_roles_are_people() -> None:
    text = "Directors: Dr N. Mahlangu-Botha (Chairman)*, K. Naidoo (CEO), P. van Wyk (CFO), R. Pillay*\n"
    hits = [
        ("N. Mahlangu-Botha", "PERSON"),
        ("K. Naidoo", "PERSON"),
        ("P. van Wyk", "PERSON"),
        ("R. Pillay", "PERSON"),
    ]
    names = proposed(text, hits)
    assert names.get("N. Mahlangu-Botha") == "PER"


def test_two_french_ministries_joined_by_et_du() -> None:
    text = (
        "L'agence est placée sous la tutelle du ministère de l'Agriculture et du ministère de la "
        "Santé et de la Prévention. Elle publie son rapport en juin."
    )
    hits = [("Agriculture et du ministère de la Santé et de la Prévention", "MISC")]
    names = proposed(text, hits, "fr")
    assert names.get("ministère de l'Agriculture") == "ORG"
    assert names.get("ministère de la Santé et de la Prévention") == "ORG"


def test_a_name_after_two_forms_of_address() -> None:
    text = "The Commissioner for Water, Hon. Dr. Nnaemeka Musa Garba, opened the plant on Friday."
    names = proposed(text, [("Musa Garba", "PERSON")])
    assert names.get("Nnaemeka Musa Garba") == "PER"
    assert "Musa Garba" not in names


def test_a_ministry_s_domains_before_a_partner_named_by_its_acronym() -> None:
    text = (
        "The project is run by the Ministry of Agriculture, Fisheries and Food Security and KOPIA, "
        "with support from the regional government."
    )
    hits = [("the Ministry of Agriculture, Fisheries", "ORG"), ("Food Security", "ORG"), ("KOPIA", "ORG")]
    names = proposed(text, hits)
    assert names.get("Ministry of Agriculture, Fisheries and Food Security") == "ORG"
    assert names.get("KOPIA") == "ORG"
    assert "Fisheries" not in names


def test_a_university_s_campus_town_is_part_of_its_name_when_its_acronym_says_so() -> None:
    text = (
        "L'entreprise a signé une entente avec l'Université du Québec à Rimouski (UQAR) sur le "
        "recyclage des batteries."
    )
    names = proposed(text, [("Université du Québec", "ORG"), ("Rimouski", "GPE"), ("UQAR", "ORG")], "fr")
    assert names.get("Université du Québec à Rimouski") == "ORG"
    assert "Université du Québec" not in names
