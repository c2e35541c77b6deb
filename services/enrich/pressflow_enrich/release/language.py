"""Which language a release is written in."""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Any

import numpy as np

# The languages the enrich pipeline has models and rules for.
LANGUAGES = ("fr", "en")
# The opening tells the language as surely as the whole release, and the classifier walks every
# byte in Python: a long release costs milliseconds, its first thousand characters a fraction.
_SAMPLE_CHARS = 1000
# The classifier's automaton (Aho-Corasick over the model's byte n-grams) is in the same state
# after any six bytes whatever state it started in: no state stands for a longer string (the
# deepest is six transitions from the start, tests/unit/test_language.py checks it).
_WINDOW = 6


def detect_language(text: str) -> str:
    """ISO 639-1 code of the release's language: "fr" or "en" (py3langid limited to those)."""
    if not text.strip():
        return LANGUAGES[0]
    lang, _ = _identifier().classify(text[:_SAMPLE_CHARS])
    return str(lang)


@cache
def _identifier() -> Any:
    """Loaded on first use: the model takes a moment and most imports never need it.

    `set_languages` scores with our two languages' columns but keeps the table of all 142
    for a later reset (27 MiB we never use): the identifier is built again from the two
    columns alone, the same scores, and the full table freed.
    """
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    class WindowedIdentifier(LanguageIdentifier):
        """py3langid's identifier, its automaton walked by numpy rather than byte by byte in
        Python: the state after each byte is the walk from the start over the last `_WINDOW`
        bytes, all positions at once. The same features, counted in the same order, so the
        same scores (the walk was two thirds of the classification's cost)."""

        __slots__ = ("_moves", "_rows", "_outputs")

        def _raw_score(self, text: bytes) -> Any:
            visits = _visits(self, text)
            return self._sparse_score(visits, self.nb_ptc) if visits else super()._raw_score(text)

    full = LanguageIdentifier.from_model_file(MODEL_FILE)
    full.set_languages(list(LANGUAGES))
    ours = WindowedIdentifier(
        full.nb_ptc, full.nb_pc, full.nb_classes, full.tk_nextmove, full.tk_output, tk_row=full.tk_row
    )
    ours._moves = np.frombuffer(full.tk_nextmove, dtype=np.dtype(full.tk_nextmove.typecode))  # a view
    ours._rows = np.asarray(ours._rowbase, dtype=np.int64)
    ours._outputs = np.asarray(full.tk_output, dtype=np.int64)
    return ours


def _visits(identifier: Any, data: bytes) -> Counter[int] | None:
    """What `py3langid.langid.visit_counts` returns for `data`: each feature the automaton
    outputs, counted, in the order first met; None when there is none."""
    codes = np.frombuffer(data, dtype=np.uint8).astype(np.int64)
    size = len(codes)
    states = np.zeros(size, dtype=np.int64)
    for back in range(_WINDOW - 1, -1, -1):  # position i reads byte i - back (when there is one)
        if back < size:
            states[back:] = identifier._moves[identifier._rows[states[back:]] + codes[: size - back]]
    features = identifier._outputs[states]
    features = features[features >= 0]
    return Counter(features.tolist()) if len(features) else None
