"""Patterns that open on their initial, so that Python's re can skip the offsets that hold none.

re tries a pattern at every offset of the text unless it opens on a literal or a character class
it can test first; under IGNORECASE, or opening on `\\b` or a lookaround, it opens on neither. A
case-sensitive class listing both cases of each initial restores the skip; the rest of the
pattern then goes on from behind the initial, each alternative testing that the initial was its
own with a lookbehind (the IGNORECASE flag still applies there).
"""

from __future__ import annotations

# Characters that re's IGNORECASE matches beyond a letter's two cases.
_FOLDS = {"s": "ſ", "k": "\u212a", "i": "İı"}


def cased(letters: str) -> str:
    """The letters in every case IGNORECASE matches them, for a case-sensitive class."""
    return "".join(c + c.upper() + _FOLDS.get(c, "") for c in sorted(set(letters.lower())))


def initial(letters: str) -> str:
    """A case-sensitive class of the letters in every case IGNORECASE matches them."""
    return f"(?-i:[{cased(letters)}])"


def initials(*alternatives: str) -> str:
    """Case-insensitive alternatives after a word boundary, each opening on a plain letter,
    matched from that letter: the boundary is "no word character before the initial"."""
    branches = "|".join(f"(?<={a[0]}){a[1:]}" for a in alternatives)
    return f"{initial(''.join(a[0] for a in alternatives))}(?<!\\w.)(?:{branches})"
