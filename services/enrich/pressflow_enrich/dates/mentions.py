"""Dates: the release's own date and every calendar reference, normalised to ISO 8601."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from typing import NamedTuple

from pressflow_enrich.dates.grammar import (
    APOS,
    DASH_RANGE_START,
    DAY,
    DAY_EXPR,
    FISCAL_END,
    FISCAL_TAIL,
    LAW_WORDS,
    MONTH_DAYS,
    RANGE_START,
    YEAR,
    YEAR_TAIL,
    YEAR_WORDS,
    DayParts,
    leading_int,
    parse_day,
)
from pressflow_enrich.dates.published import date_order
from pressflow_enrich.dates.relative import (
    day_without_year,
    month_by_tense,
    month_without_year,
    safe_date,
    season_by_tense,
    season_year,
    shift_months,
    span_of_months,
    weekday_near,
)
from pressflow_enrich.dates.tense import sentence_start, sentence_tense, tense_at, verb_tense
from pressflow_enrich.openings import WordOpenings, opened_at
from pressflow_enrich.words.calendar import (
    MONTH,
    MONTHS,
    SEASONS,
    WEEKDAY,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_SHORT_END,
    WEEKDAYS,
    accented,
    fold,
    month_number,
    weekday_number,
    words_from_behind,
)
from pressflow_enrich.words.initials import cased, initials
from pressflow_enrich.words.letters import pattern
from pressflow_enrich.words.numbers import SMALL_NUMBER, small_number
from pressflow_schemas import DateMention


@dataclass(frozen=True)
class _Reading:
    value: str
    grain: str
    is_range: bool = False


# A handler reads its match as one date, or as several dates at their own offsets
# ("les 4 et 5 juin"), or rejects it (None).
_Part = tuple[int, int, "_Reading"]
_Handler = Callable[[re.Match, str, date], "_Reading | list[_Part] | None"]
# Claims its span so that nothing inside it is read as a date.
_BLOCKED = _Reading("", "year")

_NOT_YEAR_AFTER = pattern(
    r"\s?(?:%|€|\$|£|[MmKk]€|(?:euros?|dollars?|MW|GW|kW|km|m²|tonnes|habitants|salariés"
    r"|emplois|personnes|people|employees|jobs|staff)\b)"
)
# Names that carry a year without pointing at it ("France 2030", "Horizon 2020", "Project
# Ireland 2040", "Wind Europe 2023"): a capitalised word right before the year that is not a
# month, a season, a period or a preposition. Case matters: "en 2030" is a date. The capital
# is tested first: it fails at most offsets, where the lookbehinds and the word list cost more.
# The words that make the year after them a date, not a name's part.
_NAME_CUES = (
    rf"{MONTH}|{SEASONS}|en|in|depuis|since|from|until|by"
    r"|fin|début|end|early|late|mid|fiscal|fy|year|exercice|année|annee|avant|after|après|before|for|pour"
    r"|of|de|du|le|la|au|the|to|à|and|et|or|ou|dès|vers|circa"
)
_YEAR_NAMES = (
    rf"(?=[A-ZÀ-Þ])(?:(?<=[^\s.!?:] )|(?<=\b[dlDL]['’]))"
    rf"(?!(?i:{_NAME_CUES})\b)"
    rf"[A-ZÀ-Þ][a-zà-ÿ]+(?:[ \u00a0][A-ZÀ-Þ][a-zà-ÿ]+)?[ \u00a0]+{YEAR}(?![\d/–-])"
)
_NEAR_YEAR = rf"(?!\s*,?\s*(?:de\s+l{APOS}année\s+|de\s+|of\s+)?(?:19|20)\d{{2}}(?!\d))"


def _either(m: re.Match, name: str) -> str:
    """A group that one of two alternatives of a rule names `name`, the other `name2`."""
    return m[name] or m[name + "2"]


def _resolve_day(parts: DayParts, anchor: date, m: re.Match, text: str) -> date | None:
    """The day, its year from the text or, when the text gives none, from the tense of the
    match's sentence (read only then: most days carry their year)."""
    if parts.month is None:
        return None
    if parts.year is not None:
        return safe_date(parts.year, parts.month, parts.day)
    tense = tense_at(text, m.start(), m.end())
    return day_without_year(parts.month, parts.day, anchor, parts.weekday, tense)


def _day(m: re.Match, text: str, anchor: date) -> _Reading | None:
    parts = parse_day(m[0], date_order(text))
    if parts and parts.year is None and _EACH_YEAR.match(text, m.end()):
        return _BLOCKED  # "on April 1 and October 1 of each year": a day that comes back, no calendar point
    resolved = parts and _resolve_day(parts, anchor, m, text)
    return _Reading(resolved.isoformat(), "day") if resolved else None


def _short_numeric(m: re.Match, text: str, anchor: date) -> _Reading | None:
    tense = tense_at(text, m.start(), m.end())
    resolved = day_without_year(int(m["mo"]), int(m["d"]), anchor, tense=tense)
    return _Reading(resolved.isoformat(), "day") if resolved else None


def _day_range(m: re.Match, text: str, anchor: date) -> _Reading | None:
    last = parse_day(m["b"])
    # "mar. 7" opening a range is a Tuesday where the other end opens on a weekday, or in lower case
    first = parse_day(m["a"], weekday_first=bool(last and last.weekday is not None) or m["a"][0].islower())
    if first is None or last is None:
        return None
    end = _resolve_day(last, anchor, m, text)
    if end is None:
        return None
    year, month = first.year or end.year, first.month or end.month
    start = safe_date(year, month, first.day)
    if start is None or start > end:
        start = start and safe_date(year - 1, month, first.day)
    if start is None or start >= end:
        return None
    return _Reading(f"{start.isoformat()}/{end.isoformat()}", "day", True)


# An hour after a span's first day, before its second: " à 8 heures", " at 9 a.m.", " à 08h00".
_HOUR = r"\s+(?:à|at)\s+\d{1,2}(?:\s?h(?:eures?)?(?:\s?\d{2})?|[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\s?[ap]\.?m\.?)"
# A time of day written before a day, in a span's end: "to 5pm Friday 10 April", "from 9.30 a.m. on".
_CLOCK = r"(?:(?:\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?|noon|midday|midnight)\s+(?:on\s+)?)?"
_SPAN_LEAD = pattern(r"\b(?P<lead>from|between)\s+$", re.IGNORECASE)


def _month_days(m: re.Match, text: str, anchor: date) -> _Reading | list[_Part] | None:
    """Two days of one month ("April 15-18, 2019"), the year given or resolved from the last: a
    span, or two days joined by "and" unless "between" opened a span; not "March 3 to 12
    partners", unless a lead word opened a span ("from December 1 to 10 in Leeds")."""
    lead = _SPAN_LEAD.search(text, max(0, m.start() - 12), m.start())
    if m["word"] is not None and not lead:
        return None
    last = DayParts(leading_int(m["d2"]), month_number(m["m"]), m["y"] and int(m["y"]))
    end = _resolve_day(last, anchor, m, text)
    start = end and safe_date(end.year, end.month, leading_int(m["d1"]))
    if end is None or start is None or start >= end:
        return None
    if (
        m["to"]
        and m["to"].strip().lower() == "and"
        and not (lead and lead["lead"].lower() == "between")
        and not _next_day(start, end)
    ):
        return [
            (m.start(), m.end("d1"), _Reading(start.isoformat(), "day")),
            (m.start("d2"), m.end(), _Reading(end.isoformat(), "day")),
        ]
    return _Reading(f"{start.isoformat()}/{end.isoformat()}", "day", True)


