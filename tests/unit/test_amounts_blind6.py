"""Amount shapes read in thirty blind releases (own945–own974): a row in another currency's
hundredths, Nordic labels and last year's figures in brackets, an exchange rate, a currency set
centred over two columns, a contact's "Mobile:" that names no city. Every sentence is ours."""

from __future__ import annotations

from amount_rules import money


def test_a_row_in_the_hundredths_its_bracket_names() -> None:
    text = (
        "HIGHLIGHTS\n"
        "(RMB million, unless otherwise stated)      2025       2024\n"
        "Revenue                                  1,204.5    1,101.2\n"
        "Basic earnings per share (RMB cents)       21.40      18.20\n"
        "Final dividend per share (HK cents)         9.0        8.0\n"
    )
    found = money(text)
    assert {(0.09, "HKD"), (0.08, "HKD"), (0.214, "CNY")} <= found
    assert (0.09, "CNY") not in found
    text = (
        "Income statement\n\n"
        "                                      FY2025      FY2024\n"
        "                                      S$'000      S$'000\n"
        "Revenue                              286,412     251,300\n"
        "EPS – basic (Singapore cents)           6.10        5.35\n"
    )
    assert {(0.061, "SGD"), (0.0535, "SGD"), (286_412_000, "SGD")} <= money(text)


def test_nordic_labels_and_last_year_s_figure_in_brackets() -> None:
    text = (
        "- Net sales rose to SEK 812.5 million (744.0), EBITA to SEK 61.2 million (55.9).\n"
        "- Earnings per share were SEK 2.14 (1.87); the Board proposes SEK 1.10 (0.95) per share.\n"
        "- The order backlog reached SEK 1,320 million (1,115). Growth was 9.2% (4.1).\n"
    )
    found = money(text)
    assert {
        (744_000_000, "SEK"),
        (55_900_000, "SEK"),
        (1.87, "SEK"),
        (0.95, "SEK"),
        (1_115_000_000, "SEK"),
    } <= found
    assert not any(value in (4.1, 4_100_000) for value, _ in found)  # a percent's comparison is no sum
    # a note's call is no figure of last year: "(1)"
    assert money("Net sales were SEK 812.5 million (1) in the year.") == {(812_500_000, "SEK")}
    table = (
        "Key figures\n\n"
        "                               Q4 2025   Q4 2024\n"
        "Net sales, SEK m                 812.5     744.0\n"
        "Earnings per share, SEK           2.14      1.87\n"
    )
    assert {(812_500_000, "SEK"), (744_000_000, "SEK"), (2.14, "SEK"), (1.87, "SEK")} <= money(table)


def test_an_exchange_rate_is_no_sum() -> None:
    found = money("Converted at EUR/SEK 11.05 for the year, net sales were EUR 73.5 million.")
    assert found == {(73_500_000, "EUR")}


def test_a_currency_centred_over_two_columns_heads_both() -> None:
    text = (
        "Selected data\n\n"
        "                                  CZK '000                EUR '000\n"
        "                              2025        2024        2025        2024\n"
        "Revenue                    812,400     744,100      32,496      29,764\n"
        "Net profit                  61,200      55,900       2,448       2,236\n"
        "\n"
        "                        31.12.2025  31.12.2024  31.12.2025  31.12.2024\n"
        "Total assets               902,700     881,300      36,108      35,252\n"
    )
    found = money(text)
    assert {(812_400_000, "CZK"), (744_100_000, "CZK"), (32_496_000, "EUR"), (29_764_000, "EUR")} <= found
    assert {(902_700_000, "CZK"), (881_300_000, "CZK"), (36_108_000, "EUR"), (35_252_000, "EUR")} <= found


def test_a_contact_s_mobile_votes_for_no_city() -> None:
    # a council of New South Wales: Mobile, Alabama, is no vote for the United States' dollar
    text = (
        "Council will spend $4.2 million on the Frederickton levee and the South West Rocks and "
        "Stuarts Point boat ramps.\n\nMedia contact: Sam Reid\nMobile: 0412 555 019\n"
    )
    assert money(text) == {(4_200_000, "AUD")}


def test_a_factor_before_a_sum_is_no_range() -> None:
    assert money("Le résultat net est multiplié par près de 4 à 612 k€.", "fr") == {(612_000, "EUR")}
    assert money("Net profit multiplied by nearly 4 to €612k.") == {(612_000, "EUR")}
    assert money("Le budget passe de 2 à 3 M€.", "fr") == {(2_000_000, "EUR"), (3_000_000, "EUR")}
