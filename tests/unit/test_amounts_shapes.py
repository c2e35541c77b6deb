"""Amount shapes found on releases the rules were not written on (issue #8): a table's unit in its
header, Swiss "mio" without a currency, a scaled number that continues a sum's currency."""

from __future__ import annotations

import pytest

from pressflow_enrich.amounts.mentions import find_amounts


def money(text: str, lang: str = "fr") -> list[tuple[float, str]]:
    return sorted((a.value, a.currency) for a in find_amounts(text, lang)[0])


def test_a_table_states_its_unit_once_in_its_header() -> None:
    text = (
        "Comptes consolidés\n\n"
        "(en M€) | 2025 | 2024\n"
        "Ventes | 12,6 | 10,1\n"
        "Résultat net | -0,8 | (1,5)\n"
        "Marge brute | 41 % | 38 %\n\n"
        "Le groupe emploie 230 personnes."
    )
    # a loss is counted by its size, in either notation; percentages and years are not sums
    assert money(text) == [(800000, "EUR"), (1500000, "EUR"), (10100000, "EUR"), (12600000, "EUR")]


def test_a_negative_figure_in_brackets_after_its_sign_is_its_size() -> None:
    text = (
        "Net loss was $(18.4) million, or $(0.27) per share, against $(9.6) million a year ago; "
        "the UK arm lost £(0.3)m. A note (2025: $1.1 million) is read as before."
    )
    assert money(text, "en") == [
        (0.27, "USD"),
        (300000, "GBP"),
        (1100000, "USD"),
        (9600000, "USD"),
        (18400000, "USD"),
    ]
    # an opening bracket with no closing one after the figure is no negative figure; a bracket after
    # a blank is a table's cell, in a unit only the table's reader knows
    assert money("Costs rose $(12 million in total.", "en") == []
    assert money("Net loss        $ (2,700)    $ (6,100)\n", "en") == []


def test_a_cent_written_c_is_a_hundredth_of_the_country_s_currency() -> None:
    australian = (
        "SYDNEY, 20 February 2026 -- Wattle Rail Ltd declared a fully franked dividend of 12.5c per "
        "share; the levy is 4c/km. Phase 2c opens in May (see Note 4c). Its shares trade at A$3.05."
    )
    assert money(australian, "en") == [(0.04, "AUD"), (0.125, "AUD"), (3.05, "AUD")]
    irish = "DUBLIN, 3 March 2026 -- Households on the new tariff save 35c a day, or €128 a year."
    assert money(irish, "en") == [(0.35, "EUR"), (128, "EUR")]
    assert money("Les travaux de la phase 2c coûtent 3 M€, soit 40c par habitant.") == [(3000000, "EUR")]


def test_a_table_unit_on_the_line_above_it_in_english_and_indian_scales() -> None:
    pounds = "Summary (in £m)\n | 2025 | 2024\nRevenue | 96.5 | 88.0\n"
    assert money(pounds, "en") == [(88000000, "GBP"), (96500000, "GBP")]
    rupees = "Allocation (Rs crore)\nState\t2025-26\t2026-27\nOdisha\t1,250\t1,400\n"
    assert money(rupees, "en") == [(12500000000, "INR"), (14000000000, "INR")]


def test_thousands_in_a_table_header() -> None:
    text = "(en milliers d'euros) | 2025\nSubventions | 480\n"
    assert money(text) == [(480000, "EUR")]


def test_a_unit_in_brackets_outside_a_table_makes_no_sums() -> None:
    text = "Le budget (en M€) sera voté demain.\nIl compte 14 lignes et 3 annexes."
    assert money(text) == []


def test_swiss_mio_without_a_currency_is_francs() -> None:
    text = (
        "Sion, le 3 mai 2025. Le Conseil d'Etat valaisan verse 2,4 mio à la commune; "
        "les comptes bouclent sur un déficit de 0,6 mio. Le crédit de CHF 5'000'000.- est voté."
    )
    assert money(text) == [(600000, "CHF"), (2400000, "CHF"), (5000000, "CHF")]


def test_mio_before_a_noun_or_outside_switzerland_is_no_sum() -> None:
    swiss = "Genève, le 3 mai 2025. Le canton de Genève compte 0,5 mio d'habitants. CHF 20.- par mois."
    assert money(swiss) == [(20, "CHF")]
    assert money("Lyon, le 3 mai 2025. La société lyonnaise recrute et vise 2,4 mio.") == []


def test_a_scaled_number_after_a_sum_keeps_its_currency() -> None:
    text = (
        "Dakar, le 3 mai 2025. La BOAD a approuvé un résultat net de 3 200 000 000 FCFA, "
        "contre une perte de 0,9 milliard un an plus tôt."
    )
    assert money(text) == [(900000000, "XOF"), (3200000000, "XOF")]
    english = "Profit was £12.5 million, against a loss of 3.1 million last year."
    assert money(english, "en") == [(3100000, "GBP"), (12500000, "GBP")]


def test_the_next_sentence_continues_a_sum_of_the_same_scale() -> None:
    text = (
        "Le premier prêt, de 7 milliards de FCFA, ira au port de Lomé. "
        "Le second, de 4,5 milliards, financera des routes.\n\n"
        "Le pays compte 9 millions, dont une moitié en ville."
    )
    # the third figure is in another paragraph and of another scale: no sum
    assert money(text) == [(4500000000, "XOF"), (7000000000, "XOF")]


def test_a_count_in_the_next_sentence_takes_no_currency_of_a_sum() -> None:
    text = (
        "Eindhoven, 2 March 2027 - The €64 million plant opens in May. At full capacity it will "
        "make 90 million cartridges a year."
    )
    assert money(text, "en") == [(64000000, "EUR")]


def test_a_number_of_another_kind_between_stops_the_carry() -> None:
    text = "L'aide atteint 2 millions d'euros. Sur 40 communes, 3 millions vivent en zone rurale."
    assert money(text) == [(2000000, "EUR")]


def test_naira_with_its_sign_its_plain_n_and_kobo_in_a_nigerian_release() -> None:
    text = (
        "Abuja, 2 June 2025 - Kwara Agro Mills Plc said revenue reached ₦92.4 billion, while "
        "N3.5bn went to new silos in Ibadan. Shareholders get 40 kobo a share and 2 million naira "
        "was given to a school."
    )
    assert money(text, "en") == [(0.4, "NGN"), (2000000, "NGN"), (3500000000, "NGN"), (92400000000, "NGN")]


def test_a_plain_n_before_a_number_is_no_sum_outside_nigeria() -> None:
    assert money("Johannesburg, 2 June 2025 - Traffic on the N3 will be diverted for 12 days.", "en") == []
    assert money("Orléans, le 2 juin 2025. Les travaux sur la N20 dureront 3 semaines.") == []


def test_moroccan_dirhams_and_the_signs_that_hold_their_scale() -> None:
    text = (
        "Rabat, le 5 mai 2025. Le chiffre d'affaires atteint 845 MDH et l'investissement 1,2 MMDH ; "
        "le dividende est de 7,50 DH par action et la filiale a levé 60 millions de dirhams."
    )
    assert money(text) == [(7.5, "MAD"), (60000000, "MAD"), (845000000, "MAD"), (1200000000, "MAD")]


def test_dirhams_in_the_emirates_are_the_uae_dirham() -> None:
    text = "Dubai, 5 May 2025 - The port operator will invest 300 million dirhams in Dubai and Abu Dhabi."
    assert money(text, "en") == [(300000000, "AED")]


def test_a_row_that_counts_is_not_money_under_a_table_of_money() -> None:
    text = (
        "Key figures (in EUR million) | 2025 | 2024\n"
        "Revenue | 48.2 | 41.0\n"
        "Staff costs | 12.5 | 11.9\n"
        "Employees | 1,240 | 1,180\n"
        "Number of branches | 36 | 31\n"
        "Installed capacity (MW) | 420 | 380\n"
        "Operating margin (%) | 14.1 | 12.8\n"
    )
    # the headcount, the branches and the megawatts are counts; the costs are a sum
    assert money(text, "en") == [
        (11900000, "EUR"),
        (12500000, "EUR"),
        (41000000, "EUR"),
        (48200000, "EUR"),
    ]
    french = (
        "(en milliers d'euros) | 2025\nEffectifs (ETP) | 85\nNombre d'adhérents | 1 200\nCotisations | 310\n"
    )
    assert money(french) == [(310000, "EUR")]


# Shapes of the third held-out set (own31-own40, enricher 0.7.4).


def test_tunisian_dinars_with_their_signs_and_three_decimals() -> None:
    text = (
        "Sfax, le 3 février 2025 – Le chiffre d'affaires atteint 412,5 MDT et le bénéfice 18,3 millions de "
        "dinars ; l'action a clôturé à 8,250 DT et une prime de 1 200 dinars est versée."
    )
    assert money(text) == [(8.25, "TND"), (1200, "TND"), (18300000, "TND"), (412500000, "TND")]


def test_algerian_dinars_and_dinars_from_nowhere() -> None:
    assert money("Oran, le 3 mars 2024 – Le port investira 12 milliards de dinars en Algérie.") == [
        (12000000000, "DZD")
    ]
    assert money("Lyon, le 3 mars 2024 – La pièce ancienne vaut 12 dinars selon l'expert.") == []


def test_a_unit_above_a_table_with_a_blank_line_between() -> None:
    text = (
        "Yaoundé, le 2 mai 2025 – Résultats.\n\nChiffres clés (en millions de FCFA)\n\n"
        "| | 2024 | 2023 |\n|---|---|---|\n| Ventes | 1 250 | 1 100 |\n"
    )
    assert money(text) == [(1100000000, "XAF"), (1250000000, "XAF")]


def test_a_row_label_states_its_own_unit() -> None:
    text = (
        "Mombasa, 3 March 2025 - Results.\n\n| | 2024 | 2023 |\n|---|---|---|\n"
        "| Turnover (KSh million) | 1,250 | 1,100 |\n| Dividend per share (KSh) | 2.50 | 2.10 |\n"
    )
    assert money(text, "en") == [(2.1, "KES"), (2.5, "KES"), (1100000000, "KES"), (1250000000, "KES")]


def test_earnings_per_share_rows_are_never_scaled_with_the_table() -> None:
    text = (
        "Pune, 12 August 2025 - Results.\n\n(₹ crore) | Q1 FY26 | Q1 FY25\nRevenue | 1,250.4 | 1,102.9\n"
        "EPS (₹, not annualised) | 6.42 | 4.73\n"
    )
    assert money(text, "en") == [(4.73, "INR"), (6.42, "INR"), (11029000000, "INR"), (12504000000, "INR")]


def test_a_sum_then_a_count_is_no_range() -> None:
    text = (
        "Harrisburg, Pa. - The State Awards $41.7 Million to 38 Projects, from $2 million to $3 million each."
    )
    assert money(text, "en") == [(2000000, "USD"), (3000000, "USD"), (41700000, "USD")]


def test_a_row_unit_wins_over_the_table_unit() -> None:
    text = "(en millions de FCFA) | 2024\nVentes | 1 250\nDividende par action (FCFA) | 350\n"
    assert money(text) == [(350, "XOF"), (1250000000, "XOF")]


def test_a_whole_figure_opening_a_range_keeps_its_value() -> None:
    assert money("Grants range from $250,000 to $4.2 million in Ohio.", "en") == [
        (250000, "USD"),
        (4200000, "USD"),
    ]
    assert money("Loans of between $2 and $3 billion are planned.", "en") == [
        (2000000000, "USD"),
        (3000000000, "USD"),
    ]


def test_cents_of_a_named_dollar() -> None:
    text = "Hong Kong, 2 May 2025 - Earnings per share were HK8.4 cents and the dividend US2 cents."
    assert money(text, "en") == [(0.02, "USD"), (0.084, "HKD")]


def test_rand_written_out_and_numbered_roads_in_south_africa() -> None:
    text = (
        "Polokwane, 4 June 2025 - Work on the R71 and the N1 will cost R240 million, and the town adds "
        "12 million rand."
    )
    assert money(text, "en") == [(12000000, "ZAR"), (240000000, "ZAR")]


def test_a_scaled_r_sum_from_an_unknown_country_is_the_rand() -> None:
    assert money("The airport's R3.2 billion programme resumed in the domestic terminal.", "en") == [
        (3200000000, "ZAR")
    ]
    assert money("The airport's R32 plan resumed.", "en") == []


def test_a_country_named_in_the_possessive_decides_the_dollar() -> None:
    text = "The wind farm adds to New Zealand's renewable power. The company will invest $300m."
    assert money(text, "en") == [(300000000, "NZD")]


def test_a_dateline_town_of_one_country_decides_the_dollar() -> None:
    # Dargaville, a town of Northland, is a town of no other country; "Mardi" is a weekday, not the
    # New South Wales town of that name
    assert money("Dargaville, Tuesday 3 March 2026\n\nThe trust will spend $2.5 million.", "en") == [
        (2500000, "NZD")
    ]
    assert money("Mardi, 24 novembre 2026\n\nLe fonds lève 3 M$.", "fr") == [(3000000, "USD")]


def test_tunisian_md_millions_and_the_sub_units_of_one_currency() -> None:
    text = (
        "Sousse, le 3 mars 2026 – La digue coûtera 42,5 MD ; le ticket passe de 450 millimes à 500 millimes."
    )
    assert money(text) == [(0.45, "TND"), (0.5, "TND"), (42500000, "TND")]
    text = "Kumasi, 3rd March, 2026 - Bus fares rise by 60 pesewas; Lusaka's by 50 ngwee."
    assert money(text, "en") == [(0.5, "ZMW"), (0.6, "GHS")]
    # "MD" is a dinar country's sign only: in a French release it is nobody's money
    assert money("Lyon, le 3 mars 2026 – Le cabinet compte 5 MD et 12 avocats.") == []