def _next_day(first: date, last: date) -> bool:
    """Two days in a row, as "on 11 and 12 March" or "les 13 et 14 janvier" name them: one span
    (a summit's, a session's two days), where days further apart stay two dates ("4 and 11 June")."""
    return (last - first).days == 1


def _day_pair(m: re.Match, text: str, anchor: date) -> list[_Part] | None:
    """Two days sharing a month: "les 4 et 5 juin", "on 4 and 5 June"; two days in a row are one
    span (`_next_day`)."""
    first_day, last = parse_day(m["a"]), parse_day(m["b"])
    if first_day is None or last is None:
        return None
    end = _resolve_day(last, anchor, m, text)
    if end is None:
        return None
    first = safe_date(end.year, end.month, first_day.day)
    if first is None or first >= end:
        return None
    if _next_day(first, end):
        return [(m.start("a"), m.end("b"), _Reading(f"{first.isoformat()}/{end.isoformat()}", "day", True))]
    return [
        (m.start("a"), m.end("a"), _Reading(first.isoformat(), "day")),
        (m.start("b"), m.end("b"), _Reading(end.isoformat(), "day")),
    ]


_MONTH_CUE = pattern(
    rf"\b(?:en|de|d{APOS}|début|fin|mi-|courant|depuis|dès|jusqu{APOS}en|in|since|by|until"
    r"|during|early|late|mid-|last|next|this|from|starting|through|throughout"
    r"|(?:end|beginning|start|middle) of)\s*$",
    re.IGNORECASE,
)


# A quarter named by its last month: "the June quarter", "Sep 2026 Qtr", "the March 2027 quarter".
_QUARTER_AFTER = pattern(r"\s+(?i:quarter|qtr)\b")


def _month(m: re.Match, text: str, anchor: date) -> _Reading | None:
    """A month with its year, or alone after a cue ("en juin", "juin dernier", "next May")."""
    if _QUARTER_AFTER.match(text, m.end()):  # "the June quarter", "Sep 2026 Qtr": a quarter, year grain
        if m["y"]:
            return _Reading(m["y"], "year")
        return _Reading(str(month_without_year(month_number(m["m"]), anchor, 0)[0]), "year")
    if m["y"]:
        return _Reading(f"{m['y']}-{month_number(m['m']):02d}", "month")
    before = _MONTH_CUE.search(text[max(0, m.start() - 14) : m.start()])
    if not (before or m["after"]) or m["m"] == "Mars":  # capitalised, it is the planet
        return None
    if m["after"] and ("year" in m["after"] or "année" in m["after"]):  # "in October last year"
        return _Reading(f"{anchor.year + _direction(m['after'])}-{month_number(m['m']):02d}", "month")
    direction = _direction((before[0] if before else "") + (m["after"] or ""))
    if not direction and _STARTING.search(text, max(0, m.start() - 24), m.start()):
        direction = 1  # "for twelve months, starting in January": what starts is to come
    year, month = month_without_year(month_number(m["m"]), anchor, direction)
    if before and not (direction or m["after"] or "this" in before[0].lower()):
        year = _tensed_year(text, m.start() - len(before[0]), m.start(), m.end(), month, anchor)
    return _Reading(f"{year}-{month:02d}", "month")


def _tensed_year(text: str, verb_at: int, start: int, end: int, month: int, anchor: date) -> int:
    """The year of a month named without one: its own verb's tense, else its sentence's ("sera
    examiné par ... en janvier", "a signé le contrat en septembre"); not the past of a verb that
    reports, before the month in its sentence, what the month will hold ("Ont été évoqués ...
    l'atterrissage en octobre", "a demandé que ... la Foire de juin"), unless the month opens the
    sentence (a verb of the sentence before reports nothing of it)."""
    own = verb_tense(text, verb_at)
    tense = sentence_tense(text, start, end)
    left = sentence_start(text, start)
    # more than a cue before the month ("In [November], the bank signed": the main verb's tense)
    if (
        tense < 0
        and len(text[left:start].split()) > 1
        and _REPORTED.search(text, max(left, start - 120), start)
    ):
        tense = 0
    return month_by_tense(month, anchor, own or tense)[0]


# The verbs by which a release reports what someone said of a thing to come.
_REPORTED = pattern(
    r"\b(?:évoqu|discut|demand|annonc|rappel|soulign|présent|insist|(?:has |have )?(?:discuss|outlin|ask|"
    r"request|call|urg|announc))\w*\b",
    re.IGNORECASE,
)


_STARTING = pattern(r"\b(?:starting|commencing|beginning) (?:in|from) $")


def _direction(surface: str) -> int:
    lowered = surface.lower()
    if re.search(r"derni|last|pass|since|depuis", lowered):  # "since September": a month gone by
        return -1
    if re.search(r"prochain|next", lowered):
        return 1
    return 0


def _year(m: re.Match, text: str, anchor: date) -> _Reading | None:
    if _NOT_YEAR_AFTER.match(text, m.end()):
        return None
    return _Reading(m[0], "year")


def _old_year(m: re.Match, text: str, anchor: date) -> list[_Part]:
    year = m["y"] if len(m["y"]) == 4 else f"20{m['y']}"  # "3Q26": this century's
    return [(m.start("y"), m.end("y"), _Reading(year, "year"))]


def _year_range(m: re.Match, text: str, anchor: date) -> _Reading | None:
    first, second = int(m["a"]), _either(m, "b")
    last = int(second)
    if len(second) < 4:
        base = 10 ** len(second)
        last = first - first % base + last
        last += base if last <= first else 0
        if last - first > 10:
            return None
    if not first < last <= first + 50:
        return None
    return _Reading(f"{first}/{last}", "year", True)


def _period(m: re.Match, text: str, anchor: date) -> list[_Part] | None:
    """A life or an age in brackets: its span, the brackets aside ("(1851–1919)")."""
    first, last = int(m["a"]), int(m["b"])
    if not first < last <= first + _LONGEST_PERIOD:
        return None
    return [(m.start("a"), m.end("b"), _Reading(f"{first}/{last}", "year", True))]


_LONGEST_PERIOD = 120


def _plain_range(m: re.Match, text: str, anchor: date) -> _Reading | None:
    """A span no "from" leads: its last end a whole date with its year ("1 to 31 July 2027",
    "Thursday, 1st July to Saturday, 31st July, 2027", "2 Dec 2025 – 30 Jun 2026"), or its first
    end a day alone, which only a span writes ("the opening weekend, 12 to 14 September"); not
    "moved May 3 to May 10"."""
    first, last = parse_day(m["a"]), parse_day(m["b"])
    if last is None or first is None or (last.year is None and first.month is not None):
        return None
    return _day_range(m, text, anchor)


def _today_shift(m: re.Match, text: str, anchor: date) -> _Reading:
    word = fold(m[0])
    shift = {"avant-hier": -2, "hier": -1, "yesterday": -1, "last night": -1, "demain": 1, "tomorrow": 1}
    shift |= {"apres-demain": 2, "the day before yesterday": -2, "the day after tomorrow": 2}
    return _Reading((anchor + timedelta(days=shift.get(word, 0))).isoformat(), "day")


