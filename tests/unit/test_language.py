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


def test_the_two_column_identifier_scores_as_the_full_model_restricted_to_our_languages() -> None:
    """The identifier keeps only French and English of the 142 languages it ships with, and
    decides every text as py3langid's own `set_languages` restriction does."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from pressflow_enrich.release.language import LANGUAGES, _identifier

    full = LanguageIdentifier.from_model_file(MODEL_FILE)
    full.set_languages(list(LANGUAGES))
    ours = _identifier()
    # the table held for a reset is ours alone, not the 142 languages' (24 MiB)
    assert ours._full_model[0].shape[1] == len(LANGUAGES) < full._full_model[0].shape[1]
    for text in [
        "Le conseil départemental vote son budget primitif pour l'année prochaine.",
        "Shares in the group rose after it raised its full-year guidance.",
        "Contact : Claire Martin, +33 6 12 34 56 78",
        "CEO Jane Doe; Q3 EBITDA €12.4m",
        "Brest, Quimper, Morlaix",
    ]:
        assert ours.classify(text) == full.classify(text)