def test_a_region_named_by_a_position_alone_points_to_no_country() -> None:
    # "Central" is a district of Botswana, "North West" a province of South Africa and of Botswana
    text = "The R3.2 billion works near Central Security are done. The Central terminal reopens."
    assert money(text, "en") == [(3200000000, "ZAR")]


def test_a_heading_of_a_list_of_grants_keeps_its_siblings_currency() -> None:
    text = (
        "Décisions de la commission\n"
        "Vannes : 1,5 M€ pour le port de commerce\n"
        "Lorient : 32 000 pour l'association Nautisme\n"
        "La Région apporte aussi 5 000 € au club de voile.\n"
    )
    assert money(text) == [(5000, "EUR"), (32000, "EUR"), (1500000, "EUR")]
    # without sibling headings in a currency, a bare figure stays a figure
    assert money("Lorient : 32 000 pour l'association Nautisme\nIls sont 40 adhérents.") == []


def test_algerian_da_sign_in_text_and_in_a_table_header() -> None:
    text = (
        "ORAN - La société a levé 3,4 milliards de DA, et un prêt de 750 000 000 DA.\n\n"
        "| Site | Montant (millions de DA) |\n|---|---|\n| Tiaret | 1 200 |\n"
    )
    assert money(text) == [(750000000, "DZD"), (1200000000, "DZD"), (3400000000, "DZD")]
    # outside Algeria "DA" is no currency (a Tunisian release's "DA" is an acronym)
    assert money("TUNIS - Le projet DA 2026 coûte 12 MDT. Il compte 40 DA locales.") == [(12000000, "TND")]


def test_explicit_dollars_in_a_country_without_a_dollar_are_us_dollars() -> None:
    text = "ALGER - L'usine économisera 3 millions de dollars par an et coûte 2 milliards de dinars."
    assert money(text) == [(3000000, "USD"), (2000000000, "DZD")]
    # in a dollar country they stay the country's own
    assert money("MONTRÉAL - Québec investit 3 millions de dollars.") == [(3000000, "CAD")]


def test_a_caption_gives_the_tables_scale_and_its_cells_the_currency() -> None:
    text = (
        "Key figures (unaudited; in thousands, except per share data)\n\n"
        "| | 2026 | 2025 |\n|---|---|---|\n"
        "| Product sales | $ 3,410 | $ 2,975 |\n"
        "| Operating costs | 1,820 | (1,640) |\n"
        "| Loss per share, basic | $ (0.22) | $ (0.31) |\n"
    )
    assert money(text, "en") == [
        (0.22, "USD"), (0.31, "USD"), (1640000, "USD"), (1820000, "USD"), (2975000, "USD"), (3410000, "USD")
    ]  # fmt: skip
    # a scale alone with no sign in the cells says nothing of money
    assert money("Visitors (in thousands)\n| Site | 2026 |\n| Museum | 412 |\n", "en") == []


def test_a_french_caption_with_its_exception_for_per_share_figures() -> None:
    text = (
        "MONTRÉAL - Résultats\n(en millions de dollars, sauf les montants par action)\n"
        "| | 2026 | 2025 |\n| Ventes | 88,4 | 80,1 |\n| Bénéfice par action | 0,37 | 0,29 |\n"
    )
    assert money(text) == [(0.29, "CAD"), (0.37, "CAD"), (80100000, "CAD"), (88400000, "CAD")]


def test_a_row_priced_per_unit_states_its_own_currency() -> None:
    text = "| | Q1 | Q2 |\n| Cash cost (A$/oz) | 1,940 | 2,015 |\n| Ore milled (t) | 410 | 395 |\n"
    assert money(text, "en") == [(1940, "AUD"), (2015, "AUD")]


# Tables whose header names each column's unit (enricher 0.7.6).


def test_a_column_header_states_the_unit_of_its_column_alone() -> None:
    shillings = (
        "Nakuru, 3 May 2026 - Works approved.\n\n| Ward | Works | Cost (KSh) |\n|---|---|---|\n"
        "| Upper Kiboko | Drainage, 3 culverts | 12,400,000 |\n| Lower Kiboko | Road grading | 8,150,000 |\n"
    )
    assert money(shillings, "en") == [(8150000, "KES"), (12400000, "KES")]
    # a column under no currency holds no sums, though another column names one
    rupees = (
        "Pune, 3 May 2026 - Outlays.\n\n| District | Outlay 2026-27 (Rs crore) | Beneficiaries |\n"
        "|---|---|---|\n| Satara | 420 | 12,000 |\n| Nashik | 315 | 9,400 |\n"
    )
    assert money(rupees, "en") == [(3150000000, "INR"), (4200000000, "INR")]
    tonnes = (
        "Dakar, le 3 mai 2026 – Campagne agricole.\n\n| Produit | Tonnes | Coût (millions FCFA) |\n"
        "|---|---|---|\n| Riz | 8 200 | 2 460 |\n| Maïs | 5 100 | 910 |\n"
    )
    assert money(tonnes) == [(910000000, "XOF"), (2460000000, "XOF")]


def test_a_unit_in_the_corner_cell_is_every_columns() -> None:
    text = (
        "Galway, 3 May 2026 - Interim results.\n\n| €m | H1 2026 | H1 2025 |\n|---|---|---|\n"
        "| Revenue | 31.5 | 27.9 |\n| Employees | 410 | 380 |\n| Dividend per share (cent) | 12.1 | 10.4 |\n"
    )
    # the headcount is no sum; a row in cents is in hundredths of the euro, not in millions
    assert money(text, "en") == [(0.104, "EUR"), (0.121, "EUR"), (27900000, "EUR"), (31500000, "EUR")]


def test_a_row_in_pence_under_a_caption_in_millions() -> None:
    text = "Summary (in £m)\n | 2026 | 2025\nRevenue | 96.5 | 88.0\nDividend (pence) | 4.2 | 3.9\n"
    assert money(text, "en") == [(0.039, "GBP"), (0.042, "GBP"), (88000000, "GBP"), (96500000, "GBP")]


def test_a_cent_is_the_hundredth_of_the_releases_currency_or_of_the_one_it_names() -> None:
    irish = "Limerick, Ireland, 3 May 2026 - A dividend of 4.6 cent per share; revenue €48.2 million."
    assert money(irish, "en") == [(0.046, "EUR"), (48200000, "EUR")]
    named = "Toronto, 3 May 2026 - A dividend of 12 cents, 5 US cents on the notes and 2.5 Singapore cents."
    assert money(named, "en") == [(0.025, "SGD"), (0.05, "USD"), (0.12, "CAD")]
    # from nowhere, a release quoting only euros means the euro's cent; else the dollar's
    assert money("The fee is 30 cent a page, €2 a copy.", "en") == [(0.3, "EUR"), (2, "EUR")]
    assert money("The fee is 30 cents a page, $2 a copy.", "en") == [(0.3, "USD"), (2, "USD")]


# Any country's currency, by the names and codes of ISO 4217 (pycountry), enricher 0.7.6.


def test_a_currency_no_rule_names_is_read_by_its_iso_name_or_code() -> None:
    accra = (
        "Accra, Ghana, 3 May 2026 - The authority will spend GHS 2.4 million and 1.5 million Ghana cedis, "
        "with 300,000 cedis in grants."
    )
    assert money(accra, "en") == [(300000, "GHS"), (1500000, "GHS"), (2400000, "GHS")]
    tana = "Antananarivo, le 3 mai 2026 – Le ministère investit 12 milliards d'ariary et 2,5 milliards MGA."
    assert money(tana) == [(2500000000, "MGA"), (12000000000, "MGA")]


def test_a_name_many_currencies_share_is_the_releases_own() -> None:
    kampala = "Kampala, Uganda, 3 May 2026 - The council approved 200 million shillings for roads."
    assert money(kampala, "en") == [(200000000, "UGX")]
    # francs in a country whose franc is its own; the full name says which franc anywhere
    kinshasa = "Kinshasa, le 3 mai 2026 – Un budget de 4 milliards de francs congolais et 500 000 francs."
    assert money(kinshasa) == [(500000, "CDF"), (4000000000, "CDF")]
    # from Paris, pesos could be a dozen currencies: no sum rather than a wrong one
    assert money("Paris, le 3 mai 2026 – Le contrat vaut 300 millions de pesos.") == []


def test_words_and_names_that_only_look_like_a_currency_are_no_sums() -> None:
    text = (
        "Paris, le 3 mai 2026 – Il a lu 12 livres et couvert 3 sol. La COP21 et le TOP 10 des "
        "villes; en 2026 ALL 12 sites."
    )
    assert money(text) == []


def test_a_currency_sign_unicode_names_after_its_currency() -> None:
    manila = "Manila, 3 May 2026 - The bank lent ₱2.5 billion to farmers and ₱300,000 to each cooperative."
    assert money(manila, "en") == [(300000, "PHP"), (2500000000, "PHP")]
    signs = "Accra, 3 May 2026 - A ₵12 million plan; Istanbul paid ₺4 million and Bangkok ฿20 million."
    assert money(signs, "en") == [(4000000, "TRY"), (12000000, "GHS"), (20000000, "THB")]
    # a sign several currencies share needs the release's country (the rupee's: India's, Pakistan's,
    # Sri Lanka's...); an old currency's sign is none; the won's sign is the Won's (KRW), the one
    # currency ISO 4217 names "Won" alone
    assert money("Paris, 3 May 2026 - A ₣12 note and ₨5 billion.", "en") == []
    assert money("Paris, 3 May 2026 - A ₩5 billion plan.", "en") == [(5000000000, "KRW")]


def test_ranges_without_between_or_from() -> None:
    english = "London, 3 May 2026 - Capex of $10 - 12 million, disposals of £2 to 3bn; £5 and £3 million."
    assert money(english, "en") == [
        (5, "GBP"),
        (3000000, "GBP"),
        (10000000, "USD"),
        (12000000, "USD"),
        (2000000000, "GBP"),
        (3000000000, "GBP"),
    ]
    swiss = "Zurich, 3 May 2026 - Sales are expected at CHF 120 – 130 mio."
    assert money(swiss, "en") == [(120000000, "CHF"), (130000000, "CHF")]
    # a year before "à" or a blank dash is a label, not the range's first end
    french = "Paris, le 3 mai 2026 – Soit 2 à 3 M€ de plus; en 2016 - 40 M€; 2016 à 45 M€."
    assert money(french) == [(2000000, "EUR"), (3000000, "EUR"), (40000000, "EUR"), (45000000, "EUR")]


def test_a_share_of_a_sum_keeps_its_currency() -> None:
    french = "Paris, le 3 mai 2026 – Un plan de 12,5 millions d'euros, dont 3,2 millions apportés par l'État."
    assert money(french) == [(3200000, "EUR"), (12500000, "EUR")]
    english = "London, 3 May 2026 - A £40 million plan, of which 12 million comes from the council."
    assert money(english, "en") == [(12000000, "GBP"), (40000000, "GBP")]
    # a count after "dont" is no sum
    counted = "Lyon, le 3 mai 2026 – 5 M€ pour 3 communes, dont 2 millions d'habitants."
    assert money(counted) == [(5000000, "EUR")]


def test_a_currencys_sign_at_home_and_its_hundredths() -> None:
    kl = "Kuala Lumpur, Malaysia, 3 May 2026 - Revenue rose to RM214.6 million; a dividend of 1.5 sen."
    assert money(kl, "en") == [(0.015, "MYR"), (214600000, "MYR")]
    tana = "Antananarivo, Madagascar, le 3 mai 2026 – 9,6 milliards Ar et 2 500 Ariary le kilo."
    assert money(tana) == [(2500, "MGA"), (9600000000, "MGA")]
    sion = "Sion, le 3 mai 2026 – Le canton du Valais estime la route à Fr. 2'350'000.–."
    assert money(sion) == [(2350000, "CHF")]
    # far from home the same letters are no sums
    assert money("London, 3 May 2026 - RM 12 million; P12,000; 4 sen; 3 Ariary.", "en") == []


def test_a_header_names_any_currency_and_a_percent_column_is_no_sum() -> None:
    accra = (
        "Accra, Ghana, 3 May 2026 - Contracts.\n\n| Contractor | Contract sum (GH₵) | Area (ha) |\n"
        "|---|---|---|\n| Volta Works Ltd | 33,549,500 | 1,200 |\n| Savanna Build | 38,620,500 | 950 |\n"
    )
    assert money(accra, "en") == [(33549500, "GHS"), (38620500, "GHS")]
    tana = (
        "Antananarivo, Madagascar, le 3 mai 2026 – Aides.\n\n"
        "| Région | Semences (tonnes) | Montant (millions Ar) |\n|---|---|---|\n"
        "| Analamanga | 120 | 1 975 |\n| Boeny | 95 | 2 640 |\n"
    )
    assert money(tana) == [(1975000000, "MGA"), (2640000000, "MGA")]
    kl = (
        "Kuala Lumpur, Malaysia, 3 May 2026 - Results.\n\n| RM million | 3Q2026 | 3Q2025 | Change (%) |\n"
        "|---|---|---|---|\n| Revenue | 214.6 | 181.5 | 18.2 |\n| Basic EPS (sen) | 4.12 | 3.24 | 27.2 |\n"
    )
    assert money(kl, "en") == [(0.0324, "MYR"), (0.0412, "MYR"), (181500000, "MYR"), (214600000, "MYR")]


