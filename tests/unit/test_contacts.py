"""Contacts: normalised values and the name each one belongs to."""

from __future__ import annotations

import pytest

from pressflow_enrich.release.contacts import find_contacts
from pressflow_schemas import Entity, Mention


def _person(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(type="PER", name=name, mentions=[Mention(text=name, start=start, end=start + len(name))])


def test_contacts_block_values_are_normalised_and_tied_to_the_name_above() -> None:
    text = (
        "Contact presse\nJulie Moreau\nTél. : 04 72 10 20 30\n"
        "E-mail : Julie.Moreau@Exemple.FR\nTwitter : @presse_lyon"
    )
    contacts = find_contacts(text, [_person(text, "Julie Moreau")])
    assert [(c.kind, c.value, c.name) for c in contacts] == [
        ("phone", "+33472102030", "Julie Moreau"),
        ("email", "julie.moreau@exemple.fr", "Julie Moreau"),
        ("handle", "@presse_lyon", "Julie Moreau"),
    ]
    for contact in contacts:
        assert text[contact.start : contact.end] == contact.text


def test_contacts_international_numbers_and_urls() -> None:
    text = "Call +44 20 7946 0958 or see https://www.example.org/news."
    contacts = find_contacts(text, [])
    assert [(c.kind, c.value, c.name) for c in contacts] == [
        ("phone", "+442079460958", None),
        ("url", "https://www.example.org/news", None),
    ]


def test_contacts_parallel_lists_pair_in_order() -> None:
    text = "Paul Durand\nAnne Petit\n\nTél. 01 45 67 89 10\nTél. 01 45 67 89 11"
    people = [_person(text, "Paul Durand"), _person(text, "Anne Petit")]
    assert [c.name for c in find_contacts(text, people)] == ["Paul Durand", "Anne Petit"]


def test_contacts_in_prose_have_no_owner() -> None:
    assert find_contacts("Aucun contact ici.", []) == []


def test_contacts_phone_region_follows_the_dateline() -> None:
    text = "Montréal, le 2 mai 2024 – Annonce.\n\nContact : 514-872-1111\nParis : 01 45 67 89 10"
    assert [c.value for c in find_contacts(text, [])] == ["+15148721111", "+33145678910"]


def test_contacts_north_american_number_without_cue() -> None:
    text = "Pour joindre le bureau : 418-555-0142 ou 04 72 10 20 30"
    assert [c.value for c in find_contacts(text, [])] == ["+14185550142", "+33472102030"]


def test_contacts_phones_anywhere_in_a_long_release_keep_their_offsets() -> None:
    prose = "La Région investit 12 500 000 € entre 2024-2027, soit 3 fois plus qu'en 2019.\n" * 40
    text = (
        f"London, 3 March 2025\n{prose}Press office: 0800 1111 (free)\n"
        f"{prose}Switchboard +33 1 44 55 66 77 or 020 7946 0958"
    )
    phones = [c for c in find_contacts(text, []) if c.kind == "phone"]
    assert [c.value for c in phones] == ["+448001111", "+33144556677", "+442079460958"]
    for contact in phones:
        assert text[contact.start : contact.end] == contact.text


def test_north_american_numbers_are_found_beside_french_ones() -> None:
    text = (
        "Contacts\nParis : 01 44 76 75 39 / Montréal : (514) 555-0123\n"
        "New York: +1 212 555 0142, 011 33 1 23 45 67 89 from the US"
    )
    assert [c.value for c in find_contacts(text, []) if c.kind == "phone"] == [
        "+33144767539",
        "+15145550123",
        "+12125550142",
        "+33123456789",
    ]


def test_skipping_a_pass_changes_no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pass under US and CA (or FR) is skipped on a line that, its phones found so far blanked,
    has no "+", ten (nine) digits, "011" ("00") or non-ASCII digit: the phones of our
    own releases' lines and of numbers written every way are those of every pass run on every line."""
    import json
    from pathlib import Path

    from pressflow_enrich.release import contacts

    repo = Path(__file__).parents[2]
    numbers = ["01 44 76 75 39", "(212) 555-0142", "+1 514 555 0123", "1-800-555-0199", "514.555.0123"]
    numbers += ["011 33 1 23 45 67 89", "0033 1 23 45 67 89", "+44 20 7946 0321", "021 316 70 01"]
    numbers += ["117 444 390", "3.347.543,50", "15145550123", "０１ ４４ ７６ ７５ ３９", "+683 4002"]
    numbers += ["2008-2010", "12 345 678", "00 49 30 1234", "3 347 543"]
    lines = [f"{a} {sep} {b}" for a in numbers for b in numbers[::3] for sep in ("/", "ou")]
    texts = [p.read_text(encoding="utf-8") for p in sorted((repo / "examples").glob("*.*[dt]"))]
    texts += [
        json.loads(p.read_text(encoding="utf-8"))["text"]
        for p in sorted((repo / "tests/fixtures/gold").glob("*.json"))
    ]
    texts += ["Montréal, le 3 mars\n\n" + "\n".join(lines), "\n".join(lines)]
    skipped = [contacts._phones(text, "fr") for text in texts]
    monkeypatch.setattr(contacts, "_may_add", lambda *_: True)
    assert skipped == [contacts._phones(text, "fr") for text in texts]


def test_a_national_number_reads_in_the_country_the_dateline_names() -> None:
    text = (
        "BRISBANE, Qld, 3 March 2026 - The new ferry terminal opens on Monday.\n\n"
        "Media contact: Sophie Lang 0412 555 019"
    )
    contacts = find_contacts(text, [_person(text, "Sophie Lang")], "en")
    assert [(c.value, c.name) for c in contacts] == [("+61412555019", "Sophie Lang")]


def test_a_national_number_reads_in_the_country_the_places_name_when_it_speaks_the_language() -> None:
    text = (
        "Tasman District Council\n\nWork on the Motueka wharf, Nelson's ferry link and the Richmond "
        "library starts in May, New Zealand's regional councils said.\n\nPhone 03 555 0142"
    )
    assert [c.value for c in find_contacts(text, [], "en")] == ["+6435550142"]


def test_a_french_release_about_a_country_abroad_keeps_french_numbers() -> None:
    text = (
        "Communiqué de presse\n\nÀ Tokyo, l'agence a signé avec le Japon un accord ; le forum de "
        "Tokyo réunira le Japon et ses partenaires.\n\nContact presse : 01 44 76 74 51"
    )
    assert [c.value for c in find_contacts(text, [], "fr")] == ["+33144767451"]


def test_years_and_dates_are_no_phone_even_where_short_numbers_exist() -> None:
    text = (
        "LE GOUVERNEMENT DU GRAND-DUCHÉ DE LUXEMBOURG\n\nLuxembourg, le 26.11.2026 – Le plan 2027-2032 "
        "est adopté.\n\nContact : (+352) 247 82 181"
    )
    assert [c.value for c in find_contacts(text, [], "fr")] == ["+35224782181"]


@pytest.mark.parametrize(
    ("figure", "dated"),
    [("2026", True), ("2026-2032", True), ("2026 2027", True), ("2026-27", True), ("26.11.2026", True)]
    + [("0412 555 019", False), ("2026 5501", False), ("+352 247 82 181", False)],
)
def test_years_spans_and_days_are_date_shaped(figure: str, dated: bool) -> None:
    from pressflow_enrich.words.numbers import date_shaped

    assert date_shaped(figure) is dated
