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
