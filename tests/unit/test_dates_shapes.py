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
