"""What two texts are compared by: the body without its noise, word shingles, MinHash band keys, figures.

Part of the contracts: enrich computes each release's MinHash signature once and carries it on
releases.enriched as a Kafka header (FINGERPRINT_HEADER, tagged with FINGERPRINT_SCHEME), and the
store uses it rather than compute it again, or computes it itself when the header is missing,
malformed or of another scheme. Anything that changes a signature's values (the folding, which
lines are kept, the shingles, the permutations) is a new scheme, never an edit of this one."""

from __future__ import annotations

import base64
import binascii
import functools
import re
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass
from hashlib import blake2b

import numpy as np

SHINGLE = 3  # words per shingle: short enough that an edited word costs few shingles
# 24 bands of 6 rows: a pair at Jaccard 0.7 shares a band 95% of the time, at 0.8 all but
# always, at 0.3 (releases written from one template) 1.7% of the time, so lookups stay small.
BANDS, ROWS = 24, 6
PERMUTATIONS = BANDS * ROWS
# How a signature's values are written as bytes (the header, release_signatures) and read back:
# little-endian whatever the machine, as the header's documentation says.
SIGNATURE_DTYPE = np.dtype("<u4")
MIN_WORDS = 6  # lines shorter than this are headers, datelines, sign-offs, contact labels

_COMBINING = re.compile(r"[\u0300-\u036f]")
_MARKS = re.compile(r"[«»“”„‟\"'’‘‚‛`´′″‹›‐‑‒–—―−]")  # quotation marks and typographic dashes
# an e-mail, a web address, a contact label (on folded text: lower case, no accents)
_CONTACT = re.compile(r"@\w|https?://|www\.|(?<![a-z])(?:tel|phone|fax|contacts?|e-?mail)\s*[:.]")
# a phone number is such a run with nine digits or more; with fewer it is an amount ("1 200 000")
_DIGITS = re.compile(r"\d[\d .()/-]{7,}\d")
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


# fold() of every character met so far, for fold_all(), plus one: the character it folds to,
# _DROP for a combining accent, _WHOLE for one whose text is folded whole (see _learn); 0 for a
# character not met yet, so that the table is zeros and only the pages of characters met are
# resident (4 MB of address space; np.full would make all of it resident at import)
_DROP, _WHOLE = 0xFFFFFFFE, 0xFFFF
_FOLDS = np.zeros(0x110000, dtype=np.uint32)


def _learn(codes: np.ndarray) -> None:
    """Fill _FOLDS for `codes`. Folding is done character by character (decomposing, dropping
    combining accents, case folding, replacing marks), except that NFKD puts combining marks in
    canonical order: a text holding a character that decomposes into a combining mark the fold
    keeps is folded whole, as is one holding a character that folds to several."""
    for code in np.unique(codes).tolist():
        char = chr(code)
        folded = fold(char)
        kept = _COMBINING.sub("", unicodedata.normalize("NFKD", char))
        if len(folded) > 1 or any(unicodedata.combining(c) for c in kept) or code in (0, _WHOLE):
            _FOLDS[code] = _WHOLE + 1
        else:
            _FOLDS[code] = (ord(folded) if folded else _DROP) + 1


def fold_all(texts: list[str]) -> list[str]:
    """fold() of each of `texts`, mapping the characters of them all at once in one array: the
    regular expressions and case folding of fold() cost some 30 ns a character, this a few."""
    try:
        if not texts or any("\0" in text for text in texts):
            raise ValueError("no separator")
        codes = np.frombuffer("\0".join(texts).encode("utf-32-le"), dtype=np.uint32)
    except ValueError:  # also UnicodeEncodeError: a lone surrogate
        return [fold(text) for text in texts]
    stored = _FOLDS[codes]
    if not stored.all():
        _learn(codes[stored == 0])
        stored = _FOLDS[codes]
    folded = stored - np.uint32(1)
    folded[codes == 0] = 0  # the separators stay: the texts are split again on them
    # a code past Unicode's last is no character: decoding leaves _DROP out
    joined = folded.tobytes().decode("utf-32-le", errors="ignore")
    whole = chr(_WHOLE)
    return [
        fold(text) if whole in done else done for text, done in zip(texts, joined.split("\0"), strict=True)
    ]


