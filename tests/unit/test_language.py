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


def test_the_windowed_walk_counts_what_py3langid_counts() -> None:
    """The automaton walked over the last six bytes of each position, all at once, meets the
    same features in the same order as py3langid's byte-by-byte walk: on our own releases,
    their openings, and random bytes."""
    import random

    from py3langid.langid import visit_counts

    from pressflow_enrich.release.language import _identifier, _visits

    ours = _identifier()
    texts = _own_texts()
    assert texts
    rng = random.Random(7)
    samples = [ours._encode(text[:n]) for text in texts for n in (1, 5, 6, 7, 1000, len(text))]
    samples += [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200))) for _ in range(500)]
    for data in samples:
        expected = visit_counts(ours.tk_nextmove, ours._rowbase, ours.tk_output, data)
        found = _visits(ours, data)
        assert (found and list(found.items())) == (expected and list(expected.items()))


def test_no_state_of_the_automaton_is_deeper_than_the_window() -> None:
    """Every state is reached from the start in at most six bytes, and six bytes bring any state
    where they bring the start: what makes the windowed walk the same as the whole one."""
    import numpy as np

    from pressflow_enrich.release.language import _WINDOW, _identifier

    ours = _identifier()
    depth = np.full(len(ours._rows), -1)
    depth[0], frontier, steps = 0, np.array([0]), 0
    while len(frontier):
        steps += 1
        reached = np.unique(ours._moves[(ours._rows[frontier][:, None] + np.arange(256)).ravel()])
        frontier = reached[depth[reached] < 0]
        depth[frontier] = steps
    assert depth.min() == 0 and depth.max() <= _WINDOW
    rng = np.random.default_rng(7)
    states = rng.integers(0, len(ours._rows), 200_000)
    start = np.zeros_like(states)
    for byte in rng.integers(0, 256, (_WINDOW, len(states))):
        states = ours._moves[ours._rows[states] + byte]
        start = ours._moves[ours._rows[start] + byte]
    assert (states == start).all()


def _own_texts() -> list[str]:
    """Releases we wrote: the examples and the fixtures' texts."""
    import json
    from pathlib import Path

    repo = Path(__file__).parents[2]
    texts = [path.read_text(encoding="utf-8") for path in sorted((repo / "examples").glob("*.*[dt]"))]
    texts += [
        json.loads(path.read_text(encoding="utf-8"))["text"]
        for path in sorted((repo / "tests/fixtures/gold").glob("*.json"))
    ]
    assert len(texts) > 10
    return texts
