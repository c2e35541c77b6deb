"""Amount shapes read in thirty blind releases (own975–own1004): a statement's next section under
the caption of the one above, a column of figures per share under a caption in thousands, a row's
number before its label, a US table that signs only its first row and its totals, a sign a column's
gap away from the figure before it, and a count of shares after a sum. Every sentence is ours."""

from __future__ import annotations

from amount_rules import money


def test_a_next_section_dating_its_columns_again_keeps_the_caption_above() -> None:
    text = (
        "HOLLOWAY SAVINGS CORP.\n"
        "(in thousands, except per share data)\n\n"
        "Three Months Ended          June 30, 2026   March 31, 2026   June 30, 2025\n"
        "Net interest income              9,412           9,105           8,730\n"
        "Net income                    $  2,904        $  2,711        $  2,486\n\n"
        "Six Months Ended            June 30, 2026   June 30, 2025\n"
        "Net interest income             18,517          17,020\n"
        "Net income                    $  5,615        $  4,870\n"
        "Earnings per share - diluted  $   1.12        $   0.97\n\n"
        "Balance Sheet Data          June 30, 2026   Dec. 31, 2025   June 30, 2025\n"
        "Total deposits                 912,330         887,145         861,902\n"
    )
    found = money(text)
    assert {(18_517_000, "USD"), (5_615_000, "USD"), (912_330_000, "USD"), (861_902_000, "USD")} <= found
    assert {(1.12, "USD"), (0.97, "USD")} <= found  # per share: never scaled
    assert (5_615, "USD") not in found


def test_rows_per_share_under_a_heading_in_the_next_section() -> None:
    text = (
        "CONSOLIDATED STATEMENTS OF INCOME\n"
        "(in thousands, except per share data)\n\n"
        "                                 Three Months Ended        Six Months Ended\n"
        "                               June 30,     June 30,     June 30,     June 30,\n"
        "                                 2026         2025         2026         2025\n"
        "Revenue                      $ 118,240    $ 104,915    $ 230,118    $ 207,520\n"
        "Net income                   $   9,312    $   7,406    $  17,840    $  14,115\n\n"
        "Earnings per share:\n"
        "  Basic                      $    0.61    $    0.49    $    1.17    $    0.93\n"
        "  Diluted                    $    0.60    $    0.48    $    1.15    $    0.92\n"
    )
    found = money(text)
    assert {(0.61, "USD"), (0.49, "USD"), (0.60, "USD"), (0.48, "USD"), (0.93, "USD"), (0.92, "USD")} <= found
    assert (930.0, "USD") not in found
    assert {(118_240_000, "USD"), (9_312_000, "USD")} <= found


def test_a_column_per_diluted_share_under_a_caption_in_thousands() -> None:
    text = (
        "Reconciliation of Adjusted Net Income\n"
        "(unaudited; in thousands, except per share data)\n\n"
        "| Quarter ended May 2, 2026 | Amount | Per diluted share |\n"
        "| Net income (GAAP) | $ 6,120 | $ 0.27 |\n"
        "| Store closure costs | 915 | 0.03 |\n"
        "| Adjusted net income | $ 7,035 | $ 0.30 |\n"
    )
    found = money(text)
    assert {(6_120_000, "USD"), (915_000, "USD"), (0.27, "USD"), (0.03, "USD"), (0.30, "USD")} <= found
    assert (30.0, "USD") not in found and (270.0, "USD") not in found
    text = (
        "(in thousands, except per share data)\n"
        "| Quarter ended May 2, 2026 | Amount | Per basic and diluted share |\n"
        "| Net income | $ 4,880 | $ 0.21 |\n"
        "| Restructuring | 690 | 0.02 |\n"
    )
    assert {(4_880_000, "USD"), (0.21, "USD"), (0.02, "USD")} <= money(text)


def test_a_row_s_number_before_its_label() -> None:
    text = (
        "(Rs in lakh, except per share data)\n"
        "Sl. | Particulars | Quarter ended 31.12.2025 | Quarter ended 31.12.2024\n"
        "1 | Revenue from operations | 4,210.50 | 3,874.25\n"
        "2 | Earnings per share (₹) Basic & Diluted | 8.42 | 7.75\n"
    )
    found = money(text)
    assert {(421_050_000, "INR"), (8.42, "INR"), (7.75, "INR")} <= found
    assert (842_000, "INR") not in found


def test_a_table_signing_its_first_row_and_total_alone() -> None:
    text = (
        "RECONCILIATION OF DILUTED EPS (Unaudited)\n\n"
        "                                           Quarter 2026     Quarter 2025\n"
        "Diluted EPS (GAAP)                           $  0.52          $  0.44\n"
        "Severance, net of tax                           0.06             0.11\n"
        "Amortization, net of tax                        0.04             0.04\n"
        "Adjusted diluted EPS                         $  0.62          $  0.59\n"
        "Weighted average diluted shares               19,840           20,115\n"
    )
    found = money(text)
    assert {(0.52, "USD"), (0.06, "USD"), (0.11, "USD"), (0.04, "USD"), (0.62, "USD"), (0.59, "USD")} <= found
    assert (19_840, "USD") not in found  # after the last signed row: a count


def test_a_sign_a_column_s_gap_away_belongs_to_the_next_figure() -> None:
    text = "Net income                     $  3,204     $  2,977      $  9,660     $  8,415\n"
    assert {(3_204, "USD"), (2_977, "USD"), (9_660, "USD"), (8_415, "USD")} <= money(text)
    # a sign one blank after its figure is still its own, in French
    assert (1_250, "EUR") in money("Le ticket coûte 1 250 € cette année.", "fr")


def test_a_count_of_shares_after_a_sum_is_no_sum() -> None:
    text = "The price is $212 million in cash and 6.5 million common shares of the Company."
    found = money(text)
    assert (212_000_000, "USD") in found
    assert (6_500_000, "USD") not in found
    # a second sum joined to the first still carries its currency
    assert (45_000_000, "USD") in money("It raised $120 million and 45 million in grants.")