def test_a_hyphen_between_a_figure_and_its_scale_word() -> None:
    text = (
        "TORONTO, Ontario, March 3, 2026 - The province will borrow US$75-million and put a "
        "$1.4-billion budget and a 20-million-dollar fund to work; a $5-m note is no scale word."
    )
    assert money(text, "en") == [(5, "CAD"), (20000000, "CAD"), (75000000, "USD"), (1400000000, "CAD")]
    assert money("Bordeaux - Un plan de 3,5-milliards d'euros.") == [(3500000000, "EUR")]
    accra = "ACCRA, Ghana, May 4, 2026 - A GHS 50-million loan and a 2.4-billion cedi plan."
    assert money(accra, "en") == [(50000000, "GHS"), (2400000000, "GHS")]
    assert money("MANILA, Philippines, May 4, 2026 - A ₱3-billion bond.", "en") == [(3000000000, "PHP")]
    assert money("A 5-million-year-old rock.", "en") == []


def test_rs_and_rupees_are_the_rupee_of_a_country_that_pays_in_one() -> None:
    karachi = "Karachi, 4 May 2026: The utility will invest Rs. 12 Bn and pay Rs 40 a unit."
    assert money(karachi, "en") == [(40, "PKR"), (12000000000, "PKR")]
    kathmandu = "Kathmandu, 4 May 2026: A grant of Rs 2 million, or 300 rupees a family."
    assert money(kathmandu, "en") == [(300, "NPR"), (2000000, "NPR")]
    # "₹" is India's own sign wherever the release is from
    assert money("Colombo, 4 May 2026: A ₹5 crore loan from India.", "en") == [(50000000, "INR")]


def test_rs_stays_the_indian_rupee_outside_the_rupee_countries() -> None:
    assert money("A fund of Rs 5 crore and 200 rupees a head.", "en") == [(200, "INR"), (50000000, "INR")]
    nairobi = "NAIROBI, Kenya, 4 May 2026 - Indian investors pledged Rs 80 crore."
    assert money(nairobi, "en") == [(800000000, "INR")]


def test_a_dollar_named_by_its_countrys_letters_at_home() -> None:
    kingston = "KINGSTON, Jamaica, May 4, 2026 - A J$120 million road and a TT$3 million grant."
    assert money(kingston, "en") == [(120000000, "JMD")]  # Trinidad's dollar is no sum in Kingston
    port = "PORT OF SPAIN, Trinidad and Tobago, May 4, 2026 - The ministry spends TT$2.5 billion."
    assert money(port, "en") == [(2500000000, "TTD")]
    assert money("LONDON, May 4, 2026 - A J$120 million road.", "en") == []


def test_a_table_laid_out_with_blanks_and_its_unit_in_a_column_header() -> None:
    text = (
        "KINGSTON, Jamaica, May 4, 2026 - The road works in the first phase are:\n\n"
        "Road                     Parish         Cost (J$)     Length (km)\n"
        "Spur Tree Hill           Manchester     412,500,000          6\n"
        "Junction Road            St. Mary        88,000,000         11\n"
    )
    assert money(text, "en") == [(88000000, "JMD"), (412500000, "JMD")]  # not the lengths


def test_a_table_laid_out_with_blanks_and_a_unit_in_each_rows_label() -> None:
    text = (
        "Colombo, 4 May 2026: Results of the group.\n\n"
        "                                 Q1 2026      Q1 2025\n"
        "Revenue (Rs. Mn)                   8,240        7,115\n"
        "Dividend per share (Rs.)            1.50         1.25\n"
        "Employees                          2,310        2,200\n"
    )
    assert money(text, "en") == [(1.25, "LKR"), (1.5, "LKR"), (7115000000, "LKR"), (8240000000, "LKR")]


def test_a_table_laid_out_with_blanks_under_a_caption_or_with_its_unit_in_the_corner() -> None:
    caption = (
        "Johannesburg, 4 May 2026 - Provincial spending\n\n"
        "(in millions of rand)\n"
        "Department         2026/27     2025/26\n"
        "Health               1 240       1 105\n"
        "Staff (number)         940         910\n"
    )
    assert money(caption, "en") == [(1105000000, "ZAR"), (1240000000, "ZAR")]
    corner = (
        "Rabat, le 4 mai 2026\n\n"
        "En MDH              S1 2026     S1 2025\n"
        "Ventes                  214         198\n"
        "Résultat net             --          31\n"
    )
    assert money(corner) == [(31000000, "MAD"), (198000000, "MAD"), (214000000, "MAD")]


def test_a_short_line_naming_the_unit_above_a_table_of_bars() -> None:
    text = (
        "Tunis, le 4 mai 2026\n\n"
        "Montants en MDT\n"
        "| Poste | 2026 | 2025 |\n"
        "| Dépôts | 1 250 | 1 100 |\n"
        "| Agences (nombre) | 42 | 40 |\n"
    )
    assert money(text) == [(1100000000, "TND"), (1250000000, "TND")]


def test_a_column_of_units_gives_each_row_its_own() -> None:
    spaced = (
        "Colombo, 4 May 2026: Group figures.\n\n"
        "Item               Unit         2026        2025\n"
        "Revenue            Rs. Mn      8,240       7,115\n"
        "Dividend           Rs.          1.50        1.25\n"
        "Outlets            number        420         390\n"
    )
    assert money(spaced, "en") == [(1.25, "LKR"), (1.5, "LKR"), (7115000000, "LKR"), (8240000000, "LKR")]
    bars = "Rabat, le 4 mai 2026\n\n| Poste | Unité | 2026 |\n| Ventes | MDH | 214 |\n| Sites | nombre | 3 |"
    assert money(bars) == [(214000000, "MAD")]


def test_a_column_of_names_holding_a_currency_word_is_no_unit_column() -> None:
    text = (
        "Indicator      Region          2026   2025\n"
        "GDP growth     Euro area        2.1    1.8\n"
        "GDP growth     Latin America    1.4    1.2\n"
    )
    assert money(text, "en") == []


def test_the_shilling_sign_at_home_and_nowhere_else() -> None:
    nairobi = "Nairobi, Kenya, 3 May 2026 - The county set aside Sh500 million and Shs 20 million for wards."
    assert money(nairobi, "en") == [(20000000, "KES"), (500000000, "KES")]
    kampala = "Kampala, Uganda, 3 May 2026 - The council approved Shs 4.5 billion for roads."
    assert money(kampala, "en") == [(4500000000, "UGX")]
    assert money("London, 3 May 2026 - Sh 500 million is a typo for a sum.", "en") == []


def test_the_leone_sign_at_home_and_never_the_french_article() -> None:
    freetown = "Freetown, Sierra Leone, 3 May 2026 - The levy of Le 1.9 million rises to NLe 2.4 million."
    assert money(freetown, "en") == [(1900000, "SLE"), (2400000, "SLE")]
    assert money("London, 3 May 2026 - Le 350 is a typo for a sum.", "en") == []
    french = "Freetown, Sierra Leone, le 3 mai 2026 - Le 12 mai, Le 350 000 élèves et 350 Le directeur."
    assert money(french, "fr") == []


def test_the_yen_sign_is_the_yuan_in_china() -> None:
    assert money("Osaka, Japan, 3 May 2026 - Sales rose to ¥120 billion.", "en") == [(120000000000, "JPY")]
    assert money("Shenzhen, China, 3 May 2026 - Sales rose to ¥8.5 billion.", "en") == [(8500000000, "CNY")]


def test_trillions_written_short() -> None:
    lagos = "Lagos, Nigeria, 3 May 2026 - Deposits grew to N1.2trn, and to ₦1.4tn by June."
    assert money(lagos, "en") == [(1200000000000, "NGN"), (1400000000000, "NGN")]


def test_a_currencys_name_before_a_scaled_figure_at_home() -> None:
    bangkok = "Bangkok, Thailand, 3 May 2026 - Revenue was Baht 12 billion."
    assert money(bangkok, "en") == [(12000000000, "THB")]
    # a word that is also a currency's name, before a count, is no sum
    assert money("Seoul, South Korea, 3 May 2026 - The team Won 3 awards.", "en") == []


def test_a_bare_dollar_from_a_provincial_government_named_in_the_header() -> None:
    text = (
        "Government of Nova Scotia\nNews Releases\n\nMarch 12, 2026\n\nNew schools\n\n"
        "The Province is investing $412 million, with schools in Bedford, Sydney and Halifax."
    )
    assert money(text, "en") == [(412000000, "CAD")]


def test_a_column_header_with_the_euro_sign_glued_to_its_scale() -> None:
    text = (
        "Auch, le 27 janvier 2026 – Les projets.\n\n"
        "Commune          Porteur                          Aide (k€)\n"
        "Condom           Communauté de la Ténarèze        450\n"
        "Mirande          Communauté d'Astarac             420\n"
    )
    assert money(text) == [(420000, "EUR"), (450000, "EUR")]


def test_the_cfp_franc_wherever_it_is_written() -> None:
    text = (
        "Papeete, le 3 avril 2026. La commune investit 1,5 milliard F CFP dans son port, dont 600 MF CFP "
        "de la province et 40 millions de francs CFP du fonds ; le reste, 12 000 000 XPF, vient d'un don."
    )
    assert money(text) == [(12000000, "XPF"), (40000000, "XPF"), (600000000, "XPF"), (1500000000, "XPF")]
    # a French franc stays one: "F" alone is no CFP franc
    assert money("En 1995, le projet coûtait 30 millions de F.") == [(30000000, "FRF")]


def test_a_row_label_with_its_scale_before_its_currency() -> None:
    text = (
        "Chiffres clés\n\n"
        "                        2025        2024\n"
        "Ventes (MF CFP)        3 120       2 980\n"
        "Effectif                 140         132\n"
    )
    assert money(text) == [(2980000000, "XPF"), (3120000000, "XPF")]


def test_the_cedi_sign_of_letters_anywhere_and_in_a_caption() -> None:
    text = (
        "Lagos, 2 May 2026 - The group paid GH¢0.05 per share and lent GH₵ 3.2 million in Ghana.\n\n"
        "Results (GH¢ million)\n\n"
        "                    2025      2024\n"
        "Revenue            410.5     388.0\n"
    )
    assert money(text, "en") == [
        (0.05, "GHS"),
        (3200000, "GHS"),
        (388000000, "GHS"),
        (410500000, "GHS"),
    ]
    assert money("Ghana (GH) 12 teams") == []


def test_the_swiss_fr_sign_in_a_release_whose_francs_are_swiss() -> None:
    text = "Le canton verse CHF 2 mio aux communes et une aide de Fr. 45'000.– aux paysans."
    assert money(text) == [(45000, "CHF"), (2000000, "CHF")]
    # in a French release, "Fr." is no Swiss franc
    assert money("Paris, le 3 mars 2026. Le club de Fr. 12 joueurs a reçu 3 000 €.") == [(3000, "EUR")]


def test_a_code_the_release_uses_as_a_bodys_name_is_no_currency() -> None:
    text = (
        "L'Agence régionale de santé (ARS) finance le projet. Contact : 01 23 45 67 89\n"
        "ARS Bretagne : service presse. Le dossier compte 12 ARS et 4 CHU."
    )
    assert money(text) == []
    # a figure ending a line is no sum in a code opening the next
    assert money("Total : 25\nCDF Holdings SA") == []
    # after a currency's name, a bracketed code is its ISO code, not a body
    assert money("Le prix est fixé en pesos argentins (ARS) : 2 500 ARS par mois.") == [(2500, "ARS")]


def test_a_difference_of_sums_continues_the_currency() -> None:
    text = "Les planteurs ont reçu 9,5 milliards de francs CFA, soit 1,1 milliard de plus qu'en 2024."
    assert money(text) == [(1100000000, "XOF"), (9500000000, "XOF")]
    # a count after "de" is not carried
    assert money("Il a levé 3 millions d'euros, soit 2 millions de clients.") == [(3000000, "EUR")]


def test_a_table_laid_out_with_blanks_whose_header_runs_over_several_lines() -> None:
    # the caption above a line that names the columns' span; "Audited" names no Australian dollar;
    # a bare dollar in Trinidad is the TT dollar
    text = (
        "PORT OF SPAIN, Trinidad, Nov. 14, 2025 - Results.\n\n"
        "Selected data (unaudited)\n(Dollars in thousands, except per share data)\n\n"
        "                              Three months ended\n"
        "                          Sept. 30,     June 30,\n"
        "                               2025         2025\n"
        "Net interest income          11,284       10,917\n"
        "Diluted earnings per share     1.31         1.25\n\n"
        "(Expressed in TT$ millions)\n\n"
        "                       Nine months    Year ended\n"
        "                       Sep 30, 2025   Dec 31, 2024\n"
        "                       Unaudited      Audited\n"
        "Revenue                     612.5          779.8\n"
    )
    assert money(text, "en") == [
        (1.25, "TTD"),
        (1.31, "TTD"),
        (10917000, "TTD"),
        (11284000, "TTD"),
        (612500000, "TTD"),
        (779800000, "TTD"),
    ]


def test_a_price_below_one_with_three_decimals_is_no_thousands() -> None:
    # "0,085": a zero never leads a group of thousands, whichever convention the text writes
    text = "Le prix de l'eau brute reste à 0,085 € le mètre cube ; le budget atteint 1,2 milliard d'euros."
    assert money(text) == [(0.085, "EUR"), (1200000000, "EUR")]
    assert money("The levy is $0,085 per litre, or 6,161,270 dollars in all.", "en")[0] == (0.085, "USD")


