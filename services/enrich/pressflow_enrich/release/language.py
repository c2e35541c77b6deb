"""Which language a release is written in."""

from __future__ import annotations

from functools import cache
from typing import Any

# The languages the enrich pipeline has models and rules for.
LANGUAGES = ("fr", "en")
# The opening tells the language as surely as the whole release, and the classifier walks every
# byte in Python: a long release costs milliseconds, its first thousand characters a fraction.
_SAMPLE_CHARS = 1000


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

    full = LanguageIdentifier.from_model_file(MODEL_FILE)
    full.set_languages(list(LANGUAGES))
    return LanguageIdentifier(
        full.nb_ptc, full.nb_pc, full.nb_classes, full.tk_nextmove, full.tk_output, tk_row=full.tk_row
    )
