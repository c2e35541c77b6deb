"""Numbers as French and English write them: digit groups, decimal marks and scale words."""

from __future__ import annotations

import re
from decimal import Decimal

from text_to_num import text2num

# Digit groups split by a space (plain, no-break, narrow no-break, thin) or a mark before
# exactly three digits: "100 000", "6,161,270", "100.000"; else plain digits with decimals.
# Its first digit is matched first, and what may not stand before the number is tested from
# behind that digit: a pattern that opens on a character class lets re jump from one digit to
# the next, where one that opens on a lookaround is tried at every offset of the text. NUMBER_TAIL
# is a number after its first digit, for patterns that test more before it.
NUMBER_TAIL = (
    r"(?:\d{0,2}(?:(?:[ \u00a0\u202f\u2009'’]|[.,](?=\d{3}(?!\d)))\d{3}(?!\d))+"
    r"(?:[.,]\d+)?|\d?(?:,\d\d)+,\d{3}(?:\.\d+)?|\d*(?:[.,]\d+)?)(?![.,]?\d)"  # India's "1,00,000"
)
NUMBER = rf"\d(?<![\w.,]\d){NUMBER_TAIL}"
# After a currency code, which may touch it ("EUR100m"): only a letter may come before.
NUMBER_AFTER_CODE = rf"\d(?<!\d\d)(?<!\d[.,]\d){NUMBER_TAIL}"
# "million", "Md", "bn", "k": the short ones only when no letter follows, so "m" in
# "£10 more" is not a million, but "MEUR" (million euros) is; "MM" and "B" in capitals only
# ("$2.5MM", "$1.2B": not millimetres); "G" only before "$" ("1,9 G$").
SCALE = (
    r"(?:(?:lakhs?|lacs?|thousand)\s+crores?"  # India's "Rs 2.5 lakh crore": a lakh of crores
    r"|milliards?|millions?|billions?|thousands?|mille|trillions?"
    r"|crores?|lakhs?|lacs?"
    r"|(?:bn|bln|trn|tn|mds?|mrds?|mn|mln|mio|mia|mil|cr|m|k|(?-i:MM|B))(?=EUR|USD|GBP|CHF|F\b|E\b|[^\w]|$)"
    r"|(?-i:G)(?=\$))"  # Québec's "1,9 G$": a milliard of dollars
)

_SCALES = {
    "k": 3, "thousand": 3, "mille": 3, "millier": 3,
    "m": 6, "mn": 6, "mln": 6, "mio": 6, "million": 6,
    "md": 9, "mds": 9, "mrd": 9, "mrds": 9, "milliard": 9, "bn": 9, "bln": 9, "billion": 9,
    "trillion": 12, "trn": 12, "tn": 12, "mia": 9, "lakh": 5, "lac": 5, "crore": 7,
    "mm": 6, "mil": 6, "b": 9, "cr": 7,  # "$2.5MM", "$7 mil", "$1.2B" (American finance), "Rs 1,200 cr"
    "g": 9,  # "1,9 G$", Québec's milliard of dollars
}  # fmt: skip

_SPACES = re.compile(r"[ \u00a0\u202f\u2009'’]")


def parse_number(surface: str, english: bool) -> Decimal:
    """Value of a number matched by NUMBER; `english` picks the reading of "1,250" / "1.250".

    A mark that repeats, or that comes before the other one, groups thousands; a lone
    mark before exactly three digits is read in the writer's convention (after a lone zero it is
    decimal: "0,085"); else it is decimal.
    """
    digits = _SPACES.sub("", surface)
    marks = [c for c in digits if c in ".,"]
    if not marks:
        return Decimal(digits)
    last = marks[-1]
    if len(set(marks)) == 2 or len(marks) > 1:
        decimal_mark = last if len(set(marks)) == 2 else None
    else:
        # "0,085" groups nothing: a zero never leads a group of thousands
        ambiguous = (
            len(digits) - digits.index(last) - 1 == 3 and digits[: digits.index(last)].strip("0") != ""
        )
        grouping = "," if english else "."
        decimal_mark = None if ambiguous and last == grouping else last
    if decimal_mark is None:
        return Decimal(digits.replace(".", "").replace(",", ""))
    whole, _, fraction = digits.rpartition(decimal_mark)
    return Decimal(whole.replace(".", "").replace(",", "") + "." + fraction)


# Unambiguous marks of each convention: "6,161,270" or "2.67" is English; "1 594" or "2,5" French.
# Each opens on a digit, matched first (see NUMBER), what stands before it tested from behind it.
# English also: a group of thousands before decimals ("1,286.40"), India's lakh ("1,00,000").
_ENGLISH_MARKS = re.compile(
    r"\d(?:,\d{3},\d{3}|,\d{3}\.\d{1,2}(?![\d,])|,\d\d,\d{3}(?!\d)|(?<![\d.,]\d)\d*\.\d{1,2}(?![\d.,]))"
)
_FRENCH_MARKS = re.compile(r"\d(?:[ \u00a0\u202f]\d{3}(?!\d)|(?<![\d.,]\d)\d*,\d{1,2}(?![\d.,]))")


