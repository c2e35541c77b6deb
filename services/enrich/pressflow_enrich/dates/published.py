"""The release's own date: the shapes a dateline or a header date takes, tried in order of trust.

1. A dateline: a place and a comma, then the date ("Toulouse, le 14 décembre 2018",
   "MONROEVILLE, Pa., Nov. 8, 2011 /PRNewswire/", "BURLINGTON, Mass.--(BUSINESS WIRE)--July
   28, 2000", "LEUVEN, Belgium I March 15, 2013 I", "MONTREAL, March 11 /CNW/", "Montréal
   (Québec), le 3 mars"); a town and its date in brackets ("LEEDS (4 March 2025) –"); a town
   and a wire between dashes ("OSAKA--(BUSINESS WIRE)--Nov 3, 2026"); a town the geodata
   knows, a dash or a colon and the date ("Kampala – 3rd November 2026", "New Delhi: Nov 3").
2. A date line: a line that is, or begins with, a date, perhaps after a label ("31 Mar 2005
   07:00", "Posted on 3 June 2024", "Release date: 03/11/2026", "Embargoed until 00:01 GMT,
   3 November 2026", "Vendredi 10 décembre 2021 à Brazzaville, ..."), or a line naming the
   document or a byline, a separator and the date ("Media Release | 3 November 2026", "By Jo
   Hart | 3 November 2026").
3. A heading that ends with the date of the meeting it reports ("Séance du Conseil d'Etat du
   2 avril 2025"), below at most a few header lines (the issuing office, "Communiqué de presse").
4. An "issued on" sentence at the very top.
5. Failing all of those, a sign-off line anywhere that holds only a place and a full date
   ("Hong Kong, 27 August 2025" under "By order of the Board", "Fait à Dakar, le 3 novembre
   2026", "Johannesburg / 14 October 2025", or the town, or the issuer in capitals, and the date
   on two lines), or an end mark and the date ("Ends/Thursday, November 19, 2026"), or who
   issued it and when ("Issued by the Communications Team, Harbour Trust, 3 May 2026"), as listed
   companies' and
   official announcements close.

A dateline or date line without a year takes the year that puts it closest before the day the
release arrived ("MONTREAL, le 7 déc." received 8 December 2007). A numeric date the text never
shows the order of ("11/3/2026") is read the way that puts it near its arrival when the other
way is far from it. Only the release's header is
read: its lines up to the second paragraph of prose or the first closing block.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice

from pressflow_enrich.dates.grammar import DAY_EXPR, DayParts, numeric_evidence, numeric_order, parse_day
from pressflow_enrich.dates.relative import safe_date
from pressflow_enrich.entities.gazetteer import names_a_job
from pressflow_enrich.openings import opened_at
from pressflow_enrich.places import is_city, is_country, is_region, release_country
from pressflow_enrich.words.calendar import WEEKDAYS
from pressflow_enrich.words.letters import pattern

# What may follow a header date: the end of the line, a time, a separator, a wire's name.
_AFTER = (
    r"(?=[*_]*[ \t]*(?:$|[,.;:|/()–—-]|\s(?:I|à|at|in)\b|\s\d{1,2}[h:.]\d{2}|\s+\d{1,2}\s?[ap]\.?m\b"
    r"|(?<=\d)T\d{2}:\d{2}))"  # "2026-03-03T07:00:00Z": an ISO timestamp's time
)
# A place as datelines write it: capitalised words, perhaps tied by a particle ("Saint-Pierre-
# de-Bœuf", "Boulogne sur Mer", "Port of Spain", "SAN DIEGO"); a sentence ("C'est à Brasília, mardi") is none.
_PLACE = (
    r"(?-i:[A-ZÀ-Þ][\w'’.-]*"
    r"(?:[ \t](?:[A-ZÀ-Þ][\w'’.-]*|\d{1,3}|de|du|des|la|le|les|sur|en|of|upon|on|am|es|el|da|do"
    r"|d['’]\w+|&|and|et)){0,4})"
)  # a number may stand inside ("TREATY 5 TERRITORY, WAPISIW LAKE, Man., June 9, 2026 /CNW/"), and
# two towns ("MILWAUKEE & DENVER--(BUSINESS WIRE)--")
_LABEL = (
    r"(?:posted|(?:first )?published|publié|updated|mis en ligne|mis à jour|issued|released|dated?|daté"
    r"|diffusé"
    r"|for immediate release|pour diffusion immédiate|(?:for )?release(?: date)?"
    r"|date of (?:issue|release|report|announcement)"
    r"|date (?:&|and) time of (?:broadcast|release|issue|announcement)"
    r"|date announced|announcement date"  # an exchange's announcement form: "Date Announced | 26 Nov 2025"
    r"|date de (?:publication|parution|diffusion)|embargo(?:ed)?(?: until| till| jusqu['’]au)?)"
)
# A day written in another language before " / " and the same day in the release's.
_OTHER_LANGUAGE_DAY = r"[^\n\d/]{0,30}\d{1,2}[^\n\d/]{2,20}\d{4}[ \t]*/[ \t]*"
# A time before the date on a label's line ("Embargoed until 00:01 GMT, 3 November 2026").
_TIME_FIRST = r"(?:\d{1,2}[:.h]\d{2}(?::\d{2})?(?:[ \t]*[ap]\.?m\b\.?)?[^\n\d]{0,12}?)?"
# What a header line calls the document before its date ("Media Release | 3 November 2026",
# "Communiqué de presse – 3 novembre 2026").
_KIND = r"(?:release|statement|news|announcement|advisory|communiqué|avis de presse|information presse)"
# A province or a country in brackets after a dateline's town ("Montréal (Québec), le 3 mars").
_BRACKETED = r"(?:[ \t]*\([^)\n\d]{1,30}\))?"
# Each shape with where it is tried: from each line's start, from the text's start only, or
# anywhere in the opening characters; "dateline" when a year-less day may be read from it.
_Shape = tuple[re.Pattern[str], str, bool]
_SHAPES: list[_Shape] = [
    (  # "Toulouse, le 14 décembre 2018", "Montréal (Québec), le 3 mars", "X, Pa., Nov. 8, 2011",
        # a town in two languages ("Aiacciu / Ajaccio, le 27 mars 2026")
        pattern(
            rf"^[ \t*_#>(]*(?:[^\n\d]{{0,40}}?[–—|:/][ \t]*)?(?:\([^)\n]{{0,30}}\)\s*[-–—]*\s*)?"
            rf"(?P<dp>{_PLACE}){_BRACKETED},"  # then what else the line says of the place, a number
            # only before a name ("SIOUX LOOKOUT, ON, Treaty 3 Territory (18 June 2028) –")
            # (a bracket whole, as "(BUSINESS WIRE)": a day inside one is a sentence's, "has today
            # (Monday, 3 March) opened")
            rf"(?:[^\n\d(]|\([^)\n\d]*\)|\b\d{{1,3}}(?=[ \t][A-ZÀ-Þ])){{0,60}}?"
            rf"(?:(?:\b(?:le|on)\s+)?(?P<d>{DAY_EXPR})"
            + _AFTER
            # a day in brackets ends the dateline: a line's end or a dash after it, not a sentence's
            # words ("The State Cabinet, which met ... on Friday (13.02.2026) under ...")
            # (or after a wire's name: "--(Newsfile Corp. - December 1, 2026) -")
            + rf"|\((?:[^)\n\d]{{1,30}}[ \t][–—-][ \t]*)?(?P<bd>{DAY_EXPR})\)(?=[ \t*_]*(?:$|[–—|:-])))",
            re.IGNORECASE | re.MULTILINE,
        ),
        "lines",
        True,
    ),
    (  # "LONDON (3 November 2026) –", "Kampala – 3rd November 2026", "Belmopan. March 15, 2027.",
        # "LONDON (Reuters) 12-Mar-2019 -" (a place the geodata knows)
        pattern(
            rf"^[ \t*_#>]*(?P<p>{_PLACE})(?:[ \t]*\((?P<bd>{DAY_EXPR})\)"
            rf"|[ \t]*(?:[–—-]{{1,2}}[ \t]*)?\([^)\n]{{3,30}}\)[ \t]*(?:[–—-]{{1,2}}[ \t]*)?"
            rf"(?P<wd>{DAY_EXPR})"
            rf"|(?:[ \t]+[–—-]{{1,2}}|:|\.)[ \t]*(?P<d>{DAY_EXPR})" + _AFTER + ")",
            re.IGNORECASE | re.MULTILINE,
        ),
        "lines",
        True,
    ),
    (  # "31 Mar 2005 07:00", "Posted on 3 June 2024", "Embargoed until 00:01, 3 June 2024" (perhaps
        # after the document's kind: "Press release | Embargoed until 00:01, Wednesday 17 March 2027"),
        # a form's numbered field "1. Date of Report (Date of earliest event reported): Nov 10, 2026"; the
        # same day in another language first ("Dé Máirt 9 Márta 2027 / Tuesday 9 March 2027")
        pattern(
            # the label perhaps after its translation ("Dyddiad / Date: 11.05.2028")
            rf"^[ \t*_#>]*(?:(?:\d{{1,2}}\.[ \t]+|[^\n\d]{{0,30}}?\b{_KIND}[ \t]*[|–—][ \t]*"
            rf"|[^\n\d/|:]{{1,20}}/[ \t]*)?{_LABEL}\b"
            r"(?:[ \t]*\([^)\n]{1,60}\))?"
            rf"[^\n\d]{{0,12}}?{_TIME_FIRST}|{_OTHER_LANGUAGE_DAY})?"
            rf"(?:\b(?:le|on)\s+)?(?P<d>{DAY_EXPR})" + _AFTER,
            re.IGNORECASE | re.MULTILINE,
        ),
        "lines",
        False,
    ),
    (  # "October 5, 2028                    Prince Albert, Saskatchewan": the date, a gap, the town
        pattern(
            rf"^[ \t]*(?P<d>{DAY_EXPR})(?:[ \t]{{3,}}|\t)[ \t]*(?P<p>{_PLACE})(?:,[^\n\d]{{1,30}})?[ \t]*$",
            re.IGNORECASE | re.MULTILINE,
        ),
        "lines",
        False,
    ),
    (  # "No. KSRTC/PRO/2026-27/418          Date: 18.01.2027": a letter's reference, a gap, its date,
        # or its town and date ("No. 142/2028          Kochi, 14.01.2028")
        pattern(
            rf"^[^\n]{{0,100}}?(?:[ \t]{{3,}}|\t)(?:(?:date|dated|dt\.?)[ \t]*[:.-]|(?P<p>{_PLACE}),)"
            rf"[ \t]*(?P<d>{DAY_EXPR})" + _AFTER,
            re.IGNORECASE | re.MULTILINE,
        ),
        "lines",
        False,
    ),
    (  # "Media Release | 3 November 2026", "News release - Nov. 3, 2026", "By Jo Hart | 3 May 2026",
        # "Women's Basketball | 3/23/2027 10:00:00 AM"
        pattern(
            rf"^[ \t*_#>]*(?:[^\n\d]{{0,60}}?\b{_KIND}\b[^\n\d]{{0,30}}?(?:[–—|:]|[ \t]-)"
            rf"|by\s[^\n\d]{{1,60}}?[–—|,·•]"
            rf"|[^\n\d|]{{1,60}}\|)"  # a section's name and the date: "Women's Basketball | 3/23/2027"
            rf"[ \t]*(?P<d>{DAY_EXPR})" + _AFTER,
            re.IGNORECASE | re.MULTILINE,
        ),
        "lines",
        False,
    ),
    (  # "NEWS RELEASE 09/11/2027": the document's kind and its date alone on the line
        pattern(
            rf"^[ \t*_#>]*[^\n\d]{{0,40}}?\b{_KIND}[ \t]+(?P<d>{DAY_EXPR})[ \t.]*$",
            re.IGNORECASE | re.MULTILINE,
        ),
        "lines",
        False,
    ),
    (  # "Séance du Conseil d'Etat du 2 avril 2025" below a few header lines
        pattern(
            rf"\A\s*(?:[^\n]+\n\s*){{0,4}}[^\n]{{3,100}}\b(?:du|of)\s+(?P<d>{DAY_EXPR})[ \t.]*$",
            re.IGNORECASE | re.MULTILINE,
        ),
        "start",
        False,
    ),
    (
        pattern(
            rf"\b(?:issued|published|released|posted|publié|diffusé)\b[^\n]{{0,150}}?\b(?:on|le)\s+(?P<d>{DAY_EXPR})",
            re.IGNORECASE,
        ),
        "opening",
        False,
    ),
]
_ISSUED_CHARS = 600
_HEADER_CHARS = 3000
# A paragraph of prose: the body has begun. A lead paragraph may come before the dateline, so
# the header runs to the end of the second one.
_PROSE_LINE = pattern(r"^[^\n]{200,}$", re.MULTILINE)
_HEADER_PROSE_LINES = 2
# The lines that open a release's closing blocks, whose dates (a press briefing, an agenda,
# a founding year) are never the release's own.
_CLOSING_BLOCK = pattern(
    r"^[ \t#*_>-]*(?:contacts?\b|à propos\b|a propos\b|about\b|notes? to editors|media enquiries"
    r"|press enquiries|prochain(?:e)?s? (?:publication|rendez-vous|point)|agenda\b|###|-?ends-?$)",
    re.IGNORECASE | re.MULTILINE,
)
# A date set as a badge, one part a line ("mar\n21\n2014"): read as one line.
_STACKED = pattern(r"^([^\n]{1,9})\n([^\n]{1,9})\n([^\n]{1,9})$", re.MULTILINE)
# What each badge holds: a short line between two breaks. Opening on a literal, re finds it by
# jumping from one break to the next, where _STACKED is tried at every offset; most headers have none.
_SHORT_LINE = pattern(r"\n[^\n]{1,9}\n")
# How far after its arrival a release may be dated (time zones, embargoes).
_AHEAD = timedelta(days=2)


def header(text: str) -> str:
    """The release's opening: up to its second prose paragraph or its closing blocks."""
    end = min(len(text), _HEADER_CHARS)
    prose = list(islice(_PROSE_LINE.finditer(text, 0, end), _HEADER_PROSE_LINES))
    if len(prose) == _HEADER_PROSE_LINES:
        end = prose[-1].end()
    # a contact line above the first paragraph is the header's ("Contact: Jo Tan, 801-555-0187")
    closing = _CLOSING_BLOCK.search(text, prose[0].start() if prose else 0, end)
    return text[: closing.start() if closing else end]