def test_a_document_s_label_in_capitals_names_no_town_that_would_decide_the_dollar() -> None:
    # "MEDIA" folds to an Algerian city's name (Médéa); the NSW towns make the bare dollar Australian
    text = (
        "MEDIA RELEASE\n\nMinister for Regional Roads\n\nWork starts on $214 million upgrade between Dubbo "
        "and Narromine in New South Wales, the minister said of the Central West and Orana.\n\n"
        "MEDIA CONTACT: Jo Hart"
    )
    assert money(text, "en") == [(214000000, "AUD")]


def test_a_sign_after_the_number_keeps_the_writer_s_marks_and_india_s_marks_are_english() -> None:
    # a Belgian release: "612.000 €" is six hundred and twelve thousand, "€1,250" still English
    assert money("La facture a atteint 612.000 € ; la piscine a coûté 9,8 millions d'euros.") == [
        (612000, "EUR"),
        (9800000, "EUR"),
    ]
    # an Indian disclosure: PIN codes written "410 501" make no French text of "₹1,286.40 crore"
    text = (
        "Registered Office: Chakan, Pune – 410 501\nBSE Limited, Mumbai – 400 001\nNSE, Mumbai – 400 051\n\n"
        "The company bagged orders worth ₹1,286 crore (₹1,286.40 crore with taxes), after ₹1,090.17 crore "
        "last year, a margin of 7.92%."
    )
    assert money(text, "en") == [(10901700000, "INR"), (12860000000, "INR"), (12864000000, "INR")]


def test_a_caption_that_names_the_figures_before_their_unit() -> None:
    text = (
        "Niamey, le 4 mars 2026 – Adjudication.\n\nRésultats de l'émission (montants en millions de FCFA)\n\n"
        "Instrument        Bons 12 mois    Obligations 3 ans\n"
        "Offres                  12 400                8 150\n"
        "Montant retenu          10 000                7 000\n"
    )
    assert money(text) == [(7e9, "XOF"), (8.15e9, "XOF"), (10e9, "XOF"), (12.4e9, "XOF")]


def test_french_thousands_with_no_break_spaces_in_a_table_laid_out_with_blanks() -> None:
    text = (
        "Rabat, le 2 mars 2026 – Indicateurs.\n\n"
        "En millions de dirhams      T4 2025    T4 2024\n"
        "Chiffre d'affaires          1\u00a0250,4      1\u00a0102,7\n"
    )
    assert money(text) == [(1102.7e6, "MAD"), (1250.4e6, "MAD")]


def test_a_headerless_table_under_a_scale_caption_with_a_long_label() -> None:
    text = (
        "KARACHI, 2 March 2026 - Results of Indus Loom Limited.\n\n"
        "                               Half year     Half year\n"
        "                               (Rupees in '000)\n"
        "Net sales                       1,204,500       998,100\n"
        "Profit after taxation             210,300       175,900\n"
        "Earnings per share - basic (Rupees)  3.40          2.85\n"
    )
    assert money(text, "en") == [
        (2.85, "PKR"),
        (3.4, "PKR"),
        (175.9e6, "PKR"),
        (210.3e6, "PKR"),
        (998.1e6, "PKR"),
        (1204.5e6, "PKR"),
    ]


def test_each_scaled_number_joined_after_the_last_keeps_the_currency() -> None:
    text = (
        "Lausanne, le 3 mars 2026 – Le plan atteint 90 millions de francs, dont 50 millions pour les "
        "routes du canton et 40 millions pour le rail."
    )
    assert money(text) == [(40e6, "CHF"), (50e6, "CHF"), (90e6, "CHF")]


def test_a_table_under_its_title_line_with_dates_and_units_over_its_columns() -> None:
    text = (
        "PORT LOUIS, 24 September 2026 - Results of Tamarin Bay Hotels Ltd.\n\n"
        "STATEMENT OF PROFIT OR LOSS                  THE GROUP\n"
        "                                  Year ended      Year ended\n"
        "                                  30.06.2026      30.06.2025\n"
        "                                     Rs'000          Rs'000\n"
        "Revenue                            2,104,300       1,950,800\n"
        "Earnings per share (Rs)                 2.41            1.96\n"
    )
    assert money(text, "en") == [(1.96, "MUR"), (2.41, "MUR"), (1950.8e6, "MUR"), (2104.3e6, "MUR")]


def test_a_unit_in_the_corner_under_a_header_of_several_lines_and_shares_counted() -> None:
    text = (
        "PORT LOUIS, 24 September 2026 - Results of Tamarin Bay Hotels Ltd.\n\n"
        "                                      Audited         Audited\n"
        "                                   Year ended      Year ended\n"
        "Rs'000                           30 June 2026    30 June 2025\n"
        "Revenue                             2,104,300       1,950,800\n"
        "Shares in issue ('000)                 98,400          98,400\n"
    )
    assert money(text, "en") == [(1950.8e6, "MUR"), (2104.3e6, "MUR")]


def test_a_column_of_prices_per_unit_gives_each_row_its_currency() -> None:
    text = (
        "Kumasi, 3rd March, 2026 - Approved water tariffs\n\n"
        "Category                     Current     New\n"
        "Domestic 0-5 m³               6.1020      6.3310   GH₵/m³\n"
        "Commercial                   14.2500     14.7900   GH₵/m³\n"
        "Bulk supply                   9.8000     10.1000   per m³\n"
    )
    assert money(text, "en") == [(6.102, "GHS"), (6.331, "GHS"), (14.25, "GHS"), (14.79, "GHS")]


def test_a_results_table_in_thousands_with_dollar_signs_set_apart_under_a_spanning_header() -> None:
    text = (
        "TUCKAHOE LABS, INC.\nStatements of Operations\n"
        "(in thousands, except per share data)\n(unaudited)\n\n"
        "                           Three Months Ended     Nine Months Ended\n"
        "                              June 30,               June 30,\n"
        "                           2026        2025       2026        2025\n"
        "Revenue                 $  4,120   $  3,880    $ 12,300   $ 11,050\n"
        "Net loss                $   (610)  $   (905)   $ (1,720)  $ (2,400)\n"
    )
    assert sorted(money(text, "en")) == sorted(
        [(v * 1000, "USD") for v in (4120, 3880, 12300, 11050, 610, 905, 1720, 2400)]
    )


def test_a_rand_table_in_thousands_and_its_row_in_cents() -> None:
    text = (
        "Incorporated in the Republic of South Africa\n\nSUMMARISED STATEMENT OF PROFIT OR LOSS\n"
        "                                  2027         2026\n"
        "                                 R'000        R'000\n"
        "Revenue                      1 204 500    1 108 200\n"
        "Earnings per share (cents)        81.5         74.2\n"
    )
    expected = [(1204.5e6, "ZAR"), (1108.2e6, "ZAR"), (0.815, "ZAR"), (0.742, "ZAR")]
    assert sorted(money(text, "en")) == sorted(expected)


def test_a_date_over_the_dateline_does_not_name_the_country() -> None:
    # "October 6" is a city in Egypt: read as the dateline's town, it made every bare "$" a pound
    text = "PRESS RELEASE\nOctober 6, 2026\n\nKINGSTON, Jamaica - The agency signed contracts of J$3.8bn"
    assert money(text, "en") == [(3.8e9, "JMD")]


def test_a_caption_with_its_audit_note_rows_in_a_home_sign_and_shares_counted() -> None:
    text = (
        "Head Office: Motijheel, Dhaka, Bangladesh\n\nThe board recommended Tk. 1.20 per share.\n\n"
        "                        Selected Data\n"
        "                    (in thousands; unaudited)\n"
        "                                      2026          2025\n"
        "Total assets                      $ 412,903     $ 322,450\n"
        "Weighted-average shares          60,372,118    51,840,552\n"
        "Solo EPS (Tk.)                         2.97          2.51\n"
    )
    assert money(text, "en") == [
        (1.2, "BDT"),
        (2.51, "BDT"),
        (2.97, "BDT"),
        (322.45e6, "USD"),
        (412.903e6, "USD"),
    ]


def test_a_dollar_written_with_its_code() -> None:
    text = "HONIARA, Solomon Islands - The ministry signed a SBD$72.4 million road contract."
    assert money(text, "en") == [(72.4e6, "SBD")]


def test_a_table_captioned_with_a_scale_alone_counts_in_the_currency_the_release_writes() -> None:
    text = (
        "Net income was €4.1 million, against €3.6 million a year earlier, on revenue of €52.0 million.\n\n"
        "(In thousands, except per share data)\n\n"
        "                          Year ended December 31,\n"
        "                           2026          2025\n"
        "Revenue                  52,010        47,300\n"
        "Net income                4,120         3,640\n"
    )
    tabled = [(v * 1000, "EUR") for v in (52010, 47300, 4120, 3640)]
    written = [(4.1e6, "EUR"), (3.6e6, "EUR"), (52e6, "EUR")]
    assert sorted(money(text, "en")) == sorted(tabled + written)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SUVA, Fiji, 20 July 2027 — The ministry set aside $50 million for cyclone repairs.", (50e6, "FJD")),
        ("GEORGETOWN, Guyana, 5 May 2027 — Road contracts worth $4.5 billion were signed.", (4.5e9, "GYD")),
        ("MONROVIA, Liberia, 5 May 2027 — The ministry released $12 million for schools.", (12e6, "LRD")),
        (
            "TAIPEI, Taiwan, 2 July 2027 — Formosa Grid will invest NT$3.2 billion in substations.",
            (3.2e9, "TWD"),
        ),
    ],
    ids=["Fiji", "Guyana", "Liberia", "Taiwan"],
)
def test_a_dollar_written_from_a_country_of_dollars_is_that_country_s(
    text: str, expected: tuple[float, str]
) -> None:
    assert money(text, "en") == [expected]


def test_a_share_of_a_spelled_sum_is_that_share() -> None:
    text = (
        "The trust received a quarter of a million pounds, three quarters of a billion pounds went to "
        "rail and half a million pounds to schools."
    )
    assert money(text, "en") == [(250_000, "GBP"), (500_000, "GBP"), (750_000_000, "GBP")]


def test_a_caption_in_the_table_s_corner_before_its_columns_names_their_unit() -> None:
    # a table flattened from a page puts its caption on the header's line: the caption's unit
    # holds as it does above the table, and the row per share stays in dollars
    text = (
        "BOSTON, May 4, 2027 -- Quarterly results.\n\n"
        "(In millions, except per share data)     Q1 2027     Q1 2026\n"
        "Net revenue                               $ 412.3     $ 380.1\n"
        "Net income                                   45.6        40.2\n"
        "Diluted earnings per share                $  0.52     $  0.46\n"
    )
    assert sorted(money(text, "en")) == sorted(
        [(412.3e6, "USD"), (380.1e6, "USD"), (45.6e6, "USD"), (40.2e6, "USD"), (0.52, "USD"), (0.46, "USD")]
    )


def test_a_scale_alone_over_a_table_makes_no_sums_when_the_release_writes_several_currencies() -> None:
    text = (
        "The group earned €4.1 million in Europe and US$3.2 million in North America.\n\n"
        "(In thousands)\n\n"
        "                           2026          2025\n"
        "Revenue                  52,010        47,300\n"
    )
    assert sorted(money(text, "en")) == sorted([(4.1e6, "EUR"), (3.2e6, "USD")])


def test_a_table_of_bars_captioned_with_a_scale_alone_counts_in_the_release_s_currency() -> None:
    text = (
        "The county will spend $612.4 million next year.\n\n"
        "Budget by fund (in millions)\n\n"
        "| Fund | FY2027 | FY2026 |\n"
        "| General Fund | 318.7 | 305.9 |\n"
    )
    assert sorted(money(text, "en")) == sorted([(612.4e6, "USD"), (318.7e6, "USD"), (305.9e6, "USD")])


def test_a_home_sign_before_its_thousands_heads_a_column_and_ends_a_caption() -> None:
    pula = (
        "GABORONE, Botswana - Kgale Hardware Limited reports its audited results.\n\n"
        "STATEMENT OF PROFIT OR LOSS\n"
        "                              2026          2025\n"
        "                             P'000         P'000\n"
        "Revenue                    412,300       388,150\n"
    )
    assert sorted(money(pula, "en")) == [(388.15e6, "BWP"), (412.3e6, "BWP")]
    jamaica = (
        "KINGSTON, Jamaica - Blue Mahoe Resorts Limited reports its nine months' results.\n\n"
        "CONDENSED STATEMENT OF PROFIT OR LOSS (J$'000)\n\n"
        "                              2026          2025\n"
        "Revenue                  2,688,430     2,412,905\n"
    )
    assert sorted(money(jamaica, "en")) == [(2412.905e6, "JMD"), (2688.43e6, "JMD")]


def test_a_sign_at_home_of_the_country_its_line_names_not_the_release_s() -> None:
    text = (
        "GABORONE, Botswana - Kgale Hardware Limited reports its results. Revenue was P2.4 billion.\n\n"
        "Malawi: Kgale Malawi Limited grew revenue to K18.2 billion in its first full year.\n"
        "Namibia: the Windhoek store took N$41.5 million, and N$12 per share was paid.\n"
    )
    assert sorted(money(text, "en")) == sorted(
        [(2.4e9, "BWP"), (18.2e9, "MWK"), (41.5e6, "NAD")]  # unscaled "N$12" stays unread abroad
    )


