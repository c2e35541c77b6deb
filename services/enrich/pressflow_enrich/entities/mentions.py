"""People, organisations and places: NER hits corrected by rules, merged into entities."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator

from pressflow_enrich.amounts import world
from pressflow_enrich.amounts.mentions import names_a_currency
from pressflow_enrich.entities import gazetteer as gz
from pressflow_enrich.entities.judge import LOWER_WORD, Judge, shipped_judge
from pressflow_enrich.entities.spans import (
    LIST_MARK,
    PLACE_NAMED_BY_ORG,
    SITE_KIND,
    Hit,
    clean_hits,
    heading_or_label,
    in_titled_line,
    initials,
    is_acronym,
    is_double_barrelled,
    is_large_place,
    is_plural_possessive,
    known_places_the_ner_missed,
    legal_form_at,
    open_at_name_words_before,
    overlaps,
    person_shaped_words,
    words,
    written_in_lower_case,
    written_with_its_the,
)
from pressflow_enrich.ner import Ner, Span
from pressflow_enrich.places import (
    currency_codes,
    dateline_places,
    famous_places,
    formal_state_lines,
    is_city,
    is_country,
    is_language,
    is_region,
    is_settlement,
    is_town_of,
    large_cities,
    names_a_country_by_initials,
    placed_settlements,
    release_country,
    signing_towns,
    state_code,
    states_after_towns,
    towns_before_regions,
    towns_listed_with,
)
from pressflow_enrich.tables import holds_figures, tables
from pressflow_enrich.words.calendar import fold
from pressflow_enrich.words.given_names import is_given_name
from pressflow_enrich.words.letters import pattern
from pressflow_enrich.words.nouns import is_french_noun, is_ordinary_word, is_unknown_word
from pressflow_enrich.words.numbers import SCALE
from pressflow_schemas import Entity, Mention
from pressflow_schemas.keys import entity_key as norm

# A short name defined in quotes after a name, perhaps after its ticker and before the term the
# release also gives it: '(NYSE: LDF) ("Larchmont")', '("Larchmont" or the "Company")',
# '(« Falaise » ou la « Société »)'.
_DEFINED_SHORT_NAME = pattern(
    r",?(?: \([A-Za-z][A-Za-z .-]{1,20}: ?[A-Z][A-Z0-9.]{0,9}\))?,? \((?:[\"“]|«\s?)"
    r"([A-ZÀ-Þ][^\"”«»()\n]{1,40}?)(?:[\"”]|\s?»)(?:,? (?:or|ou) [^()\n]{1,40})?\)"
)
# A region by its number, as the Philippines number theirs: "Region III", "Region IV-A".
_NUMBERED_REGION = pattern(r"Region [IVX]{1,4}(?:-[AB])?")
_PARENTHESIS = pattern(r"\s*\(\s*[\"“«]?\s*([^()\n\"“”«»]{2,80}?)\s*[\"”»]?\s*\)")
# A state's formal name, as a key: "united republic of tanzania", "grand-duche de luxembourg".
_REPUBLIC = pattern(
    r"^(?:(?:united|federal|islamic|socialist|co-operative) )*(?:republique|republic|kingdom|royaume"
    r"|grand duchy|grand-duche|principality|principaute|sultanate)"
    r" (?:de l'|de la |du |de |d'|of (?:the )?)(.+)$"
)
_REPUBLIC_ADJECTIVE = pattern(r"^republique ([a-z]{4,})(?: [a-z ]+)?$")  # "... democratique et populaire"
# A place named with its administrative kind after it: the place itself, named in full (not
# "X State", which a text may write beside its city: "Lagos State" and "Lagos").
_ADMINISTRATIVE_KIND = pattern(
    r"^(.+?) (?:special administrative region|autonomous region|region|province|territory"
    r"|district|county|prefecture|municipality|division)$"
    r"|^(?:county|co\.) (.+)$"  # "County Offaly", "Co. Kerry": an Irish county, the county's name first
)
# Words that head a description ("au Centre municipal de...") before they name a town.
_GENERIC_HEADS = gz.GENERIC_WORDS | gz.ORG_HEADS | gz.SITE_NOUNS | gz.REGION_HEADS
# A ticker and the exchange that lists it, in parentheses after a company's name.
_TICKER = pattern(
    r"\((?P<exchange>[A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)\s?:\s?\[?\s?(?=[A-Z0-9.]*[A-Z])[A-Z0-9.]{1,8}\b"
)
_WEB_NAME = pattern(r"\w\.(?:com|net|org|fr|be|ch|ca|co\.uk|io|info|eu)\b", re.IGNORECASE)
_PARAGRAPH_AFTER = pattern(r"[ \t]*\n(?:[ \t]*\n\s*(\S.*)|[ \t]*([-•·*–] .*))")
# the words a contact line opens with ("Tél.", "E-mail", an address)
_CONTACT_WORDS = r"t[ée]l|phone|mobile|e-?mail|courriel|[\w.-]+@"
_CONTACT_START = pattern(rf"(?i)[+\d(]|{_CONTACT_WORDS}")
_OF_AFTER = pattern(r" (?:de la |de l'|du |des |de |d'|of (?:the )?)\w")
# a clock's time before a time zone: "09h30 CET", "10.00am AEST", "10:30 a.m. (IST)"
_CLOCK_BEFORE = pattern(r"\d(?: ?[h:.] ?\d{2}| ?[ap]\.?m\.?)(?: ?[ap]\.?m\.?)? ?\(?$", re.IGNORECASE)
_MIXED_ACRONYM = pattern(r"^[A-Z](?=[a-z]{0,2}[A-Z])(?:[A-Z]|[a-z]{1,2}(?=[A-Z])){1,5}[A-Z]?$")
_NAME_CHAR = pattern(r"[\w@.-]")  # a name found again is not preceded by one
_NAME_GOES_ON_CHAR = pattern(r"[\w@-]")  # nor followed by one
_BRANCH = pattern(r"^([A-Z]{2,8}) ([A-ZÀ-Þ][\w-]+)$")


def _whole_word(word: str) -> str:
    """A pattern of `word` written as a word of its own (no letter, apostrophe or hyphen on either
    side): the word first, what may not precede it after, so that re jumps from one occurrence of
    the literal to the next rather than trying a lookbehind at every offset of the text."""
    escaped = re.escape(word)
    return rf"{escaped}(?<![\w’'-]{escaped})(?![\w’'-])"


def find_entities(text: str, lang: str, ner: Ner, judge: Judge | None = None) -> list[Entity]:
    """One entity per real-world PER/ORG/LOC in the text, with canonical name and mentions:
    the rules' proposals, weighed by the learned judge (`judge.json`) where there is one."""
    entities, hits = find_candidates(text, lang, ner)
    judge = judge or shipped_judge()
    judged = judge(text, lang, entities, hits) if judge else entities
    # a section's heading is never a name: dropped after the judge, whose training keeps them
    # among the proposals it learns to refuse ("Redistribute Chemistry" at a list item's start)
    judged = [e for e in judged if not all(heading_or_label(text, m.start, m.end) for m in e.mentions)]
    judged = [e for e in judged if e.type != "PER" or not _a_role_not_a_person(e.name)]
    judged = [e for e in judged if not _NUMBERED_TERM.fullmatch(e.name) and not _a_qualified_term(e.name)]
    judged = [e for e in judged if not all(_a_sum_of_money(text, m) for m in e.mentions)]
    return _without_column_headers(text, _outside_law_titles(text, judged))


def _a_sum_of_money(text: str, mention: Mention) -> bool:
    """ "R215 million", "R1.1 billion": a currency's letter and a figure before a scale word is a
    sum, not the road its shape recalls ("the R215", "A38")."""
    return bool(_LETTER_AND_FIGURE.fullmatch(mention.text)) and bool(_SCALE_AFTER.match(text, mention.end))


_LETTER_AND_FIGURE = pattern(r"[A-Z]{1,3}\$?\d[\d,]*")
_SCALE_AFTER = pattern(rf"(?:[.,]\d+)?[ \t]?{SCALE}", re.IGNORECASE)  # the amounts' scale words


def _outside_law_titles(text: str, entities: list[Entity]) -> list[Entity]:
    """A name read only inside a law's title ("the European Union (Withdrawal) Act 2018",
    "Regulation (EU) No 596/2014", "the General Appropriations Act of 2025") is the law's word, no
    mention of the body or place: the law is cited, not its words' owners."""
    if not _LAW_TITLE_END.search(text):
        return entities  # most releases cite no law: the titles' pattern, tried at every capital, is not run
    titles = [m.span() for m in _LAW_TITLE.finditer(text)]
    if not titles:
        return entities
    starts = [start for start, _ in titles]

    def in_a_title(m: Mention) -> bool:
        i = bisect_right(starts, m.start) - 1
        return i >= 0 and m.end <= titles[i][1]

    return [e for e in entities if not all(in_a_title(m) for m in e.mentions)]


def _a_role_not_a_person(name: str) -> bool:
    """A "person" whose words are a dictionary's, a title's or acronyms, ending on a title or a long
    noun ("Portfolio Holder", "ERC Chairperson", "Joint Lead Managers", "Street Vendor"): a role or
    a thing, no one's name. A given name, an initial or a name in capitals ("K. LAKSHMI") is a
    person's; short words may be a name's syllables ("Chew Li Ting")."""
    parts = name.replace("-", " ").split()
    if not parts or name.isupper() or any(_INITIAL.fullmatch(p) or is_given_name(p) for p in parts):
        return False
    last = parts[-1].lower().rstrip(".")
    if last not in gz.TITLE_WORDS and not (len(last) >= _LONG_NOUN and is_ordinary_word(last)):
        return False
    return all(is_ordinary_word(p) or p.lower().rstrip(".") in gz.TITLE_WORDS or is_acronym(p) for p in parts)


def _a_qualified_term(name: str) -> bool:
    """A term of accounts after its qualifiers ("Diluted EPS", "Adjusted EBITDA", "Consolidated
    EPS"): the figure's name, no body."""
    parts = name.split()
    return (
        len(parts) > 1
        and parts[-1].lower() in gz.TERM_ACRONYMS
        and all(is_ordinary_word(p) and not is_acronym(p) for p in parts[:-1])
    )


_INITIAL = pattern(r"[A-ZÀ-Þ]\.")
# A term of a document, a rule or a security and its letter or number ("Regulation S", "Series C",
# "Grade II", "Schedule 2", "Classe A"): what the text refers to, no body, place or person.
_NUMBERED_TERM = pattern(
    r"(?:Regulation|Rule|Series|Class|Tranche|Schedule|Form|Section|Article|Chapter|Part|Item|Note"
    r"|Exhibit|Appendix|Annex|Clause|Phase|Stage|Round|Tier|Level|Grade|Category|Pillar|Série|Classe"
    r"|Annexe|Titre|Niveau|Catégorie) (?:[A-Z]{1,2}|\d{1,3}(?:-?[A-Z])?|[IVX]{1,4})"
)
_LONG_NOUN = 6
# A law's title: capitalised words (a bracketed one among them) ending on "Act" and its year, or a
# European regulation or directive by its number.
_LAW_WORD = r"(?:[A-ZÀ-Þ][\w'’-]*|\([A-ZÀ-Þ][\w'’ -]{0,40}\))"
_LAW_TITLE_END = pattern(r" Act,?[ \t]+(?:of[ \t]+)?(?:1[89]|20)\d\d\b|\((?:EU|EC|EEC|UE|CE)\)")
_LAW_TITLE = pattern(
    rf"{_LAW_WORD}(?:[ \t]+(?:{_LAW_WORD}|of|and|the|on|for|to|&))*"
    r"[ \t]+Act,?[ \t]+(?:of[ \t]+)?(?:1[89]|20)\d\d\b"
    r"|\b(?:Regulation|Directive|[Rr]èglement|[Dd]irective)[ \t]+\((?:EU|EC|EEC|UE|CE)\)[ \t]+"
    r"(?:No\.?|n°|n[o°]\.?)?[ \t]*\d+/\d+"
)


def _without_column_headers(text: str, entities: list[Entity]) -> list[Entity]:
    """What names a column of figures ("Change", "Var.", "Budget") is no name, unless it is a
    country's, a region's or a town's ("| | Kenya | Uganda |")."""
    cells = [
        (c.start, c.end)
        for t in tables(text, aligned=True)  # laid out with bars, tabs or blanks
        if t.header and any(map(holds_figures, t.rows))
        for c in t.header
    ]
    if not cells:
        return entities

    def in_header(m: Mention) -> bool:
        return any(a <= m.start and m.end <= b for a, b in cells)

    return [e for e in entities if not all(map(in_header, e.mentions)) or is_large_place(e.name)]


def find_candidates(text: str, lang: str, ner: Ner) -> tuple[list[Entity], list[Hit]]:
    """The rules' entities, and the corrected NER hits they were built from."""
    spans = list(ner(text, lang))
    if lang == "en":
        spans = [open_at_name_words_before(text, _at_capitals(text, s)) for s in spans]
    hits, links = clean_hits(text, spans)
    bodies = _bodies_of_places(text, hits) + _acronyms_of_places(text, hits) if lang == "fr" else []
    if bodies:  # the place inside "tribunal judiciaire de Lyon" is the body's, no mention of its own
        hits = [h for h in hits if not any(b.start <= h.start and h.end <= b.end for b in bodies)]
    if courts := _courts(text) if lang == "en" else []:  # the NER's pieces of a court's name go
        hits = [h for h in hits if not any(c.start < h.end and h.start < c.end for c in courts)]
        bodies += courts
    found = bodies + _listed_companies(text, hits) + _constituencies(text, hits) + _employers(text, hits)
    found += _wards_in_brackets(text, hits) + _numbered_areas(text, hits)
    found += (_kind_named(text, hits) + _titled_speakers(text, hits)) if lang == "en" else []
    found += _names_above_titles(text, hits)
    found += _headline_issuer(text, hits) + _governments(text, hits) + _lowercase_bodies(text, hits)
    found += _table_columns(text, hits + found)
    found += _places_after_prepositions(text, hits + found)
    if lang == "en":  # French's NER misses few such places, and French's speed has no margin
        found += known_places_the_ner_missed(text, hits + found)
    hits, found = _with_their_numbers(text, hits), _with_their_numbers(text, found)
    dateline = dateline_places(text)
    home = {norm(text[a:b]) for a, b in dateline}
    groups = _Groups(text, hits + found, frozenset(home))
    groups.link_pairs(links)
    groups.link_parentheses()
    groups.link_defined_short_names()
    groups.link_translated_letterhead()
    groups.link_variants()
    entities = [e for members in groups.members() if (e := _entity(text, members, lang, home, groups.key))]
    entities = _add_famous_places(text, _add_repeats(text, _add_exchanges(text, entities)), dateline)
    return _add_roads(text, entities), hits


