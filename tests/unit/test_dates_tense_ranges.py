"""Year-less dates placed by the tense of their own words, clause or sentence, and spans of days
and of months written in the ways English and French releases write them (own71-own80 shapes)."""

from __future__ import annotations

from datetime import date

import pytest

from pressflow_enrich.dates.mentions import find_dates
from pressflow_enrich.dates.tense import sentence_tense, tense_at, verb_tense

NOVEMBER = date(2026, 11, 24)


def values(text: str, anchor: date = NOVEMBER, lang: str = "en") -> set[str]:
    return {m.value for m in find_dates(text, lang, anchor)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a plan still to come: the coming January, not the one ten months back
        ("The new depot is to begin operating in January.", "en", {"2027-01"}),
        ("Our pilot is set to start in February.", "en", {"2027-02"}),
        ("La ligne débutera en janvier.", "fr", {"2027-01"}),
        ("Le contrat sera signé en octobre.", "fr", {"2027-10"}),
        ("Le lancement est prévu en février.", "fr", {"2027-02"}),
        ("La mise en service, programmée en mars, suivra les essais.", "fr", {"2027-03"}),
        # a present that tells a schedule, the near future, the conditional
        ("The new tariff takes effect in January.", "en", {"2027-01"}),
        ("Le chantier démarre en février.", "fr", {"2027-02"}),
        ("La ville va lancer en janvier un appel à projets.", "fr", {"2027-01"}),
        ("The levy would apply in March under the bill.", "en", {"2027-03"}),
        # a thing done: the past month, this year's when it is behind the release's month
        ("The lease was signed in October.", "en", {"2026-10"}),
        ("Le bail a été signé en octobre.", "fr", {"2026-10"}),
        (
            "Un accord signé en octobre avec la ville entrera en vigueur le 1er mars 2027.",
            "fr",
            {
                "2026-10",
                "2027-03-01",
            },
        ),
        # a past month after the anchor's month is last year's
        ("La halle, inaugurée en décembre, accueillera un marché.", "fr", {"2025-12"}),
    ],
)
def test_a_year_less_month_takes_its_own_verb_s_tense(text: str, lang: str, expected: set[str]) -> None:
    assert values(text, lang=lang) == expected


def test_a_noun_ending_like_a_participle_is_no_past() -> None:
    # "la rentrée" is a noun: the sentence's future places September
    july = date(2024, 7, 3)
    assert values("Les écoles formeront dès la rentrée de septembre vingt tuteurs.", july, "fr") == {
        "2024-09"
    }
    assert values("La journée de mars réunira les élus.", july, "fr") == {"2025-03"}


def test_a_decimal_point_or_an_abbreviation_does_not_end_the_sentence() -> None:
    # the sentence's future is read across "$4.2" and "Dr." / "St."
    text = "Dr. Ruth Mole says St. Anne clinics will get a $4.2-million refit that starts in January."
    assert values(text) == {"2027-01"}
    assert sentence_tense("Costs were $1.5 million. Works start on March 4.", 34, 41) == 0
    assert sentence_tense("It will cost $1.5 million for works from March 4.", 40, 47) == 1
    # a stop inside closing quotes still ends the sentence
    quoted = 'She said: "We will open the hall." Sales fell in October.'
    assert sentence_tense(quoted, quoted.index("October"), len(quoted) - 1) == -1


def test_the_clause_of_a_date_speaks_before_its_sentence() -> None:
    # a past clause before the semicolon does not cancel the future of the date's own clause
    text = (
        "Un relevé a été fait en juin dernier ; la route sera fermée du 15 mars au 30 juin, "
        "le temps des nids."
    )
    assert values(text, date(2026, 11, 30), "fr") == {"2026-06", "2027-03-15/2027-06-30"}
    english = "The survey was done in May; the path will close from March 15 to June 30, for nesting."
    assert values(english, date(2026, 11, 30)) == {"2026-05", "2027-03-15/2027-06-30"}


def test_a_passive_still_to_come_is_future() -> None:
    assert verb_tense("Drop-in sessions are to be held", len("Drop-in sessions are to be held")) == 1
    assert verb_tense("Les ateliers seront organisés", len("Les ateliers seront organisés")) == 1
    assert verb_tense("The hall was opened", len("The hall was opened")) == -1
    # the little word between a verb and its day is skipped
    text = "Le marché signé le 12 mars"
    assert tense_at(text, text.index("12"), len(text)) == -1


def test_a_season_follows_the_verb_it_belongs_to() -> None:
    # the conditional "s'il est accepté" is no past for the spring the mandates will start in
    text = "S'il est voté, les premiers chantiers seront lancés dès le printemps."
    assert values(text, date(2026, 11, 25), "fr") == {"2027"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Public meetings will be held from December 1 to 10 in each district.",
            "en",
            {"2026-12-01/2026-12-10"},
        ),
        ("Drop-ins run between December 2 and 9 at the library.", "en", {"2026-12-02/2026-12-09"}),
        ("Drop-ins run from 9 to 12 December.", "en", {"2026-12-09/2026-12-12"}),
        ("The show runs December 3-14 in the hall.", "en", {"2026-12-03/2026-12-14"}),
        ("Les ateliers auront lieu du 3 au 14 décembre.", "fr", {"2026-12-03/2026-12-14"}),
        ("The cap set for January to March 2027 applies.", "en", {"2027-01/2027-03"}),
        ("Les tarifs de janvier à mars 2027 baissent.", "fr", {"2027-01/2027-03"}),
        ("Le bilan janvier-mars 2027 sera publié.", "fr", {"2027-01/2027-03"}),
        ("Sales for April – June 2027 are forecast.", "en", {"2027-04/2027-06"}),
        ("Costs for October through December this year rose.", "en", {"2026-10/2026-12"}),
        # a span of months that crosses a new year starts in the year before its end
        ("Heating support covers November to February 2027.", "en", {"2026-11/2027-02"}),
    ],
)
def test_spans_of_days_and_of_months(text: str, lang: str, expected: set[str]) -> None:
    assert values(text, lang=lang) == expected


