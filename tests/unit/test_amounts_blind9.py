"""Amount shapes read in thirty blind releases (own1035–own1064): a tab table whose cells hold this
half's figure and last year's in brackets, a Swiss "mio" difference ("de plus"), thousands written
out ("cinquante mille euros"), a loss's sign between the currency code and its figure. Every
sentence is ours."""

from __future__ import annotations

from amount_rules import money


def test_a_cell_with_last_year_s_figure_in_brackets_holds_two_sums() -> None:
    text = (
        "Halvor Drives AG: half-year report\n\n"
        "Segment overview H1 2026 (EUR m; previous year in brackets)\n"
        "Segment\tOrder intake\tRevenue\tEBIT\tEBIT margin\n"
        "Pumps\t141.5 (128.0)\t126.9 (120.4)\t12.4 (11.1)\t9.8% (9.2%)\n"
        "Valves\t88.2 (91.7)\t80.3 (84.6)\t-2.1 (-1.4)\t–\n"
    )
    found = money(text)
    assert {(141_500_000, "EUR"), (128_000_000, "EUR"), (126_900_000, "EUR"), (120_400_000, "EUR")} <= found
    assert {(2_100_000, "EUR"), (1_400_000, "EUR"), (91_700_000, "EUR")} <= found
    assert not {value for value, _ in found} & {9_800_000, 9.8, 9_200_000}  # the margins are no sums


def test_a_swiss_mio_difference_is_a_sum_of_francs() -> None:
    text = (
        "Le Conseil d'État du canton de Neuchâtel a présenté les comptes 2025 (en mio CHF). "
        "L'impôt des personnes morales a atteint 212,4 mio, soit 18,6 mio de plus que prévu. "
        "La commune compte 1,2 mio d'habitants de plus qu'en 1990."
    )
    found = money(text, "fr")
    assert {(212_400_000, "CHF"), (18_600_000, "CHF")} <= found
    assert (1_200_000, "CHF") not in found  # inhabitants, not francs


def test_thousands_written_out_are_a_sum() -> None:
    text = "Chaque commune reçoit cinquante mille euros par an, et la ville trois cent mille euros."
    assert {(50_000, "EUR"), (300_000, "EUR")} <= money(text, "fr")
    text = "Each school received a grant of fifty thousand dollars, and the library a thousand dollars."
    assert {(50_000, "USD"), (1_000, "USD")} <= money(text)
    assert not money("Deux mille logements seront construits d'ici 2030.", "fr")


def test_a_loss_signed_between_its_currency_code_and_figure() -> None:
    text = (
        "SEOUL, March 3, 2026 /PRNewswire/ -- Operating profit in the fourth quarter was negative at "
        "KRW -8.4 billion, against KRW 51.2 billion a year earlier; free cash flow was USD -3.1 million."
    )
    found = money(text)
    assert {(8_400_000_000, "KRW"), (51_200_000_000, "KRW"), (3_100_000, "USD")} <= found


def test_last_year_s_figure_in_brackets_with_its_own_scale() -> None:
    text = "Sales in China fell to EUR 41.6m (48.3m); in the second quarter they rose to EUR 220.5m (209.1m)."
    found = money(text)
    assert {(41_600_000, "EUR"), (48_300_000, "EUR"), (220_500_000, "EUR"), (209_100_000, "EUR")} <= found