# A United States federal court, named by the district or the circuit it sits for: "U.S. District
# Court for the Southern District of New York", "Court of Appeals for the Federal Circuit". The NER
# cuts it at "for the" into a court and a place.
_COURT = pattern(
    r"(?:(?:U\.S\.|United States|Federal) )?(?:District|Bankruptcy) Court for the "
    r"(?:(?:Northern|Southern|Eastern|Western|Middle|Central) )?District of [A-Z][a-z]+"
    r"(?: (?:York|Jersey|Hampshire|Mexico|Carolina|Dakota|Virginia|Island|Columbia|Rico))?"
    r"|(?:(?:U\.S\.|United States) )?Court of Appeals for the (?:[A-Z][a-z]+|District of Columbia) Circuit"
)


def _courts(text: str) -> list[Hit]:
    if "Court " not in text:
        return []
    return [Hit(m.start(), m.end(), "ORG", ruled=True) for m in _COURT.finditer(text)]


# English writes a name's words capitalised but for its particles ("van der Berg", "de Klerk"): the
# lower-case words an English NER hit opens on are the sentence's ("per litre below Leeds", "in
# south Lincolnshire", "an Environmental Assessment Certificate"); the name opens at its first
# capital. A word with a capital inside is a name's own ("eThekwini", "iTaukei").
_LOWER_OPENING = pattern(r"(?:[a-zà-ÿ]+ )+(?=[A-ZÀ-Þ])")
_MORE_PARTICLES = frozenset(["der", "den", "del", "della", "dos", "das", "al", "el", "ibn", "ter", "ten"])


def _at_capitals(text: str, span: Span) -> Span:
    """The English NER's span without the lower-case words of its sentence it opens on."""
    if not text[span.start : span.start + 1].islower() or span.label not in _NAMED_LABELS:
        return span
    opening = _LOWER_OPENING.match(text, span.start, span.end)
    if opening is None or any(w in gz.SURNAME_PARTICLES or w in _MORE_PARTICLES for w in opening[0].split()):
        return span
    return Span(opening.end(), span.end, span.label)


_NAMED_LABELS = frozenset(["PERSON", "PER", "ORG", "GPE", "LOC", "FAC", "NORP"])


# The capitalised words just before a ticker's parenthesis: "Brightwater Systems (Nasdaq:BWTS)".
_NAME_BEFORE = pattern(r"(?<![\w&.'’-])[A-ZÀ-Þ][\w&'’-]*(?:\.? [A-ZÀ-Þ&][\w&'’-]*\.?){0,4} $")


def _listed_companies(text: str, hits: list[Hit]) -> list[Hit]:
    """The company a ticker follows, where the NER found none: a listed company is a body."""
    found = []
    for match in _TICKER.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if name and not overlaps(hits, name.start(), match.start()):
            found.append(Hit(name.start(), match.start() - 1, "ORG", ruled=True))
    return found


# A representative's seat: "Member of Parliament for Ashgrove-Lakeview", "député de L'Anse-Rouge".
# Found from the cheap literal after the title ("for", "de"), then the title checked before it.
_SEAT_AFTER = pattern(r" for (?:the )?| (?:de la |du |de |d['’])(?=[A-ZÀ-Þ])")
_REPRESENTATIVE_BEFORE = pattern(
    r"(?<![\w-])(?:Member of Parliament|Member of the Legislative Assembly"
    rf"|{'|'.join(sorted(gz.SEAT_LETTERS))}|[dD]éputée?)$"
)
_SEAT = pattern(r"[A-ZÀ-Þ][\w'’]*(?:[ -](?:(?:la|le|les|de|du|sur)[ -])?[A-ZÀ-Þ][\w'’]*)*")


# A councillor's ward in brackets after the name, perhaps after the party: "Cllr Gareth Trewin
# (Threemilestone and Chacewater)", "Councillor Ann Lee (Labour, Truro Tregolls)".
_COUNCILLOR_BRACKETS = pattern(
    r"\b(?:Cllr\.?|Councillor|Councilmember|Council Member|Alderman|Alderwoman)"
    r"(?: (?:Dr|Mr|Mrs|Ms|Miss)\.?)? [A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){1,3} \(([^()\n\d]{2,60})\)"
)
_COUNCILLOR_WORDS = ("Cllr", "Council", "Alder")  # what `_COUNCILLOR_BRACKETS`' titles open with
_PARTIES = frozenset(
    ["labour", "conservative", "liberal", "liberal democrat", "lib dem", "green", "independent", "snp"]
    + ["plaid cymru", "reform uk", "democrat", "republican", "con", "lab", "ind", "ld", "dup", "sdlp"]
    + ["sinn féin", "alliance", "uup", "national", "act", "nz first", "te pāti māori"]
)


def _wards_in_brackets(text: str, hits: list[Hit]) -> list[Hit]:
    """The ward a councillor sits for, in brackets after the name, is a place (a party is not)."""
    if "(" not in text or not any(word in text for word in _COUNCILLOR_WORDS):
        return []  # every match holds a bracket and one of those words: most texts skip the scan
    found = []
    for match in _COUNCILLOR_BRACKETS.finditer(text):
        offset = match.start(1)
        for part in re.finditer(r"[^,]+", match[1]):
            name = part[0].strip()
            start = offset + part.start() + part[0].index(name)
            if name.lower() in _PARTIES or not name[:1].isupper():
                continue
            end = start + len(name)
            for hit in (h for h in hits if h.start < end and start < h.end):
                hit.start, hit.end, hit.label, hit.ruled = start, end, "LOC", True
            if not overlaps(hits, start, end):
                found.append(Hit(start, end, "LOC", ruled=True))
    return found


# An area named by its number: a city's ward, a country's region ("Ward 3", "Region 8", "Region
# IV-A"); not a body's office for it ("ITD District 2", "DPWH Region 8").
_NUMBERED_AREA = pattern(r"(?:Ward|Region) (?:\d{1,2}|[IVX]{1,4}(?:-[A-Z])?)(?![\w-])")
_OFFICE_BEFORE = pattern(r"[A-Z][\w&.-]* $")


def _numbered_areas(text: str, hits: list[Hit]) -> list[Hit]:
    if "Ward " not in text and "Region " not in text:
        return []
    found = []
    for match in _NUMBERED_AREA.finditer(text):
        start, end = match.span()
        if start and (text[start - 1].isalnum() or _OFFICE_BEFORE.search(text, max(0, start - 20), start)):
            continue
        if not overlaps(hits, start, end):
            found.append(Hit(start, end, "LOC", ruled=True))
    return found


# One word in capitals after a preposition of place, no more capitals after it: "boreholes at
# Mzakwe", "a plant at Jalud in Khargone district", "l'usine est située à Kempten".
# (No lookbehind first: opened on its words' letters, re skips ahead to them; the character
# before is tested in `_places_after_prepositions`.)
_PLACE_AFTER_PREPOSITION = pattern(
    r"(?:in|at|near|between|off|to|from|à|en|près de|de) "
    r"([A-ZÀ-Þ][a-zà-ÿ]{2,}(?:-[A-ZÀ-Þ]?[a-zà-ÿ]+)*)(?:['’]s)?"
    r"(?![\w'’-]| [A-ZÀ-Þ&]| (?:de|du|des|d['’]|of) [A-ZÀ-Þ])"
)


def _places_after_prepositions(text: str, hits: list[Hit]) -> list[Hit]:
    """A word after a preposition of place ("in", "at", "near", "between", "off", "to", "from";
    "à", "en", "près de", "de") that no dictionary holds and no given name is a place the NER
    missed (over the 485, 970 of 1,190 such words are the gold's places and 151 a word of a longer
    name; the rest, a company "at" its name, the judge weighs)."""
    found = []
    for match in _PLACE_AFTER_PREPOSITION.finditer(text):
        start, end = match.span(1)
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "_'’-"):
            continue  # inside a word: "Martin Smith", "Garden Road"
        if overlaps(hits, start, end) or not is_unknown_word(match[1]):
            continue
        found.append(Hit(start, end, "LOC"))
    return found


# A site numbered within its kind: "National Highway 515", "Park Road 5", "Terminal 4", "Wuse
# Zone 7". The number names the site, not a quantity ("Route 9 km north", "Zone 3,000 homes").
_SITE_NUMBER = pattern(
    r" (?:No\.? ?)?\d{1,3}[A-Z]?(?![\w'’%/-]|[.,:]\d| ?(?:%|km|kilomet|mile|met(?:re|er)|m\b|per ?cent|ha\b))"
)
_NUMBERED_KINDS = frozenset(
    ["highway", "motorway", "road", "route", "lane", "street", "avenue", "drive", "zone", "terminal"]
    + ["sector", "block", "bridge", "pier", "gate", "berth", "jetty"]
)


def _with_their_numbers(text: str, hits: list[Hit]) -> list[Hit]:
    """A name ending with a kind of site that numbers its sites ends with the number after it,
    which the NER leaves out or a rule stops before ("the National Highway 515")."""
    longer = []
    for hit in hits:
        last = text[text.rfind(" ", hit.start, hit.end) + 1 : hit.end].lower()
        number = _SITE_NUMBER.match(text, hit.end) if last in _NUMBERED_KINDS else None
        longer.append(Hit(hit.start, number.end(), hit.label, hit.ruled) if number else hit)
    return longer


def _constituencies(text: str, hits: list[Hit]) -> list[Hit]:
    """The seat a representative holds is a place, named after its towns (found or not by the NER)."""
    found = []
    for match in _SEAT_AFTER.finditer(text):
        title = _REPRESENTATIVE_BEFORE.search(text, max(0, match.start() - 40), match.start())
        seat = _SEAT.match(text, match.end()) if title else None
        if title is None or seat is None:
            continue
        overlapping = [h for h in hits if h.start < seat.end() and h.end > seat.start()]
        for hit in overlapping:
            if title.start() <= hit.start and hit.end == seat.end():
                hit.start, hit.label, hit.ruled = seat.start(), "LOC", True  # "Parliament for Gympie"
        if not overlapping:
            found.append(Hit(seat.start(), seat.end(), "LOC", ruled=True))
    return found


# A government named by its place, which the NER leaves unnamed: "the Ontario government",
# "l'État de Genève prendra en charge".
# (each match opens on a capital, or the "l" of "l'État": a lookahead re skips ahead with; an
# alternative added opens on one of them, or its letter joins them)
_GOVERNMENT = pattern(
    r"(?=[A-ZlL])(?:\b(?P<place>[A-Z][\w-]+(?: [A-Z][\w-]+)?) government\b"
    r"|(?<![\w-])[lL]['’](?P<state>(?:État|Etat) (?:de |du |d['’])"
    r"(?P<of>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?))"
    r"|(?<![\w-])(?P<gov>(?:Government|Gouvernement) (?:of (?:the )?|du |de la |de l['’]|de |des )"
    r"(?P<gof>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)))"
)


# Kinds a public body's name ends with that the other rules leave out of their lists (there they
# would make a heading's or a desk's words a body's), read here only, where the words before them
# must hold a name's own word: "Halifax Regional Municipality", "Karratha Magistrates Court", "Linn
# County Secondary Roads Department". Not "Office", "Service" nor "Government": over the 689
# annotated releases they named a desk ("Welsh Government Press Office"), a form's label
# ("Registered Office") or a party's term ("Hodgman Liberal Government") more often than a body.
# A place's name, here, ends with a landform (`gz.LANDFORMS`: "Adelaide Plains", "Tate Hill").
_NAMED_BODY_KINDS = frozenset(
    ["municipality", "department", "court", "police", "treasury", "directorate", "bureau"]
    + ["secretariat", "college", "academy"]
)
_KIND_WORDS = sorted(
    gz.ORG_TAILS - gz.LEGAL_SUFFIXES | gz.SITE_TAILS | gz.HALL_TAILS | _NAMED_BODY_KINDS | gz.LANDFORMS
)
# A kind a name ends with, written with its capital after another word: found first, the name's
# words then read back from it ("Cornwall" + " Council"); most capitalised words end no such name.
_KIND_WORD = pattern(rf"(?:{'|'.join(w.capitalize() for w in _KIND_WORDS)})(?![\w'’-])")
# The capitalised words before it, "of", "and" or "&" between them: "City of York", "Technology and
# Innovation"; a run that goes on after the kind ends with another word ("Council Offices").
_RUN_BEFORE = pattern(r"(?<![\w&'’.-])[A-Z][\w'’&-]*(?:(?: | of (?:the )?| and | & )[A-Z][\w'’&-]*)*$")
_RUN_GOES_ON = pattern(r"(?: | of (?:the )?| and | & )[A-Z]")
_RUN_CHARS = 120
_ORDINALS = frozenset(["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"])


def _after_a_named_kind(run: re.Match[str]) -> int:
    """Where the last name of a run opens after another that ends on its kind and "and": "Blackpool
    Council and " + "Southend-on-Sea City Council" (not "Technology and Innovation Council")."""
    start = run.start()
    for joined in _JOINED.finditer(run[0]):
        if _KIND_WORD.fullmatch(run[0], run[0].rfind(" ", 0, joined.start()) + 1, joined.start()):
            start = run.start() + joined.end()
    return start


_JOINED = pattern(r" (?:and|&) ")


def _after_an_owner(text: str, start: int, end: int) -> int:
    """Where a name opens after the last owner in its run: "Thursday's Council" is the council; not
    after a place's own "'s" ("Hawke's Bay Regional Council") nor a plural's ("Berea Children's
    Hospital Foundation")."""
    parts = text[start:end].split(" ")
    opened = start
    for index, part in enumerate(parts[:-1]):
        named = f"{part} {parts[index + 1]}"
        if (
            part.endswith(("'s", "’s"))
            and not is_plural_possessive(part)
            and not (is_region(named) or is_settlement(named))
        ):
            opened = start + len(" ".join(parts[: index + 1])) + 1
    return opened