# A telephone number in international form ("+63 917 555 0142"): its blanks group no thousands
_INTERNATIONAL_PHONE = re.compile(r"\+\d[\d \u00a0().-]{6,}\d")
# Nor do a local number's after its label, up to the mark ("Tel: 011 2 574 390 / 077 315 8842",
# "M: 082 555 0142"): asked of the few French marks a text has, not scanned over the whole text.
_PHONE_BEFORE = re.compile(
    r"(?:\b(?i:tel|t[ée]l[ée]phone|phone|mobile|mob|cell|fax|portable|gsm)\b\.?|\b[TMF]\.?(?=[ \u00a0]?:))"
    r"[ \u00a0]?:?[ \t\u00a0]*[\d \u00a0()./-]*$"
)
_PHONE_REACH = 40


def writes_english_numbers(text: str, lang: str) -> bool:
    """Whether the text groups thousands with commas and marks decimals with a dot.

    Read from the numbers that can only be one way, so that a mislabelled language or an
    English quote in a French release does not turn "1,250" into 1.25; the language decides
    a tie.
    """
    text = _INTERNATIONAL_PHONE.sub(" ", text) if "+" in text else text
    english = len(_ENGLISH_MARKS.findall(text))
    french = sum(not _in_a_phone(text, m.start()) for m in _FRENCH_MARKS.finditer(text))
    return english > french if english != french else lang == "en"


def _in_a_phone(text: str, at: int) -> bool:
    """Whether the mark at `at` is a phone number's: after a phone's label, or in a run of digit
    groups whose first opens on a zero, as no figure does ("07700 900 733", "020 7946 0581")."""
    run = at
    while run > 0 and (
        text[run - 1].isdigit() or (text[run - 1] in " \u00a0" and text[run - 2 : run - 1].isdigit())
    ):
        run -= 1
    if text[run] == "0" and text[run + 1 : run + 2].isdigit():
        return True
    line_start = text.rfind("\n", 0, at) + 1
    return _PHONE_BEFORE.search(text, max(line_start, at - _PHONE_REACH), at + 1) is not None


def scale_factor(word: str | None) -> Decimal:
    """Multiplier of a scale word ("millions", "Md", "bn", "k", "lakh crore"); 1 when there is
    none."""
    if not word:
        return Decimal(1)
    exponent = 0
    for key in word.lower().split():
        exponent += _SCALES[key if key in _SCALES else key.rstrip("s")]
    return Decimal(10) ** exponent


SPELLED_NUMBER = (
    r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a|an)"
)
SMALL_NUMBER = rf"(?:\d{{1,3}}|{SPELLED_NUMBER})"

# Any number below a thousand written out, as a sum's figure: "twenty-five", "Three Hundred and
# Ten", "quatre-vingt-dix", "trois cent cinquante".
_EN_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_EN_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_EN_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_EN_TO_99 = rf"(?:(?:{_EN_TENS})(?:[- ](?:{_EN_UNITS}))?|{_EN_TEENS}|{_EN_UNITS})"
_FR_UNITS = "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf"
_FR_TEENS = "dix-sept|dix-huit|dix-neuf|dix|onze|douze|treize|quatorze|quinze|seize"
_FR_TO_99 = (
    rf"(?:(?:soixante|quatre-vingt)-(?:et-)?(?:{_FR_TEENS})"
    rf"|(?:vingt|trente|quarante|cinquante|soixante|quatre-vingts?)(?:-(?:et-)?(?:{_FR_UNITS}))?"
    rf"|{_FR_TEENS}|{_FR_UNITS})"
)
_EN_FIGURE = rf"(?:(?:{_EN_UNITS}|a)\s+hundred(?:\s+(?:and\s+)?{_EN_TO_99})?|{_EN_TO_99})"
SPELLED_FIGURE = (
    rf"(?:{_EN_FIGURE}|(?:(?:(?:{_FR_UNITS})[- ])?cents?(?:[- ]{_FR_TO_99})?|{_FR_TO_99}))(?![\w-])"
)
SPELLED_FIGURE_EN = rf"{_EN_FIGURE}(?![\w-])"  # English's alone: French "cents" is hundreds


def small_number(word: str) -> int:
    """Value of a digit string or a spelled-out number below a thousand (French or English)."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in ("a", "an", "un", "une"):
        return 1
    words = set(re.split(r"[\s-]+", word))
    lang = "fr" if words & _FRENCH_NUMBERS else "en"
    return text2num(word.replace("a hundred", "one hundred"), lang)


_FRENCH_NUMBERS = {
    "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "onze", "douze",
    "quinze", "vingt", "treize", "quatorze", "seize", "trente", "quarante", "cinquante",
    "soixante", "vingts", "cent", "cents",
}  # fmt: skip


# Figures written as a date: a year, a span of years ("2026-2032", "2026 2027", "2026-27") or a
# day ("26.11.2026"). Some numbering plans read them as telephone numbers, and a table's header
# writes them over its columns: neither a phone nor a sum.
_DATE_SHAPED = re.compile(
    r"\(?(?:19|20)\d\d(?:\s?[-/–]\s?(?:19|20)?\d\d|\s(?:19|20)\d\d)?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
)


def date_shaped(figure: str) -> bool:
    """Whether a run of digits and marks is written as a year, a span of years or a date."""
    return _DATE_SHAPED.fullmatch(figure) is not None