def test_a_table_in_pence_by_its_caption_and_a_row_in_cents_by_its_label() -> None:
    bridge = (
        "The fund's NAV fell to 97.84 pence per share, and £150 million of debt was repaid.\n\n"
        "NAV bridge (pence per ordinary share)\n\n"
        "Dividend paid in the quarter                      (1.72)\n"
        "Change in power price forecasts                   (1.04)\n"
        "Inflation assumptions                              0.31\n"
    )
    assert sorted(money(bridge, "en")) == sorted(
        [(0.9784, "GBP"), (150e6, "GBP"), (0.0172, "GBP"), (0.0104, "GBP"), (0.0031, "GBP")]
    )
    pro_forma = (
        "SINGAPORE - The placement raises S$60.0 million at S$1.08 a unit.\n\n"
        "                                     Before        After\n"
        "Distribution per Unit (cents)          6.15          6.42\n"
        "NAV per Unit (S$)                      1.12          1.10\n"
    )
    assert sorted(money(pro_forma, "en")) == sorted(
        [(60e6, "SGD"), (1.08, "SGD"), (0.0615, "SGD"), (0.0642, "SGD"), (1.12, "SGD"), (1.10, "SGD")]
    )


def test_a_row_in_us_cents_under_a_table_in_us_dollars_and_zimbabwe_gold_at_home() -> None:
    text = (
        "HARARE, Zimbabwe - Nyanga Highlands Holdings reports its results.\n\n"
        "Statement of profit or loss (US$'000)\n"
        "                                  FY2026       FY2025\n"
        "Revenue                           48,312       41,365\n"
        "Basic EPS (US cents)                1.18         0.53\n\n"
        "Domestic sales were ZiG 96.4 million.\n"
    )
    expected = [(48.312e6, "USD"), (41.365e6, "USD"), (0.0118, "USD"), (0.0053, "USD"), (96.4e6, "ZWG")]
    assert sorted(money(text, "en")) == sorted(expected)


def test_the_rwandan_franc_by_its_english_sign_at_home() -> None:
    text = (
        "Kigali, 17 March 2026 - The Nyabugogo Road Agency signed a Rwf 14.2 billion contract; "
        "workers will be paid no less than Rwf 2,500 a day, and FRw 300 million goes to compensation."
    )
    assert sorted(money(text, "en")) == sorted([(14.2e9, "RWF"), (2500.0, "RWF"), (300e6, "RWF")])


def test_a_currency_named_with_its_accents_and_a_french_sign_at_home_in_capitals() -> None:
    text = (
        "DJIBOUTI - Le port de Djibouti signe un prêt de 2,1 millions de dinars koweïtiens (environ "
        "1,2 milliard FDJ). Le billet restera fixé à 1 500 FDJ."
    )
    assert sorted(money(text)) == sorted([(2.1e6, "KWD"), (1.2e9, "DJF"), (1500.0, "DJF")])


def test_a_trust_s_rows_per_unit_are_not_scaled_with_its_table() -> None:
    text = (
        "HALIFAX - Harbourview Industrial REIT reports its third quarter.\n\n"
        "(in thousands of Canadian dollars, except per unit amounts)\n\n"
        "                                  Q3 2026    Q3 2025\n"
        "Revenue                            38,412     34,905\n"
        "Distributions per unit              0.150      0.144\n"
    )
    assert sorted(money(text, "en")) == sorted(
        [(38.412e6, "CAD"), (34.905e6, "CAD"), (0.15, "CAD"), (0.144, "CAD")]
    )


def test_a_code_heading_a_row_label_names_no_body_and_belize_s_dollar_by_its_letters() -> None:
    tanzania = (
        "Dar es Salaam, 29 September 2026 - Results.\n\n"
        "Earnings per share (TZS)      128.05         90.65\n\n"
        "Revenue rose to TZS 412.4 billion.\n"
    )
    assert (412.4e9, "TZS") in money(tanzania, "en")
    belize = (
        "GOVERNMENT OF BELIZE\n\nBelmopan. March 15, 2027.\n\nThe ministry signed a BZ$46.8 million contract."
    )
    assert money(belize, "en") == [(46.8e6, "BZD")]


def test_the_country_of_an_issuing_body_s_heading_and_a_neighbour_s_sign_on_a_line_naming_it() -> None:
    text = (
        "SINGAPORE POLICE FORCE\nNEWS RELEASE\n\nA manager misappropriated $1.86 million from his employer.\n"
        "Officers worked with the Royal Malaysia Police, and about RM410,000 has been frozen.\n"
    )
    assert sorted(money(text, "en")) == [(410000.0, "MYR"), (1.86e6, "SGD")]


def test_a_fund_s_row_per_unit_in_french_is_not_scaled_with_its_table() -> None:
    text = (
        "Le fonds Arvel Immobilier publie ses résultats annuels.\n\n(en milliers d'euros)\n\n"
        "                              2026          2025\n"
        "Loyers encaissés             4 120         3 640\n"
        "Dividende par part            1,20          1,10\n"
    )
    assert sorted(money(text)) == [(1.1, "EUR"), (1.2, "EUR"), (3.64e6, "EUR"), (4.12e6, "EUR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # international, anywhere
        (
            "MANILA, Philippines – Rookies earn up to ₱120,000 a month.\n\n"
            "Contact: Lea Cruz | +63 918 555 0199\n",
            [(120000, "PHP")],
        ),
        # local, after its label: "011 2 574 390" groups no thousands either
        (
            "COLOMBO, Sri Lanka - Growers may borrow up to Rs. 250,000 per hectare, and a grant of "
            "Rs. 40,000 per grower.\n\nMedia Unit\nTel: 011 2 574 390 / 077 315 8842\nM: 082 555 0142\n",
            [(40000, "LKR"), (250000, "LKR")],
        ),
    ],
)
def test_a_phone_number_does_not_make_commas_decimal(text: str, expected: list[tuple[float, str]]) -> None:
    assert money(text, "en") == expected


def test_bare_cents_follow_the_only_dollar_the_text_writes() -> None:
    # an ASX release whose bidder is from New Zealand: the country's votes point there, the sums do not
    text = (
        "ASX ANNOUNCEMENT\n\nKauri Tasman Partners of Auckland, New Zealand offers A$2.10 per share, less a "
        "special dividend of up to 8 cents per share. Tasman shareholders in New Zealand may elect scrip."
    )
    assert money(text, "en") == [(0.08, "AUD"), (2.1, "AUD")]


def test_a_sign_written_with_its_thousands_heads_a_table_and_is_no_sum_itself() -> None:
    text = (
        "WELLINGTON, New Zealand - Tōtara Growers Trust reports its annual result.\n\n"
        "Trust results ($000)              FY2026      FY2025\n"
        "Orchard revenue                   18,420      16,905\n"
        "Distributions to members           2,150       1,980\n\n"
        "A further $640,000 goes to scholarships."
    )
    assert sorted(money(text, "en")) == sorted(
        [(18.42e6, "NZD"), (16.905e6, "NZD"), (2.15e6, "NZD"), (1.98e6, "NZD"), (640000, "NZD")]
    )
    columns = (
        "AUCKLAND, New Zealand - Kōwhai Ports reports its half-year result.\n\n"
        "                              NZ$000       NZ$000\n"
        "Revenue                       96,300       88,450\n"
    )
    assert sorted(money(columns, "en")) == [(88.45e6, "NZD"), (96.3e6, "NZD")]


def test_a_caption_s_unit_over_rows_of_a_label_a_colon_and_a_figure() -> None:
    text = (
        "PUNE - Sahyadri Trust commits ₹30 crore to village schools.\n\n"
        "Programme at a glance (₹ crore)\n\n"
        "Classrooms: 21.5\nTeacher training: 6.0\nAdministration: 2.5\n\n"
        "Media contact: Asha Kulkarni, +91 20 5555 0712\n"
    )
    expected = [(30e7, "INR"), (21.5e7, "INR"), (6e7, "INR"), (2.5e7, "INR")]
    assert sorted(money(text, "en")) == sorted(expected)


def test_india_s_digit_groups_of_lakhs_and_crores() -> None:
    text = "INDORE - Each bond has a face value of ₹ 1,00,000; the issue raised Rs. 12,34,56,789.50 in all."
    assert money(text, "en") == [(100000, "INR"), (123456789.5, "INR")]
    # the same marks in a number of thousands still group thousands
    assert money("NEW YORK - It paid $1,250,000.", "en") == [(1250000, "USD")]


def test_small_towns_of_one_country_decide_the_dollar_where_nothing_larger_names_one() -> None:
    # Kaikohe and Dargaville are towns of New Zealand only; "Beach" and "Gibson" are small towns of
    # the United States too, but English words, which tell no country
    text = (
        "Media statement\n\nThe Gibson Beach trust gives $2m to pools in Kaikohe and Dargaville. "
        "Works start in March.\n"
    )
    assert money(text, "en") == [(2000000, "NZD")]
    # one town alone is not enough: the dollar stays the default's
    assert money("Media statement\n\nThe trust gives $2m to the pool in Kaikohe.\n", "en") == [
        (2000000, "USD")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "MANILA, 3 March 2026 - Tondo Harbour Corp. won a Php 1.5 billion contract and raised "
            "Cdn$3 million and CDN$ 4 million in Canada.",
            [(1.5e9, "PHP"), (3e6, "CAD"), (4e6, "CAD")],
            id="the peso as Manila writes it, Canada's Cdn$",
        ),
        pytest.param(
            "NEW YORK, March 3, 2026 - Larkspur Bio raised $2.5MM in seed funding, $1.2B in debt and "
            "$7 mil for land. Its Indian arm booked Rs 1,200 cr and a ₹350-crore order. The 5 mm seal "
            "and the Series B round are no sums.",
            [(2.5e6, "USD"), (1.2e9, "USD"), (7e6, "USD"), (1.2e10, "INR"), (3.5e9, "INR")],
            id="American finance's short scales, the crore abbreviated or hyphenated",
        ),
        pytest.param(
            "SYDNEY, 3 March 2026 - Coralbay Minerals raised $US5 million and $A3 million, plus "
            "$NZ2 million and $C2.5 million; its local arm raised $4 million.",
            [(5e6, "USD"), (3e6, "AUD"), (2e6, "NZD"), (2.5e6, "CAD"), (4e6, "AUD")],
            id="the dollar's country after its sign, as Australian papers write it",
        ),
        pytest.param(
            "DUBAI, 3 March 2026 - Gulfrock PJSC won a Dh5 million contract; its Saudi unit won "
            "SAR 45 million, and a donor gave half a million dollars. Hong Kong SAR 2025 figures follow.",
            [(5e6, "AED"), (45e6, "SAR"), (5e5, "USD")],
            id="Gulf signs at home, a wordlike code before a scaled figure, half a million",
        ),
        pytest.param(
            "NEW DELHI, 3 March 2026 - The Union Budget sets aside Rs 2.5 lakh crore for railways, "
            "₹11 thousand crore for ports and Rs 40 lakh for each district.",
            [(2.5e12, "INR"), (1.1e11, "INR"), (4e6, "INR")],
            id="India's compound scales: a lakh of crores, a thousand crores",
        ),
        pytest.param(
            "NAIROBI, Kenya, 3 March 2026 - The county spent Kshs. 2.5 billion on roads and KShs 40 "
            "million on clinics.",
            [(2.5e9, "KES"), (4e7, "KES")],
            id="the shilling as Nairobi's press abbreviates it",
        ),
        pytest.param(
            "DOHA, Qatar, 3 March 2026 - Pearlgate Holdings won a QR2.5 billion contract and a KD2 million "
            "deal in Kuwait; its RO 5 fee and BD 12 kit are no sums in Qatar.",
            [(2.5e9, "QAR"), (2e6, "KWD")],
            id="a Gulf sign read at home, or in the country its line names",
        ),
        pytest.param(
            "BRIDGETOWN, Barbados, 3 March 2026 - The Coral Reef Trust received Bds$2.5 million.",
            [(2.5e6, "BBD")],
            id="a dollar's country letters in lower case",
        ),
        pytest.param(
            "NEW YORK, March 3, 2026 - Harlow Biotech's net loss was $2.7 million. Its UK arm declared "
            "a dividend of 1.5 pence.",
            [(2.7e6, "USD"), (0.015, "GBP")],
            id="pence with no pound beside them",
        ),
        pytest.param(
            "PRETORIA, 3 March 2026 - The department will spend R 486 million on clinics; Block R 2 "
            "and its R 45 units are no sums.",
            [(4.86e8, "ZAR")],
            id="the rand's sign spaced from a scaled figure",
        ),
        pytest.param(
            "DUBAI, 3 March 2026 - Sandcastle Logistics signed an AED1.2 billion lease and paid AED10,000 "
            "in fees; COP28 and the ISO9001 label are no sums.",
            [(1.2e9, "AED"), (1e4, "AED")],
            id="an ISO code touching a scaled or grouped figure",
        ),
        pytest.param(
            "SHANGHAI, 3 March 2026 - Lotus Grid raised Rmb3.5bn and Rmb 200 million from banks.",
            [(3.5e9, "CNY"), (2e8, "CNY")],
            id="the renminbi as the financial press writes it",
        ),
    ],
)
def test_signs_and_scales_of_english_wire_releases(text: str, expected: list[tuple[float, str]]) -> None:
    """Shapes probed with sentences we wrote for the currencies of English wire releases."""
    assert money(text, "en") == sorted(expected)


