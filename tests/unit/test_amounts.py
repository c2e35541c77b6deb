"""Amounts of money in French and English writing, and the quantities that are not money."""

from __future__ import annotations

import re

import pytest

from pressflow_enrich.amounts.mentions import find_amounts


def money(text: str, lang: str = "fr") -> list[tuple[float, str]]:
    return [(a.value, a.currency) for a in find_amounts(text, lang)[0]]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La commune reçoit une aide de 100 000€.", "fr", [(100000, "EUR")]),
        # a release that declares its dollars in English, or writes them out after the figure
        ("All amounts are in Canadian dollars. Revenue was $4.2 million.", "en", [(4200000, "CAD")]),
        ("The state adds 2 million Australian dollars.", "en", [(2000000, "AUD")]),
        ("Le club reçoit 100\u00a0000 euros de la Région.", "fr", [(100000, "EUR")]),
        ("Le fonds apporte 100\u202f000 € au projet.", "fr", [(100000, "EUR")]),
        ("Une subvention de 100.000 EUR est votée.", "fr", [(100000, "EUR")]),
        ("La Région mobilise 30M€ pour la filière.", "fr", [(30000000, "EUR")]),
        ("Le plan est doté de 30 M€ sur cinq ans.", "fr", [(30000000, "EUR")]),
        ("L'Etat investit 30 millions d'euros.", "fr", [(30000000, "EUR")]),
        ("L’Etat investit 30 millions d’euros.", "fr", [(30000000, "EUR")]),
        ("Le budget atteint 30 MEUR.", "fr", [(30000000, "EUR")]),
        ("Le contrat vaut 1,2 milliard d'euros.", "fr", [(1200000000, "EUR")]),
        ("The deal is worth 1.2 billion euros.", "en", [(1200000000, "EUR")]),
        ("Le chiffre d'affaires atteint 2,5 Md€.", "fr", [(2500000000, "EUR")]),
        ("Le prix est doté de 500 k€.", "fr", [(500000, "EUR")]),
        ("Le chiffre d'affaires s'élève à 1 594 millions d'euros.", "fr", [(1594000000, "EUR")]),
        ("Le groupe lève un milliard d'euros.", "fr", [(1000000000, "EUR")]),
        ("The company raised $2.5 billion.", "en", [(2500000000, "USD")]),
        ("The company raised 2.5 billion dollars.", "en", [(2500000000, "USD")]),
        ("The company raised US$2.5bn.", "en", [(2500000000, "USD")]),
        ("The council secured £40 million.", "en", [(40000000, "GBP")]),
        ("The price was £6,161,270 in total.", "en", [(6161270, "GBP")]),
        ("Net assets were £2.67m at year end.", "en", [(2670000, "GBP")]),
        ("Ordinary £0.10 shares issued at 10p each.", "en", [(0.1, "GBP"), (0.1, "GBP")]),
        ("Les investissements seront entre 10 et 20 M€.", "fr", [(10000000, "EUR"), (20000000, "EUR")]),
        ("Investissements2 entre 1,5 et 1,6 Md€", "fr", [(1500000000, "EUR"), (1600000000, "EUR")]),
        ("The budget is between $2 and $3 billion.", "en", [(2000000000, "USD"), (3000000000, "USD")]),
        ("La dette passe de 90 à 24 millions d'euros.", "fr", [(90000000, "EUR"), (24000000, "EUR")]),
        ("La Ville verse une aide de 5 M€ et un prêt de 3 M€.", "fr", [(5000000, "EUR"), (3000000, "EUR")]),
        (
            "Ottawa, 3 May 2019 - Grants of C $ 5 million and US $ 3 million.",
            "en",
            [(5000000, "CAD"), (3000000, "USD")],
        ),
        ("Costs rose from £2m to £3m.", "en", [(2000000, "GBP"), (3000000, "GBP")]),
        ("Elle reçoit plus 450 000€ pour le musée.", "fr", [(450000, "EUR")]),
        ("Le projet avait coûté 200 millions de francs.", "fr", [(200000000, "FRF")]),
        ("La Communauté a versé 3 millions d'écus.", "fr", [(3000000, "XEU")]),
        (
            "Montréal, le 2 mai 2019 – Québec investit 5 millions de dollars.",
            "fr",
            [(5000000, "CAD")],
        ),
        ("Ottawa verse 2 millions de dollars canadiens.", "fr", [(2000000, "CAD")]),
        ("Le groupe américain a levé 10 millions de dollars.", "fr", [(10000000, "USD")]),
        ("Le loyer est de 12 500 € HT par an.", "fr", [(12500, "EUR")]),
        ("It raised 2.5 billion US dollars.", "en", [(2500000000, "USD")]),
        (
            "Le chantier avait coûté 35 MF, soit 100 000 F par logement.",
            "fr",
            [(35000000, "FRF"), (100000, "FRF")],
        ),
        ("The fund holds €1,200 per member.", "en", [(1200, "EUR")]),
        ("The 2.5 million euros grant adds 1,250 euros per pupil.", "fr", [(2500000, "EUR"), (1250, "EUR")]),
        ("Une aide de 1,250 million d'euros et de 12 000 euros.", "en", [(1250000, "EUR"), (12000, "EUR")]),
        ("Le budget passe de 10-20 M€ selon les options.", "fr", [(10000000, "EUR"), (20000000, "EUR")]),
        ("The scheme pays 50 pence per mile and £2m a year.", "en", [(0.5, "GBP"), (2000000, "GBP")]),
        # A currency code written flush against the number.
        ("The fund closed at EUR250m in June.", "en", [(250000000, "EUR")]),
        ("Targets: between USD5m and USD8m.", "en", [(5000000, "USD"), (8000000, "USD")]),
        # Currencies beyond the euro, dollar and pound families.
        ("The yard earned NOK 3.4 billion and SEK 120m.", "en", [(3400000000, "NOK"), (120000000, "SEK")]),
        ("Le port danois reçoit 40 millions de couronnes danoises.", "fr", [(40000000, "DKK")]),
        (
            "Brasília apporte 75 millions de reais et R$ 2 millions.",
            "fr",
            [(75000000, "BRL"), (2000000, "BRL")],
        ),
        ("Orders of HK$3.2bn and S$45m.", "en", [(3200000000, "HKD"), (45000000, "SGD")]),
        ("The grant is AUD 12m.", "en", [(12000000, "AUD")]),
    ],
)
def test_amount_values_and_currencies(text: str, lang: str, expected: list) -> None:
    assert money(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe compte 15 000 salariés et 12 satellites en orbite.",
        "La part du budget passe à 3% et la marge gagne 30pb.",
        "Le parc atteint une puissance de 347 MW sur 3 kilomètres.",
        "Un tiers des effectifs travaille à Toulouse depuis 2019.",
        "Investissements1 en hausse, 5 cash and carry ouverts.",
        "The cable is 5 m long and the 3 m spare is stored.",
        "Les habitants de Sek et de Nok sont mad de 3 trains.",
    ],
)
def test_counts_and_percentages_are_not_money(text: str) -> None:
    assert money(text) == []