def _is_contact(line: str) -> bool:
    # _CONTACT matches nothing without one of these; they are found many times faster than it runs
    hinted = "@" in line or "http" in line or "www." in line or "tel" in line or "phone" in line
    if (hinted or "fax" in line or "contact" in line or "mail" in line) and _CONTACT.search(line):
        return True
    return any(sum(c.isdigit() for c in run) >= 9 for run in _DIGITS.findall(line))


def body_lines(text: str) -> list[str]:
    """The folded lines that carry the release: without its contact blocks (a paragraph with an
    e-mail, a phone number, an address or a contact label, which is where distributors put
    their own footer too) and without short lines (headers, datelines, sign-offs)."""
    return _body_lines(fold(text))[0]


def _body_lines(folded: str) -> tuple[list[str], bool]:
    """body_lines() of a folded text, and whether they are all its lines."""
    kept: list[str] = []
    every = True
    for block in _BLOCK.split(folded):
        lines = block.splitlines()
        if any(_is_contact(line) for line in lines):
            every = False
            continue
        # split no further than MIN_WORDS: the words are only counted, up to there
        long_ = [line for line in lines if len(line.split(None, MIN_WORDS)) >= MIN_WORDS]
        every = every and len(long_) == len(lines)
        kept += long_
    return kept, every


@dataclass(frozen=True)
class Fingerprint:
    """A release reduced to what copies share: its body's lines and shingles, its MinHash band keys."""

    lines: tuple[str, ...]
    signature: bytes  # the MinHash values, stored so that candidates are screened without their text
    bands: tuple[int, ...]

    @functools.cached_property
    def shingles(self) -> frozenset[int]:
        # only the releases compared need them as a set: most releases have no candidate
        return shingles(list(self.lines))

    @functools.cached_property
    def figures(self) -> Counter[str]:
        # only a candidate pair needs them, so they are found on demand
        return figures(list(self.lines))


def _constants(label: str, count: int) -> np.ndarray:
    """Fixed odd 64-bit constants: the same in every process and with every version of numpy."""
    return np.array(
        [
            int.from_bytes(blake2b(f"{label}{i}".encode(), digest_size=8).digest(), "big") | 1
            for i in range(count)
        ],
        dtype=np.uint64,
    )


# mix a shingle's word hashes in order ("a b c" is not "c b a"), and a band's rows into its key
_WORD_FACTORS = _constants("word", SHINGLE)
_ROW_FACTORS = _constants("row", ROWS)
_BAND_SALTS = _constants("band", BANDS)
_LOW32 = np.uint64(0xFFFFFFFF)


# Each word's CRC-32, remembered: a few thousand words make most of any text, and a lookup
# costs a fraction of encoding and hashing the word again. Bounded, so odd words cannot grow it.
_WORD_HASHES: dict[str, int] = {}
_WORDS_KEPT = 1 << 18


def _word_hashes(words: list[str]) -> np.ndarray:
    hashes = list(map(_WORD_HASHES.get, words))
    if None in hashes:
        for i, found in enumerate(hashes):
            if found is None:
                hashed = hashes[i] = zlib.crc32(words[i].encode())
                if len(_WORD_HASHES) < _WORDS_KEPT:
                    _WORD_HASHES[words[i]] = hashed
    return np.array(hashes, dtype=np.uint64)


def _runs(words: list[str]) -> np.ndarray:
    """32-bit hashes of every run of SHINGLE words (a repeated run repeats), each word hashed once."""
    return _hash_runs(_word_hashes(words))


def _hash_runs(hashes: np.ndarray) -> np.ndarray:
    """_runs() given the words' hashes."""
    if not len(hashes):
        return np.zeros(0, dtype=np.uint64)
    runs = max(1, len(hashes) - SHINGLE + 1)
    combined = np.zeros(runs, dtype=np.uint64)
    for offset in range(min(SHINGLE, len(hashes))):
        combined += hashes[offset : offset + runs] * _WORD_FACTORS[offset]
    return (combined >> np.uint64(32)) ^ (combined & _LOW32)