def test_the_swiss_franc_s_sfr_sign_wherever_the_release_comes_from() -> None:
    text = "LONDON, 4 March 2026 - The bank earned SFr 300 million in Zurich and SFr. 12.5m in Basel."
    assert money(text, "en") == [(12500000, "CHF"), (300000000, "CHF")]


def test_a_figure_ending_a_line_is_not_the_sum_of_a_currency_word_opening_the_next() -> None:
    text = (
        "Financial calendar\n- Annual General Meeting: April 20, 2028\n\n"
        "Dollar amounts are translated at the average rate.\n"
        "Next report: May 4, 2028\nDollars shown are unaudited. The plant cost 12 million\ndollars."
    )
    assert money(text, "en") == [(12000000, "USD")]
    assert money("Le budget atteint 12 millions\nd'euros cette année.") == [(12000000, "EUR")]


def test_the_philippine_press_s_hyphened_b_and_m() -> None:
    text = "MANILA - The agency released ₱3.2-B in vouchers and P450-M for seeds; Class 2-B shares rose."
    assert money(text, "en") == [(450000000, "PHP"), (3200000000, "PHP")]


def test_a_row_s_unit_with_in_between_its_currency_and_its_scale() -> None:
    text = (
        "DHAKA, 3 May 2027 - The Board of Meghna Fibre PLC approved the accounts.\n\n"
        "Particulars                          2026-27      2025-26\n"
        "Sales (Tk in crore)                   512.30       468.05\n"
        "Earnings per share (Tk)                 3.12         2.87\n"
    )
    assert money(text, "en") == [(2.87, "BDT"), (3.12, "BDT"), (4680500000, "BDT"), (5123000000, "BDT")]
    rows = "Particulars | Q4 FY27 | Q4 FY26\nTotal income (Rs. in lakh) | 8,412.50 | 7,905.10\n"
    assert money("MUMBAI, 3 May 2027 - Results.\n\n" + rows, "en") == [(790510000, "INR"), (841250000, "INR")]


def test_a_sum_in_a_table_s_first_row_is_no_unit_of_its_column() -> None:
    text = (
        "Coral spawning off Cairns                  Prof Ana Lui               $3.2 million\n"
        "Fisheries for Palm Island                  Dr Amy Soren               $612,480\n"
        "Flows in the Burdekin River                Dr Kofi Mensah             $1.1 million\n"
    )
    assert money(text, "en") == [(612480, "AUD"), (1100000, "AUD"), (3200000, "AUD")]  # Cairns: Australia


def test_a_numbered_road_before_the_places_it_runs_between_is_no_sum() -> None:
    text = (
        "POLOKWANE, 3 May 2027 - Works:\n"
        "- R81 between Giyani and Mooketsi, rehabilitation: R412 million\n"
        "- R578 from Elim to Giyani, resealing: R96 million\n"
        "Tickets cost R50 to enter and R20 from Monday to Friday."
    )
    assert money(text, "en") == [(20, "ZAR"), (50, "ZAR"), (96000000, "ZAR"), (412000000, "ZAR")]


def test_a_list_s_dash_on_the_next_line_joins_no_range() -> None:
    assert money("Entry costs €5\n- €2 million goes to roads", "en") == [(5, "EUR"), (2000000, "EUR")]
    assert money("Un budget de 10-20 M€ est prévu.") == [(10000000, "EUR"), (20000000, "EUR")]


def test_rows_under_a_caption_by_a_dotted_leader_or_with_their_own_scale() -> None:
    text = (
        "COLOMBO, 28 October 2027 - Results.\n\nRevenue by port, 2027 (Rs. Mn)\n\n"
        "Port of Alpha ........................ 12,415\nPort of Beta ............................ 746\n"
    )
    assert money(text, "en") == [(746000000, "LKR"), (12415000000, "LKR")]
    text = (
        "KIGALI, 3 May 2027 - The project will cost Rwf 84.6 billion.\n\nFinancing plan (Rwf)\n"
        "- Loan and grant: 49.2 billion\n- Farmer contributions (in kind): 0.6 billion\n\nDone."
    )
    assert money(text, "en") == [(600000000, "RWF"), (49200000000, "RWF"), (84600000000, "RWF")]


def test_quebec_s_g_dollar_is_a_milliard_of_dollars() -> None:
    text = "QUÉBEC, le 3 mai 2027 – L'enveloppe de 1,9 G$ comprend 64,3 M$ ; le réseau 5G et la classe G."
    assert money(text) == [(64300000, "CAD"), (1900000000, "CAD")]


def test_a_unit_row_part_way_down_a_table_restates_its_columns() -> None:
    text = (
        "LONDON, 3 March 2027 - Results\n\n"
        "                          2026        2025\n"
        "                            £m          £m\n"
        "Revenue                  212.4       198.0\n"
        "                         pence       pence\n"
        "Basic EPS                 14.2        12.9\n"
        "Dividend per share         4.10        3.90\n"
    )
    # under "pence" a figure is hundredths of the pound, per share or not
    assert money(text, "en") == [
        (0.039, "GBP"),
        (0.041, "GBP"),
        (0.129, "GBP"),
        (0.142, "GBP"),
        (198000000, "GBP"),
        (212400000, "GBP"),
    ]


def test_a_row_in_ounces_counts_and_a_row_priced_per_ounce_is_in_dollars() -> None:
    text = (
        "TORONTO, Nov. 4, 2027 - Third quarter. All amounts are in U.S. dollars.\n\n"
        "(in thousands of US$, except where noted)\n\n"
        "                                         Q3 2027     Q3 2026\n"
        "Gold sold (oz)                            41,210      38,660\n"
        "Revenue                                  104,730      88,115\n"
        "All-in sustaining cost ($/oz sold)(1)      1,402       1,377\n"
    )
    assert money(text, "en") == [(1377, "USD"), (1402, "USD"), (88115000, "USD"), (104730000, "USD")]


def test_a_range_written_in_cents_or_pence_gives_both_ends() -> None:
    assert money("DUBLIN, 2 May 2027 - EPS will be 96.0 to 101.0 cent, in euro.", "en") == [
        (0.96, "EUR"),
        (1.01, "EUR"),
    ]
    assert money("It expects a dividend of between 30 and 34 pence.", "en") == [(0.3, "GBP"), (0.34, "GBP")]
    # a financial year's label before "to" starts no range
    assert money("The total dividend for FY26 rises to 10.2p (FY25: 9.4p), paid in £.", "en") == [
        (0.094, "GBP"),
        (0.102, "GBP"),
    ]


def test_a_table_with_a_header_over_several_lines_and_a_percent_column() -> None:
    text = (
        "JOHANNESBURG, 2 March 2027 - Interim results\n\n"
        "                              Six months    Six months\n"
        "                              ended         ended\n"
        "                              2026          2025           %\n"
        "                              Unaudited     Unaudited      change\n"
        "Revenue (R'm)                    4 118         3 870         6\n"
        "Headline earnings per share\n"
        "(cents)                          142.5         131.0         9\n"
    )
    # each row in its label's unit ("R'm": millions of rand); the percent column holds no sum
    assert money(text, "en") == [(1.31, "ZAR"), (1.425, "ZAR"), (3870000000, "ZAR"), (4118000000, "ZAR")]


def test_a_caption_in_thousands_after_a_comma_and_rows_under_sub_headings() -> None:
    text = (
        "CALGARY, AB, June 2, 2027 - The Company's funds are Canadian dollars.\n\n"
        "SOURCES AND USES OF FUNDS ($000s)\n\n"
        "Sources\n"
        "  Share offering ................. 60,000\n"
        "  Credit facility ................ 41,250\n"
        "Uses\n"
        "  Purchase price ................. 98,000\n"
        "  Fees ...........................  3,250\n\n"
        "Payments (unaudited, in thousands)\n\n"
        "Payment     Due              Amount\n"
        "First       June 30, 2027    $ 4,000\n"
    )
    assert money(text, "en") == [
        (3250000, "CAD"),
        (4000000, "CAD"),
        (41250000, "CAD"),
        (60000000, "CAD"),
        (98000000, "CAD"),
    ]


def test_sums_written_out_in_words() -> None:
    assert money("The foundation gave thirty-five million dollars.", "en") == [(35000000, "USD")]
    assert money("LAGOS, Nigeria - A fine of Four Hundred and Twenty Million Naira.", "en") == [
        (420000000, "NGN")
    ]
    assert money("A fare of twelve or fifteen dollars, and ten pounds of rice.", "en") == [
        (12, "USD"),
        (15, "USD"),
    ]
    assert money("Le billet coûte quarante-cinq euros ; « un euro investi, un euro gagné ».") == [(45, "EUR")]


def test_a_figure_ending_a_line_takes_no_scale_letter_from_the_next() -> None:
    text = (
        "Band   2026/27     2027/28     Change\n  A      £1,210.40   £1,270.80   +£60.40\n  B      £1,412.13"
    )
    assert (60.4, "GBP") in money(text, "en")
    assert all(value < 2000 for value, _ in money(text, "en"))


def test_a_header_whose_last_line_states_the_units_alone() -> None:
    text = (
        "Condensed income statement\n\n"
        "                      Six months      Six months\n"
        "                      2029            2028\n"
        "                      Unaudited       Unaudited\n"
        "                      £000            £000\n"
        "Revenue                 12,345          10,210\n"
        "Operating loss            (432)           (118)\n"
    )
    assert money(text, "en") == [(118000, "GBP"), (432000, "GBP"), (10210000, "GBP"), (12345000, "GBP")]


def test_a_declared_currency_a_yuan_s_cents_and_a_sign_s_thousands_over_a_column() -> None:
    text = (
        "VANCOUVER, British Columbia, May 3, 2029 - Results for the quarter.\n"
        "All amounts are in United States dollars unless otherwise stated.\n"
        "Revenue was $41.2 million, against C$12.0 million of local sales."
    )
    assert money(text, "en") == [(12000000, "CAD"), (41200000, "USD")]
    for declared in ("All figures are in US$ unless otherwise stated.", "(expressed in thousands of USD)"):
        text = f"CALGARY, Alberta, May 3, 2029 - Results.\n{declared}\nRevenue was $41.2 million."
        assert money(text, "en") == [(41200000, "USD")]
    text = (
        "Basic earnings per share were RMB18.62 cents (2028: RMB15.07 cents).\n\n"
        "                                  2029        2028\n"
        "                               RMB'000     RMB'000\n"
        "Revenue                        812,400     790,115\n"
        "Earnings per share (RMB cents)\n"
        "  Basic and diluted              18.62       15.07\n"
    )
    assert sorted(set(money(text, "en"))) == [  # the table's cents are the prose's again
        (0.1507, "CNY"),
        (0.1862, "CNY"),
        (790115000, "CNY"),
        (812400000, "CNY"),
    ]


def test_captions_that_except_per_share_data_or_name_a_naira_s_millions() -> None:
    rows = "\n\n                    2029      2028   Change\nRevenues          71,204    65,310     9.0%\n"
    rows += "Net income         6,118     5,977     2.4%\n"
    text = "MANILA, Philippines, March 2, 2030 - Results.\n\n(In ₱ millions, except per share data)" + rows
    assert sorted(v for v, c in money(text, "en") if c == "PHP") == [5977e6, 6118e6, 65310e6, 71204e6]
    text = "NAIROBI, March 2, 2030 - Results.\n\n(All figures in KShs millions unless otherwise stated)"
    assert sorted(v for v, c in money(text + rows, "en") if c == "KES") == [5977e6, 6118e6, 65310e6, 71204e6]
    text = "LAGOS, Nigeria, March 2, 2030 - Results.\n\nSummary Income Statement (N'million)" + rows
    assert sorted(v for v, c in money(text, "en") if c == "NGN") == [5977e6, 6118e6, 65310e6, 71204e6]


def test_a_dotted_leader_after_a_label_holding_a_colon_and_cents_per_share_or_per_unit() -> None:
    text = (
        "Coût du projet (en milliards de FCFA)\n"
        "- Lot 1 : Bertoua – Batouri (91 km) ......................... 38,4\n"
        "- Lot 2 : Batouri – Yokadouma (104 km) ...................... 41,2\n"
    )
    assert money(text) == [(38400000000, "XAF"), (41200000000, "XAF")]
    text = "MELBOURNE, 20 February 2030 - Underlying EPS of 14.2 cps (1H FY29: 13.1 cps)."
    assert money(text, "en") == [(0.131, "AUD"), (0.142, "AUD")]
    text = "MBOMBELA, 2 June 2030 - Tariffs\n\nCategory                 2029/30 (c/kℓ)   2030/31 (c/kℓ)\n"
    text += "Potable water              1 104.20         1 187.55\n"
    text += "Raw water                    502.10           540.00\n"
    assert money(text, "en") == [(5.021, "ZAR"), (5.4, "ZAR"), (11.042, "ZAR"), (11.8755, "ZAR")]
    text = "Berne, 12.05.2030 - Le supplément perçu sur le réseau reste fixé à 2,1 ct./kWh."
    assert money(text) == [(0.021, "CHF")]


def test_an_algerian_dinar_written_da_in_a_release_from_elsewhere_that_names_algeria() -> None:
    text = "TUNIS, le 3 novembre 2030 - Sa filiale en Algérie a réalisé 2,4 milliards de DA de ventes."
    assert money(text) == [(2400000000, "DZD")]
    assert money("TUNIS, le 3 novembre 2030 - Le groupe a réalisé 2,4 milliards de DA de ventes.") == []