def test_percentages_and_counts_become_quantities() -> None:
    _, quantities = find_amounts("Le site emploie 1 200 salariés, soit 3,5% des effectifs.", "fr")
    assert [(q.value, q.unit) for q in quantities] == [(1200, "salariés"), (3.5, "%")]


@pytest.mark.parametrize(
    "text",
    [
        "Contact : Léa Morin\nTél. : 04 72 10 30 30\npresse@example-ville.fr",
        "Media: +44 20 7946 0321\nmedia@example.com\nOut of hours 07700 900461 weekdays",
        "Accueil à 18 heures, de 9 heures à 17 heures, 10h30 sur place.",
        "Le plan couvre 2022/23 financial years.",
    ],
)
def test_phone_numbers_times_and_line_breaks_make_no_quantities(text: str) -> None:
    assert find_amounts(text, "fr")[1] == []


def test_amount_offsets_point_at_the_text() -> None:
    text = "Une aide de 2,7 M€ et entre 10 et 20 M€, puis from £2m to £3m."
    amounts, _ = find_amounts(text, "fr")
    assert [a.text for a in amounts] == ["2,7 M€", "10", "20 M€", "£2m", "£3m"]
    assert all(text[a.start : a.end] == a.text for a in amounts)


# The currency of a bare "$", "francs" or "FCFA" is the one of the place the release is written
# from, read from its dateline or the places it names; local signs and scales are read as such.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("TORONTO, May 2, 2024 - The miner spent $12 million on drilling.", "en", [(12000000, "CAD")]),
        ("MONTRÉAL, le 3 mai 2024 - La ville investit 5 millions de dollars.", "fr", [(5000000, "CAD")]),
        ("SYDNEY, 4 June 2023 - The port will receive $40 million.", "en", [(40000000, "AUD")]),
        ("WELLINGTON, 4 June 2023 - The trust gives $2m to the scheme.", "en", [(2000000, "NZD")]),
        ("SINGAPORE, 4 June 2023 - The fund commits $3 million.", "en", [(3000000, "SGD")]),
        ("AUSTIN, Texas, June 4, 2023 - The firm raised $3 million.", "en", [(3000000, "USD")]),
        (
            "VANCOUVER, June 4, 2023 - All amounts are in U.S. dollars. Revenue was $9 million.",
            "en",
            [(9000000, "USD")],
        ),
        ("Genève, le 2 mai 2024. Le canton octroie 3 millions de francs.", "fr", [(3000000, "CHF")]),
        (
            "Le crédit de CHF 12'500'000.- est voté; 1,2 mio de francs suivent.",
            "fr",
            [(12500000, "CHF"), (1200000, "CHF")],
        ),
        ("Le bénéfice atteint CHF 2,3 mia.", "fr", [(2300000000, "CHF")]),
        ("Dakar, le 2 mai 2024. La BOAD prête 20 milliards FCFA.", "fr", [(20000000000, "XOF")]),
        ("Yaoundé, le 2 mai 2024. La BEAC annonce 15 milliards de F CFA.", "fr", [(15000000000, "XAF")]),
        ("The board approved Rs.1,250.50 crore for the plant.", "en", [(12505000000, "INR")]),
        ("Each family receives Rs 3 lakh.", "en", [(300000, "INR")]),
        ("NAIROBI, 3 May 2024 - Profit rose to KShs.12.4 billion.", "en", [(12400000000, "KES")]),
        ("JOHANNESBURG, 3 May 2024 - The airport spends R2.5 billion.", "en", [(2500000000, "ZAR")]),
        ("Tickets cost 50 cents more.", "en", [(0.5, "USD")]),
        ("La souscription porte sur 250 kE et 3 ME.", "fr", [(250000, "EUR"), (3000000, "EUR")]),
        ("Les réserves atteignent 4,2 MdsE.", "fr", [(4200000000, "EUR")]),
        # A sum's currency carries to a scaled number joined to it, before or after.
        (
            "L'aide est de 3 millions d'euros en 2024 et 5 millions en 2025.",
            "fr",
            [(3000000, "EUR"), (5000000, "EUR")],
        ),
        (
            "Les garanties de 12.5 millions et 4 millions de francs sont votées à Lausanne.",
            "fr",
            [(12500000, "CHF"), (4000000, "CHF")],
        ),
    ],
)
def test_currency_of_the_place_and_local_forms(text: str, lang: str, expected: list) -> None:
    assert money(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("RNS Number : 5120F", "en"),  # a reference, not French francs, in an English release
        ("for the quarter ended June 30, 2011 of", "en"),
        ("The R&D unit hired R2 staff.", "en"),  # "R" is the rand only in South Africa
    ],
)
def test_no_money(text: str, lang: str) -> None:
    assert money(text, lang) == []


