"""The rules' capitals and small letters, Latin-1 and beyond, from Unicode's own categories.

The rules write a capital as `[A-ZÀ-Þ]` and a small letter as `[a-zà-ÿ]`: Latin-1, which misses
the Latin letters of the Extended blocks: Māori macrons ("Ōtautahi", "Tāmaki"), Polish, Czech,
Turkish or Romanian names ("Łukasz", "Dvořák", "Şahin"), Yoruba and Vietnamese dots below
("Ọbáfẹ́mi"), French "œ" ("Main-d'œuvre"). Those blocks alternate a capital and its small letter,
so a range would mix the two cases; each letter is sorted by its Unicode category instead, and
`pattern` adds them to the two Latin-1 ranges wherever a rule writes one. The combining accents
an NFC text keeps (a letter with two marks, "ẹ́") go with the small letters: they follow one.
"""

from __future__ import annotations

import re
import unicodedata

# Latin Extended-A and -B, and Latin Extended Additional (Vietnamese, Yoruba).
_BLOCKS = ((0x0100, 0x024F), (0x1E00, 0x1EFF))
_MARKS = "\u0300-\u036f"


def _letters(category: str) -> str:
    chosen = [
        chr(code)
        for first, last in _BLOCKS
        for code in range(first, last + 1)
        if unicodedata.category(chr(code)) == category
    ]
    return _as_ranges(chosen)


def _as_ranges(chars: list[str]) -> str:
    """Consecutive code points as one range, so that a class stays short."""
    out: list[str] = []
    start = end = ord(chars[0])
    for code in [ord(c) for c in chars[1:]] + [-1]:
        if code == end + 1:
            end = code
            continue
        out.append(chr(start) if start == end else f"{chr(start)}{'-' if end > start + 1 else ''}{chr(end)}")
        start = end = code
    return "".join(out)


CAPITALS = _letters("Lu")
SMALL = _letters("Ll") + _MARKS

# Each Latin-1 range the rules write, and the same range with the Extended letters of its case.
_WIDER = {
    "À-Þ": "À-Þ" + CAPITALS,
    "À-Ý": "À-Ý" + CAPITALS,
    "à-ÿ": "à-ÿ" + SMALL,
    "À-ÿ": "À-ÿ" + CAPITALS + SMALL,
}
# Not a range widened already (a compiled pattern's `.pattern` written into another): every
# widened range goes on with the first Extended capital or small letter.
_LATIN1 = re.compile(f"(?:{'|'.join(_WIDER)})(?![{CAPITALS[0]}{SMALL[0]}])")


def widen(source: str) -> str:
    """The pattern with each Latin-1 range of capitals or small letters taking the Extended ones."""
    return _LATIN1.sub(lambda m: _WIDER[m.group()], source)


def pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile` of the widened pattern: what the rules compile their patterns with."""
    return re.compile(widen(source), flags)
