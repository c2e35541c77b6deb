"""Given names come from Faker's person providers, the Latin-script locales only."""

from __future__ import annotations

from pressflow_enrich.words.given_names import given_names, is_given_name


def test_given_names_of_many_countries_and_no_common_words() -> None:
    assert all(is_given_name(n) for n in ["Camila", "Siobhan", "Chukwuemeka", "Aroha", "Priya", "Mathéo"])
    assert not any(is_given_name(w) for w in ["Water", "Energy", "Hospital", "camila", "Ltd"])


def test_names_in_other_scripts_are_left_out() -> None:
    names = given_names()
    assert len(names) > 10_000
    assert not any("\u0400" <= c <= "\u9fff" for name in names for c in name)  # Cyrillic to CJK