def test_year_before_a_sign_belongs_to_no_sum() -> None:
    assert money("net income for the quarter ended September 30, 2011 of $1.4 million", "en") == [
        (1400000, "USD")
    ]


def test_spelled_out_sums_in_any_case_and_spacing() -> None:
    """Found from the scale word back to the number before it, whatever the space between."""
    text = "Le fonds lève deux\u00a0 millions d'euros, puis TROIS\tMILLIARDS de dollars."
    amounts, _ = find_amounts(text, "fr")
    assert [(a.text, a.value, a.currency) for a in amounts] == [
        ("deux\u00a0 millions d'euros", 2_000_000, "EUR"),
        ("TROIS\tMILLIARDS de dollars", 3_000_000_000, "USD"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "US $5 million, U.S. $ 3, C$4, CA$ 7, CAN$8, A$9, AU$1, R$2, HK$3, S$4, NZ$5, $6, £7, € 8, ₹9",
        "EUR 10, usd20, GBP 3m, CHF4, chf 5, Rs. 6 crore, Rs7, KShs. 8, KSh 9, Ksh.1, R14.5 billion, r5",
        "1$5 a$6 $$7 $1,500 $1.5 et 2$ 3 EUR\n4 EUR\t5, xEUR 6",
    ],
)
def test_prefixed_sums_read_from_their_numbers_are_those_a_scan_of_the_whole_text_finds(text: str) -> None:
    from pressflow_enrich.amounts.mentions import _PREFIX_CURRENCY, _PREFIX_WIDTH, _PREFIXED_RULE, _prefixed

    assert re._parser.parse(_PREFIX_CURRENCY, re.IGNORECASE).getwidth()[1] <= _PREFIX_WIDTH  # type: ignore[attr-defined]
    assert [m.span() for m in _prefixed(text)] == [m.span() for m in _PREFIXED_RULE.finditer(text)]
