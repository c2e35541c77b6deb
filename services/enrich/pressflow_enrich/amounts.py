"""Amounts of money, and the counts and percentages that are not money."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from pressflow_enrich.calendar_words import MONTHS, fold
from pressflow_enrich.numbers import (
    NUMBER,
    NUMBER_AFTER_CODE,
    SCALE,
    SPELLED_NUMBER,
    parse_number,
    scale_factor,
    small_number,
    writes_english_numbers,
)
from pressflow_schemas import Amount, Quantity

APOS = "['’]"
# ISO 4217 codes of the currencies releases quote beyond the euro, dollar and pound families.
_CODES_OTHER = r"CHF|JPY|CNY|RMB|NOK|SEK|DKK|BRL|INR|ZAR|HKD|SGD|NZD|MXN|KRW|PLN|MAD|XOF"
_CODE_OTHER = rf"(?-i:{_CODES_OTHER})"  # upper case only: "mad", "sek" are not codes
_PREFIX_CURRENCY = (
    r"(?=[$£€ucaeghjknbimprsdxz])(?<!\w)"
    rf"(?:US\s?\$|U\.S\.\s?\$|C\s?\$|CA\$|CAN\$|A\$|AU\$|R\$|HK\$|S\$|NZ\$|\$|£|€|EUR|USD|GBP|CAD|AUD|{_CODE_OTHER})"
)
# Nordic crowns and the Brazilian real, in both languages.
_CROWN_REAL = (
    r"couronnes?\s+(?:norvégiennes|suédoises|danoises)\b|(?:Norwegian|Swedish|Danish)\s+kron(?:er|or|e|a)\b"
    r"|reais\b|réaux\b|reals?\s+brésiliens\b|(?:Brazilian\s+)?reais\b"
)
_SUFFIX_CURRENCY = (
    rf"(?:€|\$|£|euros?\b|EUR\b|USD\b|CAD\b|GBP\b|AUD\b|{_CODE_OTHER}\b|(?-i:F|FF|FRF)\b|XEU\b"
    rf"|{_CROWN_REAL}"
    r"|ECUS?\b|écus?\b|yens?\b|yuans?\b|livres?\s+sterling\b|pounds?(?:\s+sterling)?\b"
    r"|francs?(?:\s+(?:suisses|CFA|français))?\b"
    r"|(?:U\.?S\.?\s+)?dollars?(?:\s+(?:américains|US|canadiens|australiens|des\s+États-Unis))?\b)"
)
_OF = rf"(?:\s*(?:d{APOS}|de\s+|of\s+))?"
_SUFFIXED = rf"(?P<n>{NUMBER})\s*(?P<s>{SCALE})?{_OF}\s*(?P<c>{_SUFFIX_CURRENCY})"
_PREFIXED = rf"(?P<c>{_PREFIX_CURRENCY})\s?(?P<n>{NUMBER_AFTER_CODE})(?:\s*(?P<s>{SCALE}))?"
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
    rf"(?=[debf$£€ucaghjknimprsxz])(?<!\w){_LEAD}(?P<c1>{_PREFIX_CURRENCY})\s?(?P<n1>{NUMBER_AFTER_CODE})\s*(?P<s1>{SCALE})?"
    rf"{_JOIN}(?P<c2>{_PREFIX_CURRENCY})?\s?(?P<n>{NUMBER_AFTER_CODE})(?:\s*(?P<s>{SCALE}))?(?P<c>)"
)
_SPELLED = (
    rf"\b(?P<w>{SPELLED_NUMBER})\s+(?P<s>millions?|milliards?|billions?)"
    rf"{_OF}\s*(?P<c>{_SUFFIX_CURRENCY})"
)
_PENCE = r"(?<![\w.,])(?P<n>\d+(?:\.\d+)?)(?:p\b|\s?pence\b)"
# A bare "$" is the Canadian dollar in a release written from Canada.
_CANADA = re.compile(
    r"\b(?:Québec|Quebec|Montréal|Montreal|Canada|Ottawa|Toronto|Vancouver|Calgary|Gatineau)\b"
)
_HEADER_CHARS = 600

_CODES = [
    # Before "$", which they end with.
    (r"r\$", "BRL"),
    (r"hk\$", "HKD"),
    (r"s\$", "SGD"),
    (r"nz\$", "NZD"),
    (r"us|u\.s\.|usd|dollars? (?:américains|us|des états-unis)", "USD"),
    (r"c\$|ca\$|can\$|cad|dollars? canadiens", "CAD"),
    (r"a\$|au\$|aud|dollars? australiens", "AUD"),
    (r"\$|dollar", "$"),
    (r"€|eur", "EUR"),
    (r"£|gbp|livre|pound", "GBP"),
    (r"chf|francs? suisses", "CHF"),
    (r"francs? cfa", "XOF"),
    (r"franc|f|ff|frf", "FRF"),
    (r"ecu|écu|xeu", "XEU"),
    (r"yen|jpy", "JPY"),
    (r"yuan|cny|rmb", "CNY"),
    (r"nok|couronnes? norv|norwegian", "NOK"),
    (r"sek|couronnes? su|swedish", "SEK"),
    (r"dkk|couronnes? dan|danish", "DKK"),
    (r"brl|reais|réaux|reals? brés|brazilian", "BRL"),
]
_CODES += [(code.lower(), code) for code in _CODES_OTHER.split("|") if code not in ("RMB",)]

# A quantity is written on one line: a number ending a line and a word starting the next are
# unrelated ("04 78 63 40 40" then "presse@...").
_QUANTITY = re.compile(
    rf"(?<![\d][/-])(?P<n>{NUMBER})[ \t\u00a0\u202f]?(?P<u>%|pour\s?cent|per\s?cent|percent|pb\b"
    r"|points de base|basis points|[MGTk]Wh?\b|km\b|m²|ha\b|hectares\b|tonnes\b|t\b"
    r"|(?:(?!de\b|des\b|du\b|et\b|à\b|au\b|en\b"
    r"|les?\b|la\b|pour\b|par\b|sur\b|dans\b|the\b|of\b|and\b|to\b|in\b|for\b|on\b|at\b)"
    r"(?-i:[a-zà-ÿ][a-zà-ÿ-]{2,})))",
    re.IGNORECASE,
)


def _currency(token: str, canadian: bool) -> str:
    """ISO 4217 code of a currency sign, code or word."""
    lowered = re.sub(r"\s+(?=\$)", "", token.lower())  # "US $" is "US$"
    for pattern, code in _CODES:
        if re.match(pattern, lowered) or re.search(rf"\b(?:{pattern})$", lowered):
            if code == "$":
                return "CAD" if canadian else "USD"
            return code
    raise ValueError(f"not a currency: {token!r}")


def _value(number: str, scale: str | None, currency: str, english: bool) -> Decimal:
    """A sign written before the number ("$2.5", "£1,600") is itself the English convention."""
    english = english or currency.strip().startswith(("$", "£", "€", "US", "C$", "A$", "U.S."))
    return parse_number(number, english) * scale_factor(scale)


def _amount(text: str, start: int, end: int, value: Decimal, code: str) -> Amount:
    return Amount(text=text[start:end], start=start, end=end, value=float(value), currency=code)


def _single(m: re.Match, text: str, english: bool, canadian: bool) -> list[Amount]:
    value = _value(m["n"], m["s"], m["c"], english)
    return [_amount(text, m.start(), m.end(), value, _currency(m["c"], canadian))]


def _range(m: re.Match, text: str, english: bool, canadian: bool) -> list[Amount] | None:
    lead, join = (m["lead"] or "").strip().lower(), m["join"].lower()
    if join not in _JOINS[lead] or (not lead and re.search(r"\s", text[m.end("n1") : m.start("n")])):
        return None  # "de 5 M€ et 3 M€" is two sums; "2016 - 40 M€" is a label and a sum
    first_currency, second_currency = m["c1"] or m["c"], m["c2"] or m["c"] or m["c1"]
    first = _value(m["n1"], m["s1"] or m["s"], first_currency, english)
    second = _value(m["n"], m["s"], second_currency, english)
    return [
        _amount(
            text, m.start("c1"), max(m.end("n1"), m.end("s1")), first, _currency(first_currency, canadian)
        ),
        _amount(
            text, m.start("c2" if m["c2"] else "n"), m.end(), second, _currency(second_currency, canadian)
        ),
    ]


def _spelled(m: re.Match, text: str, english: bool, canadian: bool) -> list[Amount]:
    value = small_number(m["w"]) * scale_factor(m["s"])
    return [_amount(text, m.start(), m.end(), value, _currency(m["c"], canadian))]


def _pence(m: re.Match, text: str, english: bool, canadian: bool) -> list[Amount] | None:
    if "£" not in text and "GBP" not in text:  # "p" after a number is pence only among pounds
        return None
    return [_amount(text, m.start(), m.end(), Decimal(m["n"]) / 100, "GBP")]


# Each rule with the lower-case words without which it cannot match (a cheap test first).
_RULES = [
    (re.compile(_RANGE_SUFFIXED, re.IGNORECASE), _range, ()),
    (re.compile(_RANGE_PREFIXED, re.IGNORECASE), _range, ()),
    (re.compile(_SUFFIXED, re.IGNORECASE), _single, ()),
    (re.compile(_PREFIXED, re.IGNORECASE), _single, ()),
    (re.compile(_SPELLED, re.IGNORECASE), _spelled, ("million", "milliard", "billion")),
    (re.compile(_PENCE), _pence, ("£", "gbp")),
]


def _matches(text: str, english: bool) -> Iterator[tuple[int, int, list[Amount]]]:
    canadian = bool(_CANADA.search(text[:_HEADER_CHARS]))
    lowered = text.lower()
    for pattern, handler, triggers in _RULES:
        if triggers and not any(t in lowered for t in triggers):
            continue
        for m in pattern.finditer(text):
            found = handler(m, text, english, canadian)
            if found is not None:
                yield m.start(), m.end(), found


_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
# Digits that are not counts: phone numbers ("04 78 63 40 40", "+44 20 7946 0321", "07700
# 900461", at least nine digits in all) and times of day ("à 18 heures", "at 9 am", "10h30").
_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[ .\u00a0-]?(?:\(0\)[ .\u00a0-]?)?|0)\d{1,5}(?:[ .\u00a0-]?\d{2,6})+(?!\d)"
)
_PHONE_DIGITS = 9
_TIME = re.compile(
    r"\b(?:à|vers|dès|jusqu'à|at|from|until|by)\s+\d{1,2}\s?(?:h\b|heures?\b|h\d{2}|[:.]\d{2}|[ap]\.?m\b)"
    r"|\b\d{1,2}h\d{2}\b|\b\d{1,2}\s?h(?:eures?)?\s*(?:à|-|–|to)\s*\d{1,2}\s?h",
    re.IGNORECASE,
)


def _not_counts(text: str) -> list[tuple[int, int]]:
    """Spans of phone numbers and times of day, whose digits are never quantities."""
    phones = [m.span() for m in _PHONE.finditer(text) if len(re.sub(r"\D", "", m[0])) >= _PHONE_DIGITS]
    return phones + [m.span() for m in _TIME.finditer(text)]


def _quantities(text: str, english: bool, taken: list[tuple[int, int]]) -> list[Quantity]:
    found, taken = [], taken + _not_counts(text)
    for m in _QUANTITY.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if m["u"].isalpha() and (_YEAR_LIKE.fullmatch(m["n"]) or fold(m["u"]) in MONTHS):
            continue  # "2018 les ...", "9 septembre": a year or a day, not a count
        value = parse_number(m["n"], english)
        unit = "%" if re.fullmatch(r"%|(?:pour|per)\s?cent|percent", m["u"], re.I) else m["u"]
        found.append(Quantity(text=m[0], start=m.start(), end=m.end(), value=float(value), unit=unit))
    return found


def find_amounts(text: str, lang: str) -> tuple[list[Amount], list[Quantity]]:
    """Every sum of money (value in whole units, ISO 4217 currency) and other quantities."""
    amounts, taken, english = [], [], writes_english_numbers(text, lang)
    for start, end, found in sorted(_matches(text, english), key=lambda f: (f[0], f[0] - f[1])):
        if taken and start < taken[-1][1]:
            continue
        taken.append((start, end))
        amounts.extend(found)
    return amounts, _quantities(text, english, taken)
