"""Tables written as text: rows of cells with their offsets, the header apart from the rows."""

from __future__ import annotations

from pressflow_enrich.tables import holds_figures, tables


def texts(row: tuple) -> list[str]:
    return [cell.text for cell in row]


def test_a_markdown_table_keeps_its_empty_corner_so_columns_line_up() -> None:
    text = (
        "Results\n\n| | H1 2026 | H1 2025 |\n|---|---|---|\n"
        "| Revenue | 3,180 | 2,640 |\n| EPS | 1.37 | 1.02 |\n"
    )
    [table] = tables(text)
    assert texts(table.header) == ["", "H1 2026", "H1 2025"]
    assert [texts(row) for row in table.rows] == [["Revenue", "3,180", "2,640"], ["EPS", "1.37", "1.02"]]
    cell = table.rows[0][2]
    assert text[cell.start : cell.end] == "2,640"


def test_tab_separated_rows_and_a_blank_line_between_two_tables() -> None:
    text = "State\t2026-27\nGoa\t1,250\n\nItem\tCost\nRoof\t400\n"
    first, second = tables(text)
    assert texts(first.header) == ["State", "2026-27"] and texts(second.rows[0]) == ["Roof", "400"]


def test_a_first_row_of_figures_is_no_header() -> None:
    [table] = tables("Ventes | 12,6 | 10,1\nMarge | 41 % | 38 %\n")
    assert table.header == () and len(table.rows) == 2


def test_one_line_with_a_bar_is_no_table() -> None:
    assert tables("Phone 03 555 0142 | Email press@example.org\n\nNo more.") == ()


def test_a_row_without_its_closing_bar_keeps_its_empty_first_cell() -> None:
    [table] = tables(" | 2026 | 2025\nRevenue | 96.5 | 88.0\n")
    assert texts(table.header) == ["", "2026", "2025"]


def test_a_table_laid_out_with_blanks_places_each_cell_under_its_header() -> None:
    text = (
        "Grants awarded this year:\n\n"
        "                         2026         2025\n"
        "Roads (Rs. Mn)          1,250          980\n"
        "Schools                   410\n\n"
        "The council meets again in March.\n"
    )
    assert tables(text) == ()  # only asked for does a layout of blanks count as a table
    [table] = tables(text, aligned=True)
    assert texts(table.header) == ["", "2026", "2025"]  # the labels' column gets an empty corner
    assert [texts(row) for row in table.rows] == [["Roads (Rs. Mn)", "1,250", "980"], ["Schools", "410", ""]]
    cell = table.rows[0][1]
    assert table.spaced and text[cell.start : cell.end] == "1,250"


def test_prose_with_wide_gaps_is_no_table() -> None:
    text = (
        "The plan was approved.  Works start in May and end  in June.\n"
        "Residents may comment.  The  consultation closes on Friday.\n"
    )
    assert tables(text, aligned=True) == ()


def test_a_table_of_blanks_and_one_of_bars_are_both_read_in_order() -> None:
    text = "Site        Cost\nDepot       1 200\nYard        300\n\n| Item | Cost |\n| Roof | 400 |\n"
    first, second = tables(text, aligned=True)
    assert first.spaced and not second.spaced
    assert texts(first.rows[0]) == ["Depot", "1 200"] and texts(second.rows[0]) == ["Roof", "400"]


def test_a_figure_may_carry_its_currency_sign_after_it() -> None:
    [table] = tables("Partenaire | Montant\nVille | 8 200 000 $\nFondation | 750 000 €\n")
    assert texts(table.header) == ["Partenaire", "Montant"] and all(holds_figures(row) for row in table.rows)


def test_a_no_break_space_inside_a_figure_stays_in_its_cell() -> None:
    text = (
        "En millions d'euros     S1 2026     S1 2025\n"
        "Ventes                 1\u00a0204,5       998,1\n"
        "Marge brute              310,2       275,9\n"
    )
    [table] = tables(text, aligned=True)
    assert texts(table.rows[0]) == ["Ventes", "1\u00a0204,5", "998,1"]


def test_a_row_label_running_under_the_first_figures_column_stays_a_label() -> None:
    text = (
        "Net revenue                     1,204       998\n"
        "Operating profit                  310       275\n"
        "Earnings per share - basic (cents)  4.1       3.7\n"
    )
    [table] = tables(text, aligned=True)
    assert texts(table.rows[2]) == ["Earnings per share - basic (cents)", "4.1", "3.7"]


def test_a_title_over_an_aligned_table_is_left_out_and_dates_head_columns() -> None:
    text = (
        "SUMMARY OF RESULTS                 THE GROUP\n"
        "                        Year ended      Year ended\n"
        "                        31.03.2026      31.03.2025\n"
        "Revenue                      1,250           1,100\n"
    )
    [table] = tables(text, aligned=True)
    assert texts(table.header) == ["", "Year ended 31.03.2026", "Year ended 31.03.2025"]
    assert [texts(row) for row in table.rows] == [["Revenue", "1,250", "1,100"]]


def test_a_spaced_table_with_signs_set_apart_a_spanning_header_and_a_label_running_on() -> None:
    text = (
        "                        Three Months Ended    Year\n"
        "                         2026        2025    2025\n"
        "Revenue               $  4,120   $  3,880   9,900\n"
        "Selling and marketing 1,210       1,105   2,400\n"
        "Net loss              $  (610)   $  (905)  (1,010)\n"
    )
    (table,) = tables(text, aligned=True)
    # the words centred over two columns head both
    assert texts(table.header) == ["", "Three Months Ended 2026", "Three Months Ended 2025", "Year 2025"]
    assert [texts(row) for row in table.rows] == [
        ["Revenue", "$  4,120", "$  3,880", "9,900"],
        ["Selling and marketing 1,210", "", "1,105", "2,400"],  # the run-on label keeps its first figure
        ["Net loss", "$  (610)", "$  (905)", "(1,010)"],
    ]


def test_a_label_run_onto_a_second_line_is_read_with_its_row_but_a_unit_over_the_figures_is_not() -> None:
    text = (
        "                              2026        2025\n"
        "Cash, cash equivalents and\n"
        "  marketable securities     $ 388,614   $ 301,187\n"
        "Total assets                  412,903     322,450\n"
        "\n"
        "                              2026        2025\n"
        "                          (Rupees in '000)\n"
        "Revenue                      8,412       7,105\n"
        "Cost of sales               (6,893)     (5,962)\n"
    )
    first, second = tables(text, aligned=True)
    assert texts(first.rows[0])[:2] == ["Cash, cash equivalents and marketable securities", "$ 388,614"]
    assert [texts(row)[0] for row in second.rows] == ["Revenue", "Cost of sales"]


def test_figures_with_their_scale_make_rows_not_a_header() -> None:
    text = "Cork       €5.8m\nOffaly     €4.6m\nGalway     €3.2m\n"
    (table,) = tables(text, aligned=True)
    assert table.header == () and [texts(row) for row in table.rows][0] == ["Cork", "€5.8m"]