def _kind_named(text: str, hits: list[Hit]) -> list[Hit]:
    """An English name the NER never proposed that ends with its kind: a body ("Cornwall Council",
    "Chequamegon Fiber Cooperative", "Southern Lakes Winter Arts Festival Trust") or a site
    ("Temba Community Hall", "Grove City Hospital", "Cable Beach"). One word at least besides the
    kind is a name's word: not a generic word, a title or a department's ("the Town Council",
    "Head of Communications", "Corporate Communications"), nor a word the text writes in lower
    case ("Safe Harbour" beside "safe harbour"). A line in capitals is a heading, not a name."""
    found = []
    for kind in _KIND_WORD.finditer(text):
        end, before = kind.end(), text[max(0, kind.start() - 2) : kind.start()]
        if len(before) < 2 or before[1] != " " or not (before[0].isalnum() or before[0] in "'’&"):
            continue  # no word before it ("Council" opening a line), or inside one ("ReCouncil")
        run = _RUN_BEFORE.search(text, max(0, kind.start() - _RUN_CHARS), end)
        if run is None or _RUN_GOES_ON.match(text, end):
            continue
        start = _after_an_owner(text, _after_a_named_kind(run), end)
        parts = text[start:end].split(" ")
        while parts and parts[0].lower() in gz.EN_FUNCTION_WORDS:  # "The", "Each"
            start += len(parts.pop(0)) + 1
        if parts[:1] in (["SOURCE"], ["About"]) and (not start or text[start - 1] == "\n"):
            # a wire release's closing line, "SOURCE Tulane University"; the boilerplate's heading,
            # "About Tanager Growth Partners"
            start += len(parts.pop(0)) + 1
        if len(parts) < 2 or overlaps(hits, start, end):
            continue
        last = parts[-1].lower()
        label = (
            "ORG"
            if last in gz.ORG_TAILS or last in _NAMED_BODY_KINDS
            else "LOC"
            if last in gz.SITE_TAILS or last in gz.HALL_TAILS or last in gz.LANDFORMS
            else None
        )
        if parts[-3:-1] == ["of", "the"]:  # "Leader of the Council", "By Order of the Board": a body's
            continue  # officer or its act, the body named by its kind alone
        if " ".join(parts).lower() in gz.GOVERNING_BODIES:  # "Supervisory Board": a company's organ
            continue
        if last == "project" and "and" in parts:  # "Rural Access and Agricultural Marketing Project":
            continue  # a programme; "Kwar Hydro Electric Project" is a site
        if last == "quarter" and parts[-2].lower() in _ORDINALS:  # "Third Quarter": a fiscal quarter,
            continue  # a results headline's, not a town's quarter ("Station Quarter")
        if label and last not in gz.LEGAL_SUFFIXES and _names_its_kind(text, parts[:-1], label == "LOC"):
            found.append(Hit(start, end, label, ruled=True))
    return found


# Who speaks after the title they hold: "Chair Hinemoa Tautahi-Reid said", "Chief Executive Jo
# Bloggs added". Read from the verb back.
_SPEAKS = pattern(r" (?:said|says|added|adds|explained|noted|commented|stated|told)\b")
_TITLED_NAME_BEFORE = pattern(
    r"(?<![\w'’.-])(?P<title>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) "
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ]\.)?(?: [A-ZÀ-Þ][\w'’-]+){1,2})$"
)


def _titled_speakers(text: str, hits: list[Hit]) -> list[Hit]:
    """A person the NER never proposed, named after a title and before a verb of speech: the title
    makes the words a person's name, whatever their language ("Chair Hinemoa Tautahi-Reid said")."""
    found = []
    for verb in _SPEAKS.finditer(text):
        match = _TITLED_NAME_BEFORE.search(text, max(0, verb.start() - 70), verb.start())
        if not match or match["title"].split()[-1].lower() not in gz.TITLE_WORDS:
            continue
        start, end = match.span("name")
        lowered = {w.lower() for w in match["name"].split()}
        if lowered & (gz.TITLE_WORDS | gz.ORG_TAILS | gz.ORG_HEADS | _GENERIC_HEADS):
            continue  # "Chief Executive Officer said": a title, no name
        if not overlaps(hits, start, end):
            found.append(Hit(start, end, "PER", ruled=True))
    return found


# A line of two or three capitalised words, the next line opening with a title: a contact's name.
_NAME_LINE = pattern(
    r"^[ \t]*(?:(?:Mr|Mrs|Ms|Dr|Eng|Engr|Prof|Hon)\.? )?"
    r"([A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){1,2})[ \t]*\n[ \t]*([\w-]+)",
    re.MULTILINE,
)


def _names_above_titles(text: str, hits: list[Hit]) -> list[Hit]:
    """A contact block's name the NER never proposed, on a line of its own above its title ("Priya
    Raghunathan" over "Chief Financial Officer, ...")."""
    found = []
    for match in _NAME_LINE.finditer(text):
        start, end = match.span(1)
        hit = Hit(start, end, "PER", ruled=True)
        if match[2].lower() not in gz.TITLE_WORDS or overlaps(hits, start, end):
            continue
        lowered = [w.lower() for w in match[1].split()]
        if any(
            w in _GENERIC_HEADS or w in gz.DEPARTMENT_WORDS or written_in_lower_case(text, w) for w in lowered
        ):
            continue  # "Investor Relations" over "Manager": a department
        if person_shaped_words(text, hit) and not any(is_settlement(w) for w in match[1].split()):
            found.append(hit)
    return found


def _names_its_kind(text: str, parts: list[str], site: bool) -> bool:
    lowered = [p.lower() for p in parts if p.lower() not in gz.EN_FUNCTION_WORDS]
    # "Larnaca General Hospital": a site's "General" is no title ("Attorney General Council" is one)
    titles = lowered[:-1] if site and lowered[-1:] == ["general"] else lowered
    if not lowered or any(w in gz.TITLE_WORDS or w == "leader" for w in titles):
        return False
    proper = [w for w in lowered if w not in _GENERIC_HEADS and w not in gz.VENUE_KINDS]
    proper = [w for w in proper if w not in gz.DEPARTMENT_WORDS and w.title() not in gz.TITLE_WORDS]
    return any(not written_in_lower_case(text, w) for w in proper)


# A French body named by its kind in lower case and the place it serves: "tribunal judiciaire de
# Lyon", "chambre d'agriculture de la Haute-Corse", "direction interdépartementale de la police
# nationale du Rhône", "Conseil exécutif de Corse". Found from the kind.
_BODY_HEADS: tuple[str, ...] = ("tribunal", "chambre", "conseil", "cour", "académie", "préfecture")
_BODY_HEADS += ("direction", "agence", "office", "caisse", "juridiction", "rectorat", "inspection")
# What follows the kind: the words that say which, a "de", the place. Tried where a kind is written
# (found by `str.find`: a regex opening on thirteen words tries each at every offset).
_BODY_OF_PLACE = pattern(
    r"(?P<words>(?: [a-zà-ÿ][a-zà-ÿ'’-]*){0,6}?) (?:d(?:e la |e l['’]|u |es |e |['’]))"
    r"(?P<place>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)(?![\w'’-])"
)


def _kinds_of_body(text: str) -> Iterator[tuple[int, int]]:
    """Where the text writes a kind of body, in lower case or capitalised, as a word of its own."""
    for head in _BODY_HEADS:
        for written in (head, head[0].upper() + head[1:]):
            at = text.find(written)
            while at >= 0:
                if not at or not (text[at - 1].isalnum() or text[at - 1] in "'’-"):
                    yield (
                        at,
                        at + len(written),
                    )  # not inside a word: "Sous-direction" is read from its own start
                at = text.find(written, at + 1)


_NAMED_BY_PLACE_ALONE = frozenset(["préf", "rect", "acad"])  # "Préfecture de l'Isère", "académie de Lyon"


def _bodies_of_places(text: str, hits: list[Hit]) -> list[Hit]:
    """French bodies the NER cut down to their place or never saw: a kind of body in lower case
    (its first word perhaps capitalised), the words that say which, and a place the geodata knows;
    not inside a longer name the NER found ("Agence de l'eau Rhône Méditerranée Corse")."""
    found: list[Hit] = []
    for start, head_end in sorted(_kinds_of_body(text)):
        if (match := _BODY_OF_PLACE.match(text, head_end)) is None or (found and start < found[-1].end):
            continue
        end = match.end()
        if is_acronym(match["place"]) or not is_settlement(match["place"]):
            continue
        if match["words"].strip() in ("municipal", "communal"):
            continue  # "conseil municipal de Nantes": the town's own assembly, an organ of the town
        if not match["words"] and text[start : start + 4].lower() not in _NAMED_BY_PLACE_ALONE:
            continue  # "le conseil de Lyon", "l'office de Nantes": which council or office is not said
        if _across_a_hit(hits, start, end):
            continue
        found.append(Hit(start, end, "ORG", ruled=True))
    return found


def _across_a_hit(hits: list[Hit], start: int, end: int) -> bool:
    """Whether text[start:end] overlaps a hit without holding it whole (it would cut a name the NER found)."""
    return any(h.start < end and h.end > start and not (start <= h.start and h.end <= end) for h in hits)


# A French body named by its acronym and the place it serves, after a singular article: "le CHU de
# Limoges", "la JIRS de Lyon", "le SDIS des Landes", "la MRC de Rimouski-Neigette", "du CHU de Caen
# Normandie"; not inside a longer name ("Fondation du CHU de Québec"), nor a term's acronym before a
# word no atlas knows ("le PNB de la Caisse").
_ACRONYM_OF_PLACE = pattern(
    r"(?<![\w'’-])(?:(?:[Ll]e|[Ll]a|[Dd]u|[Aa]u) |[Ll]['’])(?P<acronym>[A-Z]{2,5}) "
    r"(?:de la |de l['’]|du |des |de |d['’])(?P<place>[A-ZÀ-Þ][\w'’-]+)(?:[–—][A-ZÀ-Þ][\w'’-]+)*"
    r"(?: [A-ZÀ-Þ][\w'’-]+){0,2}(?![\w'’-])"
)  # (a region joined by a dash: "la MRC du Saguenay–Lac-Saint-Jean")
_CAPITALISED_BEFORE = pattern(r"[A-ZÀ-Þ][\w'’-]* $")


def _acronyms_of_places(text: str, hits: list[Hit]) -> list[Hit]:
    found: list[Hit] = []
    for m in _ACRONYM_OF_PLACE.finditer(text):
        start = m.start("acronym")
        if _CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Fondation du CHU de Québec": a longer name's words
        if not (is_settlement(m["place"]) or is_region(m["place"])):
            continue
        if _across_a_hit(hits, start, m.end()):
            continue
        found.append(Hit(start, m.end(), "ORG", ruled=True))
    return found


# A body French names in lower case, its acronym after it: "département de la cohésion sociale
# (DCS)", "direction des routes et des ponts (DRP)". The acronym is the initials of its words.
_LOWERCASE_BODY = pattern(
    r"\b(?:département|office|service|direction|secrétariat|agence|commission)"
    r"(?:,? (?:et )?(?:de la |de l['’]|du |des |de |d['’])[a-zà-ÿ][\w'’-]*(?: [a-zà-ÿ][\w'’-]*)?)+"
    r" \((?P<acronym>[A-Z]{2,6})\)"
)
_FUNCTION_WORDS_FR = frozenset(["de", "la", "l", "du", "des", "d", "et"])
# What every match ends with, found from its "(": most releases hold none, and skip the scan.
_ACRONYM_IN_BRACKETS = pattern(r"\([A-Z]{2,6}\)")


def _lowercase_bodies(text: str, hits: list[Hit]) -> list[Hit]:
    if " (" not in text or not _ACRONYM_IN_BRACKETS.search(text):
        return []
    found = []
    for match in _LOWERCASE_BODY.finditer(text):
        name = text[match.start() : match.start("acronym") - 2]
        content = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in _FUNCTION_WORDS_FR]
        if not "".join(w[0] for w in content).upper().startswith(match["acronym"]):
            continue
        end = match.start() + len(name)
        if not overlaps(hits, match.start(), end):
            found.append(Hit(match.start(), end, "ORG", ruled=True))
    return found


# A table cell's name, a bracketed note after it aside: "Guise (Aisne)", "Fife Council".
_CELL_NAME = pattern(r"[ \t]*(?P<name>[A-ZÀ-Þ][\w'’-]*(?:[ -][\w'’-]+){0,3}?)[ \t]*(?:\([^)\n]*\))?[ \t]*$")
_TABLE_ROWS = 3
_DIGITS = pattern(r"\d")


def _table_columns(text: str, hits: list[Hit]) -> list[Hit]:
    """A table's column of places or of bodies: in a column whose cells the atlas mostly knows
    as towns, each town it knows is a place; in a column where two cells are bodies with one
    kind ("Glasgow City Council"), a cell with that kind is a body too ("Fife Council"). The
    header names the columns, and is none of their cells ("Commune", "Ward")."""
    columns: dict[tuple[int, int], list[tuple[int, int]]] = {}  # (table, column) -> cells' names
    for number, table in enumerate(tables(text, aligned=True)):  # "Cork       €5.8m" too
        for row in table.rows:
            for index, cell in enumerate(row):
                m = _CELL_NAME.fullmatch(text, cell.start, cell.end)
                if m and not _DIGITS.search(m["name"]):
                    columns.setdefault((number, index), []).append(m.span("name"))
    found = []
    for spans in columns.values():
        if len(spans) >= _TABLE_ROWS:
            found += _column_names(text, spans, hits)
    return found + _columns_of_a_kind(text, hits + found)


# A column's header that names the kind of what its cells name.
_COLUMN_KINDS = {
    **dict.fromkeys(
        ["organization", "organisation", "recipient", "grantee", "company", "partner", "applicant"]
        + ["institution", "provider", "operator", "beneficiary", "body", "employer", "school", "club"],
        "ORG",
    ),
    **dict.fromkeys(
        ["location", "town", "city", "place", "region", "commune", "county", "district", "ward", "country"]
        + ["municipality", "site", "venue", "state", "province", "area", "localité", "ville", "lieu", "pays"]
        + ["community", "suburb", "locality", "village", "parish", "borough", "territory", "canton"]
        + ["municipalité", "département", "quartier", "arrondissement", "localisation", "emplacement"],
        "LOC",
    ),
}
_SUMMARY_ROWS = frozenset(
    [
        "total",
        "subtotal",
        "sub-total",
        "sous-total",
        "grand",
        "other",
        "others",
        "autres",
        "all",
        "tous",
        "toutes",
    ]
)
_KIND_CELL = pattern(
    r"[ \t]*(?P<name>[A-ZÀ-Þ][\w'’.&-]*(?:[ -][\w'’.&-]+){0,6}?)[ \t]*(?:\([^)\n]*\))?[ \t]*$"
)


