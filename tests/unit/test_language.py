"""Language of a release: French or English."""

from __future__ import annotations

import pytest

from pressflow_enrich.release.language import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La commune de Vannes inaugure ce lundi une nouvelle médiathèque au cœur du centre-ville.", "fr"),
        ("The council opened a new library in the town centre on Monday, the mayor said.", "en"),
        ("Résultats annuels 2023 : le chiffre d'affaires progresse de 4 %.", "fr"),
        ("", "fr"),
    ],
)
def test_language_is_fr_or_en(text: str, lang: str) -> None:
    assert detect_language(text) == lang
