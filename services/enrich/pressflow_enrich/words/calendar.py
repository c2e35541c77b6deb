"""French and English calendar lexicons (months, weekdays, seasons) and the regexes matching them."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pressflow_enrich.words.initials import trie

_MONTH_NAMES: dict[str, int] = {
    "janvier": 1, "january": 1, "fevrier": 2, "february": 2, "mars": 3, "march": 3,
    "avril": 4, "april": 4, "mai": 5, "may": 5, "juin": 6, "june": 6,
    "juillet": 7, "july": 7, "aout": 8, "august": 8, "septembre": 9, "september": 9,
    "octobre": 10, "october": 10, "novembre": 11, "november": 11, "decembre": 12, "december": 12,
}  # fmt: skip


def _abbreviations(names: dict[str, int]) -> dict[str, int]:
    """Every prefix of three letters or more that names one month only ("janv", "févr", "sept",
    "nove", "dec"): releases abbreviate months by cutting them, each office at its own length."""
    months_of: dict[str, set[int]] = {}
    for name, month in names.items():
        for end in range(3, len(name)):
            months_of.setdefault(name[:end], set()).add(month)
    return {
        prefix: months.pop()
        for prefix, months in months_of.items()
        if len(months) == 1 and prefix not in names
    }


# Full names and their abbreviations; keys are accent-free lower case.
_ABBREVIATIONS = _abbreviations(_MONTH_NAMES)
MONTHS: dict[str, int] = {**_ABBREVIATIONS, **_MONTH_NAMES}

WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

# Weekdays cut short in agendas ("du lun. 7 au sam. 12 déc.", "Thurs., Sept. 3"): read only inside
# a date shape, never alone ("la mer.", "Sun." are words). "mar" is also March: see `parse_day`.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}  # fmt: skip

SEASONS = r"printemps|été|automne|hiver|spring|summer|autumn|fall|winter"


@lru_cache(maxsize=1 << 14)
def fold(word: str) -> str:
    """Lower case without accents or trailing dot: the lexicons' key form. A dotless "ı" is an
    "i": the patterns match case-insensitively, and Python's `re` lets "i" match it. Remembered:
    the rules fold the same names again and again (each proposal's place lookups)."""
    if word.isascii():
        return word.lower().rstrip(".")  # no accent to take off: NFKD leaves ASCII as it is
    decomposed = unicodedata.normalize("NFKD", word.lower().rstrip(".").replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def accented(char: str) -> str:
    """A regex matching `char` with or without the French accents it may carry."""
    return {"e": "[eéèê]", "u": "[uûù]", "a": "[aàâ]"}.get(char, re.escape(char))


def _trie(words: list[str]) -> str:
    """One regex for a word list, factored on common prefixes, accents free: a flat list of forty
    months would make every scan slow."""
    return trie(words, accented)


# An abbreviation ends with its dot, or stands without it right before a number ("31 Mar 2005",
# "Nov 8"), between dashes before a year ("02-Jun-2026"), or joined by a dash to another month's
# ("Jan–Dec 2025", a table's heading), where it cannot be an ordinary word.
_ABBREVIATED = _trie(sorted(_ABBREVIATIONS))
MONTH = (
    rf"\b(?:{_trie([m for m in MONTHS if m not in _ABBREVIATIONS])}\b"
    rf"|{_ABBREVIATED}(?:\.|\b(?=\s\d|-[12]\d{{3}}\b|[-–](?:{_ABBREVIATED})\b)))"
)
WEEKDAY = rf"\b(?:{_trie(list(WEEKDAYS))})\b"
# An abbreviated weekday ends with its dot, or stands without it before a comma or a number
# ("Sat 19 Dec", "Sat, Dec 19"): "mon" alone is a French word.
WEEKDAY_SHORT_END = r"(?:\.|\b(?=,\s|\s\d))"
WEEKDAY_SHORT = rf"\b{_trie(list(WEEKDAY_ABBREVIATIONS))}{WEEKDAY_SHORT_END}"
# A weekday in a date shape ("lundi 7 décembre", "lun. 7 déc.", "Mon., Sept. 7").
ANY_WEEKDAY = rf"(?:{WEEKDAY}|{WEEKDAY_SHORT})"


def month_number(word: str) -> int:
    """Month number of a month name or abbreviation in either language."""
    return MONTHS[fold(word)]


def weekday_number(word: str) -> int:
    """Monday-based weekday number of a weekday name in either language."""
    folded = fold(word)
    return WEEKDAYS[folded] if folded in WEEKDAYS else WEEKDAY_ABBREVIATIONS[folded]


def words_from_behind(words: list[str]) -> str:
    """The words as one alternative per initial, each matching the rest of the words that open
    on it from behind that initial ("(?<=j)(?:an...|eudi|u...)|..."), accents free as in the
    lexicons' regexes: for a pattern that opens on a class of the initials."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return "|".join(f"(?<={accented(c)}){_trie(rest)}" for c, rest in sorted(rests.items()))