def find_published_on(text: str, lang: str, received: date | None = None) -> date | None:
    """The date the release itself carries (dateline, header), or None."""
    top = header(text)
    top = _STACKED.sub(r"\1 \2 \3", top) if _SHORT_LINE.search(top) else top
    order = date_order(text)
    lines = _line_starts(top)
    for shape, where, dateline in _SHAPES:
        scope = top[:_ISSUED_CHARS] if where == "opening" else top
        # line shapes open where a line does (a start shape, on the text's first): re would try
        # them at every offset
        starts = lines if where == "lines" else [0] if where == "start" else None
        for m in shape.finditer(scope) if starts is None else opened_at(shape, scope, starts):
            day = _day_of(m, top, order, received, dateline)
            if day:
                return day
    return _signed_off(text, order)


# A line that holds only a place and a full date, the way an announcement signs off.
_SIGN_OFF = pattern(
    rf"^[ \t]*(?:fait à[ \t]+)?(?P<p>{_PLACE})(?:,|(?P<sep>[ \t]*[/–—-]))[ \t]*(?:(?:le|on)[ \t]+)?"
    rf"(?P<d>{DAY_EXPR})[ \t.]*$",
    re.IGNORECASE,
)
# Who issued it and when, at its foot ("Issued by the Communications Team, Harbour Trust, 3 May 2026").
_ISSUED_BY = pattern(
    rf"^[ \t]*(?:issued|published|released|distributed|publié|diffusé)[ \t]+(?:by|par)\b[^\n]{{0,150}}?"
    rf"(?:,|\bon|\ble)[ \t]+(?P<d>{DAY_EXPR})[ \t.]*$",
    re.IGNORECASE,
)
_ISSUED_BY_CHARS = 220
# The end mark with the date, as government releases close ("Ends/Thursday, November 19, 2026").
_ENDS = pattern(rf"^[ \t]*-?ends?-?[ \t]*[/:–—-][ \t]*(?P<d>{DAY_EXPR})[ \t.]*$", re.IGNORECASE)
# The same on two lines: a town the geodata knows, then the date ("Johannesburg\n14 October 2025").
_DATE_ALONE = pattern(  # perhaps with its time: "18 March 2027 @ 4:30 PM"
    rf"^[ \t]*(?P<d>{DAY_EXPR})"
    r"(?:[ \t]*(?:@|at|,)?[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?)?[ \t.]*$",
    re.IGNORECASE,
)
_PLACE_ALONE = pattern(rf"^[ \t]*(?P<p>{_PLACE})[ \t]*$")