def test_a_row_states_its_thousands_and_a_tunisian_row_its_millions_of_dinars() -> None:
    text = (
        "HARROGATE, 14 September 2027 - Results.\n\n"
        "                                        FY27        FY26      Change\n"
        "Average selling price (£000)           318.4       306.9      +3.7%\n"
        "Revenue (£m)                         1,371.2     1,246.5     +10.0%\n"
    )
    assert money(text, "en") == [(306900, "GBP"), (318400, "GBP"), (1246.5e6, "GBP"), (1371.2e6, "GBP")]
    text = (
        "Tunis, le 9 novembre 2028 - Bilan de la campagne.\n\n"
        "Indicateur                     2026-2027      2027-2028\n"
        "Recettes d'exportation (MD)         4 862          5 104\n"
    )
    assert money(text) == [(4862e6, "TND"), (5104e6, "TND")]


def test_a_stacked_header_states_its_unit_on_its_last_line_and_cents_part_way_down() -> None:
    text = (
        "JOHANNESBURG, 26 October 2027 - Interim results.\n\n"
        "                                      Six months     Six months\n"
        "                                      ended          ended\n"
        "                                      31 Aug 2027    31 Aug 2026     %\n"
        "                                      Rm             Rm              change\n"
        "Revenue                               4 820          4 311           11.8\n"
        "Headline earnings                       402            350           14.9\n"
        "                                      cents          cents\n"
        "Earnings per share                    191.2          160.8           18.9\n"
    )
    assert money(text, "en") == [
        (1.608, "ZAR"),
        (1.912, "ZAR"),
        (350e6, "ZAR"),
        (402e6, "ZAR"),
        (4311e6, "ZAR"),
        (4820e6, "ZAR"),
    ]


def test_swiss_francs_written_fr_in_lower_case_and_francs_then_centimes() -> None:
    text = (
        "Fribourg, le 3 mars 2027 - Le Conseil d'Etat du canton de Fribourg annonce une contribution "
        "fédérale estimée à fr. 1'250'000.–; pour un ménage, le supplément représente 103 fr. 50 "
        "par année.\n\n"
        "Répartition du crédit (en millions de francs, TTC)\n"
        "- Rénovation de l'enveloppe ...... 31,2\n"
        "- Extension ................ 12,9\n"
    )
    assert money(text) == [(103.5, "CHF"), (1250000, "CHF"), (12.9e6, "CHF"), (31.2e6, "CHF")]


def test_a_city_named_in_its_own_web_address_still_names_the_country_of_its_dollars() -> None:
    text = (
        "City of Newcastle | Newsroom\n\nCouncil adopts $395 million budget\n\n"
        "City of Newcastle will deliver a $131.4 million works program. Newcastle is growing.\n\n"
        "The budget is available at newcastle.nsw.gov.au or from media@newcastle.nsw.gov.au.\n"
    )
    assert money(text, "en") == [(131.4e6, "AUD"), (395e6, "AUD")]


def test_rows_indented_under_a_heading_that_counts_shares_are_no_sums() -> None:
    text = (
        "NEW YORK, March 3, 2027 - Brightline Corp reported results.\n\n"
        "(in thousands, except per share data)\n"
        "                                            2027       2026\n"
        "Revenue                                   $ 84,712   $ 79,301\n"
        "Net income per share:\n"
        "  Basic                                   $   0.42   $   0.36\n"
        "Weighted average shares outstanding:\n"
        "  Basic                                     14,995     14,786\n"
        "  Diluted                                   15,361     15,209\n"
    )
    assert money(text, "en") == [(0.36, "USD"), (0.42, "USD"), (79301e3, "USD"), (84712e3, "USD")]


def test_a_dollar_of_a_country_named_with_and_on_its_line() -> None:
    text = (
        "KINGSTON, Jamaica, March 3, 2027 - Seacliff Holdings Limited said its subsidiary in Trinidad "
        "and Tobago grew revenue to TT$86.3 million. Its unit in Antigua and Barbuda earned EC$4.2 "
        "million.\n"
    )
    assert money(text, "en") == [(4.2e6, "XCD"), (86.3e6, "TTD")]


def test_a_sum_written_out_in_any_currency_by_its_name() -> None:
    text = (
        "LILONGWE, 3 March 2027 - The Ministry said two billion kwacha has been set aside, and a further "
        "five hundred million kwacha next year; three million tonnes of maize were harvested.\n"
    )
    assert money(text, "en") == [(500e6, "MWK"), (2e9, "MWK")]
    assert money("Le ministère a débloqué trois milliards d'ariary à Antananarivo.") == [(3e9, "MGA")]


def test_a_sum_written_out_keeps_its_larger_parts_before_a_comma() -> None:
    text = (
        "ABUJA, 3 March 2027 - A budget of ₦1.12 trillion (one trillion, one hundred and twenty billion "
        "naira), two billion, five hundred million dollars from partners; two million, three million "
        "dollars."
    )
    # the same sum twice is one figure to a reader; two parts of equal scale are two numbers
    assert money(text, "en") == [(3e6, "USD"), (2.5e9, "USD"), (1.12e12, "NGN"), (1.12e12, "NGN")]


def test_a_range_after_a_home_sign_scales_both_ends() -> None:
    text = "BANGKOK, 3 March 2027 - Siam Lotus Power plans to invest Bt15-18 billion; a unit costs Bt2.83."
    assert money(text, "en") == [(2.83, "THB"), (15e9, "THB"), (18e9, "THB")]


def test_a_caption_after_its_table_s_title_and_a_country_s_dollars() -> None:
    text = (
        "HAMILTON, Bermuda, 3 March 2027 - Coral Reach Bank reported results. Deposits at the Nairobi "
        "branch reached 250 million Kenya shillings.\n\n"
        "Year ended 31 December 2028 (in thousands of Bermuda dollars)\n\n"
        "Segment            Net interest income   Non-interest income\n"
        "Bermuda                       71,204                22,618\n"
    )
    assert money(text, "en") == [(22618e3, "BMD"), (71204e3, "BMD"), (250e6, "KES")]


def test_a_rand_column_headed_by_its_letter_in_brackets() -> None:
    text = (
        "EAST LONDON, South Africa, 3 March 2027 - Buffalo City Metropolitan Municipality tabled "
        "its budget.\n\n"
        "Service                    2026/27 (R)   2027/28 (R)\n"
        "Property rates                  742.18        786.71\n"
        "Electricity (600 kWh)         2 154.00      2 423.25\n"
    )
    assert money(text, "en") == [(742.18, "ZAR"), (786.71, "ZAR"), (2154.0, "ZAR"), (2423.25, "ZAR")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "NEW YORK, March 3, 2027 - The board declared a dividend of nine cents per share, up from "
            "twenty-five cents. Not one cent of public money was used.",
            "en",
            [(0.09, "USD"), (0.25, "USD")],
        ),
        (
            "PARIS, le 3 mars 2027 - La ville a accueilli deux cents visiteurs et versé 3 000 euros.",
            "fr",
            [(3000, "EUR")],
        ),
    ],
)
def test_cents_written_out_in_english_only(text: str, lang: str, expected: list[tuple[float, str]]) -> None:
    assert money(text, lang) == expected


def test_a_results_statement_that_numbers_its_rows_under_a_caption_above_a_stacked_header() -> None:
    # the numbered rows of an Indian results statement, its unit alone above a header of three
    # lines, a bracketed note between two rows and the per-share row's label run over two lines
    text = (
        "STATEMENT OF UNAUDITED RESULTS FOR THE QUARTER ENDED 30.06.2027\n"
        "                                                         (₹ in lakh)\n"
        "                                      Quarter ended              Year ended\n"
        "Particulars                     30.06.2027   30.06.2026   31.03.2027\n"
        "                                 Unaudited    Unaudited      Audited\n"
        "1  Revenue from operations       1,12,450.25    98,120.50  4,05,310.00\n"
        "2  Expenses\n"
        "   a) Cost of materials            80,300.10    70,250.00  2,90,800.00\n"
        "3  Paid-up equity share capital     2,500.00     2,500.00     2,500.00\n"
        "   (face value Rs. 10 each)\n"
        "4  Other equity                                               88,410.75\n"
        "5  EPS (Rs.) (not annualised for\n"
        "   the quarters) - Basic                8.12         6.40        29.75\n"
    )
    lakh = 100000
    assert money(text, "en") == sorted(
        [(6.40, "INR"), (8.12, "INR"), (10, "INR"), (29.75, "INR")]  # the face value a sum too
        + [(round(v * lakh), "INR") for v in (112450.25, 98120.50, 405310.00, 80300.10, 70250.00, 290800.00)]
        + [(2500 * lakh, "INR")] * 3  # the capital, the same in each column
        + [(8841075000, "INR")]
    )


def test_a_caption_at_the_end_of_a_table_s_title_line_gives_every_column_its_unit() -> None:
    text = (
        "Consolidated performance     (Rs. in crore)\n"  # set over the columns, as a page right-aligns it
        "Particulars              Q1 FY28    Q1 FY27    YoY %\n"
        "Revenue                    612.4      540.8     13.2\n"
        "EBITDA margin (%)           14.1       13.6\n"
        "Profit after tax            48.9       40.2     21.6\n"
    )
    crore = 10_000_000
    assert money(text, "en") == sorted((round(v * crore), "INR") for v in (612.4, 540.8, 48.9, 40.2))


def test_a_header_whose_lines_each_name_some_columns_with_its_unit_in_the_corner() -> None:
    # no line of the header names every column: the last two hold the years, the change and the
    # corner's unit between them; South African figures, a blank between thousands, a decimal comma
    text = (
        "JOHANNESBURG, 9 November 2027 - Veldkoring Milling Limited (JSE: VKM) reports its half year.\n\n"
        "Condensed statement of profit or loss\n"
        "                               Unaudited    Unaudited                 Audited\n"
        "                              six months   six months              year ended\n"
        "                                   ended        ended                31 March\n"
        "                               30 Sept      30 Sept    Change          2027\n"
        "Rm                                2027         2026         %\n"
        "Revenue                        2 310,4      2 105,9       9,7       4 402,8\n"
        "Operating profit                 215,6        190,2      13,4         401,1\n"
        "Attributable to:\n"
        "  Owners of the parent           150,3        131,8                   280,0\n"
    )
    million = 1_000_000
    values = (2310.4, 2105.9, 4402.8, 215.6, 190.2, 401.1, 150.3, 131.8, 280.0)
    assert money(text, "en") == sorted((round(v * million), "ZAR") for v in values)


def test_volumes_a_day_and_a_change_in_percent_are_no_sums_under_columns_of_dollars() -> None:
    text = (
        "CALGARY, Alberta, Aug. 7, 2027 -- Prairie Ash Energy Ltd. reports its second quarter.\n\n"
        "                                  2027 ($000s)  2026 ($000s)      % change\n"
        "Petroleum and natural gas sales         61,250        55,010            11\n"
        "Light oil (bbl/d)                        6,120         5,840             5\n"
        "Natural gas (mcf/d)                      9,300         9,950            -7\n"
        "Common shares outstanding (000s)       120,400       118,900\n"
        "Edmonton Par ($/bbl)                    101.20         96.35             5\n"
    )
    assert money(text, "en") == [(96.35, "CAD"), (101.20, "CAD"), (55010000, "CAD"), (61250000, "CAD")]


def test_a_guidance_table_of_ranges_and_rows_that_give_their_scale_or_their_heading_s_unit() -> None:
    text = (
        "TORONTO, Feb. 18, 2028 -- Norland Copper Corp. (all figures in US dollars) gives its guidance.\n\n"
        "                                      2028 Guidance\n"
        "Copper production (t)                 40,000 - 44,000\n"
        "Sustaining capital ($ millions)       85 - 95\n"
        "Acquisitions (in millions)            $150\n\n"
        "                                  2027 ($000s)  2026 ($000s)\n"
        "Revenue                                 310,200       288,450\n"
        "Netback ($/t)\n"
        "Realized price                           9,120.50      8,870.25\n"
        "Operating costs                          3,410.75      3,390.00\n"
        "Per Share Data\n"
        "Book value                                  12.40         11.85\n"
    )
    assert money(text, "en") == sorted(
        [(85000000, "USD"), (95000000, "USD"), (150000000, "USD"), (288450000, "USD"), (310200000, "USD")]
        + [
            (3390.00, "USD"),
            (3410.75, "USD"),
            (8870.25, "USD"),
            (9120.50, "USD"),
            (11.85, "USD"),
            (12.40, "USD"),
        ]
    )


def test_a_caption_after_a_dash_and_a_row_whose_long_label_pushes_its_figures_right() -> None:
    text = (
        "Yaoundé (Cameroun), le 3 mars 2027.\n\n"
        "Chiffres clés – en millions de FCFA\n"
        "                         2025        2026\n"
        "Primes acquises        12 410      13 902\n"
        "Sinistres payés        (6 120)     (6 884)\n"
        "Résultat net            1 045       1 212\n"
        "Ratio combiné des opérations d'assurance   91 %   89 %\n"
    )
    # the last row's label runs under the first column: the table is still read, its row in order
    assert money(text) == [
        (1045e6, "XAF"),
        (1212e6, "XAF"),
        (6120e6, "XAF"),
        (6884e6, "XAF"),
        (12410e6, "XAF"),
        (13902e6, "XAF"),
    ]


