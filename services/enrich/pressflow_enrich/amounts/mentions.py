"""Amounts of money, and the counts and percentages that are not money."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property, lru_cache, partial

from pressflow_enrich.amounts import world
from pressflow_enrich.openings import opened_at
from pressflow_enrich.places import (
    countries_named,
    country_of,
    currency_names,
    currency_of,
    is_country,
    release_country,
)
from pressflow_enrich.tables import Cell, Table, holds_figures, is_figure, tables
from pressflow_enrich.words.calendar import MONTHS, WEEKDAYS, fold
from pressflow_enrich.words.initials import initial
from pressflow_enrich.words.letters import pattern
from pressflow_enrich.words.numbers import (
    NUMBER,
    NUMBER_AFTER_CODE,
    NUMBER_TAIL,
    SCALE,
    SPELLED_FIGURE,
    SPELLED_FIGURE_EN,
    date_shaped,
    parse_number,
    scale_factor,
    small_number,
    writes_english_numbers,
)
from pressflow_schemas import Amount, Quantity

APOS = "['’]"
# ISO 4217 codes of the currencies releases quote beyond the euro, dollar and pound families.
_CODES_OTHER = r"CHF|JPY|CNY|RMB|NOK|SEK|DKK|BRL|INR|ZAR|HKD|SGD|NZD|MXN|KRW|PLN|MAD|XOF|XAF|KES|NGN|TND|DZD"
_CODE_OTHER = rf"(?-i:{_CODES_OTHER})"  # upper case only: "mad", "sek" are not codes
_PREFIX_CURRENCY = (
    r"(?=[$£€₹₦ucaeghjknbimprsdxzt])(?<!\w)"
    rf"(?:US\s?\$|U\.S\.\s?\$|C\s?\$|CA\$|CAN\$|(?-i:Cdn|CDN)\$|(?-i:\$(?:US|NZ|A(?:UD?)?|C(?:AN?|AD)?)(?=\s?\d))|A\$|AU\$|R\$|HK\$|S\$|NZ\$|\$|£|€|₹|₦|EUR|USD|GBP|CAD|AUD"
    rf"|{_CODE_OTHER}|(?-i:Rs)\.?|(?-i:Rmb)|(?-i:KShs?|Ksh)\.?"
    # "R'000", "R'm", "N'million", "R million" (a table's unit), "R 486 million"
    r"|(?-i:R|N)(?=\d|(?-i:['’]?(?:000|m|mn|bn))\b|['’ ](?:million|billion)\b"
    r"|\s\d[\d,.]*\s(?i:million|billion|bn)\b))"
)
# Nordic crowns and the Brazilian real, in both languages.
_CROWN_REAL = (
    r"couronnes?\s+(?:norvégiennes|suédoises|danoises)\b|(?:Norwegian|Swedish|Danish)\s+kron(?:er|or|e|a)\b"
    r"|reais\b|réaux\b|reals?\s+brésiliens\b|(?:Brazilian\s+)?reais\b"
)
_SUFFIX_CURRENCY = (
    rf"(?:€|\$|£|euros?\b|EUR\b|USD\b|CAD\b|GBP\b|AUD\b|{_CODE_OTHER}\b|(?-i:F\s?CFA|FCFA|CFA)\b"
    # the CFP franc of New Caledonia, French Polynesia and Wallis-and-Futuna: "F CFP", "FCFP", "XPF"
    rf"|(?-i:F\s?CFP|XPF|CFP)\b"
    rf"|(?-i:F|FF|FRF)\b|XEU\b"
    rf"|{_CROWN_REAL}"
    r"|ECUS?\b|écus?\b|yens?\b|yuans?\b|livres?\s+sterling\b|pounds?(?:\s+sterling)?\b"
    # the naira; the dirham, and Morocco's "DH", "MDH" (millions) and "MMDH" (milliards)
    r"|naira\b|rupees?\b|dirhams?\b|(?-i:DH|Dh|Dhs|MDH|MMDH|Mdh|MMdh)\b"
    # the dinar, Tunisia's "DT" and "MDT" (millions of dinars), Algeria's "DA"; the rand written out
    r"|dinars?\b|(?-i:DT|MDT|MD|DA)\b|(?-i:rands?)\b"
    r"|francs?(?:\s+(?:suisses|CFA|CFP|français))?\b"
    r"|(?<=[kKM])E\b|(?<=Md)E\b|(?<=Mds)E\b|(?<=Mrd)E\b"
    r"|(?:(?:U\.?S\.?|Canadian|Australian)\s+)?dollars?(?:\s+(?:américains|US|canadiens|australiens|des\s+États-Unis))?\b)"
)
_OF = rf"(?:\s*(?:d{APOS}|de\s+|of\s+))?"
# What stands between a figure and its scale: blanks, or a hyphen before a scale written out
# ("US$50-million", "a 2.6-billion-dollar plan", "3,5-milliards") or before a capital B or M
# alone, as the Philippine press writes them ("₱3.2-B", "P450-M"); "$5-m" is no such compound.
_HYPHEN_SCALE = r"-(?=(?i:milliard|million|billion|trillion|crore|lakh)|(?-i:[BM])(?![^\W_]))"
# A scale of letters alone stays on its figure's line ("£69.31" over "B ..." in a table is no billion).
_TO_SCALE = rf"(?:[^\S\n]*|\s*(?=[^\W\d_]{{3}})|{_HYPHEN_SCALE})"
# A hyphen joins a scale word to the currency after it only in such a compound ("50-million-dollar").
_TO_CURRENCY = r"\s*(?:(?<=[^\W\d_])-)?"
# Not a sign's thousands ("RMB'000" over a column, the next column's "RMB" after it), nor a figure
# before a column's unit ("31 Oct 2025" over "€'000")
_SUFFIXED = (
    rf"(?<!['’])(?P<n>{NUMBER}){_TO_SCALE}(?P<s>{SCALE})?{_OF}{_TO_CURRENCY}(?P<c>{_SUFFIX_CURRENCY})"
    r"(?!['’]000)"
)
# A negative figure may sit in brackets right after its sign ("a net loss of $(45.2) million"): the
# sum is its size, as the guide reads a loss. Not after a blank: "$ (2,700)" is a table's cell, in
# the table's unit, which only the table's reader knows. A sign may stand a column's blanks before
# its figure ("Net income   $  24,608   $  17,894").
_PREFIXED = (
    # "KRW -12.6 billion": a loss's sign between the code and its figure (a sum at its size)
    rf"(?P<c>{_PREFIX_CURRENCY})(?:(?P<bracket>\()|\s?[-–−](?=\d)|\s?|(?<=[$£€])[ \t]{{2,}}(?=\d))"
    rf"(?P<n>{NUMBER_AFTER_CODE})(?(bracket)\))"
    rf"(?:{_TO_SCALE}(?P<s>{SCALE}))?"
)
# "entre 10 et 20 M€", "between $2 and $3 billion", "10-20 M€": the first end takes the
# second's scale and currency; without a leading "entre"/"between" only a dash joins them.
# Both range patterns name the same groups, empty where one has no such part.
_LEAD = r"(?:(?P<lead>\b(?:entre|between|de|from)\s+))?"
_JOIN = r"\s*(?P<join>et|and|à|to|-|–)\s*"
# Which words close a range each opening word starts: "entre … et", "de … à", or a bare dash.
_JOINS = {"entre": {"et"}, "between": {"and"}, "de": {"à", "-", "–"}, "from": {"to", "-", "–"}}
_JOINS[""] = {"-", "–"}
_RANGE_SUFFIXED = (
    rf"(?=[\ddebf])(?<!\w){_LEAD}(?P<c1>)(?P<n1>{NUMBER})\s*(?P<s1>{SCALE})?{_JOIN}(?P<c2>){_SUFFIXED}"
)
_RANGE_PREFIXED = (
    rf"(?=[debf$£€₹₦ucaghjknimprsxzt])(?<!\w){_LEAD}(?P<c1>{_PREFIX_CURRENCY})\s?(?P<n1>{NUMBER_AFTER_CODE})\s*(?P<s1>{SCALE})?"
    rf"{_JOIN}(?P<c2>{_PREFIX_CURRENCY})?\s?(?P<n>{NUMBER_AFTER_CODE})(?:\s*(?P<s>{SCALE}))?(?P<c>)"
)
_SPELLED = (
    rf"\b(?:(?P<half>half)\s+|(?P<quarters>a|one|three)\s+quarters?\s+of\s+)?"  # "a quarter of a million"
    rf"(?P<w>{SPELLED_FIGURE}|an?|une?)\s+(?P<s>millions?|milliards?|billions?|thousand|mille)"
    rf"{_OF}\s*(?P<c>{_SUFFIX_CURRENCY})"
)
_PENCE = r"(?<![\w.,])(?P<n>\d+(?:\.\d+)?)(?:p\b|\s?pence\b)"
# English writes a cent as "c" after its figure ("a dividend of 12.5c per share", "40c a litre"):
# only where money reads it, after "of", "at", "by", "to" or "from" or a verb of paying ("will
# donate 20c"), or before "per", "a", "each", "from every" or "/", never a label's letter
# ("Phase 2c", "Note 4c").
_SHORT_CENT = (
    r"(?<![\w.,$])(?P<n>\d{1,3}(?:\.\d{1,2})?)c\b"
    r"(?:(?P<per>(?=\s?/|\s(?:per|an?|each)\b))|(?P<each>(?=\s+from\s+(?:every|each)\b)))?"
)


def _opening_words(*names: str) -> re.Pattern[str]:
    """A pattern of `names` (regular expressions), each opening where no word character is before
    it, as "\\b(?:name|...)" reads them; each name's first word (up to a space or a class) is
    literal, and written first, what may not precede it after: a pattern that opens on "\\b" is
    tried at every offset of the text, one that opens on a choice of words jumps from one of their
    initials to the next (a West African zone's names: 40 µs a release against 7)."""
    alternatives = []
    for name in names:
        word = re.split(r"[ \[]", name, maxsplit=1)[0]
        alternatives.append(rf"{word}(?<!\w{word}){name[len(word) :]}")
    return pattern("|".join(alternatives))


# Which CFA franc an institution's name points to: West Africa's (UEMOA) or Central Africa's (CEMAC).
_CFA_ZONES = {
    "XOF": _opening_words("UEMOA", "BCEAO", "BOAD", "Afrique de l['’]Ouest", "West Africa"),
    "XAF": _opening_words("CEMAC", "BEAC", "BDEAC", "COBAC", "Afrique centrale", "Central Africa"),
}


_DECLARED_DOLLAR = pattern(
    r"(?:\b(?:amounts|figures|montants|chiffres|expressed|exprimés|stated)\b|\breferences\s+to\s+\$)[^.\n]{0,40}?"
    r"\b(?:in|en|are\s+to)\s+(?:(?:thousands|millions)\s+of\s+|milliers\s+de\s+|millions\s+de\s+)?"
    r"(U\.S\.\s+dollars|US\s+dollars|US\$|USD\b|United\s+States\s+dollars|Canadian\s+dollars|Australian\s+dollars|dollars\s+(?:américains|US"
    r"|canadiens|australiens))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Money:
    """What the bare words of money mean where the release is from."""

    dollar: str = "USD"
    franc: str = "FRF"
    cfa: str = "XOF"
    rupee: str = "INR"
    local: str | None = None  # the country's own currency, for its own signs ("R", "Rs")
    algerian: bool = False  # the release names Algeria: "DA" is its dinar there too
    sterling: bool = True  # British money is in view: "pounds" are sterling, not a weight


class _Locale:
    """How the release writes numbers, and what the bare words of money mean where it is from.
    The latter is worked out on first use: the release's country costs more than all the rest
    of its amounts, and a release quoting only euros or pounds never needs it."""

    def __init__(self, english: bool, french_text: bool, money: Callable[[], _Money] = _Money) -> None:
        self.english, self.french_text, self._money = english, french_text, money
        self.prose_currency: str | None = None  # the currency most of the release's written sums are in

    @cached_property
    def money(self) -> _Money:
        return self._money()


def _locale(text: str, english: bool, lang: str) -> _Locale:
    # every declaration names dollars: a substring test spares most releases the pattern's scan
    lowered = text.lower()
    declared = _DECLARED_DOLLAR.search(text) if any(w in lowered for w in ("dollar", "us$", "usd")) else None
    # "All amounts are in U.S. dollars unless otherwise indicated"
    dollar = _currency(declared[1], _Locale(english, lang == "fr")) if declared else None
    return _Locale(english, lang == "fr", lambda: _money(text, dollar))


def _money(text: str, declared_dollar: str | None) -> _Money:
    """A bare "$" is the dollar of the country the release is written from (a Canadian release:
    CAD); "francs" are Swiss in Switzerland, CFA in the franc zones, else French; "Rs" and
    "rupees" the rupee of a country paying in one, else the Indian rupee."""
    local = currency_of(release_country(text))
    zones = [code for code, cue in _CFA_ZONES.items() if cue.search(text)]
    cfa = local if local in ("XOF", "XAF") else (zones[0] if len(zones) == 1 else "XOF")
    franc = (
        local
        if local in ("CHF", "XOF", "XAF") or (local and local in currency_names()["francs"])
        else next((code for code in ("CHF", "XOF", "XAF") if code in text), "FRF")
    )  # a release that writes "CHF" once means Swiss francs by "francs"; one from Kigali, Rwanda's
    dollar = local if local in _DOLLARS else "USD"
    # "Rs", "rupees": the rupee of a country that pays in one (Sri Lanka's, Pakistan's...), else India's
    rupee = local if local and local in currency_names()["rupees"] else "INR"
    # "sa filiale en Algérie ... 1,35 milliard de DA": the countries named read only where "DA" is written
    algerian = local == "DZD" or (_DA.search(text) is not None and "DZ" in countries_named(text))
    # "42 million pounds of food" from Baltimore: a weight, where a country of no pound is the
    # release's and no pound sterling is written
    sterling = local in (None, "GBP") or _STERLING.search(text) is not None
    return _Money(declared_dollar or dollar, franc, cfa, rupee, local, algerian, sterling)


_DA = pattern(r"\bDA\b")
_STERLING = pattern(r"£|\bGBP\b|\b[Ss]terling\b|\bBritish pounds?\b|\bUK pounds?\b")


_CODES = [
    # Before "$", which they end with.
    (r"r\$", "BRL"),
    (r"hk\$", "HKD"),
    (r"s\$", "SGD"),
    (r"nz\$", "NZD"),
    # the dollar's country after the sign, as Australian and New Zealand papers write it: "$US5 million"
    (r"\$us", "USD"),
    (r"\$nz", "NZD"),
    (r"\$a(?:ud)?$", "AUD"),
    (r"\$c(?:an|ad)?$", "CAD"),
    (r"us|u\.s\.|usd|united states dollars?|dollars? (?:américains|us|des états-unis)", "USD"),
    (r"c\$|ca\$|can\$|cdn\$|cad|dollars? canadiens|canadian\s+dollars?", "CAD"),
    (r"a\$|au\$|aud|dollars? australiens|australian\s+dollars?", "AUD"),
    (r"\$|dollar", "$"),
    (r"€|eur|e$", "EUR"),
    (r"pounds?$", "pound"),  # the word alone: sterling, or a weight
    (r"£|gbp|livre|pound", "GBP"),
    (r"chf|francs? suisses", "CHF"),
    (r"francs? cfp|f ?cfp|xpf|cfp", "XPF"),
    (r"francs? cfa|f ?cfa|cfa", "CFA"),
    (r"franc", "franc"),
    (r"f|ff|frf", "FRF"),
    (r"₹", "INR"),
    (r"rs\.?|rupees?$", "rupee"),
    (r"kshs?\.?|ksh\.?", "KES"),
    (r"r$", "R"),
    (r"n$", "N"),
    (r"₦|naira", "NGN"),
    (r"m{0,2}dhs?$|dirham", "dirham"),
    (r"m?dt$", "TND"),
    (r"md$", "dinar"),  # "86,4 MD": millions of the country's dinars (Tunisia's press writes it)
    (r"da$", "DA"),
    (r"dinar", "dinar"),
    (r"rands?$", "ZAR"),
    (r"ecu|écu|xeu", "XEU"),
    (r"yen|jpy", "JPY"),
    (r"yuan|cny|rmb", "CNY"),
    (r"nok|couronnes? norv|norwegian", "NOK"),
    (r"sek|couronnes? su|swedish", "SEK"),
    (r"dkk|couronnes? dan|danish", "DKK"),
    (r"brl|reais|réaux|reals? brés|brazilian", "BRL"),
]
_CODES += [(code.lower(), code) for code in _CODES_OTHER.split("|") if code not in ("RMB",)]
# Each form compiled once, read at the token's start or as its last word.
_CODE_FORMS = [(pattern(p), pattern(rf"\b(?:{p})$"), code) for p, code in _CODES]
_SPACE_BEFORE_DOLLAR = pattern(r"\s+(?=\$)")

# A quantity is written on one line: a number ending a line and a word starting the next are
# unrelated ("04 78 63 40 40" then "presse@...").
_QUANTITY = pattern(
    rf"(?P<n>\d(?<!\d[/-]\d)(?<![\w.,]\d){NUMBER_TAIL})[ \t\u00a0\u202f]?"
    r"(?P<u>%|pour\s?cent|per\s?cent|percent|pb\b"
    r"|points de base|basis points|[MGTk]Wh?\b|km\b|m²|ha\b|hectares\b|tonnes\b|t\b"
    r"|(?:(?!de\b|des\b|du\b|et\b|à\b|au\b|en\b"
    r"|les?\b|la\b|pour\b|par\b|sur\b|dans\b|the\b|of\b|and\b|to\b|in\b|for\b|on\b|at\b)"
    r"(?-i:[a-zà-ÿ][a-zà-ÿ-]{2,})))",
    re.IGNORECASE,
)


def _currency(token: str, locale: _Locale) -> str | None:
    """ISO 4217 code of a currency sign, code or word; None for a sign that means nothing here."""
    return _localised(_code_of(token), locale)


@lru_cache(maxsize=1024)
def _code_of(token: str) -> str:
    """The code, or the sign ("$", "franc", "CFA", "R") whose code depends on where the release is from."""
    lowered = _SPACE_BEFORE_DOLLAR.sub("", token.lower())  # "US $" is "US$"
    for starts, ends, code in _CODE_FORMS:
        if starts.match(lowered) or ends.search(lowered):
            return code
    raise ValueError(f"not a currency: {token!r}")


# Letters that are a currency's sign only in its own country.
_LOCAL_SIGNS = {"R": "ZAR", "N": "NGN"}
# Where the place a release comes from decides what a sign means.
_PLACE_DEPENDENT = {"$": "dollar", "franc": "franc", "CFA": "cfa", "rupee": "rupee"}


def _localised(code: str, locale: _Locale) -> str | None:
    if code == "FRF" and not locale.french_text:
        return None  # "3420F" in an English release is a reference, not French francs
    if code in _LOCAL_SIGNS:
        local = locale.money.local  # "R14.5 billion": rand in South Africa; "N2.4bn": naira in Nigeria
        return local if local == _LOCAL_SIGNS[code] else None
    if code == "dirham":
        return "AED" if locale.money.local == "AED" else "MAD"
    if code == "DA":  # "48,7 milliards de DA": the Algerian dinar, a sign only in Algeria
        return "DZD" if locale.money.algerian else None
    if code == "pound":
        return "GBP" if locale.money.sterling else None
    if code == "dinar":  # Tunisia's, Algeria's, Jordan's...: only where the release's country has one
        return locale.money.local if locale.money.local in _DINARS else None
    field = _PLACE_DEPENDENT.get(code)
    return str(getattr(locale.money, field)) if field else code


# The currencies called dollar (ISO 4217): a bare "$" or "dollars" is the country's own only
# there; written in Algeria or Morocco, "4 millions de dollars" are US dollars.
_DOLLARS = frozenset(
    {"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "JMD", "BSD", "BBD", "BZD", "BMD", "BND", "KYD"}
    | {"FJD", "GYD", "LRD", "NAD", "SBD", "SRD", "TTD", "XCD", "ZWL"}
)
# The currencies called dinar (ISO 4217).
_DINARS = frozenset({"TND", "DZD", "LYD", "JOD", "KWD", "BHD", "IQD", "RSD"})
# Signs that hold their scale: Morocco's "MDH" millions, "MMDH" milliards of dirhams; Tunisia's
# "MDT" and "MD" millions of dinars.
_SCALED_SIGNS = {"mdh": "m", "mmdh": "md", "mdt": "m", "md": "m"}


def _value(number: str, scale: str | None, currency: str, english: bool, sign_first: bool = True) -> Decimal:
    """A sign written before the number ("$2.5", "£1,600") is itself the English convention; after
    it ("612.000 €"), the writer's own."""
    english = english or (
        sign_first and currency.strip().startswith(("$", "£", "€", "US", "C$", "A$", "U.S."))
    )
    return parse_number(number, english) * scale_factor(scale or _SCALED_SIGNS.get(currency.strip().lower()))


def _amount(text: str, start: int, end: int, value: Decimal, code: str) -> Amount:
    return Amount(text=text[start:end], start=start, end=end, value=float(value), currency=code)


_PAIR_BEFORE = pattern(r"(?<![\w/])[A-Z]{3}/$")


def _single(m: re.Match, text: str, locale: _Locale) -> list[Amount] | None:
    code = _currency(m["c"], locale)
    if code is None and m["c"] == "R" and m["s"] and locale.money.local is None:
        code = "ZAR"  # "R14.5 billion" from nowhere else: the rand ("R$" is the real, "Rs" the rupee)
    if code is None or _names_a_sign_of_the_next(m, text) or _numbered_road(m, text) or _line_apart(m, text):
        return None
    if _PAIR_BEFORE.search(text, max(0, m.start("c") - 4), m.start("c")):
        return None  # "EUR/SEK 11.21": an exchange rate, no sum
    value = _value(m["n"], m["s"], m["c"], locale.english, m.start("c") < m.start("n"))
    return [_amount(text, m.start(), m.end(), value, code)]


_DIGIT_NEXT = pattern(r"\s?\d")
_BLANK_LINE = pattern(r"\n[^\S\n]*\n")


def _line_apart(m: re.Match, text: str) -> bool:
    """ "Annual General Meeting: April 20, 2028" above "Dollar amounts are translated ...": a figure
    ending a line and a currency after it are apart when a blank line parts them, or when the
    currency is a word opening the next line in a capital, or stands indented there (a table's
    "2025" over "  £m"); a figure wrapped onto its unit, "12 millions\nd'euros", stays one."""
    if m.start("c") < m.end("n"):
        return False
    gap = text[m.end("n") : m.start("c")]
    if "\n" not in gap:
        return False
    if _BLANK_LINE.search(gap) or _INDENTED.search(gap):
        return True
    return m["c"][:1].isupper() and m["c"][1:2].islower()


_INDENTED = pattern(r"\n[^\S\n]{2,}$")


_THE_BEFORE = pattern(r"(?:^|\s)(?:the|la|le)\s$", re.IGNORECASE)


def _numbered_road(m: re.Match, text: str) -> bool:
    """ "the R59", "on the N2", "R81 between Giyani and Mooketsi", "N1 from Polokwane": a letter sign
    with a bare integer after "the", or before the places it runs between or from, names a road."""
    if m["c"] not in _LOCAL_SIGNS or m["s"] or not m["n"].isdigit():
        return False
    if _THE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
        return True
    route = _ROUTE_AFTER.match(text, m.end())
    return route is not None and fold(route["a"] or route["b"] or "") not in _CALENDAR_WORDS


_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)  # "R20 from Monday to Friday": a price
_ROUTE_AFTER = pattern(
    r",? (?:between (?P<a>[A-Z][\w'’-]+) and|from (?P<b>[A-Z][\w'’-]+) to [A-Z])"
    r"|,? (?i:road|route|highway|freeway)\b"
)


def _names_a_sign_of_the_next(m: re.Match, text: str) -> bool:
    """ "September 30, 2011 of $1.4 million": a sign after "of" belongs to the number after it; so
    does one a column's gap after a figure, before blanks and a figure ("$ 67,320     $  48,781",
    a table's row)."""
    sign = not m["s"] and m["c"] and m["c"][-1:] in "$£€" and m.start("c") > m.end("n")
    if not sign:
        return False
    if _DIGIT_NEXT.match(text, m.end(), m.end() + 2):
        return True
    gap = text[m.end("n") : m.start("c")]
    return bool(_COLUMN_GAP.fullmatch(gap) and _CELL_NEXT.match(text, m.end()))


_COLUMN_GAP = pattern(r"[^\S\n]*(?: {2}|\t)[^\S\n]*")
_CELL_NEXT = pattern(r"[^\S\n]*\(?\d")


_SPACE = pattern(r"\s")


_WHOLE = 1000


def _range(m: re.Match, text: str, locale: _Locale) -> list[Amount] | None:
    lead, join = (m["lead"] or "").strip().lower(), m["join"].lower()
    if not (join in _JOINS[lead] if lead else _unled_range(m, text, join)):
        return None  # "de 5 M€ et 3 M€" is two sums; "2016 - 40 M€" is a label and a sum
    if _FACTOR_BEFORE.search(text, max(0, m.start() - 30), m.start("n1")):
        return None  # "multiplié par près de 3 à 803 k€": a factor, then the sum (read alone)
    if m["s1"] and not (m["s"] or m["c2"] or m["c"]):
        return None  # "$41.7 Million to 38 Projects": a sum, then a count
    first_currency, second_currency = m["c1"] or m["c"], m["c2"] or m["c"] or m["c1"]
    first_code, second_code = _currency(first_currency, locale), _currency(second_currency, locale)
    if first_code is None or second_code is None:
        return None
    first = _value(m["n1"], m["s1"], first_currency, locale.english)
    if not m["s1"] and first < _WHOLE:  # "$250,000 to $4.2 million": a figure in thousands is whole
        first = _value(m["n1"], m["s"], first_currency, locale.english)
    second = _value(m["n"], m["s"], second_currency, locale.english)
    return [
        _amount(text, m.start("c1"), max(m.end("n1"), m.end("s1")), first, first_code),
        _amount(text, m.start("c2" if m["c2"] else "n"), m.end(), second, second_code),
    ]


_FACTOR_BEFORE = pattern(
    r"\b(?:multipli(?:é|ée|és|ées|ed|es)\s+(?:par|by)|(?:grew|rose|increased)\s+by\s+a\s+factor\s+of)"
    r"(?:\s+(?:près\s+de|environ|plus\s+de|almost|nearly|about|more\s+than))?\s*(?:de\s+)?$",
    re.IGNORECASE,
)


def _unled_range(m: re.Match, text: str, join: str) -> bool:
    """A range with no "between" or "from": "10-20 M€", "2 à 3 M€", "£2 to 3bn", "CHF 120 – 130
    mio"; a dash with blanks around it joins a sum only to a first figure with its own sign
    ("2016 - 40 M€" is a label and a sum), and "to" never a year to a sum ("2025 to $3m")."""
    if join in ("to", "à"):
        return not _YEAR_LIKE.fullmatch(m["n1"])
    if join not in _JOINS[""]:
        return False  # "£5 and £3 million": two sums
    if "\n" in text[m.end("n1") : m.start("join")]:
        return False  # "R412 million" + "\n- R578 from Elim": a list's next item, no range
    return bool(m["c1"]) or not _SPACE.search(text, m.end("n1"), m.start("n"))


# A sum written out with no scale, or two of them: "twenty dollars", "fifteen or twenty dollars",
# "cinquante euros".
_SPELLED_PLAIN = (
    rf"\b(?:(?P<w1>{SPELLED_FIGURE})\s+(?:or|to|and|ou|à|et)\s+)?(?P<w>{SPELLED_FIGURE})\s+"
    r"(?P<c>dollars?|euros?|rands?|naira|francs?|rupees?)\b"
)
_SPELLED_CURRENCIES = ("dollar", "euro", "rand", "naira", "franc", "rupee")  # not "pounds", a weight too


_SPELLED_PLAIN_RULE = pattern(_SPELLED_PLAIN, re.IGNORECASE)
# Read back from each currency word: the rule tried at every word of a long text costs more than all
# the other amount rules together.
_SPELLED_PLAIN_AT_END = pattern(_SPELLED_PLAIN + r"\Z", re.IGNORECASE)
_CURRENCY_WORD = pattern(r"(?<=[^\W\d_] )(?:dollars?|euros?|rands?|naira|francs?|rupees?)\b", re.IGNORECASE)
_SPELLED_REACH = 80


def _spelled_plain_matches(text: str) -> Iterator[re.Match[str]]:
    for word in _CURRENCY_WORD.finditer(text):
        m = _SPELLED_PLAIN_AT_END.search(text, max(0, word.start() - _SPELLED_REACH), word.end())
        if m is not None:
            yield m


def _spelled_plain(m: re.Match, text: str, locale: _Locale) -> list[Amount] | None:
    code = _currency(m["c"], locale)
    if code is None or m["w"].lower() in ("un", "une", "one"):
        return None  # "c'est un euro qui reste", "one dollar in three": a unit more than a sum
    amounts = [_amount(text, m.start("w"), m.end(), Decimal(small_number(m["w"])), code)]
    if m["w1"]:
        amounts.insert(0, _amount(text, m.start(), m.end("w1"), Decimal(small_number(m["w1"])), code))
    return amounts


def _spelled(m: re.Match, text: str, locale: _Locale) -> list[Amount] | None:
    code = _currency(m["c"], locale)
    value = small_number(m["w"]) * scale_factor(m["s"]) * _part(m)  # "half a million dollars"
    start, head = _spelled_head(text, m.start(), scale_factor(m["s"]))
    return [_amount(text, start, m.end(), head + value, code)] if code else None


def _part(m: re.Match) -> Decimal:
    """The share of the spelled sum written before it: "half", "a quarter of", "three quarters of"."""
    if m["half"]:
        return Decimal("0.5")
    if m["quarters"]:
        return Decimal("0.75") if m["quarters"].lower() == "three" else Decimal("0.25")
    return Decimal(1)


# A larger part of the same number written out before it, after a comma: "one trillion, one hundred
# and twenty billion naira" is 1.12 trillion, not 120 billion.
_SPELLED_HEAD = pattern(
    rf"(?<![\w-])(?P<w>{SPELLED_FIGURE}|an?)\s+(?P<s>trillions?|billions?|milliards?|millions?),\s*$",
    re.IGNORECASE,
)


def _spelled_head(text: str, start: int, scale: Decimal) -> tuple[int, Decimal]:
    """Where a number written out begins, and the value of its larger parts before `start`."""
    total = Decimal(0)
    while (head := _SPELLED_HEAD.search(text, max(0, start - 60), start)) and scale_factor(head["s"]) > scale:
        total += small_number(head["w"]) * scale_factor(head["s"])
        start, scale = head.start(), scale_factor(head["s"])
    return start, total


# A sum written out in any other country's currency, by its ISO name: "two billion kwacha", "five
# hundred million Uganda shillings", "trois milliards d'ariary".
_SPELLED_WORLD = pattern(
    rf"\b(?P<w>{SPELLED_FIGURE}|an?)\s+(?P<s>millions?|milliards?|billions?){_OF}\s*"
    r"(?P<first>[^\W\d_]+)(?:\s(?P<second>[^\W\d_]{2,}))?",
    re.IGNORECASE,
)


def _spelled_world(m: re.Match, text: str, locale: _Locale) -> list[Amount] | None:
    code, whole = _named_currency(
        m["first"], m["second"], True, locale
    )  # "two billion dollars": `_spelled`'s
    if code is None:
        return None
    start, head = _spelled_head(text, m.start(), scale_factor(m["s"]))
    value = head + small_number(m["w"]) * scale_factor(m["s"])
    return [_amount(text, start, m.end("second") if whole else m.end("first"), value, code)]


def _pence(m: re.Match, text: str, locale: _Locale) -> list[Amount] | None:
    """ "114p", "12.5 pence": hundredths of the pound, a "p" only among pounds or in a release
    from the United Kingdom (its "pence" anywhere)."""
    among_pounds = "£" in text or "GBP" in text or locale.money.local == "GBP"
    if not among_pounds and not m[0].endswith("pence"):
        return None
    return _hundredths_range(text, m, Decimal(m["n"]), Decimal(100), "GBP", locale)


# The first figure of a range in hundredths: "between 118 and 124 cents", "118.0 to 124.0 cent".
_HUNDREDTHS_FROM = pattern(
    r"(?:(?P<lead>\b(?:between|from|entre|de)\s+))?(?<![\w.,])(?P<n1>\d+(?:[.,]\d+)?)\s*"
    r"(?P<join>and|to|et|à|-|–)\s*$",
    re.IGNORECASE,
)


def _hundredths_range(
    text: str, sub: re.Match, number: Decimal, parts: Decimal, code: str, locale: _Locale
) -> list[Amount]:
    """A sum of hundredths (or thousandths), with the first figure of the range it ends."""
    amounts = [_amount(text, sub.start(), sub.end(), number / parts, code)]
    m = _HUNDREDTHS_FROM.search(text, max(0, sub.start() - 40), sub.start())
    if m is None or _YEAR_LIKE.fullmatch(m["n1"]):
        return amounts
    lead, join = (m["lead"] or "").strip().lower(), m["join"].lower()
    if join in _JOINS[lead] or (not lead and join in ("to", "à")):
        first = parse_number(m["n1"], locale.english) / parts
        amounts.insert(0, _amount(text, m.start("n1"), m.end("n1"), first, code))
    return amounts


def _short_cent(m: re.Match, text: str, locale: _Locale) -> list[Amount] | None:
    """ "12.5c per share": a cent of the release's country's currency, in English alone."""
    led = text[max(0, m.start() - 9) : m.start()].split()
    # "30c from every loaf", not a label's letter ("Figure 3c from every angle")
    from_each = m["each"] is not None and not (led and led[-1][:1].isupper())
    if not locale.english or not (m["per"] is not None or from_each or (led and led[-1] in _CENT_LEADS)):
        return None
    return [_amount(text, m.start(), m.end(), Decimal(m["n"]) / 100, _cent_currency(text, locale))]


_CENT_LEADS = frozenset(["of", "at", "by", "to", "from", "cost", "costs", "pay", "pays", "donate", "donates"])


def _cents(m: re.Match, text: str, locale: _Locale) -> list[Amount] | None:
    """ "50 cents", "75 centimes", "85 kobo": hundredths of the dollar, the franc/euro around
    them, or the naira."""
    unit, number = m["u"].lower(), m["pn"] or m["n"]
    if unit in _ONE_CURRENCYS and (currency := world.subunit(unit, locale.money.local)):
        parts = Decimal(world.subunit_parts(unit))  # "215 millimes": thousandths
        return _hundredths_range(text, m, parse_number(number, locale.english), parts, currency, locale)
    named = world.cent_of(m["a"], _DOLLARS) if m["a"] else None
    if m["a"] and named is None:
        return None  # "12 Main cents": no currency's cent
    code = named or (_cent_currency(text, locale) if not unit.startswith(("centime", "ct")) else None)
    if m["p"]:  # "HK12.6 cents", "US5 cents": the cent of that country's dollar; "RMB34.41 cents", a fen
        code = _currency(m["p"] if m["p"] == "RMB" else m["p"] + "$", locale)
    code = code or ("EUR" if "€" in text or "euro" in text.lower() else locale.money.franc)
    return _hundredths_range(text, m, parse_number(number, locale.english), Decimal(100), code, locale)


# Cents written out in English, in the plural: "a dividend of nine cents per share" (not "not one
# cent", an idiom as often as a sum; not French, whose "deux cents" is two hundred).
_SPELLED_CENTS = pattern(rf"\b(?P<w>{SPELLED_FIGURE_EN})\s+cents\b", re.IGNORECASE)


def _spelled_cents(m: re.Match, text: str, locale: _Locale) -> list[Amount] | None:
    if locale.french_text:
        return None
    value = Decimal(small_number(m["w"])) / 100
    return [_amount(text, m.start(), m.end(), value, _cent_currency(text, locale))] if value else None


# A dollar written with its country's letters: "A$", "NZ$", "C$", "US$", "S$", "HK$", "J$", "TT$", "EC$"
_PREFIXED_DOLLAR = pattern(r"(?<![\w$])(A|AU|NZ|C|CA|US|S|SG|HK|J|TT|EC|BZ|N|Z)\s?\$")


def _only_dollar_written(text: str, locale: _Locale) -> str | None:
    """The one dollar the text writes with its country's letters, if it writes just one and no "$"
    without letters."""
    prefixed = _PREFIXED_DOLLAR.findall(text)
    codes = {_currency(letters + "$", locale) for letters in prefixed}
    return codes.pop() if len(codes) == 1 and len(prefixed) == text.count("$") else None


def _cent_currency(text: str, locale: _Locale) -> str:
    """A bare cent is the hundredth of the currency of the release's country where it has cents
    (a release from Ireland: the euro cent), else of the euro in a release quoting only euros,
    else of its dollar."""
    local = locale.money.local
    if (local is None or local in _DOLLARS) and "$" in text and (only := _only_dollar_written(text, locale)):
        return only  # an ASX release from a New Zealand bidder writing "A$2.46" only: "9 cents" is Australian
    if local in world.CENTS:
        return str(local)
    if local is None and ("€" in text or "EUR" in text) and "$" not in text:
        return "EUR"
    return locale.money.dollar


# What a scaled number counts when it is no sum: shares, people, tonnes.
_COUNTED = (
    r"(?:shares|units|warrants|options|receipts|people|persons|residents|customers|users|visitors"
    r"|passengers|subscribers|households|jobs|doses|tonnes|tons|barrels|litres|liters|hectares|acres)\b"
)
# "2 millions d'euros en 2022 et 8 millions en 2023": a scaled number right after a sum, joined
# to it, is a sum in the same currency.
_CARRIED = pattern(
    rf"[^.;\n]{{0,40}}?\s(?:et|and|puis|then|contre|against|vs\.?|,|dont|soit|of\s+which|including)\s+"
    # "contre une perte de 1,2 milliard", "against a loss of 0.8 million": a sum's noun between
    rf"(?:(?:une?|a|an)\s+(?:[^\W\d]+\s+){{1,2}}?(?:de\s+|d['’]|of\s+))?(?P<n>{NUMBER})\s?"
    r"(?P<s>milliards?|millions?|billions?|mds?|mrds?|bn|m|mio)(?![\w€$£])(?!\s*(?:de\s|d['’]|of\s)"
    # "soit 2,8 milliards de plus": a difference of sums is one too, not a count of things
    r"(?!euros?|dollars?|francs?|livres?|pounds?|plus\b|moins\b))"
    # nor a count of things: "$146 million in cash and 8.0 million common shares"
    rf"(?!\s+(?:[^\W\d_]+\s+)?{_COUNTED})",
    re.IGNORECASE,
)


# "97.8 millions et 27.9 millions de francs": the same, before the sum.
_CARRIED_BEFORE = pattern(
    rf"(?P<n>{NUMBER})\s?(?P<s>milliards?|millions?|billions?|mds?|mrds?|bn|mio)\s*(?:et|and|ou|or|,)\s*$",
    re.IGNORECASE,
)


# "3,1 mio", "0,4 mia": Swiss writing scales a sum of francs without naming them again; not
# before a noun ("1,2 mio d'habitants"), but before a difference ("31,2 mio de plus").
_BARE_MIO = pattern(
    rf"(?P<n>{NUMBER})\s?(?P<s>mio|mia)\b(?!\.?\s*(?:de\s|d['’]|of\s)(?!\s*(?:plus|moins)\b))", re.IGNORECASE
)


def _swiss_scaled(text: str, locale: _Locale) -> list[Amount]:
    """Bare "mio"/"mia" sums in a release whose francs are Swiss."""
    lowered = text.lower()
    if "mio" not in lowered and "mia" not in lowered:  # most releases never write either
        return []
    found = list(_BARE_MIO.finditer(text))
    if not found or locale.money.franc != "CHF":
        return []
    scaled = [(m, parse_number(m["n"], locale.english) * scale_factor(m["s"])) for m in found]
    return [_amount(text, m.start(), m.end(), value, "CHF") for m, value in scaled]


_DIGIT = pattern(r"\d")
_YEAR_WORD = pattern(r"\b(?:19|20)\d\d\b")


# A scaled number with no currency of its own ("de 11 milliards", "(36,4 millions)"): a sum in
# the currency of a scaled sum before it in its paragraph, unless a noun of things follows it.
_BARE_SCALED = pattern(
    rf"(?P<n>{NUMBER})\s?(?P<s>milliards?|millions?|billions?|bn|mds?|mrds?)(?![\w€$£])"
    r"(?!\s*(?:de\s|d['’]|of\s))",
    re.IGNORECASE,
)
_SCALE_OF_SUM = pattern(r"\b(?:milliards?|millions?|billions?|bn|mds?|mrds?)(?![^\W\d_])", re.IGNORECASE)


def _carried(text: str, amounts: list[Amount], locale: _Locale) -> list[Amount]:
    found: list[Amount] = []
    for amount in amounts:
        before = _CARRIED_BEFORE.search(text, max(0, amount.start - 40), amount.start)
        if before:
            value = parse_number(before["n"], locale.english) * scale_factor(before["s"])
            found.append(_amount(text, before.start(), before.end("s"), value, amount.currency))
        found += _carried_after(text, amount, locale)
    return found


# The same figure a year before, in brackets after a sum, as Nordic reports write it: "SEK 1,236.4
# million (1,108.9)", "SEK 3.25 (2.80) per share", or with its own scale ("EUR 58.2m (67.7m)"). Not a
# note's call ("(1)", "(12)"), nor a year: a decimal or thousands separator, or three digits at least.
_COMPARED = pattern(
    rf"\s?\((?P<n>{NUMBER})(?P<s>\s?(?:m|bn|mn|k|million|billion|milliards?|millions?))?\)(?!\s?%)"
)
_COMPARED_FIGURE = pattern(r"\d[.,'’\u00a0\u202f ]\d|\d{3}")
_FIGURE_OF_SUM = pattern(NUMBER)


def _compared_in_brackets(text: str, amounts: list[Amount], locale: _Locale) -> list[Amount]:
    """Each bracketed figure right after a sum, in the sum's currency and scale (the millions of
    "SEK 1,236.4 million"), where the sum's value is its figure times a power of ten."""
    found = []
    for amount in amounts:
        m = _COMPARED.match(text, amount.end)
        own = _FIGURE_OF_SUM.search(amount.text)
        if m is None or own is None or not _COMPARED_FIGURE.search(m["n"]) or _YEAR_LIKE.fullmatch(m["n"]):
            continue
        written = parse_number(own[0], locale.english)
        factor = Decimal(str(amount.value)) / written if written else Decimal(0)
        if not factor or factor != 10 ** round(factor.log10()):
            continue  # no scale: a sum read from a range's or a spelled number
        factor = scale_factor(m["s"].strip()) if m["s"] else factor
        value = parse_number(m["n"], locale.english) * factor
        found.append(
            _amount(text, m.start("n"), m.end("s") if m["s"] else m.end("n"), value, amount.currency)
        )
    return found


def _paragraph_carried(text: str, amounts: list[Amount], locale: _Locale) -> list[Amount]:
    """The scaled numbers a paragraph writes after a scaled sum, each in the currency of the last
    such sum before it: "les 141,8 millions de francs d'investissements ... la ligne directe (36,4
    millions), le lycée (12,9 millions)". Not a count: the scale word is followed by a stop or a
    small word, never a noun ("14 million customers", "2,4 millions d'habitants")."""
    scaled = [a for a in amounts if _SCALE_OF_SUM.search(a.text)]
    found = []
    for amount in scaled:
        end = text.find("\n", amount.end)
        end = len(text) if end < 0 else end
        following = [a for a in scaled if amount.end <= a.start < end]
        stop = following[0].start if following else end  # the next sum's own currency takes over
        for m in _BARE_SCALED.finditer(text, amount.end, stop):
            # after a word, a stop or a bracket, not a sign ("approximately SAT$35.8 million")
            if _BARE_BEFORE.search(text, max(0, m.start() - 3), m.start()) and _SUM_GOES_ON.match(
                text, m.end()
            ):
                value = parse_number(m["n"], locale.english) * scale_factor(m["s"])
                found.append(_amount(text, m.start(), m.end(), value, amount.currency))
    return found


_BARE_BEFORE = pattern(r"(?:[a-zß-ÿ]\s|[(:;,–—]\s?|\([-+−–])$")
# What follows a sum's scale word where no noun of things counted does: a stop, a bracket, a
# small word ("36,4 millions), ", "18,5 millions et", "3.9 billion a year earlier").
_SUM_GOES_ON = pattern(
    r"\s*(?:[,.;:)–—]|-\s|$|(?:en|in|et|and|or|ou|pour|for|par|per|à|to|soit|contre|from|dont|au|aux"
    r"|at|sur|over|du|des|le|la|les|the|un|une|a|an|by|compared|versus|vs|against|last|this|avec|with"
    r"|sous|under|hors)\b)",
    re.IGNORECASE,
)


def _number_between(text: str, start: int, end: int) -> bool:
    """Whether a number other than a year stands in text[start:end]."""
    return _DIGIT.search(_YEAR_WORD.sub("", text[start:end])) is not None


def _carried_after(text: str, amount: Amount, locale: _Locale) -> list[Amount]:
    """The scaled numbers joined after a sum, each after the one before: "612 millions de francs,
    dont 318 millions (...) et 294 millions"."""
    found, end = [], amount.end
    # "2 millions d'euros en 2022 et 8 millions": a year may stand between, no other number
    while (m := _CARRIED.match(text, end)) and not _number_between(text, end, m.start("n")):
        value = parse_number(m["n"], locale.english) * scale_factor(m["s"])
        found.append(_amount(text, m.start("n"), m.end(), value, amount.currency))
        end = m.end()
    return found


# Each rule with the lower-case words without which it cannot match (a cheap test first), and a
# looser pattern that each of its matches contains: two numbers joined by a word or a dash, which
# most releases never write, so one quick scan spares them the costly range patterns.
_TWO_NUMBERS = pattern(
    rf"\d\s*(?:{SCALE})?\s*(?:et|and|à|to|-|–)\s*(?:{_PREFIX_CURRENCY})?\s?\d", re.IGNORECASE
)
# A spelled-out number ("deux millions") puts a letter right before its scale word, where most
# releases write digits. Read back from each scale word, found from its initial: a pattern that
# opens on the letter before it tries every letter of the text.
_SCALE_WORD = pattern(initial("mb") + r"(?:(?<=m)illi(?:on|ard)|(?<=b)illion)", re.IGNORECASE)
# ... and for a sum written out whole, a thousand too ("cinquante mille euros", "fifty thousand dollars")
_SCALE_OR_THOUSAND_WORD = pattern(
    initial("mbt") + r"(?:(?<=m)ill(?:i(?:on|ard)|e)|(?<=b)illion|(?<=t)housand)", re.IGNORECASE
)
_LETTER = pattern(r"[^\W\d_]")


def _word_then_thousands(text: str) -> bool:
    """Whether a letter, then blanks, comes before "mille", "thousand" or a larger scale word."""
    return _word_then_scale(text, _SCALE_OR_THOUSAND_WORD)


def _word_then_scale(text: str, scale_words: re.Pattern[str] = _SCALE_WORD) -> bool:
    """Whether `[^\\W\\d_]\\s+(?:million|milliard|billion)` (IGNORECASE) is found in the text."""
    for m in scale_words.finditer(text):
        space = m.start()
        while space > 0 and _SPACE.match(text, space - 1):
            space -= 1
        if space < m.start() and space > 0 and _LETTER.match(text, space - 1):
            return True
    return False


_SUFFIXED_RULE = pattern(_SUFFIXED, re.IGNORECASE)
_PREFIXED_RULE = pattern(_PREFIXED, re.IGNORECASE)
# A prefixed sum's number opens right after its sign or code and perhaps one space, one of these
# endings of `_PREFIX_CURRENCY`'s alternatives; its sign or code is at most this long.
_PREFIX_ENDINGS = [
    r"[$£€₹₦]",
    "(?:EUR|USD|GBP|CAD|AUD)",
    rf"(?-i:{_CODES_OTHER})",
    "(?-i:R|N)",
    "(?-i:Rs)",
    "(?-i:Rmb)",  # apart from "Rs": each ending is a lookbehind, of one width
]
_PREFIX_ENDINGS += [r"(?-i:Rs\.|KSh|Ksh)", r"(?-i:KShs|KSh\.|Ksh\.)", r"(?-i:KShs\.)"]
_PREFIX_ENDINGS += [
    r"(?-i:\$A|\$C)",
    r"(?-i:\$US|\$NZ|\$AU|\$CA)",
    r"(?-i:\$AUD|\$CAN|\$CAD)",
]  # "$US5 million"
_PREFIX_WIDTH = 6
# Numbers that open after such an ending: opening on a digit, re jumps from one to the next, where
# `_PREFIXED_RULE` is tried at every offset; most releases have none, or a few.
_AFTER_PREFIX = pattern(
    r"\d(?<!\d\d)(?<!\d[.,]\d)(?:"
    + "|".join(
        rf"(?<={e}\d)|(?<={e}\s\d)|(?<={e}\(\d)|(?<={e}[-–−]\d)|(?<={e}\s[-–−]\d)" for e in _PREFIX_ENDINGS
    )
    + ")",
    re.IGNORECASE,
)


def _prefixed(text: str) -> list[re.Match[str]]:
    """`_PREFIXED_RULE`'s matches, tried only where a sign or code can open before a number."""
    return list(opened_at(_PREFIXED_RULE, text, _prefix_starts(text)))


def _prefix_starts(text: str) -> list[int]:
    """The offsets where a sign or code can open before a number (`_PREFIXED`'s "c" and "n")."""
    numbers = [m.start() for m in _AFTER_PREFIX.finditer(text)]
    numbers += [m.end() for m in _SIGN_BEFORE_GAP.finditer(text)]  # "$  24,608": where the blanks start
    return sorted({s for n in numbers for s in range(max(0, n - _PREFIX_WIDTH - 1), n)})


_SIGN_BEFORE_GAP = pattern(r"[$£€](?=[ \t]{2,}\d)")


_RANGE_SUFFIXED_RULE = pattern(_RANGE_SUFFIXED, re.IGNORECASE)
_RANGE_PREFIXED_RULE = pattern(_RANGE_PREFIXED, re.IGNORECASE)
# A range of sums holds a sum of its kind: its second end ("… et 12 M€") is a match of the
# suffixed rule, its first ("$10 …") of the prefixed one. Those two rules are read first, and a
# range rule only where the rule of its kind found something: most releases write one kind.
# (`_matches` tells the rules apart by identity: a compiled pattern's hash, which a dict keyed by
# patterns asks for at each lookup, is worked out again each time from its whole program.)
_LEAD_WIDTHS = (2, 4, 5, 7)  # `_LEAD`'s words: "de", "from", "entre", "between"


def _prefixed_ranges(text: str) -> list[re.Match[str]]:
    """`_RANGE_PREFIXED_RULE`'s matches, tried only where one can open: at its first sign or code
    (where `_PREFIXED_RULE` is tried), or at a lead word ("between", "from") before it and the
    spaces between. Tried at every offset, the rule stops at each of the many letters it can open
    on ("d", "e", "b", "f", "u", "c", ...)."""
    signs = _prefix_starts(text)
    starts = set(signs)
    for at in signs:
        end = _before_blanks(text, at)
        if end < at:
            starts.update(end - width for width in _LEAD_WIDTHS if width <= end)
    return list(opened_at(_RANGE_PREFIXED_RULE, text, sorted(starts)))


# A sum in any other country's currency (`world.py` says which a token means): its ISO name or
# code, or its sign at home, after the figure ("2,4 millions d'ariary", "1.5 million Ghana cedis",
# "3 milliards CDF", "9,6 milliards Ar") or its hundredths ("4.12 sen"); its code or sign at home
# before it ("GHS 2.4 million", "RM214.6 million", "Fr. 2'350'000.–"); a sign Unicode names after
# it ("₱2.5 billion"); its name before a scaled figure at home ("Baht 12 billion"). Read after
# the rules above, which know the common currencies.
# Not a sign's thousands ("RM'000" over a column, the next column's "RM"), nor a code paired with
# another, a route's airports or a rate ("TP 302   HNL–AKL", "1.08 EUR/USD").
_WORLD_AFTER = pattern(
    rf"(?<!['’])(?P<n>{NUMBER})(?P<gap>\s?|{_HYPHEN_SCALE})(?P<s>{SCALE})?{_OF}\s*"
    r"(?P<w>(?-i:[A-Z]{3})(?![\w'’]|[-–/](?-i:[A-Z]))|(?P<first>[^\W\d_]+)(?:\s(?P<second>[^\W\d_]{2,}))?)",
    re.IGNORECASE,
)
# A dollar named by its country's letters, read at home: "J$", "TT$", "EC$", "Bds$".
_DOLLAR_AT_HOME = r"[A-Z][A-Za-z]{0,2}\$"
_SIGNS_OF_LETTERS = {**world.HOME_SIGNS, **world.OWN_SIGNS}  # signs of letters: "RM", "GH¢"
_HOME = "|".join(re.escape(sign) for sign in sorted(_SIGNS_OF_LETTERS, key=len, reverse=True))
# Its lookahead for a capital or a home sign's initial fails fast at most offsets, but CPython's re
# skips ahead only to a literal or a class that opens a pattern, not to a lookahead: this one is
# tried at every offset (some 40 µs a release). Opened on the class instead, its alternatives
# each became a lookbehind, and it ran slower (measured with 0.8.9).
_WORLD_BEFORE = pattern(
    rf"(?=[A-Z{''.join(sorted({sign[0] for sign in _SIGNS_OF_LETTERS}))}])(?<![\w.'’/-])"
    rf"(?P<w>[A-Z]{{3}}(?![^\W\d]|['’])|{_DOLLAR_AT_HOME}|{_HOME}|(?P<nm>[A-Z][a-z]{{2,}}(?=\s\d)))\s?(?P<n>{NUMBER_AFTER_CODE})"
    rf"(?:[-–](?P<n2>{NUMBER_AFTER_CODE})(?=\s?(?i:{SCALE})))?"  # "Bt15-18 billion": a range, both scaled
    rf"(?:(?:\s?|{_HYPHEN_SCALE})(?P<s>(?i:{SCALE})))?"
    r"(?:\.[-–—])?"
)
_WORLD_SIGN = pattern(
    rf"(?P<w>[{world.SIGNS}])\s?(?P<n>{NUMBER_AFTER_CODE})(?:(?:\s?|{_HYPHEN_SCALE})(?P<s>{SCALE}))?"
    rf"|(?P<n2>{NUMBER})\s?(?P<s2>{SCALE})?\s?(?P<w2>[{world.SIGNS}])",  # "500.000₫"
    re.IGNORECASE,
)
# What the rules above read already: the currencies they know by sign, code or name.
_READ_CURRENCY = pattern(_SUFFIX_CURRENCY, re.IGNORECASE)
_READ_CODES = frozenset(["EUR", "USD", "GBP", "CAD", "AUD", *_CODES_OTHER.split("|")])


def _world_after(m: re.Match, text: str, locale: _Locale) -> list[Amount] | None:
    if not m["s"] and _YEAR_LIKE.fullmatch(m["n"]):
        return None  # "in 2025 GHS ...": a year
    if "\n" in text[m.end("n") : m.start("w")]:
        return None  # a figure ending a line ("... 80 14") and a word opening the next are unrelated
    code, end, factor = _after_figure(m, locale)
    if code is None or (m["first"] is None and _names_a_body(code, text)):
        return None
    value = _value(m["n"], m["s"], "", locale.english) * factor
    return [_amount(text, m.start(), end, value, code)]


# A code the release uses as a body's name: "l'ARS", "the ARS" (not before a figure), "ARS
# Normandie", "(ARS)" after its expansion (not after a currency's name: "pesos argentins (ARS)").
_BODY_CUES = (
    r"(?:\b(?:l['’]|the\s){c}(?!\s?\d)|(?<![\w.]){c}\s(?!Mil|Bil|Tho)[A-ZÀ-Ý][a-zà-ÿ]{{2,}}"
    r"|(?P<before>[^\W\d_]+\s[^\W\d_]+)\s\({c}\)(?![ \t]+[(\d]))"  # not "Earnings per share (TZS)  128.05"
)


@lru_cache(maxsize=64)
def _names_a_body(code: str, text: str) -> bool:
    """Whether the release names a body by an ISO code ("l'ARS", "ARS Normandie"): then "14 ARS"
    is no sum of pesos. Asked only of a code found beside a figure, once per code and release."""
    names = currency_names()
    for m in re.finditer(_BODY_CUES.format(c=re.escape(code)), text):
        words = fold(m["before"] or "").split()
        if not any(w in names or w == "cfa" for w in words):
            return True
    return False


def _after_figure(m: re.Match, locale: _Locale) -> tuple[str | None, int, Decimal]:
    """The currency the word after a figure means here, where its mention ends, its share of a unit."""
    word, first = m["w"], m["first"]
    if first is None:  # "3 milliards CDF", "1 500 FDJ" (a sign at home in capitals)
        code = None if word in _READ_CODES else world.by_code(word) or world.at_home(word, locale.money.local)
        return code, m.end("w"), Decimal(1)
    if first in world.HOME_SIGNS and len(first) > 1:  # "9,6 milliards Ar", never "5K" touching its figure
        read = (m["gap"] or m["s"]) and not _a_french_word(first, locale)
        return (
            (world.at_home(first, locale.money.local) if read else None),
            m.end("first"),
            Decimal(1),
        )
    if not m["s"] and first.lower().removesuffix("s") in world.SUBUNITS:
        return (
            world.subunit(first, locale.money.local),
            m.end("first"),
            1 / Decimal(world.subunit_parts(first)),
        )
    code, whole = _named_currency(first, m["second"], bool(m["s"]), locale)
    return code, m.end("second") if whole else m.end("first"), Decimal(1)


def _named_currency(first: str, second: str | None, scaled: bool, locale: _Locale) -> tuple[str | None, bool]:
    """The currency a word, or it and the next, names by its ISO name after a figure (and whether
    both words were its name); None for a currency the rules above read by their own words."""
    if not world.names_a_currency(first, second):
        return None, False  # most words after a figure: asked before the release's country
    two_words = fold(f"{first} {second}") if second else None
    if _READ_CURRENCY.fullmatch(first) and two_words not in currency_names():
        return None, False  # "euros", "francs": read above; "francs congolais" is not
    return world.by_name(first, second, scaled, locale.money.local)


def _a_french_word(sign: str, locale: _Locale) -> bool:
    """A home sign that is a French word, in a French release: "Le 12 mai", "350 Le directeur"."""
    return sign in world.FRENCH_WORD_SIGNS and locale.french_text


def _home_of(sign: str, locale: _Locale) -> str | None:
    """The currency a sign at home is read against: the release's francs for "Fr." (Swiss where a
    release from Sion writes "CHF" once, even if its places point elsewhere), else its country's."""
    return locale.money.franc if sign in ("Fr.", "fr.") else locale.money.local


# A capitalised word just before a code: the code ends a name ("Hong Kong SAR 2,000 visitors").
_NAME_WORD_BEFORE = pattern(r"[A-Z][a-z]+\s$")
# Codes that are also words counting what follows them, in a heading's capitals ("ALL 1,200 STAFF").
_COUNTING_CODES = frozenset({"ALL", "TOP"})


def _world_before(m: re.Match, text: str, locale: _Locale) -> list[Amount] | None:
    word = m["w"]
    touching = m.end("w") == m.start("n") and word not in _SIGNS_OF_LETTERS and not word.endswith("$")
    if not m["s"] and (_YEAR_LIKE.fullmatch(m["n"]) or (touching and not _GROUPED.search(m["n"]))):
        return None  # "Q3 2026": a quarter; "COP21": a name, not "GHS 21", "AED10,000" nor "GHS2.4m"
    if m["nm"]:  # "Baht 12 billion": a currency's name before a scaled figure, at home
        code = world.by_name(word, None, True, locale.money.local)[0] if m["s"] else None
    elif word.endswith("$"):
        code = world.dollar_at_home(word[:-1], locale.money.local) or _abroad(m, text)
    elif _a_french_word(word, locale):
        return None
    elif word in _SIGNS_OF_LETTERS:
        code = world.at_home(word, _home_of(word, locale)) or _abroad(m, text)
    else:
        # a code that is also a word ("SAR") before a figure written as no year is ("SAR 0.75",
        # "SAR 10,000"), not a name's last word nor a word that counts; or at home ("SAR 10 per
        # share" from Riyadh)
        named = word in _COUNTING_CODES or _NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        sure = bool(m["s"]) or word == locale.money.local or (bool(_GROUPED.search(m["n"])) and not named)
        code = None if word in _READ_CODES or _names_a_body(word, text) else world.by_code(word, sure)
    if code is None:
        return None
    swiss = word in ("fr.", "Fr.")
    francs = _FRANCS_BEFORE.search(text, max(0, m.start() - 16), m.start()) if swiss else None
    if francs and _CENTIMES.fullmatch(m["n"]) and not m["s"]:  # "103 fr. 50": francs, then centimes
        value = parse_number(francs[1], locale.english) + Decimal(m["n"]) / 100
        return [_amount(text, francs.start(), m.end(), value, code)]
    if m["n2"]:
        first = _amount(text, m.start(), m.end("n"), _value(m["n"], m["s"], "", locale.english), code)
        return [
            first,
            _amount(text, m.start("n2"), m.end(), _value(m["n2"], m["s"], "", locale.english), code),
        ]
    return [_amount(text, m.start(), m.end(), _value(m["n"], m["s"], "", locale.english), code)]


_FRANCS_BEFORE = pattern(r"(?<![\d'’.,])(\d{1,3}(?:['’]\d{3})*) $")
_CENTIMES = pattern(r"\d{2}")


# Up to three capitalised words, or a country's name joined by "and" ("Trinidad and Tobago").
_CAPITALISED_RUN = pattern(r"[A-Z][\w'’-]+(?: (?:and |& )?[A-Z][\w'’-]+){0,2}")


def _abroad(m: re.Match, text: str) -> str | None:
    """A sum in a sign at home of a country its line names, not the release's ("Namibia: ... revenue
    of N$86.3 million", "Zambia: ... K612 million" in a release from Gaborone; "the Royal Malaysia
    Police ... RM410,000" from Singapore; "its subsidiary in Trinidad and Tobago ... TT$86.3
    million" from Kingston); a one-letter sign or a dollar only with its scale."""
    sign, at = m["w"], m.start()
    if not m["s"] and (len(sign.rstrip("$.")) < 2 or sign.endswith("$")):
        return None  # unscaled, only a sign of two letters or more: "RM410,000", never "K12"
    line = text[text.rfind("\n", 0, at) + 1 : text.find("\n", at) % (len(text) + 1)]
    runs = _CAPITALISED_RUN.findall(line)
    for name in runs + [w for run in runs if " " in run for w in run.split()]:  # "Royal Malaysia Police"
        if is_country(name) and (local := currency_of(country_of(name))):
            dollar = sign.endswith("$")
            if code := world.dollar_at_home(sign[:-1], local) if dollar else world.at_home(sign, local):
                return code
    return None


def _world_sign(m: re.Match, text: str, locale: _Locale) -> list[Amount] | None:
    sign, number, scale = (m["w"], m["n"], m["s"]) if m["w"] else (m["w2"], m["n2"], m["s2"])
    code = world.by_sign(sign, locale.money.local)
    if code is None:
        return None  # "₣", "₠": a currency no country pays in now; "₩" far from Korea
    return [_amount(text, m.start(), m.end(), _value(number, scale, "", locale.english), code)]


# A sum in hundredths after its figure ("2.5 Singapore cents", "45 kobo"). Every figure ends with
# a digit: a text with no digit right before such a unit ("pour cent", "centre") skips the rule.
_CENTS = (
    r"(?:\s(?P<a>euro|(?-i:U\.?S\.?|[A-Z][a-z]+(?: [A-Z][a-z]+)?)))?\s?"
    # "cps", cents per share; "ct./kWh", Swiss centimes per unit
    r"(?P<u>cents?|cps|ct(?=\.?\s?/)|centimes?|kobo|pesewas?|millimes?|paise|ngwee|thebe|toea|tambala)\b"
)
# What a text holds where `_CENTS` may match: the rule is read only there.
_CENT_WORDS = (
    *("cent", "cps", "ct.", "ct/", "kobo", "pesewa", "millime"),
    *("paise", "ngwee", "thebe", "toea", "tambala"),
)
# The sub-units named for one currency alone (`world.SUBUNITS`): "94 pesewas", "215 millimes", "85 kobo".
_ONE_CURRENCYS = frozenset(
    ["kobo", "pesewa", "pesewas", "millime", "millimes", "paise", "ngwee", "thebe", "toea", "tambala"]
)
_RULES: list[
    tuple[
        re.Pattern[str], Callable[..., list[Amount] | None], tuple[str, ...], Callable[[str], object] | None
    ]
] = [
    (_RANGE_SUFFIXED_RULE, _range, (), _TWO_NUMBERS.search),
    (_RANGE_PREFIXED_RULE, _range, (), _TWO_NUMBERS.search),
    (_SUFFIXED_RULE, _single, (), None),
    (_PREFIXED_RULE, _single, (), None),
    (
        pattern(_SPELLED, re.IGNORECASE),
        _spelled,
        ("million", "milliard", "billion", "thousand", "mille"),
        _word_then_thousands,
    ),
    (_SPELLED_WORLD, _spelled_world, ("million", "milliard", "billion"), _word_then_scale),
    (
        _SPELLED_PLAIN_RULE,
        _spelled_plain,
        _SPELLED_CURRENCIES,
        None,
    ),
    (pattern(_PENCE), _pence, ("£", "gbp", "pence"), None),
    (pattern(_SHORT_CENT), _short_cent, (), pattern(r"\dc\b").search),
    (
        pattern(
            rf"(?:(?<![\w$])(?P<p>(?-i:HK|US|NZ|S|A|C|RMB))(?P<pn>{NUMBER_AFTER_CODE})|(?P<n>{NUMBER})){_CENTS}",
            re.IGNORECASE,
        ),
        _cents,
        _CENT_WORDS,
        pattern(rf"\d{_CENTS}", re.IGNORECASE).search,
    ),
    (_SPELLED_CENTS, _spelled_cents, ("cents",), None),
    (_WORLD_AFTER, _world_after, (), None),
    (_WORLD_BEFORE, _world_before, (), None),
    (_WORLD_SIGN, _world_sign, (), pattern(f"[{world.SIGNS}]").search),
]


def _matches(text: str, locale: _Locale) -> Iterator[tuple[int, int, list[Amount]]]:
    lowered = text.lower()
    gates: dict[Callable[[str], object], bool] = {}  # both range rules share theirs: read it once
    suffixed, prefixed = list(_SUFFIXED_RULE.finditer(text)), _prefixed(text)
    for rule, handler, triggers, looser in _RULES:
        if triggers and not any(t in lowered for t in triggers):
            continue
        if (rule is _RANGE_SUFFIXED_RULE and not suffixed) or (rule is _RANGE_PREFIXED_RULE and not prefixed):
            continue
        if looser is not None and looser not in gates:
            gates[looser] = bool(looser(text))
        if looser is not None and not gates[looser]:
            continue
        for m in _rule_matches(rule, text, suffixed, prefixed):
            found = handler(m, text, locale)
            if found is not None:
                yield m.start(), m.end(), found


def _rule_matches(
    rule: re.Pattern[str], text: str, suffixed: list[re.Match[str]], prefixed: list[re.Match[str]]
) -> Iterable[re.Match[str]]:
    """A rule's matches: the single rules' as read already (`suffixed`, `prefixed`), the prefixed
    ranges' where one can open."""
    if rule is _SUFFIXED_RULE:
        return suffixed
    if rule is _PREFIXED_RULE:
        return prefixed
    if rule is _RANGE_SUFFIXED_RULE and not any(_ends_a_range(text, m.start()) for m in suffixed):
        return []
    if rule is _SPELLED_PLAIN_RULE:
        return _spelled_plain_matches(text)
    return _prefixed_ranges(text) if rule is _RANGE_PREFIXED_RULE else rule.finditer(text)


def _ends_a_range(text: str, start: int) -> bool:
    """Whether a suffixed sum opening at `start` can be a suffixed range's second end: a figure,
    perhaps its scale, then a join ("et", "to", a dash) before it, each apart by blanks ("10 et
    12 M€", "2 millions - 3 millions d'euros"). Every such range's second end is a match of the
    suffixed rule (nothing in a suffixed sum reaches over a join into the figure after it), so a
    text none of whose sums is joined so ("- 20 M€", a list's dash) skips the range rule's scan."""
    end = _before_blanks(text, start)
    tail = text[max(0, end - 3) : end].lower()
    join = next((len(j) for j in ("et", "to", "and", "à", "-", "–") if tail.endswith(j)), 0)
    if not join:
        return False
    end = _before_blanks(text, end - join)
    scale = end
    while scale and text[scale - 1].isalpha():
        scale -= 1
    end = _before_blanks(text, scale) if scale < end else end
    return end > 0 and text[end - 1].isdigit()


def _before_blanks(text: str, end: int) -> int:
    """Where the run of blanks (`\\s`) that ends at `end` starts."""
    while end and text[end - 1].isspace():
        end -= 1
    return end


_YEAR_LIKE = pattern(r"(?:19|20)\d\d")
# A figure written with a thousands or a decimal separator: a sum touching its code ("AED10,000").
_GROUPED = pattern(r"\d[,.]\d")
# Digits that are not counts: phone numbers ("04 78 63 40 40", "+44 20 7946 0321", "07700
# 900461", at least nine digits in all) and times of day ("à 18 heures", "at 9 am", "10h30").
_PHONE = pattern(  # opens on "+" or "0", matched first (see NUMBER), what is before tested from behind it
    r"(?:\+(?<![\w+]\+)\d{1,3}[ .\u00a0-]?(?:\(0\)[ .\u00a0-]?)?|0(?<![\w+]0))"
    r"\d{1,5}(?:[ .\u00a0-]?\d{2,6})+(?!\d)"
)
_PHONE_DIGITS = 9
_TIME = pattern(
    r"\b(?:à|vers|dès|jusqu'à|at|from|until|by)\s+\d{1,2}\s?(?:h\b|heures?\b|h\d{2}|[:.]\d{2}|[ap]\.?m\b)"
    r"|\b\d{1,2}h\d{2}\b|\b\d{1,2}\s?h(?:eures?)?\s*(?:à|-|–|to)\s*\d{1,2}\s?h",
    re.IGNORECASE,
)
# What every time of day holds, a digit then "h", ":30", ".30" or "am": a scan that jumps from
# digit to digit, which most releases fail, spares them `_TIME`'s scan of every offset.
_TIME_CUE = pattern(r"\d\s?(?:h|[:.]\d\d|[ap]\.?m)", re.IGNORECASE)


_NOT_DIGIT = pattern(r"\D")


def _not_counts(text: str) -> list[tuple[int, int]]:
    """Spans of phone numbers and times of day, whose digits are never quantities."""
    phones = [m.span() for m in _PHONE.finditer(text) if len(_NOT_DIGIT.sub("", m[0])) >= _PHONE_DIGITS]
    times = _TIME.finditer(text) if _TIME_CUE.search(text) else ()
    return phones + [m.span() for m in times]


_PERCENT = pattern(r"%|(?:pour|per)\s?cent|percent", re.IGNORECASE)


def _quantities(text: str, english: bool, taken: list[tuple[int, int]]) -> list[Quantity]:
    found, taken = [], taken + _not_counts(text)
    for m in _QUANTITY.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if m["u"].isalpha() and (_YEAR_LIKE.fullmatch(m["n"]) or fold(m["u"]) in MONTHS):
            continue  # "2018 les ...", "9 septembre": a year or a day, not a count
        value = parse_number(m["n"], english)
        unit = "%" if _PERCENT.fullmatch(m["u"]) else m["u"]
        found.append(Quantity(text=m[0], start=m.start(), end=m.end(), value=float(value), unit=unit))
    return found


# A table that states its unit once, in its header or the line above it ("(en M€)", "(in £m)",
# "(Rs crore)", "(€000)"): each figure in its rows is a sum of that unit. Tables reach enrich as
# rows of cells split by " | " (ingest's docx) or by tabs; a row's first cell is its label.
# A caption may say more around the unit: "(unaudited; in thousands, except per share data)",
# "(en millions de dollars, sauf les montants par action)"; a scale alone ("in thousands") takes
# the currency of the signs in the table's cells.
_TABLE_UNIT = pattern(
    r"\((?:[^()\n;,]{1,40}[;,]\s*)?"  # "(unaudited; in £m)", "(unaudited, in thousands)"
    r"(?:[^\W\d_]+\s+){0,2}?"  # what the figures are, before "in": "(montants en millions de FCFA)"
    rf"(?:en\s+|in\s+)?(?:(?P<s1>{SCALE}|milliers?)\.?\s*(?:d{APOS}|de\s+|of\s+)?"
    rf"(?P<c1>{_SUFFIX_CURRENCY}|{_PREFIX_CURRENCY})"
    rf"|(?P<c2>{_PREFIX_CURRENCY}|{_SUFFIX_CURRENCY})\.?\s*(?:in\s+)?(?P<s2>{SCALE}|['’]?000s?\b)"
    r"|(?<=in\s)(?P<s3>thousands|millions|billions))"
    # "; unaudited", ", TTC", ", exercices terminés le 31 mars"
    r"\s*(?:[;,]\s*[^()\n]{1,80})?\)",
    re.IGNORECASE,
)
# A cell's figure, perhaps after its sign ("$ 1,250", "$ (0.61)").
_CELL = pattern(rf"(?P<sign>[$£€][ \t]*)?\(?[-–−+]?\s?(?P<n>{NUMBER})\)?")
_SCALED_CELL = pattern(rf"(?P<n>{NUMBER})[ \t]?(?P<s>{SCALE})", re.IGNORECASE)
# A row of figures per share is never scaled with the table: "Net loss per share", "Bénéfice par action",
# "EPS (₹)".
_PER_SHARE = pattern(
    r"\b(?:per\s+(?:(?:common|stock|ordinary|basic|diluted)\s+(?:and\s+diluted\s+)?)?(?:share|unit)"
    r"|par\s+(?:action|part)|(?-i:EPS|DPS|BPA|BNPA))\b",
    re.IGNORECASE,
)
# A row in hundredths: "Dividend per share (cent)", "EPS (pence)", "(p)"; of the table's currency, or
# of the one its bracket names ("(US cents)", "(HK cents)", "(RMB cents)", "(Singapore cents)").
_SUBUNIT_ROW = pattern(
    r".*\((?:(?P<p>(?-i:[A-Z]{1,3}))\$?\s|(?P<a>(?-i:[A-Z][a-z]{3,}))\s)?"
    rf"(?:cents?|c|cps|pence|p|centimes?|subunit|(?:{'|'.join(world.SUBUNITS)})s?)\)\s*",
    re.IGNORECASE,
)


def _row_factor(label: str, factor: Decimal) -> Decimal:
    """The table's scale for a row, but hundredths for a row in cents and units for one per share."""
    # its own words may follow the bracket ("Earnings per share (RMB cents) Basic and diluted"), not
    # a list's letter ("(c) Other income")
    if _SUBUNIT_ROW.fullmatch(label) or (_SUBUNIT_ROW.match(label) and label[:1] != "("):
        return Decimal("0.01")
    return Decimal(1) if _PER_SHARE.search(label) and factor > 1 else factor  # pence stay pence


def _heading_unit(
    heading: str | None, label: str, unit: tuple[Decimal, str], locale: _Locale
) -> tuple[Decimal, str]:
    """`_row_factor` for the row's label, or else for the heading of its group: units under
    "Per Share Data" (over "Book value"), hundredths under "Earnings per share (RMB cents)"; in
    hundredths, of the currency the bracket names ("(HK cents)" in a table in RMB millions)."""
    factor, code = unit
    own, read = _row_factor(label, factor), label
    if own == factor and heading is not None:
        own, read = _row_factor(heading, factor), heading
    if own != factor and (m := _SUBUNIT_ROW.match(read)) and (m["p"] or m["a"]):
        letters = m["p"] and _currency(m["p"] if m["p"] == "RMB" else m["p"] + "$", locale)
        code = letters or (m["a"] and world.cent_of(m["a"], _DOLLARS)) or code
    return own, code


# A line of a table laid out with blanks that holds a figure after a gap: a row, not a heading.
_ROW_WITH_FIGURES = pattern(r"\S(?: {2,}|\t)[-–−(]?[$£€]?\s?\d")
_HEADING_LINES = 12


def _group_heading(text: str, at: int) -> str | None:
    """The heading over the rows of a table's group the row at `at` is in: the nearest line above
    it that holds no figure ("Per Share Data", "Netback ($/boe)"), up over its sibling rows, with
    rows of figures above it too (a line over the table's first row is its caption or title, read
    as such); none past a blank line, which ends the table."""
    end = text.rfind("\n", 0, at)
    for _ in range(_HEADING_LINES):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            return None
        if not _ROW_WITH_FIGURES.search(line):
            heading = line.strip()
            above = text[text.rfind("\n", 0, max(start - 1, 0)) + 1 : max(start - 1, 0)]
            inside = bool(_ROW_WITH_FIGURES.search(above))  # rows above it too: not the table's caption
            return heading if inside and len(heading.split()) <= _HEADER_WORDS else None
        end = start - 1
    return None


_CELLS = pattern(r"[^|\t]+")
# A row that counts rather than sums, under a table of money: its label opens on a count or is
# a headcount, or it names a unit of its own ("Number of branches", "Effectifs", "Marge (%)",
# "Capacity (MW)"); "Staff costs" stays a sum.
_COUNT_ROW = pattern(
    r"\s*(?:(?:nombre\s+d|nb\b|number\s+of|no\.\s+of).*"
    r"|(?:effectifs?|headcount|employees|staff|FTEs?|ETP|salariés|collaborateurs)\b(?:\s*\([^)]*\))?\s*"
    r"|.*(?:\((?:en\s+|in\s+)?(?:nombre|number|units?|unités|[kMG]?Wh?|km|m[²23]|ha|t|tonnes|kg"
    r"|[kM]?oz|ounces|onces|[kM]?lbs?|bbls?|barrels|boe|(?:mm|b)?cf|mcf|carats|kt|Mt"
    r"|years?|yrs|months|days|ans|années|mois|jours|times|x)(?:/d|/day|pd)?\)|%).*"  # "Payback (years)"
    r"|.*\b(?:shares|actions)\b.*\((?:['’]?000s?|millions?|m|mn|milliers)\)\s*"  # "Shares in issue ('000)"
    # "Weighted-average shares outstanding", and its kinds after it ("..., basic and diluted")
    r"|.*\bshares(?:\s+outstanding)?(?:\s*[,:\-–]?\s*(?:basic|diluted)(?:\s+(?:and|&)\s+diluted)?)?\s*)",
    re.IGNORECASE,
)


def _counts(text: str, label: Cell) -> bool:
    """Whether a row counts rather than sums: its label says so, or it is a line indented under a
    heading that does ("Weighted average shares outstanding:" over "  Basic" and "  Diluted"; the
    first of them joined to it, "Weighted average shares outstanding: Basic")."""
    heading, colon, _ = label.text.partition(":")
    if _COUNT_ROW.fullmatch(label.text) or (colon and _COUNT_ROW.fullmatch(heading)):
        return True
    return _under_a_count_heading(text, label.start)


def _under_a_count_heading(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    indent = _indent(text, line_start)
    if indent == 0 or line_start == 0:
        return False
    end = line_start - 1
    for _ in range(_HEADING_REACH):  # up over its siblings to the first line less indented
        start = text.rfind("\n", 0, end) + 1
        if _indent(text, start) < indent:
            heading = text[start:end].strip()
            return (
                heading.endswith(":")
                and not _DIGIT.search(heading)
                and bool(_COUNT_ROW.fullmatch(heading[:-1]))
            )
        if start == 0:
            return False
        end = start - 1
    return False


_HEADING_REACH = 6


def _indent(text: str, line_start: int) -> int:
    end = line_start
    while end < len(text) and text[end] in " \t":
        end += 1
    return end - line_start


def _table_figures(text: str, locale: _Locale) -> list[Amount]:
    """The figures of each table whose header, or the line above it, states the unit of its
    sums; a row whose label states a unit of its own ("Revenue (KSh million)", "EPS (KSh)") is
    read in that unit."""
    found, headers, signed = _column_figures(text, locale)
    rows_read: set[int] = set()
    captioned: set[int] = set()
    for unit in _TABLE_UNIT.finditer(text):
        sign = unit["c1"] or unit["c2"] or _sign_in_rows(text, unit.end())
        code = _currency(sign, locale) if sign else unit["s3"] and locale.prose_currency
        line_start = text.rfind("\n", 0, unit.start()) + 1
        captioned.add(line_start)
        if code is None or line_start in headers or _in_figure_row(text, line_start, unit.start()):
            continue  # a column's unit, read with its column; a row's own unit, read with its row
        found += _caption_rows(text, unit.end(), (_caption_factor(unit), code), locale, rows_read)
    for end, named in _world_captions(text, locale, captioned | headers):
        found += _caption_rows(text, end, named, locale, rows_read)
    return found + _rows_with_own_unit(text, rows_read, locale) + signed  # a caption's reading first


# A table's sub-heading, a line of a few words and no figure, over rows it groups ("Sources", "Uses").
_SUBHEADING = pattern(r"[ \t]*[^\W\d_][^\W\d_'’&-]*(?:[ \t][^\W\d_'’&-]+){0,3}:?[ \t]*")


def _caption_rows(
    text: str, end: int, unit: tuple[Decimal, str], locale: _Locale, rows_read: set[int]
) -> list[Amount]:
    """The figures of the rows under a caption ending at `end`, in its unit."""
    found = []
    percent: set[int] = set()  # the columns a header names as percents ("% Change"): no sums
    per_share: set[int] = set()  # and those it names per share ("Per diluted share"): in units
    row_start = _next_line(text, end)
    while row_start > 0:
        row_end = text.find("\n", row_start)
        row_end = len(text) if row_end < 0 else row_end
        cells = _line_cells(text, row_start, row_end) or _labelled_figure(text, row_start, row_end)
        if not cells and _SUBHEADING.fullmatch(text, row_start, row_end) and row_end < len(text):
            row_start = row_end + 1  # "Sources" over its rows: the table goes on
            continue
        if not cells:
            break
        rows_read.add(row_start)
        header = not holds_figures(tuple(Cell(c.start, c.end, c.text.strip()) for c in cells))
        if header and not (percent or per_share):
            percent = {i for i, cell in enumerate(cells) if i and "%" in cell.text}
            per_share = _per_share_columns(cells)
        for part, own in _split_per_share(cells, per_share, unit, percent):
            found += _row_figures(text, part, own, locale)
        row_start = row_end + 1 if row_end < len(text) else 0
    return found


# A caption whose bracket at its end names a currency only `world` reads: "Financing plan (Rwf)".
_WORLD_CAPTION = pattern(r"^[^\n\d|\t]{1,80}\(([^()\n\d]{1,16})\)[ \t]*$", re.MULTILINE)


def _world_captions(text: str, locale: _Locale, read: set[int]) -> Iterator[tuple[int, tuple[Decimal, str]]]:
    """Where each such caption ends, with its unit; not a line another reader took."""
    if "(" not in text:
        return
    for m in _WORLD_CAPTION.finditer(text):
        if m.start() not in read and (unit := _cell_unit(Cell(m.start(1), m.end(1), m[1]), locale)):
            yield m.end(), unit


def _caption_factor(unit: re.Match[str]) -> Decimal:
    return scale_factor(unit["s1"] or unit["s3"] or _SIGN_THOUSANDS.sub("k", unit["s2"]))


def _line_cells(text: str, start: int, end: int) -> list[Cell]:
    """A line's cells between its bars or tabs, blanks and all; none in a line with neither."""
    if "|" not in text[start:end] and "\t" not in text[start:end]:
        return []
    return [Cell(m.start(), m.end(), m[0]) for m in _CELLS.finditer(text, start, end)]


# A row written as its label, a colon and its one figure: "Scholarships: 39.7" under "(₹ crore)".
# Or its label, a dotted leader and its figure ("Port of Colombo ........ 128,415"); the figure
# may carry its own scale ("IFAD loan and grant: 49.2 billion" under "Financing plan (Rwf)").
_LINE_FIGURE = rf"([ \t]*\(?[-–−]?\d[\d.,' ]*\)?(?:[ \t]?{SCALE})?)[ \t]*$"  # the line's one figure, last
_LABELLED_FIGURE = pattern(rf"([^\n:|\t]{{1,60}}?)(?::|[ \t]*\.{{3,}}){_LINE_FIGURE}", re.IGNORECASE)
# A label holding a colon of its own before its dotted leader: "- Lot 1 : Ebolowa – Akom II ...... 44,1"
_LEADER_FIGURE = pattern(rf"([^\n|\t]{{1,80}}?)[ \t]*\.{{3,}}{_LINE_FIGURE}", re.IGNORECASE)


def _labelled_figure(text: str, start: int, end: int) -> list[Cell]:
    """The label and the figure of a line written "Label: figure" or "Label ..... figure", else nothing."""
    m = _LABELLED_FIGURE.match(text, start, end)
    if m is None and text.find("...", start, end) >= 0:
        m = _LEADER_FIGURE.match(text, start, end)
    return [Cell(m.start(1), m.end(1), m[1]), Cell(m.start(2), m.end(2), m[2])] if m else []


_CELL_SIGN = pattern(r"(?:^|[|\t]|  )\s*([$£€])[ \t]*\(?\d")  # after a bar, a tab or a column's gap
_SIGN_ROWS_WIDTH = 2000


def _sign_in_rows(text: str, offset: int) -> str | None:
    """The currency sign opening a cell of the table after a caption that gives only a scale."""
    m = _CELL_SIGN.search(text, offset, min(len(text), offset + _SIGN_ROWS_WIDTH))
    return m[1] if m else None


def _next_line(text: str, offset: int) -> int:
    """Where the first line with text after the one holding `offset` starts; 0 when none does."""
    start = text.find("\n", offset) + 1
    while start and text.find("\n", start) > start - 1 and not text[start : text.find("\n", start)].strip():
        start = text.find("\n", start) + 1
    return start


# A row label's own unit: a currency, perhaps scaled, in brackets at the end of the label; the
# scale after it ("(KSh million)", "(£000)") or before it ("(MF CFP)", "(millions de dirhams)").
_ROW_UNIT = pattern(
    rf"\((?:(?P<s0>{SCALE}|milliers?)\.?\s*(?:d{APOS}|de\s+|of\s+)?)?"
    rf"(?P<c>{_PREFIX_CURRENCY}|{_SUFFIX_CURRENCY})\.?['’]?\s*(?:(?:in\s+|en\s+)?(?P<s>{SCALE}|milliers?|000s?)\.?)?"
    r"(?:\s?(?:/|per\s)\s?[^\W\d]{1,8}(?:\s[^\W\d]{1,8})?)?\s*\)"  # a price per unit: "($/oz sold)"
    r"(?:\s*\(\d{1,2}\))*\s*$",  # and its notes' calls: "AISC ($/oz)(1)"
    re.IGNORECASE,
)


# ... or after a comma at the label's end, or alone, as Nordic reports write it: "Net sales, SEK m",
# "Earnings per share, SEK", "EUR thousand".
_COMMA_UNIT = pattern(
    rf"(?:^|,\s+)(?P<c>{_PREFIX_CURRENCY}|{_SUFFIX_CURRENCY})\.?\s*(?:(?P<s>{SCALE}|000s?)\.?)?\s*$",
    re.IGNORECASE,
)


def _label_unit(label: str, locale: _Locale) -> tuple[Decimal, str] | None:
    if (comma := _COMMA_UNIT.search(label)) and (code := _currency(comma["c"], locale)):
        scale = comma["s"]
        return scale_factor(
            _SIGN_THOUSANDS.sub("k", scale) if scale else _SCALED_SIGNS.get(comma["c"].lower())
        ), code
    m = _ROW_UNIT.search(label)
    code = _currency(m["c"], locale) if m else None
    if m is None and (other := _LAST_BRACKET.search(label)):  # "EPS (Tk.)": a unit only `world` reads
        return _cell_unit(Cell(other.start(1), other.end(1), other[1]), locale)
    if m is None or code is None:
        return None
    scale = m["s0"] or m["s"]  # or the sign's own: "(MD)", millions of dinars
    return scale_factor(_SIGN_THOUSANDS.sub("k", scale) if scale else _SCALED_SIGNS.get(m["c"].lower())), code


_LAST_BRACKET = pattern(r"\(([^()\n]{1,16})\)(?:\s*\(\d{1,2}\))*\s*$")
_IN_BRACKET = pattern(r"\(((?:in|en)\s[^()\n]{1,60})\)\s*$", re.IGNORECASE)  # a caption's, at its end
# ... or after a dash at the end of the title line: "Données auditées – en millions de FCFA"
_DASHED_UNIT = pattern(r"\s[–—-]\s+((?:in|en)\s[^()\n–—]{1,60})$", re.IGNORECASE)


def _in_figure_row(text: str, line_start: int, offset: int) -> bool:
    """Whether `offset` is in the label cell of a table row that holds figures (not years)."""
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end < 0 else line_end
    if "|" not in text[line_start:line_end] and "\t" not in text[line_start:line_end]:
        return False
    cells = list(_CELLS.finditer(text, line_start, line_end))
    if len(cells) < 2 or offset >= cells[0].end():
        return False
    numbers = [m for m in (_CELL.fullmatch(c[0].strip()) for c in cells[1:]) if m]
    return bool(numbers) and not all(_YEAR_LIKE.fullmatch(m["n"]) for m in numbers)


def _rows_with_own_unit(text: str, rows_read: set[int], locale: _Locale) -> list[Amount]:
    """Rows outside a table with a unit whose label states theirs: lines with a cell break and a
    closing bracket (read line by line: one pattern over the text backtracks on every line)."""
    found: list[Amount] = []
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if start not in rows_read and ")" in line and ("|" in line or "\t" in line):
            found += _row_figures(text, _line_cells(text, start, end), None, locale)
        start = end + 1
    return found


# A row's number in a column of its own before its label: "1", "9.", "(a)", "ii)".
_SERIAL = pattern(r"\d{1,2}\.?|\(?(?:[a-z]|[ivx]{1,4})\)")
_WORD = pattern(r"[^\W\d_]{2,}")


def _row_figures(
    text: str,
    cells: Sequence[Cell],
    unit: tuple[Decimal, str] | None,
    locale: _Locale,
    hundredths: bool = False,
) -> list[Amount]:
    """A row's figures after its label, in its label's unit or else the table's; none in a row
    of years (the columns' heading), nor in a row whose label says it counts something other
    than money. With `hundredths` (a table no header gives a unit), a label's "(cents)" is one."""
    if not cells:
        return []
    if len(cells) > 2 and _SERIAL.fullmatch(cells[0].text.strip()) and _WORD.search(cells[1].text):
        cells = cells[1:]  # "9 | Earnings per share (₹) | 13.19": the row's number, then its label
    own = _label_unit(cells[0].text.strip(), locale)
    heading = _group_heading(text, cells[-1].start) if own is None and len(cells) > 1 else None
    if own is None and heading is not None and not _SUBUNIT_ROW.match(heading):
        own = _label_unit(heading, locale)  # under "Netback ($/boe)": dollars a barrel
    if own is None and hundredths and cells[0].text.rstrip().endswith(")"):
        own = _subunit_unit(cells[0].text[cells[0].text.rfind("(") :], locale)  # "Distribution (cents)"
    if own is None and unit is None and (scaled := _LABEL_SCALE.search(cells[0].text)):
        own = _signed_scale(cells[1:], scaled["s"], locale)  # "Acquisitions (in millions)   $300"
    if own is None and _counts(text, cells[0]):
        return []
    if own is None and unit is not None:  # "Net loss per share": dollars, whatever the table's scale
        unit = _heading_unit(heading, cells[0].text, unit, locale)
    unit = own or unit
    texts = [(cell, cell.text.strip()) for cell in _range_ends(cells[1:])]
    figures = [(cell, _CELL.fullmatch(t) or _SCALED_CELL.fullmatch(t)) for cell, t in texts]
    numbers = [(cell, m) for cell, m in figures if m]
    if unit is None or all(_YEAR_LIKE.fullmatch(m["n"]) for _, m in numbers):
        return []
    factor, code = unit
    amounts = []
    for cell, m in numbers:
        scale = m.groupdict().get("s")  # "IFAD loan: 49.2 billion" under "(Rwf)": the cell's own scale
        value = parse_number(m["n"], locale.english) * (scale_factor(scale) if scale else factor)
        if value:
            offset = cell.start + len(cell.text) - len(cell.text.lstrip())
            amounts.append(_amount(text, offset, offset + len(m[0]), value, code))
    return amounts


# A cell of a range, each end a figure: "1,400 - 1,500", "95 – 105" (guidance tables).
_RANGE_CELL = pattern(rf"(?P<a>\$?{NUMBER})[ \t]?[-–][ \t]?(?P<b>\$?{NUMBER})")


# A cell of this period's figure with the last one's in brackets after it: "301.5 (288.0)", "-3.4 (-2.7)".
_PRIOR_CELL = pattern(rf"(?P<a>[-–−]?{NUMBER})[ \t]+\((?P<b>[-–−]?{NUMBER})\)")


def _range_ends(cells: Sequence[Cell]) -> list[Cell]:
    """The cells, a range's two ends each a cell of its own, and a figure and the last period's
    bracketed after it each a cell of its own."""
    ends: list[Cell] = []
    for cell in cells:
        m = _RANGE_CELL.fullmatch(cell.text.strip()) or _PRIOR_CELL.fullmatch(cell.text.strip())
        if m is None or _YEAR_LIKE.fullmatch(m["a"].lstrip("$-–−")):  # "2025-26": a year's span
            ends.append(cell)
            continue
        at = cell.start + len(cell.text) - len(cell.text.lstrip())
        ends += [Cell(at + m.start(k), at + m.end(k), m[k]) for k in ("a", "b")]
    return ends


# A row's label that gives its scale alone, its cells their currency: "Acquisitions (in millions)".
_LABEL_SCALE = pattern(r"\((?:in\s+)?(?P<s>thousands|millions|billions)\)\s*$", re.IGNORECASE)


def _signed_scale(cells: Sequence[Cell], scale: str, locale: _Locale) -> tuple[Decimal, str] | None:
    """The row's unit: its label's scale in the one currency its cells' signs write."""
    signs = {m["sign"].strip() for cell in cells if (m := _CELL.fullmatch(cell.text.strip())) and m["sign"]}
    code = _currency(signs.pop(), locale) if len(signs) == 1 else None
    return (scale_factor(scale), code) if code else None


# A column's unit in its header cell: a currency, perhaps with its scale, anywhere in the cell
# ("Cost (KSh)", "Rs crore", "€m", "Montant (millions de DA)", "2025 (US$ '000)").
# "(k€)", "(M€)": the euro sign glued to its scale, which the header's scale reads apart.
# A currency a header cell states; one written in letters is a word of its own ("Audited" holds no AUD).
_HEADER_CURRENCY = pattern(
    rf"(?<![^\W\d_])(?:{_PREFIX_CURRENCY})(?:(?<![^\W\d_])|(?!(?!(?:m|mn|bn|k)\b)[^\W\d_]))"
    rf"|(?<![^\W\d_]){_SUFFIX_CURRENCY}|(?<=[kKmM])€|(?<=Md)€|(?<=Mds)€|(?<=Mrd)€",
    re.IGNORECASE,
)
_HEADER_SCALE = pattern(rf"(?<![^\W\d_])(?:{SCALE}|milliers?\b)|['’]000\b", re.IGNORECASE)
_SIGN_THOUSANDS = pattern(r"['’]?000s?\b")
_FIGURE_AFTER_SIGN = pattern(r"\s?\(?\d")
_HEADER_WORDS = 6  # a longer cell is a sentence, not a column's name
# A scale glued to a currency's ISO code, as Maghreb and European statements head their columns:
# "KMAD" (thousands of dirhams), "MEUR", "MUSD".
_GLUED_CODE = pattern(r"(?<![^\W\d_])(?P<s>[KM])(?P<c>[A-Z]{3})\b")
# A header's multiplier, the Benelux and French way of a table's thousands: "(x 1 000 €)",
# "(× 1.000 EUR)", "(x €1,000)".
_MULTIPLIER = pattern(r"(?<![^\W\d_])[x×]\s?(?:[$£€]\s?)?1(?P<z>(?:[ \u00a0\u202f.,’']?000){1,3})(?!\d)")


def _header_unit(cell: Cell, locale: _Locale) -> tuple[Decimal, str] | None:
    """The unit a header cell gives its column's sums, else None."""
    if len(cell.text.split()) > _HEADER_WORDS:
        return _stacked_unit(cell, locale)
    if (glued := _GLUED_CODE.search(cell.text)) and (code := world.by_code(glued["c"])):
        return scale_factor("k" if glued["s"] == "K" else "m"), code  # "En KMAD", "MEUR"
    m = _HEADER_CURRENCY.search(cell.text)
    code = _currency(m[0], locale) if m else None
    if code and (times := _MULTIPLIER.search(cell.text)):  # "(x 1 000 €)": thousands of euros
        return Decimal(1000) ** times["z"].count("000"), code
    if m is None:  # no currency the rules know: the first token that names another one
        named = ((t, _world_token(t[0], locale)) for t in _HEADER_WORLD.finditer(cell.text))
        m, code = next(((t, c) for t, c in named if c), (None, None))
    if m is None and (m := _LOCAL_SIGN_CELL.search(cell.text)):  # "2027/28 (R)": the rand, at home only
        code = _currency(m[1], locale)
    if m is None or code is None:
        return _subunit_unit(cell.text, locale)  # "NAV bridge (pence per share)", "DPS (cents)"
    if _FIGURE_AFTER_SIGN.match(cell.text, m.end()) and not _SIGN_THOUSANDS.match(cell.text, m.end()):
        return None  # "$3.2 million": a sum in the first row of a table with no header, no unit
    scale = _HEADER_SCALE.search(cell.text.replace(m[0], " " * len(m[0])))
    if _SIGN_THOUSANDS.match(cell.text, m.end()):  # "($000)", "€000": the sign's thousands
        return Decimal(1000), code
    word = scale[0].strip("'’").replace("000", "k") if scale else _SCALED_SIGNS.get(m[0].strip().lower())
    return scale_factor(word), code


# A currency's hundredths named in a header or a label ("(cents)", "pence per share", "(thebe)").
# "c/kℓ", "c/kWh": a tariff's cents per unit; "(p)" alone in its bracket, pence among pounds.
_SUBUNIT_WORD = pattern(
    rf"(?<![^\W\d_])(?P<u>cents?|pence|c(?=\s?/\s?[^\W\d_])|(?<=\()p(?=\))|{'|'.join(_ONE_CURRENCYS)})\b",
    re.IGNORECASE,
)


def _subunit_unit(cell: str, locale: _Locale) -> tuple[Decimal, str] | None:
    """The hundredths a header or a label names: pence are the pound's, a sub-unit of one currency
    that currency's at home, a cent the release's country's where it has cents, else the cent of
    the currency the release writes most."""
    m = _SUBUNIT_WORD.search(cell)
    if m is None:
        return None
    unit, local = m["u"].lower(), locale.money.local
    if unit == "p" and (locale.prose_currency or local) != "GBP":
        return None  # "(p)" is pence in a release whose sums are in pounds, or from the UK
    if unit in ("pence", "p"):
        code: str | None = "GBP"
    elif unit in _ONE_CURRENCYS:
        code = world.subunit(unit, local)
    else:
        code = local if local in world.CENTS else locale.prose_currency
    return (Decimal(1) / world.subunit_parts(unit), code) if code else None


# A letter that is a currency's sign only at home, alone in a header's bracket: "Tariff (R)".
_LOCAL_SIGN_CELL = pattern(rf"\(({'|'.join(_LOCAL_SIGNS)})\)")
# Any other currency in a header: a sign, a code, a sign at home or a name ("Contract sum (GH₵)",
# "Montant (millions Ar)", "RM million", "Coût (gourdes)").
_HEADER_WORLD = pattern(
    rf"[{world.SIGNS}]|(?<![\w.])(?:{_DOLLAR_AT_HOME}|[A-Z]{{3}}|{_HOME}|[^\W\d_]{{3,}})(?!\w|['’](?!000\b))"
)  # a sign before its thousands: "P'000", "J$'000"


def _world_token(token: str, locale: _Locale) -> str | None:
    """The currency one token of a header names: a sign, its ISO code, its sign at home, or its
    ISO name written in lower case ("sum" is the som, at home only)."""
    local = locale.money.local
    if token in world.SIGNS:
        return world.by_sign(token, local)
    if token in _SIGNS_OF_LETTERS:
        return world.at_home(token, _home_of(token, locale))
    if token.endswith("$"):
        return world.dollar_at_home(token[:-1], local)
    if token.isupper() and len(token) == 3:
        return world.by_code(token)
    return world.by_name(token, None, False, local)[0] if token.islower() else None


def _column_figures(text: str, locale: _Locale) -> tuple[list[Amount], set[int], list[Amount]]:
    """The sums of each table whose header names the unit of its columns: a column under a
    currency ("Cost (KSh)") holds sums in it, and one under no currency ("Tonnes", "Projet")
    none, when another column names one; a unit in the corner cell ("€m") is every column's.
    Also the offsets of the header rows read, whose units the captions' reader leaves alone, and
    the sums of the tables no header or caption gives a unit, read by their cells' signs."""
    found: list[Amount] = []
    signed: list[Amount] = []
    headers = set()
    above: tuple[Table, list[tuple[Decimal, str] | None]] | None = None
    captioned: tuple[Table, tuple[Decimal, str]] | None = None  # the last table read in its caption's unit
    for table in tables(text, aligned=True):
        units, rows = [_header_unit(cell, locale) for cell in table.header], table.rows
        if not any(units) and above and _dates_again(text, above[0], table):
            units = above[1]  # "31.12.2025  31.12.2024" under the income lines: the same columns' units
        above = (table, units) if any(units) else None
        if not any(units) and rows and (under := _unit_row(rows[0], units, locale)):
            units, rows = under, rows[1:]  # the header's last line the units alone: "" | "£000" | "£000"
        if not any(units):
            unit = _caption_of(text, table, locale) or _caption_again(text, captioned, table)
            by_column = _rows_by_unit_column(text, table, locale)
            found += by_column or _rows_under_caption(text, table, unit, locale)
            signed += _signed_rows(text, table, locale) if unit is None and table.spaced else []
            captioned = (table, unit) if unit else None
            continue
        captioned = None
        if table.spaced:  # its rows with a unit of their own, which no reader of lines sees
            found += [
                a for row in _without_percents(table, rows) for a in _row_figures(text, row, None, locale)
            ]
        headers.add(text.rfind("\n", 0, table.header[0].start) + 1)
        by_corner = not any(units[1:])  # "€m" | "2025" | "2024": the corner's unit is every column's
        columns = (
            [None if _COUNT_ROW.fullmatch(c.text) else units[0] for c in table.header] if by_corner else units
        )
        for row in rows:
            if restated := _unit_row(row, columns, locale):
                columns = restated
                continue
            found += _column_row(text, row, columns, by_corner, locale)
    return found, headers, signed


def _signed_rows(text: str, table: Table, locale: _Locale) -> list[Amount]:
    """A table laid out with blanks whose header and caption give no unit: its rows from the first
    with a signed cell to the last, in units of the one currency the signs write. A US statement
    signs its first row and its totals alone: "$ 0.87" over "0.08" and "0.09" over "$ 1.04"."""
    rows = _without_percents(table, table.rows)
    signed = [
        {
            i: (m["sign"] or "").strip()
            for i, cell in enumerate(row)
            if i and (m := _CELL.fullmatch(cell.text.strip()))
        }
        for row in rows
    ]
    signs = [{sign for sign in row.values() if sign} for row in signed]
    written = set().union(*signs)
    code = _currency(written.pop(), locale) if len(written) == 1 else None
    marked = [i for i, sign in enumerate(signs) if sign]
    if code is None or not marked:
        return []
    unit = (Decimal(1), code)
    # a column no row signs counts, beside the sums ("Groups funded  46  $1,612,400")
    summed = {i for row in signed for i, sign in row.items() if sign}
    kept = [tuple(c for i, c in enumerate(row) if not i or i in summed) for row in rows]
    return [a for row in kept[marked[0] : marked[-1] + 1] for a in _row_figures(text, row, unit, locale)]


def _dates_again(text: str, above: Table, table: Table) -> bool:
    """A table's next section one blank line under it, under a header of its own that only dates
    its columns again ("31.12.2025  31.12.2024" for the balance-sheet lines under the income
    lines): as many columns, each a date or a year."""
    if not above.rows or len(table.header) != len(above.header) or len(table.header) < 2:
        return False
    return _section_apart(text, above, table) == [] and _dates_its_columns(table.header)


def _unit_row(
    row: tuple[Cell, ...], columns: list[tuple[Decimal, str] | None], locale: _Locale
) -> list[tuple[Decimal, str] | None] | None:
    """A row with no label whose cells each name a unit ("" | "pence" | "pence"), a second header
    part-way down a table: the units of its columns from there on, else None."""
    if row[0].text.strip() or not any(cell.text.strip() for cell in row[1:]):
        return None
    units = list(columns) + [None] * (len(row) - len(columns))
    for i, cell in enumerate(row[1:], 1):
        if not cell.text.strip():
            continue
        if _figure_in_unit(cell.text) or (unit := _header_unit(cell, locale)) is None:
            return None
        units[i] = unit
    return units


def _figure_in_unit(cell: str) -> bool:
    """A figure in a cell, not a sign's thousands ("£000", "$'000")."""
    return bool(_DIGIT.search(_SIGN_THOUSANDS.sub("", cell)))


_UNIT_CELL_WORDS = 3  # "Rs. Mn", "€ m", "KSh": a cell that states a unit alone is short


def _stacked_unit(cell: Cell, locale: _Locale) -> tuple[Decimal, str] | None:
    """The unit of a header cell whose lines the table stacked into one ("Six months ended | 31
    Aug 2027 | Rm"): the one its last words state with no figure ("Rm", "(US$ '000)"); else None
    (a longer cell is a sentence)."""
    words = cell.text.split()
    for n in range(_UNIT_CELL_WORDS, 0, -1):
        tail = " ".join(words[-n:])
        if not _figure_in_unit(tail) and (
            unit := _header_unit(Cell(cell.end - len(tail), cell.end, tail), locale)
        ):
            return unit
    return None


def _cell_unit(cell: Cell, locale: _Locale) -> tuple[Decimal, str] | None:
    """The unit a cell states with nothing else: each word a currency or a scale ("Rs. Mn"),
    not a name that holds one ("Euro area")."""
    unit = _PER_QUANTITY.sub("", cell.text)  # "GH₵/kWh", "€ per MWh": a price of each unit
    # "in" or "en" between a currency and its scale says nothing more: "(Tk in crore)"
    words = [w for w in unit.strip("()").split() if w.lower() not in _UNIT_LINKS]
    if len(words) > _UNIT_CELL_WORDS or not all(map(partial(_unit_word, locale=locale), words)):
        return None
    return _header_unit(Cell(cell.start, cell.start + len(unit), unit), locale)


_UNIT_LINKS = frozenset(["in", "en"])
_PER_QUANTITY = pattern(r"\s?(?:/|per )\s?[^\W\d_][\w³²]*$")


def _unit_word(word: str, locale: _Locale) -> bool:
    if _HEADER_CURRENCY.fullmatch(word) or _HEADER_SCALE.fullmatch(word):
        return True
    return bool(_HEADER_WORLD.fullmatch(word) and _world_token(word, locale))


def _rows_by_unit_column(text: str, table: Table, locale: _Locale) -> list[Amount]:
    """A table with a column of units, one a row ("Unit": "Rs. Mn", "Rs.", "number"): each row's
    figures in its own, none in a row whose unit is no currency. A unit column holds no figure,
    and a currency in at least one of its cells."""
    width = max(len(row) for row in table.rows)
    for column in range(1, width):
        cells = [row[column] for row in table.rows if column < len(row) and row[column].text]
        if not cells or any(is_figure(cell) or _DIGIT.search(cell.text) for cell in cells):
            continue
        units = [_cell_unit(row[column], locale) if column < len(row) else None for row in table.rows]
        if not any(units):
            continue
        found = []
        for row, unit in zip(table.rows, units, strict=True):
            others = [row[0]] + [cell for i, cell in enumerate(row) if i not in (0, column)]
            found += _row_figures(text, others, unit, locale)
        return found
    return []


def _caption_of(text: str, table: Table, locale: _Locale) -> tuple[Decimal, str] | None:
    """The unit a table's caption states: in its corner cell, above it or under its header."""
    return (
        _corner_caption(text, table, locale)
        or _unit_above(text, table, locale)
        or _unit_below(text, table, locale)
    )


def _rows_under_caption(
    text: str, table: Table, unit: tuple[Decimal, str] | None, locale: _Locale
) -> list[Amount]:
    """A table whose header names no unit: its rows in the caption's unit, or each in its own."""
    if unit is None and not table.spaced:
        return []  # a row of cells split by bars or tabs is read with its own unit line by line
    if unit is None:
        rows = _without_percents(table, table.rows)
        return [a for row in rows for a in _row_figures(text, row, unit, locale, True)]
    percent = {i for i, cell in enumerate(table.header) if i and "%" in cell.text}
    per_share = _per_share_columns(table.header)
    return [
        a
        for row in table.rows
        for cells, own in _split_per_share(row, per_share, unit, percent)
        for a in _row_figures(text, cells, own, locale)
    ]


def _per_share_columns(header: Sequence[Cell]) -> set[int]:
    """The columns a header names as figures per share ("Per diluted share", "EPS"): never scaled."""
    return {i for i, cell in enumerate(header) if i and _PER_SHARE.search(cell.text)}


def _split_per_share(
    row: Sequence[Cell], per_share: set[int], unit: tuple[Decimal, str], percent: set[int]
) -> list[tuple[list[Cell], tuple[Decimal, str]]]:
    """A row's label with its cells in the table's unit, and with its cells per share, in units
    of its currency (under "(in thousands, except per share data)", "Per diluted share": $0.04);
    none of the cells under a column of percents."""
    scaled = [cell for i, cell in enumerate(row) if i == 0 or i not in per_share | percent]
    if not per_share or not row:
        return [(scaled, unit)]
    whole = [cell for i, cell in enumerate(row) if i == 0 or (i in per_share and i not in percent)]
    return [(scaled, unit), (whole, (Decimal(1), unit[1]))]


# What may stand between a table and its next section: one short heading with no figure
# ("Earnings per share:", "Balance Sheet Data").
_SECTION_HEADING = pattern(r"[^\d\n]{1,60}")
_SECTION_GAP = 3  # line breaks at most: a blank line, a heading, perhaps one more blank line
_YEAR_ENDED = pattern(r"(?:19|20)\d\d\)?$")  # "Sept. 30, 2026", "2025": a cell that dates a column


def _caption_again(
    text: str, captioned: tuple[Table, tuple[Decimal, str]] | None, table: Table
) -> tuple[Decimal, str] | None:
    """The caption's unit of the table just above, for a next section of it with no caption of its
    own: one blank line under it, its header only dating its columns again ("Nine Months Ended
    Sept. 30, 2026   Sept. 30, 2025"); or with no header, perhaps under a short heading ("Earnings
    per share:"), its figures written with their sign ("  Basic   $ 0.88   $ 0.64")."""
    if captioned is None or not captioned[0].rows:
        return None
    above, unit = captioned
    if (lines := _section_apart(text, above, table)) is None:
        return None
    if lines and _PER_SHARE.search(lines[0]):
        unit = (Decimal(1), unit[1])  # under "Earnings per share:", "  Basic   $ 0.88": dollars
    if table.header:
        return unit if not lines and _dates_its_columns(table.header) else None
    signed = (_CELL.fullmatch(c.text.strip()) for row in table.rows for c in row[1:])
    return unit if any(m and m["sign"] for m in signed) else None


def _section_apart(text: str, above: Table, table: Table) -> list[str] | None:
    """What stands between a table and the next when the next is a section of it: blank lines and
    at most one short heading with no figure, within `_SECTION_GAP` line breaks (the heading, if
    any, in a list); None when they stand apart."""
    opening = (table.header or table.rows[0])[0].start
    first = min((cell.start for cell in (table.header or table.rows[0]) if cell.text), default=opening)
    between = text[above.rows[-1][-1].end : text.rfind("\n", 0, first) + 1]
    lines = [line.strip() for line in between.split("\n") if line.strip()]
    apart = between.count("\n") > _SECTION_GAP or len(lines) > 1
    return None if apart or not all(map(_SECTION_HEADING.fullmatch, lines)) else lines


def _dates_its_columns(header: Sequence[Cell]) -> bool:
    """A header whose every cell after the labels' dates its column: a year, a span of years or a
    date ("2025", "2025-26", "31.12.2025", "Sept. 30, 2026")."""
    dates = [cell.text for cell in header[1:] if cell.text]
    return bool(dates) and all(
        date_shaped(d) or (len(d) <= _DATED_CELL and _YEAR_ENDED.search(d)) for d in dates
    )


_DATED_CELL = 24


def _unit_below(text: str, table: Table, locale: _Locale) -> tuple[Decimal, str] | None:
    """A caption on a line of its own between the header and the first row, under the labels'
    column ("Mesure   Département   MEL" over "(en millions d'euros)"): the columns' unit."""
    if not table.header or not table.rows:
        return None
    start = text.find("\n", table.header[-1].end) + 1
    end = text.rfind("\n", 0, table.rows[0][0].start)
    line = text[start:end].strip() if 0 < start <= end else ""
    if not (line.startswith("(") and line.endswith(")")) or "\n" in line:
        return None
    return _caption_unit(text, table, start, end, locale)


def _without_percents(table: Table, rows: Sequence[tuple[Cell, ...]]) -> list[tuple[Cell, ...]]:
    """The rows less their cells under a column of percents ("% change", "YoY %"): no sums."""
    percent = {i for i, cell in enumerate(table.header) if i and "%" in cell.text}
    return [tuple(cell for i, cell in enumerate(row) if i not in percent) for row in rows]


def _corner_caption(text: str, table: Table, locale: _Locale) -> tuple[Decimal, str] | None:
    """The unit of a caption written in the header's first cell, the columns' names after it on
    its line: "(In millions, except per share data)   Q1 2023   Q1 2022"."""
    corner = table.header[0] if table.header else None
    if corner is None or not corner.text.lstrip().startswith("(") or not _TABLE_UNIT.search(corner.text):
        return None
    return _caption_unit(text, table, corner.start, corner.end, locale)


# A caption's note on the audit, between a table and its unit: "(unaudited)", "(non audités)".
_AUDIT_NOTE = pattern(r"\((?:un|non[ -]?)?audit(?:ed|és?|ées?)\)", re.IGNORECASE)


def _unit_above(text: str, table: Table, locale: _Locale) -> tuple[Decimal, str] | None:
    """The unit a table's caption states: the line above it, or above one blank line, bracketed
    ("(en millions de dirhams)", "Summary (in £m)") or a short line naming it ("En MDH"); over
    a line that names the columns' span and no unit ("Three months ended"), the line above that."""
    # the header's first line, which may be a spanning cell's ("Quarter ended" over a date)
    end = min((c.start for c in table.header if c.text), default=(table.header or table.rows[0])[0].start)
    for _ in range(2):
        end = text.rfind("\n", 0, end)
        start = text.rfind("\n", 0, max(end, 0)) + 1
        if end > 0 and not text[start:end].strip():  # one blank line between
            end = start - 1
            start = text.rfind("\n", 0, max(end, 0)) + 1
        line = text[start:end].strip() if end > 0 else ""
        if not line:
            return None
        unit = _caption_unit(text, table, start, end, locale)
        bracketed = line.startswith("(") and not _AUDIT_NOTE.fullmatch(line)  # "(unaudited)": look above
        if unit or len(line.split()) > _HEADER_WORDS or bracketed:
            return unit
        end = start
    return None


def _caption_unit(
    text: str, table: Table, start: int, end: int, locale: _Locale
) -> tuple[Decimal, str] | None:
    line = text[start:end].strip()
    m = _TABLE_UNIT.search(line)
    if m and not table.spaced:
        return None  # over a table of bars or tabs, `_table_figures` reads a bracketed caption itself
    sign = m and (m["c1"] or m["c2"] or (m["s3"] and _sign_in_rows(text, end)))
    if m and sign:  # "(in thousands, except per share data)" over "$ 35,914": the sign's dollars
        code = _currency(sign, locale)
        return (_caption_factor(m), code) if code else None
    if m and m["s3"] and locale.prose_currency:  # no sign in the rows either: the release's currency
        return _caption_factor(m), locale.prose_currency
    # "STATEMENT OF PROFIT OR LOSS (J$'000)", "Year ended 31 December (in thousands of Bermuda
    # dollars)": the bracket's unit
    bracket = _LAST_BRACKET.search(line) or _IN_BRACKET.search(line) or _DASHED_UNIT.search(line)
    # less what it excepts: "(In ₱ millions, except per share data)"
    unit = _EXCEPT.sub("", bracket[1] if bracket else line)
    return _header_unit(Cell(start, end, unit), locale)


_EXCEPT = pattern(r"\s*[,;]?\s*\b(?:except|excluding|sauf|unless)\b.*$", re.IGNORECASE)


# A row's label that ends on its unit, a bracket: "Light oil (bbl/d)", "Shares outstanding (000s)".
_MEASURED = pattern(r"\([^()]*\)\s*$")


def _column_row(
    text: str,
    row: tuple[Cell, ...],
    units: list[tuple[Decimal, str] | None],
    by_corner: bool,
    locale: _Locale,
) -> list[Amount]:
    """A row's sums under its columns' units; under the corner's, none in a row that counts, and
    a row per share unscaled, as under a caption's unit."""
    label = row[0].text
    if _label_unit(label, locale) or ((by_corner or _MEASURED.search(label)) and _counts(text, row[0])):
        return []  # a row with a unit of its own is read with its label; a count is no sum
    heading = _group_heading(text, row[-1].start)
    if heading is not None and not _SUBUNIT_ROW.match(heading) and _label_unit(heading, locale):
        return []  # its heading's unit is its own, read with it
    amounts = []
    for cell, unit in zip(row[1:], units[1:], strict=False):
        m = _CELL.fullmatch(cell.text) if unit and is_figure(cell) else None
        if m is None or unit is None:
            continue
        factor, code = _heading_unit(heading, label, unit, locale)  # "Basic EPS (cents)" under "R'000"
        if value := parse_number(m["n"], locale.english) * factor:
            amounts.append(_amount(text, cell.start, cell.start + len(m[0]), value, code))
    return amounts


# A list of grants, each under a heading "<place> : <sum> pour <what>" ("Lamballe : 12,2 M€ pour le
# lycée"): a heading of that list whose sum drops the currency ("Ploufragan : 48 000 pour X") is a
# sum in its siblings' currency.
_HEADING_SUM = pattern(
    rf"^(?P<label>[^\n:]{{2,80}}?)\s?:\s+(?P<n>{NUMBER})(?:\s*(?P<s>{SCALE}))?\s+(?:pour|for)\b",
    re.MULTILINE | re.IGNORECASE,
)
_HEADING_BEFORE = pattern(r"^[^\n:]{2,80}?\s?:\s+$", re.MULTILINE)
_FOR_AFTER = pattern(r"\s+(?:pour|for)\b", re.IGNORECASE)


def _list_headings(text: str, amounts: list[Amount], locale: _Locale) -> list[Amount]:
    if " pour " not in text and " for " not in text:
        return []
    siblings = {
        a.currency
        for a in amounts
        if _HEADING_BEFORE.search(text, text.rfind("\n", 0, a.start) + 1, a.start)
        and _FOR_AFTER.match(text, a.end)
    }
    if len(siblings) != 1:
        return []  # no such list, or one in several currencies
    code = siblings.pop()
    found = []
    for m in _HEADING_SUM.finditer(text):
        value = parse_number(m["n"], locale.english) * scale_factor(m["s"])
        if not _YEAR_LIKE.fullmatch(m["n"]):
            found.append(_amount(text, m.start("n"), m.end("s") if m["s"] else m.end("n"), value, code))
    return found


def _most_written_currency(amounts: list[Amount]) -> str | None:
    """The currency of two thirds or more of the sums the text writes with their currency: the one a
    table captioned with a scale alone ("(In thousands, except per share data)") counts in."""
    counts = Counter(a.currency for a in amounts)
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    return code if 3 * n >= 2 * len(amounts) else None


# A sign and its thousands with no figure of their own: "$000", "NZ$000", "€'000", "R'000".
_UNIT_THOUSANDS = pattern(r"[^\d\s][^\d]{0,4}['’]?000")
_TIMES_BEFORE = pattern(r"\([^()\n]{0,6}[x×]\s?(?:[$£€]\s?)?$")  # "(x " before a header's "1 000 €"


def find_amounts(text: str, lang: str) -> tuple[list[Amount], list[Quantity]]:
    """Every sum of money (value in whole units, ISO 4217 currency) and other quantities."""
    locale = _locale(text, writes_english_numbers(text, lang), lang)
    amounts: list[Amount] = []
    taken: list[tuple[int, int]] = []
    # a table's cells are read in its unit first: "$ 1,250" under "in thousands" is $1,250,000
    matches = sorted(_matches(text, locale), key=lambda f: (f[0], f[0] - f[1]))
    locale.prose_currency = _most_written_currency([a for _, _, found in matches for a in found])
    table = _table_figures(text, locale)
    cells = [(a.start, a.end) for a in table]
    for start, end, found in matches:
        if (taken and start < taken[-1][1]) or any(s < end and start < e for s, e in cells):
            continue
        if _UNIT_THOUSANDS.fullmatch(text, start, end) or _TIMES_BEFORE.search(text, start - 10, start):
            continue  # "$000", "NZ$000", "(x 1 000 €)": a table's unit, read with its table, never a sum
        taken.append((start, end))
        amounts.extend(found)
    for carried in (
        _carried(text, amounts, locale)
        + table
        + _paragraph_carried(text, amounts, locale)
        + _swiss_scaled(text, locale)
        + _list_headings(text, amounts, locale)
        + _compared_in_brackets(text, amounts, locale)
    ):
        if not any(s < carried.end and carried.start < e for s, e in taken):
            amounts.append(carried)
            taken.append((carried.start, carried.end))
    amounts.sort(key=lambda a: a.start)
    return amounts, _quantities(text, locale.english, sorted(taken))


# A currency, with or without its scale, written without a figure: a table's unit ("en milliards
# de FCFA", "MdsE.", "KShs"), which the NER sometimes takes for a name.
_CURRENCY_NAME = pattern(
    rf"(?:(?:en\s+|in\s+)?{SCALE}\.?\s*(?:d{APOS}|de\s+|of\s+)?)?(?:{_SUFFIX_CURRENCY}|{_PREFIX_CURRENCY})\.?",
    re.IGNORECASE,
)


def names_a_currency(name: str) -> bool:
    """ "EUR", "F CFA", "Milliards FCFA", "MdsE.", "Ar", "Fr.": a currency or a unit of amounts,
    not a name (not every ISO code: "AMD" and "NPR" are bodies as often as currencies)."""
    name = name.strip()
    home = len(name.rstrip(".")) > 1 and (name in _SIGNS_OF_LETTERS or name + "." in _SIGNS_OF_LETTERS)
    return bool(_CURRENCY_NAME.fullmatch(name)) or home