def _day_of(m: re.Match[str], top: str, order: str, received: date | None, dateline: bool) -> date | None:
    """The day a shape's match gives; a year-less day only from a dateline or a line that holds
    nothing else, and a town before a dash only where the geodata knows it."""
    groups = m.groupdict()
    if groups.get("d") is not None and groups.get("p") is not None and not _known_place(m["p"]):
        return None
    weekday = groups.get("dp") and groups["dp"].rsplit(" ", 1)[-1].lower() in WEEKDAYS
    if weekday and not _place_then_weekday(m):
        return None  # "Regular Meeting of Monday, October 12, 2026": the meeting's day, no dateline
    written = groups.get("bd") or groups.get("wd") or m["d"]
    rest_of_line = top[m.end() :].partition("\n")[0]
    # a year-less day in brackets is the body's ("has today (Thursday, 14 February) announced")
    alone = (dateline and not groups.get("bd")) or not rest_of_line.strip(" .")
    day = _resolve(parse_day(written, order), received if alone else None)
    if day and received and abs((day - received).days) > _NEAR_ARRIVAL and not numeric_evidence(top):
        # "11/3/2026" in a text that never shows its order: the reading the arrival is near
        other = _resolve(parse_day(written, "mdy" if order == "dmy" else "dmy"), received)
        if other and -_NEAR_ARRIVAL <= (other - received).days <= _AHEAD.days:
            return other
    return day


