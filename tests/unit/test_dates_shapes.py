"""Date shapes found on releases the rules were not written on (issue #8): a law named by its
year, Indian fiscal years, a year-less month placed by its sentence's tense, a span of months."""

from __future__ import annotations

from datetime import date

from pressflow_enrich.dates.mentions import find_dates


def values(text: str, anchor: date, lang: str = "en") -> set[str]:
    return {m.value for m in find_dates(text, lang, anchor)}


def test_a_law_named_by_its_year_is_not_a_date() -> None:
    text = "Filed under the Securities Exchange Act of 1934 and the Companies Act of 2006 in 2019."
    assert values(text, date(2024, 5, 2)) == {"2019"}
    # the impact of a year is still the year
    assert values("We measured the impact of 2023 on margins.", date(2024, 5, 2)) == {"2023"}


def test_a_span_of_fiscal_years_runs_from_the_first_to_the_end_of_the_last() -> None:
    text = "The mission runs for four years from 2026-27 to 2029-30, after a pilot in 2025."
    assert values(text, date(2025, 3, 1)) == {"2026/2030", "2025"}
    assert values("Les crédits couvrent la période de 2024-25 à 2027.", date(2024, 1, 5), "fr") == {"2024/2027"}
    # a span across a century's turn, and a plain span of years, as before
    assert values("Exports grew from 1998-99 to 2003-04.", date(2010, 1, 1)) == {"1998/2004"}
    assert values("Exports grew from 2019 to 2023.", date(2024, 1, 1)) == {"2019/2023"}
