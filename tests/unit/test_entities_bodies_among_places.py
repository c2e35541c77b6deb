"""Entity rules for shapes read in thirty blind releases (own825–own854): a body listed among
places or named after one, a ministry or a court whose portfolio or seat ends in a site's or an
area's word, a tribal nation's government, the Gulf's legal forms. Every sentence is ours."""

from __future__ import annotations

from entity_rules import proposed


def test_a_body_listed_among_countries_keeps_its_type() -> None:
    text = (
        "The ministry signed the grants with representatives of Canada, Norway, Chile and the Andean "
        "Reconstruction Bank (ARB) on Tuesday."
    )
    hits = [("Canada", "LOC"), ("Norway", "LOC"), ("Chile", "LOC"), ("Andean Reconstruction Bank", "ORG")]
    names = proposed(text, hits)
    assert names["Andean Reconstruction Bank"] == "ORG"
    assert names["Norway"] == "LOC"


def test_a_company_after_its_seat_keeps_its_type() -> None:
    # one place preposition governs a list of places; not a company's name after its seat
    text = "Founded in 2011 and based in Muscat, Sohar Bulk Terminals SAOG handles grain and cement."
    hits = [("Muscat", "LOC"), ("Sohar Bulk Terminals", "ORG")]
    assert proposed(text, hits)["Sohar Bulk Terminals SAOG"] == "ORG"


def test_a_ministry_or_a_court_named_for_a_site_or_an_area_is_a_body() -> None:
    text = (
        "The closure plan was filed with the Manitoba Ministry of Mines, and the claim is before the "
        "Circuit Court of Lake County."
    )
    # the NER saw both as bodies; their last words ("Mines", "County") no longer make them places
    hits = [("Manitoba Ministry of Mines", "ORG"), ("Circuit Court of Lake County", "ORG")]
    names = proposed(text, hits)
    assert names["Manitoba Ministry of Mines"] == "ORG"
    assert names["Circuit Court of Lake County"] == "ORG"


def test_a_tribe_is_a_body() -> None:
    text = "The grant went to the Coquille Valley Tribe, which will clean up the former mill site."
    hits = [("Coquille Valley", "PER")]
    assert proposed(text, hits).get("Coquille Valley Tribe") == "ORG"