# How far from its arrival a numeric header date read one way may be before the other way is
# preferred, when that one falls near the arrival.
_NEAR_ARRIVAL = 45


_PLACE_BEFORE_DASH = pattern(rf"[ \t*_#>(]*(?P<p>{_PLACE})(?:,[^\n\d,–—]{{1,30}})?[ \t]*[–—-][ \t]*$")


def _place_then_weekday(m: re.Match[str]) -> bool:
    """ "Lagos, Nigeria – Wednesday, 20th June, 2029:": the weekday alone where a dateline's place
    would be, after a place the geodata knows and a dash."""
    if " " in m["dp"]:
        return False
    before = _PLACE_BEFORE_DASH.fullmatch(m.string, m.start(), m.start("dp"))
    return before is not None and _known_place(before["p"])


def _known_place(name: str) -> bool:
    return is_city(name) or is_country(name) or is_region(name)


def _signed_off(text: str, order: str) -> date | None:
    """The first sign-off's date, read only on short lines with a digit; else a date alone on the
    release's last line, closing a block that opens "Signed:"."""
    previous = ""
    for start in _line_starts(text):
        end = text.find("\n", start)
        line = text[start : len(text) if end < 0 else end]
        if len(line) <= _ISSUED_BY_CHARS and any(c.isdigit() for c in line):
            day = _signed_off_line(line, previous, order)
            if day:
                return day
        previous = line
    foot = text.rstrip().rsplit("\n", _SIGNED_LINES)
    signed = len(foot) > 1 and any(_SIGNED.match(line) for line in foot[-_SIGNED_LINES:-1])
    last = _DATE_ALONE.match(foot[-1]) if signed else None
    return _resolve(parse_day(last["d"], order), None) if last else None


