"""Amount shapes read in thirty blind releases (own1005–own1034): a row in pence, "(p)", in a UK
table whose rows each name their own unit; a header that leaves the labels' column blank over
rows cut at bars; a UK phone number that groups its digits like French thousands; a column of
counts beside a column of signed sums. Every sentence is ours."""

from __future__ import annotations

from amount_rules import money


def test_a_row_in_pence_in_a_table_whose_rows_name_their_units() -> None:
    text = (
        "Corran Tools plc: interim results\n\n"
        "Revenue grew to £218.4m.\n\n"
        "Key figures\n\n"
        "                                  H1 2026   H1 2025   Change\n"
        "Revenue (£m)                        218.4     207.9     +5.1%\n"
        "Operating profit (£m)                19.2      17.6     +9.1%\n"
        "Basic EPS (p)                        12.7      11.3    +12.4%\n"
        "Interim dividend per share (p)        3.1       2.9     +6.9%\n"
    )
    found = money(text)
    assert {(218_400_000, "GBP"), (0.127, "GBP"), (0.113, "GBP"), (0.031, "GBP")} <= found
    assert (12.7, "GBP") not in found and (12.7, "EUR") not in found
    # "(p)" is no pence in a release whose sums are in another currency
    euros = text.replace("£", "€")
    assert not {(0.127, "GBP"), (0.127, "EUR")} & money(euros)


def test_a_header_that_leaves_the_labels_column_blank_names_every_column() -> None:
    text = (
        "Divisional performance\n\n"
        "                 Sales 2026 (£m) | Sales 2025 (£m) | Profit 2026 (£m) | Profit 2025 (£m)\n"
        "Hire             | 140.2 | 133.0 | 16.1 | 14.8\n"
        "Retail           | 61.7  | 64.4  | 3.9  | 4.6\n"
    )
    found = money(text)
    assert {(140_200_000, "GBP"), (16_100_000, "GBP"), (14_800_000, "GBP"), (4_600_000, "GBP")} <= found


def test_a_uk_phone_number_does_not_make_commas_decimal() -> None:
    text = (
        "In Zambia the price of a bag of mealie meal has reached K 1,250.\n\n"
        "Press office: 020 7946 0344 | 07700 900 212 | press@example.org.uk\n"
    )
    assert (1250, "ZMW") in money(text)


def test_a_column_of_counts_beside_signed_sums_is_no_sum() -> None:
    text = (
        "Grants by district\n\n"
        "District                   Groups funded    Total\n"
        "Whanganui                  31               $904,200\n"
        "Rangitīkei                 14               $388,750\n"
        "Total                      45               $1,292,950\n\n"
        "The Trust is based in Whanganui, New Zealand.\n"
    )
    found = money(text)
    assert {(904_200, "NZD"), (388_750, "NZD"), (1_292_950, "NZD")} <= found
    assert not {(31, "NZD"), (14, "NZD"), (45, "NZD")} & found
