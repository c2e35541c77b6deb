"""A town of two words the NER saw nothing of ("Te Puke", "Port Hedland"), proposed as a place
as a one-word town is: the release's own country's, or a large place. Every sentence is ours."""

from __future__ import annotations

from entity_rules import proposed


def test_a_two_word_home_town_the_ner_missed_is_a_place() -> None:
    text = (
        "Tauranga, 4 March 2027 - Kaimai Orchards Limited said its Te Puke packhouse and the "
        "Te Awamutu depot will close in October."
    )
    names = proposed(text, [("Tauranga", "LOC"), ("Kaimai Orchards Limited", "ORG")])
    assert names.get("Te Puke") == "LOC"
    assert names.get("Te Awamutu") == "LOC"


def test_two_capitalised_words_inside_a_longer_name_or_abroad_are_no_town() -> None:
    # "Te Puke" opens a body's name here; "Cold Spring" is a town of Minnesota, not of New Zealand
    text = (
        "Tauranga, 4 March 2027 - The Te Puke Fruitgrowers Association said Cold Spring growers "
        "had visited on Tuesday."
    )
    names = proposed(text, [("Tauranga", "LOC")])
    assert "Te Puke" not in names
    assert "Cold Spring" not in names