# "Signed:" over a name, a title and an office, the date on the release's last line.
_SIGNED = pattern(r"[ \t(]*(?:signed|sgd|signé)\b", re.IGNORECASE)
_SIGNED_LINES = 6


def _signed_off_line(line: str, previous: str, order: str) -> date | None:
    m = _ISSUED_BY.match(line)
    if m is None and line.lstrip(" \t-")[:3].lower() == "end":
        m = _ENDS.match(line)
    if m is None and len(line) <= _SIGN_OFF_CHARS:
        m = _SIGN_OFF.match(line)
        if m and m["sep"] and not _known_place(m["p"]):
            m = None  # "Q3 Results – 30 September 2026": a heading, no town
        signed = _known_place_line(previous) or _signer_s_title(previous)
        m = m or (_DATE_ALONE.match(line) if signed else None)
    return _resolve(parse_day(m["d"], order), None) if m else None


_TITLE_LINE_WORDS = 5  # "Company Secretary", "Chief Executive Officer", "Secrétaire générale"


def _signer_s_title(line: str) -> bool:
    """A short line of a signer's title, above the date the announcement is signed on ("Company
    Secretary" over "8 March 2027")."""
    parts = line.lower().replace(",", " ").split()
    return len(parts) <= _TITLE_LINE_WORDS and names_a_job(parts)