def _cell_names(cell: str) -> bool:
    """A cell that names one thing: not a summary row ("Total", "All", "Other rural councils"),
    each word capitalised but the small words of a name ("Argyll and Bute", "Na h-Eileanan Siar")."""
    lowered = cell.lower()
    if lowered in _SUMMARY_ROWS or lowered.split(" ")[0] in _SUMMARY_ROWS:
        return False
    return all(w.lower() != w or w in gz.EN_FUNCTION_WORDS or w in _FUNCTION_WORDS_FR for w in cell.split())


# A local government by its kind, in a column of places: "Town of Nipawin", "Wawa Township Council".
_LOCAL_BODY_CELL = pattern(
    r"(?:(?:Rural |Regional )?"
    r"(?:City|Town|Township|Village|Municipality|County|District|Borough|Shire) of .+)"
    r"|.+ (?:Council|Municipality|Township)"
)


def _columns_of_a_kind(text: str, hits: list[Hit]) -> list[Hit]:
    """A column whose header says what its cells name ("Organization", "Location", "Recipient",
    "Town"): each name in it is of that kind, a hit the NER typed otherwise or cut short retyped
    and widened to the cell ("San Luis Valley Health" in "San Luis Valley Health Partners")."""
    found = []
    for table in tables(text, aligned=True):
        kinds = {
            i: _COLUMN_KINDS.get(cell.text.strip().lower().rstrip("s:"))
            for i, cell in enumerate(table.header)
        }
        for row in table.rows:
            for index, cell in enumerate(row):
                label = kinds.get(index)
                m = _KIND_CELL.fullmatch(text, cell.start, cell.end) if label else None
                if not label or not m or _DIGITS.search(m["name"]) or not _cell_names(m["name"]):
                    continue
                if label == "LOC" and _LOCAL_BODY_CELL.fullmatch(m["name"]):
                    continue  # "City of Prince Albert" under "Community": the town's body, a recipient
                start, end = m.span("name")
                same = [h for h in hits if h.start == start and h.end <= end]  # "San Luis Valley Health"
                for hit in same:
                    hit.end, hit.label, hit.ruled = end, label, True
                if not same and not overlaps(hits, start, end):
                    found.append(Hit(start, end, label, ruled=True))
    return found


def _column_names(text: str, spans: list[tuple[int, int]], hits: list[Hit]) -> list[Hit]:
    free = [(a, b) for a, b in spans if not overlaps(hits, a, b)]
    places = [(a, b) for a, b in spans if is_settlement(text[a:b]) or is_region(text[a:b])]  # "Offaly"
    if 2 * len(places) >= len(spans):
        return [Hit(a, b, "LOC", ruled=True) for a, b in places if (a, b) in free]
    bodies = [h for h in hits if h.label == "ORG" and any(a == h.start and b == h.end for a, b in spans)]
    kinds = {text[h.start : h.end].split()[-1] for h in bodies if " " in text[h.start : h.end]}
    if len(bodies) < 2 or len(kinds) != 1:
        return []
    kind = kinds.pop()
    return [Hit(a, b, "ORG", ruled=True) for a, b in free if text[a:b].endswith(" " + kind)]


def _governments(text: str, hits: list[Hit]) -> list[Hit]:
    if "overnment" not in text and "ouvernement" not in text and "tat " not in text:
        return []
    found = []
    for match in _GOVERNMENT.finditer(text):  # "Government of Nova Scotia" too, as a header names it
        group = "place" if match["place"] else "state" if match["state"] else "gov"
        place = match["place"] or match["of"] or match["gof"]
        start, end = match.start(group), match.end() if group == "place" else match.end(group)
        if group == "place" and " " in place and not is_large_place(place):
            place = place.split(" ")[-1]  # "The Ontario government"
            start = match.end(group) - len(place)
        if not is_large_place(place):
            continue
        if not overlaps(hits, start, end):
            found.append(Hit(start, end, "ORG", ruled=True))
    return found


# "Brenmoor chief executive Jo Mills", "Acme Head of Strategy, Mr Lee": the body a title is held in,
# named just before the title (the words of a portfolio, "Energy Minister", the text writes in lower case).
_EMPLOYER_BEFORE = pattern(r"(?<![\w'’&.-])((?:[A-Z][\w&'’-]+ ){1,3})$")
_ROLE_HEAD = pattern(
    r" (?:[Cc]hief|[Hh]ead|[Cc]hair(?:man|woman|person)?|[Mm]anaging|[Ff]ounder|CEO|CFO|COO|CTO|"
    r"[Ss]pokes(?:person|man|woman))\b"
)


def _employers(text: str, hits: list[Hit]) -> list[Hit]:
    """The body named just before a person's title, where the NER found none."""
    people = [h.start for h in hits if h.label == "PER"]
    found: list[Hit] = []
    lower: set[str] | None = None  # the text's lower-case words, read once a candidate is met
    for role in _ROLE_HEAD.finditer(text) if people else ():
        person = people[bisect_right(people, role.start()) : bisect_right(people, role.start()) + 1]
        if not person or person[0] - role.end() > 80 or "\n" in text[role.end() : person[0]]:
            continue
        before = _EMPLOYER_BEFORE.search(text, max(0, role.start() - 50), role.start() + 1)
        if not before:
            continue
        start, end = before.start(1), role.start()
        first = text[start:end].split(" ", 1)[0]
        if first in ("The", "A", "An", "Our", "Its"):
            start += len(first) + 1
        if start >= end or overlaps(hits, start, end):
            continue
        lower = lower if lower is not None else {w.lower() for w in LOWER_WORD.findall(text)}
        if _employer_name(text[start:end], lower):
            found.append(Hit(start, end, "ORG", ruled=True))
    return found


def _employer_name(name: str, lower: set[str]) -> bool:
    tokens = [w.lower() for w in words(name)]
    if any(w in lower or w in gz.TITLE_WORDS or w in gz.GENERIC_WORDS for w in tokens):
        return False
    return not (is_country(name) or is_region(name) or is_city(name, 50_000))


# "Corvane : résultats annuels 2024": a headline opened by the issuer's name and a colon.
_ISSUER_HEADLINE = pattern(r"\A\s*([A-ZÀ-Þ][\w&'’.-]*(?: [A-ZÀ-Þ&][\w&'’.-]*){0,2}) ?: \S")


def _headline_issuer(text: str, hits: list[Hit]) -> list[Hit]:
    """The company a headline opens with, before a colon, named again below it; not the headline's
    topic ("Climat : ..."), a word the text also writes in lower case, nor a label ("Posted:")."""
    found = _ISSUER_HEADLINE.match(text)
    if not found or overlaps(hits, found.start(1), found.end(1)):
        return []
    name = found[1]
    tokens = [w.lower() for w in words(name)]
    lower = {w.lower() for w in LOWER_WORD.findall(text)}
    labels = gz.GENERIC_WORDS | gz.TITLE_WORDS | gz.CONTACT_LABELS
    if any(w in lower or w in labels for w in tokens) or is_country(name) or is_region(name) or is_city(name):
        return []
    if text.lower().count(name.lower(), found.end()) < 1:
        return []
    return [Hit(found.start(1), found.end(1), "ORG", ruled=True)]


