"""Entity rules for shapes read in thirty blind English releases (own765–own794): a GOV.UK "From:"
line's list of authors, a sentence's possessive before a name, an Irish county by its kind, a
sports club's letters. Every sentence is ours."""

from __future__ import annotations

from entity_rules import candidates, found, proposed


def test_a_list_of_domains_stops_at_an_author_of_its_own() -> None:
    text = (
        "From:\nDepartment for Energy, Water & Coastal Affairs, Marine Agency and The Rt Hon Ruth Okafor MP\n"
        "Published\n4 May 2026\n\nThe Department for Energy, Water & Coastal Affairs and the Marine Agency "
        "today set out the plan, said Ruth Okafor."
    )
    # the NER ran the first line's list into the agency
    hits = [("Department for Energy, Water & Coastal Affairs, Marine Agency", "ORG"), ("Ruth Okafor", "PER")]
    hits += [("Department for Energy, Water & Coastal Affairs", "ORG"), ("Marine Agency", "ORG")]
    hits += [("Ruth Okafor", "PER")]
    names = candidates(text, hits)
    assert {"Department for Energy, Water & Coastal Affairs", "Marine Agency", "Ruth Okafor"} <= set(names)
    assert not any("Okafor MP" in name or ("Agency" in name and "Department" in name) for name in names)


def test_a_list_the_ner_ran_into_another_body_is_cut_before_it() -> None:
    text = "Funding comes from the Department for Trade, Skills & Regions, Coastal Trust and partners."
    hits = [("Department for Trade, Skills & Regions, Coastal Trust", "ORG")]
    assert "Department for Trade, Skills & Regions" in candidates(text, hits)
    # a domain named like a body's kind stays in the list ("Local Government", "Police")
    text = (
        "The Ministry of Housing, Transport and Local Government met. "
        "The Department of Justice and Police met."
    )
    hits = [
        ("Ministry of Housing, Transport and Local Government", "ORG"),
        ("Department of Justice and Police", "ORG"),
    ]
    names = candidates(text, hits)
    assert "Ministry of Housing, Transport and Local Government" in names
    assert "Department of Justice and Police" in names


def test_a_sentence_s_possessive_is_no_part_of_the_name() -> None:
    text = (
        "The award goes to Northmoor State University. Its Halden School of Nursing will lead the trial, "
        "and the Halden School of Nursing will hire twelve staff. Our Lady of Mercy Hospital joins."
    )
    hits = [("Northmoor State University", "ORG"), ("Its Halden School of Nursing", "ORG")]
    hits += [("Halden School of Nursing", "ORG"), ("Our Lady of Mercy Hospital", "ORG")]
    names = candidates(text, hits)
    assert "Halden School of Nursing" in names and not any(n.startswith("Its ") for n in names)
    assert "Our Lady of Mercy Hospital" in names


def test_an_irish_county_keeps_its_kind() -> None:
    text = "The tour stops in Tralee, Co. Kerry, and in Ennis, Co. Clare, before Dublin."
    hits = [("Tralee", "GPE"), ("Kerry", "GPE"), ("Ennis", "GPE"), ("Clare", "GPE"), ("Dublin", "GPE")]
    names = found(text, hits, "en")
    assert names.get("Co. Kerry") == "LOC" and names.get("Co. Clare") == "LOC"


def test_a_sports_club_s_letters_are_its_name_s() -> None:
    text = (
        "Lima signs from CD Praia Norte after a loan at SC Monte Azul. Harbour City SC paid an undisclosed "
        "fee. The club plays in Columbia SC and in Greenville, SC."
    )
    hits = [("Lima", "PER"), ("Praia Norte", "GPE"), ("Monte Azul", "ORG"), ("Harbour City", "ORG")]
    hits += [("Columbia", "GPE"), ("Greenville", "GPE")]
    names = found(text, hits, "en")
    assert names.get("CD Praia Norte") == "ORG" and names.get("SC Monte Azul") == "ORG"
    assert names.get("Harbour City SC") == "ORG"
    # a state's letters after a town stay the state's
    assert "Columbia SC" not in names and names.get("Columbia") == "LOC"


def test_a_ministry_s_country_after_its_last_domain_stays_in_its_name() -> None:
    # a French ministry closed by its country is one name; "Co. Kerry" before a company's word too
    text = "Le Ministère de l'Économie et des Finances du Niger publie le calendrier."
    hits = [("Ministère de l'Économie et des Finances du Niger", "ORG")]
    assert "Ministère de l'Économie et des Finances du Niger" in candidates(text, hits, "fr")
    text = "Listowel, Co. Kerry Creamery said so. Tralee, Co. Kerry, agreed."
    hits = [("Listowel", "GPE"), ("Kerry Creamery", "ORG"), ("Tralee", "GPE"), ("Kerry", "GPE")]
    assert "Co. Kerry" in candidates(text, hits)