# datasketch's MinHash with the "affine32" scheme, seed 1 and PERMUTATIONS permutations, computed
# here for a whole batch at once: the same values (tests/unit/test_linking.py checks them against
# datasketch itself, so stored signatures and band keys stay valid), without importing datasketch
# at run time, whose package imports scipy (some 2 s at every start), nor building its arrays
# once per release. Its permutations: a * h + b mod 2**32, a odd, drawn by numpy's legacy generator.
_DRAW = np.random.RandomState(1)  # fixed seed: every store process, now and after a restart
_A = _DRAW.randint(0, 1 << 31, PERMUTATIONS, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
_B = _DRAW.randint(0, 1 << 32, PERMUTATIONS, dtype=np.uint32)
del _DRAW
# shingles permuted at once: a (PERMUTATIONS x shingles) matrix of up to 4.7 MB, a batch of
# releases in one piece. Laid out so, each release's minimum is taken along contiguous rows:
# 4-5 times faster than the (shingles x PERMUTATIONS) layout, which reduces across rows.
_CHUNK = 8_192
_PAIRS = 1_024  # pairs of signatures compared at once by similar()


def _premix(hashes: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, which datasketch applies to each input hash first."""
    hashes = hashes ^ (hashes >> np.uint32(16))
    hashes = hashes * np.uint32(0x85EBCA6B)
    hashes = hashes ^ (hashes >> np.uint32(13))
    hashes = hashes * np.uint32(0xC2B2AE35)
    return hashes ^ (hashes >> np.uint32(16))


def signatures(sets: list[np.ndarray]) -> np.ndarray:
    """The MinHash values of each of `sets` (non-empty arrays of 32-bit shingle hashes; repeats
    change nothing), one row of PERMUTATIONS unsigned 32-bit integers per set."""
    out = np.empty((len(sets), PERMUTATIONS), dtype=np.uint32)
    first = 0
    while first < len(sets):
        last, size = first + 1, len(sets[first])
        while last < len(sets) and size + len(sets[last]) <= _CHUNK:
            size += len(sets[last])
            last += 1
        flat = _premix(np.concatenate(sets[first:last]).astype(np.uint32))
        starts = np.cumsum([0] + [len(h) for h in sets[first : last - 1]])
        permuted = np.multiply(_A[:, None], flat)  # in place from here: no second matrix
        permuted += _B[:, None]
        out[first:last] = np.minimum.reduceat(permuted, starts, axis=1).T
        first = last
    return out


def signature(shingles: frozenset[int]) -> np.ndarray:
    """The MinHash values of a set of shingles (PERMUTATIONS unsigned 32-bit integers)."""
    return signatures([np.fromiter(shingles, dtype=np.uint32, count=len(shingles))])[0]


def band_keys(values: np.ndarray) -> tuple[int, ...]:
    """One 63-bit key per LSH band: two releases sharing a key are candidates to compare."""
    return tuple(_band_keys(values.reshape(1, -1))[0])


def _band_keys(values: np.ndarray) -> list[list[int]]:
    """band_keys() of each row of `values`, at once."""
    keys: list[list[int]] = band_key_matrix(values).tolist()
    return keys


def band_key_matrix(values: np.ndarray) -> np.ndarray:
    """The BANDS band keys of each row of `values` (signatures), as 63-bit signed integers."""
    rows = values.reshape(len(values), BANDS, ROWS).astype(np.uint64)
    mixed = (rows * _ROW_FACTORS).sum(axis=2, dtype=np.uint64) ^ _BAND_SALTS
    return (mixed >> np.uint64(1)).astype(np.int64)  # fits a signed BIGINT


def similar(
    first: np.ndarray, left: np.ndarray, second: np.ndarray, right: np.ndarray, threshold: float
) -> np.ndarray:
    """Whether row `left[i]` of the signatures `first` and row `right[i]` of `second` estimate a
    Jaccard similarity of at least `threshold`, for each i: a few MB of rows at a time."""
    kept = np.empty(len(left), dtype=bool)
    for start in range(0, len(left), _PAIRS):
        part = slice(start, start + _PAIRS)
        shares = np.count_nonzero(first[left[part]] == second[right[part]], axis=1) / PERMUTATIONS
        kept[part] = shares >= threshold
    return kept


def figures(lines: list[str]) -> Counter[str]:
    """The numbers a body states, dates left out: changed figures make a revision, not a copy."""
    found: Counter[str] = Counter()
    for line in lines:
        found.update(n.replace(",", ".") for n in _NUMBER.findall(_DATE.sub(" ", line)))
    return found


def shingles(lines: list[str]) -> frozenset[int]:
    return frozenset(_runs(_WORD.findall(" ".join(lines))).tolist())


def fingerprint(text: str) -> Fingerprint:
    return fingerprints([text])[0]


def body_print(text: str) -> Fingerprint:
    """The fingerprint of `text` without its MinHash (no signature, no band keys): enough to
    compare it, at a fraction of the cost."""
    return Fingerprint(lines=tuple(body_lines(text)), signature=b"", bands=())


def body_prints(texts: list[str]) -> list[Fingerprint]:
    """body_print() of each of `texts`, their characters folded in one pass (fold_all)."""
    folded = fold_all(texts)
    return [Fingerprint(lines=tuple(_body_lines(text)[0]), signature=b"", bands=()) for text in folded]


def fingerprints(texts: list[str]) -> list[Fingerprint]:
    """The fingerprints of `texts`, their MinHash values computed in one pass for them all."""
    folded = fold_all(texts)
    found = [_body_lines(text) for text in folded]
    bodies = [lines for lines, _ in found]
    # the words of each body found and hashed in arrays, all at once: in the folded text when
    # every line of it is kept, else in its kept lines (a NUL, the separator, is left to _WORD)
    bodies_text = [folded[i] if every else " ".join(lines) for i, (lines, every) in enumerate(found)]
    arrayed = [i for i, text in enumerate(bodies_text) if "\0" not in text]
    hashed = dict(zip(arrayed, _hashed_words([bodies_text[i] for i in arrayed]), strict=True))
    runs = _batch_runs(
        [
            hashed[i] if i in hashed else _word_hashes(_WORD.findall(" ".join(lines)))
            for i, lines in enumerate(bodies)
        ]
    )
    filled = [i for i, found in enumerate(runs) if len(found)]
    values = signatures([runs[i] for i in filled]) if filled else np.zeros((0, PERMUTATIONS), np.uint32)
    sketched = dict(zip(filled, zip(values, _band_keys(values), strict=True), strict=True))
    prints = []
    for i, lines in enumerate(bodies):
        signature_, bands = sketched.get(i, (None, []))
        prints.append(
            Fingerprint(
                lines=tuple(lines),
                signature=b"" if signature_ is None else signature_.astype(SIGNATURE_DTYPE).tobytes(),
                bands=tuple(bands),
            )
        )
    return prints


def _batch_runs(texts: list[np.ndarray]) -> list[np.ndarray]:
    """_runs() of each text's word hashes, those of SHINGLE words or more as one array (a run
    never crosses from one text into the next): numpy's cost per call paid once a batch."""
    long_ = [words for words in texts if len(words) >= SHINGLE]
    hashes = np.concatenate(long_) if long_ else np.zeros(0, dtype=np.uint64)
    windows = max(0, len(hashes) - SHINGLE + 1)
    combined = np.zeros(windows, dtype=np.uint64)
    for offset in range(SHINGLE):
        combined += hashes[offset : offset + windows] * _WORD_FACTORS[offset]
    mixed = (combined >> np.uint64(32)) ^ (combined & _LOW32)
    found, start = [], 0
    for words in texts:
        if len(words) < SHINGLE:
            found.append(_hash_runs(words))
            continue
        found.append(mixed[start : start + len(words) - SHINGLE + 1])
        start += len(words)
    return found


def _crc_table() -> np.ndarray:
    """CRC-32's table (zlib's polynomial, reflected): the CRC of a byte, by byte."""
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xEDB88320 if crc & 1 else crc >> 1
        table.append(crc)
    return np.array(table, dtype=np.uint32)


_CRC = _crc_table()
_LONGEST = 48  # characters of a word hashed in the arrays; a longer one is hashed alone
# Whether each character met so far is a word character (\w): 1 yes, 2 no, 0 not met yet.
_WORDISH = np.zeros(0x110000, dtype=np.uint8)


def _hashed_words(texts: list[str]) -> list[np.ndarray]:
    """zlib.crc32() of each word (a match of _WORD) of each of `texts` (none holding a NUL, the
    separator), in order, as _word_hashes() gives them: the words of them all found and hashed
    at once in arrays, byte after byte, not made into one string each (a word with a character
    outside ASCII, or a very long one, is hashed as a string)."""
    if not texts:
        return []
    joined = "\0".join(texts)
    try:
        codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:  # a lone surrogate
        return [_word_hashes(_WORD.findall(text)) for text in texts]
    kinds = _WORDISH[codes]
    for code in np.unique(codes[kinds == 0]).tolist():
        _WORDISH[code] = 1 if _WORD.match(chr(code)) else 2
    inside = np.concatenate(([False], _WORDISH[codes] == 1, [False]))
    edges = np.flatnonzero(inside[1:] != inside[:-1])
    starts, ends = edges[0::2], edges[1::2]
    hashes = _crc32(codes, starts, ends - starts)
    wide = np.flatnonzero(codes >= 128)
    odd = (np.searchsorted(wide, ends) > np.searchsorted(wide, starts)) | (ends - starts > _LONGEST)
    for i in np.flatnonzero(odd).tolist():
        hashes[i] = zlib.crc32(joined[starts[i] : ends[i]].encode())
    owner = np.searchsorted(np.flatnonzero(codes == 0), starts)
    counts = np.bincount(owner, minlength=len(texts))
    return np.split(hashes.astype(np.uint64), np.cumsum(counts)[:-1])


def _crc32(codes: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """zlib.crc32() of each run codes[start : start + length] of ASCII characters (runs longer
    than _LONGEST are left unfinished), byte k of every run at once, longest runs first."""
    # lengths capped to one byte: numpy sorts them by radix
    order = np.argsort(_LONGEST - np.minimum(lengths, _LONGEST).astype(np.uint8), kind="stable")
    first, size = starts[order], np.minimum(lengths[order], _LONGEST)
    crc = np.full(len(order), 0xFFFFFFFF, dtype=np.uint32)
    for k in range(int(size[0]) if len(size) else 0):
        active = int(np.searchsorted(-size, -k, side="left"))  # the runs longer than k
        byte = codes[first[:active] + k] & np.uint32(0xFF)
        crc[:active] = _CRC[(crc[:active] ^ byte) & np.uint32(0xFF)] ^ (crc[:active] >> np.uint32(8))
    hashes = np.empty_like(crc)
    hashes[order] = crc ^ np.uint32(0xFFFFFFFF)
    return hashes


# The Kafka header of releases.enriched that carries a release's signature, as
# "<scheme>:<base64 of the PERMUTATIONS 32-bit values, little-endian>"; empty after the colon for
# a release without shingles (it links to nothing). Headers stay outside the event, whose schema
# (version 1) admits no unknown field: a consumer that ignores them loses nothing.
FINGERPRINT_HEADER = "pressflow-fingerprint"
FINGERPRINT_SCHEME = "minhash-v1"
_SIGNATURE_BYTES = PERMUTATIONS * 4


def fingerprint_header(signature: bytes) -> bytes:
    """The header value carrying `signature` (a Fingerprint's, b"" for no shingles)."""
    return f"{FINGERPRINT_SCHEME}:{base64.b64encode(signature).decode('ascii')}".encode("ascii")


def header_signature(value: bytes | None) -> bytes | None:
    """The signature a header value carries (b"" for a release without shingles), or None when
    it is missing, malformed or of another scheme: the store then computes it itself."""
    if value is None:
        return None
    scheme, colon, payload = value.partition(b":")
    if not colon or scheme.decode("ascii", errors="replace") != FINGERPRINT_SCHEME:
        return None
    try:
        signature = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        return None
    return signature if len(signature) in (0, _SIGNATURE_BYTES) else None


def signature_headers(texts: list[str]) -> list[tuple[str, bytes]]:
    """The releases.enriched header of each of `texts`, their signatures computed in one pass."""
    return [(FINGERPRINT_HEADER, fingerprint_header(p.signature)) for p in fingerprints(texts)]