class _Groups:
    """Union-find over hits: each final group is one real-world entity."""

    def __init__(self, text: str, hits: list[Hit], home: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.hits = hits
        self.home = home  # the dateline's town: the town the release is written from, never a site
        self.parent: dict[Hit, Hit] = {hit: hit for hit in hits}
        self.by_key: dict[str, Hit] = {}
        self.keys: dict[Hit, str] = {}  # each hit's key, read once (a hit's offsets no longer move)
        self.defined: dict[str, Hit] = {}  # a short name the text defines, by key: the name it stands for
        for hit in hits:
            self.union(hit, self.by_key.setdefault(self.key(hit), hit))

    def key(self, hit: Hit) -> str:
        key = self.keys.get(hit)
        if key is None:
            key = self.keys[hit] = norm(self.text[hit.start : hit.end])
        return key

    def find(self, hit: Hit) -> Hit:
        while self.parent[hit] is not hit:
            self.parent[hit] = self.parent[self.parent[hit]]
            hit = self.parent[hit]
        return hit

    def union(self, a: Hit, b: Hit) -> None:
        if a in self.parent and b in self.parent:
            self.parent[self.find(a)] = self.find(b)

    def add(self, hit: Hit) -> None:
        self.hits.append(hit)
        self.parent[hit] = hit
        self.union(hit, self.by_key.setdefault(self.key(hit), hit))

    def link(self, a: Hit, b: Hit) -> None:
        """Two forms of one name, unless one is a short name the text defines for a name the other
        is not a form of: 'Pellworth Rail Services, Inc. ("Pellworth")' keeps "Pellworth" from
        "Pellworth Railcar Leasing LLC", not from "Pellworth Rail Services"."""
        for one, other in ((a, b), (b, a)):
            full = self.defined.get(self.key(one))
            if full is not None and self.find(full) is not self.find(other) and not self._within(other, full):
                return
        self.union(a, b)

    def _within(self, hit: Hit, full: Hit) -> bool:
        """Every word of one name is a word of the other ("Pellworth Rail Services" of "Pellworth
        Rail Services, Inc.")."""
        one, other = (_word_set(self.text[h.start : h.end]) for h in (hit, full))
        return one <= other or other <= one

    def _hit_at(self, starts: dict[int, Hit], match: re.Match[str], label: str, ruled: bool) -> Hit:
        """The hit over the match's first group: the one that starts and ends there, else a new one."""
        inner = starts.get(match.start(1))
        if inner is None or inner.end != match.end(1):
            inner = Hit(match.start(1), match.end(1), label, ruled)
            self.add(inner)
        return inner

    def link_pairs(self, pairs: list[tuple[Hit, Hit]]) -> None:
        for a, b in pairs:
            self.union(a, b)

    def link_parentheses(self) -> None:
        """ "Office des forêts (ODF)", "ODF (Office des forêts)" (a short name in quotes:
        `link_defined_short_names`)."""
        starts = {hit.start: hit for hit in self.hits}
        for hit in list(self.hits):
            acronym = starts.get(hit.end + 1) if self.text.startswith(" ", hit.end) else None
            if _is_acronym_hit(self.text, acronym) and hit.label == "ORG" and hit.ruled:
                self.union(hit, starts[hit.end + 1])  # "l'Office national des forêts ONF", not a
                # signature's "Ministry of Fisheries" over its town in capitals on the next line
            match = _PARENTHESIS.match(self.text, hit.end)
            if not match:
                continue
            if _NUMBERED_REGION.fullmatch(match.group(1)):  # "Central Luzon (Region III)": one region
                hit.label, hit.ruled = "LOC", True
                self.union(hit, self._hit_at(starts, match, "LOC", True))
                continue
            if not _defines(self.text[hit.start : hit.end], match.group(1)) or _trades_in(
                self.text, hit, match
            ):
                continue
            self.union(hit, self._hit_at(starts, match, hit.label, hit.ruled))

    def link_defined_short_names(self) -> None:
        """A company's short name, defined in quotes right after its full name (perhaps after its
        ticker): 'Larchmont Dairy Foods, Inc. (NYSE: LDF) ("Larchmont Dairy")'. Every mention of the
        short name is the company, whatever the NER called it ("Corvid Valley", a valley to it).
        Only a short name made of the full name's words: '(the "Units")' defines a term."""
        if '("' not in self.text and "(“" not in self.text and "(«" not in self.text:
            return  # most releases define nothing so: a substring test spares them the scan
        starts = {hit.start: hit for hit in self.hits}
        for hit in list(self.hits):
            if hit.label != "ORG" or not (match := _DEFINED_SHORT_NAME.match(self.text, hit.end)):
                continue
            if not _word_set(match[1]) <= _word_set(self.text[hit.start : hit.end]):
                continue
            short = self.key(self._hit_at(starts, match, hit.label, True))
            self.defined.setdefault(short, hit)
            for other in self.hits:
                if self.key(other) == short:
                    other.label, other.ruled = hit.label, True
                    self.union(other, hit)

    def link_translated_letterhead(self) -> None:
        """A body's letterhead in two languages, a name a line or each side of a bar: "Harbour
        City Council | Te Kaunihera o Kirikiriroa", "Canton du Valais" over "Kanton Wallis". The
        name beside the body's, in words the dictionaries mostly do not hold and with no body's
        word of theirs, is the same body in the other language."""
        first_blank = self.text.find("\n\n", 0, _LETTERHEAD_CHARS)  # the letterhead: the lines above it
        end = first_blank if first_blank >= 0 else _LETTERHEAD_CHARS
        head = sorted((h for h in self.hits if h.end <= end), key=lambda h: h.start)
        for a, b in zip(head, head[1:], strict=False):
            gap = self.text[a.end : b.start]
            if gap.strip(" \t\n|") or gap.count("\n") > 1 or ("\n" not in gap and "|" not in gap):
                continue  # not the next line, nor the other side of a bar
            if not (_a_letterhead_name(self.text, a) and _a_letterhead_name(self.text, b)):
                continue
            for body, other in ((a, b), (b, a)):
                if _a_body_s_name(self.text, body) and _in_another_language(self.text, other):
                    other.label, other.ruled = body.label, True
                    self.union(other, body)
                    break

    def link_variants(self) -> None:
        """Short and long forms of one name: acronym/expansion, legal form, surname, country."""
        keys = {self.key(hit): hit for hit in self.hits}
        expansions = {
            initials(self.text[h.start : h.end]): h
            for h in self.hits
            if len(words(self.text[h.start : h.end])) > 1
        }
        openings = {k.split(" ", 1)[0] for k in keys if " " in k}  # not "KHU" of "KHU Energy Holdings Ltd."
        for h in self.hits:
            if h.label == "ORG" and len(words(self.text[h.start : h.end])) > 1:
                for form in _other_initials(self.text[h.start : h.end]):
                    if form.lower() not in openings:
                        expansions.setdefault(form, h)
        surnames = _surname_index(self.hits, self.key)
        # a firm by the NER that speaks ("Kostiuk added"): a person's surname, when a person ends so
        speakers = frozenset(self.key(h) for h in self.hits if _SPEAKS.match(self.text, h.end))
        # towns written as places: "in Souris, Tignish and Summerside" (not the company "Halden")
        towns = frozenset(
            self.key(h) for h in self.hits if h.label == "LOC" and h.ruled and is_settlement(self.key(h))
        )
        stems = {_stem(k, h): h for k, h in keys.items() if _stem(k, h)}
        for key, hit in keys.items():
            name = self.text[hit.start : hit.end]
            for other in _variants(key, name, hit, keys, expansions, (surnames, speakers), towns):
                self.link(hit, other)
            for exchange in gz.EXCHANGE_NAMES.get(key, ()):  # "TSX" and "la Bourse de Toronto"
                if norm(exchange) in keys:
                    self.union(hit, keys[norm(exchange)])
            stem = _stem(key, hit)
            if stem and stem in stems and not _two_kinds(key, self.key(stems[stem])):
                self.union(hit, stems[stem])  # "X Network Telecom" / "X Network Communication"
        for short, full in _short_names(keys, towns).items():
            self.link(short, full)
        for key, hit in keys.items():  # "Animal Husbandry & Dairying" and "Animal Husbandry and Dairying"
            if " & " in key and (spelt := keys.get(key.replace(" & ", " and "))) is not None:
                self.union(hit, spelt)
            if (bare := _town_without_its_article(self.text, key, hit, keys)) is not None:
                self.union(hit, bare)
        states: dict[str, Hit] = {}  # "ALBANY, N.Y." and "across New York"; "CALGARY, AB" and "Alberta"
        for hit in keys.values():
            if hit.label == "LOC" and (code := state_code(self.text[hit.start : hit.end])):
                self.union(hit, states.setdefault(code, hit))
        sites = _site_stems(self.text, self.hits, self.key)
        for key, hit in keys.items():
            if key in sites and key not in self.home and _short_name_of_site(self.text, hit, sites[key]):
                self.union(hit, sites[key])  # "the Carrow Hill Gold Mine", then "mining Carrow Hill"

    def members(self) -> list[list[Hit]]:
        groups: dict[Hit, list[Hit]] = {}
        for hit in self.hits:
            groups.setdefault(self.find(hit), []).append(hit)
        return list(groups.values())


_KIND_OF_SITE = pattern(
    r"(?i:" + SITE_KIND + r")\s+(?:de la |de l['’]|du |des |de |d['’]|the )?([A-ZÀ-Þ].*)$"
)


# ... named after its town by "de" or "of" ("gare de Gland", "Port of Broome"; not "tunnel Valmont")
_KIND_OF_TOWN_S_SITE = pattern(
    r"(?i:" + SITE_KIND + r")(?:(?<= of)\s+|\s+(?:de la |de l['’]|du |des |de |d['’]|of ))[A-ZÀ-Þ]"
)


def _stem(key: str, hit: Hit) -> str:
    """A body's name of four words or more without its last: "x network telecom" and "x network
    communication" share theirs. Not over a number: "Commune d'Arrondissement de Douala 3e" and
    "... 5e" are two."""
    if hit.label != "ORG" or len(key.split(" ")) < 4 or _DIGITS.search(key.rsplit(" ", 1)[1]):
        return ""
    return key.rsplit(" ", 1)[0]


def _short_name_of_site(text: str, hit: Hit, site: Hit) -> bool:
    """A name the site's full name holds is that site's, unless the atlas knows it as a place (a
    large one; or a town the site is named after by its kind: "gare de Gland", then "Gland"); a
    place a rule typed is the site's too when the site's kind leads its name ("le parc éolien du
    Mont Vert", then "les parcs de Bel Air et Mont Vert")."""
    if hit is site or is_large_place(text[hit.start : hit.end]):
        return False
    if is_settlement(text[hit.start : hit.end]) and _KIND_OF_TOWN_S_SITE.match(text, site.start, site.end):
        return False  # "la gare de Gland", then "à Gland": the town the station is named after
    return not hit.ruled or (hit.label == "LOC" and bool(_KIND_OF_SITE.match(text, site.start, site.end)))


def _town_without_its_article(text: str, key: str, hit: Hit, keys: dict[str, Hit]) -> Hit | None:
    """ "Locle" of "du Locle" for "Le Locle": a town whose name opens on its article, which French
    contracts with "de" or "à" ("au Havre"), where the geodata knows no town by the bare word."""
    article, _, rest = key.partition(" ")
    if hit.label != "LOC" or article not in ("le", "les") or (bare := keys.get(rest)) is None:
        return None
    known = is_settlement(text[hit.start : hit.end]) and not is_settlement(rest)
    return bare if bare.label == "LOC" and known else None


def _site_stems(text: str, hits: list[Hit], key: Callable[[Hit], str]) -> dict[str, Hit]:
    """The leading words of the sites' names ("carrow hill" of "Carrow Hill Gold Mine",
    "redgate" of "Redgate Mill"): a site named in full, then by its own name."""
    stems: dict[str, Hit] = {}
    for hit in (h for h in hits if h.label == "LOC"):
        if kind := _KIND_OF_SITE.match(
            text, hit.start, hit.end
        ):  # "le parc éolien du Mont Vert", then "Mont Vert"
            stems.setdefault(norm(kind[1]), hit)
        parts = key(hit).split(" ")
        if len(parts) > 1 and parts[-1].rstrip("s") in gz.SITE_TAILS:
            for size in range(1, len(parts) - 1 + 1):
                stems.setdefault(" ".join(parts[:size]), hit)
    return stems


def _word_set(name: str) -> set[str]:
    return {w.lower() for w in words(name)}


def _short_names(keys: dict[str, Hit], towns: frozenset[str]) -> dict[Hit, Hit]:
    """A name's short form, by its leading words, where one name alone opens so: a company by the
    words before its trade ("Banahaw Water" for "Banahaw Water Holdings, Inc."), a person without
    the middle names ("Margaret Bestwick" for "Margaret Anne BESTWICK"). Not a place, the NER's
    or the atlas's, after which a company is named ("Rusitu Valley", "Rusitu Valley Agro Holdings
    Limited"), nor a town the text writes as one."""
    opening: dict[str, list[Hit]] = {}
    for key, hit in keys.items():
        parts = key.split(" ")
        if hit.label == "ORG" and len(parts) > 2 and parts[-1].replace(".", "") in gz.LEGAL_SUFFIXES:
            named = [w for w in parts if w.replace(".", "").rstrip(",") not in gz.LEGAL_SUFFIXES]
            shorter = [" ".join(named[:size]) for size in range(2, len(named) + 1)]
        elif hit.label == "ORG" and len(parts) > 2 and parts[-1] in gz.FIRM_WORDS:
            shorter = [" ".join(parts[:-1])]  # "Soo Steelcraft" of "Soo Steelcraft Fabricators"
        elif hit.label == "PER" and len(parts) > 2 and "." not in parts[0]:
            shorter = [f"{parts[0]} {parts[-1]}"]
        else:
            continue
        for short in shorter:
            opening.setdefault(short, []).append(hit)
    return {
        keys[short]: fulls[0]
        for short, fulls in opening.items()
        if len(fulls) == 1
        and short in keys
        and keys[short] is not fulls[0]
        and keys[short].label != "LOC"
        and not _ruled_apart(keys[short], fulls[0])
        and short not in towns
        and not is_large_place(short)
    }


def _other_initials(name: str) -> list[str]:
    """A body's initials as its acronym may also write them: without accents ("MEF" for "Ministère
    de l'Économie et des Finances"), without its legal form ("VHB" for "Volta Heritage Bank PLC")
    or what follows "of" ("NSE" for "National Stock Exchange of India Limited")."""
    parts = words(name)
    named = [w for w in parts if w.lower().rstrip(".") not in gz.LEGAL_SUFFIXES]
    before_of = parts[: parts.index("of")] if "of" in parts[2:] else []
    forms = [fold(initials(name)).upper(), initials(" ".join(named)), initials(" ".join(before_of))]
    return [form for form in forms if len(form) > 1]


def _as_initials(hit: Hit, name: str) -> str:
    """The name as the initials it may stand for: a country's with dots ("U.S."), the capitals of
    one word that writes its initials with small letters ("NEDCo", "STLévis"), or as written."""
    if hit.label == "LOC" and names_a_country_by_initials(name):
        return name.replace(".", "")
    if name.isalpha() and not name.isupper() and name[:1].isupper():
        capitals = "".join(c for c in name if c.isupper())
        return capitals if len(capitals) > 2 else name
    return name


def _is_acronym_hit(text: str, hit: Hit | None) -> bool:
    return hit is not None and is_acronym(text[hit.start : hit.end])


_ACRONYM_THEN_TAIL = pattern(r"([A-Z]{2,6}) ([A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)")


def _trades_in(text: str, hit: Hit, bracket: re.Match[str]) -> bool:
    """ "Tallowood Cellars (UK) Limited": a country's initials in brackets inside a company's name,
    the country it trades in, neither its acronym nor another name of it (not "(TL)" after
    "Transports publics de la région lausannoise", which ends there)."""
    inner = bracket[1]
    return (
        names_a_country_by_initials(inner)
        and not initials(text[hit.start : hit.end]).startswith(inner.replace(".", ""))
        and text.startswith(" ", bracket.end())
        and legal_form_at(text, bracket.end() + 1)
    )


_SHARED_HEAD = pattern(r"([A-ZÀ-Þ][\w.]*(?: [A-ZÀ-Þ][\w.]*)?) ([A-Z][A-Z&]{1,7})")


def _defines(name: str, inner: str) -> bool:
    """An acronym after its expansion, or an expansion after its acronym: not "Sète (Hérault)"."""
    if any(c.isdigit() for c in inner):
        return False  # "MJ/RK (Release ID: 2100457)": a label and its number, no name
    if names_a_currency(inner):
        return False  # "Valeur nominale unitaire (FCFA)": a row's label and its unit, no body
    if is_acronym(inner) or ("-" in inner and all(is_acronym(part) for part in inner.split("-"))):
        return True  # "ONF"; "AMF-UMOA": two acronyms joined, a body and its zone
    if (tail := _ACRONYM_THEN_TAIL.fullmatch(inner)) and name.endswith(" " + tail[2]):
        # "Direction interdépartementale des routes Centre-Est (DIR Centre-Est)": initials, then the
        # words both share
        return initials(name[: -len(tail[2])]) == tail[1]
    if tail and f" {tail[2]} " in f" {name} " and initials(name).startswith(tail[1]):
        return True  # "Société de Gestion et d'Intermédiation Lagune Capital Markets (SGI Lagune Capital)"
    if (head := _SHARED_HEAD.fullmatch(inner)) and name.startswith(head[1] + " ") and is_acronym(head[2]):
        # "Ohio Environmental Protection Agency (Ohio EPA)", "... (U.S. EPA)": the words both open
        # on, then the initials of the rest, a body's (not a site's: "Moc Bai Inland Container Depot")
        rest = name[len(head[1]) + 1 :]
        return initials(rest) == head[2] and any(w.lower() in gz.ORG_HEADS for w in words(rest))
    if _MIXED_ACRONYM.match(inner):  # "Department for Rural Affairs (DfRA)": its capitals begin the name
        return initials(name).startswith("".join(c for c in inner if c.isupper()))
    return is_acronym(name) and len(words(inner)) > 1 and inner[:1].isupper()


def _opens_another_company(opening: str, key: str, keys: dict[str, Hit]) -> bool:
    """Whether another company named with its legal form opens on the same word ("lémanis sa",
    "lémanis precision gmbh" beside "lémanis medical inc."): the word alone, the group's name,
    is no other name of this one."""
    return any(
        k != key
        and k.startswith(opening + " ")
        and k.rsplit(" ", 1)[-1].replace(".", "") in gz.LEGAL_SUFFIXES
        for k in keys
    )


# A government named by its kind before its place, which the text also writes after it
# ("Government of Sindh", "Sindh Government"): one body (not a university, "University of
# Washington" and "Washington University" are two; nor a state, "Kwara State" is a place).
_GOVERNMENT_NAMED_FIRST = pattern(r"(?:the )?(government|municipality) of ([^ ]+(?: [^ ]+)?)")


def _variants(
    key: str,
    name: str,
    hit: Hit,
    keys: dict[str, Hit],
    expansions: dict[str, Hit],
    people: tuple[dict[str, Hit], frozenset[str]],
    towns: frozenset[str],
) -> list[Hit]:
    found = []
    short = _as_initials(hit, name)
    if is_acronym(short) and short in expansions:
        found.append(expansions[short])
    lowered = key.split(" ")
    found += _without_legal_form(lowered, name, hit, keys, towns)
    branch = _BRANCH.match(name)
    if branch and hit.label == "ORG" and branch.group(1).lower() in keys and branch.group(2).lower() in keys:
        found.append(keys[branch.group(1).lower()])  # "ARS Normandie": the agency "ARS" in Normandy
    republic = _REPUBLIC.match(key)
    if republic and republic.group(1) in keys:
        found.append(keys[republic.group(1)])
    elif adjective := _REPUBLIC_ADJECTIVE.match(key):  # "République togolaise" and "Togo"
        found += [h for k, h in keys.items() if h.label == "LOC" and _adjective_of(adjective[1], k)]
    if hit.label == "LOC" and (kind := _ADMINISTRATIVE_KIND.match(key)) and (kind[1] or kind[2]) in keys:
        found.append(keys[kind[1] or kind[2]])  # "Hong Kong Special Administrative Region", "Kishtwar"
    if (turned := _GOVERNMENT_NAMED_FIRST.fullmatch(key)) and (inverse := f"{turned[2]} {turned[1]}") in keys:
        found.append(keys[inverse])  # "Government of Sindh" and "Sindh Government"
    if hit.label == "ORG" and len(lowered) > 1:  # "la Caisse Régionale", then in full
        found += [
            h
            for k, h in keys.items()
            if h.label == "ORG" and k.startswith(key) and _OF_AFTER.match(k, len(key))
        ]
    surnames, speakers = people
    if (_a_surname(hit, name) or key in speakers) and key in surnames and surnames[key] is not hit:
        found.append(surnames[key])
        hit.label = "PER" if hit.label == "ORG" else hit.label  # the person's surname, not a firm
    if hit.label == "PER" and (initialled := _INITIALLED.fullmatch(name) or _SURNAME_FIRST.fullmatch(name)):
        found += _written_in_full(initialled, keys, hit)  # "L.Z. Mthembu-Ferreira" and the name in full
    return found


# A person by the initials of their given names and their surname: "L.Z. Mthembu-Ferreira", "J. Botha";
# or the surname first, as a reference's list of authors writes them ("Guérin T., Roussel-Andrieu C.").
_INITIALLED = pattern(r"(?P<initials>(?:[A-ZÀ-Þ]\.[ ]?){1,3})(?P<surname>[A-ZÀ-Þ][\w'’-]+)")
_SURNAME_FIRST = pattern(r"(?P<surname>[A-ZÀ-Þ][\w'’-]+) (?P<initials>[A-ZÀ-Þ]\.(?:[ -]?[A-ZÀ-Þ]\.){0,2})")


def _written_in_full(initialled: re.Match[str], keys: dict[str, Hit], hit: Hit) -> list[Hit]:
    """The one person the text names in full with that surname and given names of those initials,
    in order from the first ("Lindiwe Z. Mthembu-Ferreira" for "L.Z. Mthembu-Ferreira")."""
    surname = " " + norm(initialled["surname"])
    letters = [c.lower() for c in initialled["initials"] if c.isalpha()]
    fuller = [
        h
        for k, h in keys.items()
        if h is not hit
        and h.label == "PER"
        and k.endswith(surname)
        and [w[:1] for w in k[: -len(surname)].split(" ")][: len(letters)] == letters
    ]
    return fuller if len(fuller) == 1 else []


def _a_subsidiary_abroad(name: str) -> bool:
    """ "Laurentide Aerostructures USA, Inc.", "Acme France SAS": a country after the company's first
    word names its subsidiary there, another company than the one its first word names alone."""
    return any(is_country(w) or names_a_country_by_initials(w) for w in name.replace(",", "").split()[1:-1])


def _a_surname(hit: Hit, name: str) -> bool:
    """A name that may be a person's surname alone: the NER's body is one only when no body is
    named so, one word of two capitalised halves ("Ms Castillo-Reyes said", taken for a firm), or
    the surname in capitals a police release writes its accused with ("Marisol Anne DESJARLAIS").
    A country the NER calls a place is no one's surname ("Innovate UK", then "outside the UK")."""
    shouted = name.isupper() and len(name) > 3 and " " not in name  # "DESJARLAIS was released"
    if hit.label == "LOC" and (is_country(name) or names_a_country_by_initials(name)):
        return False
    return hit.label in ("PER", "MISC", "LOC") or is_double_barrelled(name) or shouted


def _adjective_of(adjective: str, country: str) -> bool:
    """ "togolaise" of "togo", "française" of "france", "gabonaise" of "gabon" (folded); not
    "malgache" of "mali": a short name whole, a longer one but for its last letter."""
    stem = country if len(country) < 5 else country[:-1]
    return " " not in country and adjective.startswith(stem) and is_country(country)


def _without_legal_form(
    lowered: list[str], name: str, hit: Hit, keys: dict[str, Hit], towns: frozenset[str]
) -> list[Hit]:
    """The same company written without its legal form ("Acme Ltd" and "Acme")."""
    found: list[Hit] = []
    key = " ".join(lowered)
    if len(lowered) > 1 and lowered[-1].replace(".", "") in gz.LEGAL_SUFFIXES:  # "Inc.", "S.A." too
        stripped = " ".join(w for w in lowered if w.replace(".", "") not in gz.LEGAL_SUFFIXES).rstrip(",")
        last_off = " ".join(lowered[:-1]).rstrip(",")  # "X Group PLC" and "X Group", a form itself
        # not "river Tamar", a place a rule typed, for "Tamar Valley Power Projects Limited"; nor
        # the town "Souris" for "Souris Harbour Processors Ltd.", a company named after its town
        found += [
            keys[k]
            for k in dict.fromkeys((stripped, last_off, lowered[0]))
            if k in keys
            and not _ruled_apart(keys[k], hit)
            # "Pakistan Stock Exchange Ltd", "Kerala Medical Services Corporation Ltd": not the place
            and not (k == lowered[0] and (k in towns or is_large_place(k) or _a_subsidiary_abroad(name)))
            and not (k == lowered[0] != stripped and _opens_another_company(k, key, keys))
        ]
    return found


def _ruled_apart(a: Hit, b: Hit) -> bool:
    return a.ruled and b.ruled and a.label != b.label


def _surname_index(hits: list[Hit], key: Callable[[Hit], str]) -> dict[str, Hit]:
    """ "Kerjean", "Le Bihan" -> the full names they end (`key`: a hit's key, read once)."""
    index: dict[str, Hit] = {}
    for hit in hits:
        parts = key(hit).split(" ") if hit.label == "PER" else ()
        if len(parts) > 1:
            for size in range(1, len(parts)):
                if parts[-size - 1] not in gz.SURNAME_PARTICLES:  # "de Gaulle" a surname, "Gaulle" none
                    index.setdefault(" ".join(parts[-size:]), hit)
    return index


# How far into a release its letterhead may run, above its first blank line: a body's names.
_LETTERHEAD_CHARS = 300


def _a_letterhead_name(text: str, hit: Hit) -> bool:
    """The hit is a whole line, or a whole side of a bar on its line, perhaps after "The"."""
    start = max(text.rfind("\n", 0, hit.start), text.rfind("|", 0, hit.start)) + 1
    end = min(i for i in (text.find("\n", hit.end), text.find("|", hit.end), len(text)) if i >= 0)
    before = text[start : hit.start].strip(" \t")
    return before in ("", "The") and not text[hit.end : end].strip(" \t")


def _a_body_s_name(text: str, hit: Hit) -> bool:
    return hit.label == "ORG" and any(
        w in gz.ORG_HEADS or w in gz.ORG_TAILS or w in gz.REGION_HEADS
        for w in words(text[hit.start : hit.end].lower())
    )


def _in_another_language(text: str, hit: Hit) -> bool:
    """No body's word of English or French, and at least half its long words unknown to their
    dictionaries ("Comhairle Contae Chiarraí", "Kanton Wallis", "Tribunale federale"); no country
    or place the geodata knows ("BURKINA FASO" over "COMMUNE DE BOBO-DIOULASSO")."""
    name = text[hit.start : hit.end]
    parts = [w for w in words(name) if len(w) > 3]
    if not parts or any(w.lower() in gz.ORG_HEADS or w.lower() in gz.ORG_TAILS for w in parts):
        return False
    if is_given_name(words(name)[0]):
        return False  # "Niamh Carrick-Boyle" under her firm's name: a person
    key = norm(name)
    if is_country(name) or is_region(name) or is_settlement(name) or _REPUBLIC_ADJECTIVE.match(key):
        return False  # nor "République Tunisienne", a state's formal name
    return 2 * sum(not is_ordinary_word(w) for w in parts) >= len(parts)


# --- from a group of hits to an entity --------------------------------------------------------


def _entity(
    text: str, members: list[Hit], lang: str, home: set[str], key: Callable[[Hit], str]
) -> Entity | None:
    at_home = bool(home) and any(key(h) in home for h in members)
    label = "LOC" if at_home else _group_label(text, members)
    names = [text[h.start : h.end] for h in members]
    if label == "ORG" and _town_written_as_a_place(text, members, names):
        label = "LOC"
    if label is None or (label == "PER" and all(len(words(n)) == 1 for n in names)):
        return None
    if all(names_a_currency(n) for n in names) or not _written_as_a_name(text, members):
        return None  # "EUR", "Millions FCFA": the unit of a table's amounts, not a name
    if all(is_language(n) for n in names):
        return None  # "in Welsh and English": languages, neither places nor bodies
    if all(_a_currency_unit(text, h) for h in members):
        return None  # "(TZS million)", "TZS 38,415": a currency's code as the unit of figures
    if lang == "fr" and label in ("LOC", "ORG") and all(_a_noun_not_a_name(text, h) for h in members):
        return None  # "de la Jeunesse", "Soins infirmiers", "Montant :", "Rectificatif": a noun, no name
    if label == "LOC" and all(_names_a_currency_of(text, h.start, h.end) for h in members):
        return None  # "against the US dollar", "15 millions de dollars US": a currency, no place
    if all(_officials_initials(text, h) for h in members):
        return None  # "KT/PL" under a government release: who wrote and cleared it, no body
    if all(_heads_a_section(text, h) for h in members) and (
        label == "PER" or _ordinary_words(text, names[0])
    ):
        return None  # "At a Glance", "Key Dates": a heading the NER took for a name
    if (lang == "en" and _used_as_adjective(text, members)) or _capitalised_sentence_start(text, members):
        return None
    if lang == "en" and label == "ORG" and all(_a_possession(text, h) for h in members):
        return None  # "nor its Regulation Services Provider (as that term ...)": a thing it has, no body
    if all(_common_noun_opening_a_line(text, h) for h in members):
        return None
    if label == "PER" and _headline_words(text, members):
        return None
    canonical = _canonical(label, names)
    canonical_key, keyed = norm(canonical), [(key(h), n) for h, n in zip(members, names, strict=True)]
    aliases = sorted({key: n for key, n in keyed if key != canonical_key}.values())
    if label != "PER" and (official := _with_capital_the(text, members)):
        aliases = sorted({*aliases, official})
    if label == "LOC" and (short := _short_name_as_written(canonical, canonical_key)):
        aliases = sorted({*aliases, short})  # "Republic of the Philippines": "Philippines" too
    mentions = [
        Mention(text=text[h.start : h.end], start=h.start, end=h.end)
        for h in sorted(members, key=lambda h: h.start)
    ]
    return Entity(type=label, name=canonical, aliases=aliases, mentions=mentions)


# A currency named by its country: "the US dollar", "Kenya shillings", "US cents", "dollars US".
_WORD_AFTER = pattern(r" ([a-zà-ÿ]+)\b")
_WORD_BEFORE = pattern(r"\b([a-zà-ÿ]+) \Z")


def _names_a_currency_of(text: str, start: int, end: int) -> bool:
    """The place written at `start`-`end` names a currency there, not a place: the word after it
    or before it is a currency's unit (pycountry's names, as the amounts read them) or a cent."""
    after = _WORD_AFTER.match(text, end)
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return any(
        word and (world.names_a_currency(word, None) or word.removesuffix("s") in _SUBUNIT_WORDS)
        for word in (after and after[1], before and before[1])
    )


_SUBUNIT_WORDS = frozenset({"cent", *world.SUBUNITS})


# Officials' initials joined by slashes, alone on a line at a release's foot ("KT/PL", "MJPS/SR").
_INITIALS_LINE = pattern(r"[ \t]*[A-Z]{1,4}(?:/[A-Z]{1,4})+[ \t]*")


def _officials_initials(text: str, hit: Hit) -> bool:
    line_start = text.rfind("\n", 0, hit.start) + 1
    line_end = text.find("\n", hit.end)
    return bool(_INITIALS_LINE.fullmatch(text, line_start, len(text) if line_end < 0 else line_end))


def _with_capital_the(text: str, members: list[Hit]) -> str | None:
    """The name with its "The", as the text writes it mid-sentence ("a grant from The National
    Lottery Community Fund": part of an official name, no article opening a sentence), else None."""
    for hit in members:
        if written_with_its_the(text, hit.start):
            return text[hit.start - 4 : hit.end]
    return None


# Words before a town that make it the place something is or someone comes from ("Derek Holloway,
# 78, from Nailsworth", "a detour through Awakeri", the last of a list "through Orem, Lehi and", "from
# Abersoch to"; not "to" or "of" alone, nor "from" in a clause: a company sells to, buys from, is part
# of). Only a town the geodata knows is retyped so.
_NAMES_AND = r"[A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w'’-]*){0,3}(?:, [A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w'’-]*){0,3})*,? "
_BETWEEN_AND = pattern(  # "between Gympie and ", "through Lehi, Orem and ", "from Abersoch to "
    rf"(?<![\w-])(?:(?:between|entre|in|at|near|through|across|around|à|dans) {_NAMES_AND}(?:and|et)"
    rf"|from {_NAMES_AND.rstrip(',? ')} to) $"
)
_AT_A_PLACE = pattern(
    r"(?:(?<![\w-])(?:in|at|near|between|through|via|across|around|à|dans|près de|entre)|(?<=, )from"
    r"|(?<=\d, )of)\s"  # "Ann Lee, 36, of Scottsdale": a person's age and town
    r"(?:the\s|la\s|le\s|l['’])?$"
)


def _town_written_as_a_place(text: str, members: list[Hit], names: list[str]) -> bool:
    """ "at Kirkby Thore", "between Gympie and Curra": a town the geodata knows, the NER or a list
    took for a body, is a place where the text writes it after "in", "at", "near" or "between"."""
    if not is_settlement(names[0]) or any(n.isupper() or _with_a_legal_form(n) for n in names):
        return False  # "Quillon Medical Devices, Inc." among its mentions: a company, whatever town shares it
    return any(
        _AT_A_PLACE.search(text, max(0, h.start - 14), h.start)
        or _BETWEEN_AND.search(text, max(0, h.start - 60), h.start)
        for h in members
    )


_LIST_ITEM_BEFORE = pattern(rf"(?:^|\n)[ \t]*{LIST_MARK}[ \t]*$")
# ... after the titles that open the item: "- Hon. Justice (Rtd.) Adewale Ogunmola – Attorney-General"
_TITLED_ITEM_BEFORE = pattern(rf"(?:^|\n)[ \t]*{LIST_MARK}[ \t]*(?:\(?[A-Z][\w’'-]*\.?\)?[ \t]+){{1,4}}$")


def _headline_words(text: str, members: list[Hit]) -> bool:
    """ "Kerrow Dredging of 40,000 Cubic Metres Resumes": a 'person' met only in headlines in title case,
    none of whose words the text writes anywhere else, is the headline's words, not someone named
    (a person a headline names, the text names again: "Ms Hale"). Not a name a rule found a
    person's ("– Ada Tembo, President, Harbourline Ltd.": a quote's attribution)."""
    if any(h.ruled for h in members) or not all(in_titled_line(text, h) for h in members):
        return False
    if any(
        _LIST_ITEM_BEFORE.search(text, max(0, h.start - 8), h.start)
        or _TITLED_ITEM_BEFORE.search(text, max(0, h.start - 60), h.start)
        for h in members
    ):
        return False  # "- Brianna Nicole Sutter, 31, of Ringgold, Ga. – Theft of Property": a list's item
    if any(_in_a_contact_block(text, h) for h in members):
        return False  # "Contact presse" / "Manon Lecocq – Cellule Communication" / "0471 58 63 20"
    if any((role := _ROLE_AFTER.match(text, h.end)) and role[1].lower() in gz.TITLE_WORDS for h in members):
        return False  # "Directors: Dr S. Dlamini-Ndlovu (Chairman)*, T. Mokoena (CEO)": a board's list
    spans = [(h.start, h.end) for h in members]
    for word in words(text[members[0].start : members[0].end]):
        for found in re.finditer(_whole_word(word), text):
            if not any(a <= found.start() < b for a, b in spans):
                return False
    return True


_ROLE_AFTER = pattern(r" \(([\w-]+)[^()\n]{0,40}\)")  # a person's role in brackets after the name


# ... and, stricter than a figure's first digit, a whole phone number (not "8. Meralco Bolts")
_PHONE_OR_MAIL = pattern(rf"(?i)\+?\(?\d(?:[ .()/-]{{0,2}}\d){{6,}}|{_CONTACT_WORDS}")
_CONTACT_HEADING = pattern(
    r"(?i)(?:media |press |presse? )?contacts?\b|(?:service|relations?) (?:de )?presse|press office"
)


def _in_a_contact_block(text: str, hit: Hit) -> bool:
    """The line under a contacts' heading, or over a phone number or an address: who to call."""
    start = text.rfind("\n", 0, hit.start) + 1
    above = text[max(0, start - 60) : max(0, start - 1)].rsplit("\n", 1)[-1].strip()
    end = text.find("\n", hit.end)
    below = text[end + 1 : end + 40].lstrip() if end >= 0 else ""
    return bool(_CONTACT_HEADING.match(above) or _PHONE_OR_MAIL.match(below))


def _written_as_a_name(text: str, members: list[Hit]) -> bool:
    """A one-word name has a capital letter, a name more than one character, and none is a web
    address or the time zone of a clock time ("09h30 CET"): "trésorerie", "bâtiment K",
    "Bourse-Actu.net" are not names, whatever the NER said (a logo's "toulouse métropole" may be)."""
    names = [text[h.start : h.end] for h in members]
    lower_word = all(n.islower() and len(words(n)) == 1 for n in names)
    if lower_word or all(len(n.strip()) < 2 or _WEB_NAME.search(n) for n in names):
        return False  # "Bourse-Actu.net": a web address, the contacts' business
    return not all(_CLOCK_BEFORE.search(text, max(0, h.start - 16), h.start) for h in members)


def _heads_a_section(text: str, hit: Hit) -> bool:
    """A paragraph of its own, one line between blank lines (or above a list), that more text
    follows: a section's heading when the NER calls it a person ("At a Glance") or when its
    words are ordinary ones ("Key Facts"). A person alone on a line signs a contact block ("Lena
    KORVALD" then "Tél. : 05 61 ...") or closes the release; a logo names its company."""
    before = text[max(0, hit.start - 40) : hit.start].rstrip(" \t•·*-–")
    alone = before.endswith("\n\n") or (hit.start <= 40 and not before.strip())  # or the first line
    following = _PARAGRAPH_AFTER.match(text, hit.end)
    return (
        alone
        and following is not None
        and not _CONTACT_START.match(following[1] or following[2])
        and not _under_a_title(text, hit.start)
    )


def _under_a_title(text: str, start: int) -> bool:
    """The paragraph before is one short line holding a title: who signs ("Le Secrétaire Général"
    then "Fatou Binetou DIALLO"), no heading."""
    above = text[max(0, start - 80) : start].rstrip().rsplit("\n", 1)[-1]
    parts = [w.lower() for w in words(above)]
    return 0 < len(parts) <= 6 and any(p in gz.TITLE_WORDS for p in parts)


# A currency's code as the unit of figures: "(TZS million)", "(TZS)", "(in PHP)", "TZS 5,000",
# "4.2 million TZS".
_UNIT_AFTER = pattern(rf" (?:{SCALE}|'000\b)| ?\d", re.IGNORECASE)
_FIGURE_BEFORE = pattern(rf"\d(?: {SCALE})? $", re.IGNORECASE)


def _a_currency_unit(text: str, hit: Hit) -> bool:
    """A currency's ISO code written as the unit of figures, or alone in brackets after a row's
    label ("Earnings per share (TZS)"): no body."""
    name = text[hit.start : hit.end]
    if name not in currency_codes():
        return False
    opened = text[hit.start - 1 : hit.start] == "(" or text[max(0, hit.start - 4) : hit.start] in (
        "(in ",
        "(en ",
    )
    bracketed = opened and text.startswith(")", hit.end)  # "(TZS)", "(in PHP)"
    after = _UNIT_AFTER.match(text, hit.end)
    return bracketed or bool(after or _FIGURE_BEFORE.search(text, max(0, hit.start - 20), hit.start))


# A French place's kind before its name: "quartier des Tanneries", "rue des Carmes", "lac de Joux".
_PLACE_KIND_BEFORE = pattern(r"([a-zà-ÿ’'-]+) (?:de la |de l['’]|des |du |de |d['’])$")
_PLACE_KINDS = gz.SITE_KINDS | {
    "quartier",
    "hameau",
    "lieu-dit",
    "secteur",
    "village",
    "plateau",
    "col",
    "mont",
}


def _a_noun_not_a_name(text: str, hit: Hit) -> bool:
    """One word, a French common noun, which the geodata knows as no town, region or country, and
    no place's kind introduces ("quartier des Tanneries" is a place): no place's or body's name."""
    name = text[hit.start : hit.end]
    if " " in name or "-" in name or name.isupper() or not is_french_noun(name):
        return False
    kind = _PLACE_KIND_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    known = is_settlement(name) or is_region(name) or is_country(name)
    return not known and not (kind and kind[1] in _PLACE_KINDS)


def _ordinary_words(text: str, name: str) -> bool:
    """Every word of the name is one the text also writes in lower case ("Key Facts" beside
    "the key facts"): a company's or a place's name has a word of its own."""
    titled = [w for w in words(name) if w[:1].isupper()]
    return bool(titled) and all(re.search(_whole_word(w.lower()), text) for w in titled)


# The legal forms that make any name carrying one a company's ("Quillon Medical Devices, Inc."),
# however the NER typed its short form alone.
_LEGAL_FORM_WORDS = frozenset(
    ["ltd", "limited", "inc", "incorporated", "corp", "plc", "llc", "llp", "gmbh", "bv", "nv", "pty", "bhd"]
    + ["berhad", "ltée", "limitée", "sarl", "sas"]
)


# ... and those that also write a place's or an office's letters ("Adelaide SA", "the AG", "Bergen AS"),
# a legal form after a name the geodata knows as no place ("Osteaxis SA", "Beira Corridor Logistics
# Lda"), or before one ("SARL Carvalux", "SPRL Dumont")
_LETTERS_OF_A_LEGAL_FORM = frozenset(
    ["sa", "srl", "spa", "ag", "lda", "sprl", "scrl", "sarl", "sas", "eurl", "sasu"]
)


def _with_a_legal_form(name: str) -> bool:
    parts = name.split()
    if len(parts) < 2:
        return False
    last, first = parts[-1].lower().replace(".", "").rstrip(","), parts[0].lower().replace(".", "")
    if last in _LEGAL_FORM_WORDS:
        return True
    if last in _LETTERS_OF_A_LEGAL_FORM and not is_settlement(" ".join(parts[:-1])):
        return True
    # before the name, in capitals without dots ("S.A.S. le Prince" is His Serene Highness)
    return (
        first in _LETTERS_OF_A_LEGAL_FORM
        and parts[0].isalpha()
        and parts[0].isupper()
        and not is_settlement(" ".join(parts[1:]))
    )


def _group_label(text: str, members: list[Hit]) -> str | None:
    if any(_with_a_legal_form(text[h.start : h.end]) for h in members):
        return "ORG"
    votes = _label_counts(members, ruled_only=False)
    ruled = _label_counts(members, ruled_only=True)
    if ruled:  # rules that disagree: the type most mentions carry ("Singapore's" after a body's name)
        return max(ruled, key=lambda label: (ruled[label], votes[label]))
    if not sum(votes.values()):  # "the road to Mombasa", which the NER called a nationality
        name = text[members[0].start : members[0].end]
        return "LOC" if is_large_place(name) and not _ordinary_words(text, name) else None
    if any(is_large_place(text[h.start : h.end]) for h in members) and not _named_in_full(text, members):
        return "LOC"  # a country or a city the data knows, and no rule saw it act as a body
    per, loc, org = votes.get("PER", 0), votes.get("LOC", 0), votes.get("ORG", 0)
    if org >= per and _home_town(text, members):
        return "LOC"  # "to Kirkstall", "in Guiuan": a town of the release's own country, one word
    if per and loc and per + loc > org:
        return "ORG"  # a company the NER takes now for a person, now for a place
    # "in Arvelle", "dans Valtera": a preposition makes a place of a name the NER never took for a
    # body; not of a company's name (a name the data knows as a place returned "LOC" above)
    if org == 0:
        votes["LOC"] = loc + sum(1 for h in members if h.label != "MISC" and _placed(text, h))
    order = {"ORG": 0, "LOC": 1, "PER": 2}
    return max(votes, key=lambda label: (votes[label], -order[label]))


def _named_in_full(text: str, members: list[Hit]) -> bool:
    """A person the NER found with a given name, whose surname alone is also a town's name
    ("Councilmember Teodoro Villanueva" ... "Villanueva said")."""
    return any(
        h.label == "PER" and " " in (name := text[h.start : h.end]) and not is_large_place(name)
        for h in members
    )


def _home_town(text: str, members: list[Hit]) -> bool:
    """One word, no acronym, that the geodata knows as a town of the country the release is from."""
    names = {text[h.start : h.end] for h in members}
    name = names.pop() if len(names) == 1 else ""
    if not name or " " in name or is_acronym(name) or not is_settlement(name):
        return False
    return is_town_of(name, release_country(text))


def _label_counts(members: list[Hit], ruled_only: bool) -> dict[str, int]:
    """How many members carry each type (MISC aside), in the order met (a plain dict: a Counter
    costs more to build than the count)."""
    counts: dict[str, int] = {}
    for hit in members:
        if hit.label != "MISC" and (hit.ruled or not ruled_only):
            counts[hit.label] = counts.get(hit.label, 0) + 1
    return counts


def _placed(text: str, hit: Hit) -> bool:
    before = words(text[max(0, hit.start - 12) : hit.start])
    if before and before[-1].lower() in ("the", "la", "le", "l"):
        before = before[:-1]
    return bool(before) and before[-1].lower() in gz.PLACE_PREPOSITIONS


_LOWER_WORD_AFTER = pattern(r" ([a-z]+)\b")
# (not "region": "the Nordic region", "the Pan-Arab region" are adjectives before it)
_AREA_KINDS = frozenset(["district", "districts", "county", "counties", "ward", "wards"])
_SPACE_AFTER_LOWER = pattern(r"^[a-z,]? $")
_PROSE_AFTER = pattern(r" [a-zà-ÿ]")


def _used_as_adjective(text: str, members: list[Hit]) -> bool:
    """ "Nordic expertise", "the Pan-Baltic region": a one-word name always followed by a noun (not
    a city the data knows: "our Dundee bakery" is in Dundee)."""
    name = text[members[0].start : members[0].end]
    if (
        is_large_place(name)
        or names_a_country_by_initials(name)
        or any(h.ruled and h.label == "LOC" for h in members)
    ):
        return False  # nor a place a rule found: "at Carrow House, Wisbech every Tuesday"
    for hit in members:
        following = _LOWER_WORD_AFTER.match(text[hit.end : hit.end + 30])
        preceding = text[max(0, hit.start - 2) : hit.start]
        if len(words(text[hit.start : hit.end])) > 1 or not following:
            return False
        if following.group(1) in gz.EN_FUNCTION_WORDS or not _SPACE_AFTER_LOWER.match(preceding[-2:]):
            return False
        if following.group(1) in _AREA_KINDS:
            return False  # "the Vhembe district": the place, named with its kind
    return True


_SITE_WORDS = gz.SITE_TAILS | gz.HALL_TAILS | gz.VENUE_TAILS
# A possessive determiner, the word before a name: "its", "our", "their", "his", "her", "your".
_POSSESSIVE_BEFORE = pattern(r"\b(?:[Ii]ts|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Yy]our) \Z")


def _a_possession(text: str, hit: Hit) -> bool:
    """ "its Climate Resilience Challenge.", "their Bank Account,": a name a possessive determiner
    opens is a thing its owner has (a programme, a team, an account), not a body, unless a noun
    follows it ("its Rainforest Alliance certification": the body that certifies), the name is
    a company's or an acronym ("its Lumen Holdings Ltd unit") or a site ("its Harbour Research
    Center in Walpole", which the type model may call a place)."""
    if not _POSSESSIVE_BEFORE.search(text, max(0, hit.start - 6), hit.start):
        return False
    name = text[hit.start : hit.end]
    following = _LOWER_WORD_AFTER.match(text, hit.end)
    if following and following[1] not in gz.EN_FUNCTION_WORDS:
        return False
    last = name.rsplit(" ", 1)[-1].lower()
    return not is_acronym(name) and last.replace(".", "") not in gz.LEGAL_SUFFIXES and last not in _SITE_WORDS


def _capitalised_sentence_start(text: str, members: list[Hit]) -> bool:
    """ "- Déployer une communication": a lone word opening a line and followed by prose (unless a
    rule found it: "Brenmoor chief executive Jo Pryce")."""
    if len(members) != 1 or members[0].ruled or len(words(text[members[0].start : members[0].end])) != 1:
        return False
    hit = members[0]
    line_start = text.rfind("\n", 0, hit.start) + 1
    opens_line = not text[line_start : hit.start].strip(" \t•·-–*>#")
    return opens_line and bool(_PROSE_AFTER.match(text[hit.end : hit.end + 2]))


def _common_noun_opening_a_line(text: str, hit: Hit) -> bool:
    """ "Tunnels bruxellois : 74 millions..." : a headline's opening words, capitalised only because
    they open the line, all in lower case after the first, which the text also writes in lower case
    ("deux tunnels routiers"): a description, not a name (not "Banque populaire", whose first word
    the text never writes in lower case)."""
    parts = words(text[hit.start : hit.end])
    if len(parts) < 2 or hit.ruled or not all(w.islower() for w in parts[1:]):
        return False
    line_start = text.rfind("\n", 0, hit.start) + 1
    if text[line_start : hit.start].strip(" \t•·-–*>#"):
        return False
    first = parts[0].lower()
    return bool(re.search(_whole_word(first), text))


def _canonical(label: str, names: list[str]) -> str:
    """PER: the fullest form; others: the form the text uses most."""
    if label == "PER":
        return max(names, key=lambda n: (len(words(n)), len(n)))
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: (counts[n], len(n)))