def test_a_list_of_domains_in_capitals() -> None:
    # a heading in capitals: its "AND" separates as "and" does, and a domain-only list stays whole
    text = "DEPARTMENT OF HEALTH AND SOCIAL CARE\n\nThe Department of Health and Social Care said so."
    hits = [("DEPARTMENT OF HEALTH", "ORG"), ("Department of Health and Social Care", "ORG")]
    assert "DEPARTMENT OF HEALTH AND SOCIAL CARE" in candidates(text, hits)
    text = "DEPARTMENT OF TRADE, SKILLS AND COASTAL TRUST"
    assert "DEPARTMENT OF TRADE, SKILLS" in candidates(text, [("DEPARTMENT OF TRADE", "ORG")])


def test_a_town_with_an_s_in_its_name_the_ner_cut_into_a_person() -> None:
    text = "A new surgical hub in King's Lynn has welcomed its first patients."
    names = found(text, [("Lynn", "PERSON")], "en")
    assert names.get("King's Lynn") == "LOC"
    assert "Lynn" not in names


def test_a_person_s_compound_surname_and_abbreviated_second_name_stay_whole() -> None:
    text = (
        "For inquiries, contact Katrina Mae Sy-Ocampo, Investor Relations, or Lourdes Ma. "
        "Bautista, Corporate Secretary."
    )
    names = found(text, [("Katrina Mae", "ORG"), ("Lourdes Ma", "PERSON"), ("Bautista", "PERSON")], "en")
    assert names.get("Katrina Mae Sy-Ocampo") == "PER"
    assert names.get("Lourdes Ma. Bautista") == "PER"


def test_a_subsidiary_s_seat_in_brackets_before_plc_and_an_honorific_opening_a_company() -> None:
    text = (
        "Umoja Trust Bank (Rwanda) Plc returned to profitability, and Shri Ram Mehta Ltd. bought its stake."
    )
    names = found(
        text, [("Umoja Trust Bank", "ORG"), ("Plc", "PERSON"), ("Shri Ram Mehta Ltd.", "PERSON")], "en"
    )
    assert names.get("Umoja Trust Bank (Rwanda) Plc") == "ORG"
    assert names.get("Shri Ram Mehta Ltd.") == "ORG"


def test_a_group_named_with_and_without_its_legal_form_is_one_body() -> None:
    # "Group" is a form of its own: "Mvua Trust Bank Group" is "Mvua Trust Bank Group PLC" less its last
    text = (
        "Nairobi - Mvua Trust Bank Group PLC (NSE: MTBG) today announced results.\n\n"
        "Mvua Trust Bank Group grew its profit. Mvua Trust Bank Kenya Limited is the largest unit."
    )
    hits = [("Nairobi", "GPE"), ("Mvua Trust Bank Group PLC", "ORG"), ("Mvua Trust Bank Group", "ORG")]
    entities = candidates(text, hits + [("Mvua Trust Bank Kenya Limited", "ORG")])
    assert "Mvua Trust Bank Group" in entities["Mvua Trust Bank Group PLC"].aliases
    assert "Mvua Trust Bank Kenya Limited" in entities


def test_a_share_bar_s_words_and_a_malay_honour_alone_are_no_names() -> None:
    text = (
        "Share this: Facebook | X | Email | Print\n\n"
        "Chairman Tan Sri Lim Chee Keong said the Board was satisfied."
    )
    names = found(text, [("Print", "GPE"), ("Tan Sri", "PERSON"), ("Chee Keong", "PERSON")], "en")
    assert "Print" not in names
    assert "Tan" not in names and "Tan Sri" not in names


def test_a_police_rank_abbreviated_and_a_compound_plural_possessive_inside_a_name() -> None:
    text = (
        "Anyone with information is asked to contact Det. Sgt. Marcus Holloway. The chairman of the "
        "Old Harbour Bay Fishermen's Co-operative, Lloyd Daley, welcomed the works."
    )
    hits = [("Det", "PERSON"), ("Marcus Holloway", "PERSON"), ("the Old Harbour Bay Fishermen's", "ORG")]
    names = found(text, hits + [("Lloyd Daley", "PERSON")], "en")
    assert "Det" not in names
    # a company's "Det" (Norwegian "the") is no rank: no dot follows it
    assert "Norske Veritas" not in found(
        "Ships classed by Det Norske Veritas sail.", [("Det Norske Veritas", "ORG")], "en"
    )
    assert names.get("Old Harbour Bay Fishermen's Co-operative") == "ORG"


