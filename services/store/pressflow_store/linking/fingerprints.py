"""What two texts are compared by: the body without its noise, word shingles, MinHash band keys, figures."""

from __future__ import annotations

import functools
import re
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass
from hashlib import blake2b

import numpy as np
from datasketch import MinHash

SHINGLE = 3  # words per shingle: short enough that an edited word costs few shingles
PERMUTATIONS = 64
BANDS, ROWS = 16, 4  # 16 bands of 4 rows: a pair at Jaccard 0.7 shares a band 99% of the time
MIN_WORDS = 6  # lines shorter than this are headers, datelines, sign-offs, contact labels

_COMBINING = re.compile(r"[\u0300-\u036f]")
_MARKS = re.compile(r"[«»“”„‟\"'’‘‚‛`´′″‹›‐‑‒–—―−]")  # quotation marks and typographic dashes
_CONTACT = re.compile(
    # an e-mail, a web address, a phone number (nine digits or more), a contact label
    r"@\w|https?://|www\.|(?:\d[ .()/-]?){9,}|\b(?:tel|phone|fax|contacts?|e-?mail)\b\s*[:.]",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
_BLOCK = re.compile(r"\n\s*\n")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_MONTHS = (
    "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# A day and month with or without a year, or a numeric date: the date a copy restates, not a figure.
_DATE = re.compile(
    rf"\b\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{_MONTHS})\b\.?(?:\s+\d{{4}})?"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,?\s*\d{{4}})?"
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b"
)


def fold(text: str) -> str:
    """Lower case without accents, quotation marks or typographic dashes: what a repost changes."""
    bare = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return _MARKS.sub(" ", bare.casefold())


def body_lines(text: str) -> list[str]:
    """The folded lines that carry the release: without its contact blocks (a paragraph with an
    e-mail, a phone number, an address or a contact label, which is where distributors put
    their own footer too) and without short lines (headers, datelines, sign-offs)."""
    kept = []
    for block in _BLOCK.split(fold(text)):
        lines = block.splitlines()
        if any(_CONTACT.search(line) for line in lines):
            continue
        kept += [line for line in lines if len(_WORD.findall(line)) >= MIN_WORDS]
    return kept


@dataclass(frozen=True)
class Fingerprint:
    """A release reduced to what copies share: its body's lines and shingles, its MinHash band keys."""

    lines: tuple[str, ...]
    shingles: frozenset[int]
    bands: tuple[int, ...]

    @functools.cached_property
    def figures(self) -> Counter[str]:
        # only a candidate pair needs them, so they are found on demand
        return figures(self.lines)


def _shingles(words: list[str]) -> frozenset[int]:
    if len(words) < SHINGLE:
        return frozenset([zlib.crc32(" ".join(words).encode())]) if words else frozenset()
    return frozenset(
        zlib.crc32(" ".join(words[i : i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)
    )


@functools.cache
def _permutations() -> np.ndarray:
    # Fixed seed: every store process, now and after a restart, must compute the same bands.
    return MinHash(num_perm=PERMUTATIONS, seed=1).permutations


def band_keys(shingles: frozenset[int]) -> tuple[int, ...]:
    """One 63-bit key per LSH band: two releases sharing a key are candidates to compare."""
    if not shingles:
        return ()
    sketch = MinHash(num_perm=PERMUTATIONS, permutations=_permutations(), scheme="affine32", hashfunc=int)
    sketch.update_batch(list(shingles))
    values = sketch.hashvalues
    keys = []
    for band in range(BANDS):
        digest = blake2b(values[band * ROWS : (band + 1) * ROWS].tobytes(), digest_size=8, salt=bytes([band]))
        keys.append(int.from_bytes(digest.digest(), "big") >> 1)  # fits a signed BIGINT
    return tuple(keys)


def figures(lines: list[str]) -> Counter[str]:
    """The numbers a body states, dates left out: changed figures make a revision, not a copy."""
    found: Counter[str] = Counter()
    for line in lines:
        found.update(n.replace(",", ".") for n in _NUMBER.findall(_DATE.sub(" ", line)))
    return found


def shingles(lines: list[str]) -> frozenset[int]:
    return _shingles(_WORD.findall(" ".join(lines)))


def fingerprint(text: str) -> Fingerprint:
    lines = body_lines(text)
    found = shingles(lines)
    return Fingerprint(lines=tuple(lines), shingles=found, bands=band_keys(found))