# --- names the NER missed elsewhere in the text -----------------------------------------------


def _add_repeats(text: str, entities: list[Entity]) -> list[Entity]:
    """Every further occurrence of a name already found is a mention too (document consistency)."""
    forms: dict[str, int] = {}
    for index, entity in enumerate(entities):
        for mention in entity.mentions:
            if len(mention.text) > 2:
                forms.setdefault(mention.text, index)
    places = _places_named_by_orgs(entities, forms)
    if not forms and not places:
        return entities
    taken = sorted((m.start, m.end) for e in entities for m in e.mentions)
    found: dict[int, list[Mention]] = {}
    for start, name in _written_again(text, [*forms, *places]):
        if not _overlaps(taken, start, start + len(name)):
            index = forms[name] if name in forms else places[name]
            found.setdefault(index, []).append(Mention(text=name, start=start, end=start + len(name)))
    return _with_mentions(entities, found)


def _written_again(text: str, names: list[str]) -> list[tuple[int, str]]:
    """Where the text writes one of the names whole (no name character just before it, no word
    character, "@" or "-" just after), left to right, the longest where several start together, none inside
    another: what one pattern of the names, the longest first, would find, without compiling
    one for each release (a new pattern each time, some 0.17 ms)."""
    longest: dict[int, str] = {}
    for name in names:
        at = text.find(name)
        while at >= 0:
            if not _NAME_GOES_ON_CHAR.match(text, at + len(name)) and len(name) > len(longest.get(at, "")):
                longest[at] = name
            at = text.find(name, at + 1)
    found, pos = [], 0
    for start, name in sorted(longest.items()):
        if start < pos:
            continue
        if start and _NAME_CHAR.match(text, start - 1):
            pos = start + 1  # "X" inside "Y-X" or "x.X": looked for again after its first letter
            continue
        found.append((start, name))
        pos = start + len(name)
    return found


