"""Patterns that open on their initial, so that Python's re can skip the offsets that hold none.

re tries a pattern at every offset of the text unless it opens on a literal or a character class
it can test first; under IGNORECASE, or opening on `\\b` or a lookaround, it opens on neither. A
case-sensitive class listing both cases of each initial restores the skip; the rest of the
pattern then goes on from behind the initial, each alternative testing that the initial was its
own with a lookbehind (the IGNORECASE flag still applies there).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

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


def trie(words: Iterable[str], letter: Callable[[str], str] = re.escape) -> str:
    """One regex for a word list, factored on common prefixes, each character written by `letter`:
    Python's re tries an alternation branch by branch (under IGNORECASE, each branch entered, none
    skipped on its first letter), so a flat list of forty words makes every try slow. The same
    matches as the list's words longest first: the words that match at one offset are prefixes of
    one another, and the factored form tries the longer one first ("île" after "îles")."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [letter(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)
