"""The rules' capitals and small letters reach past Latin-1: Māori macrons, Polish, Czech, Turkish
and Yoruba letters, French "œ", each in its own case. Every sentence is ours."""

from __future__ import annotations

from entity_rules import proposed

from pressflow_enrich.entities.judge import LOWER_WORD
from pressflow_enrich.words.letters import CAPITALS, SMALL, pattern, widen

WORD = pattern(r"[A-ZÀ-Þ][a-zà-ÿ]+")


def test_a_capitalised_word_may_hold_letters_beyond_latin_1() -> None:
    for word in ["Ōtorohanga", "Łódź", "Dvořák", "Şahin", "Ọbáfẹ́mi", "Tāmaki", "Œuvre"]:
        assert WORD.fullmatch(word), word
    # each letter keeps its case: a small letter opens no name, a capital goes on none
    for word in ["ōtorohanga", "ŁÓDŹ", "TĀmaki"]:
        assert not WORD.fullmatch(word), word
    assert "Ō" in CAPITALS and "ō" not in CAPITALS and "ō" in SMALL and "Ő" not in SMALL


def test_a_range_is_widened_once() -> None:
    once = widen("[A-ZÀ-Þ]")
    assert widen(once) == once
    assert widen("[^a-zà-ÿ\\n]").startswith("[^a-zà-ÿā")


def test_the_judge_counts_a_word_in_lower_case_by_its_first_letter_s_case() -> None:
    # "Ōpōtiki" is a name, "cœur" a common word the text writes in lower case
    assert LOWER_WORD.findall("Ōpōtiki, le cœur") == ["le", "cœur"]


def test_a_one_word_town_with_a_macron_is_proposed() -> None:
    text = "The new depot opens in Ōtorohanga next spring, the council said."
    assert proposed(text, [("Ōtorohanga", "GPE")]).get("Ōtorohanga") == "LOC"