def _add_exchanges(text: str, entities: list[Entity]) -> list[Entity]:
    """ "(Nasdaq:ZRVX)", "(ASX: QLM)", "(Euronext Brussels: VRD)": the exchange a ticker is listed
    on is an organisation; a place that names its exchange ("(Paris:LMX)") stays a place."""
    tickers = list(_TICKER.finditer(text))
    if not tickers:
        return list(entities)  # most releases: no exchange, and no name to key
    taken = sorted((m.start, m.end) for e in entities for m in e.mentions)
    found: dict[str, list[Mention]] = {}
    for match in tickers:
        start, end = match.span("exchange")
        name = match["exchange"]
        if _overlaps(taken, start, end) or is_large_place(name) or norm(name) in gz.CONTACT_LABELS:
            continue
        found.setdefault(norm(name), []).append(Mention(text=name, start=start, end=end))
    known = {norm(n): i for i, e in enumerate(entities) for n in [e.name, *e.aliases]}
    # "(LSE: PLBF)" and "the London Stock Exchange": the exchange's initials, its name in full
    bodies = [(i, e.name) for i, e in enumerate(entities) if e.type == "ORG"]
    spelled = {norm(initials(name)): i for i, name in bodies if len(words(name)) > 2}
    known |= {k: spelled[k] for k in found if k not in known and k in spelled}
    # "(ASX: KRM)" and "the Australian Securities Exchange": the exchange's code, its usual name
    named = {norm(name): i for i, name in bodies}
    for k in (k for k in found if k not in known):
        spelled_out = [named[norm(n)] for n in gz.EXCHANGE_NAMES.get(k, ()) if norm(n) in named]
        if spelled_out:
            known[k] = spelled_out[0]
    entities = _with_mentions(entities, {known[k]: ms for k, ms in found.items() if k in known})
    return entities + [
        Entity(type="ORG", name=ms[0].text, mentions=ms) for k, ms in found.items() if k not in known
    ]