def test_a_scale_glued_to_a_currency_s_code_and_a_header_s_multiplier() -> None:
    maghreb = (
        "Casablanca, le 20 septembre 2027\n\n"
        "En KMAD                     S1 2026      S1 2027\n"
        "Chiffre d'affaires          812 400      905 130\n"
        "Résultat net                 61 250       70 015\n"
    )
    assert money(maghreb) == [(61.25e6, "MAD"), (70.015e6, "MAD"), (812.4e6, "MAD"), (905.13e6, "MAD")]
    benelux = (
        "Bruxelles, le 4 février 2027\n\n"
        "(x 1 000 €)                    31.12.2025     31.12.2026\n"
        "Revenus locatifs                  58 112         63 940\n"
    )
    # thousands of euros, and the caption's "1 000 €" no sum of its own
    assert money(benelux) == [(58.112e6, "EUR"), (63.94e6, "EUR")]


def test_a_caption_under_the_header_s_first_line_in_the_labels_column() -> None:
    text = (
        "Le plan en chiffres\n\n"
        "Action                                   Région      Ville\n"
        "(en millions d’euros)\n"
        "Pistes cyclables                            4,2         –\n"
        "Navettes de nuit                             –          1,7\n"
        "Total                                       4,2         1,7\n"
    )
    assert set(money(text)) == {(4.2e6, "EUR"), (1.7e6, "EUR")}


def test_a_multiplier_is_no_word_s_last_letter() -> None:
    # "Tax 1 000 €" heading a column is a sum with its label, not "x 1 000": the cells stay euros
    text = "Coûts\n\nTax 1 000 €              2025        2026\nRevenus               58 112      63 940\n"
    assert money(text) == [(1000, "EUR"), (58112, "EUR"), (63940, "EUR")]


def test_a_state_named_within_another_country_s_place_name_is_not_that_country() -> None:
    # "Wales" in "New South Wales" and "England" in "New England" vote for no British dollar
    text = (
        "MEDIA RELEASE\n\nThe Hon. Jo Barker MP, Minister for Regional New South Wales\n\n"
        "The NSW Government will spend $42.5 million on roads in the New England region, "
        "with $12 million from the Australian Government, between Armidale and Glen Innes, "
        "the busiest route in New South Wales's New England."
    )
    assert money(text, "en") == [(12000000, "AUD"), (42500000, "AUD")]


def test_rwanda_s_frw_a_route_s_airport_codes_and_a_cent_given_from_every_sale() -> None:
    assert money("Kigali, Rwanda — The ministry commits Frw 12 billion to irrigation.", "en") == [
        (12000000000, "RWF")
    ]
    # "HNL" is Honolulu's airport here, paired with another by a dash, not the lempira
    assert money("Flight   Route\nNZ 10    HNL–AKL    21:40\nFares from NZ$649.", "en") == [(649, "NZD")]
    irish = "CORK, Ireland — The bakery will donate 30c from every loaf sold in May, and €5,000 more."
    assert money(irish, "en") == [(0.3, "EUR"), (5000, "EUR")]
    # a label's letter before "from every" stays a label
    assert money("See Figure 3c from every angle; tickets cost €4, Cork, Ireland.", "en") == [(4, "EUR")]


def test_a_rand_table_in_millions_with_its_unit_in_the_corner_or_its_title() -> None:
    # South African statements write "R million" with no bracket in the header's first cell, or
    # after the table's title, and group thousands with a space
    corner = (
        "Registered in the Republic of South Africa\n\nSUMMARISED STATEMENT OF PROFIT OR LOSS\n"
        "                                       Six months     Six months\n"
        "R million                              30 Sep 2027    30 Sep 2026\n"
        "Revenue                                    5 318          4 902\n"
        "Operating profit                             611            540\n"
    )
    assert money(corner, "en") == [(540e6, "ZAR"), (611e6, "ZAR"), (4902e6, "ZAR"), (5318e6, "ZAR")]
    titled = (
        "Registered in the Republic of South Africa\n\nREVENUE BY DIVISION (R million)\n"
        "                                       Six months     Six months\n"
        "                                       30 Sep 2027    30 Sep 2026\n"
        "Packaging                                  2 214          1 986\n"
    )
    assert money(titled, "en") == [(1986e6, "ZAR"), (2214e6, "ZAR")]


def test_won_alone_is_the_south_korean_won() -> None:
    # ISO 4217 names the KRW "Won" and the KPW "North Korean Won": the one-word name is the former's
    text = "Tokyo, Japan - The acquisition, worth about 86.5 billion won, will close in April."
    assert money(text, "en") == [(86.5e9, "KRW")]


def test_a_year_over_a_column_unit_in_thousands_is_no_sum() -> None:
    text = (
        "Dublin, Ireland\n\nSummary of the target's results\n"
        "                          Year ended     Year ended\n"
        "                          31 Dec 2026    31 Dec 2027\n"
        "€'000                      (audited)    (unaudited)\n"
        "Revenue                        7,214          8,930\n"
    )
    assert (2027, "EUR") not in money(text, "en")
    assert (8930000, "EUR") in money(text, "en")


def test_a_code_that_is_also_a_word_before_a_written_sum() -> None:
    # "SAR" is also Hong Kong's "Special Administrative Region": a sum when a figure no year is
    # written as follows it, or when the release is written from Saudi Arabia
    riyadh = "Riyadh, 2 June 2027 - The board recommended SAR 0.85 per share, with a par value of SAR 10."
    assert money(riyadh, "en") == [(0.85, "SAR"), (10.0, "SAR")]
    abroad = "London, 2 June 2027 - Filing fees of SAR 1,500 apply to each application."
    assert money(abroad, "en") == [(1500.0, "SAR")]
    named = "London, 2 June 2027 - Since 2019 the Hong Kong SAR 2,400 volunteers have trained."
    assert money(named, "en") == []
    assert money("Hong Kong SAR 2027 targets; TOP 10 products.", "en") == []
    assert money("London, 2 June 2027 - ALL 1,200 STAFF TO SHARE IN A TOP 1,000 LIST", "en") == []


def test_a_share_count_row_whose_label_wraps_onto_its_kinds_is_no_sum() -> None:
    text = (
        "Cambridge, Mass., May 4, 2027 -- First-quarter results.\n\n"
        "(in thousands, except per share data)\n"
        "                                          2027          2026\n"
        "Net loss                                  $ (9,412)     $ (7,380)\n"
        "Net loss per share, basic and diluted     $   (0.16)    $   (0.14)\n"
        "Weighted-average shares outstanding,\n"
        "  basic and diluted                      58,310,442    52,114,907\n"
    )
    assert money(text, "en") == [(0.14, "USD"), (0.16, "USD"), (7380000.0, "USD"), (9412000.0, "USD")]


def test_a_caption_that_says_more_after_its_unit_still_gives_it() -> None:
    text = (
        "Montréal, le 12 mai 2027 – La Société des traversiers du fleuve publie ses résultats.\n\n"
        "(en millions de dollars, exercices terminés le 31 mars)        2027      2026    Variation\n"
        "Revenus                                                       212,4     187,3    13,4 %\n"
        "Résultat net                                                   31,5      26,9    17,1 %\n\n"
        "Fin."
    )
    assert money(text) == [(26900000, "CAD"), (31500000, "CAD"), (187300000, "CAD"), (212400000, "CAD")]


def test_a_label_set_apart_by_blanks_before_a_row_of_bars() -> None:
    # the first column stands apart by blanks, the others by bars; the caption heads the labels
    text = (
        "Lyon, le 22 avril 2027 – Le groupe Ardelis publie son chiffre d'affaires trimestriel.\n\n"
        "(en millions d'euros)                T1 2027 | T1 2026 | Variation\n"
        "Robinetterie                           152,6 |   146,9 |    +3,9 %\n"
        "Services                                64,1 |    60,5 |    +6,0 %\n\n"
        "Fin."
    )
    assert money(text) == [(60500000, "EUR"), (64100000, "EUR"), (146900000, "EUR"), (152600000, "EUR")]


def test_a_table_section_one_blank_line_under_its_header_keeps_its_unit() -> None:
    text = (
        "Nairobi, 26 March 2027 - Mvua Bank Group PLC today announced its results.\n\n"
        "KShs Million | 31 Dec 2026 | 31 Dec 2025 | Change\n"
        "Profit after tax | 14,316 | 11,891 | 21%\n\n"
        "Total assets | 702,714 | 648,405 | 8%\n"
        "Customer deposits | 528,840 | 489,212 | 8%\n"
    )
    assert money(text, "en") == [
        (11891000000, "KES"),
        (14316000000, "KES"),
        (489212000000, "KES"),
        (528840000000, "KES"),
        (648405000000, "KES"),
        (702714000000, "KES"),
    ]


def test_a_percent_column_under_a_caption_holds_no_sums() -> None:
    text = (
        "MANILA - 13 November 2027 - Dalisay Power Corporation reported higher income.\n\n"
        "Financial highlights (in ₱ millions)\n"
        "Item | 9M 2027 | 9M 2026 | % Change\n"
        "Revenues | 21,904 | 18,477 | 19\n"
        "EBITDA | 9,712 | 8,005 | 21\n\n"
        "Ends."
    )
    assert money(text, "en") == [
        (8005000000, "PHP"),
        (9712000000, "PHP"),
        (18477000000, "PHP"),
        (21904000000, "PHP"),
    ]


def test_scaled_figures_after_a_sum_in_its_paragraph_take_its_currency() -> None:
    text = (
        "Neuchâtel, le 14 avril 2027 – Le Conseil d'État du canton de Neuchâtel publie ses comptes.\n\n"
        "Les charges dépassent le budget de 14,5 millions de francs (+0,6 %). Les dépassements "
        "concernent les hospitalisations (+9,8 millions), les subsides (+6,1 millions) et "
        "l'accueil (+3,2 millions). Le canton compte 0,8 million d'habitants et 1,2 million "
        "visiteurs par an.\n\n"
        "Le Grand Conseil siège à 9 h."
    )
    # a count is no sum: its noun follows the scale word
    assert money(text) == [(3200000, "CHF"), (6100000, "CHF"), (9800000, "CHF"), (14500000, "CHF")]


def test_a_figure_after_a_sign_nobody_reads_takes_no_currency_of_the_paragraph() -> None:
    text = (
        "The Government of Australia: A$20 million (approximately SAT$35.8 million) for the road. "
        "Payback is short.\n\n"
        "Table 2 (all NPVs in C$ millions, discounted at 5%)\n\n"
        "                         US$2,000   US$2,400\n"
        "NPV5% (C$ millions)           348        612\n"
        "Payback (years)               3.4        2.3\n"
    )
    found = money(text, "en")
    assert (35800000, "AUD") not in found
    assert all(value > 100 for value, _ in found)  # no payback in years


def test_a_row_s_number_before_its_label_is_no_column_and_subunit_rows_are_hundredths() -> None:
    # an exchange's results form: rows numbered, per-share rows in the ringgit's sen ("Subunit")
    text = (
        "Kuala Lumpur, 25 November 2027 - Permata Hijau Berhad reports its quarter.\n\n"
        "(RM'000) | Current Year Quarter 30 Sep 2027 | Preceding Year Quarter 30 Sep 2026\n"
        "1 | Revenue | 486,315 | 431,802\n"
        "2 | Basic earnings per share (Subunit) | 6.52 | 4.63\n"
    )
    assert money(text, "en") == [
        (0.0463, "MYR"),
        (0.0652, "MYR"),
        (431802000, "MYR"),
        (486315000, "MYR"),
    ]


def test_pounds_written_out_are_a_weight_where_no_sterling_is_in_view() -> None:
    american = (
        "DENVER, April 2, 2027 /PRNewswire/ -- Front Range Harvest collected 3.5 million pounds of "
        "fresh produce last year and raised $2.1 million from donors."
    )
    assert money(american, "en") == [(2100000, "USD")]
    british = (
        "LEEDS, 2 April 2027 - The council will spend 3.5 million pounds on the bridge and £400,000 on paths."
    )
    assert money(british, "en") == [(400000, "GBP"), (3500000, "GBP")]


def test_figures_set_flush_right_under_short_year_headings_are_read_in_the_caption_s_unit() -> None:
    text = (
        "BOULDER, Colo., May 6, 2027 (GLOBE NEWSWIRE) -- Quillfeather Analytics reports its quarter.\n\n"
        "Condensed Statements of Operations (unaudited)\n"
        "(in thousands, except per share data)\n\n"
        "                              Three Months Ended March 31,\n"
        "                              2027          2026        Change\n"
        "Revenue:\n"
        "  Licences                    $ 31,204      $ 27,915      12%\n"
        "  Services                       4,118         4,570      (10)%\n"
        "Income taxes                       612           388\n"
        "Net income per share          $   0.21      $   0.17\n"
        "Diluted shares                  22,410        21,980\n"
    )
    found = money(text, "en")
    assert (388000, "USD") in found and (612000, "USD") in found  # short figures flush right
    assert (31204000, "USD") in found and (4570000, "USD") in found
    assert (0.21, "USD") in found
    assert not any(value in (12, 10, 22410000, 22410) for value, _ in found)  # percents, shares


def test_a_currency_of_no_dollar_written_with_the_sign_is_read_at_home() -> None:
    samoa = (
        "APIA, Samoa, 9 March 2027 - The Government of Samoa will put SAT$4.2 million into the "
        "Vaitele market, beside NZ$3 million from New Zealand."
    )
    assert money(samoa, "en") == [(3000000, "NZD"), (4200000, "WST")]
    tonga = "NUKU'ALOFA, Tonga, 9 March 2027 - The Ministry of Finance set aside T$1.5 million for wharves."
    assert money(tonga, "en") == [(1500000, "TOP")]
