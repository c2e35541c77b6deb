"""A pattern's matches found by trying it only at the offsets where one can open."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

import numpy as np


def opened_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, when `starts` (ascending) holds every offset a match can open
    at: finditer tries each offset from the end of its last match, and fails at the others. The
    pattern must not match the empty string (finditer would then try the same offset again)."""
    end = 0
    for start in starts:
        if start >= end:
            m = pattern.match(text, start)
            if m:
                end = m.end()
                yield m


class WordOpenings:
    """The offsets where a digit or one of `words` can open, for a pattern that opens on a
    class of their initials with no word character (\\w) before it (dates' `_CUE`), found for
    the whole text at once in arrays: re stops at every initial of such a class, a third of the
    letters of a French text. Kept: each digit with no word character before it, and each
    offset with none where the first three letters are those of one of `words` as `letter` reads
    them case-insensitively (a regex class of a lower-case letter, "[eéèê]" for "e"). Every
    opening of the pattern is among them, and a few others."""

    def __init__(self, words: Iterable[str], letter: Callable[[str], str]) -> None:
        words = [w for w in words if len(w) >= 3]
        self._letters = sorted({c for w in words for c in w[:3]})
        if len(self._letters) > _LETTER:
            raise ValueError("too many letters for WordOpenings' tables")
        self._classes = [re.compile(letter(c), re.IGNORECASE) for c in self._letters]
        self._triples = np.zeros((_LETTER + 1) ** 3, dtype=bool)  # letter numbers + 1, 0 for none
        for w in words:
            first, second, third = (self._letters.index(c) + 1 for c in w[:3])
            self._triples[(first * (_LETTER + 1) + second) * (_LETTER + 1) + third] = True
        # each character met so far: _MET, _WORD for a word character, _DIGIT for a digit, and
        # its letter's number + 1 in the low bits; 0 for one not met yet
        self._table = np.zeros(0x110000, dtype=np.uint8)

    def __call__(self, text: str) -> list[int] | None:
        """The offsets, ascending; None for a text that cannot be laid out in an array."""
        try:
            codes = np.frombuffer(text.encode("utf-32-le") + bytes(8), dtype=np.uint32)
        except UnicodeEncodeError:  # a lone surrogate
            return None
        found = self._table[codes]
        if not found[:-2].all():
            self._learn(codes[:-2][found[:-2] == 0])
            found = self._table[codes]
        found[-2:] = _MET  # the padding: no letter
        letters = (found & _LETTER).astype(np.intp)
        index = (letters[:-2] * (_LETTER + 1) + letters[1:-1]) * (_LETTER + 1) + letters[2:]
        opens = self._triples[index] | ((found[:-2] & _DIGIT) > 0)
        opens[1:] &= (found[:-3] & _WORD) == 0  # nothing of a word before
        return np.flatnonzero(opens).tolist()

    def _learn(self, codes: np.ndarray) -> None:
        for code in np.unique(codes).tolist():
            char = chr(code)
            kind = _MET | (_WORD if _WORD_CHAR.match(char) else 0)
            kind |= _DIGIT if _DIGIT_CHAR.match(char) else 0
            number = next((i + 1 for i, c in enumerate(self._classes) if c.fullmatch(char)), 0)
            self._table[code] = kind | number


_WORD_CHAR = re.compile(r"\w")
_DIGIT_CHAR = re.compile(r"\d")
_MET, _WORD, _DIGIT, _LETTER = 0x80, 0x40, 0x20, 0x1F