def _known_place_line(line: str) -> bool:
    """A line that holds a town the geodata knows, or ends with one (an address), or the issuer's
    name in capitals ("SKILLS PATHWAYS BOARD" above its date at the foot)."""
    if _ISSUER_IN_CAPITALS.fullmatch(line):
        return True
    last = line.rsplit(",", 1)[-1]  # an address ends with its town ("Plot No. 3, Dodoma")
    m = _PLACE_ALONE.match(last) if last else None
    return m is not None and _known_place(m["p"])


# "SKILLS PATHWAYS BOARD", "PUB, SINGAPORE'S NATIONAL WATER AGENCY"
_ISSUER_IN_CAPITALS = pattern(r"[ \t]*[A-ZÀ-Þ][A-ZÀ-Þ&'’.-]+(?:,? [A-ZÀ-Þ&][A-ZÀ-Þ&'’.-]*){1,6}[ \t]*")


_SIGN_OFF_CHARS = 80


def _line_starts(text: str) -> list[int]:
    starts, at = [0], text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _resolve(parts: DayParts | None, received: date | None) -> date | None:
    if parts is None or parts.month is None:
        return None
    if parts.year:
        return safe_date(parts.year, parts.month, parts.day)
    if received is None:
        return None
    for year in (received.year, received.year - 1):
        day = safe_date(year, parts.month, parts.day)
        if day and day <= received + _AHEAD:
            return day
    return None


@lru_cache(maxsize=8)
def date_order(text: str) -> str:
    """How the text writes all-numeric dates: day first, unless it shows month first or comes
    from a country that writes the month first (the United States, the Philippines)."""
    if not re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2}", text):
        return "dmy"
    return numeric_order(text, month_first_country=lambda: release_country(text) in _MONTH_FIRST)


# Where numeric dates are written month first; Canada writes both, and its releases say which.
_MONTH_FIRST = frozenset({"US", "PH", "PW", "FM", "MH"})