def test_a_bank_after_an_and_is_a_body_of_its_own_not_the_end_of_one_firm_s_name() -> None:
    text = (
        "The issue was led by Banque Riveraine d'Investissement et Kessel & Wirth Bank AG as joint "
        "bookrunners. Groupe Vallon Portes et Fenêtres inc. and Smith and Company Ltd signed too."
    )
    hits = [("Banque Riveraine d'Investissement", "ORG"), ("Kessel & Wirth Bank AG", "ORG")]
    names = found(text, hits + [("Smith and Company Ltd", "ORG")], "en")
    assert names.get("Banque Riveraine d'Investissement") == "ORG"
    assert names.get("Kessel & Wirth Bank AG") == "ORG"
    assert names.get("Smith and Company Ltd") == "ORG"  # a firm's "Company" is its own word


# Shapes read in thirty more blind releases (own915–own944).


def test_a_region_named_by_its_part_keeps_that_word() -> None:
    text = "Coordination centres:\n   - Upper East Region – Bolgatanga\n   - Greater Accra Region – Accra\n"
    hits = [("East Region", "GPE"), ("Bolgatanga", "GPE"), ("Accra Region", "GPE"), ("Accra", "GPE")]
    names = proposed(text, hits)
    assert names.get("Upper East Region") == "LOC" and names.get("Greater Accra Region") == "LOC"
    assert "East Region" not in names


def test_investors_named_by_their_kind_are_bodies() -> None:
    text = "The round was led by Garrigue Ventures, beside Cepage Capital, Mistral Angels and Arbre Holdings."
    hits = [("Garrigue Ventures", "PER"), ("Cepage Capital", "LOC"), ("Mistral Angels", "LOC")]
    hits += [("Arbre Holdings", "LOC")]
    names = proposed(text, hits)
    assert all(names.get(n) == "ORG" for n in ("Garrigue Ventures", "Cepage Capital", "Mistral Angels"))
    assert names.get("Arbre Holdings") == "ORG"


def test_a_person_listed_after_her_titles_is_no_headline_word() -> None:
    text = (
        "The following attended the meeting:\n\n"
        "- Engr. Kunle Bamidele – Deputy Governor\n"
        "- Hon. Justice (Rtd.) Ayodele Fashanu – Attorney-General and Commissioner for Justice\n"
        "- Other members of the Council\n"
    )
    hits = [("Kunle Bamidele", "PERSON"), ("Ayodele Fashanu", "PERSON")]
    names = proposed(text, hits)
    assert names.get("Ayodele Fashanu") == "PER" and names.get("Kunle Bamidele") == "PER"


def test_a_member_named_after_her_seat_s_letters_is_a_person() -> None:
    text = 'The clinic opens in May.\n\nComments attributed to Broome MLA Tessa Warrigal:\n\n"Good news."'
    hits = [("Broome MLA", "PERSON")]
    names = proposed(text, hits)
    assert names.get("Tessa Warrigal") == "PER"
    assert not any("MLA" in name for name in names)
    # a member's own name before her letters, a headline's words after them
    text = "Jo Bell MP Welcomes Funding\n\nThe town's new clinic opens in May, Jo Bell said."
    names = proposed(text, [("Jo Bell MP", "PERSON"), ("Jo Bell", "PERSON")])
    assert "Welcomes Funding" not in names and names.get("Jo Bell") == "PER"


def test_a_samoan_form_of_address_is_no_part_of_the_name() -> None:
    text = "The agreement was signed by the Chief Executive of the Authority, Susuga Talia Faleolo Mase."
    hits = [("Susuga Talia Faleolo Mase", "PERSON")]
    assert "Talia Faleolo Mase" in proposed(text, hits)


def test_an_office_of_a_numbered_district_keeps_its_province_and_number() -> None:
    text = "The bridge was built by the Leyte 3rd District Engineering Office (DEO) of the department."
    names = proposed(text, [("District Engineering Office", "ORG")])
    assert "Leyte 3rd District Engineering Office" in names
    assert "District Engineering Office" not in names


def test_a_government_named_by_its_kind_before_or_after_its_place_is_one_body() -> None:
    text = (
        "The Government of Balochistan signed the loan. The Balochistan Government will add Rs 2 billion, "
        "the minister said in Quetta."
    )
    hits = [("Government of Balochistan", "ORG"), ("Balochistan Government", "ORG"), ("Quetta", "GPE")]
    entity = candidates(text, hits)["Government of Balochistan"]
    assert "Balochistan Government" in entity.aliases
    assert "Balochistan Government" not in candidates(text, hits)