def _add_famous_places(text: str, entities: list[Entity], dateline: list[tuple[int, int]]) -> list[Entity]:
    """Countries, continents and capitals the NER missed ("la Grèce", "Bangui, N'Djamena"), and
    towns written where a place is written ("in Tralee"): the geodata knows them, and the guide
    makes every one a place."""
    taken = sorted((m.start, m.end) for e in entities for m in e.mentions)
    found: dict[str, list[Mention]] = {}
    towns = [(a, b) for a, b in placed_settlements(text) if norm(text[a:b]) not in _GENERIC_HEADS]
    places = {
        *famous_places(text),
        *towns,
        *dateline,
        *large_cities(text),
        *signing_towns(text),
        *states_after_towns(text),
        *towns_before_regions(text),
        *formal_state_lines(text),
    }
    placed = [(m.start, m.end) for e in entities if e.type == "LOC" for m in e.mentions]
    listed = towns_listed_with(text, sorted(places.union(placed)))  # "Corby or Daventry"
    places.update(
        (a, b)
        for a, b in listed
        if norm(text[a:b]) not in _GENERIC_HEADS and text[a:b].lower() not in gz.HONORIFICS  # "X, Hon. Y"
    )
    for start, end in sorted(places):
        if not _overlaps(taken, start, end) and not _names_a_currency_of(text, start, end):
            found.setdefault(norm(text[start:end]), []).append(
                Mention(text=text[start:end], start=start, end=end)
            )
    if not found:
        return list(entities)  # no place missed: the entities' names are not keyed
    known = {norm(n): i for i, e in enumerate(entities) if e.type == "LOC" for n in [e.name, *e.aliases]}
    for i, entity in enumerate(entities):  # "MONROEVILLE, Pa." and "Monroeville, PA": one state
        codes = [state_code(n) for n in [entity.name, *entity.aliases]] if entity.type == "LOC" else []
        known.update((code, i) for code in codes if code and code not in known)
    found = _by_state(found, known)
    entities = _with_mentions(entities, {known[k]: ms for k, ms in found.items() if k in known})
    added = [
        Entity(type="LOC", name=_canonical("LOC", [m.text for m in ms]), mentions=ms)
        for k, ms in found.items()
        if k not in known
    ]  # "GIMLI, Manitoba": the dateline's town, named again in the text
    return entities + added


def _by_state(found: dict[str, list[Mention]], known: dict[str, int]) -> dict[str, list[Mention]]:
    """The places found, a state or province under its code where the text names it no other way
    ("KEARNEY, Neb." beside "Nebraska", keyed "US-NE"; "Neb." and "NE" one state), a country's
    formal name under its short one where the text has it ("REPUBLIC OF KENYA" beside "Kenya")."""
    keyed: dict[str, list[Mention]] = {}
    names = known.keys() | found.keys()
    for key, mentions in found.items():
        if " " in key:
            key = _known_short_name(key, names) or key
        code = None if key in known else state_code(mentions[0].text)
        keyed.setdefault(code or key, []).extend(mentions)
    return {key: sorted(mentions, key=lambda m: m.start) for key, mentions in keyed.items()}


def _short_name_as_written(name: str, key: str) -> str | None:
    """ "Philippines" of "Republic of the Philippines", as the name writes it; None for any other
    name."""
    formal = _REPUBLIC.match(key) if " " in key else None
    if formal is None or not is_country(formal[1]):
        return None
    short = name[len(name) - len(formal[1]) :]
    return short if norm(short) == formal[1] else None


def _known_short_name(key: str, known: Collection[str]) -> str | None:
    """ "republic of kenya" -> "kenya", "republique togolaise" -> "togo": the short name of the
    state a formal name names, where `known` has it."""
    if (formal := _REPUBLIC.match(key)) and formal[1] in known:
        return formal[1]
    if adjective := _REPUBLIC_ADJECTIVE.match(key):
        return next((k for k in known if _adjective_of(adjective[1], k)), None)
    return None


# A numbered road: French "RN 205", "RD 1205", "route nationale 7", "l'A480"; English "State
# Highway 35", "Interstate 84"; and after an article
# "the R59", "the N2", "the M4", "la N7" (a letter and a number alone, without one, is a reference
# or a sum: "R59" in a South African release may be 59 rand).
# (the first letters of its alternatives in a lookahead, which re skips ahead with: an alternative
# added opens on one of them, or its letter joins them)
_ROAD = pattern(
    r"(?=[A-Zar\d])(?<![\w-])(?:(?P<fr>R[NDC])\s?(?P<n1>\d{1,4})"
    # an American street numbered in order: "West 39th Street", "10th Ave."
    r"|(?P<street>(?:(?:North|South|East|West|[NSEW]\.) )?\d{1,3}(?:st|nd|rd|th) (?:Street|Avenue|Road"
    r"|Boulevard|Drive|Lane|Place|Terrace|St\.|Ave\.|Rd\.|Blvd\.|Dr\.))"
    r"|route (?P<kind>nationale|départementale) (?P<n2>\d{1,4})"
    r"|(?<=[Ll]['’])(?P<a>A)(?P<n3>\d{1,3})"
    r"|(?:(?<=\b[Tt]he )|(?<=\b[Ll]a ))(?P<letter>[RNM])\s?(?P<n4>\d{1,3})"
    # a motorway or a European route after its article ("l'autoroute A9", "la E411", "l'E40"),
    # a British A road of two digits or more after "the" ("the A82"; not "the A1 rating")
    r"|(?:(?<=\b[Ll]['’])|(?<=autoroute )|(?<=\b[Ll]a ))(?P<motorway>[AE])(?P<n6>\d{1,3})"
    # "the B869", "the D3810"; not a class a code names ("the B40 group", Malaysia's lowest earners)
    r"|(?<=\b[Tt]he )(?P<aroad>A(?=\d\d)|[BD])(?P<n7>\d{1,4})"
    r"(?! (?:groups?|households?|categor(?:y|ies)|segments?)\b)"
    # Québec's numbered roads in lower case: "la route 132", "l'autoroute 20"
    r"|(?<![\w-])(?P<qc>(?:auto)?route) (?P<n8>\d{1,3})"
    # an English road by its kind: "State Highway 35", "U.S. Highway 12", "Interstate 84", "VT Route
    # 100", "Route 380", "County Road E16"
    r"|(?P<en>State Highway|U\.S\. Highway|US Highway|Highway|Interstate|Hwy\.?"
    r"|(?:(?:U\.S\.|US|State|(?-i:[A-Z]{2})) )?Route|State Road|County Road) (?P<n5>[A-Z]?\d{1,4}))(?![\w-])"
)
_ROAD_KIND = {"nationale": "RN", "départementale": "RD"}
# What stands right before a road's number in each of `_ROAD`'s choices, read back from the number's
# first digit (or, for a street, the ordinal after its last), which re skips to: most releases have
# none ("RN 205", "nationale 7", "l'A480", "the N2", "la N 7", "the A82", "Highway 35", "Hwy. 12",
# "Route 100", "County Road E16", "10th Avenue"), and `_ROAD`, opening on a lookahead, is tried at
# every offset (60 µs a release; this, 18).
_ROAD_NUMBER = pattern(
    r"\d(?:(?<=R[NDC]\d)|(?<=R[NDC]\s\d)|(?<=ale \d)|(?<=['’][AE]\d)|(?<=te [AE]\d)"
    r"|(?<=(?:he|[Ll]a) [RNMAEBD]\d)|(?<=(?:he|[Ll]a) [RNM]\s\d)"
    r"|(?<=(?:way|ate|Hwy|ute|oad) \d)|(?<=wy\. \d)|(?<=(?:way|ate|Hwy|ute|oad) [A-Z]\d)|(?<=wy\. [A-Z]\d)"
    r"|(?:st|nd|rd|th) (?:Street|Avenue|Road|Boulevard|Drive|Lane|Place|Terrace|St\.|Ave\.|Rd\.|Blvd\.|Dr\.))"
)


def _add_roads(text: str, entities: list[Entity]) -> list[Entity]:
    """Numbered roads are sites, the guide's places: each road once, under the form written most
    ("RN 205" and "route nationale 205" one road)."""
    if not _ROAD_NUMBER.search(text):
        return list(entities)
    taken = sorted((m.start, m.end) for e in entities for m in e.mentions)
    found: dict[str, list[Mention]] = {}
    for m in _ROAD.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        kind = m["fr"] or (m["kind"] and _ROAD_KIND[m["kind"]]) or m["a"] or m["letter"] or m["en"]
        kind = kind or m["street"] or m["motorway"] or m["aroad"] or m["qc"]
        number = m["n1"] or m["n2"] or m["n3"] or m["n4"] or m["n5"] or m["n6"] or m["n7"] or m["n8"] or ""
        found.setdefault(f"{kind}{number}", []).append(Mention(text=m[0], start=m.start(), end=m.end()))
    for key in [k for k in found if k.startswith("Route")]:  # "Route 100" after "VT Route 100": one road
        longer = [k for k in found if k != key and k.endswith(key)]
        if len(longer) == 1:
            found[longer[0]] += found.pop(key)
    roads = []
    for ms in found.values():
        name = _canonical("LOC", [m.text for m in ms])
        aliases = sorted({m.text for m in ms} - {name})
        roads.append(Entity(type="LOC", name=name, aliases=aliases, mentions=ms))
    return entities + roads


def _two_kinds(key: str, other: str) -> bool:
    """Two names that end with two kinds of body are two bodies: "Texas Parks and Wildlife
    Commission" and "... Foundation"."""
    last, other_last = key.rsplit(" ", 1)[-1], other.rsplit(" ", 1)[-1]
    return last != other_last and {last, other_last} <= _ORG_KIND_WORDS


_ORG_KIND_WORDS = gz.ORG_TAILS | gz.ORG_HEADS


def _places_named_by_orgs(entities: list[Entity], forms: dict[str, int]) -> dict[str, int]:
    """ "Calder Vale Council" names the place "Calder Vale": found alone, it is a LOC."""
    places: dict[str, int] = {}
    for entity in entities:
        for name in [entity.name, *entity.aliases]:
            match = PLACE_NAMED_BY_ORG.match(name) if entity.type == "ORG" else None
            if match and match.group(1) not in forms:
                places[match.group(1)] = -1 - len(places)
    return places


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """`overlaps` for sorted (start, end) pairs: a binary search, as the repeats' list grows long."""
    i = bisect_right(taken, (start, float("inf")))
    return (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end)


def _with_mentions(entities: list[Entity], found: dict[int, list[Mention]]) -> list[Entity]:
    if not found:
        return list(entities)  # nothing found again: each entity as it was
    result = []
    for index, entity in enumerate(entities):
        extra = found.get(index)
        if not extra:
            result.append(entity)  # its mentions already in order: not sorted again
            continue
        mentions = sorted([*entity.mentions, *extra], key=lambda m: m.start)
        result.append(entity.model_copy(update={"mentions": mentions}))
    for index, mentions in sorted(found.items(), reverse=True):
        if index < 0:
            result.append(Entity(type="LOC", name=mentions[0].text, mentions=mentions))
    return result