def _this_year(m: re.Match, text: str, anchor: date) -> _Reading | None:
    if _AND_ITS_YEAR.match(text, m.end()):
        return None  # "fourth quarter and full year 2028": the year read after it is the quarter's
    return _Reading(str(anchor.year + _direction(m[0])), "year")


_AND_ITS_YEAR = pattern(
    rf"\s+(?:and|et)\s+(?:the\s+|de\s+l{APOS})?(?:full|fiscal|financial|exercice|année)[- ]?(?:year\s+)?"
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _years_ago(m: re.Match, text: str, anchor: date) -> _Reading:
    count = small_number(m["n"])
    if m["unit"].lower().startswith(("an", "year")):
        return _Reading(str(anchor.year - count), "year")
    year, month = shift_months(anchor, -count)
    return _Reading(f"{year}-{month:02d}", "month")


def _relative_month(m: re.Match, text: str, anchor: date) -> _Reading:
    year, month = shift_months(anchor, _direction(m[0]))
    return _Reading(f"{year}-{month:02d}", "month")


def _relative_weekday(m: re.Match, text: str, anchor: date) -> _Reading:
    day = weekday_near(anchor, weekday_number(m["wd"]), _direction(m[0]))
    return _Reading(day.isoformat(), "day")


_NAME_BEFORE_WEEKDAY = pattern(r"[A-ZÀ-Þ][\w'’-]* $")
# A French past participle right before the weekday ("Comme annoncé lundi", "Réunie vendredi à
# Lille, la commission a..."), opening its sentence or not: the day is past, whatever follows.
_PARTICIPLE_BEFORE = pattern(r"(?:^|[\s,(])[A-ZÀ-Þa-zà-ÿ][a-zà-ÿ]{2,}(?:ée?s?|ie?s?|ue?s?) $")
_FRENCH_WEEKDAYS = frozenset(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"])
# "24 December 2026 (Thursday)", "le 3 mars (mardi)": the weekday of the date before it, no day of its own.
_DATES_WEEKDAY = pattern(r"\d[ \t]*\($")


def _bare_weekday(m: re.Match, text: str, anchor: date) -> _Reading | None:
    """ "ont lancé mardi", "said on Wednesday": the nearest such day on the side its sentence's
    tense says, else the nearest either side; not "Black Friday", "Good Friday" (a name)."""
    before = text[max(0, m.start() - 20) : m.start()]
    if _DATES_WEEKDAY.search(before):
        return None
    participle = fold(m["wd"]) in _FRENCH_WEEKDAYS and _PARTICIPLE_BEFORE.search(before)
    if _NAME_BEFORE_WEEKDAY.search(before) and not before.rstrip().endswith((".", ":")) and not participle:
        return None
    weekday, tense = weekday_number(m["wd"]), -1 if participle else sentence_tense(text, m.start(), m.end())
    back, ahead = (anchor.weekday() - weekday) % 7, (weekday - anchor.weekday()) % 7
    past = tense < 0 or (tense == 0 and back <= ahead)
    return _Reading(
        (anchor - timedelta(days=back) if past else anchor + timedelta(days=ahead)).isoformat(), "day"
    )


def _season_index(word: str) -> int:
    seasons = ["printemps", "ete", "automne", "hiver", "spring", "summer", "autumn", "winter"]
    return seasons.index(fold(word).replace("fall", "autumn")) % 4


def _season(m: re.Match, text: str, anchor: date) -> _Reading:
    return _Reading(str(season_year(_season_index(_either(m, "s")), anchor, _direction(m[0]))), "year")


def _bare_season(m: re.Match, text: str, anchor: date) -> _Reading:
    year = season_by_tense(_season_index(m["s"]), anchor, tense_at(text, m.start(), m.end()))
    return _Reading(str(year), "year")


# What comes back every year: "from June to August each year"; after a year-less day, perhaps a
# second one ("April 1 and October 1 of each year")
_YEARLY_WORDS = r",?\s+(?i:(?:of\s+)?(?:each|every)\s+year|annually|(?:de\s+)?chaque année|tous les ans)\b"
_YEARLY = pattern(_YEARLY_WORDS)
_EACH_YEAR = pattern(rf"(?:\s+(?:and|et)\s+[^\n.;]{{1,20}}?)?{_YEARLY_WORDS}")


def _month_range(m: re.Match, text: str, anchor: date) -> _Reading | list[_Part] | None:
    """ "d'avril 2021 à décembre 2022", "from March 2019 to June 2020": one span of months; "from
    March to May", its year the first month's as a month alone would have it."""
    first_month, last_month = month_number(m["m1"]), month_number(m["m2"])
    if _YEARLY.match(text, m.end()):  # "from June to August each year": no calendar point
        return _BLOCKED
    if m["y2"] or m["rel"]:
        last_year = int(m["y2"]) if m["y2"] else anchor.year + _direction(m["rel"])  # "to June this year"
    elif m["y1"]:
        last_year = int(m["y1"]) + (last_month < first_month)
    else:
        lead = m[0][: m.start("m1") - m.start()].strip().lower()
        if lead not in ("between", "entre") and _AND.fullmatch(text, m.end("m1"), m.start("m2")):
            return _months_without_year(m, text, anchor)  # "les ventes de juillet et août": two months
        last_year = _tensed_year(text, m.start(), m.start(), m.end(), first_month, anchor)
        last_year += last_month < first_month
    first, last = span_of_months(first_month, m["y1"] and int(m["y1"]), last_month, last_year)
    if first >= last:
        return None
    return _Reading(f"{first[0]}-{first[1]:02d}/{last[0]}-{last[1]:02d}", "month", True)


_AND = pattern(r"\s+(?:and|et|&)\s+", re.IGNORECASE)


def _months_without_year(m: re.Match, text: str, anchor: date) -> list[_Part] | None:
    """Two months after a cue, neither with its year ("in July and August"): each a month, the second
    in the year after the first's when it comes earlier in the calendar."""
    if "m1" not in m.re.groupindex or not _MONTH_CUE.search(text[max(0, m.start("m1") - 14) : m.start("m1")]):
        return None
    first, second = month_number(m["m1"]), month_number(m["m2"])
    year = _tensed_year(text, m.start(), m.start(), m.end(), first, anchor)
    return [
        (m.start("m1"), m.end("m1"), _Reading(f"{year}-{first:02d}", "month")),
        (m.start("m2"), m.end("m2"), _Reading(f"{year + (second < first)}-{second:02d}", "month")),
    ]


def _month_pair(m: re.Match, text: str, anchor: date) -> list[_Part]:
    """Two months sharing the year written after the second: "in January and March 2027", "in March
    and April this year"."""
    year = m["y"] or str(anchor.year + _direction(m["rel"]))
    return [
        (m.start("m1"), m.end("m1"), _Reading(f"{year}-{month_number(m['m1']):02d}", "month")),
        (m.start("m2"), m.end(), _Reading(f"{year}-{month_number(m['m2']):02d}", "month")),
    ]


def _decade(m: re.Match, text: str, anchor: date) -> _Reading:
    if m["c"]:  # "since the 1700s": the century
        return _Reading(f"{m['c']}/{int(m['c']) + 99}", "year", True)
    start = int(m["y3"] or _either(m, "y"))
    return _Reading(f"{start}/{start + 9}", "year", True)


def _financial_year(m: re.Match, text: str, anchor: date) -> _Reading | None:
    """ "FY2027", "FY27": the year it ends in; "FY2026-27", "FY2026/2027": the span of its two years."""
    year = m["y"] if len(m["y"]) == 4 else f"20{m['y']}"
    if m["y2"] is None:
        return _Reading(year, "year")
    last = int(year[:2] + m["y2"][-2:])
    return _Reading(f"{year}/{last}", "year", True) if last == int(year) + 1 else None


def _blocked(m: re.Match, text: str, anchor: date) -> _Reading:
    return _BLOCKED


_CUE_WORD = pattern(rf"(?:{_NAME_CUES})\b", re.IGNORECASE)


def _acronym_name(m: re.Match, text: str, anchor: date) -> _Reading | None:
    """An acronym and a year ("PNM 2035") is a name; a cue word in capitals ("EN 2026") is none."""
    return None if _CUE_WORD.match(m[0]) else _BLOCKED


# Python's re tries a whole pattern at every offset: a cheap test of the first character
# (a digit, or the initial of a weekday or month) skips most of them.
_FIRST_DAY_CHAR = r"\b(?=[\dadfjlmnostvw])"


class _Rule(NamedTuple):
    """A pattern and its handler; the lower-case words without which it cannot match (checked
    first: a substring test is far cheaper than a regex scan); and a looser pattern that every
    match contains, searched once before the rule where the rule's first characters are common
    and its matches rare (most releases have no "2020s" or "T3", and its test fails fast)."""

    pattern: str
    handler: _Handler
    triggers: tuple[str, ...] = ()
    looser: str | None = None
    # The offsets of `_Cues` its every match opens at, tried alone (see `opened_at`): a try at
    # each costs less than the looser pattern's scan, which is then skipped (it only tells
    # whether the rule can match). Or, with `needs`, the cues without one of which it cannot.
    opens: str | None = None
    needs: str | None = None
    # The words one of which opens each match, before the cue it `opens` at and the spaces
    # between (`\s*`, `\s+`): the rule is tried where one of them can stand.
    leads: tuple[str, ...] = ()
    # Or the lower-case words one of which each match holds, opening at most `reach` characters
    # after the match's start, not counting the spaces right before the word: the rule is tried
    # at those offsets only (see `_Cues.anchored`), where its own first characters are common.
    anchors: tuple[str, ...] | re.Pattern[str] = ()
    reach: int = 0


_SEASON_WORDS = tuple(SEASONS.split("|"))
_TODAY_WORDS: tuple[str, ...] = ("ce jour", "aujourd", "today", "ce matin", "morning", "ce soir")
_TODAY_WORDS += ("tonight", "afternoon", "après-midi", "hier", "yesterday", "demain", "tomorrow")
_TODAY_WORDS += ("last night", "evening", "the day")
_NTH = ("first", "second", "third", "fourth", "last")
_RULES: list[_Rule] = [
    # A phone number's trunk prefix ("+44 (0)1924 555 210") or its country code ("+61 8 5550 1927"):
    # its digits are no year.
    _Rule(r"\(0\)\s?\d{2,5}|\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,5}", _blocked, ("(0)", "+")),
    # A national number's groups after its trunk zero ("029 2057 0000", "020 7946 0191").
    _Rule(r"(?<![\w.,])0\d{1,4} \d{3,4} \d{3,4}(?!\d)", _blocked, opens="number"),
    # A life or a period in brackets, however old ("Gwenllian Mostyn-Prys (1851–1919)").
    _Rule(r"\((?P<a>1[5-9]\d\d)\s?[–-]\s?(?P<b>1[5-9]\d\d|20\d\d)\)", _period, ("(",)),
    # A year before 1900 is read only where a founding or a start names it ("Founded in 1868").
    # (The words' initials in a lookahead first: re skips ahead to them. Most texts that hold one
    # of the words, "depuis" or "créé" in French, have no such year after a space: a scan from
    # each "18" tells, where the rule stops at every "d", "e" and "s".)
    _Rule(
        r"(?=[fecisd])\b(?:founded|established|incorporated|chartered|since|fondée?s?|créée?s?|depuis)(?:\s+(?:in|en))?"
        r"\s+(?P<y>18\d\d)(?![\w\-/]|[.,]\d)",
        _old_year,
        ("founded", "established", "incorporated", "chartered", "since", "fond", "créé", "depuis"),
        looser=r"18\d\d(?<=\s18\d\d)",
    ),
    _Rule(_FIRST_DAY_CHAR + DAY_EXPR, _day, (), opens="day"),
    _Rule(
        # the first end may carry an hour: "du samedi 18 juillet 2026 à 8 heures au samedi 31 octobre";
        # either end a time before it: "from 9am Friday 13 March to 5pm Friday 10 April"
        initials("du", "from", "between", "entre le")
        + rf"\s+{_CLOCK}(?P<a>{RANGE_START})(?:{_HOUR})?\s*,?\s+"
        rf"(?:au|to|through|until|till|and|et le)\s+{_CLOCK}(?P<b>{DAY_EXPR})",
        _day_range,
        ("du ", "from ", "between ", "entre le"),
        opens="day",
        leads=("du", "from", "between", "entre le"),
    ),
    _Rule(
        # "through" alone says a span, no lead word needed: "open daily May 1 through Sept. 30"
        rf"(?P<a>{DAY_EXPR})\s*,?\s+(?:through|thru)\s+(?P<b>{DAY_EXPR})",
        _day_range,
        (" through ", " thru "),
        opens="day",
    ),
    _Rule(
        rf"(?P<a>{DAY})\s+(?:et|and|&)\s+(?P<b>{DAY_EXPR})",
        _day_pair,
        (" et ", " and ", "&"),
        r"\d(?:er|st|nd|rd|th)?\s+(?:et|and|&)\s",
        "number",
    ),
    _Rule(
        initials("de", f"d{APOS}", "from", "between", "entre", "du mois de")
        + rf"\s*(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}))?\s+"
        rf"(?:à|au mois de|a|to|through|until|and|et|[-–])\s+(?P<m2>{MONTH})"
        rf"(?:\s+(?:(?P<y2>{YEAR})|(?P<rel>{YEAR_WORDS}))|(?![\s,]*\d))",  # no year: "from March to May"
        _month_range,
        opens="month",
        leads=("de", "d'", "from", "between", "entre", "du mois de"),
    ),
    _Rule(
        # with no lead word, a span of months whose year ends it ("for January to March 2027",
        # "janvier-mars 2027"); not "January and March 2027", two months
        # ("March-April-May 2026", a season of three: its first and its last)
        rf"(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}))?(?:[-–]{MONTH}(?=[-–]))*(?:\s+(?:à|to|through)\s+|\s?[-–]\s?)"
        rf"(?P<m2>{MONTH})"
        rf"\s+(?:(?P<y2>{YEAR})|(?P<rel>{YEAR_WORDS}))",
        _month_range,
        opens="month",
    ),
    _Rule(
        rf"(?P<m1>{MONTH})\s+(?:and|et|or|ou|&)\s+(?P<m2>{MONTH})\s+(?:(?P<y>{YEAR})|(?P<rel>{YEAR_WORDS}))",
        _month_pair,
        (" and ", " et ", " or ", " ou ", "&"),
        opens="month",
    ),
    _Rule(  # "in July and August", neither with a year
        rf"(?P<m1>{MONTH})\s+(?:and|et|&)\s+(?P<m2>{MONTH})(?![\s,]*\d)",
        _months_without_year,
        (" and ", " et ", "&"),
        opens="month",
    ),
    # "les années 1930", "the 2000s", "in the 1990s": a decade; "the 2020 drought" is a year.
    # "the 1700s" before 1900: a century.
    _Rule(
        r"\b(?:(?:les |des |aux )?années\s+(?P<y>(?:19|20)\d0)(?:s\b|(?![\ds]))"
        r"|the\s+(?:(?P<y3>(?:19|20)\d0)|(?P<c>1[0-8]00))s\b)|(?P<y2>(?:19|20)\d0)s\b",
        _decade,
        anchors=pattern(r"((?:19|20)\d0|1[0-8]00)"),
        reach=len("les années"),
    ),
    # "October 29–November 1": a span across two months, month first at each end
    _Rule(
        rf"\b(?=[adfjmnos])(?P<a>{MONTH}\s+{DAY})\s?[-–]\s?(?P<b>{MONTH}\s+{DAY}(?:\s*,?\s+{YEAR})?)",
        _day_range,
        ("-", "–"),
        r"\d(?:st|nd|rd|th)?\s?[-–]\s?[a-zA-Z]",
        "calendar",
    ),
    _Rule(
        rf"\b(?=[adfjmnos]){MONTH_DAYS}",
        _month_days,
        ("-", "–", " to ", " through ", " thru ", " and "),
        r"\d(?:er|st|nd|rd|th)?(?:\s?[-–]\s?|\s+(?:to|through|thru|and)\s+)\d",
        "calendar",
    ),
    # "le 28/02": both parts written on two digits, so that "24/7" or "1/3" stay ratios.
    _Rule(
        r"(?P<d>[0-3](?<![\d/.,][0-3])(?:(?<=[12])\d|(?<=3)[01]|(?<=0)[1-9]))/(?P<mo>1[0-2]|0[1-9])"
        r"(?![\d/]|[.,]\d)",
        _short_numeric,
        ("/",),
    ),
    _Rule(rf"(?P<a>{DASH_RANGE_START})\s?[-–]\s?(?P<b>{DAY_EXPR})", _day_range, ("-", "–"), opens="number"),
    # "1 to 31 July 2027", "July 1, 2026 to June 30, 2027": a span without a lead word, its ends plain
    _Rule(rf"(?P<a>{DASH_RANGE_START})\s+to\s+(?P<b>{DAY_EXPR})", _plain_range, (" to ",), opens="number"),
    # and between two whole dates, "to" or a dash: "2 Dec 2025 – 30 Jun 2026"
    _Rule(
        rf"(?P<a>{DAY_EXPR})(?:\s+to\s+|\s?[-–]\s?)(?P<b>{DAY_EXPR})",
        _plain_range,
        (" to ", "-", "–"),
        opens="day",
    ),
    _Rule(
        rf"\b(?=[adfjmnos])(?P<m>{MONTH})(?:\s+(?P<y>{YEAR})"
        rf"|(?P<after>\s+(?:dernier|prochain|de cette année|de l{APOS}année (?:dernière|prochaine)"
        r"|(?:last|this|next) year\b))?"
        rf"{_NEAR_YEAR})",
        _month,
        opens="calendar",
    ),
    _Rule(
        # "mi-2018", "mid-2018", "by end-2030", "fin-2030": a year after a hyphen only there
        rf"(?P<y>[12](?:(?<![\w\-/.,€$£#°][12])|(?<=\bmi-[12])|(?<=\bmid-[12])|(?<=\bend-[12])"
        rf"|(?<=\bfin-[12])){YEAR_TAIL})"
        r"(?![\w\-/]|[.,]\d)",
        _year,
        opens="number",
    ),
    _Rule(
        rf"(?P<a>[12](?<![\w\-/.,][12]){YEAR_TAIL})"
        rf"(?:\s?[-–/]\s?(?P<b>(?:19|20)\d{{2}})|[-–/](?P<b2>\d{{1,2}}))(?![\w\-/%]|[.,]\d)",
        _year_range,
        opens="number",
    ),
    _Rule(  # "covering 2025 to 2027", "the 2026 to 2027 financial year" (one year named by both ends)
        rf"\b(?P<a>{YEAR})\s+to\s+(?P<b>{YEAR})(?![\w\-/%]|[.,]\d)",
        _year_range,
        (" to ",),
        opens="number",
    ),
    _Rule(  # "over fiscal years 2027 through 2029"
        rf"\b(?P<a>{YEAR})\s+(?:through|thru)\s+(?P<b>{YEAR})(?![\w\-/%]|[.,]\d)",
        _year_range,
        (" through ", " thru "),
        opens="number",
    ),
    _Rule(
        # each end may be a fiscal year ("from 2025-26 to 2029-30"): the span ends with the last
        # "between 1885 and 1910": a span's first end may be older than the years read alone
        # or a school or fiscal year written whole ("de 2026-2027 à 2028-2029")
        initials("de", "entre", "from", "between")
        + rf"\s+(?P<a>{YEAR}|18\d\d)(?:{FISCAL_TAIL}|[-–/]{YEAR})?\s+"
        rf"(?:à|a|et|to|and|through|until)\s+"
        rf"(?:(?P<b>{YEAR})(?![-–/]\d)|{YEAR}[-–/](?P<b2>\d\d|{YEAR}){FISCAL_END})",
        _year_range,
        opens="number",
        leads=("de", "entre", "from", "between"),
    ),
    _Rule(  # "2028/29 to 2030/31", "2028-2029 à 2030-2031": two fiscal years written whole, one span
        rf"(?P<a>[12](?<![\w\-/.,][12]){YEAR_TAIL})[-–/](?:\d\d|{YEAR})\s+(?:à|to|through)\s+"
        rf"{YEAR}[-–/](?P<b>\d\d|{YEAR}){FISCAL_END}",
        _year_range,
        (" to ", " à ", " through "),
        opens="number",
    ),
    _Rule(  # "pour les années 2027 à 2031", "exercices 2027 à 2030", "the years 2027 to 2031": a span
        initials("années", "exercices", "years")
        + rf"\s+(?P<a>{YEAR})\s+(?:à|a|to|through|until)\s+(?P<b>{YEAR})(?![-–/]\d)",
        _year_range,
        opens="number",
        leads=("années", "exercices", "years"),
    ),
    _Rule(
        initials(
            *("ce jour", f"aujourd{APOS}hui", "today", "ce matin", "this morning", "ce soir"),
            *("tonight", "this afternoon", "cet après-midi", "avant-hier", "hier", "yesterday"),
            *("last night", "this evening", "the day before yesterday", "the day after tomorrow"),
            # "demain" not after "de " or "d'": tested from behind its initial, taken first
            *("après-demain", f"d(?<!de d)(?<!d{APOS}d)emain", f"tomorrow(?!{APOS}s)"),
        )
        + r"\b(?!-là)",
        _today_shift,
        _TODAY_WORDS,
        anchors=_TODAY_WORDS,
        reach=len("avant-"),
    ),
    _Rule(
        initials(
            *(
                f"l{APOS}année (?:prochaine|dernière|passée|en cours)",
                f"l{APOS}an (?:prochain|dernier|passé)",
            ),
            *("next year", "last year", "this year", "cette année"),
            *(
                f"{lead}fin (?:de l{APOS}année|d{APOS}année)"
                for lead in ("en ", "à la ", f"d{APOS}ici la ", "la ", "")
            ),
            *(f"{lead}début (?:de l{APOS}année|d{APOS}année)" for lead in ("en ", "au ", "")),
            *("the end of (?:the|this) year", "end of (?:the|this) year", "year-end", "earlier this year"),
            "later this year",
        )
        + _NEAR_YEAR,
        _this_year,
        ("année", "l'an", "l’an", "year"),
        anchors=("année", "l'an ", "l’an ", "year"),
        reach=len("d'ici la fin de l'"),
    ),
    _Rule(
        rf"\bil y a (?P<n>{SMALL_NUMBER}) (?P<unit>ans|années|mois)\b",
        _years_ago,
        ("il y a",),
    ),
    _Rule(
        rf"\b(?P<n>{SMALL_NUMBER}) (?P<unit>years?|months?) ago\b",
        _years_ago,
        (" ago",),
    ),
    _Rule(
        initials("le mois (?:dernier|prochain)", "ce mois-ci", "last month", "next month", "this month")
        + r"\b",
        _relative_month,
        ("mois", "month"),
    ),
    _Rule(  # "d'ici la fin du mois", "by the end of the month": this month; not "la fin du mois
        # de septembre", which the month's own rule reads
        r"\b(?:(?:d['’]ici |avant )?la fin du mois|(?:by )?the end of the month)\b(?!\s+(?:de\s|d['’]|of\s))",
        _relative_month,
        ("fin du mois", "end of the month"),
    ),
    # a weekday that comes back each month ("the last Thursday of each month", "le premier lundi du
    # mois"): a habit, no date
    _Rule(
        initials(*_NTH, "1st", "2nd", "3rd", "4th", "premier", "deuxième", "troisième", "dernier")
        + rf"\s+{WEEKDAY}\s+(?:(?:of|in)\s+(?:each|every|the)\s+month|(?:de\s+chaque|du)\s+mois)\b",
        _blocked,
        (" month", " mois"),
        needs="weekday",
    ),
    _Rule(
        initials("ce", "this", "last", "next") + rf"\s+(?P<wd>{WEEKDAY})(?!\s*,?\s*\d)",
        _relative_weekday,
        needs="weekday",
    ),
    _Rule(
        # a weekday alone, placed by its sentence; not habits ("le mardi", "tous les lundis", "every
        # Monday"), spans of days ("Monday to Friday", "du lundi au vendredi") or a dated day
        r"(?<!\bce )(?<!\bthis )(?<!\blast )(?<!\bnext )(?<!\ble )(?<!\bles )(?<!\bdu )(?<!\bau )"
        r"(?<!\bfrom )(?<!\bto )(?<!\buntil )(?<!\bevery )(?<!\bchaque )(?<!-)"
        rf"(?P<wd>{WEEKDAY})(?!['’]s\b|-|\s*,?\s*(?:the\s+|le\s+)?\d|\s*,?\s*{MONTH}"
        rf"|\s+(?:dernier|prochain|gras)\b"
        # a place named after the day ("Thursday Island", "Friday Harbor"): a name
        r"|\s+(?-i:Island|Islands|Harbor|Harbour|Creek|Bay|Street|Road)\b"
        # a habit, the day before what recurs on it: "Sunday evenings", "Saturday games"
        r"|\s+(?:mornings|afternoons|evenings|nights|hours|games|matches|fixtures|services|markets)\b"
        rf"|\s*(?:to|au|à|–|through|et|and|or|ou|,|/)\s*{WEEKDAY})",
        _bare_weekday,
        opens="weekday",
    ),
    _Rule(
        rf"(?P<wd>{WEEKDAY})\s+(?:dernier|prochain)",
        _relative_weekday,
        ("dernier", "prochain"),
        opens="weekday",
    ),
    _Rule(
        rf"\b(?:(?:ce|cet|cette|this|last|next)\s+(?P<s>{SEASONS})"
        rf"|(?:l{APOS}|le |la )(?P<s2>{SEASONS})\s+(?:dernier|prochain))\b" + _NEAR_YEAR,
        _season,
        _SEASON_WORDS,
        anchors=_SEASON_WORDS,
        reach=len("cette"),
    ),
    _Rule(
        # "au printemps", "à l'automne", "in the spring": the season is placed by the tense.
        # "en été", "in summer" speak of every summer.
        initials("au", f"à l{APOS}", f"dès l{APOS}", "dès le", "in the", "by(?: the)?")
        + rf"\s*(?P<s>{SEASONS})\b"
        + _NEAR_YEAR,
        _bare_season,
        _SEASON_WORDS,
        anchors=_SEASON_WORDS,
        reach=len("dès le"),
    ),
    _Rule(
        r"(?=[adefilpst])(?<![\w-])(?:au|du|sur le|le|en|in|for|the|pour le)\s+"
        r"(?:[TQ][1-4]|[SH][12])(?![\w-])" + _NEAR_YEAR,
        _this_year,
        # "t1"… "q4", "s1", "h2", found from their digit: their letters are common
        anchors=pattern(r"[1-4](?<=([tqsh])[1-4])"),
        reach=len("pour le"),
    ),
    _Rule(
        r"\b(?:(?:premier|1er|second|deuxième|2e|2nd|troisième|3e|quatrième|4e|first|third"
        r"|fourth|1st|3rd|4th)\s+(?:semestre|trimestre|half|quarter)|(?:ce|sur le|au cours du"
        r"|this)\s+(?:semestre|trimestre|quarter))\b" + _NEAR_YEAR,
        _this_year,
        ("semestre", "trimestre", "half", "quarter"),
        anchors=("semestre", "trimestre", "half", "quarter"),
        reach=len("au cours du"),
    ),
]
# Events whose name a release writes with their year; their words after the capital in either case.
EVENT_WORDS = (
    r"Coupe du [Mm]onde(?: de (?:football|rugby))?|Coupe d['’]Afrique des [Nn]ations"
    r"|Championnats? du [Mm]onde|Championnats? d['’]Europe"
    r"|Jeux [Oo]lympiques(?: et [Pp]aralympiques)?|Jeux [Pp]aralympiques"
    r"|Exposition [Uu]niverselle|Expo|World Cup|Olympic Games|Olympics|Paralympic Games"
    r"|Commonwealth Games|World Expo|World Championships?"
)
# Words that make the year after them a date ("en 2025"), not part of a name.
_NOT_BEFORE_YEAR = (
    rf"(?!(?i:en|in|depuis|since|pour|for|de|à|d{APOS}ici|by|until|fin|début|end|early|late)\s)"
)
# The same words, read back from the year: only the word right before it makes the quote a
# sentence (« Cœur de bourg 2026 » is a programme, « Investir en 2025 » a sentence).
_CUE_BEFORE_YEAR = "".join(
    rf"(?<!\b{w})" for w in ("en", "in", "depuis", "since", "pour", "for", "de", "à", "by", "until", "fin")
) + "".join(rf"(?<!\b{w})" for w in ("début", "end", "early", "late", f"d{APOS}ici"))
# Case matters here: a reference code is upper case ("CP028-2018"), "mi-2018" is a date;
# "Horizon 2020" is a programme, "à l'horizon 2030" a date.
_CASED_RULES: list[_Rule] = [
    _Rule(r"\b[A-Z]{1,4}\d*-(?:19|20)\d{2}\b", _blocked, ("-19", "-20")),
    # A law named by its year ("the Securities Exchange Act of 1934", "Act 89 of 2013", the
    # Commonwealth's "Companies Act, 2013", "... Regulations, 2015"): a name.
    _Rule(
        rf"(?=[ACLOSTR])\b(?:(?:{LAW_WORDS})(?:\s+(?:No\.?\s*)?\d{{1,4}})?\s+of|(?:{LAW_WORDS}|Regulations|Rules),)"
        rf"\s+{YEAR}",
        _blocked,
        tuple(f"{w.lower()} " for w in LAW_WORDS.split("|"))
        + tuple(f"{w.lower()}," for w in [*LAW_WORDS.split("|"), "Regulations", "Rules"]),
    ),
    # A code or a standard's edition in brackets after its name ("the Reporting Code (2019)",
    # "Standards (2014)"): a name.
    _Rule(
        rf"(?=[ACLOSTRG])\b(?:{LAW_WORDS}|Standards?|Guidelines|Regulations|Rules)\s?\(\s?{YEAR}\s?\)",
        _blocked,
        ("(1", "(2"),
    ),
    # ... or named by its year's Edition ("the JORC Code (2012 Edition)", "the 2012 Edition of the
    # Code"): a title's word, capitalised, where "the 2025 edition of the fair" is the fair's year.
    _Rule(rf"\b{YEAR}[ \u00a0]+Edition\b", _blocked, (" edition",)),
    # A sporting or world event named with its year ("Coupe du monde 2030", "Jeux olympiques 2024",
    # "Exposition universelle 2025", "the 2026 World Cup" aside): the event's name, not a date.
    _Rule(
        rf"\b(?:{EVENT_WORDS})[ \u00a0]+{YEAR}(?![\d/–-])",
        _blocked,
        ("coupe d", "championnat", "jeux ", "exposition universelle", "world cup", "olympic", " games")
        + ("expo 2", "world championship"),
    ),
    # every match ends with a capitalised word or two then a year: read back from each number
    _Rule(_YEAR_NAMES, _blocked, opens="named"),
    # a road numbered like a year ("la route départementale (RD) 2089", "Highway 2010"): a name
    _Rule(
        rf"\b(?:RD|RN|Route|Highway|Hwy\.?|Autoroute)\)?[ \u00a0]+{YEAR}(?![\d/–-])",
        _blocked,
        ("rd", "rn", "route", "highway", "hwy"),
    ),
    # an acronym then a year names a plan ("le plan PNM 2035", "(SNB 2030)"), unless it is a cue
    # word or a month in capitals ("EN 2026", "DEC 2026")
    _Rule(
        rf"[A-Z](?<![\w-][A-Z])[A-Z]{{1,4}}[ \u00a0]{YEAR}(?![\d/–-])",
        _acronym_name,
    ),
    # a plan or a strategy named with its year after a few lower-case words ("le Plan national de
    # mobilité 2035", "Stratégie bas-carbone 2050"); not "Plan adopté en 2035", "à l'horizon 2030"
    _Rule(
        r"[PSA](?<!\w[PSA])(?:(?<=P)(?:lan|rogram(?:me)?|acte?)|(?<=S)(?:tratégie|trategy|chéma)|(?<=A)genda)"
        r"(?:\s[a-zà-ÿ'’-]+){0,3}"
        rf"\s(?!(?i:{_NAME_CUES}|horizon|l['’]horizon|d['’]ici|jusqu['’]\w*|through)\b)[a-zà-ÿ'’-]+"
        rf"[ \u00a0]{YEAR}(?![\d/–-])",
        _blocked,
        ("plan", "program", "strat", "schéma", "pact", "agenda"),
    ),
    # a quoted title that ends with a span of years after a comma or a colon ("Rivers at risk: a
    # survey, 2019–2024"): a name
    _Rule(
        rf"[«“\"][ \u00a0\u202f]?[A-ZÀ-Ý][^«»“”\"\n]{{0,100}}"
        rf"[,:]\s{YEAR}\s?[-–]\s?{YEAR}[ \u00a0\u202f]?[»”\"]",
        _blocked,
        looser=rf"[,:]\s{YEAR}\s?[-–]\s?{YEAR}[ \u00a0\u202f]?[»”\"]",
    ),
    # "FY27", "FY2027": a financial year named by the calendar year it ends in (year grain)
    # also after a quarter or a count of months ("3QFY2025", "9MFY2025"); "FY2026-27": its two years
    _Rule(
        r"F(?:(?<!\wF)|(?<=\b[1-4][QH]F)|(?<=\b\dMF))Y\s?(?P<y>(?:20)?\d\d)"
        r"(?:\b(?![-–/]\d)|(?<=\d{4})[-–/](?P<y2>\d\d|20\d\d)(?![\w\-/%]|[.,]\d))",
        _financial_year,
        ("fy",),
    ),
    # a half, a quarter or nine months written against its year, "2H2027", "1Q2026", "3Q26",
    # "9M25" (a results release's columns): the year
    _Rule(
        r"(?<![\w-])(?:[1-4]Q|[12]H|9M)(?P<y>(?:19|20)\d\d|\d\d)(?![\w-])",
        _old_year,
        looser=r"(?:[1-4]Q|[12]H|9M)\d\d",
    ),
    # a bond named by its coupon and maturity ("TPCI 6,10 % 2026-2033", "5.25% 2031 Notes"): a name
    _Rule(
        rf"(?<![\d.,])\d{{1,2}}(?:[.,]\d+)?[ \u00a0\u202f]?%[ \u00a0\u202f]+{YEAR}"
        rf"(?:\s?[-–/]\s?{YEAR}|(?=\s*(?:[»”\"]|Notes|Bonds|[Oo]bligations)))",
        _blocked,
        ("%",),
        opens="number",
    ),
    # A quoted name of up to three words ending with a year or a span of years names a programme
    # or a plan (« Ma santé 2022 », « Plan grand froid 2025-2026 »); a quoted sentence ends with
    # "en 2025", "in 2025".
    _Rule(
        rf"[«“\"][ \u00a0\u202f]?[A-ZÀ-Ý][\w'’-]*(?:\s[\w'’-]+){{0,2}}{_CUE_BEFORE_YEAR}"
        rf"\s{YEAR}(?:[-–/](?:{YEAR}|\d\d))?[ \u00a0\u202f]?[»”\"]",
        _blocked,
        (),
    ),
]
_COMPILED = [
    (
        pattern(p, flags),
        h,
        t,
        pattern(looser, flags) if looser else None,
        opens,
        needs,
        (sorted({len(lead) for lead in leads}), cased("".join(lead[0] for lead in leads))) if leads else None,
        (anchors, reach) if anchors else None,
    )
    for rules, flags in ((_RULES, re.IGNORECASE), (_CASED_RULES, 0))
    for p, h, t, looser, opens, needs, leads, anchors, reach in rules
]

# Where a day, a month or a weekday can open: a digit with no word character before it, and a
# month or a weekday name, whole (`MONTH` and `WEEKDAY` open on `\b`, and end on one: an
# abbreviation's dot, or a boundary before a number). Found from their initials, which re can
# skip to.
_CUE = pattern(
    rf"(?-i:[\d{cased(''.join(w[0] for w in [*MONTHS, *WEEKDAYS]) + 'àâ')}])(?<!\w.)"
    rf"(?:(?<=\d)(?P<number>)|(?:(?:{words_from_behind(list(WEEKDAYS))})\b"
    rf"|(?:{words_from_behind(list(WEEKDAY_ABBREVIATIONS))}){WEEKDAY_SHORT_END})(?P<weekday>)"
    rf"|(?:{words_from_behind(list(MONTHS))})\b(?P<month>))",
    re.IGNORECASE,
)

# The same offsets found in arrays (see `WordOpenings`), for a text long enough that this costs
# less than re's stop at every initial (a French release: 40 against 95 µs).
_OPENINGS = WordOpenings([*MONTHS, *WEEKDAYS, *WEEKDAY_ABBREVIATIONS], accented)
_ARRAYED = 500

# The letters and spaces of `_YEAR_NAMES`' names, as its classes write them.
_UPPER = frozenset(map(chr, [*range(ord("A"), ord("Z") + 1), *range(ord("À"), ord("Þ") + 1)]))
_LOWER = frozenset(map(chr, [*range(ord("a"), ord("z") + 1), *range(ord("à"), ord("ÿ") + 1)]))
_NAME_SPACES = " \u00a0"


class _Cues:
    """The offsets where a rule's matches can open, found in one scan of the text: "number",
    "weekday", "month", "calendar" (either), and "day" (a number or either)."""

    def __init__(self, text: str, lowered: str | None = None) -> None:
        self.text, self.lowered = text, text.lower() if lowered is None else lowered
        self._found: dict[str, list[int]] = {}
        self.number: list[int] = []
        self.weekday: list[int] = []
        self.month: list[int] = []
        self.day: list[int] = []
        starts = _OPENINGS(text) if len(text) > _ARRAYED else None
        for m in _CUE.finditer(text) if starts is None else opened_at(_CUE, text, starts):
            self.day.append(m.start())
            getattr(self, str(m.lastgroup)).append(m.start())
        self.calendar = sorted(self.weekday + self.month) if self.weekday else self.month

    @cached_property
    def named(self) -> list[int]:
        """Where a capitalised word opens that, alone or with the next one (a space apart), is
        followed by spaces and a number: `_YEAR_NAMES`' matches, which end on a year, open there."""
        text, starts = self.text, set()
        for cue in self.number:
            end = cue
            while end and text[end - 1] in _NAME_SPACES:
                end -= 1
            for _ in range(2 if end < cue else 0):
                start = end
                while start and text[start - 1] in _LOWER:
                    start -= 1
                if start == end or not start or text[start - 1] not in _UPPER:
                    break
                starts.add(start - 1)
                end = start - 2  # the space before that word, if it has one, ends the word before
                if end < 0 or text[end] not in _NAME_SPACES:
                    break
        return sorted(starts)

    def led(self, text: str, kind: str, leads: tuple[list[int], str]) -> list[int]:
        """The offsets where a lead word of one of `leads`' lengths, opening on one of its
        initials, ends right before the spaces before a cue of `kind`."""
        widths, initials = leads
        starts: set[int] = set()
        for cue in getattr(self, kind):
            end = cue
            while end and text[end - 1].isspace():
                end -= 1
            starts.update(end - w for w in widths if w <= end and text[end - w] in initials)
        return sorted(starts)

    def anchored(self, words: tuple[str, ...] | re.Pattern[str], reach: int) -> list[int] | None:
        """The offsets from which one of `words` (or the first group of a match of the pattern, in
        the lower-cased text) opens at most `reach` characters on, not counting a run of spaces
        right before it. None where the lower-cased text's offsets are not the text's, or where
        it holds a letter IGNORECASE reads as another that lower() leaves as it is ("ı" as "i",
        "ſ" as "s"): the words cannot be found in it then."""
        text, lowered = self.text, self.lowered
        if len(lowered) != len(text) or "ı" in text or "ſ" in text:
            return None
        if isinstance(words, re.Pattern):
            found = [m.start(1) for m in words.finditer(lowered)]
        else:
            found = [at for word in words for at in self._occurrences(word)]
        starts: set[int] = set()
        for at in found:
            end = at
            while end and text[end - 1].isspace():
                end -= 1
            starts.update(range(max(0, end - reach), end + 1))
            starts.update(range(max(0, at - reach), at + 1))
        return sorted(starts)

    def _occurrences(self, word: str) -> list[int]:
        """Where `word` opens in the lower-cased text; remembered, as two rules may ask."""
        if word not in self._found:
            found, at = [], self.lowered.find(word)
            while at >= 0:
                found.append(at)
                at = self.lowered.find(word, at + 1)
            self._found[word] = found
        return self._found[word]


def _readings(text: str, anchor: date) -> list[tuple[int, int, list[_Part]]]:
    """Every rule's readings, longest first among those starting at one offset."""
    found, lowered = [], text.lower()
    cues = _Cues(text, lowered)
    for rule, handler, triggers, looser, opens, needs, leads, anchors in _COMPILED:
        if triggers and not any(t in lowered for t in triggers):
            continue
        if looser and not opens and not looser.search(text):
            continue
        if needs and not getattr(cues, needs):
            continue
        starts = _starts(cues, opens, leads, anchors)
        for m in rule.finditer(text) if starts is None else opened_at(rule, text, starts):
            reading = handler(m, text, anchor)
            if isinstance(reading, _Reading):
                reading = [(m.start(), m.end(), reading)]
            if reading is not None:
                found.append((m.start(), m.end(), reading))
    return sorted(found, key=lambda f: (f[0], f[0] - f[1]))


def _starts(
    cues: _Cues,
    opens: str | None,
    leads: tuple[list[int], str] | None,
    anchors: tuple[tuple[str, ...] | re.Pattern[str], int] | None,
) -> list[int] | None:
    """The offsets a rule is tried at, or None when it is to be tried at every offset."""
    if opens:
        return cues.led(cues.text, opens, leads) if leads else getattr(cues, opens)
    return cues.anchored(*anchors) if anchors else None


def find_dates(text: str, lang: str, anchor: date) -> list[DateMention]:
    """Every date in the text; partial and relative ones resolved against `anchor`."""
    mentions: list[DateMention] = []
    taken_until = 0
    for start, end, parts in _readings(text, anchor):
        if start < taken_until:
            continue
        taken_until = end
        mentions.extend(
            DateMention(text=text[s:e], start=s, end=e, value=r.value, grain=r.grain, is_range=r.is_range)
            for s, e, r in parts
            if r is not _BLOCKED
        )
    return mentions