def test_what_is_not_a_span_stays_apart() -> None:
    # a count after "to" with no lead word, and two months joined by "and", are no span
    assert values("The kits shipped on November 3 to 12 partners.") == {"2026-11-03"}
    # two days of a month joined by "and", with no "between", are two days
    assert values("Inspections took place on December 2 and 9.", date(2026, 12, 15)) == {
        "2026-12-02",
        "2026-12-09",
    }
    assert values("Fares rose in January and in March 2027.") == {"2026-01", "2027-03"}
    # two months joined by "and" share the year written after the second
    assert values("Fares change in January and March 2027.") == {"2027-01", "2027-03"}
    assert values("Les tarifs ont changé en novembre et décembre 2025.", lang="fr") == {"2025-11", "2025-12"}
    mentions = find_dates("The cap set for January to March 2027 applies.", "en", NOVEMBER)
    assert [(m.text, m.is_range) for m in mentions] == [("January to March 2027", True)]


FEBRUARY = date(2026, 2, 26)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "since" a month: gone by
        ("The first system has been on trial since September with an operator.", {"2025-09"}),
        # an irregular past participle is a past
        ("The board met the Department's request, made in June, for a review.", {"2025-06"}),
        # no tense of its own: the nearer month, one more than seven months ahead being gone by
        (
            "The port added sailings, and the Harbour completed the upgrade of its terminal in October.",
            {"2025-10"},
        ),
        ("Traders blamed the closure of the market for three weeks in November.", {"2025-11"}),
        ("The landing of the probe in August is on the agenda.", {"2026-08"}),
    ],
)
def test_a_month_the_words_place_behind_a_february_release(text: str, expected: set[str]) -> None:
    assert values(text, FEBRUARY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what starts is to come, whatever else the sentence did
        ("The scheme will place newly licensed nurses for a year, starting in January.", {"2027-01"}),
        # a life in brackets, however old; a year named by both ends of a financial year
        ("The painter Gwenllian Mostyn-Prys (1851–1919) made it.", {"1851/1919"}),
        ("The money is for the 2026 to 2027 financial year.", {"2026/2027"}),
        # a national phone number's groups are no year
        ("Call 029 2057 0000 or 020 7946 0191.", set()),
    ],
)
def test_periods_spans_and_numbers_that_look_like_years(text: str, expected: set[str]) -> None:
    assert values(text, date(2026, 5, 12)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a span no "from" leads, its last end dated in full
        ("Trawlers: Thursday, 1st July to Saturday, 31st July, 2027.", "en", {"2027-07-01/2027-07-31"}),
        ("The season is closed 1 to 31 July 2027.", "en", {"2027-07-01/2027-07-31"}),
        ("Fiscal year 2027 runs July 1, 2026 to June 30, 2027.", "en", {"2027", "2026-07-01/2027-06-30"}),
        ("The meeting moved May 3 to May 10.", "en", {"2026-05-03", "2026-05-10"}),
        # school or fiscal years written whole at both ends
        ("La politique couvre de 2026-2027 à 2028-2029.", "fr", {"2026/2029"}),
    ],
)
def test_spans_without_a_lead_word_and_whole_school_years(text: str, lang: str, expected: set[str]) -> None:
    assert values(text, date(2026, 5, 12), lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a span of months with no year takes the one a month alone would have, its end the next
        # year's when it crosses a new year
        ("Roadworks will run from March to May, the council said.", "en", {"2027-03/2027-05"}),
        ("Les travaux se dérouleront de mars à mai.", "fr", {"2027-03/2027-05"}),
        ("Between November and February the lane will be closed.", "en", {"2026-11/2027-02"}),
        ("From January to June, ridership fell by a fifth.", "en", {"2026-01/2026-06"}),
        ("The hall is open from March 2027 to June.", "en", {"2027-03/2027-06"}),
        # a span repeated every year is no calendar point; a day after the second month is its own
        ("The beach path closes from June to August each year.", "en", set()),
        ("The trial ran from March to May 12, 2026.", "en", {"2026-03", "2026-05-12"}),
    ],
)
def test_spans_of_months_without_a_year(text: str, lang: str, expected: set[str]) -> None:
    assert values(text, NOVEMBER, lang) == expected


def test_a_future_word_ending_in_ed_is_no_past() -> None:
    # "expected" and "scheduled" speak of what is to come, though they end like a past tense
    text = "Building starts after planning consent from the council, which is expected in January."
    assert values(text) == {"2027-01"}
    assert values("A decision on the planning application is expected in February.") == {"2027-02"}
