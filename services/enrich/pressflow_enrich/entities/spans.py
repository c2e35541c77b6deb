"""Raw NER hits corrected into clean, typed name spans: trimmed, split, joined, extended, retyped."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from pressflow_enrich.entities import gazetteer as gz
from pressflow_enrich.ner import Span
from pressflow_enrich.places import (
    codes_a_subdivision,
    country_initialism,
    country_of,
    is_city,
    is_country,
    is_region,
    is_settlement,
    is_town_of,
    joined_towns,
    names_a_country_by_initials,
    names_a_people,
    release_country,
    towns_before_regions,
    us_state_named,
)
from pressflow_enrich.words.calendar import MONTHS, WEEKDAYS, fold
from pressflow_enrich.words.given_names import is_given_name
from pressflow_enrich.words.initials import cased, trie
from pressflow_enrich.words.letters import pattern
from pressflow_enrich.words.nouns import english_words, is_ordinary_word, is_stop_word, is_unknown_word
from pressflow_enrich.words.numbers import date_shaped

# spaCy's label sets (French WikiNER and English OntoNotes) onto ours; anything else is MISC.
_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC"}
_KEPT_NER_LABELS = {"PER", "PERSON", "ORG", "LOC", "GPE", "FAC", "MISC", "NORP", "EVENT", "PRODUCT"}

_DETERMINER = pattern(r"^(?:(?:la|le|les|the|du|des|de la|de)\s+|(?:de l|d|l)['’]\s*)*", re.I)
# A list item's mark: a bullet or a dash, or a number and its dot or bracket ("- ", "• ", "7. ").
LIST_MARK = r"(?:[-•*·–—▪]|\d{1,2}[.)])"
_EDGE_JUNK = " \t\n•·-–—*:;,.!?\"'«»“”()[]"
_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_CAPITALISED = pattern(r"^[A-ZÀ-ÖØ-Þ]")
_CONNECTORS = frozenset(["de", "du", "des", "la", "le", "l", "d", "of", "the", "and", "et"])
_DEPARTMENT_OR_CONNECTOR = gz.DEPARTMENT_WORDS | _CONNECTORS
_WORD = pattern(r"[\w’'&+.-]+")
_DIGIT = pattern(r"\d")
# a name ends on a word's letter or a dot: not "Sd/-", an Indian signature's "signed"
_NAME_CHARS_ONLY = pattern(r"^[\w\s’'&.,/–—-]*[\w’'.]$")
# "_", or a dash between two phrases (not inside one name: "Acadie—Bathurst")
_NO_NAME_MARKS = pattern(r"_|\s[–—]|[–—]\s")
# Legal forms written in brackets inside a company's name: South Africa's "(Pty) Ltd", "(Pvt) Ltd".
_BRACKETED_LEGAL_FORM = pattern(r" \((?:Pty|Pvt|Private|Proprietary)\)(?= (?:Ltd|Limited)\b)")
_DESCRIPTION_PREFIX = pattern(
    r"^[a-zà-ÿ][^A-ZÀ-Þ]*?(?:\bde la |\bde l['’]|\bdu |\bdes |\bde |\bd['’])(?=[A-ZÀ-Þ])"
)
# The kinds of site as one factored alternation (see `trie`): tried at each offset before a name.
SITE_KIND = trie(gz.SITE_KINDS)
_SITE_BEFORE = pattern(
    r"(?<!\w)(?i:"
    + SITE_KIND
    # within a paragraph ("l'autoroute\nBonaventure", a wrapped line), not "la mer\n\nCOMMUNIQUÉ"
    # (\Z, not "$", which would let a second "\n" by at the end)
    + r")(?=\s)[ \t\u00a0]*\n?[ \t\u00a0]*(?:de la |de l['’]|du |des |de |d['’]|the )?\Z"
)
# "Département de la Haute-Savoie", "Département du Nord": the head, then a place's capitalised name.
_NAMED_AFTER_HEAD = pattern(r"\S+ (?:de la |de l['’]|du |des |de |d['’])?[A-ZÀ-Þ]")
_SITE_AT_START = pattern(
    r"(?:"
    + SITE_KIND
    + r")(?=\s)[ \t\u00a0]*\n?[ \t\u00a0]*(?:de la |de l['’]|du |des |de |d['’]|the )?[A-ZÀ-Þ]"
)
# "Department of Coastal and Island Affairs": the body's kind belongs to its name; "Minister
# for Coastal and Island Affairs", "Ministre des Finances": a person's title, no body named.
# (Each kind written from behind its initial, in a class re skips to: opened on "(?<!\w)", it was
# tried at each of the 40 offsets it is searched in before a name.)
_BODY_KIND_BEFORE = pattern(
    r"[ACDGMOPScgm](?<!\w.)(?:(?<=D)epartment|(?<=M)inistry|(?<=O)ffice|(?<=S)ecretariat|(?<=A)gency"
    r"|(?<=[Mm])inistère|(?<=S)ecrétariat|(?<=[Gg])ouvernement"
    r"|(?<=C)ounty Government|(?<=P)rovincial Government|(?<=S)tate Government|(?<=G)overnment"
    # a French grouping of communes, written in lower case before its name
    r"|(?<=[Cc])ommunauté (?:de communes|d['’]agglomération|urbaine))"
    r" (?:of|for|de la|de l['’]|des|du|de|d['’])\s?(?:the )?$"
)
_BODY_WITH_PORTFOLIO = pattern(
    r"(?<!\w)(?:department|ministry|ministère|agency|office|secretariat|court) (?:of|for|de|des|du)\b"
)
_ARTICLE_BEFORE = pattern(r"(?<!\w)(?:[Ll]a|[Ll]e|[Tt]he|[Ll]['’])\s?$")
_INSIDE = frozenset(["in", "dans", "within", "across", "throughout"])  # "in the Province of ..."
_PORTFOLIO_BEFORE = pattern(
    r"(?<!\w)(?i:minister of state with (?:special )?responsibility|minister|ministre|secretary of state"
    r"|secrétaire d['’]état|cabinet secretary"
    # a council's portfolios: "Cabinet Member for Highways and Environmental Services"
    r"|cabinet member|portfolio holder|lead member|executive member)"
    r"(?: d['’]état)? (?:of|for|de la|de l['’]|des|du|de|d['’]|à la|aux|au)\s?(?:the )?"
    # the portfolio's further items: "Ministre de l'Agriculture, de la Pêche et de la Forêt"
    r"(?:(?:[A-ZÀ-Þ][\w'’-]*|public|publique|de|du|des|la|le|l['’]|of|the)[ ,]*(?:,|\bet\b|\band\b)\s?"
    r"(?:du |de la |de l['’]|des |of |for |the )?)*$"
)
_ABBREVIATED_GIVEN_NAME_BEFORE = pattern(r"(?<![\w.'’-])([A-Z][a-z]{1,3})\. $")


def _abbreviated_given_name_before(text: str, start: int) -> int | None:
    """Where a given name abbreviated with its dot opens, right before `start` ("Ma. ", "Mohd. ")."""
    short = _ABBREVIATED_GIVEN_NAME_BEFORE.search(text, max(0, start - 7), start)
    return short.start(1) if short and short[1] in _GIVEN_NAME_ABBREVIATIONS else None


_INITIALS_BEFORE = pattern(r"(?:\b[A-Z]\.){1,3}\s?$")
_CAPITAL_WORD_AFTER = pattern(r"^ ([A-ZÀ-Þ][\w’'-]+)")
_GENERATION_AFTER = pattern(r",? (?:Jr\.|Sr\.|II|III|IV)(?![\w.])")
# The rest of a name the NER cut at a word in lower case: a Malay or Tamil patronym ("Nurul Ain" + " binte
# Ismail", "Kavitha" + " a/p Murugesan", "Rajendran" + " s/o Palaniappan"), a Dutch surname's particle
# ("Timothy Van" + " der Poel")
_LINEAGE_AFTER = pattern(
    r"(?: (?:bin|binti|binte|bte|a/p|a/l|s/o|d/o)(?: [A-ZÀ-Þ][\w’'-]+){1,3}"
    r"|(?<= Van| van| Von| von)(?: der| den| de)(?: [A-ZÀ-Þ][\w’'-]+))(?![\w’'-])"
)
_ALLCAPS_WORD_AFTER = pattern(r"^ ([A-ZÀ-Þ]{2,}(?:-[A-ZÀ-Þ]{2,})?)\b")
_NUMBER_AFTER = pattern(r"^ ?\d")
# A telephone number right after a name, as contact lines write them ("Media contact: Jo Bloggs
# 0412 555 019", "+44 (0)20 7946 0712"): at least eight digits in two groups or more.
_PHONE = pattern(r" ?(\+?\(?\d[\d ().-]{6,22}\d)")
_ORG_TAIL_AFTER = pattern(r"^\s+(métropole|Métropole|Council)\b")
_PLACE_ADJECTIVE_AFTER = pattern(r"^ ([a-zà-ÿ]+)\b")


def _lower_word_after(after: str) -> bool:
    """A space then a lower-case letter, without which `_PLACE_ADJECTIVE_AFTER` cannot match."""
    return after[:1] == " " and after[1:2] in _LOWER_LETTERS


# The lower-case adjective that ends a French portfolio ("Travaux publics", "Affaires étrangères",
# "Comptes publics"), which the NER leaves out of a ministry's name.
_MINISTRY_HEADS = frozenset(["ministère", "ministere", "secrétariat", "département", "departement"])
_PORTFOLIO_ADJECTIVES = frozenset(
    ["public", "publics", "publique", "publiques", "étrangères", "sociales", "sociaux", "économiques"]
    + ["européennes", "internationales", "internationaux", "numériques", "territoriales", "rurales"]
)
# What an English body's name says after its kind: "Federal Economic Development Agency" + " for
# Southern Ontario", "Connecticut Office" + " of the Attorney General": capitalised words (with
# "and", "of" or "the" between them) up to a lower-case word, a comma or the line's end.
_BODY_WORDS = frozenset(
    ["office", "agency", "department", "ministry", "commission", "authority", "bureau", "directorate"]
)
_BODY_FIELD_AFTER = pattern(
    r" (?:of|for) (?:the )?[A-Z][\w'’-]*(?: (?:(?:and|of|for|the|&) )?[A-Z][\w'’-]*){0,5}(?![\w'’-])(?!'s)"
)
# A first name, a middle initial and a surname ("Darnell B. Oyelaran", "Tobias R. Ferrante").
# (`_AFTER_FIRST_CAPITAL`: all but its first letter)
_AFTER_FIRST_CAPITAL = r"[a-zà-ÿ'’-]+ [A-Z]\. [A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?"
_WITH_MIDDLE_INITIAL = rf"[A-ZÀ-Þ]{_AFTER_FIRST_CAPITAL}"
# Such a person closing a span the NER took for a body ("Multimodal Transportation Tobias R. Ferrante").
_PERSON_AT_END = pattern(rf"(?<= ){_WITH_MIDDLE_INITIAL}$")


def _person_at_end(text: str, start: int, end: int) -> int | None:
    """Where a person closing a span the NER took for a body starts: a name with a middle initial,
    or two or three names after a title ("Regional Council Chair Mereana Tūhoro-Pene"), or after the
    title of several ("Commissioners Dale Hutchins and ...")."""
    # every such name holds its initial's ". ": most spans, which hold none, skip the search
    person = _PERSON_AT_END.search(text, start, end) if text.find(". ", start, end) >= 0 else None
    if person and person.start() > start:
        return person.start()
    parts = text[start:end].split(" ")
    for i in range(len(parts) - 3, max(-1, len(parts) - 5), -1):
        if _a_title_before_names(parts[i].lower(), parts[i + 1]) and _names_of_a_person(parts[i + 1 :]):
            return start + len(" ".join(parts[: i + 1])) + 1
    return None


# The surname after a span that ends on a title and a given name: "Commission Chair Dolores" + " Vantreight"
_SURNAME_AFTER = pattern(r" ([A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?)(?![\w'’-]| [A-ZÀ-Þ])")


def _person_in_a_body(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A person closing a span the NER took for a body: "Multimodal Transportation Tobias R.
    Ferrante", a title's tail; "Commission Chair Dolores" and the surname after it."""
    person = _person_at_end(text, start, end)
    return (person, end) if person is not None else _person_cut_after_given_name(text, start, end)


def _person_cut_after_given_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A span the NER took for a body ending on a title and a given name, the surname left out
    ("Commission Chair Dolores" Vantreight): the person, given name and surname."""
    parts = text[start:end].split(" ")
    if len(parts) < 2 or parts[-2].lower() not in gz.TITLE_WORDS or not is_given_name(parts[-1]):
        return None
    surname = _SURNAME_AFTER.match(text, end)
    if surname is None or not _names_of_a_person([surname[1]]) or is_given_name(surname[1]):
        return None
    return end - len(parts[-1]), surname.end()


def _names_of_a_person(parts: list[str]) -> bool:
    return all(
        _NAME_WORD_OR_DOUBLE.fullmatch(p)
        and p.lower() not in gz.GENERIC_WORDS
        and p.lower() not in gz.ORG_TAILS
        for p in parts
    )


_NAME_WORD_OR_DOUBLE = pattern(r"[A-ZÀ-Þ][a-zà-ÿāēīōū'’]+(?:-[A-ZÀ-Þ][a-zà-ÿāēīōū'’]+)?")
_CREDIT_SEPARATOR = pattern(r"\s?[-–—][ \t]")  # "Hôtel de Ville- Quimperlé" too; not "Saint-\nDenis"
# Two people on one contact line ("Tom Ashworth / Priya Shah"); a body's name may hold a slash.
_PEOPLE_SEPARATOR = pattern(r"\s?[-–—][ \t]|[ \t]/[ \t]")
_SEPARATOR_MARKS = ("-", "–", "—", "/")  # what either separator holds
_NAME_WORD = pattern(r"[A-ZÀ-Þ][a-zà-ÿ]+$")  # one capitalised word, no figure
_SLASH_GAP = pattern(r"^\s*/\s*$")
_ORDINAL_GAP = pattern(r" [1-9]\d?(?:st|nd|rd|th) ")
# A province or a town and the number of its district, before "District ...": "Leyte 1st", "Samar 2nd".
_NUMBERED_DISTRICT_BEFORE = pattern(
    r"(?<![\w’'-])(?!The )[A-ZÀ-Þ][\w’'-]+(?: [A-ZÀ-Þ][\w’'-]+)? [1-9]\d?(?:st|nd|rd|th) \Z"
)
_PLACE_PARTICLE_GAP = pattern(r"^ (?:du|de|des|de la|sur|en|lès|les|upon|on) $")
_CONNECTOR_GAP = pattern(
    r"^\s+(?:et (?:du|des|de la|de l['’]|d['’])|pour (?:la|le|les|l['’])|avec (?:la|le|les|l['’])"
    r"|de la|de l['’]|du|de|d['’])\s*$"
)
_LIST_GAP = pattern(
    r"^\s*(?:,\s*(?:et|and|&)?|et|and|&|ou|or)\s*(?:de |d['’]|du |des |la |le |les |l['’]|the )?$"
)
_BODY_OF = pattern(r"^[A-ZÀ-Þ][\w-]+(?: [a-zà-ÿ][\w-]+)+ (?:de la |du |de l['’])(?=[A-ZÀ-Þ])")
_COORDINATED_DESCRIPTION = pattern(r"\s+(?:et|and)\s+(?:la|le|les|l['’]|the)\s*[a-zà-ÿ]")
_LOWERCASE_CONTINUATION = pattern(r"^(?:,? (?:et )?(?:de la|de l['’]|du|des|de) ?[a-zà-ÿ][\w-]*)+")
# After a body's kind: its adjectives, then the place or the name it is of (a hard-wrapped line
# may break the name).
_NAMED_BODY = pattern(
    r"^(?:\s[a-zà-ÿ][\w-]+){1,2}\s(?:de la |de l['’]|du |des |de |d['’])"
    r"[A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w'’-]*)*"
)
# "la région Normandie": a lower-case kind describes the place the name then gives (the body is
# written "la Région Normandie").
_DESCRIBED_REGION = pattern(r"(?:région|region|province) (?=[A-ZÀ-Þ])")
_GLUED_BEFORE = pattern(r"(?<![\w’'-])[A-ZÀ-Þ][\w-]+['’]$")
# A name never ends with "des" or "of": the NER stopped where the name goes on, capitalised. Each
# list's words as endings are tested first ("$" also matches before a last "\n": see `_ends_with`).
_CONNECTORS_AT_END = tuple(
    f" {w}"
    for w in ["de la", "de l'", "de l’", "du", "des", "de", "d'", "d’", "of", "of the", "for", "and", "et"]
)
_PREPOSITIONS = tuple(f" {w}" for w in ["at", "as", "in", "on", "to", "by", "with", "from"])
_ENDS_WITH_CONNECTOR = pattern(f"(?:{'|'.join(_CONNECTORS_AT_END)})$")
_ENDS_WITH_PREPOSITION = pattern(f"(?:{'|'.join(_PREPOSITIONS)})$")  # "the Ministry of Health at"


def _ends_with(text: str, hit: Hit, endings: tuple[str, ...]) -> bool:
    """Whether the name ends with one of `endings`, or does before a "\n" that ends it."""
    end = hit.end - 1 if text[hit.end - 1 : hit.end] == "\n" else hit.end
    return text.endswith(endings, hit.start, end)


_NAME_RESUMES = pattern(
    r" [A-ZÀ-Þ][\w'’-]*(?: (?:de la |de l['’]|du |des |de |d['’]|of |the )?[A-ZÀ-Þ][\w'’-]*)*"
    r"(?: [a-zà-ÿ]+(?= \())?"  # "... de l'Atlantique nord (FGPAN)": an adjective before the acronym
)
_ELIDED = pattern(r"^[dl]['’]")
_ISIN_BEFORE = pattern(r"\b[A-Z]{2}[A-Z0-9]{9}\d\b[^\n\w]{1,20}(?:[\w ]{1,20}[:\s]\s?)?$")
_MESSRS = pattern(r"(?:M/[sS]\.?|Messrs\.?)\s+(?=[A-Z])")
# A participle that makes a name a modifier: "World Bank-funded", "UN-led", "Perth-based" (a word
# of a legal form's name, or the end of a hit).
_MODIFIER = pattern(
    r"[-‑](?:based|funded|led|backed|owned|run|sponsored|financed|supported|operated|managed|listed"
    r"|registered|headquartered|born|affiliated|accredited|approved|certified|designated)$"
)
_POSSESSIVE = pattern(r"\w['’]s$")
_FIRST_WORD = pattern(r"([\w.’'-]+)\s*")
_TIDM = pattern(r"TIDM[A-Z0-9]+")
_REGION_AFTER = pattern(
    r", (?:(Co\.|County) [A-Z]|([A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)(?![\w'’-]| [A-ZÀ-Þ]))"
)
# (factored, see `trie`; either apostrophe: "conseil d’administration")
_GOVERNING_BODY = trie(gz.GOVERNING_BODIES, lambda c: "['’]" if c == "'" else re.escape(c))
_GOVERNING_BODY_THEN_LOWER = pattern(r"^(?i:" + _GOVERNING_BODY + r")\s+[a-zà-ÿ'’ -]+$")
# A governing organ or the press office of a named body: "Comité de direction du SPF Economie",
# "Board of Directors of Harlan Foods", "Service presse de Lyon Métropole": no name of its own; the
# body after it is.
_GOVERNING_BODY_OF = pattern(  # matched at a name's start
    r"(?i:"
    + _GOVERNING_BODY
    + r"|service (?:de )?presse|service communication|direction de la communication|press office"
    + r")\s+(?:du|de la|des|de l['’]|de|d['’]|of the|of)\s*(?=[A-ZÀ-Þ])"
)
# The letters either pattern above can open on, in every case IGNORECASE reads them ("ſ" for "s"):
# a name that opens on another is tried by neither.
_GOVERNING_INITIALS = frozenset(cased("".join(body[0] for body in gz.GOVERNING_BODIES) + "sdp"))
# A committee named by its field alone, "the Finance Committee", "The Mayoral Committee": an organ
# of the body the release is about, no name (not "the International Olympic Committee").
_FIELD_COMMITTEE = pattern(r"(?<![\w’'-])(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir) $")
_ORDINAL = pattern(r"[A-ZÀ-Þ][a-zà-ÿ]+i[eè]me|(?:First|Second|Third|Fourth|Fifth)")
_ORDINAL_ENDS = ("me", "st", "nd", "rd", "th")  # how each of its words ends, tested first
_DEFINED_ACRONYM = pattern(r"\(([A-Z][A-Z&]{1,7})\)")
# a term's acronym may be quoted too: 'net asset value ("NAV")'
_DEFINED_TERM = pattern(rf"{_DEFINED_ACRONYM.pattern}|\([\"“]([A-Z][A-Z&]{{1,7}})[\"”]\)")
_TOWN_ARTICLE = pattern(r"(?<![\w’'])(?:[A-Z]['’]|La |Le |Les )$")
_CAPITALISED_NEXT = pattern(r"^ [A-ZÀ-Þ][a-zà-ÿ]")
_LIST_TAIL = pattern(r"^,? (?:and|et|&) ([A-ZÀ-Þ][\w-]+(?: [A-ZÀ-Þ][\w-]+)*)")
_DEMONYM = pattern(r"(?:iens|iennes|éens|éennes|ois|oises|ais|aises|ains|aines|ans)$")
_PLURAL_BEFORE = pattern(r"\b(?:les|des|nombreux|aux|ces|of|many)\s+$", re.I)
_REPUBLIC = pattern(r"^(?:République|Republic) (?:de l['’]|de la |du |de |d['’]|of (?:the )?)(.+)$")
# Not preceded by a letter, a figure or ".", checked after the match (see `after_unwanted`).
_HONORIFIC_NAME = pattern(
    r"(?:(?:M\.|Mme|Mlle|Mrs?\.?|Ms\.?|Dr\.?|Pr\.?|Cllr\.?|Councillor|Sir|Dame|Monsieur|Madame|Shri|Smt\.?"
    # an engineer's and an attorney's, as Nigeria, Kenya and the Philippines write them
    r"|Honourable|Honorable|Hon\.|Prof\.?|Professor|Engr\.|Eng\.|Atty\.|H\.E\."
    # a Nigerian lawyer's form of address, a Canadian or English mayor's; several in a row ("Hon. Dr.")
    r"|Barrister|His Worship|Her Worship)\s+)+"
    # a particle between names is none of the three: "Dr Ana de Souza", "Cllr Pádraig Mac Giolla Rua"
    r"([A-ZÀ-Þ][\w’'-]+(?: (?:(?:de|du|van|von|da|di|del|ben|bin|binti|ap|Mac|Nic|Ní|Ó|Uí|El|Al|Ould) )?"
    r"[A-ZÀ-Þ][\w’'-]+){0,2})"
)
_WORD_OR_DOT = pattern(r"[\w.]")
_SAINT_TOWN = pattern(r"(?:Saint|Sainte|St|Ste)-[A-ZÀ-Þ][\w'’]+(?:-[\w'’]+)*")
# "St Vincent", "St. John's": a saint's name alone is a place's, a person's is written with their own
_SAINT_PLACE = pattern(r"(?:St\.?|Saint) [A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?")
_AFTER_A_PLACE = frozenset(["", ",", ".", ";", ")", "\n"])
# A firm named in the possessive ("Christie's said", "at Sainsbury's."): its "'s" owns nothing after it.
_OWNS_NOTHING = pattern(
    r"['’]s(?=[,.;:)]|\s+(?:said|says|announced|added|in|at|and|is|was|has|have|will|today|on)\b)"
)
_SPEECH_AFTER = pattern(r" (?:said|says|noted|notes|added|adds|explained|stated|told|announced)\b")
_APPOSITIVE_TITLE = pattern(
    r"^(?:,| [|–]) (?:(?:le|la|the|notre|our|son|sa|its|their) )?"  # a contact's "Jo Tan | Media Officer"
    r"(?:co-|vice-|(?i:vice|deputy|senior|executive|assistant) )?([\w-]+)"
)
_DATELINE_AFTER = pattern(
    r"^(?: \([^)\n]{2,30}\))?, (?:le |the )?(?:\d{1,2}(?:er|st|nd|rd|th)? ([^\W\d]+)|([^\W\d]+)\.? \d{1,2}\b)"
)
# The place a council is named for, without the kind of council: "Calder Vale" of "Calder Vale Council",
# "Halifax" of "Halifax Regional Council" and "Kerry" of "Kerry County Council"; none in "Regional Council".
_COUNCIL_KINDS = (
    "Regional|Municipal|Provincial|District|Borough|City|County|Town|Parish|Shire|Metropolitan|Community"
)
PLACE_NAMED_BY_ORG = pattern(
    rf"^(?!(?:{_COUNCIL_KINDS}) Council$)(.+?)(?: (?:{_COUNCIL_KINDS}))? (?:Council|Métropole)$"
)
_OPENING_PARENTHESIS = pattern(r"\(\s*[\"“«]?$")
# "Halden Rowe (Nominated Adviser and Broker)": the firm an announcement's contact block names by its role.
_ADVISER_AFTER = pattern(
    r" \((?:[\w&,]+ ){0,4}(?:[Bb]roker|[Aa]dvis[eo]r|NOMAD|Nomad|[Ss]ponsor|[Rr]egistrar|PR|[Aa]uditors?)\)"
)
# A company's kind in apposition after its name, with its qualifier: "X, start-up lyonnaise", "X, une
# société de conseil", "X, a Lagos-based company", "X, the Group's subsidiary" (a person's would be a job).
_DESCRIBED_AFTER = pattern(
    r", (?:(?:une?|la|le|l['’]|a|an|the) )?(?:(?!(?:en|de|du|des|of|in|with|avec) )[\w'’-]+ )?"
    r"(?:start-up|startup|société|entreprise|compagnie|company|firm|subsidiary|filiale)\b"
    # not a job ("company secretary"), nor what a company has ("the company's chief executive")
    r"(?![ -](?:secretary|director|officer|manager|lawyer|founder|president|chair|spokes)|['’])"
)
_TICKER_AFTER = pattern(r"^ \((?:[\w .-]{2,30}?) ?: ?[A-Z0-9.]{1,6}\)")
_TICKER_BEFORE = pattern(r"\([\w .-]{2,30}? ?: ?$")
_ACQUIRED_BEFORE = pattern(
    r"\b(?:acquisition|rachat|reprise|acquire[sd]?|acquiring|buys?|bought)(?: (?:de|du|of))?(?: l['’]|\s)$",
    re.I,
)
# What each of its words holds, in lower case, in letters that IGNORECASE matches only in their two
# cases (not "i", "s" or "k": it matches "ı" for "i", "ſ" for "s"): a name after none is not bought.
_ACQUIRED_LETTERS = ("acqu", "rachat", "repr", "buy", "bought")
_POSSESSIVES = frozenset(["its", "our", "their", "son", "sa", "notre", "leur"])
_PARTNERS = frozenset(["partner", "partenaire", "customer", "client", "licensee", "licencié"])
_NOT_QUALIFIERS = frozenset(["dans", "avec", "pour", "vers", "chez", "depuis", "with", "from", "into"])
_LAST_WORD = pattern(r"\b([a-zà-ÿ]+) $")
_LOWER_LETTERS = frozenset(map(chr, [*range(ord("a"), ord("z") + 1), *range(ord("à"), ord("ÿ") + 1)]))
_TITLE_TIE = pattern(r"([\w-]+) (?:de la |de l['’]|du |de |d['’]|of (?:the )?)$")
_OWNED_FIGURE_BEFORE = pattern(
    r"(?<![\w-])(?i:chiffre d['’]affaires|croissance|capital|capital social|résultats?|bénéfices?|ventes"
    r"|actionnaires|revenues?|sales|shareholders|earnings|turnover)(?: [a-zà-ÿ]+){0,2}"
    r" (?:de la |de l['’]|du |de |d['’]|of (?:the )?)$"
)
_TIES = (" de ", " du ", " d'", " d’", " of ", " of the ", " de la ", " de l'", " de l’")
_WORD_AFTER = pattern(r"^ ([\w-]+)")
_NAME_CONTINUES = pattern(r"^(?:de la |de l['’]|du |des |de |d['’]|of (?:the )?)[A-ZÀ-Þ]")


@dataclass(eq=False)
class Hit:
    """A candidate name: offsets into the release text, a type, and whether a rule fixed that type."""

    start: int
    end: int
    label: str
    ruled: bool = False


def _in_the_way(hits: list[Hit], hit: Hit, whole_name_stays: bool = False) -> bool:
    """Whether another hit overlaps a name a rule found: a rule's, or the NER's reaching outside
    it. The NER's pieces inside it give way ("Dwyer-Nolan" of "Aoife Dwyer-Nolan"), and its hit of
    the whole name too, unless `whole_name_stays` (that name keeps the NER's type)."""
    others = [
        h
        for h in hits
        if h.ruled
        or h.start < hit.start
        or h.end > hit.end
        or (whole_name_stays and h.start == hit.start and h.end == hit.end)
    ]
    return overlaps(others, hit.start, hit.end)


def overlaps(hits: Iterable[Hit], start: int, end: int) -> bool:
    """Whether one of `hits` takes a character of text[start:end]: a name a rule finds there is
    the NER's (or another rule's) already."""
    return any(h.start < end and h.end > start for h in hits)


def clean_hits(text: str, spans: list[Span]) -> tuple[list[Hit], list[tuple[Hit, Hit]]]:
    """Corrected hits in text order, and the pairs found to name the same thing (acronym + expansion)."""
    hits = _dash_joined(text, _join_neighbours(text, _cut_at_column_gaps(text, _ner_hits(text, spans))))
    links: list[tuple[Hit, Hit]] = []
    programmes = _programme_ends(text, hits)
    titled = _quoted_titles(text)
    hits = [h for h in hits if not any(a <= h.start and h.end <= b for a, b in titled)]
    cleaned = [piece for hit in hits for piece in _clean(text, hit, links)]
    # the acronyms of terms and of programmes, wherever the text writes them ("The DRWP will expand")
    terms = _defined_terms(text) | _grants_acronyms(text)
    cleaned = [
        h for h in cleaned if not _names_programme(text, h, programmes) and text[h.start : h.end] not in terms
    ]
    found_by_rules = _names_rules_find(text)
    cleaned = _with_signatures(text, cleaned)
    _cut_before_people(text, cleaned, found_by_rules)
    cleaned = _legal_form_names(text, cleaned + found_by_rules)
    cleaned += _people_the_ner_missed(text, cleaned) + _bodies_by_their_acronyms(text, cleaned)
    cleaned.sort(key=lambda h: h.start)
    cleaned = [h for h in cleaned if not _names_a_portfolio(text, h) and not _government_of_a_party(text, h)]
    cleaned = _without_post_nominals(text, cleaned)
    owners = _named_companies(text, cleaned)
    people = [(h.start, h.end) for h in cleaned if h.label == "PER" and " " in text[h.start : h.end]]
    for hit in cleaned:
        _extend_over_a_place_s(text, hit)
        _extend_over_a_partner(text, hit)
        _extend_over_partners(text, hit)
        _extend_over_a_plural_possessive(text, hit)
        _extend(text, hit)
        _extend_site(text, hit, owners)
        _extend_body_kind(text, hit)
        _extend_portfolio_list(text, hit, people)
        _cut_a_function_of(text, hit)
        _retype(text, hit)
    _places_taken_for_people(text, cleaned)
    _open_at_capitals(text, cleaned)
    kept = _drop_overlaps(cleaned + _places_bodies_are_based_in(text, cleaned))
    _name_sites(text, kept)
    _type_places_named_by_orgs(text, kept)
    kept = sorted(kept + _list_gaps(text, kept), key=lambda h: h.start)
    for run in _enumerations(text, kept):
        _align_types(text, run)
        kept += _list_tail(text, run)
    kept += _coordinated_acronyms(text, kept)
    _type_holdings(text, kept)
    kept = _shorten_to_known(text, sorted(kept, key=lambda h: h.start))
    _open_at_capital_the(text, kept)
    _extend_to_acronym(text, kept)
    kept = _drop_overlaps(kept)  # what an extended name now holds
    return _split_joined_bodies(text, _split_joined_towns(text, _whole_town_names(text, kept)), links), links


# A name holding a plural's possessive, which describes rather than owns ("Berea Children's Hospital
# Foundation", "Aberystwyth Printmakers' Co-operative"), that the NER cut there: the capitalised words
# after it, up to the kind that ends the name.
# "Children's", "Women's", and their compounds ("Fishermen's", "Townspeople's"); "Printmakers'"
_PLURAL_POSSESSIVE = pattern(
    r"(?:[A-Z][a-z]*)?(?:[Cc]hildren|[Ww]omen|[Mm]en|[Pp]eople)['’]s|[A-Z][\w-]*[a-z]s['’]"
)
_WORDS_TO_A_KIND = pattern(r"(?:['’]s?)?((?: [A-Z][\w'’-]*){1,5})(?![\w'’-])")
_NAME_KINDS = gz.ORG_TAILS | gz.SITE_TAILS | gz.HALL_TAILS


def is_plural_possessive(word: str) -> bool:
    """ "Children's", "Printmakers'": a plural's possessive, which describes inside a name rather than
    owns what follows ("Thursday's Council")."""
    return _PLURAL_POSSESSIVE.fullmatch(word) is not None


def _extend_over_a_plural_possessive(text: str, hit: Hit) -> None:
    """A hit ending on a plural's possessive ("Berea Children's", "Aberystwyth Printmakers'") runs on
    to the last kind of body or site in the capitalised words after it, and takes that kind's type."""
    last = text[text.rfind(" ", hit.start, hit.end) + 1 : hit.end]
    whole = last + text[hit.end : hit.end + 2].split(" ", 1)[0]  # "Children" + "'s" the trim left out
    if not (is_plural_possessive(last) or is_plural_possessive(whole)):
        return
    after = _WORDS_TO_A_KIND.match(text, hit.end)
    if after is None:
        return
    kinds = [i for i, w in enumerate(after[1].split()) if w.lower() in _NAME_KINDS]
    if kinds:
        added = after[1].split()[: kinds[-1] + 1]
        hit.end = after.start(1) + len(" " + " ".join(added))
        hit.label = "LOC" if added[-1].lower() in gz.SITE_TAILS | gz.HALL_TAILS else "ORG"
        hit.ruled = True


# A firm named by its partners, the first before a comma: "Mutua, " + "Ochieng & Partners"
_FIRM_OF_PARTNERS = pattern(r"[A-Z][\w'’-]+ (?:&|and) (?:Partners|Associates)")
_PARTNER_BEFORE = pattern(r"(?<![\w'’-])(?<!, )[A-Z][\w'’-]+, $")


def _extend_over_a_partner(text: str, hit: Hit) -> None:
    """ "Mutua, Ochieng & Partners": the firm's first partner and its comma, which the NER left out;
    not a list's item before it ("Kora, Mutua, Ochieng & Partners" stays as found)."""
    if hit.label == "PER" or not _FIRM_OF_PARTNERS.fullmatch(text, hit.start, hit.end):
        return
    partner = _PARTNER_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    if partner and not is_settlement(partner[0][:-2]):
        hit.start, hit.label, hit.ruled = partner.start(), "ORG", True


# A firm named by its founders and its partners, which the NER cut at the "&": "Fassi Audit" + " &
# Associés", "Partners Réviseurs d'Entreprises SRL" after "Vanderlinden & ".
_PARTNER_WORDS = r"(?:Associés|Associates|Partners|Partenaires|Co\.|Cie|Fils|Sons)"
_PARTNERS_AFTER = pattern(rf" (?:&|et) {_PARTNER_WORDS}(?![\w'’-])")
_FOUNDERS_BEFORE = pattern(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)? & $")
_OPENS_ON_PARTNERS = pattern(rf"{_PARTNER_WORDS}(?![\w'’-])")


def _extend_over_partners(text: str, hit: Hit) -> None:
    after = _PARTNERS_AFTER.match(text, hit.end)
    if after and words(text[hit.start : hit.end])[-1] not in _CONNECTORS:  # not "Smith and" + "& Sons"
        hit.end, hit.label, hit.ruled = after.end(), "ORG", True
    elif _OPENS_ON_PARTNERS.match(text, hit.start) and (
        founders := _FOUNDERS_BEFORE.search(text, max(0, hit.start - 50), hit.start)
    ):
        hit.start, hit.label, hit.ruled = founders.start(), "ORG", True


_PLACE_S_BEFORE = pattern(r"(?<![\w'’-])[A-Z][\w-]*['’]s $")


def _extend_over_a_place_s(text: str, hit: Hit) -> None:
    """A body named after a place with an "'s" in its name, which the NER cut there: "Hawke's" +
    "Bay Regional Council" is "Hawke's Bay Regional Council". Or a town's own name, its second
    word taken for a person: "King's" + "Lynn" is "King's Lynn"."""
    if text[hit.start - 3 : hit.start - 1] not in ("'s", "’s"):
        return
    owner = _PLACE_S_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    first = text[hit.start : hit.end].split(" ", 1)[0]
    if not owner or not (is_region(owner[0] + first) or is_settlement(owner[0] + first)):
        return
    if hit.label != "PER":
        hit.start = owner.start()
    elif hit.end == hit.start + len(first):
        hit.start, hit.label, hit.ruled = owner.start(), "LOC", True


def _cut_before_people(text: str, hits: list[Hit], found: list[Hit]) -> None:
    """A name the NER ran over a comma into a person the rules found ("Secretary for Development,
    Ms Cecilia" before "Cecilia Lam Wing-yee") ends at the comma: the person is whole after it."""
    people = [p for p in found if p.label == "PER"]
    for hit in hits if people else ():
        if hit.label == "PER" or hit.ruled:
            continue
        for person in people:
            if (
                hit.start < person.start < hit.end
                and (comma := text.rfind(", ", hit.start, person.start)) > hit.start
            ):
                hit.end = comma
                break


def _names_rules_find(text: str) -> list[Hit]:
    """People, sites, natural features and governments the rules find by their shape alone."""
    people = (
        _honorific_names(text)
        + _initialled_names(text)
        + _post_nominal_names(text)
        + _middle_initial_names(text)
        + _nicknamed_names(text)
        + _surnames_in_capitals(text)
    )
    bodies = _local_governments(text) + _officers_offices(text) + _chancelleries(text) + _funders(text)
    bodies += _maori_names_with_o(text) + _exchanges_before_tickers(text)
    places = _sites_of(text) + _natural_features(text) + _roads_between_towns(text) + _hyphenated_towns(text)
    places += _sites_in_the_possessive(text) + _areas_listed_before_their_kind(text) + _counties_by_kind(text)
    return people + places + bodies


# A line of a financing plan: a funder, perhaps a note in brackets, then the sum it gives
# ("- Région Auvergne-Rhône-Alpes : 380 000 €", "• Halifax Regional Municipality: $8.4 million").
_FUNDER_LINE = pattern(
    r"^[ \t]*(?:[-–•*·][ \t]+)?(?P<name>[A-ZÀ-Þ][\w'’.&-]*(?:[ \t](?:(?:de|of|du|des|la|le|the|d['’]|l['’]"
    r"|and|et|&)[ \t]?)*[\wÀ-ÿ'’.&-]+){1,7}?)(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*[:–—][ \t]*"
    r"(?:[$£€]|[A-Z]{3}[ \t]?|[A-Z]{1,2}\$[ \t]?)?\d[\d \u00a0\u202f.,'’]*"  # "€", "CHF ", "C$"
    r"(?:[ \t]?(?:[kKM]?€|\$|[A-Z]{3}\b|millions?|milliards?|mio|mrd|m\b|bn|M\$|F ?CFA|FCFA))[^\n]{0,20}$",
    re.MULTILINE,
)


_FUNDER_SUM = pattern(r"[:–—][ \t]*(?:[$£€]|[A-Z]{1,3}\$?[ \t]?)?\d")


def _funders(text: str) -> list[Hit]:
    """Each funder of a financing plan's lines is a body: a name of two words or more, each a
    name's but for its joining words, or after a region's kind ("Région wallonne"); not a kind of
    money or a row of accounts ("Fonds propres", "Résultat net part du Groupe", "Budget total")."""
    found, lines = [], set()
    for separator in _FUNDER_SUM.finditer(text):  # a line's sum first, which re finds fast
        line_start = text.rfind("\n", 0, separator.start()) + 1
        match = _FUNDER_LINE.match(text, line_start) if line_start not in lines else None
        lines.add(line_start)
        if match is None:
            continue
        name = match["name"]
        parts = words(name)
        first = parts[0].lower()
        if (
            _DIGIT.search(name)
            or name.isupper()
            or _is_generic(parts)
            or _is_cue(first)
            or _is_cue(parts[-1].lower())
        ):
            continue
        named = all(p[:1].isupper() or p.lower() in _FUNDER_JOINS for p in parts[1:])
        if first in gz.REGION_HEADS or (named and not written_in_lower_case(text, first)):
            found.append(Hit(match.start("name"), match.end("name"), "ORG", True))
    return found


# A person named with a nickname in quotes between the given names and the surname, written whole
# ("Rohan \"Bigga\" Lewis-Thompson", "Ma. Theresa \"Tess\" Bautista-Ocampo"), which the NER breaks.
_NICKNAMED = pattern(
    r"(?<![\w’'.-])(?P<given>(?:Ma\. )?[A-ZÀ-Þ][a-zà-ÿ’'-]+(?: [A-ZÀ-Þ][a-zà-ÿ’'-]+){0,2}) "
    r"[\"“][A-ZÀ-Þ][\w.’' -]{0,20}?[\"”] (?P<surname>[A-ZÀ-Þ][\w’'-]+)(?![\w’'-])"
)


# the quoted nickname alone, looked for first: a quote opens it, which re finds fast
_NICKNAME = pattern(r"[\"“][A-ZÀ-Þ][\w.’' -]{0,20}?[\"”] [A-ZÀ-Þ]")


def _nicknamed_names(text: str) -> list[Hit]:
    found = []
    for match in _NICKNAMED.finditer(text) if _NICKNAME.search(text) else ():
        given = match["given"].split(" ")
        titled = [i for i, w in enumerate(given) if w.lower() in gz.TITLE_WORDS]
        start = match.start() + len(" ".join(given[: titled[-1] + 1])) + 1 if titled else match.start()
        given = given[titled[-1] + 1 :] if titled else given  # "Iloilo Governor Arturo": "Arturo"
        if given and (any(is_given_name(w) for w in given) or is_double_barrelled(match["surname"])):
            found.append(Hit(start, match.end(), "PER", True))
    return found


# A road named for the towns it joins ("Lagos–Ibadan Expressway", "Mumbai-Pune Expressway",
# "Karachi–Hyderabad Motorway"), which the NER misses or cuts at the dash.
_ROAD_BETWEEN = pattern(
    r"(?<![\w-])(?P<towns>[A-ZÀ-Þ][a-zà-ÿ]+(?:[-–][A-ZÀ-Þ][a-zà-ÿ]+)+)"
    r" (?:Expressway|Highway|Motorway|Freeway|Road)\b"
)


def _roads_between_towns(text: str) -> list[Hit]:
    """Two of its towns at least known to the geodata (of "Sagamu–Ikenne–Ilishan Road", a village
    the geodata need not know)."""
    found = []
    for match in _ROAD_BETWEEN.finditer(text) if "way" in text or "Road" in text else ():
        if sum(map(is_settlement, re.split("[-–]", match["towns"]))) >= 2:
            found.append(Hit(match.start(), match.end(), "LOC", True))
    return found


# An English town whose name joins two names by "-on-", "-in-", "-upon-"... ("Stoke-on-Trent",
# "Sutton-in-Ashfield", "Weston-super-Mare", "Chapel-en-le-Frith"), which the English NER cuts at the
# first hyphen or misses.
_JOINERS = "on|upon|in|under|by|le|with|cum|next|sub|super|en-le"
_HYPHENATED_TOWN = pattern(
    rf"(?<![\w-])(?P<first>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)-(?:{_JOINERS})-(?:the-)?(?P<last>[A-Z][a-z]+)(?![\w-])"
)
# the joiner alone, looked for before the whole pattern runs
_TOWN_JOINER = pattern(rf"-(?:{_JOINERS})-[A-Z]")


def _hyphenated_towns(text: str) -> list[Hit]:
    """Towns of `_HYPHENATED_TOWN`'s shape; not an office or a status whose two parts are both
    English words ("Editor-in-Chief", "Debtor-in-Possession", "Commissioner-cum-Additional")."""
    if "-" not in text or not _TOWN_JOINER.search(text):
        return []  # most releases name no such town: the pattern is not run
    english = english_words()
    return [
        Hit(m.start(), m.end(), "LOC", True)
        for m in _HYPHENATED_TOWN.finditer(text)
        if not _ITS_COUNCIL.match(text, m.end())
        and (
            is_settlement(m[0])
            or not (m["first"].split("-")[-1].lower() in english and m["last"].lower() in english)
        )
    ]


# The town's council after it: "Southend-on-Sea City Council" is the body, read by its kind
_ITS_COUNCIL = pattern(r" (?:(?:City|Borough|County|District|Town|Metropolitan Borough) )?Council\b")


# A site or a body named in the possessive for a saint, a person or a figure ("St Michael's
# Hospital", "Hadrian's Wall", "Giant's Causeway", "Magistrate's Court", "St Gerald's College"),
# which the NER cuts at the "'s" (a person's "St Michael's") or misses.
_POSSESSIVE_SITE = pattern(
    r"(?<![\w'’.-])(?P<owner>(?:(?:St\.?|Saint) )?[A-Z][a-z]+)['’]s"
    r"(?: [A-Z][a-z]+){0,2} (?P<kind>[A-Z][a-z]+)(?![\w'’-])"
)
_POSSESSIVE_KINDS = (
    gz.SITE_TAILS | gz.HALL_TAILS | {"village", "town", "field", "wall", "causeway", "staith", "centre"}
)
# kinds whose type the type model decides from the words around: a hospital, a centre
_POSSESSIVE_EITHER = frozenset(["hospital", "centre", "center"])
_POSSESSIVE_BODIES = frozenset(["college", "school", "academy", "university", "court"])


def _named_alone(text: str, owner: str) -> bool:
    """The text writes the owner without its "'s" too ("Acme said")."""
    return re.search(rf"(?<![\w-]){re.escape(owner)}(?!['’\w-])", text) is not None


def _sites_in_the_possessive(text: str) -> list[Hit]:
    """Names of `_POSSESSIVE_SITE`'s shape; not when the owner is a name of its own: a place
    ("Ireland's Heritage Park"), an acronym, or a name the text writes without the "'s" too
    ("Acme's Innovation Centre" where the release names Acme): the owner, then its site."""
    if "'s " not in text and "’s " not in text:
        return []
    found = []
    for m in _POSSESSIVE_SITE.finditer(text):
        kind, owner = m["kind"].lower(), m["owner"]
        if kind not in _POSSESSIVE_KINDS and kind not in _POSSESSIVE_BODIES:
            continue
        if is_large_place(owner) or is_acronym(owner) or _named_alone(text, owner):
            continue
        if _NAME_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Chief Magistrate's Court": a longer name, whose start this shape cannot tell
        label = "ORG" if kind in _POSSESSIVE_BODIES else "LOC"
        found.append(Hit(m.start(), m.end(), label, kind not in _POSSESSIVE_EITHER))
    return found


# A Māori name joined by "o" (of): "Te Rūnanga o Ngāi Tahu", "Te Whare Wānanga o Awanuiārangi",
# "Te Kaunihera o Te Tai o Poutini", which the English NER splits into people at the "o".
_MAORI_WORD = r"[A-ZĀĒĪŌŪ][a-zāēīōū']+"
_MAORI_NAME_WITH_O = pattern(
    rf"(?<![\w-])Te(?: {_MAORI_WORD}){{1,3}}(?: o(?: {_MAORI_WORD}){{1,3}})+(?![\w-])"
)


def _maori_names_with_o(text: str) -> list[Hit]:
    """Names of `_MAORI_NAME_WITH_O`'s shape, taken for bodies (most are a tribe's council or
    trust, a school, a health body); the judge reads the rest."""
    if " o " not in text or "Te " not in text:
        return []
    return [Hit(m.start(), m.end(), "ORG") for m in _MAORI_NAME_WITH_O.finditer(text)]


# A state's chancellery, the issuing office of Swiss cantons and of several governments ("Chancellerie
# d'Etat", "Chancellerie fédérale", "State Chancellery"), which the NER misses in a letterhead.
_CHANCELLERY = pattern(r"(?<![\w-])(?:Chancellerie (?:d['’][ÉE]tat|fédérale)|State Chancellery)(?![\w-])")


def _chancelleries(text: str) -> list[Hit]:
    if "hancell" not in text:
        return []
    return [Hit(m.start(), m.end(), "ORG", True) for m in _CHANCELLERY.finditer(text)]


@lru_cache(maxsize=1 << 14)
def words(text: str) -> tuple[str, ...]:
    """The words of a name, apostrophes and hyphens kept inside them: remembered, the rules ask
    for the same names' words often, and handed out as the remembered tuple itself (a list copied
    for each of some 180 calls per release cost more than the lookup)."""
    return tuple(_WORD.findall(text))


def _determiners(name: str) -> int:
    """The length of the articles and "de" a name opens with ("de la ", "l'")."""
    if name[:1] not in ("l", "L", "d", "D", "t", "T"):  # every determiner's first letter, in either case
        return 0
    return len(_DETERMINER.match(name).group(0))  # type: ignore[union-attr]


def _without_determiners(name: str) -> str:
    return name[_determiners(name) :]


def after_unwanted(pattern: re.Pattern[str], text: str, unwanted: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of `pattern` (never empty) not preceded by a character `unwanted` matches: what
    `finditer` finds with that as a leading negative lookbehind, which keeps re from skipping
    ahead to the pattern's first letter."""
    pos = 0
    while found := pattern.search(text, pos):
        if found.start() and unwanted.match(text, found.start() - 1):
            pos = found.start() + 1
            continue
        yield found
        pos = found.end()


def written_in_lower_case(text: str, word: str) -> bool:
    """The text writes `word` (given in lower case) as a word of its own, not inside an address
    ("@acme.com"): an ordinary word there, whatever capital it takes elsewhere. (The word first,
    then what may not precede it: re jumps to a literal, where a lookbehind first is tried at
    every offset of the text.)"""
    escaped = re.escape(word)
    return bool(re.search(rf"{escaped}(?<![\w’'@./-]{escaped})(?![\w’'@-]|\.\w)", text))


def head_word(name: str) -> str:
    """The first word of a name, lower-cased, with an elided article ("d'Etudes") cut off."""
    parts = words(name)
    return _unelided(parts[0].lower()) if parts else ""


def _unelided(word: str) -> str:
    """The word without an elided article before it: "d'Etudes" -> "Etudes" (without re)."""
    return word[2:] if word[:1] in ("d", "l", "D", "L") and word[1:2] in ("'", "’") else word


def is_acronym(name: str) -> bool:
    """True for an all-capitals short word such as "ONF" or "SN/TP": a capital, then one to seven
    capitals or "&" (what "^[A-Z][A-Z&]{1,7}$" matches, a final line break let through as "$" does),
    told by str's methods: the rules ask it some 75 times a release, a regex match costs more."""
    word = name.replace("/", "")
    word = word[:-1] if word.endswith("\n") else word
    return 2 <= len(word) <= 8 and word[0] in _CAPITALS and not word[1:].strip(_CAPITALS + "&")


# Money a body gives, no body: "the Municipal Infrastructure Grant (MIG)" (a person's name may end
# with "Grant", so no cue of `gz.NON_ENTITY_CUES`: it tells a name by its acronym only).
_GRANTS = frozenset(["grant", "grants"])


def _programme_ends(text: str, hits: list[Hit]) -> set[int]:
    """Where names of programmes, funds, events and systems end: "Fonds vert", "Tribune Space Forum"."""
    ends = set()
    for hit in hits:
        parts = words(_without_determiners(text[hit.start : hit.end]))  # its first and last words only
        last = parts[-1].lower() if parts else ""
        cue = parts and (
            parts[0].lower() in gz.NON_ENTITY_CUES or last in gz.NON_ENTITY_CUES or last in _GRANTS
        )
        cue = cue or _a_system([p.lower() for p in parts[-2:]])  # "... Information System (IFMIS)"
        if cue and not _fund_with_acronym(text, hit):
            ends.add(hit.end)
    return ends


# A French body named "Fonds ..." with the acronym it goes by: "le Fonds de développement agricole
# (FDA)", "le Fonds koweïtien pour le développement économique arabe (FKDEA)": an institution that
# lends, guarantees and signs, not a budget line ("le Fonds vert"). English writes "Fund" last.
_FUND_HEAD = pattern(r"(?:(?:le|du|au|Le|Du|Au)\s|l['’])?Fonds\s")
_ACRONYM_AFTER = pattern(r"\s?\([A-Z][A-Z0-9-]{1,7}\)")


# A capital "The" mid-sentence, no sentence's first word: "funded by The Harbour Lottery Fund".
_MID_SENTENCE_THE = pattern(r"[^\s.!?:;\"“'‘(•*#>|–—-][ \t]+The $")


def written_with_its_the(text: str, start: int) -> bool:
    """The name at `start` follows a capital "The" mid-sentence: its own, an official name's
    ("The University of Calder", "The Harbour Lottery Fund"), no article of the sentence."""
    return (
        text.startswith("The ", start - 4)
        and _MID_SENTENCE_THE.search(text, max(0, start - 8), start) is not None
    )


def _fund_with_acronym(text: str, hit: Hit) -> bool:
    """Not the European Union's funds ("Fonds social européen (FSE)", "FEDER"): its budget's lines."""
    if not (_FUND_HEAD.match(text, hit.start, hit.end) and _ACRONYM_AFTER.match(text, hit.end)):
        return False
    return "europ" not in text[hit.start : hit.end].lower()


# What a quoted title names when one of these words introduces it: « Industrie 4.0 Grande Région »
# after "appel à projets" is a call's title, the names in it no actors of the release.
_TITLE_CUES = (
    "appel à projets",
    "appel à candidatures",
    "programme",
    "label",
    "dispositif",
    "concours",
    "opération",
    "call for projects",
    "call for proposals",
    "scheme",
    "initiative",
    "campaign",
)
_QUOTE_PAIRS = {"«": "»", "“": "”"}


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """Spans of the quoted titles a programme's or a call's word introduces (its quotes found by
    str.find: most releases have none)."""
    spans = []
    for opening, closing in _QUOTE_PAIRS.items():
        start = text.find(opening)
        while start >= 0:
            end = text.find(closing, start, start + 120)
            before = text[max(0, start - 25) : start].rstrip().lower()
            if end > 0 and "\n" not in text[start:end] and before.endswith(_TITLE_CUES):
                spans.append((start, end + 1))
            start = text.find(opening, start + 1)
    return spans


def _grants_acronyms(text: str) -> set[str]:
    """The acronyms the text gives in brackets right after a grant's, a plan's or an estimate's name
    ("Municipal Infrastructure Grant (MIG)", "Mineral Resource Estimate (MRE)"): no body wherever
    written. (A programme's or a fund's may be a body's: "World Food Programme (WFP)".)"""
    found = set()
    for m in _DEFINED_ACRONYM.finditer(text):
        word = text[max(0, m.start() - 20) : m.start()].rstrip().rsplit(" ", 1)[-1]
        if word[:1].isupper() and word.lower() in _GRANTS | _PLANS:
            found.add(m[1])
    return found


_PLANS = frozenset(["framework", "frameworks", "estimate", "estimates", "scheme", "schemes"])


def _names_programme(text: str, hit: Hit, programme_ends: set[int]) -> bool:
    """ "(FEDER)" right after a fund's name is that fund's acronym: no entity either."""
    opening = _OPENING_PARENTHESIS.search(text, max(0, hit.start - 4), hit.start)
    if not opening or not is_acronym(text[hit.start : hit.end]):
        return False
    return len(text[: opening.start()].rstrip()) in programme_ends


def _defined_terms(text: str) -> set[str]:
    """ "chronic kidney disease (CKD)", "le comité exécutif (CE)", 'net asset value ("NAV")':
    an acronym the text defines by words in lower case abbreviates a term, not a name (a body's
    name is written with its capital: "Office national des forêts (ONF)")."""
    terms = set()
    for match in _DEFINED_TERM.finditer(text):
        acronym = match[1] or match[2]
        window = text[max(0, match.start() - 80) : match.start()]
        before = words(window)[-len(acronym) - 3 :]
        content = 0
        for word in reversed(before):
            opening = content + 1 >= len(acronym) - 1 and fold(word)[:1] == acronym[0].lower()
            if not word[:1].islower() and not (opening and _opens(window, word)):
                break  # a capital (or a figure) before the acronym's first letter: a name, or unclear
            head = _unelided(word.lower())
            # each part of a compound counts ("nickel-cobalt-manganese (NCM)")
            content += (head not in _CONNECTORS and head not in ("à", "a", "en", "for", "pour")) * (
                head.count("-") + 1
            )
            if fold(head)[:1] == acronym[0].lower() and content >= len(acronym) - 1:
                if head not in gz.ORG_HEADS or _governing_body(text, match.start()):
                    terms.add(acronym)  # "la banque publique (BPI)" still names a bank
                break
    return terms | _terms_defined_with_the(text)


# A term a contract's way defines with its article: '(the "Quarter")', '("Halden" or "the Group")',
# '(la « Société »)'.
_DEFINED_WITH_THE = pattern(
    r"(?:\((?:the|la|le|les|l['’])\s*[\"“«]\s*|[\"“«]\s*(?:the|la|le|les|l['’])\s*)([A-ZÀ-Þ][^\"”»\n]{1,40}?)\s*[\"”»]"
)


def _terms_defined_with_the(text: str) -> set[str]:
    """The words a release defines with an article in quotes: '(the "Quarter")', '(the "Offering")':
    its own terms, no names. In the 485 annotated releases 86 such, the only names among them in
    capitals ('(the "SEC")', '(the "SGX-ST")'), which stay."""
    return {m[1] for m in _DEFINED_WITH_THE.finditer(text) if not m[1].isupper()}


_OPENING = pattern(r"(?:^|\n|[.:;!?] )[\s•·*–-]*$")


def _opens(window: str, word: str) -> bool:
    """Whether the last `word` of the window opens its line, list item or sentence ("- All-in
    sustaining cost (AISC)"): its capital is the sentence's, not a name's."""
    at = window.rfind(word)
    return at >= 0 and bool(_OPENING.search(window, 0, at))


_EXCHANGE_BEFORE = pattern(r"([A-Z][A-Za-z-]{1,7})[ \t]?:[ \t]?$")
# The label of a listing's code on a results' header ("JSE share code: MFH", "Stock code: 0412").
_CODE_LABEL_BEFORE = pattern(
    r"\b(?i:(?:share|stock|alpha|instrument|bond)\s+code|symbol|ticker|tidm|epic|symbole)[ \t]?:[ \t]?$"
    r"|\b(?i:mnémonique)[ \t]?:?[ \t]?$"  # Euronext Paris's ticker: "mnémonique : ONDLY", "mnémonique VLMY"
)
_MOTTO_LINE = pattern(r"[^\W\d_]+(?: [^\W\d_]+)?(?: [–—-] [^\W\d_]+(?: [^\W\d_]+)?){2,}")


def _line_of(text: str, hit: Hit) -> str:
    start = text.rfind("\n", 0, hit.start) + 1
    end = text.find("\n", hit.end)
    return text[start : len(text) if end < 0 else end]


def heading_or_label(text: str, start: int, end: int) -> bool:
    """ "Media Contacts", "Background", "ASX ANNOUNCEMENT": a heading ends with a section's word and
    fills its line (a colon after it, perhaps)."""
    lowered = [w.lower() for w in words(text[start:end])]
    if not lowered or not ({lowered[-1], " ".join(lowered[-2:])} & gz.SECTION_HEADS):
        return False
    line = _line_of(text, Hit(start, end, "")).strip(" \t:•*-")
    return line == text[start:end] or line in (f"For {text[start:end]}", f"Pour {text[start:end]}")


_EXCHANGE_AND_TICKER = pattern(
    r"(?<![\w-])("
    + "|".join(sorted(gz.EXCHANGE_CODES, key=len, reverse=True))
    + r")[ \t]?:[ \t]?[A-Z0-9][A-Z0-9.]{0,11}\b"
)


def _exchanges_before_tickers(text: str) -> list[Hit]:
    """ "(ASX: CRL; Nasdaq: CRLX)", "NSE: DECCANMOL | BSE: 543388": the exchange a ticker is
    listed on is a body the guide counts, which the NER misses after a semicolon or a bar."""
    if ":" not in text or not any(code in text for code in _EXCHANGE_STEMS):
        return []  # most releases name no exchange: the pattern is not run
    return [Hit(m.start(1), m.end(1), "ORG", True) for m in _EXCHANGE_AND_TICKER.finditer(text)]


# the codes' first three letters, looked for before the pattern runs ("TSX" is in "TSXV")
_EXCHANGE_STEMS = sorted({code[:3] for code in gz.EXCHANGE_CODES})


def _ticker(text: str, hit: Hit) -> bool:
    """ "ASX: KRM", "(TSX: GLP)", "JSE share code: MFH": a symbol after its exchange's code or its
    label is a ticker."""
    if hit.end - hit.start > 8:
        return False
    before = _EXCHANGE_BEFORE.search(text, max(0, hit.start - 12), hit.start)
    if before is not None and before[1] in gz.EXCHANGE_CODES:
        return True
    return _CODE_LABEL_BEFORE.search(text, max(0, hit.start - 16), hit.start) is not None


def _weekday_or_motto(text: str, hit: Hit, lowered: list[str]) -> bool:
    """ "Mardi, 24 novembre": a weekday is no name; nor the words of a motto, short words joined
    by dashes on a line of their own ("Union – Discipline – Travail")."""
    if len(lowered) == 1 and fold(lowered[0]) in WEEKDAYS:
        return True
    if len(lowered) > 2:
        return False
    line = _line_of(text, hit).strip()
    # a dash between spaces first, which the motto has twice: most lines have none
    return any(dash in line for dash in _MOTTO_DASHES) and bool(_MOTTO_LINE.fullmatch(line))


_MOTTO_DASHES = (" – ", " — ", " - ")


def _governing_body(text: str, end: int) -> bool:
    before = fold(text[max(0, end - 30) : end].strip())
    return any(before.endswith(fold(body)) for body in gz.GOVERNING_BODIES)


def _honorific_names(text: str) -> list[Hit]:
    """ "Cllr Sandhu", "Mme Anne Le Floch": a name after an honorific is a person's, found or not."""
    hits = []
    for match in after_unwanted(_HONORIFIC_NAME, text, _WORD_OR_DOT):
        first = words(match.group(1))[0].lower()
        if first not in gz.TITLE_WORDS and first not in gz.GENERIC_WORDS:  # "Hon. Ana Ruiz BA MLA": no BA
            hits.append(
                Hit(match.start(1), _cut_trailing_titles(text, match.start(1), match.end(1)), "PER", True)
            )
    return hits


# A person by initials and surname ("T.N. Mokoena", "A.J. van der Merwe"), the way boards list
# their directors; read only where a line lists two or more ("U.S. Steel" alone is none). "M." alone
# is French's Monsieur. (The capital first, then what may not precede it: re skips to capitals.)
_INITIALLED_NAME = pattern(
    r"[A-Z](?<![\w.].)(?!(?<=M)\. )\.(?:[ ]?[A-Z]\.){0,2} "
    r"(?:(?:van der|van den|van|von|de la|de|du|da|le|la|di) )?"
    r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?(?![\w'’-])"
)


# A name followed by letters only a person carries: a seat, an honour, a professional title
# ("Dominic Reeve ACA, Chief Financial Officer"); the capital first, what may not precede it after.
_LETTERS_AFTER_NAME = (
    r"(?-i:TD|MP|MLA|MPP|MEP|MSP|MNA|MHA|OBE|CBE|MBE|KBE|DBE|KC|QC|FRS|FREng|ACA|FCA|ACCA|FCCA|CEng"
    r"|P\.Eng\.?|P\.Geo\.?|Ph\.?D\.?)(?=[,;)\n]| [(–-]|$)"
)
_POST_NOMINAL_NAME = pattern(
    r"([A-ZÀ-Þ](?<![\w.'’-].)[a-zà-ÿ'’]+(?:[ -][A-ZÀ-Þ][a-zà-ÿ'’]+){1,2}) " + _LETTERS_AFTER_NAME
)
# The letters alone, looked for first: their capitals, which re skips to, open them (7 µs a release,
# where the name's pattern takes 22), and most releases have none.
_POST_NOMINAL = pattern(_LETTERS_AFTER_NAME)


# Such a person anywhere, found by the NER or not; not the head of a longer name ("Joan C. Edwards
# School of Medicine").
# (The capital first, then what may not precede it: re skips from capital to capital.)
_MIDDLE_INITIAL_NAME = pattern(rf"[A-ZÀ-Þ](?<![\w.'’-].){_AFTER_FIRST_CAPITAL}(?![\w'’-]| [A-ZÀ-Þ&])")


# A site named by its kind and the place it serves ("the Port of Durban", "the Isles of Scilly"):
# the place is the words the geodata knows ("Port of Cape Town"), else one word.
# (Each kind's initial first, then no word before it: re skips to those initials.)
_SITE_OF = pattern(  # and a sea by its kind: "the Gulf of Mexico", "the Bay of Biscay"
    r"[PIAHGB](?<!\w.)(?:(?<=P)orts?|(?<=I)sles?|(?<=A)irport|(?<=H)arbou?r|(?<=G)ulf|(?<=B)ay) of (?:the )?"
    r"(?P<place>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,2})"
)


def _sites_of(text: str) -> list[Hit]:
    if " of " not in text:
        return []
    found = []
    for match in _SITE_OF.finditer(text):
        place = match["place"].split(" ")
        owner = next((i for i, word in enumerate(place) if _POSSESSIVE_S.search(word)), None)
        if owner is not None:  # "the Port of Mombasa's Kipevu terminal": the port, not its possessive
            place = [*place[:owner], place[owner][:-2]]
        known = next((n for n in range(len(place), 0, -1) if _known_name(" ".join(place[:n]))), 1)
        if match[0][0] in "GB" and known < len(place):
            continue  # "Bay of Plenty Regional Council": a sea's name inside a body's
        found.append(Hit(match.start(), match.start("place") + len(" ".join(place[:known])), "LOC", True))
    return found


# A local or state government named by its kind before a place the atlas knows ("the City of
# Thunder Bay will receive", "Town of Stonington: $1.9 million"), which the NER cuts to the place
# or misses; not inside a longer name ("Royal Borough of ...", "Rural Municipality of ...").
# Each kind is written first and what may not precede it after: a pattern that opens on a
# lookbehind is tried at every offset of the text, one whose every choice opens on a letter jumps
# from one of those letters to the next (8 µs a release against 50).
_GOVERNMENT_OF = pattern(
    "(?:"
    + "|".join(
        rf"{kind}(?<![\w'’-]{kind}) of "
        for kind in ["City", "Town", "Village", "Borough", "Township", "Province", "State", "Shire"]
    )
    + r"|Ville(?<![\w'’-]Ville) d(?:e |['’])"
    # "le gouvernement du Québec", "Gouvernement de la Côte d'Ivoire": a government acting, a body
    + r"|[Gg]ouvernement(?<![\w'’-][Gg]ouvernement) (?:du |de la |de l['’]|des |de |d['’]))"
    # a saint's or a mount's short form inside ("City of Sault Ste. Marie", "Town of St. Andrews")
    r"((?:(?:St|Ste|Mt)\. )?[A-ZÀ-Þ][\w'’ʻ-]+(?:[ -](?:(?:St|Ste|Mt)\. )?[A-ZÀ-Þ][\w'’ʻ-]+){0,2})"
)


# An office named for the officer who heads it, with whose it is ("Colorado Attorney General's
# Office", "23rd Judicial District Attorney's Office", "U.S. Attorney's Office for the District of
# New Mexico"), which the NER cuts at the title; not "the Governor's Office", which names no one's.
_OFFICERS_OFFICE = pattern(
    r"(?<![\w'’.-])(?!The )(?:(?:[A-Z][\w.'’-]*|\d+(?:st|nd|rd|th)) ){1,4}[A-Z][a-z]+['’]s Office"
    r"(?: for the (?:[A-Z][\w'’-]*|of|the)(?: (?:[A-Z][\w'’-]*|of|the))*(?<![ ]of)(?<![ ]the))?"
)


_OFFICERS = frozenset(
    ["attorney", "general", "sheriff", "coroner", "auditor", "assessor", "clerk", "treasurer"]
    + ["controller", "comptroller", "mayor", "governor", "recorder", "prosecutor", "marshal"]
)


def _officers_offices(text: str) -> list[Hit]:
    """The office's holder a title ("Sheriff's", not "Minister Kowalczyk's"), with a place or a
    jurisdiction before it ("Attorney General's Office" alone names none)."""
    if "s Office" not in text:
        return []
    found = []
    for match in _OFFICERS_OFFICE.finditer(text):
        parts = [w.lower() for w in words(text[match.start() : text.find(" Office", match.start())])]
        holder = parts[-1].removesuffix("'s").removesuffix("’s")
        if holder in _OFFICERS and not all(p in _OFFICERS or p in gz.TITLE_WORDS for p in parts[:-1]):
            found.append(Hit(match.start(), match.end(), "ORG", True))
    return found


_NAME_WORD_BEFORE = pattern(r"(?<![\w'’-])(?!(?:The|La|Le|Les) )[A-ZÀ-Þ][\w'’-]* \Z")


def _local_governments(text: str) -> list[Hit]:
    """Each government named by its kind, to the end of the longest place the atlas knows after it."""
    found = []
    for match in _GOVERNMENT_OF.finditer(text):
        if _NAME_WORD_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue
        place = re.split(r"(?<=[ -])", match[1])  # each word with the space or hyphen after it
        known = next((n for n in range(len(place), 0, -1) if _known_name("".join(place[:n]).rstrip(" -"))), 0)
        while 0 < known < len(place) and place[known - 1].endswith("-"):
            known += 1  # not "Rivière" of "Ville de Rivière-aux-Cèdres": a hyphenated name is whole
        if known:
            end = match.start(1) + len("".join(place[:known]).rstrip(" -"))
            found.append(Hit(match.start(), end, "ORG", True))
    return found


# A river, a lake or a mountain by its kind and one name ("the River Aire", "Lake Taupō", "Loch
# Fyne", "Mount Kenya"); the kind in lower case is no part of the name ("the river Aire").
# (Each kind's initial first, then no word before it: re skips to those initials.)
_NATURAL_FEATURE = pattern(
    r"[RLM](?<!\w.)(?:(?<=R)iver|(?<=L)(?:ake|och|ough)|(?<=M)(?:ount|t\.?)) [A-ZÀ-Þ][\w'’-]+"
)
_NATURAL_KINDS = ("River ", "Lake ", "Loch ", "Lough ", "Mount ", "Mt")  # one of which each match holds


def _natural_features(text: str) -> list[Hit]:
    if not any(kind in text for kind in _NATURAL_KINDS):
        return []  # most releases name no river, lake nor mountain: the pattern is not run
    # not inside a longer name: "Wapisiw Lake Cree Nation" ("The Lake Taupō trail" opens a sentence)
    return [
        Hit(m.start(), m.end(), "LOC", True)
        for m in _NATURAL_FEATURE.finditer(text)
        if not _NAME_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
    ]


# A county by its kind before its name, as Ireland writes it ("Listowel, Co. Kerry"): the kind is
# part of the name, which the NER leaves out after the abbreviation's dot.
_COUNTY_BY_KIND = pattern(r"\bCo\. (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


def _counties_by_kind(text: str) -> list[Hit]:
    if "Co. " not in text:
        return []
    found = []
    for m in _COUNTY_BY_KIND.finditer(text):
        name = m["name"] if is_region(m["name"]) else m["name"].split(" ")[0]  # "Co. Kerry Group"
        if is_region(name):
            found.append(Hit(m.start(), m.start("name") + len(name), "LOC", True))
    return found


def _middle_initial_names(text: str) -> list[Hit]:
    found = []
    for match in _MIDDLE_INITIAL_NAME.finditer(text):
        first = words(match[0])[0].lower()
        if first in gz.TITLE_WORDS or first in gz.GENERIC_WORDS or written_in_lower_case(text, first):
            continue
        if " M. " in match[0] and _MONSIEUR.search(text):
            continue  # "Selon M. Vasseur": French's Monsieur after a word, no middle initial
        found.append(Hit(*match.span(), "PER", True))
    return found


# "M." as French writes Monsieur: after a lower-case word or a line's start ("a déclaré M. Roux").
_MONSIEUR = pattern(r"(?:^|[a-zà-ÿ,] )M\. [A-ZÀ-Þ]", re.MULTILINE)


# The letters after a person's name, one or more, each after a comma: honours, degrees, seats
# ("Samuel Otieno Onyango, EGH, who", "Jonathan Pelham-Lowe, BEng, ACSM, CEO").
_LETTERS_AFTER_PERSON = pattern(r"(?:,[ \t]?[A-Z][A-Za-z]{1,5}(?:\([A-Za-z]+\))?(?=[,);.\n]| and |$))+")
_CAPITAL = pattern(r"[A-Z]")


def _ner_hits(text: str, spans: list[Span]) -> list[Hit]:
    """The NER's hits of the labels kept, in text order, a country office's title cut off."""
    hits = [Hit(s.start, s.end, _LABELS.get(s.label, "MISC")) for s in spans if s.label in _KEPT_NER_LABELS]
    # a place the atlas knows, which the NER took for a title ("northern Hawke's Bay" a WORK_OF_ART)
    hits += [
        Hit(s.start, s.end, "LOC")
        for s in spans
        if s.label == "WORK_OF_ART" and _known_name(text[s.start : s.end])
    ]
    return _cut_country_titles(text, sorted(hits, key=lambda h: h.start))


def _cut_country_titles(text: str, hits: list[Hit]) -> list[Hit]:
    """ "AfDB Country" + " Manager for Rwanda", "the World Bank Country" + " Director": the word
    opens a title held at a body's office in one country; the body ends before it."""
    for hit in hits:
        # a word before "Country" left in the hit: a hit of "Country" alone is left to the other rules
        if (
            hit.label != "PER"
            and hit.end - len(" Country") > hit.start
            and _COUNTRY_TITLE.match(text, hit.end - len(" Country"))
        ):
            hit.end -= len(" Country")
            hit.label = "ORG"
    return hits


_COUNTRY_TITLE = pattern(r" Country (?:Manager|Director|Representative|Economist|Head|Coordinator|Officer)\b")


def _without_post_nominals(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits but the letters after a person's name: an honour's or a degree's, no body's. In
    the 485 annotated releases 46 such letters follow a person of the guide, one of them a body:
    a contact line's "Kelly Ho Ka-man, HKAAA, +852 ...", where the release names it again."""
    letters = set()
    for hit in hits:
        if hit.label == "PER" and (run := _LETTERS_AFTER_PERSON.match(text, hit.end)):
            for word in re.finditer(r"[A-Z][A-Za-z]+", run.group()):
                if len(_CAPITAL.findall(word.group())) > 1:
                    letters.add((hit.end + word.start(), hit.end + word.end()))
    return [h for h in hits if (h.start, h.end) not in letters] if letters else hits


def _post_nominal_names(text: str) -> list[Hit]:
    """People named with the letters after their name, found by the NER or not."""
    if not _POST_NOMINAL.search(text):
        return []
    return [
        Hit(match.start(1), match.end(1), "PER", True)
        for match in _POST_NOMINAL_NAME.finditer(text)
        if words(match[1])[0].lower() not in gz.TITLE_WORDS
    ]


# A person with the surname in capitals, as French and many official releases write it ("Julie
# MARTIN", "Rebecca Louise TWIGG", "Kwame OSEI-BONSU"): given names, then the surname.
_SURNAME_IN_CAPITALS = pattern(
    r"(?<![\w'’.-])((?:[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)? ){1,2})"
    r"([A-ZÀ-Þ][A-ZÀ-Þ'’-]{3,}(?: [A-ZÀ-Þ][A-ZÀ-Þ'’-]+)?)(?![\w'’-])"
)


_ARTICLE_WORDS = _CONNECTORS | {"les", "un", "une", "au", "aux", "a", "an"}  # before capitals: no given name


# the capitals first, after a capitalised word: where `_SURNAME_IN_CAPITALS` is then tried
_CAPITALS_AFTER_A_NAME = pattern(r"(?<=[a-zà-ÿ] )[A-ZÀ-Þ][A-ZÀ-Þ'’-]{3,}")


def _surnames_in_capitals(text: str) -> list[Hit]:
    """People of `_SURNAME_IN_CAPITALS`'s shape whose first words are given names and whose
    capitals are no acronym, legal form, term or honour's letters ("Marge EBIT" is a table's
    margin; "Les SLSP", "Rhys Morgan CBE"): of four letters or more, which few acronyms are. A
    form of address before them is no given name ("Sister BERNADETTE O'HARE": the nun, in capitals)."""
    found = []
    for capitals in _CAPITALS_AFTER_A_NAME.finditer(text):
        near = _SURNAME_IN_CAPITALS.finditer(text, max(0, capitals.start() - 50), capitals.end() + 40)
        match = next((m for m in near if m.start(2) == capitals.start()), None)
        if match is None:
            continue
        givens, surname = match[1].split(), match[2]
        first = surname.split()[0]  # the first word in capitals: an acronym's or a surname's
        if (
            first.lower() in gz.TERM_ACRONYMS
            or first.lower() in gz.LEGAL_SUFFIXES
            or first in gz.POST_NOMINALS
        ):
            continue
        if givens[0].lower() in _ARTICLE_WORDS or givens[0].lower() in gz.EN_FUNCTION_WORDS:
            continue  # "Les SLSP", "The CEPA": an article before an acronym
        start = match.start()
        addressed = _addressed_before(text, start)
        while givens and (
            givens[0].lower() in _ADDRESSES_BEFORE_CAPITALS or givens[0].lower() in gz.TITLE_WORDS
        ):
            start += len(givens.pop(0)) + 1
            addressed = True
        if givens and not all(_a_given_name_here(text, g, addressed) for g in givens):
            continue  # "Hope ALWAYS wins" where the text writes "hope": a word, before emphasis
        if givens or " " in surname:
            found.append(Hit(start, match.end(), "PER", True))
    return found


def _a_given_name_here(text: str, word: str, addressed: bool = False) -> bool:
    """A given name the data knows; after a form of address or a title, any capitalised word that
    is no kind or title and that the text never writes in lower case ("Monsieur Komlan AGBODJAN",
    "le Docteur Abdou-Rachidi SALIFOU": given names the data does not hold)."""
    lowered = word.lower()
    return (
        (addressed or is_given_name(word))
        and lowered not in _NOT_IN_A_PERSONS_NAME
        and not written_in_lower_case(text, lowered)
    )


def _addressed_before(text: str, start: int) -> bool:
    """A form of address or a title just before `start` ("Madame", "M.", "le Docteur")."""
    before = words(text[max(0, start - 20) : start])
    word = before[-1].lower().rstrip(".") if before else ""
    return (
        bool(word)
        and text[start - 1 : start] == " "
        and (
            word in _ADDRESSES_BEFORE_CAPITALS
            or f"{word}." in _ADDRESSES_BEFORE_CAPITALS
            or word in gz.TITLE_WORDS
        )
    )


_ADDRESSES_BEFORE_CAPITALS = gz.HONORIFICS | {"sister", "brother", "father", "mother"}


_MIDDLE_INITIAL_BEFORE = pattern(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+ $")
# Countries written by their initials with dots before a word ("U.S. Steel", "U.K. Power").
_COUNTRY_SHORT_FORMS = frozenset(["US", "UK", "USA", "UAE", "EU"])


def _initialled_names(text: str) -> list[Hit]:
    """Directors listed by initials and surname, two or more on a line."""
    if ". " not in text:
        return []
    found: dict[int, list[Hit]] = {}
    for match in _INITIALLED_NAME.finditer(text):
        written = match[0].split(" ")[0]
        if written.lower() in gz.HONORIFICS:
            continue  # "H.E. Saida Bakari": His or Her Excellency, read by `_honorific_names`
        initials = written.replace(".", "")
        country = initials in _COUNTRY_SHORT_FORMS or country_initialism(initials, text)
        if country or _MIDDLE_INITIAL_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue  # "U.S. Steel"; "Marisa T. Okafor", a first name and a middle initial
        found.setdefault(text.rfind("\n", 0, match.start()), []).append(Hit(*match.span(), "PER", True))
    return [hit for line in found.values() if len(line) > 1 for hit in line]


# A company's legal form closing its name, after a space or ", " ("Souris Harbour Processors
# Ltd.", "Brightwater Systems, Inc.", "Atelier Moreau SAS"); two-letter forms that are also
# common abbreviations ("AG", "SA", "SE") only with their dots.
_FORMS = (
    r"(?P<form>Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|LLP|PLC|plc|Plc|GmbH"
    # Mexico's "S.A. de C.V." whole, Monaco's "S.A.M."
    r"|S\.A\.(?:B\.)? de C\.V\.|S\.A\.M\.|S\.A\.|SAS|SASU|SARL|S\.A\.R\.L\.|N\.V\."
    # Luxembourg, Poland, Spain, Denmark; Japan's kabushiki kaisha, Italy's or Romania's S.R.L., Finland
    r"|S\.à r\.l\.|S\.à\.r\.l\.|sp\. z o\.o\.|S\.L\.U\.|S\.L\.|S\.A\.U\.|A/S"
    r"|K\.K\.|S\.R\.L\.|S\.A\.S\.|Oyj"
    r"|B\.V\.|S\.p\.A\.|SpA|Bhd|Berhad|Ltée|Limitée|Pty\.? Ltd\.?|LP|L\.P\.|P\.C\.|Professional Corporation"
    r"|Corp\.|N\.A\.|S\.C\."  # "Prairie Ember Energy Corp.", a US bank's "N.A.", a law firm's "S.C."
    r"|SRL|SA|AG|NV|BV|ApS"  # "EY Réviseurs d'Entreprises SRL", "Lemanic Photonique SA"
    r"|Limited Partnership|Incorporated"
    r"|Tbk"  # Indonesia's listed companies: "PT Bank Pesisir Raya Tbk"
    r"|PJSC|JSC|PSC|QPSC|SAOG"  # joint-stock companies of the Gulf, Russia, Central Asia; Oman's SAOG
    # "(Pty) Ltd", "(Pvt.) Limited", and the seat or country before the form: "Acme (UK) Limited",
    # "Wing Kee Foods (Sha Tin) Limited", "Kato Construction (U) Ltd" (Uganda)
    # and Indonesia's state-owned ones, "PT Bank Tani Sejahtera (Persero) Tbk"
    # "Umoja Trust Bank (Rwanda) Plc", "Nordvik Shipping (Singapore) Pte. Ltd."
    r"|\((?:Pty|Pvt\.?|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)\) "
    r"(?:Ltd\.?|Limited|Tbk|Plc|PLC|plc|Pte\.? Ltd\.?|Inc\.|LLC))(?![\w-])"
)
_LEGAL_FORM = pattern(r"(?<=[\w.]),? " + _FORMS)
_DOTTED_FORMS = frozenset(
    # written with their last dot, always
    [
        "Inc.",
        "Corp.",
        "N.A.",
        "S.C.",
        "S.A.M.",
        "S.à r.l.",
        "S.à.r.l.",
        "sp. z o.o.",
        "S.L.U.",
        "S.L.",
        "S.A.U.",
        "K.K.",
        "S.R.L.",
        "S.A.S.",
    ]
)
# the scan: the forms' letters first, which re finds fast; the word and the blank before, after
_FORM_WORD = pattern(_FORMS)


def legal_form_at(text: str, at: int) -> bool:
    """A company's legal form is written at `at` ("Limited", "Inc.", "(Pty) Ltd", "SA")."""
    return _FORM_WORD.match(text, at) is not None


_SAINT_ABBREVIATIONS = frozenset(["ST", "STE", "MT", "FT"])
_NAME_TOKEN = pattern(r"(?:[A-ZÀ-Þ]|\d+[A-Za-z])[\w&'’.-]*")  # "Acme", "3M", not "2025"
_STATE_AND_POSTCODE = pattern(r" SA \d{4}\b")  # "Adelaide SA 5000": South Australia in an address
_ELIDED_NAME_WORD = pattern(r"[dl]['’][A-ZÀ-Þ][\w&'’.-]*")  # "d'Entreprises", "l'Ouest"
_TOKEN = pattern(r"(?P<open>[(\"“«'‘])?(?P<word>[^\s(\"“«'‘]\S*)")
_NAME_BREAK = pattern(r"\s[–—-]\s|--|[–—:;|\t]| {3,}")  # " {3,}": a column gap
_NAME_JOINERS = frozenset(["and", "&", "of", "for", "de", "des", "du", "et", "the"])
# a funder's name joins its words with these too ("Province de la Nièvre"): `_funders`
_FUNDER_JOINS = _NAME_JOINERS | {"la", "le", "d", "l"}  # "Ville de Namur", "Province de la Nièvre"
# A job that heads "of" and a company's name, which the title words do not hold ("Exploration
# Manager of Karo Mining Limited"; "manager" alone names no title before a person).
_JOBS_OF = frozenset(["Manager", "Geologist", "Engineer", "Counsel"])
_BRACKETED_PLACE = pattern(r"[A-ZÀ-Þ][\w'’-]*\)")
_AFTER_DETERMINER = pattern(r"(?<![\w-])(?:the|a|an|la|le|les|l['’]) ?$")
_OPENS_SENTENCE = pattern(r"(?:^|[.!?:]\s|\n)[\s•·*–-]*$")


def _legal_form_names(text: str, hits: list[Hit]) -> list[Hit]:
    """ "Souris Harbour Processors Ltd.": capitalised words closed by a company's legal form name
    a company, whether or not the NER saw it; the hits inside it (the town "Souris") give way,
    and a hit that already holds the whole name stands."""
    found = []
    for form in _FORM_WORD.finditer(text):
        match = _LEGAL_FORM.match(text, max(0, form.start() - 2))
        match = match if match and match.end() == form.end() else _LEGAL_FORM.match(text, form.start() - 1)
        if match is None or match.end() != form.end() or _STATE_AND_POSTCODE.match(text, match.start()):
            continue  # not after a word and a blank, or ", "; not "Adelaide SA 5000", a state
        start = _name_start_before(text, match.start())
        if start is None:
            continue
        if holders_of := _PEOPLE_OF.match(text, start, match.start()):
            start = holders_of.end()  # "Cardholders of Ravi Commercial Bank Limited": the bank
        if messrs := _MESSRS.match(text, start, match.start()):
            start = messrs.end()  # "Messrs Ofada Construction Limited": a form of address
        person = _person_of(text, start, match.start())  # "Inês Carvalho of Weyland Lowe ... Limited"
        parts = [Hit(start, person.end(1), "PER", ruled=True)] if person else []
        start = person.end() if person else start
        joined_from, start = start, _after_a_name_of_its_own(text, start, match.end())
        if text[start : match.end()].lower() in gz.WIRE_SERVICES:
            continue  # "(Newsfile Corp. - February 24, 2026)": the wire's dateline
        parts += _whole_body_before(text, joined_from, start)
        start = _after_a_country_s(text, start, match.start())
        end = match.end()
        if match["form"] not in _DOTTED_FORMS and text[end - 1] == "." and _full_stop(text, end - 1):
            end -= 1  # "Acme Ltd. The firm", "by Acme Ltd.⏎": the sentence's full stop ("Inc." keeps it)
        # a hit that goes on after the form over a comma holds more than the company ("Glenbrook
        # Bakehouse Limited, Co. Kildare"): the form ends the company's name
        holders = [h for h in hits if h.start <= start and end <= h.end]
        if over := [h for h in holders if h.end > end and text[end : end + 2] == ", "]:
            holders = [h for h in holders if h not in over]
            found += [Hit(end + 2, h.end, "LOC", True) for h in over if _a_place_name(text[end + 2 : h.end])]
        # a hit holding two forms is two names ("Qatalyst Partners LP and Cooley LLP")
        if (
            parts
            or not holders
            or any(len(_LEGAL_FORM.findall(text, h.start, h.end + 1)) > 1 for h in holders)
        ):
            found += [*parts, Hit(start, end, "ORG", ruled=True)]
    if not found:
        return hits
    kept = [h for h in hits if not any(h.start < f.end and f.start < h.end for f in found)]
    return sorted(kept + found, key=lambda h: h.start)


_AND_BETWEEN = pattern(r" (?:and|&|et) ")
_COMPANY_ENDS = frozenset(["corporation", "company", "holdings", "group", "groupe", "compagnie"])
_PERSON_OF = pattern(r"([A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,2}) of (?=[A-ZÀ-Þ])")


def _person_of(text: str, start: int, form: int) -> re.Match[str] | None:
    """A person's name and "of" before a company's: "Inês Carvalho of Weyland Lowe ... Limited"
    (a given name first, no word of a body's name), a person of the firm, not the firm's name."""
    m = _PERSON_OF.match(text, start, form)
    if m is None or not is_given_name(m[1].split(" ", 1)[0]) or not _no_body_word(m[1]):
        return None
    return m


# The last word of a body's whole name, before "and" and another company: "Punjab Revenue Authority
# and Sui Northern Gas Pipelines Limited" names two.
_WHOLE_BODY_ENDS = frozenset(
    ["authority", "commission", "council", "board", "agency", "university", "institute", "tribunal"]
    + ["limited", "ltd", "plc", "inc", "inc.", "llc", "corporation", "holdings", "group"]
)


def _whole_body_before(text: str, start: int, company_start: int) -> list[Hit]:
    """The body before "and" that `_after_a_name_of_its_own` left out of a company's name, when
    its last word closes a body's name ("Punjab Revenue Authority"): a name of its own."""
    joined = _AND_BETWEEN.search(text, start, company_start) if company_start > start else None
    if joined is None or joined.end() != company_start:
        return []
    first = text[start : joined.start()]
    return [Hit(start, joined.start(), "ORG", ruled=True)] if _closes_a_body(first) else []


def _closes_a_body(name: str) -> bool:
    parts = words(name)
    return len(parts) > 1 and parts[-1].lower() in _WHOLE_BODY_ENDS


def _after_a_country_s(text: str, start: int, form: int) -> int:
    """ "Tanzania's Kagera Regional Power Company Limited": the company, not its country's possessive."""
    owner = _POSSESSIVE_WORD.match(text, start, form)
    if owner and (is_country(owner["w"]) or is_region(owner["w"])):
        return owner.end()
    return start


_POSSESSIVE_WORD = pattern(r"(?P<w>[A-ZÀ-Þ][\w-]*(?: [A-ZÀ-Þ][\w-]*)?)['’]s (?=[A-ZÀ-Þ])")


def _after_a_name_of_its_own(text: str, start: int, end: int) -> int:
    """ "Prairie Ember and Strathearn Kovacs LLP" -> "Strathearn Kovacs LLP" where the release also
    names "Prairie Ember" without the rest: two names joined, not one company's ("Norhaven Pumps and
    Valves Limited", whose first words the text never writes alone)."""
    joined = _AND_BETWEEN.search(text, start, end)
    if joined is None:
        return start
    listed = text[start - 2 : start] == ", " and joined[0] == " and "
    if listed and _LIST_ITEM_BEFORE.search(text, max(0, start - 120), start):
        return joined.end()  # "Red Mesa Bank, Llano Savings and Ostermann Bank AG": a list's last two items
    first, whole = text[start : joined.start()], text[start:end]
    if _closes_a_body(first) or _a_body_of_its_own(text[joined.end() : end]):
        return joined.end()
    # each writing of the whole name holds the first words once or more ("Marlow & Marlow LLP")
    return joined.end() if text.count(first) > text.count(whole) * whole.count(first) else start


def _a_body_of_its_own(second: str) -> bool:
    """The name after the "and" holds a body's kind past its first word: "Kessler & Wirth Bank AG"
    after "Banque Mosellane d'Investissement et" is a bank of its own ("Smith and Company Ltd" is
    one firm)."""
    return any(w.lower() in gz.ORG_HEADS for w in words(second)[1:])


_LIST_NAME = r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*"
_LIST_ITEM_BEFORE = pattern(rf"{_LIST_NAME}, {_LIST_NAME}, $")  # two names of a list before


_NAME_OPENING_HONORIFICS = frozenset(["sri", "seri", "shri"])


def _name_start_before(text: str, end: int) -> int | None:
    """Where the capitalised name before a legal form starts (joined by "and", "of", "&"...), on
    its line; not an opening word the text writes in lower case elsewhere ("Shares", "Today")."""
    line_start = text.rfind("\n", 0, end) + 1
    breaks = [m.end() for m in _NAME_BREAK.finditer(text, line_start, end)]
    line_start = breaks[-1] if breaks else line_start  # "14 October 2025 – Savanna Cold Chain Limited"
    tokens = list(_TOKEN.finditer(text, line_start, end))[-8:]
    taken: list[re.Match[str]] = []
    for at, token in reversed(list(enumerate(tokens))):
        word = token["word"]
        if at and _ELIDED_NAME_WORD.fullmatch(word) and _NAME_TOKEN.fullmatch(tokens[at - 1]["word"]):
            taken.append(token)  # "Dumont Peeters Réviseurs d'Entreprises SRL": an elided article inside
            continue
        # "Sri" opens a person's name as a form of address ("Datuk Seri Aminah Yusof of Lumen Berhad")
        # and a company's or a country's as its word ("Sri Pulai Frozen Foods Sdn. Bhd.", "Sri Lanka
        # Telecom PLC")
        named = word.lower() in _NAME_OPENING_HONORIFICS and not any(t["word"] == "of" for t in taken)
        if (word.lower() in gz.TITLE_WORDS and not named) or (
            word in _JOBS_OF and taken and taken[-1]["word"] == "of"
        ):
            # "Helen Price, CEO of Fjordline Ltd", "Exploration Manager of Karo Mining Limited": a
            # title is no part of the name, nor is the person it heads ("Datuk Seri Aminah Yusof of
            # Lumen Berhad")
            return _after_person_of(taken) or _opened_name(text, line_start, taken)
        if taken and token["open"] == "(" and _BRACKETED_PLACE.fullmatch(word):
            if taken[-1]["word"] in _NAME_JOINERS:
                break  # "the Water Commission (NWC) and the Acme Ltd": the bracket ends the name before
            taken.append(token)  # "Lingnan Crest (Foshan) Smart Logistics Co., Ltd.": the seat's town inside
            continue
        if not (_NAME_TOKEN.fullmatch(word) or (taken and word in _NAME_JOINERS)) or _MODIFIER.search(word):
            break  # "Perth-based Sandgate Marine Pty Ltd": the town describes the company
        if taken and taken[-1]["word"] == "et" and is_settlement(word):
            break  # "à Annecy et Altane Polska sp. z o.o.": a town, then the company
        if taken and taken[-1]["word"] in ("and", "&", "et") and word.lower() in _COMPANY_ENDS:
            break  # "Panay Supply Corporation and Sta. Barbara Rentals, Inc.": one company ends there
        if taken and (
            word.endswith(".")
            and (len(word) > 4 or word.isupper() and len(word) > 3)
            or _LEGAL_FORM.fullmatch(f"A {word}", 1)
        ):
            break  # "in Souris. Harbour Ltd", "TVA. Rhodanie SA", "Acme Inc. and Beta Ltd": it starts after
        taken.append(token)
        if token["open"]:
            break  # "(Acme Holdings Ltd)": a bracket or a quote opens the name
    return _opened_name(text, line_start, taken)


def _after_person_of(taken: list[re.Match[str]]) -> int | None:
    """Where the name starts after "<person> of", reading `taken` from the legal form back."""
    of = max((i for i, t in enumerate(taken) if t["word"] == "of"), default=None)
    if not of:
        return None
    after = of - 1 if of < 2 or taken[of - 1]["word"] != "the" else of - 2  # "Director of the Acme Ltd"
    return taken[after].start("word")


def _opened_name(text: str, line_start: int, taken: list[re.Match[str]]) -> int | None:
    """Where the name in `taken` (read from the legal form back) starts, once the words that open
    a sentence or join names are dropped from its front."""
    opening = False  # once an opening word goes, the next word opens the name
    while taken and (
        taken[-1]["word"] in _NAME_JOINERS or _lower_opening(text, line_start, taken[-1], opening)
    ):
        opening = taken.pop()["word"] not in _NAME_JOINERS or opening
    if not taken:
        return None
    start = taken[-1].start("word")
    if _AFTER_DETERMINER.search(text, max(0, start - 4), start):  # "the Main Market of Acme Berhad"
        parts = [t["word"] for t in reversed(taken)]
        if of := next((i for i, w in enumerate(parts) if w in ("of", "de", "du", "des")), 0):
            start = taken[-(of + 2)].start("word") if len(parts) > of + 1 else start
    return start


def _lower_opening(text: str, line_start: int, token: re.Match[str], opening: bool) -> bool:
    """A word opening the sentence, or following "the" or an opening word dropped before it, that
    the text also writes in lower case ("Today", "The Board of"), or a heading's "About"."""
    start = token.start("word")
    word = token["word"].lower()
    if not (
        opening
        or start == line_start
        or _OPENS_SENTENCE.search(text, max(0, start - 4), start)
        or _AFTER_DETERMINER.search(text, max(0, start - 4), start)
    ):
        return False
    if word in gz.GOVERNING_BODIES:
        return True  # "the Board of Kestrel Ridge Minerals Limited": the company is Kestrel's
    if word in gz.EN_FUNCTION_WORDS or word == "about" or token["word"].isupper() and len(word) > 3:
        return True  # "About Acme Inc.", the boilerplate's heading; "SOURCE Acme Inc.", a wire's line
    return written_in_lower_case(text, word)


# Two or three capitalised words after a capitalised title word, then prose or a stop: "Attorney
# General Renata Olmsted today announced", "Premier Jo Hale's plan".
# (the name in a lookahead, so that "Attorney General Renata Olmsted" is tried from "General"
# too: a match takes only the title, whose letters after its capital open no other match; and
# the title's capital first, then what may not stand before it, so that re jumps from capital
# to capital rather than trying the pattern at every offset)
_TITLED_NAME = pattern(
    r"(?P<title>[A-Z](?<![\w-].)[a-z]+)(?= (?P<name>[A-ZÀ-Þ][a-zà-ÿ-]+(?: [A-ZÀ-Þ][a-zà-ÿ-]+){1,2})"
    r"(?:['’]s\b| [a-z]|[,.;:)]|$))",
    re.MULTILINE,
)


def _titled_names(text: str, hits: list[Hit]) -> list[Hit]:
    """A person's name after a title ("Attorney General", "Mayor", "Chief Executive Officer"),
    found where the NER saw nothing: not a headline's words, a place or a body's."""
    found: list[Hit] = []
    for match in _TITLED_NAME.finditer(text):
        start, end = match.span("name")
        parts = [w.lower() for w in words(match["name"])]
        taken = [*hits, *found]
        if match["title"].lower() not in gz.TITLE_WORDS or overlaps(taken, start, end):
            continue
        if any(
            p in gz.TITLE_WORDS or p in gz.ORG_TAILS or p in gz.ORG_HEADS or p in gz.EN_FUNCTION_WORDS
            for p in parts
        ):
            continue
        hit = Hit(start, end, "PER", ruled=True)
        if not (is_settlement(match["name"]) or in_titled_line(text, hit) or _ordinary_name(text, parts)):
            found.append(hit)
    return found


# The words a body's name says what it is with: "Research Designs and Standards Organisation".
_BODY_KIND_WORDS = gz.ORG_HEADS | gz.ORG_TAILS | _BODY_WORDS
# ... and the last words of a programme, an event or a title ("County Executive Committee Member").
_NO_BODY_LAST = gz.NON_ENTITY_CUES | gz.TITLE_WORDS | _GRANTS
# The words read back from an acronym's bracket: a name's words, its joiners, French fields in
# lower case ("Fonds permanent pour le développement des collectivités territoriales (FPDCT)").
_EXPANSION_WORD = pattern(r"[\w'’&.-]+ ?$")


def _bodies_by_their_acronyms(text: str, hits: list[Hit]) -> list[Hit]:
    """A body the NER did not see, whose acronym the text gives in brackets after its name: the
    name opens on a capital, its words' initials spell the acronym, it holds a body's kind, and
    names no programme or event ("National Water Commission (NWC)"; not "Earnings Per Share
    (EPS)", "Green Homes Fund (GHF)"), or is a French fund the text gives an acronym. The acronym
    is the same body's other name."""
    found = []
    for match in _DEFINED_ACRONYM.finditer(text):
        end = match.start() - 1
        if text[end : match.start()] != " ":
            continue  # written "Name (ACR)"
        start = _expansion_start(text, end, match[1])
        if start is not None and (outer := _cut_inside_the_expansion(text, hits, start, end)):
            outer.end, outer.label, outer.ruled = end, "ORG", True
            continue
        if holder := next((h for h in hits if h.start < end <= h.end), None):
            _grown_to_its_acronym(text, holder, hits, end, match[1])
            continue  # a hit holds the name's last letter
        if start is None:
            continue
        lowered = [w.lower() for w in words(text[start:end])]
        cue = lowered[0] in gz.NON_ENTITY_CUES or lowered[-1] in _NO_BODY_LAST
        if not _fund_with_acronym(text, Hit(start, end, "ORG")) and (
            cue or _BODY_KIND_WORDS.isdisjoint(lowered)
        ):
            continue  # a French "Fonds ..." with its acronym is a body (`_fund_with_acronym`)
        found.append(Hit(start, end, "ORG", True))
        if not any(h.start <= match.start(1) < h.end for h in hits):
            found.append(Hit(match.start(1), match.end(1), "ORG", True))
    return found


def _cut_inside_the_expansion(text: str, hits: list[Hit], start: int, end: int) -> Hit | None:
    """A body's name the NER stopped at an "et" inside the words its bracketed acronym spells:
    "Cour de Justice de l'Union Économique" + " et Monétaire Ouest Africaine (UEMOA)"; the hits
    after it, up to the acronym, are the rest of that name."""
    outer = next((h for h in hits if h.start < start < h.end < end and text.startswith(" et ", h.end)), None)
    if outer is None or outer.label == "PER":
        return None
    for other in [h for h in hits if outer.end <= h.start and h.end <= end]:
        hits.remove(other)
    return outer


def _grown_to_its_acronym(text: str, hit: Hit, hits: list[Hit], end: int, acronym: str) -> None:
    """A body's name the NER began after an "et" its acronym spells over: "Communauté Économique" +
    "et Monétaire de l'Afrique Centrale (CEMAC)" is one name, the hit before it part of it."""
    if hit.end != end or hit.label == "PER" or fold(initials(text[hit.start : end])).upper() == acronym:
        return
    start = _expansion_start(text, end, acronym)
    if start is not None and start < hit.start and " et " in text[start : hit.start + 4]:
        hit.start, hit.label, hit.ruled = start, "ORG", True
        inside = [h for h in hits if h is not hit and start <= h.start and h.end <= end]
        for other in inside:
            hits.remove(other)  # the part before, now inside it


def _expansion_start(text: str, end: int, acronym: str) -> int | None:
    """Where the words before `end` that the acronym spells begin, at a capital, on the line."""
    at, taken = end, 0
    while taken < len(acronym) + 4:
        word = _EXPANSION_WORD.search(text, max(0, at - 40), at)
        if word is None or word.start() == 0 or text[word.start() - 1] != " ":
            break
        at, taken = word.start(), taken + 1
        # the word, or its name after an elided article ("de l'Union Économique ... (UEMOA)")
        for begin in (at, at + 2) if text[at + 1 : at + 2] in ("'", "’") else (at,):
            if text[begin].isupper() and fold(initials(text[begin:end])).upper() == acronym:  # "É": "CEMAC"
                return begin
    return None


# A word of its own in capitals and lower case ("Gqeberha", "Murang'a", "Ilishan-Remo").
_ONE_CAPITALISED_WORD = r"[A-ZÀ-Þ][a-zß-ÿ'ʻ’]+(?:-[A-ZÀ-Þ]?[a-zß-ÿ'ʻ’]+)*"
_CAPITALISED_WORD = pattern(_ONE_CAPITALISED_WORD)
_CAPITALISED_TOKEN = pattern(rf"(?<![\w'’.&@/-]){_ONE_CAPITALISED_WORD}(?![\w'’&@/-])")
_CAPITAL_AFTER = pattern(r" [A-ZÀ-Þ]")
_NAME_OF_BEFORE = pattern(r"[A-ZÀ-Þ][\w'’-]* of (?:the )?$")
_NAME_WORD_JUST_BEFORE = pattern(r"(?<![\w'’.-])[A-ZÀ-Þ][\w'’-]*\.? $")


def known_places_the_ner_missed(text: str, hits: list[Hit]) -> list[Hit]:
    """A country, a region or a city of 50,000 people, or a town of the release's own country,
    written as a word of its own where the NER saw nothing ("a berth at Gqeberha", "across Sabah,
    Pahang and Johor", "its Tetbury creamery" in a release from England), is a place; not a word
    of a longer name (a capitalised word on either side, or before its "of": "Westport Harbour
    Board", "Straits of Johor"), a dictionary's word or a given name, nor a name after a form of
    address ("Mr Kildare"). A smaller town abroad is not taken: the geodata's towns hold many
    names that are also words, people's or companies' names somewhere else."""
    covered = bytearray(len(text) + 1)  # a mask, asked of every capitalised word
    for hit in hits:
        covered[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
    found, country = [], release_country(text)
    for word in _CAPITALISED_TOKEN.finditer(text):
        start, end = word.span()
        if (
            covered[start]
            or _CAPITAL_AFTER.match(text, end)
            or (end - start < 4 and text[end : end + 1] == ".")
        ):
            continue  # a longer name's word; "Ind." (an abbreviation)
        if not _a_known_place(word[0], country) or _after_a_name_s_word(text, start):
            continue
        if is_given_name(word[0]) or (is_ordinary_word(word[0]) and not _a_country_mid_sentence(text, start)):
            continue
        found.append(Hit(start, _with_a_state_s_period(text, start, end), "LOC", True))
    return found + _two_word_places(text, covered, country)


# Two capitalised words of their own ("Te Puke", "Port Hedland", "Cold Spring").
_TWO_CAPITALISED_TOKENS = pattern(
    rf"(?<![\w'’.&@/-]){_ONE_CAPITALISED_WORD} {_ONE_CAPITALISED_WORD}(?![\w'’&@/-])"
)


def _two_word_places(text: str, covered: bytearray, country: str | None) -> list[Hit]:
    """A town of the release's own country, or a large place, whose name is two words the NER saw
    nothing of ("the Te Puke packhouse" in a release from New Zealand, "near Port Hedland"), on
    the terms of `known_places_the_ner_missed`: not inside a longer name."""
    found = []
    for run in _TWO_CAPITALISED_TOKENS.finditer(text):
        start, end = run.span()
        if any(covered[start:end]) or _CAPITAL_AFTER.match(text, end):
            continue
        if not _a_known_place(run[0], country) or _after_a_name_s_word(text, start):
            continue
        if is_given_name(run[0].split()[0]):
            continue
        found.append(Hit(start, end, "LOC", True))
    return found


def _a_known_place(name: str, country: str | None) -> bool:
    """A country, a region or a city of 50,000 people, or a town of the release's country."""
    return is_large_place(name) or _a_home_town(name, country)


def _after_a_name_s_word(text: str, start: int) -> bool:
    """Whether the word at `start` follows a name's word: a capitalised word before it inside a
    sentence ("Westport Harbour", "Mr Kildare"; not a sentence's first word, unless a form of
    address), or a name's "of" ("Straits of Johor")."""
    before = _NAME_WORD_JUST_BEFORE.search(text, max(0, start - 30), start)
    if before and (not _sentence_start(text, before.start()) or _an_honorific(before[0].rstrip(". "))):
        return True
    if text[start - 3 : start] != "of " or _ends_on_legal_form(text[max(0, start - 16) : start - 3]):
        return False  # "Ironbark Civil Pty Ltd of Perth": the company's town, no name's "of"
    return bool(_NAME_OF_BEFORE.search(text, max(0, start - 40), start))


def _ends_on_legal_form(words_before: str) -> bool:
    """The words end on a company's legal form ("... Pty Ltd", "... S.A.")."""
    last = words_before.rstrip().rsplit(" ", 1)[-1]
    return last.lower().rstrip(".") in gz.LEGAL_SUFFIXES or last.lower() in gz.LEGAL_SUFFIXES


def _a_country_mid_sentence(text: str, start: int) -> bool:
    """A country's name capitalised inside a sentence ("Our Barbados subsidiary", "sold in Turkey")
    is the country, though the dictionary holds its word ("turkey", "china"): at a sentence's start or
    in a heading, the capital tells nothing."""
    word = _CAPITALISED_TOKEN.match(text, start)
    if word is None or not is_country(word[0]) or _sentence_start(text, start):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    lower = sum(w[:1].islower() for w in line.split())
    return lower * 3 >= len(line.split())  # a line of prose, not a heading's capitals


def _a_home_town(word: str, country: str | None) -> bool:
    """A town of the release's country by that name, not an acronym ("MEL")."""
    return country is not None and not is_acronym(word) and is_town_of(word, country)


def _people_the_ner_missed(text: str, hits: list[Hit]) -> list[Hit]:
    titled = _titled_names(text, hits)
    titled += _double_barrelled_names(text, hits + titled)
    titled += _contact_names(text, hits + titled) + _names_before_their_numbers(text, hits + titled)
    titled += _names_across_a_slash(text, hits + titled) + _directors_by_initials(text, hits + titled)
    return titled + _names_before_their_jobs(text, hits + titled)


# A board's list on a line of its own, each director by initials without dots and surname, as South
# Africa's announcements may write them: "Directors: TM Dlamini* (Chairman), RJ van der Merwe CA(SA)"
# (with dots, "T.M. Dlamini", `_INITIALLED_NAME` reads them on any line).
_DIRECTORS_LINE = pattern(
    r"^[ \t]*(?:(?:Non-executive |Executive |Independent )?[Dd]irectors|Board of [Dd]irectors)[ \t]*:[ \t]*"
    r"(?P<list>[^\n]+)$",
    re.MULTILINE,
)
_UNDOTTED_INITIALS_NAME = pattern(
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Adv)\.? )?"
    r"(?P<name>[A-Z]{1,3} (?:(?:van der|van den|van|de|du|le) )?[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?)"
    r"(?![\w'’-])"
)


def _directors_by_initials(text: str, hits: list[Hit]) -> list[Hit]:
    """Each director of such a line a person, the NER's pieces of one ("van der Merwe CA(SA") given way."""
    if "irectors" not in text:
        return []
    found = []
    for line in _DIRECTORS_LINE.finditer(text):
        at = line.start("list")
        for item in line["list"].split(", "):
            m = _UNDOTTED_INITIALS_NAME.match(item.lstrip())
            if m is not None:
                start = at + len(item) - len(item.lstrip()) + m.start("name")
                hit = Hit(start, start + len(m["name"]), "PER", True)
                pieces = [h for h in hits if not h.ruled and h.start < hit.end and hit.start < h.end]
                for piece in pieces[:1]:
                    piece.start, piece.end, piece.label, piece.ruled = hit.start, hit.end, "PER", True
                if not pieces and not _in_the_way(hits, hit):
                    found.append(hit)
            at += len(item) + 2
    return found


# Two people a contact line names with a slash between them ("Rupert Gale / Anika Shah"), alone on it.
_PEOPLE_LINE = pattern(
    r"^[ \t]*(?P<a>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][a-zà-ÿ'’-]+){1,2})[ \t]*/[ \t]*"
    r"(?P<b>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][a-zà-ÿ'’-]+){1,2})[ \t]*$",
    re.MULTILINE,
)


def _names_across_a_slash(text: str, hits: list[Hit]) -> list[Hit]:
    """The second person of a contact line of two where the NER found the first as one (or the
    first where it found the second): the same shape, a person too, if its words may be a person's."""
    if " / " not in text:
        return []
    found = []
    people = [h for h in hits if h.label == "PER"]
    for match in _PEOPLE_LINE.finditer(text):
        for known, other in (("a", "b"), ("b", "a")):
            hit = Hit(*match.span(other), "PER", True)
            if (
                any(h.start == match.start(known) and h.end == match.end(known) for h in people)
                and _a_person_s_words(text, match[other])
                and not _in_the_way(hits, hit)
            ):
                found.append(hit)
    return found


# A contact line's person before the phone number or the e-mail address: "Investor relations:
# Lerato Mahlangu, +27 11 555 0197", "Media: Jo Tan, jo.tan@example.org".
_NAME_THEN_NUMBER_LINE = pattern(
    r"^[ 	]*[A-Z][A-Za-z &/-]{1,40}:[ 	]*"
    r"(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][a-zà-ÿ'’-]+){1,2}),?[ 	]+(?:\+?\(?\d|[\w.-]+@)",
    re.MULTILINE,
)


def _names_before_their_numbers(text: str, hits: list[Hit]) -> list[Hit]:
    """The person a contact line names before a phone number or an e-mail address, whatever the
    NER took the name for; not a body or a place named there ("Press office: City Hall, 555 0100")."""
    found = []
    for match in _NAME_THEN_NUMBER_LINE.finditer(text):
        hit = Hit(*match.span("name"), "PER", True)
        if _a_person_s_words(text, match["name"]) and not _in_the_way(hits, hit):
            found.append(hit)
    return found


def _names_before_their_jobs(text: str, hits: list[Hit]) -> list[Hit]:
    """A contact or signature line opening on a name, a comma and the person's job ("Einar Þór
    Helgason, CFO, tel. +354 ...", "Issued by: Mthunzi Kobese, Spokesperson for the Mayor"): a
    person, whatever the NER took part of the name for. Not a body before its role ("Harbour
    Board, Chair"): no word of the name is a body's, a title's or one the text writes in lower case."""
    found = []
    for match in _NAME_THEN_JOB_LINE.finditer(text):
        hit = Hit(*match.span("name"), "PER", True)
        job = _after_an_owner([w.lower() for w in words(match["job"])])
        if (
            job
            and job[0] in gz.TITLE_WORDS
            and _a_person_s_words(text, match["name"])
            and not _in_the_way(hits, hit)
        ):
            found.append(hit)
    return found


def _after_an_owner(job: list[str]) -> list[str]:
    """A job's words from its title after the body that gives it, named in the possessive
    ("Magnolia Bayou's general manager", "the company's chief executive", "Tidewater Mills'
    finance director")."""
    owner = next((i for i, w in enumerate(job[:4]) if w.endswith(("'s", "’s", "s'", "s’"))), None)
    if owner is None:
        return job
    title = next((i for i in range(owner + 1, min(owner + 4, len(job))) if job[i] in gz.TITLE_WORDS), None)
    return [] if title is None else job[title:]


_NAME_THEN_JOB_LINE = pattern(
    r"^[ \t]*(?:(?:Issued by|Contact|Media contact|Press contact|Enquiries)[ \t]*:[ \t]*)?"
    r"(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][a-zà-ÿ'’-]+){1,2}), (?P<job>[A-Za-zÀ-ÿ][^,\n]{1,60})",
    re.MULTILINE,
)
_NOT_IN_A_PERSONS_NAME = gz.ORG_TAILS | gz.ORG_HEADS | gz.TITLE_WORDS | gz.CUE_WORDS


def _a_person_s_words(text: str, name: str) -> bool:
    """No place the geodata knows, no word of a body's, a title's or a cue's, none the text writes
    in lower case: a contact line's name may be a person's."""
    if _known_name(name):
        return False
    return not any(
        p.lower() in _NOT_IN_A_PERSONS_NAME or written_in_lower_case(text, p.lower()) for p in words(name)
    )


def _with_signatures(text: str, hits: list[Hit]) -> list[Hit]:
    """A signature in capitals, alone on its line (perhaps in brackets) over its signer's job title,
    is a person, whatever the NER called it ("CHINWE OKAFOR-DANIELS" over "Director, Public
    Affairs"; "(K. LAKSHMI PRASANNA)" over "Chief Public Relations Officer")."""
    if "\n" not in text:
        return hits
    signed = []
    for match in _SHOUTED_NAME_LINE.finditer(text):
        name, saint = match["name"], ("st", "st.")  # "SHERMA ST. ROSE-AUGUSTIN": a saint's name inside
        cues = [w for w in words(name)[:-1] if w.lower() not in saint] + [words(name)[-1]]
        if any(w.lower() in gz.CUE_WORDS for w in cues) or _known_name(name):
            continue  # "MEDIA RELEASE", "NATIONAL WORKS AGENCY", "ABUJA": a heading or a place
        job = [w.lower() for w in words(_line_below(text, match.end()))]
        if gz.names_a_job(job) and len(job) <= _JOB_LINE_WORDS:
            signed.append(Hit(*match.span("name"), "PER", True))
    return [h for h in hits if not overlaps(signed, h.start, h.end)] + signed


def _line_below(text: str, end: int) -> str:
    """The line after the one ending at `end`: what a name line in a contact block stands over."""
    after = text.find("\n", end + 1)
    return text[end + 1 : after if after >= 0 else len(text)]


_JOB_LINE_WORDS = 10  # "Chief Public Relations Officer", "Director, Public Affairs": a short line
_SHOUTED_NAME_LINE = pattern(  # "(K. LAKSHMI PRASANNA)", "SHERMA ST. ROSE-AUGUSTIN", "ABENA MENSAH (MRS)"
    r"^[ \t]*\(?(?P<name>(?:[A-Z]\. ?)*[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+\.?){1,3})\)?"
    r"(?:[ \t]+\((?:MRS|MR|MS|MISS|DR|PROF)\.?\))?[ \t]*$",
    re.MULTILINE,
)


def _contact_names(text: str, hits: list[Hit]) -> list[Hit]:
    """A contact block's person: a line holding only a name (perhaps after a rank or a form of
    address), given name first or surname double-barrelled, over a line with a phone number, an
    e-mail or a job title ("Capt. Rhea Dolan" over "Public Information Officer, Harbour Fire
    Service"), or over the firm's name and then such a line ("Shauna Pettibone", "Palouse Grain
    Technologies Corp.", "(509) 555-0126")."""
    found = []
    for match in _NAME_LINE.finditer(text):
        hit = Hit(*match.span("name"), "PER", True)
        title = (match["title"] or "").lower()
        if title and title not in gz.TITLE_WORDS and title.rstrip(".") not in gz.TITLE_WORDS:
            continue
        below = _line_below(text, match.end())
        job = any(w.lower() in gz.TITLE_WORDS for w in words(below.split(",")[0]))
        firm = _TITLED_SHORT_LINE.fullmatch(below) and _holds_contact(
            _line_below(text, match.end() + 1 + len(below))
        )
        if (job or firm or _holds_contact(below)) and not _in_the_way(hits, hit):
            found += [hit] if _given_name_first(text, hit) or _named_like_a_person(text, hit) else []
    return found


_NAME_LINE = pattern(  # "Sgt. Terrell Ashby-Moore"
    r"^[ \t]*(?:(?P<title>[A-Z][a-z]{1,5}\.?) )?"
    r"(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’-]+ [A-ZÀ-Þ][a-zà-ÿ'’-]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?)[ \t]*$",
    re.MULTILINE,
)
# A line of one to six capitalised words: a firm's or a department's name under a contact's.
_TITLED_SHORT_LINE = pattern(
    r"[ \t]*[A-ZÀ-Þ][\w'’&.,-]*(?: (?:[A-ZÀ-Þ&][\w'’&.,-]*|of|and|for|de|du|des)){0,5}[ \t]*"
)


def _double_barrelled_names(text: str, hits: list[Hit]) -> list[Hit]:
    """A given name before a double-barrelled surname names a person where the NER saw nothing
    ("Detective Constable Aisha Okafor-Lyne, a financial investigator"), after a title however long."""
    if "-" not in text:
        return []
    found = []
    for match in _NAME_THEN_DOUBLE_BARRELLED.finditer(text):
        hit = Hit(*match.span(), "PER", True)
        more = _CAPITAL_WORD_AFTER.match(text[hit.end : hit.end + 30])
        if more and more.group(1) not in gz.POST_NOMINALS:
            continue  # "African Export-Import Bank": a longer name
        # the NER's "Ojukwu-Hale" gives way to the person; its "Technopôle Brest-Iroise" stays
        if not _in_the_way(hits, hit, whole_name_stays=True) and not in_titled_line(text, hit):
            found += [hit] if _named_like_a_person(text, hit) else []
    return found


# (the capital first, then what may not stand before it: re jumps from capital to capital)
_NAME_THEN_DOUBLE_BARRELLED = pattern(
    r"[A-ZÀ-Þ](?<![\w'’.-].)[a-zà-ÿ]+ [A-ZÀ-Þ][a-zà-ÿ'’]+-[A-ZÀ-Þ][a-zà-ÿ'’]+(?![\w-])"
)


def _ordinary_name(text: str, parts: list[str]) -> bool:
    """A word of the name the text also writes in lower case ("Minister Announces New Funding")."""
    return any(written_in_lower_case(text, p) for p in parts)


def _type_places_named_by_orgs(text: str, hits: list[Hit]) -> None:
    """ "Calder Vale" alone where "Calder Vale Council" is named: the place the body is named after."""
    places = set()
    for hit in hits:
        match = PLACE_NAMED_BY_ORG.match(text[hit.start : hit.end])
        if match and hit.label == "ORG":
            places.add(match.group(1))
    for hit in hits:
        if text[hit.start : hit.end] in places:
            hit.label, hit.ruled = "LOC", True


_COLUMN_GAP = pattern(r" {3,}|\t|[ \t]*\|[ \t]*")
_BLANK_GAP = pattern(r" {3,}|\t")


def _cut_at_column_gaps(text: str, hits: list[Hit]) -> list[Hit]:
    """ "Old Harbour Health Centre      St. Catherine": a table laid out with spaces; a name never
    runs across its columns, so a hit is cut where a run of spaces, a tab or a bar parts them
    ("Fromagerie des Deux-Rives | Trois-Pistoles"; the next column's words are of no type the NER
    saw: the parish beside a clinic's name)."""
    if "   " not in text and "\t" not in text and "|" not in text:
        return hits  # no column laid out with blanks or bars: most releases
    cut = []
    for hit in hits:
        start, label = hit.start, hit.label
        # a bar parts a name the NER typed; what it left untyped across bars stays whole, no name
        # ("41 Falcon | |": a table's figures and a product)
        gaps = _COLUMN_GAP if label != "MISC" else _BLANK_GAP
        for gap in gaps.finditer(text, hit.start, hit.end):
            cut.append(Hit(start, gap.start(), label, hit.ruled))
            start, label = gap.end(), "MISC"
        cut.append(Hit(start, hit.end, label, hit.ruled) if start != hit.start else hit)
    return [h for h in cut if h.end > h.start]


# --- joining neighbours the NER split -------------------------------------------------------


# Names joined by a dash with no blank that make one name: a riding, which Canada writes with an em
# dash ("Acadie—Bathurst"), or with an en dash after what names a seat or an area ("député de
# Rivière-du-Loup–Témiscouata", "le quartier Vauban–Esquermes"); a campus ("University of
# Wisconsin–Madison"). Not a route between two towns ("the Nakuru–Eldoret highway", "la traverse
# Matane–Baie-Comeau"), the en dash's common use. The NER stops at the dash.
_DASH_ON = pattern(r"(?:[–—][A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w'’-]*)*)+")
_DASH_BEFORE = pattern(r"(?<![\w'’.–—-])(?:[A-ZÀ-Þ][\w'’-]*[–—])+$")
_AREA_BEFORE = pattern(
    r"(?:\b(?:députée?|circonscription|arrondissement|quartier|riding|constituency|borough)"
    rf"|\b(?:{'|'.join(sorted(gz.SEAT_LETTERS))}|Member|member) for)"
    r"(?: (?:de la|de l['’]|de|du|d['’]|of|the))? ?$"
    r"|(?<![\w'’])(?:[Ll]e|[Ll]a|[Dd]u|[Aa]u|[Ll]['’]) ?$"  # a French article alone: "le Saguenay–Lac-..."
)


def _dash_joined(text: str, hits: list[Hit]) -> list[Hit]:
    if "–" not in text and "—" not in text:
        return hits  # most releases: no dash to join over
    grown: list[Hit] = []
    hits = [piece for hit in hits for piece in _at_a_route_s_dash(text, hit)]
    for hit in hits:
        start, end = hit.start, hit.end
        if (
            hit.label != "PER"
            and text.startswith(("–", "—"), hit.end)
            and (on := _DASH_ON.match(text, hit.end))
        ):
            hit.end = on.end()
        if hit.label != "PER" and hit.start > 0 and text[hit.start - 1] in "–—":
            before = _DASH_BEFORE.search(text, max(0, hit.start - 60), hit.start)
            hit.start = before.start() if before else hit.start
        if (hit.start, hit.end) == (start, end):
            continue
        if _one_name_by_its_dash(text, hit, start, end):
            grown.append(hit)
        else:
            hit.start, hit.end = start, end
    joined: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        last = joined[-1] if joined else None
        if last and hit.start < last.end and (last in grown or hit in grown):
            # a name the grown one now holds is part of it: "Petite-Patrie" of "Rosemont–La Petite-Patrie"
            last.end = max(last.end, hit.end)
            last.label = "ORG" if "ORG" in (last.label, hit.label) else last.label
        else:
            joined.append(hit)
    return joined


def _one_name_by_its_dash(text: str, hit: Hit, start: int, end: int) -> bool:
    """Whether the name grown over a dash from text[start:end] is one name: a riding's em dash, an
    area's word before it, or a body of several words that names its kind ("University of
    Wisconsin" + "–Madison"; not a road, "Bhadrachalam Road" + "–Sattupalli")."""
    if "—" in text[hit.start : hit.end] or _AREA_BEFORE.search(text, max(0, hit.start - 40), hit.start):
        return True
    named = {w.lower() for w in words(text[start:end])}
    return hit.label == "ORG" and start == hit.start and len(named) > 1 and not _BODY_KINDS.isdisjoint(named)


_INNER_DASH = pattern(r"(?<=[^\W\d_])[–—](?=[A-ZÀ-Þ])")


def _at_a_route_s_dash(text: str, hit: Hit) -> list[Hit]:
    """A name the NER ran over a dash, cut there unless the dash makes one name of it: "Cebu–Bohol"
    (a route) is two places."""
    dashes = list(_INNER_DASH.finditer(text, hit.start, hit.end))
    first = dashes[0].start() if dashes else hit.end
    if not dashes or hit.label == "PER" or _one_name_by_its_dash(text, hit, hit.start, first):
        return [hit]
    bounds = [hit.start, *(at for d in dashes for at in (d.start(), d.end())), hit.end]
    return [Hit(a, b, hit.label) for a, b in zip(bounds[::2], bounds[1::2], strict=True)]


def _join_neighbours(text: str, hits: list[Hit]) -> list[Hit]:
    joined: list[Hit] = []
    for hit in hits:
        prev = joined[-1] if joined else None
        if prev and _muhammad_before(text, prev, hit):
            prev.end, prev.label = hit.end, "PER"  # "Md. Shahriar" + " Kabir Chowdhury": one person
            continue
        if prev and _saint_inside(text, prev, hit):
            prev.end, prev.label = hit.end, "LOC"  # "Sault Ste" + ". " + "Marie": one town
            continue
        if prev and _belong_together(text, prev, hit):
            prev.end = hit.end
            prev.label = "ORG" if "ORG" in (prev.label, hit.label) else prev.label
        else:
            joined.append(hit)
    return joined


def _saint_inside(text: str, prev: Hit, hit: Hit) -> bool:
    """A place whose name holds a saint's or a mount's short form, which the NER cut at its dot
    ("Sault Ste" + ". " + "Marie", "Port St" + ". " + "Lucie"): the atlas knows the whole name."""
    first = text[prev.start : prev.end]
    return (
        text.startswith(". ", prev.end)
        and hit.start == prev.end + 2
        and " " in first
        and first.rsplit(" ", 1)[1].upper() in _SAINT_ABBREVIATIONS
        and is_settlement(text[prev.start : hit.end])
    )


# Muhammad abbreviated before the given names, as South Asia writes it ("Md.", "Mohd", "Muhd"): a
# person's name opens there, which the NER may cut off as a name of its own.
_MUHAMMAD = pattern(r"(?:Md|Mohd|Muhd)\.? [A-Z][a-z]+(?: [A-Z][a-z]+)?")


def _muhammad_before(text: str, prev: Hit, hit: Hit) -> bool:
    """ "Md. Shahriar" right before the person the NER found: the same person's name."""
    return (
        hit.label == "PER"
        and prev.end + 1 == hit.start
        and bool(_MUHAMMAD.fullmatch(text, prev.start, prev.end))
    )


# Kinds of body a name ends with: "Confederation College and Lakehead University" are two.
_BODY_KINDS = frozenset(
    ["college", "university", "council", "institute", "school", "hospital", "foundation", "trust"]
    + ["agency", "authority", "commission", "association", "society", "museum", "bank", "centre", "center"]
)
_AND = pattern(r" (?:and|&) ")
# ... and "et" with its article in French: "du ministère de la Culture et du ministère de l'Éducation"
_AND_OR_ET = pattern(r" (?:and|&) | et (?:du |de la |de l['’]|des )?")


def _split_joined_bodies(text: str, hits: list[Hit], links: list[tuple[Hit, Hit]]) -> list[Hit]:
    """An organisation the NER ran over "and" into a second one, each named with its kind, or
    over a possessive into what it owns (`_owner_and_owned`)."""
    found = []
    for hit in hits:
        if (owned := _owner_and_owned(text, hit, hits, links)) is not None:
            found += owned
            continue
        if (comma := text.find(", ", hit.start, hit.end)) > 0 and _town_then_region(text, hit, comma):
            found += [Hit(hit.start, comma, "LOC", True), Hit(comma + 2, hit.end, "LOC", True)]
            continue  # "Perth, Western Australia": a town and its state, not one body
        if (
            comma > 0
            and hit.label == "ORG"
            and _head_of(text[hit.start : comma])
            and _head_of(text[comma + 2 : hit.end])
        ):
            found += [Hit(hit.start, comma, "ORG", True), Hit(comma + 2, hit.end, "ORG", True)]
            continue  # "Department of Fisheries, Government of India": a department and its government
        if comma > 0 and hit.label == "ORG" and _listed_before_and(text, hit, comma):
            found += [Hit(hit.start, comma, "ORG", True), Hit(comma + 2, hit.end, "ORG", True)]
            continue  # "to Swissmedic, Health Canada and the MHRA": two bodies of a list
        joint = _AND.search(text, hit.start, hit.end) if hit.label == "ORG" else None
        if joint and (body := _headed_body_after(text, hit, joint)):
            found += [Hit(hit.start, joint.start(), "ORG", True), body]
            continue  # "Department of Homeland Security and the U.S. Department of Agriculture"
        again = _second_of_the_same_kind(text, hit) if hit.label == "ORG" else None
        joint = again or joint  # "College of Arts and Sciences and College of Education": at the second kind
        first, second = (text[hit.start : joint.start()], text[joint.end() : hit.end]) if joint else ("", "")
        if joint and (again or (_names_a_body(first, True) and _names_a_body(second, True))):
            found += [Hit(hit.start, joint.start(), "ORG", True), Hit(joint.end(), hit.end, "ORG", True)]
        else:
            found.append(hit)
    return found


_LIST_GOES_ON = pattern(r",? (?:and|et|&) ")


def _listed_before_and(text: str, hit: Hit, comma: int) -> bool:
    """Two names over one comma that a list goes on after with "and": "Swissmedic, Health Canada
    and the MHRA"; not a campus or a town after its body ("University of California, Berkeley"),
    nor a legal form ("Accenture, Inc.")."""
    second = text[comma + 2 : hit.end]
    first = (words(second) or [""])[0]
    if _body_with_domains(text, hit) and _domain_words(second):
        return False  # "the Ministry of Agriculture, Fisheries" + " and Agrarian Reform": its domains
    return (
        first[:1].isupper()
        and first.lower().rstrip(".") not in gz.LEGAL_SUFFIXES
        and not _LEGAL_FORM.fullmatch(f"A, {second}", 1)  # "Ridgeline Bank, N.A. and ..."
        and text.find(", ", comma + 2, hit.end) < 0
        and bool(_LIST_GOES_ON.match(text, hit.end))
        and not is_settlement(second)
    )


_OWNS = pattern(r"['’]s (?=[A-ZÀ-Þ])")


def _owner_and_owned(text: str, hit: Hit, hits: list[Hit], links: list[tuple[Hit, Hit]]) -> list[Hit] | None:
    """A body and what it owns, run into one name over the possessive: "U.S. Department of
    Energy's Pacific Northwest National Laboratory", "Ulster University's Coleraine campus". The
    owner is a body named with its kind, or one word another body of the text opens or ends with
    ("Memorial's", "Ecology's": that body, by a short name). What it owns is a name where it holds a
    body's or a site's kind, or is a town; else it is left out ("Queensland Health's System
    Manager"). "St Michael's Hospital" and "Moody's Investors Service" stay whole. (An owner named
    by a generic noun or an acronym, "the Ministry's", "DOE's", was cut by `_after_owner`.)"""
    if hit.label not in ("ORG", "LOC") or "s " not in text[hit.start : hit.end]:
        return None
    owns = _OWNS.search(text, hit.start, hit.end)
    if owns is None:
        return None
    owner, owned = text[hit.start : owns.start()], text[owns.end() : hit.end]
    parts = words(owner)
    body = len(parts) > 1 and any(p.lower() in gz.ORG_HEADS for p in parts)
    named = None
    if not body and len(parts) == 1:
        others = ((h, words(text[h.start : h.end])) for h in hits if h is not hit and h.label == "ORG")
        named = next((h for h, o in others if len(o) > 1 and owner in (o[0], o[-1])), None)
    if not body and named is None:
        return _place_and_its_site(hit, owns, owner, owned)
    found = [Hit(hit.start, owns.start(), "ORG", True)]
    if named is not None:
        links.append((found[0], named))
    kinds = [p.lower() for p in words(owned)]
    if (kinds and kinds[-1] in gz.SITE_TAILS) or is_settlement(owned):
        found.append(Hit(owns.end(), hit.end, "LOC", True))
    elif len(kinds) > 1 and any(k in gz.ORG_HEADS for k in kinds):
        found.append(Hit(owns.end(), hit.end, "ORG", True))
    return found


_SITE_OR_VENUE_TAILS = gz.SITE_TAILS | gz.VENUE_TAILS


def _place_and_its_site(hit: Hit, owns: re.Match[str], owner: str, owned: str) -> list[Hit] | None:
    """A town and a site in it, run into one name over the possessive: "Wodonga's Baranduda Sports
    Complex", two places; a city the geodata knows (not a village's name that is also a word or a
    name's: "King's Mill Hospital"), a site named with its kind."""
    kinds = [p.lower() for p in words(owned)]
    if len(kinds) < 2 or kinds[-1] not in _SITE_OR_VENUE_TAILS or not is_city(owner):
        return None
    return [Hit(hit.start, owns.start(), "LOC", True), Hit(owns.end(), hit.end, "LOC", True)]


# A body named by its kind after "and", perhaps after its country: "the U.S. Department of Agriculture".
_HEADED_AFTER = pattern(
    r"(?:the )?(?P<body>(?:U\.S\. |US |UK |State |Federal )?(?P<kind>[A-Z][a-z]+) (?:of|for) (?:the )?"
    r"[A-ZÀ-Þ][\w'’-]*(?: (?:and |& )?[A-ZÀ-Þ][\w'’-]*){0,3})"
)


def _headed_body_after(text: str, hit: Hit, joint: re.Match[str]) -> Hit | None:
    """The second of two bodies each named by its kind, which the NER ran into one and cut short
    ("Department of Homeland Security and the U"): the second, read whole from the text."""
    if not _head_of(text[hit.start : joint.start()]):
        return None
    m = _HEADED_AFTER.match(text, joint.end())
    if m is None or m["kind"].lower() not in gz.ORG_HEADS or m.end() < hit.end:
        return None
    return Hit(m.start("body"), m.end("body"), "ORG", True)


def _second_of_the_same_kind(text: str, hit: Hit) -> re.Match[str] | None:
    """The "and" before a second body named with the first one's kind, past an "and" inside the first."""
    kind = text[hit.start : hit.end].split(" ", 1)[0]
    if kind.lower() not in _BODY_KINDS and kind.lower() not in gz.ORG_HEADS:
        return None
    return next(
        (j for j in _AND_OR_ET.finditer(text, hit.start, hit.end) if text.startswith(kind + " ", j.end())),
        None,
    )


def _town_then_region(text: str, hit: Hit, comma: int) -> bool:
    town, region = text[hit.start : comma], text[comma + 2 : hit.end]
    return is_settlement(town) and (is_region(region) or is_country(region)) and not is_region(town)


_HEADED = pattern(r"(?:The )?([A-Z][a-z]+) (?:of|for) (?:the )?[A-ZÀ-Þ]")


def _head_of(name: str) -> bool:
    """A body named by its kind and what it is of: "Department of Fisheries", "Government of India"."""
    m = _HEADED.match(name)
    return m is not None and m.group(1).lower() in gz.ORG_HEADS


def _names_a_body(name: str, or_firm: bool = False) -> bool:
    """A name of two words or more that ends with a body's kind ("Lakehead University"), or with
    `or_firm` a firm's trade or legal form ("Argyle Street Partners", "Cottesloe Capital Pty Ltd")."""
    parts = words(name)
    if len(parts) < 2 or not parts[0][:1].isupper() or "," in name:
        return False
    last, first = parts[-1].lower(), parts[0].lower()
    if last in _BODY_KINDS:
        return True
    # a firm's own name first: not "Development Corp." of "Tri-Star Construction and Development Corp."
    trade = first in gz.FIRM_WORDS or first in _TRADES_OPENING
    return or_firm and not trade and (last in gz.FIRM_WORDS or last.rstrip(".") in gz.LEGAL_SUFFIXES)


_TRADES_OPENING = frozenset(["development", "trading", "management", "general", "allied", "industrial"])


def _legal_form_after(text: str, hit: Hit) -> bool:
    """Whether the hit ends with a company's legal form, or one follows it in lower case."""
    parts = words(text[hit.start : hit.end])
    ends = len(parts) > 1 and parts[-1].lower().rstrip(".") in gz.LEGAL_SUFFIXES | _ABBREVIATED_FORMS
    return ends or bool(_LEGAL_FORM_AFTER.match(text, hit.end, hit.end + 40))


def _belong_together(text: str, prev: Hit, hit: Hit) -> bool:
    gap = text[prev.end : hit.start]
    if "\n" in gap or len(gap) > 12:
        return False
    if _SLASH_GAP.match(gap):  # "Région Centre / Val-de-Loire", "SN/TP"
        return True
    if gap == " " and _cut_at_a_space(text, prev, hit):
        return True
    if (
        prev.label == hit.label == "LOC"
        and _PLACE_PARTICLE_GAP.match(gap)
        and is_settlement(text[prev.start : hit.end])
    ):
        return True  # "Nioro" + " du " + "Rip": one town the atlas knows
    if gap == " of " and prev.label == "LOC" and text[hit.start].isupper() and _a_place(text, hit):
        # "the East Riding" + " of " + "Yorkshire": one area named after its region; not "the
        # Ashanti Region" + " of " + "Ghana", a region and the country it lies in
        return not is_country(text[hit.start : hit.end])
    if gap == ". " and _cut_at_an_abbreviation(text, prev, hit):
        return True
    if gap == " of " and prev.label == "ORG" and _kind_of_a_country(text, prev, hit):
        return True  # "the Central Bank" + " of " + "Kenya": the body of a country, one name
    if gap == ", " and prev.label == "ORG" and _LEGAL_FORM.fullmatch(f"A, {text[hit.start : hit.end]}", 1):
        return True  # "Wilson Pryce & Rosati" + ", " + "Professional Corporation"
    if gap in (" et ", " and ", " & ") and _one_name_over_and(text, prev, hit, gap):
        return True
    prev_text = _without_determiners(text[prev.start : prev.end])
    if prev_text.endswith(",") and not gap.strip() and prev.label == hit.label == "ORG":
        return True  # "the Department for Harbours," + "Canals and Waterways"
    head = head_word(prev_text)
    if head in gz.REGION_HEADS and len(words(prev_text)) == 1:
        return bool(_CONNECTOR_GAP.match(gap))  # "Province" + " du " + "Yunnan"
    if head in gz.ORG_HEADS:
        single_word_org = hit.label == "ORG" and len(words(text[hit.start : hit.end])) == 1
        if " et " in gap and head_word(text[hit.start : hit.end]) in gz.ORG_HEADS:
            return False  # "l'Université X et de la Métropole Y": two bodies, each with its kind
        return bool(_CONNECTOR_GAP.match(gap)) or (gap == " et " and single_word_org)
    return False


def _cut_at_a_space(text: str, prev: Hit, hit: Hit) -> bool:
    """Two hits a space apart that are one name the NER cut: "Wagner &" + "Thill Architectes" (a
    firm cut after its "&"), a name in two languages, a ministry cut in its domains, "Norvik" +
    "Hydrogen" (a company's name, the rest unlabelled; not "Oke-Ogun and" + "Ibarapa", a list the
    NER ran over its "and")."""
    if prev.label == "ORG" and text.endswith(" &", prev.start, prev.end):
        return True
    if _named_in_two_languages(text, prev, hit) or _ministry_cut_in_its_domains(text, prev, hit):
        return True
    return (
        prev.label == "ORG"
        and hit.label == "MISC"
        and _NAME_WORD.match(text, hit.start, hit.end) is not None
        and not text.endswith((" and", " et", " or", " ou"), prev.start, prev.end)
    )


def _ministry_cut_in_its_domains(text: str, prev: Hit, hit: Hit) -> bool:
    """ "the Department of Co-operative" + " " + "Governance and Traditional Affairs": a ministry's
    domains, which the NER cut in two with nothing between; the second names no body of its own."""
    return (
        prev.label == hit.label == "ORG"
        and _body_with_domains(text, prev)
        and _domain_words(text[hit.start : hit.end])
    )


def _kind_of_a_country(text: str, prev: Hit, hit: Hit) -> bool:
    """A body named by its kind ("Central Bank", "Competition Commission") and the country or
    region after "of" that it serves."""
    name = words(text[prev.start : prev.end])
    place = text[hit.start : hit.end]
    return len(name) > 1 and name[-1].lower() in _BODY_KINDS and (is_country(place) or is_region(place))


def _named_in_two_languages(text: str, prev: Hit, hit: Hit) -> bool:
    """A body named by its kind, then at once by its name in another language, one name ("NZ
    Transport Agency" + "Waka Kotahi"): the second's words are capitalised, some of them in no
    dictionary, none a body's word, a given name or a large place, and the whole no known place."""
    if prev.label != "ORG" or not text[prev.end - 1 : prev.end].isalpha():
        return False  # "Office," + "Agodi": a comma between
    if words(text[prev.start : prev.end])[-1].lower() not in _KINDS_BEFORE_A_SECOND_NAME:
        return False
    second = words(text[hit.start : hit.end])
    return (
        all(w[:1].isupper() and not is_given_name(w) and w.lower() not in gz.ORG_HEADS for w in second)
        and any(is_unknown_word(w) for w in second)
        and not any(is_large_place(w) for w in second)
        and not _known_name(text[hit.start : hit.end])
    )


_KINDS_BEFORE_A_SECOND_NAME = _BODY_KINDS | {"ministry", "department", "office", "service", "directorate"}


def _one_name_over_and(text: str, prev: Hit, hit: Hit, gap: str) -> bool:
    """Two hits either side of an "and" (`gap`) that are one name."""
    if (
        prev.label == "ORG"
        and _legal_form_after(text, hit)
        and not _LEGAL_FORM.search(text, prev.start, prev.end + 1)
        and not _a_body_of_its_own(text[hit.start : hit.end])
    ):
        return True  # "Groupe Vallée Portes" + " et " + "Fenêtres inc.": one company, its form at its end
    if gap != " et " and prev.label == "ORG" and _field_goes_on(text, prev, hit):
        return True  # "the Charity Commission for England" + " and " + "Wales"
    if gap != " et " and hit.label == "ORG" and _body_of_two_places(text, prev, hit):
        return True  # "Avon" + " and " + "Somerset Police"
    if hit.label in ("ORG", "LOC") and _fields_of_one_body(text, prev, hit):
        hit.label = "ORG"  # "Fisheries" + " and " + "Oceans Canada": a body, whatever the NER said
        return True
    return False


def _cut_at_an_abbreviation(text: str, prev: Hit, hit: Hit) -> bool:
    """ "ST" + ". " + "PAUL": a dateline's town in capitals, cut at its dot; "Ma" + ". " + "Teresa
    D. Villaluz": Maria abbreviated, the person's first name."""
    first = text[prev.start : prev.end]
    return (first in _SAINT_ABBREVIATIONS and prev.label == "LOC") or (
        hit.label == "PER"
        and (
            first in _GIVEN_NAME_ABBREVIATIONS
            # "Lourdes Ma" + ". " + "Bautista": a second given name, abbreviated, inside the name
            or (prev.label == "PER" and words(first)[-1] in _GIVEN_NAME_ABBREVIATIONS)
        )
    )


# Given names written abbreviated with a dot before the rest of a person's name: the Philippines'
# "Ma." (Maria), Malaysia's "Mohd." and Bangladesh's "Md." (Mohammed), English "Wm.", "Jas.", "Chas."
_GIVEN_NAME_ABBREVIATIONS = frozenset(["Ma", "Mohd", "Md", "Muhd", "Wm", "Jas", "Chas", "Thos", "Geo"])


def _body_of_two_places(text: str, prev: Hit, hit: Hit) -> bool:
    """A body named for two places, which the NER cut at the "and" between them: "Avon" + "Somerset
    Police", "Truro" + "Penwith College", "Cairns" + "Hinterland Hospital and Health Service". The
    first is a place the atlas knows, of one or two words and no kind; the second one word then
    a public body's kind. Not "Westpac" + "Commonwealth Bank", nor "Zorvanex" + "Kelbrite
    Holdings": companies; nor a country ("Kenya" + "Uganda Police": two countries, two forces)."""
    first, parts = text[prev.start : prev.end], words(text[hit.start : hit.end])
    if len(parts) < 2 or not 1 <= len(words(first)) <= 2 or is_acronym(first) or is_country(first):
        return False
    if not _known_name(first) or any(w.lower() in _BODY_KIND_WORDS for w in words(first)):
        return False
    kind = parts[1].lower()
    return kind in _BODY_KIND_WORDS and kind not in gz.LEGAL_SUFFIXES


def _fields_of_one_body(text: str, prev: Hit, hit: Hit) -> bool:
    """A body named for two fields, which the NER cut at the "and" between them: "Fisheries" +
    "Oceans Canada", "Texas Parks" + "Wildlife Foundation", "Pêches" + "Océans Canada". The words
    either side of the "and" are ordinary words, a dictionary's, the first no kind of body; the
    second name ends with a body's kind or a country; and the text writes the first alone nowhere.
    Not "Apple" + "Samsung Electronics", nor "Ofwat" + "Water Corporation": names of their own."""
    first = _without_determiners(text[prev.start : prev.end])  # "the Maui Visitors"
    before, after = words(first), words(text[hit.start : hit.end])
    if not 1 <= len(before) <= 3 or len(after) < 2 or before[-1].lower() in _BODY_KIND_WORDS:
        return False
    kind = after[-1].lower()
    if kind in gz.LEGAL_SUFFIXES or not (
        (kind in _BODY_KIND_WORDS and hit.label == "ORG") or is_country(after[-1])
    ):
        return False  # a body's kind, or a country's name: a place to the NER ("Océans Canada")
    if not all(w[:1].isupper() and not is_stop_word(w) for w in (before[0], before[-1], after[0])):
        return False  # "the European Union" after "and": an article, another name
    if not (is_ordinary_word(before[-1]) and is_ordinary_word(after[0])) or is_acronym(before[-1]):
        return False
    if _known_name(first) or is_country(before[-1]):
        return False  # "United States" + "and" + ..., "Western Canada" + "and" + "Mainland China"
    # named alone nowhere: "Texas Parks" before an "and" in each of three bodies' names is no body
    return re.search(rf"(?<![\w-]){re.escape(first)}(?! (?:and|et|&) )(?![\w'’-])", text) is None


# A body's field after "of" or "for" closing its name: "School of Marine Science", "Commission for England".
_FIELD_AT_END = pattern(r"\b(?:of|for)(?: the)? ([A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w'’-]*)?)$")


def _field_goes_on(text: str, prev: Hit, hit: Hit) -> bool:
    """A body named for two fields, which the NER cut at the "and" between them: "School of Marine
    Science" + "Ocean Engineering", "Charity Commission for England" + "Wales". The second is a
    field, not a body: no word of a kind, written nowhere else in the text; after a place, a place
    only ("for England and Wales", not "Commonwealth Bank of Australia and Westpac")."""
    field = _FIELD_AT_END.search(text, prev.start, prev.end)
    name = text[hit.start : hit.end]
    parts = words(name)
    if field is None or not 1 <= len(parts) <= 3 or any(p.lower() in gz.CUE_WORDS for p in parts):
        return False
    if "'s" in name or "’s" in name:
        return False  # "Kelvingrove University's Paisley": an owner's, no field
    if _known_name(field[1]):  # "Bank of Australia" + " and " + "Westpac": two banks
        return hit.label == "LOC" and _known_name(name)
    return hit.label != "PER" and text.count(name) == 1


# --- cleaning one hit ----------------------------------------------------------------------


def _clean(text: str, hit: Hit, links: list[tuple[Hit, Hit]]) -> list[Hit]:
    if (_in_shouted_line(text, hit) and not _shouted_body_line(text, hit)) or _fills_quotation(text, hit):
        return []
    if text.find("(", hit.start, hit.end) >= 0 and (
        acronym := _UNCLOSED_ACRONYM.search(text, hit.start, hit.end)
    ):
        name = _trim(text, Hit(hit.start, acronym.start(), hit.label))
        if name and _looks_like_name(text, name):  # "The Institute of Reef Science (AIRS": two forms
            short = Hit(acronym.start(1), acronym.end(1), name.label)
            links.append((name, short))
            return [name, short]
    if " of " in text[hit.start : hit.end] and (seated := _company_of_its_seat(text, hit)):
        return seated
    label = "PER" if _two_people(text[hit.start : hit.end]) else hit.label
    seat, member = _seat_then_member(text, hit)
    if member is not None and member is not hit and member.start >= hit.end:
        # "Kimberley MLA" + "Jodie Marangka": the NER's hit ends on the letters, her name after them
        # (read before the pieces below: trimming a piece drops the letters it ends on)
        return [h for h in (seat, member) if h]
    pieces = [_trim(text, Hit(s, e, label)) for s, e in _split_credit(text, Hit(hit.start, hit.end, label))]
    result = []
    for piece in filter(None, pieces):
        seat, member = _seat_then_member(text, piece)
        result += [seat] if seat else []  # "Kimberley" of "Kimberley MLA Carla Hoskins"
        if member is None:
            continue
        piece = member
        if (town := _before_a_title(text, piece)) is not piece:
            result += [town] if town else []  # "Kinross" of "Kinross Governor": the town, no title
            continue
        place, person = _place_then_person(text, piece)
        result += [place] if place else []  # "Calder North" before "Ada Ross": the title's place
        result += [p for p in _before_a_given_name(text, person) if _looks_like_name(text, p)]
    return _split_acronym_pair(text, result, links)


def _company_of_its_seat(text: str, hit: Hit) -> list[Hit] | None:
    """A company's name with its legal form, then "of" and the town it is based in, run into one
    name by the NER ("Antilles Power Systems Ltd of Port of Spain"): the company and its town, two
    names, where the geodata knows the town."""
    at = text.find(" of ", hit.start, hit.end)
    while at >= 0:
        seat = Hit(at + 4, hit.end, "LOC", True)
        place = text[seat.start : seat.end]
        if _ends_on_legal_form(text[hit.start : at]) and (is_settlement(place) or _country_or_region(place)):
            return [Hit(hit.start, at, "ORG", True), seat]
        at = text.find(" of ", at + 1, hit.end)
    return None


def _before_a_title(text: str, hit: Hit) -> Hit | None:
    """A title ends no body's or place's name but a person's ("Office of the Attorney General" has
    its "of"): "Kinross Governor", "Port Alder Mayor Hon" name the town, "Media Officer" nothing."""
    if hit.label == "PER":
        return hit
    parts = list(_WORD.finditer(text, hit.start, hit.end))
    end = len(parts)
    while end and parts[end - 1][0].lower().rstrip(".") in gz.TITLE_WORDS:
        end -= 1
    if end == len(parts) or len(parts) < 2 or any(p[0].lower() in _BODY_TIES for p in parts):
        return hit
    place = Hit(hit.start, parts[end - 1].end(), "LOC", True) if end else None
    named = [p[0].lower() for p in parts[:end]]
    if any(w in gz.CUE_WORDS or w in gz.CONTACT_LABELS or written_in_lower_case(text, w) for w in named):
        return None  # "Media Officer": no town called Media
    if place and _a_body_s_name([p[0] for p in parts[:end]]):  # "Napier City Council Mayor": the council
        return Hit(place.start, place.end, "ORG", True)
    return place if place and is_settlement(text[place.start : place.end]) else None


_BODY_TIES = _CONNECTORS | {"for", "d'", "d’"}  # the words that tie a body's kind to its field
# The last words of a document's or a rule's title ("Planning and Development Regulations",
# "International Financial Reporting Standards", "the Scottish Budget"); a body that ends on one
# is named with "of" ("Controller of Budget", "Faculty of Law" stays).
_DOCUMENT_TAILS = frozenset(
    ["regulations", "regulation", "rules", "standards", "standard", "ordinance", "provisions", "code", "bill"]
    + ["directive", "guidelines", "framework", "formula", "budget", "review", "statement"]
)
# "Register of Members"; a French code of law, "Code des assurances", "Code de la route"
_DOCUMENT_HEADS = frozenset(["register", "articles", "memorandum", "code"])


# What a system does, before "System" in its name: a tool or a process, no body ("Integrated Financial
# Management Information System", "Decision Review System"; not "Mayo Clinic Health System").
_SYSTEM_FUNCTIONS = frozenset(
    ["information", "management", "procurement", "review", "payment", "payments", "monitoring"]
    + ["reporting", "warning", "tracking", "booking", "ticketing", "registration", "filing"]
)


def _a_system(lowered: list[str]) -> bool:
    return len(lowered) > 1 and lowered[-1] in ("system", "systems") and lowered[-2] in _SYSTEM_FUNCTIONS


def _a_document(lowered: list[str]) -> bool:
    if lowered[0] in _DOCUMENT_HEADS and lowered[1] in ("of", "des", "de", "du"):
        return True
    return lowered[-1] in _DOCUMENT_TAILS and _BODY_TIES.isdisjoint(lowered[1:-1])


# The member's given name and surname after her seat's letters, no word of a title among them.
_MEMBER_AFTER = pattern(
    r" ((?!(?:Minister|Member|Leader|Speaker|Chair)\b)[A-ZÀ-Þ][a-zà-ÿ’'-]+ [A-ZÀ-Þ][\w’'-]+)\b(?! [A-Z])"
)


def _seat_then_member(text: str, hit: Hit) -> tuple[Hit | None, Hit | None]:
    """ "Kimberley MLA Carla Hoskins", "Hartlepool MP Jo Bell": the seat, the letters of its
    member and her name, run into one name by the NER: the member a person, her seat a place where
    the geodata knows it ("Opposition MP Jo Bell": no seat named)."""
    if " M" not in text[hit.start : hit.end] and " TD" not in text[hit.start : hit.end]:
        return None, hit  # no seat's letters: most names, spared the split into words
    parts = list(_WORD.finditer(text, hit.start, hit.end))
    for i in range(1, len(parts)):
        if parts[i][0] not in gz.SEAT_LETTERS or not all(p[0][:1].isupper() for p in parts):
            continue
        seat = text[hit.start : parts[i - 1].end()]
        known = (is_settlement(seat) or is_region(seat) or _known_whole_place(seat)) and not is_given_name(
            parts[0][0]
        )
        place = Hit(hit.start, parts[i - 1].end(), "LOC", True) if known else None
        member = _MEMBER_AFTER.match(text, hit.end) if i == len(parts) - 1 else None
        if member and is_given_name(member[1].split(" ", 1)[0]):
            # "Kimberley MLA" + "Jodie Marangka", her name the NER left out: the seat before her
            # letters is a place, whoever else the name is given to (not a headline's words after
            # a member's own name: "Jo Bell MP Welcomes Funding")
            seat_known = is_settlement(seat) or is_region(seat) or _known_whole_place(seat)
            person = Hit(member.start(1), member.end(1), "PER", True)
            return (Hit(hit.start, parts[i - 1].end(), "LOC", True) if seat_known else None), person
        if i == len(parts) - 1:  # "Kimberley MLA" alone: the seat ("Jo Bell MP" is the member's name)
            return (place, None) if place else (None, hit)
        if i < len(parts) - 2:
            return place, Hit(parts[i + 1].start(), hit.end, "PER", True)
    return None, hit


def _place_then_person(text: str, hit: Hit) -> tuple[Hit | None, Hit]:
    """A title's place and the person holding it, run into one name by the NER: "Member for" +
    "Calder North Ada Quinlan-Ross", "Mayor of" + "Port Alder Ivo Kerr". The place is kept where
    none of its words is a body's or one the text writes in lower case ("Minister of Health")."""
    before = max(0, hit.start - 40)
    # the pattern ends on "for" or "of" and a space ("$": perhaps before a line break): a name with
    # neither right before it, most names, is spared its try at each of the forty offsets
    titled = text.endswith(_TITLE_FOR_ENDS, before, hit.start)
    title = _TITLE_FOR.search(text, before, hit.start) if titled else None
    if not title or title[1].lower() not in gz.TITLE_WORDS or text.count(text[hit.start : hit.end]) > 1:
        return None, hit  # "Chairman of Lanka Meadow Dairies", named again elsewhere, is one name
    parts = list(_WORD.finditer(text, hit.start, hit.end))
    if len(parts) < 3:
        return None, hit
    person = Hit(parts[-2].start(), hit.end, "PER", True)
    if not _named_like_a_person(text, person):
        return None, hit
    place = Hit(hit.start, parts[-3].end(), "LOC", True)
    named = [p[0].lower() for p in parts[:-2]]
    if any(w in gz.CUE_WORDS or written_in_lower_case(text, w) for w in named):
        return None, person
    return place, person


_TITLE_FOR = pattern(r"\b([A-Z][a-z]+) (?:for|of) $")
_TITLE_FOR_ENDS = (" for ", " of ", " for \n", " of \n")


def _before_a_given_name(text: str, hit: Hit) -> list[Hit]:
    """A person's name opens on their given name: an occupation the NER ran into it, a word the
    text writes in lower case, is no part of it ("Farmer Gareth Pennington", "Co-defendant
    Lorena Baca-Whitfield")."""
    parts = list(_WORD.finditer(text, hit.start, hit.end))
    if hit.label not in ("PER", "LOC") or len(parts) < 3 or is_given_name(parts[0][0]):
        return [hit]
    given = next((i for i in range(1, len(parts) - 1) if is_given_name(parts[i][0])), None)
    if given is None:
        return [hit]
    # "Goalkeeper Mateus Baptista", "Composer Ana Ruiz" (which the NER may call a place): a word of
    # the dictionary before a given name and a surname no dictionary holds
    occupation = given == 1 and len(parts) == 3 and _occupation_before(parts[0][0], parts[2][0])
    if not occupation and (
        hit.label != "PER"
        or not all(
            p[0].lower() in gz.TITLE_WORDS or written_in_lower_case(text, p[0].lower()) for p in parts[:given]
        )
    ):
        return [hit]
    person = Hit(parts[given].start(), hit.end, "PER")
    return [person] if _given_name_first(text, person) else [hit]


def _occupation_before(word: str, surname: str) -> bool:
    """A capitalised word of the English dictionary before a person's given name, their surname
    none: the person's occupation or office, no part of the name; not a street's or a site's kind
    named after the person ("Rue Gaston Defferre")."""
    lower = word.lower()
    if lower in gz.SITE_NOUNS or lower in gz.SITE_KINDS or lower in gz.LANDFORMS:
        return False
    return word[:1].isupper() and lower in english_words() and not is_ordinary_word(surname)


# The NER's span ends inside a parenthesis that gives the name's acronym: "X (AIMS" + ")".
_UNCLOSED_ACRONYM = pattern(r" \(([A-Z][A-Za-z&-]{1,14})$")  # "(Afreximbank": a short name too


def _split_credit(text: str, hit: Hit) -> list[tuple[int, int]]:
    """ "Yann Le Floch - Région Bretagne": a credit line holds two names, a header three ("LKA -
    Lekgotla Agri Holdings Limited - Audited results"); a person's span two people at a slash
    ("Rhodri Vaughan-Ellis / Catrin Lloyd-Okoro", made a person by `_clean` whatever the NER said)."""
    if not any(text.find(mark, hit.start, hit.end) >= 0 for mark in _SEPARATOR_MARKS):
        return [(hit.start, hit.end)]  # most names hold no dash nor slash: one piece, no scan
    pieces, start = [], hit.start
    separator = _PEOPLE_SEPARATOR if hit.label == "PER" else _CREDIT_SEPARATOR
    for cut in separator.finditer(text, hit.start, hit.end):
        pieces.append((start, cut.start()))
        start = cut.end()
    return [*pieces, (start, hit.end)]


def _titles_before(text: str, start: int, end: int) -> tuple[int, list[str], bool]:
    """`_skip_titles`, but an honorific opening a company's name is the name's: "Shri Ram Mehta
    Ltd.", "Dr. Reddy's Laboratories Limited"; and a rank the NER took without its dot is all
    title ("Det" of "Det. Sgt. Marcus Holloway"; not "Det Norske Veritas")."""
    word = text[start:end]
    if " " not in word and text[end : end + 1] == "." and f"{word.lower()}." in gz.TITLE_WORDS:
        return end, [f"{word.lower()}."], False
    if _a_company_of_an_honorific(text, start, end):
        return start, [], False
    return _skip_titles(text, start, end)


def _a_company_of_an_honorific(text: str, start: int, end: int) -> bool:
    """A company's name that opens with an honorific and ends with its legal form."""
    first = text[start:end].split(" ", 1)[0].lower()
    if first not in gz.HONORIFICS and first.rstrip(".") not in gz.HONORIFICS:
        return False
    form = _LEGAL_FORM.search(text, start, end)
    return (form is not None and form.end() == end) or bool(_LEGAL_FORM.match(text, end, end + 40))


def _two_people(name: str) -> bool:
    """Two person-shaped names on either side of " / " ("Rhodri Vaughan-Ellis / Catrin Lloyd-Okoro")."""
    parts = name.split(" / ")
    return len(parts) == 2 and all(map(_person_shaped, parts))


def _trim(text: str, hit: Hit) -> Hit | None:
    start, end = _strip_edges(text, hit.start, _past_inner_apostrophe(text, hit.end))
    start = _past_articles(text, hit, start, end)
    start, titles, tied = _titles_before(text, start, end)
    label = hit.label
    if tied:
        again, served, tied_again = _skip_titles(text, start, end)
        if served and not tied_again:  # "Porte-parole du Ministre Dehoux": the person served
            start, titles, tied, label = again, titles + served, False, "PER"
    if (
        label != "PER"
        and text[end - 1 : end] in _CAPITALS  # the seat's last letter, tested first
        and (seat := _SEAT_AFTER_NAME.fullmatch(text, start, end))
        and all(letters in gz.POST_NOMINALS for letters in seat[1].split())
    ):
        # "Gráinne Ní Bhriain TD", "Helen Vuko AO FTSE", taken for a body: a person, her seat or honours
        end, label = seat.start(1), "PER"
    if label == "PER":
        end = _cut_trailing_titles(text, start, end)
        start = _after_a_qualified_title(text, start, end)
    start = _skip_description(text, start, end)
    end = _owner_of_its_organ(text, start, end)
    start = _after_owner(text, start, end)
    if text.find(" of ", start, end) >= 0 and (holders := _PEOPLE_OF.match(text, start, end)):
        start = holders.end()  # "Shareholders of Karoo Meadow Foods Limited": the company
    if text[start : start + 1] in _GOVERNING_INITIALS and (
        organ := _GOVERNING_BODY_OF.match(text, start, end)
    ):
        start = organ.end()  # "Comité de direction du" + "SPF Economie"
    end = _cut_run_on(text, start, _cut_coordination(text, start, end))
    end = _cut_department(text, start, end)
    end, label = _cut_phone(text, start, end, label)
    start, end = _strip_edges(text, start, end)
    if start >= end:
        return None
    if label != "PER" and (person := _person_in_a_body(text, start, end)) is not None:
        (start, end), label = person, "PER"
    if label == "ORG" and _a_firm_possessive(text, start, end):
        end += 2  # the NER's "Christie" of "Christie's said"
    trimmed = Hit(start, end, label)
    if titles and label in ("PER", "MISC"):
        kept = "MISC" if tied else label  # "directrice d'Aquitel": a title's "de" leads to a body
        honorific = titles[-1] in gz.HONORIFICS or titles[-1] in _MALAY_HONOUR_WORDS
        trimmed.label = _label_after_title(text[start:end], kept, honorific)
    elif titles and not tied and _person_shaped(text[start:end]):
        trimmed.label = "PER"  # "Ministre-Président Paul Verhaegen", taken whole for a body
    if trimmed.label == "PER" and label != "PER":  # "The Honourable Jo Tan MP", taken for a body
        trimmed.end = _cut_trailing_titles(text, trimmed.start, trimmed.end)
    return trimmed


# A body's generic noun or its acronym, owning the name after it: "the Ministry's Works Services Group",
# "DOE's Office of Science"; not a name holding a possessive ("Hawke's Bay", "Women's Hospital").
_OWNER_BEFORE = pattern(r"([A-ZÀ-Þ][\w-]*)['’]s (?=[A-ZÀ-Þ])")


def _after_owner(text: str, start: int, end: int) -> int:
    """ "the University's School of Geography": the school, named by its owner. (A possessive's
    "'s " first, without which `_OWNER_BEFORE` cannot match: most names have none.)"""
    if text.find("'s ", start, end) < 0 and text.find("’s ", start, end) < 0:
        return start
    owner = _OWNER_BEFORE.match(text, start, end)
    return owner.end() if owner and (owner[1].lower() in _OWNER_NOUNS or is_acronym(owner[1])) else start


# A body's organ named by the body's possessive and one word: "eThekwini Municipality's Council".
_ORGAN_OF_OWNER = pattern(r"([\w-]+)['’]s (?:Council|Board|Cabinet|Executive|Committee|Assembly|Senate)$")


def _owner_of_its_organ(text: str, start: int, end: int) -> int:
    """ "eThekwini Municipality's Council": the municipality, the body the guide names (its organ,
    a generic word, names nothing of its own); where the owner is a body's generic noun."""
    if text.find("s ", start, end) < 0:
        return end
    organ = _ORGAN_OF_OWNER.search(text, start, end)
    if organ is None or organ.start() == start or organ[1].lower() not in _OWNERS_OF_ORGANS:
        return end
    return organ.end(1)


_OWNER_NOUNS = (
    gz.ORG_TAILS | gz.ORG_HEADS | {"ministry", "department", "government", "county", "city", "bank"}
) - (gz.LEGAL_SUFFIXES)
_OWNERS_OF_ORGANS = _OWNER_NOUNS | {"municipality", "shire", "borough", "district"}


# The people of a body opening its name: "Cardholders of Ravi Commercial Bank", "Members of the Guild"
_PEOPLE_OF = pattern(
    r"(?:[A-Z][a-z]*holders|Members|Customers|Clients|Employees|Residents|Depositors|Creditors|Investors"
    r"|Subscribers|(?:The )?Board of (?:Directors|Trustees|Governors)|Directors|Trustees"  # a body's board
    # a deal a heading names with the company it is about: "Acquisition of Tarn Valley Roofing Limited"
    r"|Acquisition|Disposal|Sale|Purchase|Divestment|Divestiture|Merger|Takeover|Integration) of (?:the )?"
    r"(?=[A-ZÀ-Þ])"
)


# A title with the word of its office before it, opening a person's name: "Park Superintendent",
# "Police Commissioner", "County Sheriff"
_QUALIFIED_TITLE = pattern(r"([A-ZÀ-Þ][\w-]*) ([A-ZÀ-Þ][\w.-]*) (?=[A-ZÀ-Þ][\w.'’-]* [A-ZÀ-Þ])")


# The rest of a word after an apostrophe inside it, in lower case ("Faa'a", "Hawai'i").
_WORD_AFTER_APOSTROPHE = pattern(r"[a-zà-ÿāēīōū]+(?![\w'’])")


def _past_inner_apostrophe(text: str, end: int) -> int:
    """ "Tahiti-Faa'" + "a", "Puna'" + "auia": a name the French NER cut at its inner apostrophe,
    as if elided, ends with its word."""
    if text[end - 1 : end] in ("'", "’") and (rest := _WORD_AFTER_APOSTROPHE.match(text, end)):
        return rest.end()
    return end


def _after_a_qualified_title(text: str, start: int, end: int) -> int:
    """ "Park Superintendent Wade Ybarra" -> "Wade Ybarra" (not "Mark Judge Sims": a given name)."""
    qualified = _QUALIFIED_TITLE.match(text, start, end)
    if qualified is None or qualified[2].lower() not in gz.TITLE_WORDS:
        return start
    office = qualified[1]
    if not is_given_name(office) or written_in_lower_case(text, office.lower()):
        return qualified.end()  # "Park" is a given name too, but the text writes "the park"
    return start


def _person_shaped(name: str) -> bool:
    """Two to four capitalised words, none a body's: what a title without "de" or "of" introduces."""
    parts = words(name)
    return (
        2 <= len(parts) <= 4
        and all(w[:1].isupper() or w.lower() in ("de", "di", "da", "van", "von", "le", "la") for w in parts)
        and not any(w.lower() in gz.ORG_HEADS or w.lower() in gz.ORG_TAILS for w in parts)
        and not is_acronym(parts[0])
    )


def _past_articles(text: str, hit: Hit, start: int, end: int) -> int:
    """Where a name opens after its articles ("the Netherlands" is "Netherlands"; "Le Bihan", "La
    Rochelle", "The Hague" keep theirs), a player's position ("(F, University of X)") and the
    boilerplate's heading ("About Brightmoor Analytics")."""
    if text[start + 1 : start + 3] == ", " and text[start].isupper():
        start += 3  # "(F, University of the Philippines)": a player's position, then the body
    if (
        hit.label != "PER"
        and (text.startswith("the ", start) or not is_settlement(text[start:end]))
        and (not _NAME_PARTICLES.match(text, start, end) or _sentence_start(text, start))
    ):
        start += _determiners(text[start:end])  # "De La Salle University" keeps its particles
    if text.startswith("About ", start) and (not start or text[start - 1] == "\n") and end > start + 6:
        start += 6  # the boilerplate's heading: "About Brightmoor Analytics"
    if (owner := _POSSESSIVE_OPENING.match(text, start, end)) and _sentence_start(text, start):
        start = owner.end()  # "Its Fenn College of Engineering will ...": the sentence's possessive
    return start


# A sentence's possessive before a name ("Our Lady", "His Majesty's" are names' own words).
_POSSESSIVE_OPENING = pattern(r"(?:Its|Their) (?=[A-Z])")


# The French determiners that open a name capitalised inside a sentence ("De La Salle", "De Beers",
# "Des Moines"): the name's, not articles.
_NAME_PARTICLES = pattern(r"(?:De La|De|Du|Des) [A-Z]")


def _sentence_start(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip(' \t("“«')
    return not before or before[-1] in ".!?:\n"


def _strip_edges(text: str, start: int, end: int) -> tuple[int, int]:
    # "Department of Fisheries's": the name, not its possessive (the pattern ends with an "s",
    # looked at before the pattern runs)
    if (
        text.endswith(("s", "s\n"), start, end)
        and _POSSESSIVE.search(text, start, end)
        and not (_SAINT_PLACE.fullmatch(text, start, end) and text[end : end + 1] in _AFTER_A_PLACE)
        and not _a_firm_possessive(text, start, end - 2)
    ):
        end -= 2  # but "St John's, Antigua": a town's name
    while start < end and text[start] in _EDGE_JUNK:
        start += 1
    if text.startswith("SOURCE ", start) and (not start or text[start - 1] == "\n"):
        start += 7  # a wire release's closing line, "SOURCE Halden Systems, Inc.": the issuer
    mark = _ITEM_LETTERS.match(text, start, end) if text[start : start + 1] in "abcdefghivx" else None
    if mark and not text[text.rfind("\n", 0, start) + 1 : start].strip():
        start = mark.end()  # "  ii.  Harbour Gate Terminals Limited": a list item's numeral
    if text.startswith(("M/", "Messrs"), start, end) and (messrs := _MESSRS.match(text, start, end)):
        # "M/s. Tamar Valley Ltd", "Messrs Ofada Construction Limited": a form of address
        start = messrs.end()
    if text.find("-", start, end) > 0 and (modifier := _MODIFIER.search(text, start, end)):
        end = modifier.start()  # "the World Bank-funded project": the bank
    while end > start and text[end - 1] in _EDGE_JUNK and not _is_initial(text, end):
        if text[end - 1] == "." and (
            _abbreviated_place(text[start:end]) or text.endswith(_FORM_ABBREVIATIONS, start, end)
        ):
            break  # "Tenn.", "N. Main St.", "Coal Creek Mining Ltd.": the period is the abbreviation's
        end -= 1
    return start, _with_a_state_s_period(text, start, end)


_ITEM_LETTERS = pattern(r"(?:[ivx]{1,4}|[a-h])[.)][ \t]+(?=[A-ZÀ-Þ])")


def _with_a_state_s_period(text: str, start: int, end: int) -> int:
    """The end of a US state as AP writes it, past the period the NER or a rule left out ("W.Va" +
    ".", "Memphis, Tenn.-based"); else `end`."""
    if text[end : end + 1] == "." and end - start <= _STATE_WIDTH and us_state_named(text[start:end]):
        return end + 1
    return end


_STATE_WIDTH = 5  # "W.Va", "Calif": AP's longest abbreviations before their period


def _a_firm_possessive(text: str, start: int, end: int) -> bool:
    """One capitalised word whose "'s" owns nothing after it: a firm's own name ("Christie's said"),
    not a body named before ("and the Bank's,")."""
    return (
        " " not in text[start:end]
        and text[start : start + 1].isupper()
        and not text.endswith(("the ", "The "), 0, start)
        and bool(_OWNS_NOTHING.match(text, end))
    )


def _abbreviated_place(name: str) -> bool:
    """A US state as AP writes it, or a street whose kind is abbreviated."""
    return name.endswith(_STREET_ABBREVIATIONS) or (len(name) <= 6 and us_state_named(name) is not None)


_STREET_ABBREVIATIONS = (" St.", " Ave.", " Rd.", " Blvd.", " Hwy.")
# A company's legal form abbreviated, which the gold writes with its period even where it also ends
# a sentence ("led by Coal Creek Securities Ltd.\n"): 53 times in the 485, against 5 without it.
_FORM_ABBREVIATIONS = (" Ltd.", " Inc.", " Corp.", " Co.", " Pte.", " Bhd.", " Pty.", " Cie.", " Ltée.")


def _is_initial(text: str, end: int) -> bool:
    """A capital and its dot end the name: "John F.", "U.S." (not "SOUTH AFRICA.", a sentence's)."""
    return (
        text[end - 1] == "."
        and end >= 2
        and text[end - 2].isupper()
        and not text[end - 3 : end - 2].isalpha()
    )


def _skip_titles(text: str, start: int, end: int) -> tuple[int, list[str], bool]:
    """ "Président de l'ONF" -> "ONF": titles, then the preposition that ties them to a name; none
    in a place's name that opens with one ("Sri Lanka's", "Saint Lucia")."""
    titles: list[str] = []
    while True:
        # "Tan Sri Ahmad Zulkifli", and "Tan Sri" alone, the NER's span of the honour
        if honour := next((h for h in _MALAY_HONOURS if text.startswith(h, start, end + 1)), None):
            start = min(start + len(honour), end)
            titles.append(honour.strip().lower())
            continue
        if text[start : start + 1] in "Ll" and text[start + 1 : start + 2] in "'’":
            elided = _FIRST_WORD.match(text, start + 2, end)  # "L'entraîneur Mickaël Tanguy"
            if elided and _is_title(elided[1].lower()):
                start, titles = elided.end(), [*titles, elided[1].lower()]
                continue
        match = _FIRST_WORD.match(text, start, end)
        if match and (body_s := _a_body_s_title(text, match, end)):
            start, titles = body_s.end(), [*titles, match[1].lower(), body_s[1].lower()]
            continue  # "Council Chair Hana Rasmussen", "Board Chairman Ade Bello"
        if not match or not _is_title(match.group(1).lower()):
            break
        if not titles and is_country(_POSSESSIVE_END.sub("", text[start:end])):
            break  # "Sri Lanka's": a country, asked only of a name that opens with a title
        if match[1] == "M." and _INITIAL.match(text, match.end(), end):
            break  # "M. K. Sreedharan Nambiar": a first initial, not "Monsieur"
        start = match.end()
        titles.append(match.group(1).lower())
    tie = 0
    if titles:  # "directrice de l'" + a body, "Cathaoirleach of" + the council
        of = _OF_AFTER_A_TITLE.match(text, start, end)
        tie = of.end() - start if of else _determiners(text[start:end])
    return start + tie, titles, tie > 0


def _a_body_s_title(text: str, word: re.Match[str], end: int) -> re.Match[str] | None:
    """A title named after the body it heads, before a person's name ("Council Chair", "Board
    Chairman", "Committee Chairwoman"): the title's word, when a name follows it."""
    if word[1].lower() not in _BODIES_BEFORE_TITLES:
        return None
    title = _FIRST_WORD.match(text, word.end(), end)
    if title is None or not _is_title(title[1].lower()) or title.end() >= end:
        return None
    name = words(text[title.end() : end])  # a given name and a surname: the NER's span holds the person
    return title if len(name) >= 2 and all(w[:1].isupper() for w in name) else None


_BODIES_BEFORE_TITLES = frozenset(
    ["council", "board", "committee", "commission", "senate", "assembly", "cabinet"]
)
_POSSESSIVE_S = pattern(r"\w['’]s$")
_POSSESSIVE_END = pattern(r"['’]s?$")
_OF_AFTER_A_TITLE = pattern(r"(?:of|in|for|at) (?:the )?(?=[A-ZÀ-Þ])")


_INITIAL = pattern(r"[A-Z]\.\s?[A-Z]")
# Malaysian federal honours used as forms of address, two words each ("Tan Sri", "Puan Sri", "Toh Puan")
_MALAY_HONOURS = ("Tan Sri ", "Puan Sri ", "Toh Puan ")
_MALAY_HONOUR_WORDS = frozenset(h.strip().lower() for h in _MALAY_HONOURS)


def _a_title_before_names(word: str, name: str) -> bool:
    """A title (`word`, in lower case) before a name, or the title of the several people named after
    it when a given name follows ("Commissioners Dale Hutchins and ..."): a plural title opens
    other names too ("Founders Hall", "Tshipidi & Partners Chartered Accountants")."""
    if word in gz.TITLE_WORDS:
        return True
    return word[-1:] == "s" and word[:-1] in gz.TITLE_WORDS and is_given_name(name)


def _is_title(word: str) -> bool:
    """ "président", and the compounds of titles: "ministre-président", "vice-présidente"."""
    if word in gz.TITLE_WORDS:
        return True
    if "-" not in word:
        return False  # one part, and no title: most words, told without splitting
    parts = word.split("-")
    return any(p in gz.TITLE_WORDS for p in parts) and all(
        p in gz.TITLE_WORDS or p in ("vice", "co") for p in parts
    )


# A person's two or three words, then the post-nominal of a seat or an honour in capitals.
_NAME_WORD_OF_A_PERSON = r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ]?[a-zà-ÿ'’]+)*"  # "Ní", "Vukovich-Darcy"
_SEAT_AFTER_NAME = pattern(
    rf"{_NAME_WORD_OF_A_PERSON}(?: {_NAME_WORD_OF_A_PERSON}){{1,2}}((?: [A-Z][A-Za-z]{{1,5}}){{1,3}})"
)


def _abbreviated_title(word: str) -> bool:
    """ "MEC", "CEO": a title in capitals, which no one's name ends with ("Gauteng MEC")."""
    return len(word) > 1 and word.isupper() and word.lower() in gz.TITLE_WORDS


def _a_surname_of_address(word: str) -> bool:
    """A form of address written whole ("Sheikh", "Imam"), which ends a name as its surname; not an
    abbreviation ("Hon", "Cllr") that opens the next name."""
    return len(word) >= _WHOLE_ADDRESS and word.isalpha() and word.lower() in gz.HONORIFICS


_WHOLE_ADDRESS = 5


def _cut_trailing_titles(text: str, start: int, end: int) -> int:
    """ "Camille Dorval Attaché" -> "Camille Dorval", "Aoife Brannock TD" -> "Aoife Brannock"; a form
    of address, which goes before a name, ends one as its surname ("Farrukh Iqbal Sheikh")."""
    parts = text[start:end].split(" ")
    while (
        (len(parts) > 2 and parts[-1].lower() in gz.TITLE_WORDS and not _a_surname_of_address(parts[-1]))
        or (len(parts) > 1 and (parts[-1].strip(",") in gz.POST_NOMINALS or _abbreviated_title(parts[-1])))
        or (len(parts) == 2 and parts[1].lower() in gz.TITLE_WORDS and _known_name(parts[0]))
    ):  # "Samar Governor"
        parts.pop()
    return start + len(" ".join(parts))


def _skip_description(text: str, start: int, end: int) -> int:
    """ "département de la Creuse" -> "Creuse"; "Commission permanente de la Région X" -> "Région X"."""
    if head_word(text[start:end]) in gz.LOWERCASE_ORG_HEADS:
        return start  # "ministère de la Mer" is the ministry's own name
    # each pattern where the name opens as its matches do: in lower case, on a governing body's initial
    opening = text[start : start + 1]
    match = (_DESCRIPTION_PREFIX.match(text[start:end]) if opening in _LOWER_LETTERS else None) or (
        _GOVERNING_BODY_OF.match(text[start:end]) if opening in _GOVERNING_INITIALS else None
    )
    if match and fold(text[start:end]).replace("’", "'") in gz.GOVERNING_BODIES:
        return start  # "Board of Directors" is a governing body whole, dropped as one, not "Directors"
    if match:
        return start + match.end()  # "Conseil d'administration de la BRDL" -> "BRDL"
    tied = text.find(" du ", start, end) >= 0 or text.find(" de l", start, end) >= 0  # as `_BODY_OF` ties
    body = _BODY_OF.match(text[start:end]) if tied else None
    if body and head_word(text[start + body.end() : end]) in gz.REGION_HEADS | gz.ORG_HEADS:
        return start + body.end()
    return start


# A body's press desk after its name: "Office of Communications", "Media Unit", "Communications".
_PRESS_DESK_AT_END = pattern(
    r" (?:(?P<whole>(?:Office|Department|Division) of (?:Communications?|Public (?:Relations|Affairs)"
    r"|Media Relations)|Media (?:Unit|Office|Team|Relations)|Press (?:Office|Team)"
    r"|Communications? and (?:Public Affairs|Marketing)|Media and Communications)|Communications?)$"
)


def _cut_press_desk(text: str, start: int, end: int) -> int:
    """ "Tulane University Office of Communications" -> "Tulane University", "Coast Police Media
    Unit" -> "Coast Police", "Dunedin City Council Communications" -> "Dunedin City Council": the
    body, named with its kind (or, before a desk of several words, by its acronym), not its press
    desk. Not "Rogers Communications", a company, nor "ministre de la Culture et des
    Communications", a portfolio."""
    if not text.endswith(_DESK_LAST_WORDS, start, end):
        return end  # most names end with no desk's word: the pattern is not run
    desk = _PRESS_DESK_AT_END.search(text, start, end)
    if desk is None or desk.start() == start:
        return end
    body = words(text[start : desk.start()])
    if not body or body[0].lower() in gz.DEPARTMENT_WORDS or body[0] == "Division":
        return end  # "Office of University Communications": a desk's whole name
    last = body[-1]
    if (
        last.lower() in _BODY_KIND_WORDS
        or last.lower() in _DESK_OWNERS
        or (desk["whole"] and is_acronym(last))
    ):
        return desk.start()
    return end


# the last word of every alternative of `_PRESS_DESK_AT_END`: a name ending with none has no desk
_DESK_LAST_WORDS = (
    "Communications",
    "Communication",
    "Unit",
    "Office",
    "Team",
    "Relations",
    "Affairs",
    "Marketing",
)
_DESK_OWNERS = frozenset(["police", "government", "university", "council", "college", "hospital"])


def _cut_department(text: str, start: int, end: int) -> int:
    """ "Calder Vale Council Press Office" -> "Calder Vale Council": the body, not its press desk."""
    end = _cut_press_desk(text, start, end)
    parts = text[start:end].split(" ")
    if len(parts) > 1 and parts[-1] in gz.SEAT_WORDS:
        return end - len(parts[-1]) - 1  # "Brenmoor Headquarters": the body's seat, named after it
    tail = 0
    while tail < len(parts) - 1 and parts[-1 - tail].lower() in gz.DEPARTMENT_WORDS:
        tail += 1
    if tail > 1 and parts[-1 - tail].lower() in _CONNECTORS:
        return end  # "Ministry of Corporate Affairs": the body's domain, not its press desk
    owner = parts[-1 - tail] if tail > 1 else ""
    if owner.endswith(("'s", "’s")) and owner[:-2].lower() not in _OWNER_NOUNS:
        return end  # "Moody's Investors Service": a name holding its founder's possessive
    return start + len(" ".join(parts[: len(parts) - tail])) if tail > 1 else end


def _cut_coordination(text: str, start: int, end: int) -> int:
    """ "Maison de la mer et la société" -> "Maison de la mer"."""
    if text.find("et", start, end) < 0 and text.find("and", start, end) < 0:
        return end  # no "et" nor "and": nothing coordinated
    match = _COORDINATED_DESCRIPTION.search(text, start, end)
    return match.start() if match else end


def _cut_run_on(text: str, start: int, end: int) -> int:
    """ "University College of the North in The Pas this September" -> "University College of the
    North": the NER ran on into the sentence, a time word, then the place the body is in, or a
    headline's verb after the company that issues the release."""
    if " this " in text[start:end] or " next " in text[start:end] or " last " in text[start:end]:
        end = _TIME_WORD_INSIDE.search(text, start, end).start()  # type: ignore[union-attr]
    if (place := _IN_A_PLACE_AT_END.search(text, start, end)) and _known_name(place[1]):
        end = place.start()
    if (verb := _HEADLINE_VERB.search(text, start, end)) is not None:
        end = verb.start()  # "Larchmont Dairy Reports Third Quarter Results": a headline's issuer
    return end


_TIME_WORD_INSIDE = pattern(r" (?:this|next|last) ")
# The verbs a release's headline puts after its issuer, which the NER may run a name on into.
_HEADLINE_VERB = pattern(r" (?:Announces|Reports|Declares|Completes) ")
_IN_A_PLACE_AT_END = pattern(r" in ((?:The )?[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)\Z")


def _label_after_title(rest: str, label: str, honorific: bool) -> str:
    """ "Directeur de la SNPA" -> ORG, "Mme Anne Le Floch" -> PER; a bare title leaves the name open."""
    if honorific:
        return "PER"
    if head_word(rest) in gz.ORG_HEADS or is_acronym(rest):
        return "ORG"
    return "LOC" if _REPUBLIC.match(rest) else label


def _shouted_body_line(text: str, hit: Hit) -> bool:
    """ "MINISTÈRE DE L'AGRICULTURE, DE LA SOUVERAINETÉ ALIMENTAIRE ET DE L'ÉLEVAGE": a capitals
    line that is wholly a body's name with its domains, the issuing body's letterhead."""
    line_start = text.rfind("\n", 0, hit.start) + 1
    if text[line_start : hit.start].strip() or not _body_with_domains(text, hit):
        return False
    line_end = text.find("\n", hit.end)
    line_end = len(text) if line_end < 0 else line_end
    more = _MORE_DOMAINS_SHOUTED.match(text, hit.end, line_end)
    return not text[more.end() if more else hit.end : line_end].strip()


def _in_shouted_line(text: str, hit: Hit) -> bool:
    """NER on an all-capitals headline mostly tags ordinary words."""
    name = text[hit.start : hit.end]
    if name.upper() != name:
        return False  # a letter of the name has a capital form: the line holding it is no capitals line
    line_start = text.rfind("\n", 0, hit.start) + 1
    line_end = text.find("\n", hit.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return line.upper() == line and len(line.split()) >= 4


def _fills_quotation(text: str, hit: Hit) -> bool:
    """A name that is a whole «quotation» is a title of a programme or a slogan."""
    before = text[max(0, hit.start - 2) : hit.start]
    if "«" not in before and "“" not in before:
        return False  # no opening quotation mark: most names, told without stripping
    before, after = before.strip(), text[hit.end : hit.end + 2].strip()
    return before[-1:] in ("«", "“") and after[:1] in ("»", "”")


def _tidm(name: str) -> bool:
    return name.startswith("TIDM") and bool(_TIDM.fullmatch(name))


def _organ_or_ordinal(name: str) -> bool:
    """A governing body then lower-case words, or an ordinal: each pattern tried only where the
    name opens or ends as its matches do."""
    if name[:1] in _GOVERNING_INITIALS and _GOVERNING_BODY_THEN_LOWER.match(name):
        return True
    return name.endswith(_ORDINAL_ENDS) and bool(_ORDINAL.fullmatch(name))


def _a_programme_s_name(text: str, hit: Hit, lowered: list[str]) -> bool:
    """ "Tribune Harbour Forum", "New Media Services Projects" (not "The ... Fund", nor a French
    fund with its acronym: bodies), "Municipal Infrastructure Grant (MIG)": money given, by name."""
    if (_is_cue(lowered[0]) or _is_cue(lowered[-1])) and not (
        _fund_with_acronym(text, hit) or written_with_its_the(text, hit.start)
    ):
        return True
    return len(lowered) > 1 and lowered[-1] in _GRANTS and _ACRONYM_AFTER.match(text, hit.end) is not None


def _looks_like_name(text: str, hit: Hit) -> bool:
    name = text[hit.start : hit.end]
    parts = words(name)
    lowered = [w.lower() for w in parts]
    # "Thaba Civils (Pty) Ltd": a legal form in brackets
    bare = _BRACKETED_LEGAL_FORM.sub("", name) if " (P" in name else name
    bare = _ORDINAL_GAP.sub(" ", _without_district_number(bare))  # "Leyte 1st District ... Office"
    if not lowered or not _NAME_CHARS_ONLY.match(bare) or _DIGIT.search(bare) or _NO_NAME_MARKS.search(name):
        return False
    folded = " ".join(lowered).replace("’", "'")
    if (
        folded in gz.TERM_ACRONYMS
        or folded in gz.CELESTIAL
        or folded in gz.WIRE_SERVICES
        or folded in gz.HOLIDAYS
        or folded in gz.LEGAL_FORMS
        or folded in gz.REGISTER_LABELS
    ):
        return False
    if folded in gz.GOVERNING_BODIES or _tidm(name) or name in gz.POST_NOMINALS:
        return False  # "Conseil d'administration"; "TIDMABC", an exchange's ticker header
    if _a_label_or_an_address(name, parts, lowered):
        return False
    if _ticker(text, hit) or _weekday_or_motto(text, hit, lowered):
        return False
    if _DEPARTMENT_OR_CONNECTOR.issuperset(lowered) or (
        ("'" in name or "’" in name) and _DEPARTMENT_OR_CONNECTOR.issuperset(_unelided(w) for w in lowered)
    ):
        return False  # "Service presse", "Direction de la communication", "Bureau d'information"
    if _a_programme_s_name(text, hit, lowered):
        return False
    if len(lowered) > 1 and (lowered[0] in gz.SECURITY_WORDS or lowered[-1] in gz.SECURITY_WORDS):
        return False  # "Deferred Shares": an instrument
    if _an_event_or_an_organ(text, hit, parts, lowered) or _an_honour_or_a_role(lowered):
        return False
    if len(parts) > 1 and (parts[-1] == "Act" or _a_document(lowered) or _a_system(lowered)):
        return False  # "the Securities Reform Act" (not "ACT", a territory), "Register of Members": texts
    if _organ_or_ordinal(name):
        return False  # "Commission permanente de l'année", "Troisième" (trimestre)
    if (len(lowered) > 1 and name.islower()) or (len(lowered) == 1 and _a_people(text, hit, name)):
        return False
    if hit.label == "LOC" and not name.endswith(".") and _CAPITALISED_NEXT.match(text[hit.end : hit.end + 3]):
        return False  # "North Kent Metro": a place word inside a longer name
    if _followed_by_cue(text, hit) or _TICKER_BEFORE.search(text, max(0, hit.start - 34), hit.start):
        return False  # "Euronext Paris : ALTY": a ticker
    if is_acronym(name) and _ISIN_BEFORE.search(text, max(0, hit.start - 45), hit.start):
        return False  # "(ISIN FR0000123456, ALBRM)": the ticker beside the security's code
    return not (_preceded_by_cue(text, hit) or _a_number_after(text, hit.end))


def _a_number_after(text: str, end: int) -> bool:
    """A figure after the name ("Bonds 2027", "Ward 4"), not a phone number nor a district's number
    ("Douala" + " 3e": the district, which `_extend` takes whole)."""
    return bool(
        _NUMBER_AFTER.match(text[end : end + 2])
        and not _phone_at(text, end)
        and not _DISTRICT_NUMBER.match(text, end)
    )


# Who holds a role, in the plural, with no name of their own ("Internal Auditors", "Joint Company
# Secretaries", "Independent Scrutineers"); not a firm that says what it does ("Tshipidi & Partners
# Chartered Accountants").
_ROLE_PLURALS = frozenset(
    ["auditors", "accountants", "secretaries", "scrutineers", "advisers", "advisors", "registrars"]
    + ["consultants", "lawyers", "solicitors", "trustees", "valuers", "actuaries", "bookrunners"]
)
_ROLE_QUALIFIERS = frozenset(
    ["internal", "external", "statutory", "secretarial", "company", "chartered", "independent", "joint"]
    + ["cost", "legal", "financial", "tax", "principal", "registered", "certified", "public", "share"]
)


def _an_honour_or_a_role(lowered: list[str]) -> bool:
    """An honour ("Order of Distinction", "King's Police Medal", "Medal of Appreciation") or a role in
    the plural: neither is an entity of the guide."""
    if lowered[-1] in ("medal", "medals") or (
        len(lowered) > 2 and lowered[0] in ("order", "medal") and lowered[1] == "of"
    ):
        return True
    return (
        len(lowered) <= 3
        and lowered[-1] in _ROLE_PLURALS
        and all(w in _ROLE_QUALIFIERS for w in lowered[:-1])
    )


def _a_label_or_an_address(name: str, parts: tuple[str, ...], lowered: list[str]) -> bool:
    """A form's label ("Date Announced", "Media Contact"), a form of address ("His Excellency"), or
    generic words ("Board Room")."""
    if lowered[0] == "date" and len(lowered) > 1:
        return True  # "Date Announced", "Date & Time of Broadcast"
    if _FORMS_OF_ADDRESS.issuperset(lowered) or gz.CONTACT_LABELS.issuperset(lowered):
        return True
    return _is_generic(parts, lowered) and not _a_ministry(name)


def _cut_phone(text: str, start: int, end: int, label: str) -> tuple[int, str]:
    """ "Sophie Lang 0412" + " 555 019": the NER took a phone's first digits in; the name a
    contact line gives a number for, two to four capitalised words, is a person's."""
    space = text.rfind(" ", start, end) if text[end - 1 : end].isdigit() else -1
    if space <= start or not _phone_at(text, space):
        return end, label
    return space, "PER" if _person_shaped(text[start:space]) else label


def _phone_at(text: str, at: int) -> bool:
    """Whether a telephone number opens at `at` (after a space): "0438 255 917", "(02) 9555 1234"."""
    found = _PHONE.match(text, at, at + 26)
    if not found or date_shaped(found[1]):
        return False
    groups = re.findall(r"\d+", found[1])
    return len(groups) >= 2 and sum(map(len, groups)) >= 8


def _an_event_or_an_organ(text: str, hit: Hit, parts: tuple[str, ...], lowered: list[str]) -> bool:
    """ "Cyclone Gabrielle", "Super Typhoon Odette", "la tempête Ciarán": an event; "the Finance
    Committee": an organ of the body the release is about."""
    if len(parts) > 1 and (lowered[0] in _STORM_WORDS or lowered[1] in _STORM_WORDS):
        return True
    committee = len(parts) == 2 and parts[1] == "Committee"
    return committee and bool(_FIELD_COMMITTEE.search(text, max(0, hit.start - 6), hit.start))


_SEAT_BUILDING = pattern(r"H[ôo]tel (?:du Département|de Région|de la Région|de Ville|de la Métropole)\b")
_FORMS_OF_ADDRESS = gz.HONORIFICS | {"son", "sa", "his", "her", "excellence"}
_STORM_WORDS = frozenset(["cyclone", "hurricane", "typhoon", "storm", "tempête", "ouragan", "typhon"])


def _a_ministry(name: str) -> bool:
    """ "ministère de la Culture", "Secrétariat d'Etat à la Mer": a ministry named by its domain is a
    body's name, though each of its words alone describes ("la culture", "le ministère")."""
    parts = words(name)
    return len(parts) > 1 and head_word(name) in gz.LOWERCASE_ORG_HEADS and parts[-1][:1].isupper()


def _is_cue(word: str) -> bool:
    return word in gz.NON_ENTITY_CUES or (word.endswith("s") and word[:-1] in gz.NON_ENTITY_CUES)


# An acronym in brackets after a name, or the bracket that closes around the acronym itself: what
# comes after it is read past it ("Regional Growth through Innovation (REGI) program").
_BRACKETED_ACRONYM_AFTER = pattern(r" ?\([A-Z][A-Za-z0-9&-]{1,9}\)|\)")


def _followed_by_cue(text: str, hit: Hit) -> bool:
    """ "the Marine Futures programme", "the Skills Minister": the name is part of a programme or a
    title; so is a programme's name and its acronym before the word ("the Coastal Skills (CSI)
    programme", "the CSI programme")."""
    end = hit.end
    if (bracket := _BRACKETED_ACRONYM_AFTER.match(text, end)) and (
        text[end] != ")" or is_acronym(text[hit.start : end])
    ):
        end = bracket.end()
    after = _WORD_AFTER.match(text[end : end + 30]) if text[end : end + 1] == " " else None
    if not after:
        return False
    word = after.group(1)
    title = word[0].isupper() and word.lower() in gz.TITLE_WORDS and hit.label != "PER"
    if title and _a_body_s_name(words(text[hit.start : hit.end])):
        return False  # "Napier City Council Mayor Tom Averill": the council's mayor, the council named
    return word in gz.FOLLOWING_NON_ENTITY_CUES or title


def _a_body_s_name(parts: Sequence[str]) -> bool:
    """Two words or more that close on a body's kind: "Napier City Council", "Kenya Ports Authority"
    (not "the Skills" of "the Skills Minister", "Regional Communications" of its officer, nor an
    organ, "Audit Committee")."""
    return len(parts) > 1 and parts[-1].lower() in _KINDS_BEFORE_A_TITLE


_KINDS_BEFORE_A_TITLE = _BODY_KINDS | {"corporation", "company"}


def _a_people(text: str, hit: Hit, name: str) -> bool:
    """ "Australian", "Jamaicans", "Queenslanders", "Londoner": a country's, a region's or a large
    city's people, by their own word (the English forms); "de nombreux Bretons" (`_is_demonym`)."""
    if _is_demonym(text, hit, name):
        return True
    single = name[:-1] if name.endswith("s") else name
    if _known_name(single):
        return False  # "Logan", "Meridian": towns, whatever people their letters could name
    return names_a_people(single) or (single.endswith("er") and is_large_place(single[:-2]))


def _is_demonym(text: str, hit: Hit, name: str) -> bool:
    """ "de nombreux Bretons", "des Italiens" (a one-word name): inhabitants, not places."""
    plural = _DEMONYM.search(name) and _PLURAL_BEFORE.search(text, max(0, hit.start - 12), hit.start)
    return bool(plural)


_ARTICLES = frozenset(["de", "du", "des", "la", "le", "of", "the"])
# The articles join the descriptions' words: a name whose words are all in it has no content word
# outside them, told by one subset test without listing its content words.
_GENERIC_TITLE_OR_ARTICLE = gz.GENERIC_WORDS | gz.TITLE_WORDS | _ARTICLES


def _is_generic(name_words: Sequence[str], lowered: Sequence[str] | None = None) -> bool:
    """ "Région", "l'Agence", "États membres", "Agences locales": descriptions, not names
    (`lowered`: the words lower-cased, where the caller has them)."""
    lowered = [w.lower() for w in name_words] if lowered is None else lowered
    if _GENERIC_TITLE_OR_ARTICLE.issuperset(lowered):
        return True
    if len(lowered) < 2:
        return False  # one content word at most: not the two the rule below reads
    content = [i for i, w in enumerate(lowered) if w not in _ARTICLES]
    if len(content) != 2 or lowered[content[0]] not in gz.GENERIC_WORDS:
        return False
    if not name_words[content[1]].islower():
        return False
    # "Agences locales"; "le Conseil départemental", "le Conseil régional": a body of the level,
    # its territory unnamed
    return name_words[content[0]].endswith("s") or name_words[content[1]] in gz.COUNCIL_LEVELS


def _preceded_by_cue(text: str, hit: Hit) -> bool:
    """ "la mission Argomer", "l'astéroïde Kerlann", "the Trust"."""
    before = words(text[max(0, hit.start - 25) : hit.start])
    return bool(before) and before[-1].lower().lstrip("l’'") in gz.NON_ENTITY_CUES


def _split_acronym_pair(text: str, hits: list[Hit], links: list[tuple[Hit, Hit]]) -> list[Hit]:
    """ "IRA International Rowing Alliance", "International Society IPS": two names."""
    result = []
    for hit in hits:
        parts = text[hit.start : hit.end].split(" ")
        pair = _acronym_pair(parts)
        if pair is None:
            result.append(hit)
            continue
        cut = hit.start + len(" ".join(parts[:pair]))
        first, second = Hit(hit.start, cut, "ORG", True), Hit(cut + 1, hit.end, "ORG", True)
        links.append((first, second))
        result += [first, second]
    return result


def _acronym_pair(parts: list[str]) -> int | None:
    if len(parts) < 3:
        return None
    if is_acronym(parts[0]) and parts[0].lower() not in gz.LEGAL_SUFFIXES:
        rest = parts[1:]
        if initials(" ".join(rest)) == parts[0]:
            return 1
        if rest[0].lower() in gz.ORG_HEADS and rest[0].lower() not in gz.DEPARTMENT_WORDS:
            return (
                1  # "ECSITE Réseau Européen ...": not "SBA Office of Inspector General", an office of the SBA
            )
    if is_acronym(parts[-1]) and initials(" ".join(parts[:-1])) == parts[-1]:
        return len(parts) - 1
    return None


_NOT_INITIALLED = frozenset(
    ["de", "du", "des", "la", "le", "les", "et", "of", "the", "and", "for", "pour", "en"]
)  # the words an acronym skips


def initials(name: str) -> str:
    """Capitals of the content words: "Agence régionale des forêts" -> "ARF"."""
    # "d'Essais" gives its E; "développement" its D, not the é after a d taken for an article
    letters = [_unelided(w)[:1] for w in words(name) if w.lower() not in _NOT_INITIALLED]
    return "".join(letters).upper()


# --- extending a hit over what the NER left outside ------------------------------------------


def _extend(text: str, hit: Hit) -> None:
    after, name = text[hit.end : hit.end + 40], text[hit.start : hit.end]
    single = len(words(name)) == 1
    # each pattern after the name is tried only where its branch is reached
    if single and _extend_by_a_word_in_capitals(text, hit, after):
        pass
    elif hit.label == "PER" or _a_person_taken_for_a_body(hit, name, after):
        hit.label = "PER"
        _extend_person(text, hit, after)
    elif tail := _ORG_TAIL_AFTER.match(after):
        hit.end, hit.label, hit.ruled = hit.end + tail.end(), "ORG", True  # "Toulouse Métropole"
    elif (
        hit.label == "ORG"
        and words(name)[-1].lower() in _BODY_WORDS
        and (field := _BODY_FIELD_AFTER.match(text, hit.end, hit.end + 80))
    ):
        hit.end, hit.ruled = field.end(), True  # "Connecticut Office" + " of the Attorney General"
    elif head_word(name) in gz.ORG_HEADS and words(name)[-1].islower():
        continuation = _LOWERCASE_CONTINUATION.match(after)  # "Ministère de l'économie, de l'industrie"
        # not into another body ("Police fédérale" + " et de la zone de police" + " Hoyoux-Mehaigne")
        if continuation and gz.ORG_HEADS.isdisjoint(w.lower() for w in words(continuation[0])):
            hit.end += continuation.end()
    elif single and head_word(name) in gz.ORG_HEADS and (named := _NAMED_BODY.match(after)):
        # "Communauté métropolitaine de Montréal"
        hit.end, hit.label, hit.ruled = hit.end + named.end(), "ORG", True
        if organ := _GOVERNING_BODY_OF.match(text, hit.start, hit.end):
            hit.start = organ.end()  # "Comité" + " de direction du SPF Economie": the body is the SPF
    elif (
        hit.label == "LOC"
        and _lower_word_after(after)
        and (adjective := _PLACE_ADJECTIVE_AFTER.match(after))
        and adjective.group(1) in gz.PLACE_ADJECTIVES
    ):
        hit.end += adjective.end()  # "Amérique latine"
    _extend_venue(text, hit, name)
    _extend_to_kind_after(text, hit, name)
    if hit.label in ("ORG", "LOC", "MISC"):
        _extend_legal_form(text, hit)
        _extend_body_of_place(text, hit)
        _extend_government(text, hit)
        _extend_to_whole_place(text, hit)
        _extend_to_district_number(text, hit)
        _extend_to_club_letters(text, hit)
    _cut_dangling_word(text, hit)
    after = text[hit.end : hit.end + 20]
    adjective = _PLACE_ADJECTIVE_AFTER.match(after) if _lower_word_after(after) else None
    if adjective and adjective.group(1) in _PORTFOLIO_ADJECTIVES and head_word(name) in _MINISTRY_HEADS:
        hit.end += adjective.end()  # "Ministère de la Mobilité et des Travaux" + " publics"


_HYPHENATED_SURNAME_AFTER = pattern(r" [A-ZÀ-Þ][a-zß-ÿ]+-[A-ZÀ-Þ][a-zß-ÿ]+(?![\w-])")


def _a_person_taken_for_a_body(hit: Hit, name: str, after: str) -> bool:
    """Two or three given names before a surname of two parts: "Katrina Mae" + " Sy-Ocampo"."""
    parts = words(name)
    return (
        hit.label != "LOC"
        and 2 <= len(parts) <= 3
        and bool(_HYPHENATED_SURNAME_AFTER.match(after))
        and all(p[:1].isupper() and is_given_name(p) for p in parts)
    )


def _cut_dangling_word(text: str, hit: Hit) -> None:
    """A preposition or a connector ending the name is not the name's ("the Ministry of Health at")."""
    if _ends_with(text, hit, _PREPOSITIONS) and (
        preposition := _ENDS_WITH_PREPOSITION.search(text, hit.start, hit.end)
    ):
        hit.end = preposition.start()
    if _ends_with(text, hit, _CONNECTORS_AT_END) and (
        connector := _ENDS_WITH_CONNECTOR.search(text, hit.start, hit.end)
    ):
        named = _NAME_RESUMES.match(text, hit.end, hit.end + 80)
        # "Fonds de garantie des" + " Ports de l'Atlantique Nord"; "IUT Chimie & génie des
        # procédés et" (+ " à Polyvex"): the name ends before the connector; not "in Oke-Ogun and"
        # + " Ibarapa", two places listed after "in"
        if named and (
            _two_places_listed(text, hit, connector.start())
            or _ends_on_its_place(text, hit, connector.start())
        ):
            named = None
        hit.end = named.end() if named else connector.start()


# A body named for the place it serves, its name complete: "the Government of Québec".
_OF_A_PLACE_AT_END = pattern(r"\bof (?:the )?([A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){0,2})$")


def _ends_on_its_place(text: str, hit: Hit, connector: int) -> bool:
    """ "the Government of Québec and" + " Infrastructure Canada": a body complete with its place
    before the "and", then another body; not "Department of Agriculture and" + " Food", one name."""
    place = _OF_A_PLACE_AT_END.search(text, hit.start, connector)
    return place is not None and (is_country(place[1]) or is_region(place[1]) or is_settlement(place[1]))


_PLACE_IN = pattern(r"\b(?:in|at|across|between|throughout|dans|en|à)\s$")


def _two_places_listed(text: str, hit: Hit, connector: int) -> bool:
    """One word after a preposition of place, then "and" ("in Oke-Ogun and"): a list of places."""
    return " " not in text[hit.start : connector] and bool(
        _PLACE_IN.search(text, max(0, hit.start - 12), hit.start)
    )


def _extend_by_a_word_in_capitals(text: str, hit: Hit, after: str) -> bool:
    """A one-word name goes on over a word in capitals: a country's initials after a body ("Innovate
    UK", not "Heritage US$31.5 million"), a surname after a given name ("Hélène KERMARREC")."""
    word = _ALLCAPS_WORD_AFTER.match(after)
    if word is None:
        return False
    if hit.label == "ORG" and names_a_country_by_initials(word[1]) and after[word.end() :][:1] != "$":
        hit.end, hit.ruled = hit.end + word.end(), True  # a body named for its country
    elif (
        _CAPITALISED.match(text[hit.start])
        and word[1] not in gz.SEAT_LETTERS
        and _is_surname(text, hit, word[1])
    ):
        hit.end, hit.label, hit.ruled = hit.end + word.end(), "PER", True
    else:
        return False
    return True


def _extend_venue(text: str, hit: Hit, name: str) -> None:
    """ "Hong Kong Convention" + " and Exhibition Centre": a venue named for two kinds of event;
    "Santa Cruz Health" + " Centre": a centre the NER cut before its kind."""
    venue = _SECOND_VENUE_KIND_AFTER.match(text, hit.end) if hit.label in ("ORG", "LOC") else None
    if venue and words(name.lower())[-1] in gz.VENUE_KINDS and venue[1].lower() in gz.VENUE_KINDS:
        hit.end, hit.label, hit.ruled = venue.end(), "LOC", True
    elif " " in name and hit.label == "ORG" and (kind := _CENTRE_AFTER.match(text, hit.end)):
        hit.end = kind.end()


_CENTRE_AFTER = pattern(r" (?:Centre|Center)(?![\w-]| (?:for|of|de)\b)")
_SECOND_VENUE_KIND_AFTER = pattern(r" (?:and|&) ([A-Z][a-z]+) (?:Centre|Center|Complex)\b")
# The rest of a place's name after a small word, where the NER stopped: "Trinidad" + " and Tobago",
# "Port of Dar" + " es Salaam", "Bosnia" + " and Herzegovina", "Saint Vincent" + " and the Grenadines";
# and back: "Republic of the " + "Philippines".
_PLACE_GOES_ON = pattern(
    r" (?:and|&|es|et|of|upon|on|de|du|the)(?: the)? [A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?"
)
_PLACE_OPENS_WORDS = ["and", "&", "es", "et", "of", "upon", "on", "de", "du", "the"]
_PLACE_OPENS = pattern(
    rf"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)? (?:{'|'.join(_PLACE_OPENS_WORDS)})(?: the)? $"
)
_PLACE_OPENS_ENDS = tuple(f" {word} {end}" for word in _PLACE_OPENS_WORDS for end in ("", "\n"))
_WHOLE_PLACE_POPULATION = 100_000


def _known_whole_place(name: str) -> bool:
    return is_country(name) or is_region(name) or is_city(name, _WHOLE_PLACE_POPULATION)


# A town's district by its number, in French: "Douala 3e", "Yaoundé 1er", "Paris 15e", "Lyon IIIe".
# (not a date's day: "Lomé 1er avril")
_DISTRICT_NUMBER = pattern(
    r" (?:[1-9]\d?(?:er|e|ème)|[IVX]{1,5}e)(?![\w'’-])"
    r"(?! (?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
    r"|novembre|décembre|decembre)\b)"
)


def _without_district_number(name: str) -> str:
    """ "Douala 3e": "Douala", a district's number the one figure a name holds."""
    numbered = _DISTRICT_NUMBER.search(name)
    return name[: numbered.start()] if numbered and numbered.end() == len(name) else name


def _extend_to_district_number(text: str, hit: Hit) -> None:
    """A town followed by a district's number is that district: "Commune d'Arrondissement de
    Douala 3e", "Douala 5e" (not "Douala" and a stray "3e"); one the NER found with its number but
    left untyped is a place."""
    name = text[hit.start : hit.end]
    if (town := _without_district_number(name)) != name:
        if hit.label == "MISC" and is_settlement(town):
            hit.label, hit.ruled = "LOC", True  # "Douala 3e", as the NER found it
        return
    if text[hit.end : hit.end + 1] != " " or not (number := _DISTRICT_NUMBER.match(text, hit.end)):
        return
    if is_settlement(words(name)[-1]):
        hit.end = number.end()
        if hit.label == "MISC":
            hit.label, hit.ruled = "LOC", True


# A sports club's letters before or after its name ("CD Ribeira Grande", "Savannah Harbor SC",
# "Glossop North End AFC"), which the NER leaves out: the club's name holds them. Not the letters
# that are also a country's or a legal form's ("US", "AS"), nor a state's after its town
# ("Columbia SC").
_CLUB_LETTERS_BEFORE = pattern(r"(?<![\w.&-])(?:A?FC|SC|CD|CF|AC|SK|FK|RC|UD|SD|SV) $")
_CLUB_LETTERS_AFTER = pattern(r" (?P<l>A?FC|SC|CF)(?![\w.&'’-])")


def _extend_to_club_letters(text: str, hit: Hit) -> None:
    before = _CLUB_LETTERS_BEFORE.search(text, max(0, hit.start - 4), hit.start)
    after = _CLUB_LETTERS_AFTER.match(text, hit.end)
    if after and after["l"] == "SC" and is_settlement(text[hit.start : hit.end]):
        after = None
    if before or after:
        hit.start, hit.end = before.start() if before else hit.start, after.end() if after else hit.end
        hit.label, hit.ruled = "ORG", True


def _extend_to_whole_place(text: str, hit: Hit) -> None:
    """A name that ends with the first words of a country, a region or a large city the geodata
    knows whole, taken on to the place's end; or opens with its last words, taken back to its
    start ("Trinidad and " + "Tobago Stock Exchange")."""
    parts = text[hit.start : hit.end].split(" ")
    if goes_on := _PLACE_GOES_ON.match(text, hit.end):
        tail = text[hit.end : goes_on.end()]
        for count in (1, 2):
            for more in (tail, tail.rsplit(" ", 1)[0]):
                if more.count(" ") > 1 and _known_whole_place(" ".join(parts[-count:]) + more):
                    hit.end += len(more)
                    return
    before = max(0, hit.start - 40)
    # the pattern ends on one of its small words and a space ("$": perhaps before a line break): a
    # name with none right before it, most names, is spared its try at each of the forty offsets
    opens = text.endswith(_PLACE_OPENS_ENDS, before, hit.start)
    if opens and (opened := _PLACE_OPENS.search(text, before, hit.start)):
        head = opened[0]
        for start in (opened.start(), opened.start() + head.find(" ") + 1):  # "The Republic of the "
            for count in (1, 2):
                if _known_whole_place(text[start : hit.start] + " ".join(parts[:count])):
                    hit.start = start
                    return


# A legal form written in lower case after a company's name ("Menuiserie Vallée ltée"), and the
# abbreviations whose dot belongs to the name ("Co., Ltd.", "inc."), unless it ends a sentence.
_LEGAL_FORM_AFTER = pattern(
    r"(?: (?:et|and|&) [A-ZÀ-Þ][\w-]+(?: [A-ZÀ-Þ][\w-]+)?)?,? (?:ltée|limitée|inc\.|Ltée|Limitée)(?![\w-])"
)
_ABBREVIATED_FORMS = frozenset(["ltd", "inc", "co", "corp", "ltée", "pty", "bhd", "cie"])
_LOWERCASE_FORMS = frozenset(["inc", "ltée", "limitée"])
_SENTENCE_AFTER = pattern(r"\.[ \t]+[A-ZÀ-Þ]")


_LOWER_CASE_WORD = pattern(r"(?<![\w.'’-])[a-zà-ÿ]{2,}(?![\w.'’-])")  # not "Co-operative"'s


def _full_stop(text: str, dot: int) -> bool:
    """The dot at `dot` ends a sentence: a capital follows it, or it ends a line that reads as a
    sentence, with a word in lower case ("... ahead of schedule by Acme Ltd."; not a contact's
    line, "Kunal Mehta, Stellar IR Advisors Pvt. Ltd.", where the dot is the form's)."""
    if _SENTENCE_AFTER.match(text, dot, dot + 3):
        return True
    line_start = text.rfind("\n", 0, dot) + 1
    return text[dot + 1 : dot + 2] in ("\n", "") and bool(_LOWER_CASE_WORD.search(text, line_start, dot))


# "City of Edinburgh Council": the council of a city named with its kind in front.
_KIND_OF_BEFORE = pattern(r"(?:City|County|Borough|Town|District|Royal Borough) of $")
# "The Ontario government is investing", "l'État de Genève prendra": a government by its place.
_GOVERNMENT_AFTER = pattern(r" government\b")
# A national body named for its country, its name before it: "Police Scotland", "Transport Canada",
# "the Embassy of the Kingdom of the Netherlands", "the County Government of Isiolo"
# the bodies' words, written once: the quick test of the words before a name and the pattern read from them
_COUNTRY_BODY_WORDS = (
    *("Police", "Transport", "Sport", "Tourism", "Health", "Statistics", "Parks", "Enterprise", "Historic"),
    *("Creative", "Visit", "Skills", "Forestry"),
)
_BODY_OF_A_COUNTRY_BEFORE = pattern(
    rf"(?<![\w-])(?:(?:{'|'.join(_COUNTRY_BODY_WORDS)}) "
    r"|(?:Embassy|High Commission|Consulate(?: General)?) of (?:the )?|County Government of )$"
)

# the last words before a name that one of them may end with, told before the pattern is tried
_BODY_OF_A_COUNTRY_ENDS = (" of ", " of the ", *(f"{word} " for word in _COUNTRY_BODY_WORDS))


def _body_of_a_country_before(text: str, hit: Hit, name: str) -> int | None:
    if hit.label not in ("LOC", "ORG") or not text.endswith(_BODY_OF_A_COUNTRY_ENDS, 0, hit.start):
        return None  # (the last words before it told first: most names have none of these)
    body = _BODY_OF_A_COUNTRY_BEFORE.search(text, max(0, hit.start - 40), hit.start)
    country = name.removeprefix("Kingdom of the ").removeprefix("Kingdom of ").removeprefix("Republic of ")
    return body.start() if body and _country_or_region(country) else None


_STATE_OF_BEFORE = pattern(r"(?<![\w-])[lL]['’](?:État|Etat) (?:de |du |d['’])$")


# A body named for the place it serves, which the NER cut before it: "the Stock Exchange" + " of
# Mauritius", "the Grand Court" + " of the Cayman Islands".
_OF_A_PLACE = pattern(r" of (?:the )?([A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,2})")
# "the Marine and " + "Freshwater Research Institute": one name, the NER's span its second half.
_FIRST_OF_TWO_BEFORE = pattern(r"(?<![\w’'-])(?:the|The) ([A-ZÀ-Þ][a-zà-ÿ'’-]+) and $")


def _extend_body_of_place(text: str, hit: Hit) -> None:
    name = text[hit.start : hit.end]
    last = words(name)[-1].lower().rstrip(".") if name else ""
    if last in gz.LEGAL_SUFFIXES or not (
        last in gz.ORG_TAILS or last in gz.ORG_HEADS or last in _BODIES_OF_PLACES
    ):
        return  # not "Tidewater Castings LLC" + " of Norfolk": a company, then its seat
    if place := _OF_A_PLACE.match(text, hit.end):
        named = place[1].split(" ")
        size = next((n for n in range(len(named), 0, -1) if _country_or_region(" ".join(named[:n]))), 0)
        if size:
            hit.end, hit.label, hit.ruled = place.start(1) + len(" ".join(named[:size])), "ORG", True
            if form := _LEGAL_FORM.match(text, hit.end, hit.end + 40):
                hit.end = form.end()  # "the Stock Exchange of Mauritius" + " Ltd"
    joined = _FIRST_OF_TWO_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    if joined and hit.label == "ORG" and not is_large_place(joined[1]) and len(words(name)) > 1:
        hit.start = joined.start(1)


_BODIES_OF_PLACES = frozenset(["exchange", "court", "bank", "parliament", "assembly", "tribunal"])


def _extend_government(text: str, hit: Hit) -> None:
    name = text[hit.start : hit.end]
    if name.endswith("Council") and (kind := _KIND_OF_BEFORE.search(text, max(0, hit.start - 20), hit.start)):
        hit.start, hit.label, hit.ruled = kind.start(), "ORG", True
    elif hit.label == "LOC" and _GOVERNMENT_AFTER.match(text, hit.end) and _country_or_region(name):
        hit.end, hit.label, hit.ruled = hit.end + len(" government"), "ORG", True
    elif hit.label == "LOC" and (state := _STATE_OF_BEFORE.search(text, max(0, hit.start - 12), hit.start)):
        hit.start, hit.label, hit.ruled = state.start() + 2, "ORG", True  # "Etat de Genève", the body
    elif (start := _body_of_a_country_before(text, hit, name)) is not None:
        hit.start, hit.label, hit.ruled = start, "ORG", True  # "Police" + " Scotland", "Embassy of" + ...
    elif (start := _canton_title_start(text, hit, name)) is not None:
        hit.start, hit.label, hit.ruled = start, "ORG", True  # "République et" + " Canton du Jura"


def _canton_title_start(text: str, hit: Hit, name: str) -> int | None:
    """Where a Swiss canton's official title opens ("République et Canton du Jura", "République et
    canton de Genève"), for a hit on its canton or on its name: the canton, one body."""
    reach = max(0, hit.start - 30)
    if text.find("République et ", reach, hit.start) < 0:
        return None  # most hits: no such title before them
    title = _REPUBLIC_AND_CANTON.search(text, reach, hit.start)
    if title is None or (title[1] is None and not name.lower().startswith("canton ")):
        return None
    return title.start()


_REPUBLIC_AND_CANTON = pattern(r"République et (?:([Cc]anton (?:du |de la |de |d['’])))?$")


# The kind of a Japanese municipality or district written after its name in romaji: a ward, a
# city, a town, a village, a district, a prefecture.
_JAPANESE_DIVISION_AFTER = pattern(r"-(?:ku|shi|machi|ch[oō]|mura|gun|ken)(?![\w-])")


def _extend_to_kind_after(text: str, hit: Hit, name: str) -> None:
    """A person's hit ending on a company's form, the dot after it ("Constructions Boréalis inc" +
    "."); a place's, the kind of Japanese municipality after it ("Kikuyo" + "-machi", "Kikuchi" +
    "-gun")."""
    last = words(name)
    if hit.label == "PER" and len(last) > 1 and last[-1].lower().rstrip(".") in _ABBREVIATED_FORMS:
        _extend_legal_form(text, hit)
    elif hit.label == "LOC" and (suffix := _JAPANESE_DIVISION_AFTER.match(text, hit.end)):
        hit.end = suffix.end()


def _extend_legal_form(text: str, hit: Hit) -> None:
    if form := _LEGAL_FORM_AFTER.match(text, hit.end, hit.end + 40):
        hit.end, hit.label, hit.ruled = form.end(), "ORG", True  # "Portes" + " et Fenêtres inc."
    last = words(text[hit.start : hit.end])
    if (
        last
        and last[-1].lower().rstrip(".") in _ABBREVIATED_FORMS
        and text[hit.end : hit.end + 1] == "."
        and (f"{last[-1].rstrip('.').capitalize()}." in _DOTTED_FORMS or not _full_stop(text, hit.end))
    ):
        hit.end += 1  # "Hoshino Pharma Co., Ltd." (the dot of "Ltd."), not a sentence's; "inc." keeps its own


def _is_surname(text: str, hit: Hit, word: str) -> bool:
    name = text[hit.start : hit.end]
    lowered = word.lower()
    excluded = gz.LEGAL_SUFFIXES | gz.TERM_ACRONYMS | gz.CONTACT_LABELS | gz.TITLE_WORDS  # "Gauteng MEC"
    if lowered not in excluded and names_a_country_by_initials(word):
        return False  # "Hospice UK": a country's initials, no one's surname
    return not (name.isupper() or lowered in excluded or head_word(name) in gz.ORG_HEADS)


# Particles a surname opens with, which the NER takes for the name's start ("Ní Dhomhnaill", "bin Salleh").
_SURNAME_PARTICLE = pattern(
    r"(?:Ní|Nic|Ó|Uí|Mac|Mhic|bin|binti|binte|ibn|ould|van|von|da|di|del|della|dos|das) "
)
_NOT_GIVEN_NAMES = gz.TITLE_WORDS | gz.GENERIC_WORDS  # "Minister of State Ní Bhriain"
_GIVEN_NAME_BEFORE = pattern(r"(?<![\w'’.-])([A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?) $")
# One or two given names before a surname in capitals ("Dallas Trent KOWALCHUK").
_GIVEN_NAMES_BEFORE = pattern(r"(?<![\w'’.-])((?:[A-ZÀ-Þ][a-zà-ÿ]+ ){1,2})\Z")


def _given_names_of_a_shouted_surname(text: str, hit: Hit, parts: tuple[str, ...]) -> int | None:
    """Where the given names before a surname in capitals start ("Dallas Trent KOWALCHUK"), not
    before an acronym the text defines ("(NOCFPS)")."""
    if len(parts) != 1 or not parts[0].isupper() or f"({parts[0]})" in text:
        return None
    named = _GIVEN_NAMES_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    if named and all(is_given_name(w) and w.lower() not in _NOT_GIVEN_NAMES for w in named[1].split()):
        return named.start(1)
    return None


# A Chinese given name of two syllables joined by a hyphen ("Tai-man", "Suk-han"), and an
# English given name after it and a comma, before the sentence or the line goes on.
_SYLLABLES = pattern(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")
_ENGLISH_NAME_AFTER = pattern(
    r", ([A-Z][a-z]+)(?=[,.;:)]|[ \t]*$|[ \t]+(?:and|as|who|has|will|is|was)\b)", re.MULTILINE
)


def _extend_person(text: str, hit: Hit, after: str) -> None:
    """ "Suresh Nair" -> "R.K. Suresh Nair", "Jean-Marc Le" -> "Jean-Marc Le Bihan"."""
    initials_before = _INITIALS_BEFORE.search(text, max(0, hit.start - 10), hit.start)
    more = _CAPITAL_WORD_AFTER.match(after)
    title = more and (more.group(1).lower() in gz.TITLE_WORDS or more.group(1) in gz.POST_NOMINALS)
    parts = words(text[hit.start : hit.end])
    # a Chinese or Malay given name of two syllables after the family name: "Chloe Lim Hui" + " Min"
    syllables = len(parts) == 3 and all(len(p) <= 4 for p in parts[1:]) and more and len(more.group(1)) <= 4
    if more and not title and (len(parts) < 3 or syllables):
        hit.end += more.end()
    if lineage := _LINEAGE_AFTER.match(text, hit.end):
        hit.end = lineage.end()  # "Nurul Ain" + " binte Ismail", "Timothy Van" + " der Poel"
    if generation := _GENERATION_AFTER.match(text, hit.end):
        hit.end = generation.end()  # "Daniel R. Hallworth" + " Jr."
    elif (
        _SYLLABLES.fullmatch(parts[-1])
        and (english := _ENGLISH_NAME_AFTER.match(text, hit.end))
        and is_given_name(english[1])
    ):
        hit.end = english.end(1)  # "Chan Tai-man" + ", Peter": Hong Kong's order, the English name last
    if initials_before and initials_before.group(0).strip().lower() not in gz.TITLE_WORDS:
        hit.start = initials_before.start()
    elif (short := _abbreviated_given_name_before(text, hit.start)) is not None:
        hit.start = short  # "Atty." + " Ma." + " Teresa D. Villaluz": Maria, abbreviated
    if (start := _given_names_of_a_shouted_surname(text, hit, parts)) is not None:
        hit.start = start  # "Dallas Trent" + "KOWALCHUK": a police release's accused
        return
    given = _GIVEN_NAME_BEFORE.search(text, max(0, hit.start - 25), hit.start)
    if not given or given.group(1).lower() in _NOT_GIVEN_NAMES:
        return
    if _SURNAME_PARTICLE.match(text, hit.start):
        hit.start = given.start(1)  # "Aoife Ní Dhomhnaill" when the NER found only "Ní Dhomhnaill"
    elif len(parts) == 1 and _named_like_a_person(text, Hit(given.start(1), hit.end, "PER")):
        hit.start = given.start(1)  # "Lennox Mattis-Henry" when the NER found only the surname


# --- typing ----------------------------------------------------------------------------------


# An Irish council of a city and its county, which the NER cuts at the city: "Waterford City" +
# " and County Council".
_AND_COUNTY_COUNCIL = pattern(r"(?: City)? and County Council\b")


# A company's function after a title, then "of" and the company: "Vice President Exploration of
# Redcliffe", "Director, Investor Relations of Tidewater". The NER takes the function and the
# company for one name (a person's, often); the company alone is the name.
_FUNCTION_OF = pattern(
    r"(?:Exploration|Operations|Finance|Marketing|Sales|Engineering|Development|Sustainability|Technology"
    r"|Strategy|Legal|Communications|Investor Relations|Corporate Development|Business Development"
    r"|Human Resources|Geology|Projects|Production) of (?:the )?(?=[A-ZÀ-Þ])"
)
_TITLE_BEFORE_FUNCTION = pattern(
    r"\b(?:President|Director|Manager|Head|VP|Chief|Officer|Vice[ -]President|SVP|EVP),? $", re.IGNORECASE
)


def _cut_a_function_of(text: str, hit: Hit) -> None:
    function = _FUNCTION_OF.match(text, hit.start, hit.end)
    if function and _TITLE_BEFORE_FUNCTION.search(text, max(0, hit.start - 20), hit.start):
        hit.start, hit.label, hit.ruled = function.end(), "ORG", True


def _extend_body_kind(text: str, hit: Hit) -> None:
    kind = _BODY_KIND_BEFORE.search(text, max(0, hit.start - 40), hit.start)
    if kind and hit.label != "PER":
        hit.start, hit.label, hit.ruled = kind.start(), "ORG", True
    elif hit.label != "PER" and (council := _AND_COUNTY_COUNCIL.match(text, hit.end)):
        if council[0].startswith(" City") or text[hit.start : hit.end].endswith(" City"):
            hit.end, hit.label, hit.ruled = council.end(), "ORG", True
    elif (
        hit.label == "LOC"
        and (canton := _CANTON_BEFORE.search(text, max(0, hit.start - 12), hit.start))
        and _a_swiss_canton(text[hit.start : hit.end])
    ):
        hit.start = canton.start()


def _a_swiss_canton(name: str) -> bool:
    """ "le canton de Vaud": a Swiss canton, a state of its federation, is named with its kind; a
    French or a Luxembourg canton is a district named after its town ("canton d'Yvetot")."""
    return is_region(name) and country_of(name) == "CH"


_CANTON_BEFORE = pattern(r"\bcanton (?:de |du |d['’])$")


# A body named by its portfolio, the list of its domains that the NER cuts at the first comma or
# "and": "Department of Agriculture, Food and the Marine", "Ministère de l'Agriculture, de la
# Souveraineté alimentaire et de l'Élevage" (a domain's adjective in lower case kept).
_BODY_WITH_DOMAINS = pattern(
    r"(?:department|ministry|ministère|office|secretariat|secrétariat|service|direction|directions"
    r"|département|departement)\s+(?:of|for|de|du|des|d['’])\b",
    re.IGNORECASE,
)
_BODY_WITH_DOMAINS_INITIALS = frozenset(cased("dmos"))  # its words' initials, as IGNORECASE reads them


def _body_with_domains(text: str, hit: Hit) -> bool:
    """Whether the name opens on a body's kind and its domain's tie ("Ministère de", "Department of"),
    or on one word that qualifies the kind ("Federal Ministry of", "State Department for"): tried only
    where the kind opens on one of the kinds' initials."""
    if text[hit.start : hit.start + 1] in _BODY_WITH_DOMAINS_INITIALS and _BODY_WITH_DOMAINS.match(
        text, hit.start, hit.end
    ):
        return True
    kind = text.find(" ", hit.start, hit.end) + 1
    return (
        kind > 0
        and text[kind : kind + 1] in _BODY_WITH_DOMAINS_INITIALS
        and _QUALIFIER.fullmatch(text, hit.start, kind - 1) is not None
        and _BODY_WITH_DOMAINS.match(text, kind, hit.end) is not None
        # "Limpopo Department of ...": the region's department ("Federal" is a town's name, too)
        and not is_region(text[hit.start : kind - 1])
        and not is_country(text[hit.start : kind - 1])
    )


_QUALIFIER = pattern(r"[A-Z][a-z]+")  # "Federal", "State", "Union": a word, not an acronym


# (a word's apostrophe, and a possessive's only where another capitalised word follows it: the last
# domain's possessive is no part of the name, "Ministry of Finance and National Planning's figures")
# (and no figure: "the Department of Water and Sanitation, and R26,4 million from")
_EN_DOMAIN_WORD = r"[A-Z](?:[^\W\d]|-|['’](?!s\b)|['’]s(?= [A-Z]))*"
_EN_DOMAIN = rf"(?:the )?{_EN_DOMAIN_WORD}(?: {_EN_DOMAIN_WORD})*"
# one adjective, by its ending: "Souveraineté alimentaire", not a verb
_FR_ADJECTIVE_WORD = (
    r" [a-zà-ÿ][\w'’-]*(?:aire|aires|ale|ales|aux|el|elle|elles|ique|iques|if|ive|ives|ien|ienne|ier|ière)"
)
_FR_ADJECTIVE = f"(?:{_FR_ADJECTIVE_WORD})?"
# A domain's complement in lower case, the way French portfolios write it: "de l'Aménagement du
# territoire", "de la Cohésion des territoires", "de l'Évaluation des politiques publiques" (never a
# body's word: "... et de la Culture du gouvernement" ends at the domain).
# It ends where the sentence goes on with a small word or a mark, so that a noun after an adjective
# ("des petites entreprises") or a verb after the name is no complement's end.
_COMPLEMENT = (
    r" (?:du |des |de la |de l['’])(?!gouvernement|ministère|ministre|conseil|canton|pays\b)"
    r"[a-zà-ÿ][\w'’-]*" + _FR_ADJECTIVE + r"(?=[ \t]*(?:\n|$)|[,.;:)»–—]| (?:à|au|aux|a|et|est|ont|va"
    r"|pour|dans|sur|qui|que|le|la|les|l['’]|en|par|avec|de|du|des|d['’]|ou|se|sera|seront|afin|ainsi"
    r"|depuis|lors)\b)"
)
_FR_COMPLEMENT = f"(?:{_COMPLEMENT})?"
# A domain's adjective written with a capital, as many West and Central African and Maghreb
# portfolios write them: "des Comptes Publics", "des Ressources Animales et Halieutiques", "de
# l'Enseignement Professionnel". Only where the name stops after it (a mark, "et", a word in lower
# case): a given name after a portfolio goes on with its surname ("de la Culture Pascale Leroy").
_FR_CAPITAL_ADJECTIVE_WORD = (
    r"[A-ZÀ-Þ][a-zà-ÿ'’-]*(?:aire|aires|ale|ales|aux|els?|elles?|ics?|iques?|ifs?|ives?|iennes?|ières?)"
)
# where a name stops: a line's end, a mark, a word in lower case
_NAME_STOPS = r"[ \t]*(?:\n|$)|[,.;:)»–—]| [a-zà-ÿ]"
_FR_CAPITAL_ADJECTIVE = (
    rf" {_FR_CAPITAL_ADJECTIVE_WORD}(?: et {_FR_CAPITAL_ADJECTIVE_WORD})?(?={_NAME_STOPS}| et )"
)
_FR_DOMAIN_WORD = r"(?:de la |de l['’]|du |des |d['’]|de )[A-ZÀ-Þ][\w'’-]*"
_FR_DOMAIN = _FR_DOMAIN_WORD + f"(?:{_FR_CAPITAL_ADJECTIVE}|{_FR_ADJECTIVE_WORD})?" + _FR_COMPLEMENT
# ... and a last domain whose two adjectives make the list's "et": "Ministère de l'Agriculture, des
# Ressources Animales et Halieutiques"
_FR_PAIRED_DOMAIN = (
    rf"{_FR_DOMAIN_WORD} {_FR_CAPITAL_ADJECTIVE_WORD} et {_FR_CAPITAL_ADJECTIVE_WORD}(?={_NAME_STOPS})"
)
_MORE_DOMAINS = pattern(
    rf"(?:, {_EN_DOMAIN})*,? (?:and|&) {_EN_DOMAIN}(?![\w-]|['’](?!s\b))"
    rf"|(?:, {_FR_DOMAIN})*(?:,? et {_FR_DOMAIN}|, {_FR_PAIRED_DOMAIN})(?![\w'’-])"
)
_MORE_DOMAINS_SHOUTED = pattern(_MORE_DOMAINS.pattern, re.IGNORECASE)
# French bodies written in lower case after their kind: "Service des forêts, de la nature et du
# paysage", "Département de la mobilité, du territoire et de l'environnement".
_FR_LOWER_DOMAIN = r"(?:de la |de l['’]|du |des |d['’]|de (?!la |l['’]))[a-zà-ÿ][\w'’-]*" + _FR_ADJECTIVE
_MORE_LOWER_DOMAINS = pattern(rf"(?:, {_FR_LOWER_DOMAIN})*,? et {_FR_LOWER_DOMAIN}(?![\w'’-])")
_LOWER_DOMAIN_NAME = pattern(r"\S+ (?:de la |de l['’]|du |des |d['’]|de (?!la |l['’]))[a-zà-ÿ]")
# A name the NER cut inside its list of domains: "Direction de la Prospective, de l" + "'Urbanisme".
_DANGLING_CONNECTOR = pattern(r",? (?:de la|de l|du|des|de|d)$")


def _extend_portfolio_list(text: str, hit: Hit, people: Sequence[tuple[int, int]] = ()) -> None:
    """A ministry's list of domains the NER cut ("Department for Environment" + ", Food & Rural
    Affairs"); not over a person the list goes on to, where the NER found one ("the Ministry of
    Finance" + ", and Akiko Nishimura, ADB Country Director")."""
    if hit.label == "PER" or not _body_with_domains(text, hit):
        return
    name = text[hit.start : hit.end]
    if dangling := _DANGLING_CONNECTOR.search(name):
        hit.end, name = hit.start + dangling.start(), name[: dangling.start()]
    if (
        (first := _LIST_SEPARATOR.search(name))
        and len(kept := _domains_only(name[first.start() :])) < len(name) - first.start()
    ):  # the NER's list ran on into another body: "..., Food & Rural Affairs, Environment Agency"
        hit.end, name = hit.start + first.start() + len(kept), name[: first.start() + len(kept)]
    pattern = _MORE_DOMAINS_SHOUTED if name.isupper() else _MORE_DOMAINS
    if _LOWER_DOMAIN_NAME.match(name):
        pattern = _MORE_LOWER_DOMAINS
    more = pattern.match(text, hit.end)
    added = _before_a_person(_domains_only(more[0]), hit.end, people) if more else ""
    # a list: a comma in it, or last words that name no body of their own ("Department for Energy
    # Security and Net Zero"; "Ministry of Corporate Affairs and Halden Group" are two bodies)
    if (
        added
        and "\n" not in added
        and ("," in name or "," in added or _domain_words(added))
        and not _ANOTHER_BODY_GOES_ON.match(text, hit.end + len(added))
    ):
        hit.end, hit.label, hit.ruled = hit.end + len(added), "ORG", True
    elif _LAST_FR_DOMAIN.search(text, hit.start, hit.end) and (
        after := _COMPLEMENT_AFTER.match(text, hit.end)
    ):
        hit.end, hit.label, hit.ruled = after.end(), "ORG", True  # a list the NER or a join holds already


_LIST_SEPARATOR = pattern(r",? (?:and|&|et) |, ", re.IGNORECASE)  # "… AND SOCIAL CARE" too


def _before_a_person(added: str, at: int, people: Sequence[tuple[int, int]]) -> str:
    """The list's items before its last, when that is a person's name (`people`, their spans)."""
    person = min((p for p, end in people if at <= p and end == at + len(added)), default=None)
    if person is None:
        return added
    cuts = [m.start() for m in _LIST_SEPARATOR.finditer(added) if at + m.end() <= person]
    return added[: cuts[-1]] if cuts else ""


def _domains_only(more: str) -> str:
    """A list of domains up to an item that names a body, a place or a person of its own, as a
    GOV.UK "From:" line lists its authors: "Department for Environment" + ", Food & Rural Affairs"
    + ", Environment Agency and The Rt Hon Jo Bell MP"."""
    cuts = [m.span() for m in _LIST_SEPARATOR.finditer(more)]
    if not cuts:
        return more
    item_ends = [start for start, _ in cuts[1:]] + [len(more)]  # each item runs to the next separator
    for (start, end), after in zip(cuts, item_ends, strict=True):
        named = words(more[end:after])
        item = [w.lower() for w in named]
        # a country closing a name of capitals alone ("Active Travel England"), not a domain's
        # complement ("et des Finances du Niger": the ministry's country)
        country = bool(item) and is_country(item[-1]) and all(w[:1].isupper() for w in named)
        if item and (item[-1] in _BODY_LAST_WORDS or country or any(w in gz.TITLE_WORDS for w in item)):
            return more[:start]
    return more


# The last words that make a list's item a body of its own ("Environment Agency"), not a domain
# ("Local Government", "Police": "Department of Justice and Police" is one)
_BODY_LAST_WORDS = gz.ORG_HEADS - {"police", "union", "society", "government", "gouvernement"}
_BODY_LAST_WORDS |= gz.LEGAL_SUFFIXES | {"trust", "authority", "board", "corporation"}


# A name that already ends on its list's last domain, written with a capital after "et"
_LAST_FR_DOMAIN = pattern(r" et (?:de la |de l['’]|du |des |d['’]|de )[A-ZÀ-Þ][\w'’-]*$")
_COMPLEMENT_AFTER = pattern(f"{_COMPLEMENT}|{_FR_CAPITAL_ADJECTIVE}")


# What follows a list of domains that is another body's name going on: "the Ministry of Manpower
# and the Housing" + " & Development Board"
_ANOTHER_BODY_GOES_ON = pattern(r" (?:&|and) [A-Z](?![A-Z])")  # not an acronym of a body after the list


def _domain_words(more: str) -> bool:
    bare = (_ELIDED.sub("", w) for w in words(more))  # "l'Équipement": "Équipement"
    added = [w.lower() for w in bare if w[:1].isupper()]
    if not added or is_settlement(more.split(" ", 2)[-1]):
        return False
    return all(w not in gz.ORG_TAILS and w not in gz.ORG_HEADS and w not in gz.LEGAL_SUFFIXES for w in added)


def _named_companies(text: str, hits: list[Hit]) -> set[str]:
    """Names the NER calls organisations more than once: a site "de X" is then X's, not X."""
    seen: dict[str, int] = {}
    for hit in hits:
        if hit.label == "ORG":
            seen[text[hit.start : hit.end]] = seen.get(text[hit.start : hit.end], 0) + 1
    return {name for name, count in seen.items() if count > 1}


def _names_a_portfolio(text: str, hit: Hit) -> bool:
    """ "Ministre des Finances": a portfolio; "premier ministre du Québec", "Prime Minister of
    India": the country or the province the minister serves, a place."""
    if hit.label == "PER" or is_country(text[hit.start : hit.end]) or is_region(text[hit.start : hit.end]):
        return False
    if _speaker_in_apposition(text, hit):
        return False  # "Minister for the Reef, Mara Quinlan, said": the minister, not a portfolio
    window = text[max(0, hit.start - 90) : hit.start].casefold()
    if not any(cue in window for cue in ("ster", "stre", "secr", "member", "holder")):
        return False  # no "minister", "ministre", "secretary", "member", "holder": the pattern cannot match
    return bool(_PORTFOLIO_BEFORE.search(text, max(0, hit.start - 90), hit.start))


_GOVERNMENT = pattern(r"^(?:The )?(.+?) Governments?$")
_DEMONYM_ENDS = ("ish", "ese", "ch", "sh", "ss", "i")  # "British", "Maltese", "French", "Welsh", "Swiss"


def _government_of_a_party(text: str, hit: Hit) -> bool:
    """ "the Harlan Liberal Government", "The Labour and Greens Government": a government named by
    its party or its leader is a description; one named by its place is a body ("the Ontario
    Government", "the Kenyan Government", "the Jersey States Government")."""
    found = _GOVERNMENT.match(text[hit.start : hit.end])
    if not found or head_word(found[0]) in gz.ORG_HEADS:
        return False  # "Department of Housing, Local Government": a portfolio ends with the word
    parts = [w for w in words(found[1]) if w not in ("and", "&", "of", "the")]
    for size in (1, 2, 3):
        for i in range(len(parts) - size + 1):
            if _place_or_its_people(" ".join(parts[i : i + size])):
                return False
    return True


def _place_or_its_people(name: str) -> bool:
    if is_acronym(name) or name.endswith(_DEMONYM_ENDS):
        return True
    if is_country(name) or is_region(name) or is_city(name, 50_000):
        return True
    # "Australian", "Canadian", "Peruvian", "Italian", "Mexican": the people of a country or region
    return names_a_people(name)


def _extend_site(text: str, hit: Hit, owners: set[str]) -> None:
    """ "château de Kerbrat", "Port of Ballykeel": the kind of site written before a name is part of it;
    not "le plus grand parc éolien de Ventalis", where the name is a company the text names alone."""
    if text[hit.start].islower() and (site := _SITE_AT_START.match(text, hit.start, hit.end)):
        if not _venue_of_a_town(site[0]):
            hit.label, hit.ruled = "LOC", True  # "tunnel Belliard" as the NER found it: the site whole
        return
    kind = _SITE_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    if not kind or (hit.label == "ORG" and text[hit.start : hit.end] in owners) or _venue_of_a_town(kind[0]):
        return
    if kind[0][:1].islower() and kind[0].rstrip().endswith(" of"):
        return  # English capitalises a site's kind in its name ("Port of Burnie"); "the port of Kemi": a town
    if kind[0].lower().startswith("salle") and head_word(text[hit.start : hit.end]) in _BUILDINGS:
        return  # "salle du Palais des fêtes": a room of the building, which is the place named
    # "la villa Marbois": a site's kind in lower case before a name the NER took for a person's
    if (hit.label != "PER" or text[kind.start()].islower()) and _CAPITALISED.match(text[hit.start]):
        hit.start, hit.label, hit.ruled = kind.start(), "LOC", True


_BUILDINGS = frozenset(["palais", "maison", "centre", "espace", "hôtel", "halle", "théâtre", "musée"])
_VENUE_OF = pattern(r"\s+(?:de la |de l['’]|du |des |de |d['’])\S*$")


def _venue_of_a_town(kind: str) -> bool:
    """ "centre culturel de " (+ "Mersch"): a venue's kind, then "de" and its town, which describe it."""
    of = _VENUE_OF.search(kind)
    return of is not None and kind[: of.start()].strip().lower() in gz.NAMED_VENUE_KINDS


# What a person's name may also name, neither a person nor a body nor a site (the guide's
# programmes), and a fund in their memory, a body ("the Ada Marsh Memorial Fund").
_HONOURS = frozenset(
    ["fellowship", "fellowships", "scholarship", "scholarships", "award", "awards", "prize", "prizes"]
    + ["trophy", "lecture", "lectures", "medal", "bursary", "bursaries", "cup"]
)
_HONOUR_ENDINGS = tuple(f" {word.title()}" for word in sorted(_HONOURS))  # "... Memorial Fellowship"
_FUNDS = frozenset(["fund", "fonds"])
_WORDS_AFTER = pattern(r"((?: [A-ZÀ-Þ][\w'’-]*){1,3})(?![\w'’-]| [A-ZÀ-Þ])")
_HONOUR_BEFORE = pattern(r"(?<![\w.])(?:Sir|Dame) $")


def _named_after_someone(text: str, hit: Hit) -> None:
    """A site or a body named after someone: the person's name the NER found, then the kind
    ("Daniel K. Inouye" + " International Airport", a body: " Memorial Foundation"), or the kind
    with the surname only ("Sammy Cricket Ground" after "Daren"); the honour before is the name's
    too ("Sir " + "Vivian Richards Stadium")."""
    if hit.label == "PER" and (kind := _WORDS_AFTER.match(text, hit.end)):
        last = kind[1].rsplit(" ", 1)[-1].lower()
        if last in gz.SITE_TAILS or last in gz.HALL_TAILS:
            hit.end, hit.label, hit.ruled = kind.end(), "LOC", True
        elif (last in gz.ORG_TAILS and last not in gz.LEGAL_SUFFIXES) or last in _FUNDS:
            hit.end, hit.label, hit.ruled = kind.end(), "ORG", True
        elif last in _HONOURS:  # "the Ada Marsh Memorial Scholarships": a programme, no one
            hit.end, hit.label, hit.ruled = kind.end(), "MISC", True
    elif hit.label == "PER" and text.endswith(_HONOUR_ENDINGS, hit.start, hit.end):
        hit.label, hit.ruled = "MISC", True
    if hit.label == "PER" or not text[hit.start].isupper():
        return
    last = words(text[hit.start : hit.end])[-1].lower()
    if last not in gz.SITE_TAILS and last not in gz.HALL_TAILS and last not in gz.ORG_TAILS | _FUNDS:
        return
    given = _GIVEN_NAME_BEFORE.search(text, max(0, hit.start - 20), hit.start)
    if hit.label == "LOC" and given and is_given_name(given[1]) and _person_shaped_start(text, hit):
        hit.start = given.start(1)
    if honour := _HONOUR_BEFORE.search(text, max(0, hit.start - 5), hit.start):
        hit.start = honour.start()


def _person_shaped_start(text: str, hit: Hit) -> bool:
    """The name opens on a surname, not on a kind or a place ("Sammy Cricket Ground", not "Lakeside
    Cricket Ground" nor "Dublin Airport")."""
    first = words(text[hit.start : hit.end])[0]
    return (
        first.lower() not in gz.CUE_WORDS
        and not _known_name(first)
        and not written_in_lower_case(text, first.lower())
    )


# A court of justice by its kind ("Hennepin County District Court"), not a courtyard or a street.
_COURT = pattern(
    r"\b(?:District|County|Supreme|High|Superior|Federal|Circuit|Crown|Family|Magistrates['’]?|Appeals?"
    r"|Provincial|Municipal|Youth|Sheriff) Court$"
)


def _venue(lowered: str) -> bool:
    """ "Harbour Convention Center": a centre named for what is held there."""
    parts = words(lowered)
    return len(parts) > 2 and parts[-1] in gz.VENUE_TAILS and parts[-2] in gz.VENUE_KINDS


def _ends_as_a_site(lowered: str, last: str) -> bool:
    """ "Kerrow Highway", "Temba Community Hall", "Calder Borough": a site's or an area's last word;
    not "Department of Transport and Main Roads", a body whose portfolio ends with one."""
    if _BODY_WITH_PORTFOLIO.search(lowered) or _purpose_district(lowered):
        return False
    return (
        last in gz.SITE_TAILS
        or last.rstrip("s") in gz.SITE_TAILS
        or last in gz.AREA_TAILS
        or last in gz.HALL_TAILS
        or _venue(lowered)
    )


def _defined_as_the_company(text: str, name: str) -> bool:
    """'("Mokala" or "the Company")', a listed company's header defining its short name."""
    return name in _company_short_names(text)


@lru_cache(maxsize=8)
def _company_short_names(text: str) -> frozenset[str]:
    """The short names a text defines for its company, read once per release."""
    if not any(lead in text for lead in (' or "the ', " or “the ", ' or the "', " or the “")):
        return frozenset()
    return frozenset(_SHORT_NAME_DEFINED.findall(text))


# '("Mokala" or "the Company")', '("Kgotso" or "the Group" or "the Company")', '("Quillon" or the "Company")'
_SHORT_NAME_DEFINED = pattern(
    r"\([\"“]([^\"”\n]{1,60})[\"”]"
    r"(?:,? or (?:[\"“]the |the [\"“])(?:Company|Group|Issuer|Bank|Fund|Trust|Corporation)[\"”])+\)"
)


_WORK_KINDS = frozenset(
    ["research", "space", "science", "sciences", "cancer", "health", "technology", "innovation"]
)


def _a_kind_of_work(text: str, word: str) -> bool:
    return word in _WORK_KINDS or written_in_lower_case(text, word)


def _a_body_by_its_words(text: str, name: str, label: str, head: str) -> bool:
    parts = words(name.lower())
    last, several = parts[-1], len(parts) > 1
    return (
        head == "régions"
        or head in gz.ORG_HEADS
        or (last.rstrip(".") in gz.ORG_TAILS and several)  # "Telephone Co.", "Acme Ltd."
        # a firm by its trade, which the NER took for a place ("Lake of the Woods Marine Services")
        or (label == "LOC" and several and last in gz.FIRM_WORDS)
        or (several and _a_trade_s_house(name))
        or (last == "court" and bool(_COURT.search(name)))
        # "John H. Glenn Research Center": a centre of some work, named after someone (not "Mei
        # Tsai-Whitaker Center", cut from "... Center for Rural Health", whose person is named too)
        or (label == "PER" and several and last in ("centre", "center") and _a_kind_of_work(text, parts[-2]))
    )


def _a_trade_s_house(name: str) -> bool:
    """ "Fromagerie des Deux-Rives", "Brasserie du Mont", "Imprimerie Nouvelle": a French business
    named by its trade's house, a noun in "-erie" (not a given name, "Valérie Dubois", nor a town,
    "Erie County", "Eumungerie Road")."""
    head = words(name)[0]
    if len(head) < 6 or not head[:1].isupper() or not head.lower().endswith("erie"):
        return False
    return not is_given_name(head) and not is_settlement(head)


def _site_in_its_town(name: str) -> bool:
    """ "Pearl Continental Hotel Lahore", "Grand Plaza Hotel Accra": a hotel named with its town."""
    parts = words(name)
    return len(parts) > 2 and parts[-2].lower() in ("hotel", "hotels", "resort") and is_city(parts[-1])


def _purpose_district(lowered: str) -> bool:
    """ "taber irrigation district": a district named for what it does (`gz.PURPOSE_DISTRICTS`)."""
    parts = words(lowered)
    return len(parts) > 2 and parts[-1] == "district" and parts[-2] in gz.PURPOSE_DISTRICTS


_REGION_KINDS = frozenset(["state", "province", "region", "territory", "governorate", "prefecture"])


def _retype(text: str, hit: Hit) -> None:
    """The hit's type from its words and what surrounds it, then the whole name of a site or a
    body named after someone."""
    _type_by_words(text, hit)
    _named_after_someone(text, hit)
    if hit.label != "LOC" and codes_a_subdivision(text, text[hit.start : hit.end]):
        hit.label, hit.ruled = "LOC", True  # "Winnipeg, MB", "regional NSW": a province's or a state's code


# A local government by its kind before its name, read as a region's is ("thanked the County of Maui":
# a body; "in the Township of Esquimalt": a place).
_LOCAL_KIND_OF = pattern(
    r"(?:the )?(?:County|Borough|Township|Parish|Municipality|Village|Shire) of [A-ZÀ-Þ]"
)


def _type_by_words(text: str, hit: Hit) -> None:
    name = text[hit.start : hit.end]
    lowered = name.lower()
    head, last, several = head_word(name), words(lowered)[-1], len(words(name)) > 1
    site = several and (_ends_as_a_site(lowered, last) or head in gz.PLACE_HEADS or _site_in_its_town(name))
    # a site kind in lower case opening the name: "école élémentaire Jean-Moulin", "piscine du Lac"
    site = site or (name[:1].islower() and _SITE_AT_START.match(text, hit.start, hit.end) is not None)
    area = hit.label != "ORG" and bool(_AREA_KIND_AFTER.match(text, hit.end))
    if site or area or any(m in lowered for m in gz.SITE_MARKERS) or _after_word(text, hit, gz.SITE_NOUNS):
        hit.label, hit.ruled = "LOC", True
    elif several and last in _REGION_KINDS and is_region(name[: -len(last) - 1]):
        hit.label, hit.ruled = "LOC", True  # "Kwara State", "Copperbelt Province": a region by its kind
    elif head in ("hôtel", "hotel") and several and name[:1].isupper() and _SEAT_BUILDING.match(name):
        hit.label, hit.ruled = "LOC", True  # "l'Hôtel du Département", "Hôtel de Ville": a building
    elif head in ("département", "departement") and not _NAMED_AFTER_HEAD.match(name):
        hit.label, hit.ruled = "ORG", True  # "Département de la santé": a canton's ministry, no place
    elif head in gz.REGION_HEADS and several and _body_with_domains(text, hit):
        hit.label, hit.ruled = "ORG", True  # "State Department for Shipping": the state's department
    elif head in gz.REGION_HEADS and several and (described := _DESCRIBED_REGION.match(name)):
        hit.start, hit.label, hit.ruled = hit.start + described.end(), "LOC", True  # "la région Normandie"
    elif (head in gz.REGION_HEADS and several) or _LOCAL_KIND_OF.match(name):
        hit.label, hit.ruled = _region_label(text, hit, head), True
    elif _a_body_by_its_words(text, name, hit.label, head) or _defined_as_the_company(text, name):
        hit.label, hit.ruled = "ORG", True
    elif _purpose_district(lowered):
        hit.label, hit.ruled = "ORG", True  # "Taber Irrigation District": a body, no area
    elif len(words(name)) == 2 and is_country(words(name)[1]) and not _known_name(name):
        # "Fáilte Ireland", "Transport Malta": a body named for its country; "Mainland China",
        # "Atlantic Canada", "North-West Nigeria": a part of it
        geographic = words(lowered)[0].split("-")[0] in _COMPASS | _PART_OF_A_COUNTRY
        hit.label, hit.ruled = ("LOC" if geographic else "ORG"), True
    elif _REPUBLIC.match(name) or (
        not hit.ruled and (_is_dateline_place(text, hit) or _placed_in(text, hit))
    ):
        hit.label, hit.ruled = "LOC", True
    elif not hit.ruled and _a_person_taken_for_a_name(text, hit):
        hit.label, hit.ruled = "PER", True  # "investigator Marcus Feliciano"; a contact's name
    elif _described_as_org(text, hit) or _held_title_before(text, hit) or _has_acronym_word(name, hit.label):
        hit.label, hit.ruled = "ORG", True
    elif not hit.ruled and _introduces_person(text, hit):
        hit.label, hit.ruled = "PER", True
    elif hit.label == "PER" and (_SAINT_TOWN.fullmatch(name) or _SAINT_PLACE.fullmatch(name)):
        hit.label, hit.ruled = "LOC", True  # "Sainte-Luce", "Saint-Ouen": a town named after a saint
    elif hit.label == "ORG" and not hit.ruled and _speaker_in_apposition(text, hit):
        hit.label, hit.ruled = "PER", True
    elif hit.label == "PER" and not hit.ruled and (kind := _no_one_named(text, hit)):
        hit.label, hit.ruled = kind, True  # "Coliban Water", "Innovate UK", "Mathira East"
    elif hit.label == "PER" and len(name) > 2 and is_acronym(name):
        hit.label = "ORG"  # "JCU Vice-Chancellor ...": no one is named by capitals alone; a body is


# Where a text writes a place, not a person: "between Malham and Castleford", "parts of
# Yorkshire", "new estates at Yarrabilba", "below Leeds" (a person is not "between" or "below").
_ONE_PLACE = r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?"
_PLACE_BEFORE = pattern(
    r"\b(?:in|at|near|between|below|above|across|around|outside|throughout|parts of|north of|south of"
    r"|east of|west of|downstream of|upstream of) "
    rf"(?:{_ONE_PLACE}, ){{0,4}}(?:{_ONE_PLACE},? (?:and|et) )?$"
)


# "a Mosgiel-based contractor", "Auckland-based Tasman", "a New Zealand-based fund": the place a
# body is based in, written as a modifier (the NER takes the town for a person, or misses it).
_BASED = pattern(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’]+(?: [A-ZÀ-Þ][\w'’]+){0,2}(?=[-‑]based\b)")


def _places_bodies_are_based_in(text: str, hits: list[Hit]) -> list[Hit]:
    """The town, region or country before "-based", which the geodata knows, as a place a rule
    typed (the name's last words where its first are not the place's: "the Group's Miami-based");
    returned where no hit has it yet, retyped where one has it exactly."""
    found = []
    for match in _BASED.finditer(text) if "based" in text else ():
        start = match.start()
        while start < match.end() and not (
            not text[start : match.end()].isupper() and is_settlement(text[start : match.end()])
        ):
            start = text.find(" ", start, match.end()) + 1 or match.end()
        if start >= match.end() or (
            _OPENS_SENTENCE.search(text, max(0, start - 4), start)
            and not is_large_place(text[start : match.end()])
        ):
            continue  # "Nature-based solutions" opening a sentence: a word, capitalised there
        same = [h for h in hits if h.start == start and h.end == match.end()]
        for hit in same:
            hit.label, hit.ruled = "LOC", True
        if not same and not overlaps(hits, start, match.end()):
            found.append(Hit(start, match.end(), "LOC", True))
    return found


def _places_taken_for_people(text: str, hits: list[Hit]) -> None:
    """One word the NER took for a person where the text writes a place ("between Malham and
    Castleford") is a place, unless the text names someone by it ("Bradley
    Kearsley" makes "Kearsley" a surname); so is the next of a list it opens ("at Greenbank,
    Yarrabilba and Flagstone"), and a town's name the NER took for a person, a body or a product
    ("off Bonavista", "Truganina will host", "a Tignish oyster")."""
    people = [h for h in hits if h.label == "PER"]
    bodies = [words(text[h.start : h.end]) for h in hits if h.label == "ORG"]
    bodies_opening = {parts[0] for parts in bodies if len(parts) > 1}
    surnames = {words(text[h.start : h.end])[-1] for h in people if len(words(text[h.start : h.end])) > 1}
    previous: Hit | None = None
    for hit in hits:
        name = text[hit.start : hit.end]
        listed = (
            previous is not None
            and previous.label == "LOC"
            and _LIST_JOINER.fullmatch(text, previous.end, hit.start) is not None
        )
        if hit.label == "PER" and not hit.ruled and " " in name and is_settlement(name):
            if listed or _PLACE_BEFORE.search(text, max(0, hit.start - 80), hit.start):
                hit.label, hit.ruled = "LOC", True  # "in Jurong West, Bukit Batok and Choa Chu Kang"
        elif hit.label == "PER" and not hit.ruled and " " not in name and name not in surnames:
            before = text[max(0, hit.start - 80) : hit.start]
            if (listed or _PLACE_BEFORE.search(before)) and not text.startswith("'s", hit.end):
                hit.label, hit.ruled = "LOC", True
            elif is_region(name) or is_country(name):
                hit.label, hit.ruled = "LOC", True  # "Gauteng" (MEC): a province is no one's name
            elif _a_town_no_one_is_named(text, hit, name, bodies_opening):
                hit.label, hit.ruled = "LOC", True  # "off Bonavista", "Mendon to Bridgewater": a town
        elif (
            hit.label == "ORG"
            and not hit.ruled
            and " " not in name
            and (listed or _TOWN_BEFORE.search(text, max(0, hit.start - 10), hit.start))
            and is_settlement(name)
        ):
            hit.label, hit.ruled = "LOC", True  # "in Temba and Soshanguve"
        elif hit.label == "ORG" and not hit.ruled and name in surnames and is_settlement(name):
            hit.label, hit.ruled = "PER", True  # "Councilmember Teodoro Villanueva ... Villanueva said"
        elif (
            hit.label == "ORG" and not hit.ruled and _a_town_no_one_is_named(text, hit, name, bodies_opening)
        ):
            hit.label, hit.ruled = "LOC", True  # "Truganina will host": a town the NER took for a body
        elif hit.label == "MISC" and not hit.ruled and _a_known_place_as_a_product(name):
            hit.label, hit.ruled = "LOC", True  # "a Tignish oyster", "a Broadbeach Waters man"
        previous = hit


_LIST_JOINER = pattern(r",? (?:and|et|&) |, ")
_WORD_BEFORE_NAME = pattern(r"(\w+)\.? $")


def _a_town_no_one_is_named(text: str, hit: Hit, name: str, bodies_opening: set[str]) -> bool:
    """One word the NER took for a person or a body that names a town the geodata knows, and no
    given name nor a word of the dictionaries ("Mill throughput"); not the first word of a body's
    longer name ("Cessnock" beside "Cessnock Foods": its short name), nor listed before an acronym
    ("(Woodford, IAML, Old Mutual)": investors), after a form of address ("Mr. Beaulieu": a
    surname), before a possessive ("Tamarack's three plants": a company's) or as a party to a sale
    ("sold its depot to Marlow")."""
    if name in bodies_opening or _ACRONYM_LISTED_AFTER.match(text, hit.end):
        return False
    if not _CAPITALISED_WORD.fullmatch(name) or not is_settlement(name):
        return False  # "URA", "LuSE": a body's acronym, whatever hamlet shares it
    if is_given_name(name) or is_ordinary_word(name):
        return False
    before = _WORD_BEFORE_NAME.search(text, max(0, hit.start - 12), hit.start)
    if text.startswith(("'s", "’s"), hit.end) or (before is not None and _an_honorific(before[1])):
        return False
    return not _TRADED_WITH.search(text, max(0, hit.start - 40), hit.start)


def _a_known_place_as_a_product(name: str) -> bool:
    """A name the NER took for a product or a people ("Tignish", "Broadbeach Waters") that names a
    town or a region the geodata knows, each word capitalised and none a dictionary's."""
    parts = name.split(" ")
    if not all(_CAPITALISED_WORD.fullmatch(part) for part in parts) or is_ordinary_word(name):
        return False
    return is_settlement(name) or is_region(name)


def _addressed(text: str, hit: Hit) -> bool:
    """ "Miss Shanique Allison Hinds-Morrison, Montego Bay": a form of address opens a person's name."""
    before = _NAME_WORD_JUST_BEFORE.search(text, max(0, hit.start - 12), hit.start)
    return before is not None and _an_honorific(before[0].rstrip(". "))


def _an_honorific(word: str) -> bool:
    """ "Mr", "Dr", "M": a form of address, written with its dot or without."""
    return word.lower() in gz.HONORIFICS or f"{word.lower()}." in gz.HONORIFICS


_ACRONYM_LISTED_AFTER = pattern(r",? (?:and |& )?[A-Z]{2,}\b")
# A party to a sale: "sold its depot to Marlow", "bought vans from Marlow" (a company's short name).
_TRADED_WITH = pattern(r"\b(?:sold|sells?|bought|buys?|leased|supplie[sd]|paid)\b[^.;\n]* (?:to|from) $")


# Where a body could not be: "works in Temba" (a company is worked "at", "with" or "for").
_TOWN_BEFORE = pattern(r"\b(?:in|between|near) $")


# An area's kind after one name or two, in lower case: "the Sedibeng and West Rand districts",
# "Kiambu county", "the Kaolack region": the names are places (a body would not be so written).
_AREA_KIND_AFTER = pattern(
    r"(?: (?:and|et|&) (?:the )?[A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w'’-]*){0,2})?"
    r" (?:districts?|count(?:y|ies)|sub-count(?:y|ies)|regions?|provinces?|municipalit(?:y|ies)|wards?)\b"
)
# The kinds of area a list of names is closed by, in the plural: "the Western, Greater Accra and Volta
# regions", "Kakamega and Kisumu counties".
_LISTED_AREA_KINDS = (
    "districts", "counties", "regions", "provinces", "municipalities", "wards", "constituencies",
    "parishes",
)  # fmt: skip
_AREA_NAME = r"[A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w'’-]*){0,2}"
_AREAS_LISTED = pattern(
    rf"{_AREA_NAME}(?:, {_AREA_NAME})*,? (?:and|&) {_AREA_NAME} "
    rf"(?P<kind>(?:sub-)?(?:{'|'.join(_LISTED_AREA_KINDS)}))\b"
)


def _areas_listed_before_their_kind(text: str) -> list[Hit]:
    """Two names or more listed before an area's kind in the plural are places, whether or not
    the NER saw them: a body is not so written. A list ends, going back, at a word that names a
    body's kind ("Chequamegon Fiber Cooperative, Bayfield and Ashland counties") and opens after a
    capitalised word that opens the sentence ("In Monze and Kalomo districts")."""
    if not any(kind in text for kind in _LISTED_AREA_KINDS):
        return []  # most releases list no areas: the pattern is not run
    found = []
    for listed in _AREAS_LISTED.finditer(text):
        kept: list[Hit] = []
        for start, end in reversed(_list_items(text, listed.start(), listed.start("kind") - 1)):
            if (item := _area_name(text, start, end)) is None:
                break
            kept.append(item)
        found += kept if len(kept) > 1 else []
    return found


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where each item of "A, B and C" between start and end begins and ends."""
    items, at = [], start
    for separator in _LIST_JOINER.finditer(text, start, end):
        items.append((at, separator.start()))
        at = separator.end()
    return [*items, (at, end)]


def _area_name(text: str, start: int, end: int) -> Hit | None:
    """One item of a list of areas, past the word that opens the sentence ("In"); None when a
    body's kind is in it."""
    parts = words(text[start:end])
    if len(parts) > 1 and is_stop_word(parts[0].lower()):
        start, parts = text.index(parts[1], start), parts[1:]
    if not parts or any(_is_cue(part.lower()) for part in parts):
        return None
    return Hit(start, end, "LOC", True)


# A site's kind after its name, in lower case: "the Carrow Hill mine", "its Brinlow offshore wind farm".
_SITE_KIND_AFTER = pattern(
    r" (?:[a-z-]+ ){0,2}(?:"
    + "|".join(
        sorted(
            gz.SITE_TAILS
            - {"project", "road", "street", "avenue", "station", "terminal", "river", "creek", "beach"}
        )
    )
    + r")s?\b"
)
_CAPITALISED_BEFORE = pattern(r"(?<=[a-zà-ÿ,] )(?:[A-ZÀ-Þ][\w'’-]+ )+$")


def _name_sites(text: str, hits: list[Hit]) -> None:
    """A place the NER found, followed by the kind of site it names, is that site, and the
    capitalised words just before it are its name's too ("the Dunmore Carrow Hill gold mine")."""
    for hit in hits:
        if hit.label not in ("LOC", "MISC") or not _SITE_KIND_AFTER.match(text, hit.end):
            continue
        name = text[hit.start : hit.end]
        if is_country(name) or is_region(name) or is_city(name, 50_000):
            continue  # "the France offshore wind farm" would be France's
        before = _CAPITALISED_BEFORE.search(text, max(0, hit.start - 40), hit.start)
        if before and before[0].split(" ", 1)[0] not in ("The", "Its", "Our"):
            hit.start = before.start()
        hit.label, hit.ruled = "LOC", True


# "across The Harlow and Kenton Schools Trust": inside a sentence, a capitalised "The" opens a
# formal name, and what follows it to the name the NER found is that name's.
_CAPITAL_THE_BEFORE = pattern(r"(?<=[a-z,] )The ((?:[A-Z][\w'’-]*|and|&|of) )+$")


# The words in capitals right before a name, after a word in lower case ("at Screaming Eagles"
# + " Arena", "the Mauritius" + " Tourism Promotion Authority").
_CAPITALS_BEFORE = pattern(r"(?<![\w’'.-])[a-zà-ÿ][\w’'-]* ((?:[A-ZÀ-Þ][\w’'.-]* )+)$")
# ... or after a street number or a range of them, before a street: "1080 Sheikh" + " Mujib Road",
# "12-16 Wang" + " Lee Street"
_CAPITALS_AFTER_NUMBER = pattern(r"(?<![\w’'.-])\d{1,5}(?:[-–]\d{1,5})?[A-Za-z]? ((?:[A-ZÀ-Þ][\w’'.-]* )+)$")
# ... or from a line's start, after a list's mark: "• Kōrero" + " Dance Collective's new work",
# "- Pemaquid" + " Harbor Lobster Co., Bristol: $865,000", where the NER leaves the first word out
_CAPITALS_FROM_LINE_START = pattern(rf"(?:^|\n)[ \t]*{LIST_MARK}?[ \t]*((?:[A-ZÀ-Þ][\w’'.-]* )+)$")
_STREET_KINDS = frozenset(
    ["road", "street", "avenue", "lane", "drive", "boulevard", "way", "highway", "salai", "marg"]
)
# The kinds a name ends with, which the words before it name: a body's or a site's.
_NAMED_KINDS = gz.ORG_TAILS | gz.SITE_TAILS | gz.ORG_HEADS


def _open_at_capitals(text: str, hits: list[Hit]) -> None:
    """A body or a site named by its kind opens at the words in capitals before it, which the NER
    left out ("the Lekan Salami Stadium", "at Screaming Eagles Arena"): after a word in lower case,
    or a street's number before a street ("303 Cheung Sha Wan Road"); not a title, a month, a
    weekday or an owner ("Minister", "Kenya's" stay out), and not in a headline in title case,
    where every word has a capital."""
    for hit in hits:
        name = words(text[hit.start : hit.end])
        last = name[-1].lower() if name else ""
        company = last.rstrip(".") in gz.LEGAL_SUFFIXES  # "- Pemaquid Harbor Lobster Co."
        if hit.label not in ("ORG", "LOC") or (last not in _NAMED_KINDS and not company):
            continue
        street = last in _STREET_KINDS
        before = None if company else _CAPITALS_BEFORE.search(text, max(0, hit.start - 60), hit.start)
        if before is not None and in_titled_line(text, hit):
            continue  # "Palouse Grain to Acquire Lewis-Clark Seed Cleaning Plant": a headline's words
        if before is None and street:  # an address, in title case or not
            before = _CAPITALS_AFTER_NUMBER.search(text, max(0, hit.start - 60), hit.start)
        line_start = before is None
        if line_start:
            before = _CAPITALS_FROM_LINE_START.search(text, max(0, hit.start - 60), hit.start)
        if before is None:
            continue
        start = hit.start
        for word in reversed(before.group(1).split()):
            if street and (_is_title(word.lower().rstrip(".")) or word.lower() in gz.HONORIFICS):
                pass  # a street named for a holder of a title: "1080 Sheikh Mujib Road"
            elif _not_a_name_word(word) or (line_start and (is_ordinary_word(word) or _known_name(word))):
                break  # a line's first word is the name's only if no dictionary or atlas has it
            start -= len(word) + 1
        hit.start = start


def _not_a_name_word(word: str) -> bool:
    """A word in capitals before a name that is not the name's: a title, a form of address, a
    month or a weekday, an owner ("Kenya's"), a sentence's end ("Arranmore."), a participle
    ("Perth-based")."""
    folded = word.lower()
    if _is_title(folded) or folded in gz.HONORIFICS or fold(folded) in MONTHS or fold(folded) in WEEKDAYS:
        return True
    if word.endswith(("'s", "’s", "s'", "s’")) or word in ("The", "Messrs"):
        return True
    return (word.endswith(".") and len(word) > 3) or _MODIFIER.search(word) is not None


_NAME_WORDS_BEFORE = 2  # "Kobe Emmanuel" before "Dela Cruz-Tan"


def open_at_name_words_before(text: str, span: Span) -> Span:
    """The English NER's span with the words of the name it left out before it: the small model
    often opens a name one word late ("Jebel" before "Ali Free Zone", "Aldgate" before "Hollis &
    Co.", "Kobe" before "Emmanuel Dela Cruz-Tan"). A word before is the name's when it is a given
    name or no dictionary holds it, and the text never writes it in lower case; never a title, a
    form of address, a month, an owner or a participle (`_not_a_name_word`), nor a word with a
    figure or a lower-case part ("Co-operative"); at a line's start, no place the atlas knows
    either ("Moncton Tollard Road lift station", as `_open_at_capitals`). A person's name that
    opens on a given name takes no word before it that is none: that is where the person is from
    ("Dubbo Hannah Kilroy-Baptiste"). A body's name of one word takes none: with the word before,
    it is a person's name as often (the rules after make those persons). Not in a headline in
    title case."""
    if span.label not in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
        return span
    if text.startswith("District ", span.start) and (
        numbered := _NUMBERED_DISTRICT_BEFORE.search(text, max(0, span.start - 40), span.start)
    ):
        return Span(numbered.start(), span.end, span.label)  # "Leyte 1st" + "District Engineering Office"
    start = span.start
    for _ in range(_NAME_WORDS_BEFORE):
        before = _CAPITAL_WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None:
            break
        word = before[0][:-1]
        if _not_a_name_word(word) or _FIGURE_OR_LOWER_PART.search(word):
            break
        name = text[start : span.end]
        if span.label in ("GPE", "LOC") and word in _PART_OF_A_REGION:
            start = before.start()  # "Upper" + "East Region", "Greater" + "Accra": the region's own
            continue
        if span.label != "PERSON" and " " not in name:
            break  # a body's one word after another: a person's names as often ("Tavita Fono-Leung")
        given = is_given_name(word)
        if not given and (
            is_ordinary_word(word) or (span.label == "PERSON" and is_given_name(name.split(" ", 1)[0]))
        ):
            break
        if written_in_lower_case(text, word.lower()):
            break
        line_start = before.start() == 0 or text[before.start() - 1] == "\n"
        if line_start and _known_name(word):
            break
        start = before.start()
    if start == span.start or in_titled_line(text, Hit(span.start, span.end, span.label)):
        return span
    return Span(start, span.end, span.label)


_FIGURE_OR_LOWER_PART = pattern(r"\d|-[a-zà-ÿ]")


def _open_at_capital_the(text: str, hits: list[Hit]) -> None:
    for hit in hits:
        if hit.label == "ORG" and (
            before := _CAPITAL_THE_BEFORE.search(text, max(0, hit.start - 60), hit.start)
        ):
            hit.start = before.start() + len("The ")


def _after_word(text: str, hit: Hit, nouns: frozenset[str]) -> bool:
    """The lower-case word just before the name is one of `nouns` ("le port Édouard Herriot")."""
    # a lower-case letter and a space right before the name (or before a "\n" there, which "$"
    # lets by) first: two names in five have none ("Ville de Paris", a line's first name), and the
    # search tries 25 offsets
    end = hit.start - 1 if text[hit.start - 1 : hit.start] == "\n" else hit.start
    if text[end - 1 : end] != " " or text[end - 2 : end - 1] not in _LOWER_LETTERS:
        return False
    before = _LAST_WORD.search(text, max(0, hit.start - 25), hit.start)
    return before is not None and before.group(1) in nouns


def _held_title_before(text: str, hit: Hit) -> bool:
    """ "directrice générale d'Aquitel", "Chief Executive of Severnside", "co-fondateur de X": the
    body a title is held in; "le chiffre d'affaires de X", "the revenue of X": the company whose
    figures they are (not a country's: "la croissance de la France")."""
    window = text[max(0, hit.start - 50) : hit.start]
    if window.endswith(_TIES) and _OWNED_FIGURE_BEFORE.search(window):
        name = text[hit.start : hit.end]
        return not (is_country(name) or is_region(name) or is_city(name, 50_000))
    if not window.endswith(_TIES):  # what the tie pattern ends with, found without it
        return False
    tie = _TITLE_TIE.search(text, max(0, hit.start - 40), hit.start)
    return tie is not None and tie.group(1).lower().removeprefix("co-") in gz.ORG_ROLE_TITLES


def _is_dateline_place(text: str, hit: Hit) -> bool:
    """ "Bristol, 4 March 2025": the name that opens a line and is followed by a date is a place."""
    line_start = text.rfind("\n", 0, hit.start) + 1
    if text[line_start : hit.start].strip(" \t*#"):
        return False  # not the line's first word (most names): the date after it is not read
    date = _DATELINE_AFTER.match(text[hit.end : hit.end + 40])
    month = date and (date.group(1) or date.group(2))
    return bool(month) and fold(str(month)) in MONTHS


def _placed_in(text: str, hit: Hit) -> bool:
    """ "Ballykeel, Co. Antrim", "Kalgoorlie, Western Australia": a town written with its county,
    state or country after a comma is that town; "UAE" where the text writes "United Arab Emirates"."""
    name = text[hit.start : hit.end]
    if is_acronym(name):
        return country_initialism(name, text)
    region = _REGION_AFTER.match(text, hit.end)
    if not region or not is_settlement(name):
        return False
    return bool(region.group(1)) or is_region(region.group(2)) or is_country(region.group(2))


# A job or a role written in lower case just before a name: "DCP investigator Marcus Feliciano",
# "l'agricultrice Anne Morel" (a body is not introduced so; its kind would be its name's word).
# The arts, letters and sport: words for who a person is that no company is called ("fiddler
# Mairead Tolan", "poet Ailsa Greer", "la violoniste Léa Roux"), unlike "manager" ("pension manager X").
_ARTS = (
    r"writer|author|novelist|poet|playwright|singer|songwriter|musician|fiddler|violinist|pianist|"
    r"guitarist|drummer|composer|conductor|dancer|choreographer|actor|actress|comedian|photographer|"
    r"filmmaker|sculptor|painter|illustrator|historian|journalist|athlete|cyclist|swimmer|"
    r"écrivaine?|autrice|auteure?|poétesse|poète|chanteuse|chanteur|musicienne?|violoniste|pianiste|"
    r"comédienne?|photographe|réalisatrice|réalisateur|danseuse|danseur|sculptrice|sculpteur|peintre|"
    r"historienne?|journaliste"
)
_JOB_BEFORE = pattern(
    r"(?<![\w-])(?:investigator|analyst|engineer|researcher|scientist|geologist|economist|nurse|"
    r"doctor|physician|surgeon|teacher|farmer|lawyer|attorney|officer|manager|coordinator|adviser|"
    r"advisor|inspector|resident|student|volunteer|owner|artist|curator|chef|designer|architect|"
    r"ingénieure?|chercheuse|chercheur|agricultrice|agriculteur|infirmière|infirmier|médecin|"
    rf"enseignante?|avocate?|habitante?|étudiante?|éleveuse|éleveur|architecte|artiste|{_ARTS}) $"
)
_ARTIST_BEFORE = pattern(rf"(?<![\w-])(?:{_ARTS}) $")
_JOB_REACH = len("choreographer ")


def _after_a_job(text: str, hit: Hit, jobs: re.Pattern[str] = _JOB_BEFORE) -> bool:
    job = jobs.search(text, max(0, hit.start - _JOB_REACH), hit.start)
    return job is not None and person_shaped_words(text, hit)


def _above_a_title(text: str, hit: Hit) -> bool:
    """A contact block's name on a line of its own, its title on the next ("Lerato Dube" over
    "Spokesperson to the Mayor")."""
    line_start, line_end = text.rfind("\n", 0, hit.start) + 1, text.find("\n", hit.end)
    if line_end < 0 or text[line_start : hit.start].strip() or text[hit.end : line_end].strip():
        return False
    below_end = text.find("\n", line_end + 1)
    below_line = text[line_end + 1 : below_end if below_end >= 0 else len(text)]
    below = words(below_line[:40])
    # "Corporate Secretary", "Public Information Officer, Police Department": a title ends its first part
    first_part = words(below_line.split(",")[0])
    titled = bool(below) and (
        below[0].lower() in gz.TITLE_WORDS
        or (len(first_part) <= 4 and first_part[-1].lower() in gz.TITLE_WORDS)
    )
    return titled and person_shaped_words(text, hit)


_GENERATIONS = frozenset(["II", "III", "IV", "JR", "SR"])
_COMPASS = frozenset(["north", "south", "east", "west", "central", "upper", "lower"])
# The words that name a part of a country before its name ("Western Canada", "Peninsular Malaysia").
_PART_OF_A_COUNTRY = frozenset(
    ["northern", "southern", "eastern", "western", "mainland", "peninsular", "atlantic", "pacific"]
    + ["rural", "coastal", "inner", "outer", "greater", "metropolitan", "continental", "insular"]
    + ["northwest", "northeast", "southwest", "southeast"]  # "North-West" is read by its "North"
)
# Of those, the words a region's own name opens with, which the NER leaves out ("Upper East
# Region", "Lower Saxony", "Greater Accra", "Inner Mongolia"); not "Northern", "Rural": a
# description before the name as often.
_PART_OF_A_REGION = frozenset(
    w.title() for w in (_COMPASS | _PART_OF_A_COUNTRY) if w in ("upper", "lower", "greater", "inner", "outer")
)
_BUILDING_WORDS = frozenset(["tower", "towers", "plaza", "library", "mall", "court", "estate", "cay"])
_COUNTY_HEADS = frozenset(["county", "co.", "province", "parish", "district"])


def _a_person_named(text: str, hit: Hit) -> bool:
    """ "investigator Marcus Feliciano", a contact's name over its title, "Camila Restrepo-Haines"."""
    return _after_a_job(text, hit) or _above_a_title(text, hit) or _given_name_first(text, hit)


def _no_one_named(text: str, hit: Hit) -> str | None:
    """What a name the NER took for a person's is when it opens on no given name and its last
    word is no surname: a place's part by its compass word ("Mathira East", "Jurong West"), a
    building ("Harlow Plaza"), or a body ("Coliban Water", "Innovate UK", "Carlisle Harriers": an
    acronym, a word the text writes in lower case, or a place's name in it)."""
    name = text[hit.start : hit.end]
    parts = words(name)
    if len(parts) < 2 or is_given_name(parts[0]) or parts[0].lower() in gz.HONORIFICS:
        return None
    if in_titled_line(text, hit):
        return None  # a headline's words in title case
    last = parts[-1]
    if not last[:1].isupper() or all(written_in_lower_case(text, p.lower()) for p in parts):
        return None  # "Jan-Willem van" the NER cut; "Toll Milling" over a paragraph: a heading's
    if last.lower() in _COMPASS or (len(parts) == 2 and parts[0].lower() in _COMPASS):
        return "LOC"
    if last.lower() in _BUILDING_WORDS or last.lower() in gz.LANDFORMS or parts[0].lower() in _COUNTY_HEADS:
        return "LOC"  # "Harlow Plaza", "Tate Hill", "Achill Sound", "County Offaly"
    if (is_acronym(last) and len(last) <= 4 and last not in _GENERATIONS) or written_in_lower_case(
        text, last.lower()
    ):
        return "ORG"  # not "Issiaka ZONGO", a surname in capitals
    # a country or a region the text also names alone ("Manitoba Hydro" and "Manitoba"); not a
    # town: "Rath", "Mei" are surnames too
    if any(len(p) > 3 and _country_or_region(p) and text.count(p) > text.count(name) for p in parts):
        return "ORG"
    return None


def _a_person_taken_for_a_name(text: str, hit: Hit) -> bool:
    """A person the NER typed as a body ("investigator Marcus Feliciano"), as something else (a name
    over "Public Information Officer") or as a place ("warrants for Tyreek Jamal Bussey, 22,")."""
    if hit.label == "ORG":
        return _a_person_named(text, hit) or _a_person_by_what_follows(text, hit)
    if hit.label == "MISC":
        return _after_a_job(text, hit) or _above_a_title(text, hit)
    if hit.label == "PER":  # now sure: "Corwin Lyle Abernathy, 29, of", "poet Ailsa Greer"
        return _after_a_job(text, hit, _ARTIST_BEFORE) or (
            _AGE_AFTER.match(text, hit.end) is not None and _a_person_by_what_follows(text, hit)
        )
    return hit.label == "LOC" and _a_person_by_what_follows(text, hit)


_AGE_AFTER = pattern(r", (?:aged )?\d{1,2},")


def _a_person_by_what_follows(text: str, hit: Hit) -> bool:
    """A name the NER took for a place, followed by an age or written over a job title, shaped like a
    person's and no place the geodata knows."""
    if " " not in text[hit.start : hit.end] or not person_shaped_words(text, hit):
        return False  # (the name's shape told first: most places are one word)
    if not (_AGE_AFTER.match(text, hit.end) or _above_a_title(text, hit)):
        return False
    name = text[hit.start : hit.end]
    return not (is_city(name) or is_region(name) or is_country(name))


def _given_name_first(text: str, hit: Hit) -> bool:
    """A given name and a surname ("Camila Restrepo-Haines"): neither word a kind of body or place
    ("River Murray"), nor one the text writes in lower case ("Austin Energy" beside "energy"), and
    not a place the geodata knows ("Sandy Springs")."""
    parts = words(text[hit.start : hit.end])
    return len(parts) == 2 and is_given_name(parts[0]) and _plain_pair(text, hit)


def _two_given_names_first(text: str, hit: Hit) -> bool:
    """Two given names and a surname ("Luis Fernando Ochoa"): the second name and the surname a
    plain pair, as `_given_name_first` reads one."""
    name = text[hit.start : hit.end]
    parts = words(name)
    if len(parts) != 3 or not (is_given_name(parts[0]) and is_given_name(parts[1])):
        return False
    return name == " ".join(parts) and _plain_pair(
        text, Hit(hit.start + len(parts[0]) + 1, hit.end, hit.label)
    )


def _named_like_a_person(text: str, hit: Hit) -> bool:
    """A given name and a surname, the given name one the data lists or the surname double-barrelled
    ("Lennox Mattis-Henry"), both words plain as in _given_name_first."""
    parts = words(text[hit.start : hit.end])
    if len(parts) != 2 or _SAINT.match(parts[1]) or not _plain_pair(text, hit):
        return False
    halves = parts[1].lower().split("-")
    double = is_double_barrelled(parts[1]) and not any(written_in_lower_case(text, h) for h in halves)
    return is_given_name(parts[0]) or double  # not "Independent Non-Executive" beside "executive"


# A surname of two capitalised halves ("Okafor-Lyne"), not a place's "Saint-Michel" or "Notre-Dame".
_DOUBLE_BARRELLED = pattern(r"[A-ZÀ-Þ][a-zà-ÿ'’]+-[A-ZÀ-Þ][a-zà-ÿ'’]+")


def is_double_barrelled(word: str) -> bool:
    return _DOUBLE_BARRELLED.fullmatch(word) is not None


_SAINT = pattern(r"(?:Saint|Sainte|St|Ste|Notre|San|Santa|Port|Fort|Mont)-")


def _plain_pair(text: str, hit: Hit) -> bool:
    name = text[hit.start : hit.end]
    parts = words(name)
    if len(parts) != 2 or name != " ".join(parts):
        return False  # not "Florence, Marinette": two towns listed
    if not person_shaped_words(text, hit):
        return False
    if any(p.lower() in gz.CUE_WORDS for p in parts) or _known_name(name):
        return False  # "River Murray", "Grace Hospital": a kind of place or body
    if _country_or_region(parts[1]):
        return False  # "Raven Russia": a company named for where it works
    return not any(written_in_lower_case(text, p.lower()) for p in parts)


def person_shaped_words(text: str, hit: Hit) -> bool:
    """Two or three capitalised words (hyphens kept), none a body's, a title's or a place's word."""
    parts = words(text[hit.start : hit.end])
    segments = [s for p in parts for s in p.split("-")]
    if not 2 <= len(parts) <= 3 or not all(s[:1].isupper() and s[1:].islower() for s in segments):
        return False
    return {p.lower() for p in parts}.isdisjoint(gz.ORG_TAILS | gz.ORG_HEADS | gz.TITLE_WORDS)


def _speaker_in_apposition(text: str, hit: Hit) -> bool:
    """ "Minister for the Reef, Lachlan Pierce, said": two or three plain capitalised words, none a
    body's or a title's word, set off by commas and followed by a verb of speech, name the person
    speaking (a title most often stands before them; a body would be written with its kind)."""
    if text[max(0, hit.start - 2) : hit.start] != ", " or not text.startswith(",", hit.end):
        return False
    return person_shaped_words(text, hit) and bool(_SPEECH_AFTER.match(text, hit.end + 1))


def _has_acronym_word(name: str, label: str) -> bool:
    """ "ARS Normandie", "Bordeaux INP": an acronym leading or closing a name makes it a body's."""
    parts = words(name)
    if len(parts) < 2 or label == "PER":
        return False
    first, last = parts[0], parts[-1]
    if all(is_acronym(p) for p in parts):
        return False  # "CA TTC": accounting terms
    lead = len(first) > 2 and is_acronym(first) and first.lower() not in gz.LEGAL_SUFFIXES
    close = 2 < len(last) < 5 and is_acronym(last) and last.lower() not in gz.LEGAL_SUFFIXES
    return lead or close


def _introduces_person(text: str, hit: Hit) -> bool:
    """ "Sophie Delmas, directrice de recherche": a name followed by a job title is a person's."""
    title = _APPOSITIVE_TITLE.match(text[hit.end : hit.end + 40])
    if not title:
        return False  # no ", directrice": most names, told before their words are read
    parts = words(text[hit.start : hit.end])
    seat = title.group(1) in gz.POST_NOMINALS and title.start(1) == 2  # "Sandhu-Laurie, MLA for ..."
    if not (1 if seat else 2) <= len(parts) <= 4 or not (parts[0][0].isupper() and parts[-1][0].isupper()):
        return False
    if not {p.lower() for p in parts}.isdisjoint(_NOT_IN_A_PERSONS_NAME):
        return False  # "at Tullamore Harbour, County Offaly, Minister X said": a place's kind, no one's name
    word = title.group(1).lower()
    if _SPEECH_AFTER.match(text, hit.end + title.end()):
        return False  # "in the Red River Valley, the minister noted": the title opens the next clause
    if word in gz.DEPARTMENT_WORDS and (role := _ROLE_AFTER_FIELD.match(text, hit.end + title.end())):
        return role.group(1).lower() in _ROLES  # "Gemma Lowther, Communications Officer, ..."
    return seat or (word in gz.TITLE_WORDS and word not in gz.HONORIFICS)


# The role after a field in a contact's title: "Communications Officer", "Media Relations Manager".
_ROLE_AFTER_FIELD = pattern(r"(?: [A-Z][a-z]+)? ([A-Z][a-z]+)\b")
_ROLES = frozenset(
    ["officer", "manager", "advisor", "adviser", "coordinator", "lead", "director", "specialist"]
)


def _described_as_org(text: str, hit: Hit) -> bool:
    """ "la société Yunnan Brightway", "la start-up nantaise X", "Corvane (Euronext Paris : CRVN)"."""
    if _TICKER_AFTER.match(text[hit.end : hit.end + 40]) or _ADVISER_AFTER.match(text, hit.end):
        return True
    if _DESCRIBED_AFTER.match(text, hit.end):
        return True  # "Néobiome, start-up lyonnaise de la santé", "Korvia, a Seoul-based company"
    window = text[max(0, hit.start - 20) : hit.start].lower()  # its words' letters first, as below
    if any(w in window for w in _ACQUIRED_LETTERS) and _ACQUIRED_BEFORE.search(
        text, max(0, hit.start - 20), hit.start
    ):
        return True  # "l'acquisition de Hoekstra Netwerkbouw", "to acquire Optivue"
    written = words(text[max(0, hit.start - 30) : hit.start])[-2:]
    before = [w.lower().lstrip("l’'") for w in written]
    if before and before[-1] in gz.ORG_DESCRIPTORS:
        return True
    if len(before) == 2 and before[0] in _POSSESSIVES and before[1] in _PARTNERS and hit.label != "PER":
        return True  # "its partner Novexa", "notre partenaire X": a person would be named as one
    qualified = len(before) == 2 and len(before[1]) > 4 and before[1] not in _NOT_QUALIFIERS
    # "la start-up nantaise X": a qualifier in lower case; not "Agence Calame – Julie Marchal"
    return qualified and before[0] in gz.ORG_DESCRIPTORS and written[1].islower()


def _region_label(text: str, hit: Hit, head: str) -> str:
    """ "la Région Occitanie a adopté", "work with the Province of Saskatchewan", "garantie de l'Etat de
    Genève": a body; "en Bretagne", "in the State of Victoria", "Kunming, Province du Yunnan": a place."""
    before = text[max(0, hit.start - 20) : hit.start]
    article = _ARTICLE_BEFORE.search(before)
    if article:
        governing = words(before[: article.start()])
        return "LOC" if governing and governing[-1].lower() in _INSIDE else "ORG"
    previous = words(before)[-1].lower() if words(before) else ""
    if previous in gz.PLACE_PREPOSITIONS or before.rstrip().endswith(","):
        return "LOC"
    # "Province du Sichuan" is a place (the guide's), "Province of Manitoba: $12 million" a funder
    if head != "province" or text.startswith("Province of ", hit.start):
        return "ORG"
    line = _FUNDER_LINE.match(text, text.rfind("\n", 0, hit.start) + 1)  # "Province de Namur : 250 000 €"
    return "ORG" if line and line.span("name") == (hit.start, hit.end) else "LOC"


def _drop_overlaps(hits: list[Hit]) -> list[Hit]:
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end, not h.ruled)):
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


_LISTED = r"[A-ZÀ-Þ][\w&'’.-]*(?: [A-ZÀ-Þ&][\w&'’.-]*){0,3}"
_ITEMS_GAP = pattern(rf", (?:{_LISTED}(?:, |,? (?:and|et|&) ))+")
_ITEM = pattern(rf"(?<=, )({_LISTED})(?=, |,? (?:and|et|&) )")


def _list_gaps(text: str, hits: list[Hit]) -> list[Hit]:
    """ "Woodford, Brenmoor, Old Carvel and Brooks": the items the NER skipped in a list whose
    first and last names it found with one type (bodies or places) have that type too."""
    found = []
    ordered = sorted(hits, key=lambda h: h.start)
    for prev, hit in zip(ordered, ordered[1:], strict=False):
        if prev.label != hit.label or hit.label not in ("ORG", "LOC") or not 4 < hit.start - prev.end < 80:
            continue
        if _ITEMS_GAP.fullmatch(text, prev.end, hit.start):
            for item in _ITEM.finditer(text, prev.end, hit.start):
                if not _is_generic(words(item[1])):
                    found.append(Hit(item.start(1), item.end(1), hit.label))
    return found


def _enumerations(text: str, hits: list[Hit]) -> list[list[Hit]]:
    """Runs of names joined only by commas and "et"/"and": "London, Manchester and Bristol"."""
    runs: list[list[Hit]] = []
    closed = False  # "between Gympie and Curra, the Queensland Government": "and" closed the list
    for hit in hits:
        gap = text[runs[-1][-1].end : hit.start] if runs else ""
        if runs and _LIST_GAP.match(gap) and not (closed and _CONJUNCTION.search(gap) is None):
            runs[-1].append(hit)
            closed = _CONJUNCTION.search(gap) is not None
        else:
            runs.append([hit])
            closed = False
    return [run for run in runs if len(run) > 1]


_CONJUNCTION = pattern(r"\b(?:et|and|ou|or)\b|&")


def _align_types(text: str, run: list[Hit]) -> None:
    """Items of one list share a type: a clear majority retypes the odd ones, MISC takes any type."""
    if _listed_places(text, run) or _address(text, run):
        for hit in run:  # not "in Barbados, Yolanda Quintero-Baptiste, said": a person in apposition
            keep = hit.ruled or (
                hit.label == "PER"
                and (
                    _given_name_first(text, hit) or _two_given_names_first(text, hit) or _addressed(text, hit)
                )
            )
            # "headquartered in Abu Dhabi, Ghaf Ports & Logistics PJSC operates": a company the
            # NER saw, with its legal form or its kind of body, after the place
            keep = keep or (hit.label == "ORG" and _a_body_s_name_here(text, hit))
            hit.label, hit.ruled = (hit.label if keep else "LOC"), True
        return
    counts: dict[str, int] = {}
    for hit in run:
        if hit.label != "MISC":
            counts[hit.label] = counts.get(hit.label, 0) + 1
    if not counts:
        return
    label, count = max(counts.items(), key=lambda item: item[1])
    clear = len(run) >= 3 and count >= 2 and count * 2 > len(run)
    for hit in run:  # a country or a region listed among bodies stays a place ("Acme plc, the UK's ...")
        if (
            not hit.ruled
            and (hit.label == "MISC" or clear)
            and not (label != "LOC" and _a_country(text, hit))
            # nor a body the NER saw, named by its kind, listed among places ("Australia, Japan and
            # the Asian Development Bank", "Cardiff, Swansea and Newport City Council")
            and not (label == "LOC" and hit.label == "ORG" and _a_body_s_name_here(text, hit))
            and not names_a_people(text[hit.start : hit.end])  # "Canadian and U.S. counsel": a people
            and not (hit.label == "PER" and _addressed(text, hit))  # "Miss Ana Ruiz, Montego Bay, St. James"
        ):
            hit.label, hit.ruled = label, clear
    if counts.get("ORG") and not any(h.label == "LOC" and is_settlement(text[h.start : h.end]) for h in run):
        for hit in run:  # "Airbus, Safran and Dassault": a name no atlas knows, listed with companies
            if hit.label == "LOC" and not hit.ruled and not _a_country(text, hit):
                hit.label, hit.ruled = "ORG", True


def _a_body_s_name_here(text: str, hit: Hit) -> bool:
    """A name of several words whose last says what kind of body it is ("... Bank", "... Council"),
    or a company's name before its legal form ("Ghaf Ports & Logistics PJSC")."""
    parts = words(text[hit.start : hit.end].lower())
    named = len(parts) > 1 and (parts[-1] in gz.ORG_TAILS or parts[-1] in gz.ORG_HEADS)
    return named or (text.startswith(" ", hit.end) and legal_form_at(text, hit.end + 1))


def _a_place(text: str, hit: Hit) -> bool:
    return _a_country(text, hit) or is_settlement(text[hit.start : hit.end])


def _known_name(name: str) -> bool:
    """A town, a region or a country the geodata knows by this name."""
    return is_settlement(name) or is_region(name) or is_country(name)


# A town this small shares its name with too many companies and people to type it by name alone.
_LARGE_CITY_POPULATION = 50_000


def is_large_place(name: str) -> bool:
    """A country, a region or a city of 50,000 people: a place by its name alone ("Paris"); a
    smaller town's name ("Marcus", Iowa) may be a person's or a company's, and an acronym ("MEL",
    "CMN") is a town only by chance."""
    if _country_or_region(name):
        return True
    return not is_acronym(name) and is_city(name, _LARGE_CITY_POPULATION)


def _country_or_region(name: str) -> bool:
    return is_country(name) or is_region(name)


def _a_country(text: str, hit: Hit) -> bool:
    name = text[hit.start : hit.end]
    return is_country(name) or is_region(name) or names_a_country_by_initials(name)


def _address(text: str, run: list[Hit]) -> bool:
    """ "7th Floor, Harbour House, Marine Point, Mumbai - 400 021": an address's parts on a line with
    figures, closed by a town the geodata knows, however the NER typed the parts before it."""
    last = run[-1]
    if last.label != "LOC" or not is_settlement(text[last.start : last.end]):
        return False
    line = _line_of(text, run[0])
    return any(c.isdigit() for c in line) and all(h.label in ("PER", "MISC") for h in run[:-1])


def _listed_places(text: str, run: list[Hit]) -> bool:
    """ "in Bristol, Derby and Glasgow": one place preposition governs the whole list."""
    before = words(text[max(0, run[0].start - 12) : run[0].start])
    placed = bool(before) and before[-1].lower() in gz.PLACE_PREPOSITIONS
    # "in Arvelle and Moreau Frères" (investments in two companies) places nothing the atlas knows
    if not placed:
        return False
    if any(hit.label == "LOC" and is_settlement(text[hit.start : hit.end]) for hit in run):
        return True
    # "in Belmullet, Dungloe and Carraroe", the first taken for a body: every item a town the atlas knows
    return not any(h.ruled for h in run) and all(is_settlement(text[h.start : h.end]) for h in run)


def _list_tail(text: str, run: list[Hit]) -> list[Hit]:
    """ "London, Manchester and Cardiff": the last item of a typed list the NER skipped."""
    labels = {hit.label for hit in run}
    tail = _LIST_TAIL.match(text[run[-1].end : run[-1].end + 60])
    if len(labels) != 1 or "MISC" in labels or not tail or _is_generic(words(tail.group(1))):
        return []
    start = run[-1].end + tail.start(1)
    return [Hit(start, start + len(tail.group(1)), run[0].label)]


_ACRONYM_AFTER_AND = pattern(r" (?:and|et|&) ([A-Z][A-Z&]{2,7})(?![\w'’&-])")


def _coordinated_acronyms(text: str, hits: list[Hit]) -> list[Hit]:
    """ "Norvik Hydrogen and TEVAL": a name in capitals joined to a company's is another body,
    where the NER saw none."""
    starts = {hit.start for hit in hits}
    found = []
    for hit in hits:
        after = _ACRONYM_AFTER_AND.match(text, hit.end) if hit.label == "ORG" else None
        if after and after.start(1) not in starts and not _is_generic([after[1]]):
            lowered = after[1].lower()
            if (
                lowered not in gz.LEGAL_SUFFIXES
                and lowered not in gz.TERM_ACRONYMS
                and not is_country(after[1])
            ):
                found.append(Hit(after.start(1), after.end(1), "ORG", ruled=True))
    return found


_HOLDING_BEFORE = pattern(
    r"(?<![\w-])(?i:investments|stakes?|shareholdings?|holdings|interests|participations?|equity interests?)"
    r" (?:in|dans|au capital de|au capital d['’]) (?:the )?$"
)


_HOLDING_ENDS = ("in ", "dans ", "de ", "d'", "d’", "the ")


def _type_holdings(text: str, hits: list[Hit]) -> None:
    """ "its investments in Arvelle and Moreau Frères", "sa participation dans X": what a stake is
    held in is a company, and so is each name listed with it (a country or a city stays a place)."""
    held, ordered = False, sorted(hits, key=lambda h: h.start)
    for prev, hit in zip([None, *ordered], ordered, strict=False):
        joined = prev is not None and held and _LIST_GAP.match(text[prev.end : hit.start])
        cue = text.endswith(_HOLDING_ENDS, max(0, hit.start - 5), hit.start)  # cheap, before the pattern
        held = bool(joined or (cue and _HOLDING_BEFORE.search(text, max(0, hit.start - 40), hit.start)))
        name = text[hit.start : hit.end]
        if held and not (is_country(name) or is_region(name) or is_city(name, 50_000)):
            hit.label, hit.ruled = "ORG", True


# The rest of a surname the NER cut at its particle: after a name ending with one ("Jan-Willem van"
# + "der Laan"), or a particle and a capitalised word after the name ("Aled" + " ap Rhys-Morgan").
_REST_OF_SURNAME = pattern(r" (?:der |den |la |le )?[A-ZÀ-Þ][\w'’-]+")
_PARTICLE_AND_SURNAME = pattern(r" (?:van der|van den|van|von|de la|ap|ab|bin|binti|ní|nic) [A-ZÀ-Þ][\w'’-]+")


def _surname_after(text: str, hit: Hit) -> re.Match[str] | None:
    last = text[hit.start : hit.end].rsplit(" ", 1)[-1]
    return (_REST_OF_SURNAME if last in gz.SURNAME_PARTICLES else _PARTICLE_AND_SURNAME).match(text, hit.end)


def _whole_town_names(text: str, hits: list[Hit]) -> list[Hit]:
    """ "N’Djamena", "La Réunion", "Le Havre": an elided or capitalised article the NER left out
    belongs to the name when the geodata knows the town by the longer name."""
    for hit in hits:
        before = _TOWN_ARTICLE.search(text, max(0, hit.start - 4), hit.start)
        if before and (
            is_settlement(text[before.start() : hit.end]) or _article_of_place(text, hit, before.start())
        ):
            hit.start = before.start()
        elif hit.label != "PER" and (glued := _glued_before(text, hit.start)):
            hit.start = glued.start()  # "Armor’Air": one name the NER cut at its apostrophe
        elif hit.label == "LOC" and (longer := _longer_place(text, hit)) is not None:
            hit.start = longer  # "Prince" + "Edward Island": the province the geodata knows
        elif hit.label == "PER" and (first := _first_name_before(text, hit)) is not None:
            hit.start = first  # "Nurul" + "Aina Kamarudin" on a contact line
        if hit.label == "PER" and (surname := _surname_after(text, hit)):
            hit.end = surname.end()  # "Jan-Willem van" + "der Laan", "Pieter" + " van der Berg"
    return hits


_WORDS_BEFORE = pattern(r"(?<![\w'’.-])([A-ZÀ-Þ][\w'’-]+ )?([A-ZÀ-Þ][\w'’-]+ )$")


_FIRST_NAME_BEFORE = pattern(r"(?:^|(?<=[\n/(:] )|(?<=[\n/(]))([A-ZÀ-Þ][a-zà-ÿ'’-]+) $")
_WORD_AFTER_LOWER_CASE = pattern(r"(?<=[a-zà-ÿ] )([A-ZÀ-Þ][a-zà-ÿ'’-]+) $")


def _first_name_before(text: str, hit: Hit) -> int | None:
    """Where a person's name starts when the NER left out its first word: written where a name
    begins (a line's start, after a slash or a colon: "Tom Lister / Priya" + "Nandakumar") and no
    town, or mid-sentence after a word in lower case, a given name that names no large place ("the
    late Ivy" + " Margaret Dunmore"); never a title, a month or a word the text writes in lower case."""
    if len(words(text[hit.start : hit.end])) > 2 or text[hit.start - 1 : hit.start] != " ":
        return None
    if _DOUBLE_BARRELLED.search(text, hit.start, hit.end) and _named_like_a_person(text, hit):
        return None  # "Supervisor" + "Kirk Ostrander-Bell": the name is whole
    before = _FIRST_NAME_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    if before is None:  # mid-sentence, a given name that names no large place: "the late Ivy"
        before = _WORD_AFTER_LOWER_CASE.search(text, max(0, hit.start - 30), hit.start)
        if before is None or not is_given_name(before[1]) or is_large_place(before[1]):
            return None
    elif is_settlement(before[1]):
        return None
    lowered = before[1].lower()
    given = text[hit.start : hit.end].split(" ", 1)[0]
    surname = text[hit.start : hit.end].rsplit(" ", 1)[-1]
    if (
        _a_title_before_names(lowered, given)
        or (is_given_name(given) and not is_given_name(before[1]) and _occupation_before(before[1], surname))
        or lowered in _ADDRESSES_BEFORE_CAPITALS
        or fold(lowered) in MONTHS
        or lowered == "about"  # the boilerplate's heading: "About" + "Brightmoor Analytics"
    ):
        return None  # "Sister" too
    if lowered[1:2] in ("'", "’") and lowered[2:] in gz.TITLE_WORDS:
        return None  # "L'entraîneur", a title after its elided article
    if written_in_lower_case(text, lowered):
        return None
    return before.start(1)


def _longer_place(text: str, hit: Hit) -> int | None:
    """Where a place's name starts when the one or two capitalised words before the NER's span
    make with it a longer place the geodata knows ("Prince Edward Island", "Greater Manchester")."""
    if text[hit.start - 1 : hit.start] != " ":
        return None  # no word just before: most places
    before = _WORDS_BEFORE.search(text, max(0, hit.start - 40), hit.start)
    if before is None:
        return None
    for group in (1, 2):
        if before[group] and is_settlement(text[before.start(group) : hit.end]):
            return before.start(group)
    return None


def _glued_before(text: str, start: int) -> re.Match[str] | None:
    # the pattern ends with an apostrophe ("$" may stand before a last newline): that first
    if not text.endswith(("'", "’", "'\n", "’\n"), max(0, start - 30), start):
        return None
    return _GLUED_BEFORE.search(text, max(0, start - 30), start)


_MID_SENTENCE = pattern(r"[a-zà-ÿ,] $")


def _article_of_place(text: str, hit: Hit, start: int) -> bool:
    """ "les communes de Harol, Les Aulnettes et Dompaire": an article written with its capital in
    the middle of a sentence belongs to the place's name."""
    spelled = text[start : start + 3] in ("La ", "Le ", "Les")
    return hit.label == "LOC" and spelled and bool(_MID_SENTENCE.search(text, max(0, start - 2), start))


_CAPITAL_WORD_BEFORE = pattern(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]* $")


def _extend_to_acronym(text: str, hits: list[Hit]) -> None:
    """ "The Lim Kah Seng Charitable Foundation (LKSCF)", where the NER began at "Kah": the
    acronym says where the name begins, there and wherever the same words precede the name."""
    prefixes: dict[str, str] = {}
    names = {text[h.start : h.end] for h in hits if len(words(text[h.start : h.end])) > 1}
    for found in _DEFINED_ACRONYM.finditer(text):
        acronym, end = found[1], found.start() - 1
        _extend_to_its_acronym(text, hits, acronym, end)
        for name in (n for n in names if text[max(0, end - len(n)) : end] == n):
            short, start = initials(name), end - len(name)
            before = _CAPITAL_WORD_BEFORE.search(text, max(0, start - 20), start)
            if before and acronym != short and initials(before[0]) + short == acronym:
                prefixes[name] = before[0]
    for hit in hits:
        prefix = prefixes.get(text[hit.start : hit.end])
        if prefix and text[max(0, hit.start - len(prefix)) : hit.start] == prefix:
            hit.start -= len(prefix)


# (and a campus's town: "Université du Québec" + " à Chicoutimi (UQAC)", "University of Texas" + " at Tyler")
_NAME_GOES_ON_TO = pattern(r"(?: (?:et|and|de|du|des|de la|of|the|for|à|at|d['’]|l['’])| [A-ZÀ-Þ][\w'’-]*)+")


def _extend_to_its_acronym(text: str, hits: list[Hit], acronym: str, end: int) -> None:
    """ "Centre Régional d'Essais" + " et de Recherche en Acoustique (CREERA)": the NER stopped
    at "et"; the acronym's letters say the name goes on to it. Not to a programme's or a plan's
    name ("Medium-Term Revenue" + " and Expenditure Framework (MTREF)")."""
    if _is_cue(last := text[text.rfind(" ", 0, end) + 1 : end].lower()) or last in _GRANTS:
        return
    for hit in hits:
        if not 0 < end - hit.end <= 60 or len(words(text[hit.start : hit.end])) < 2:
            continue
        goes_on = _NAME_GOES_ON_TO.fullmatch(text, hit.end, end)
        whole = fold(initials(text[hit.start : end]))  # "UQÀC": "uqac"
        if goes_on and whole == acronym.lower() != fold(initials(text[hit.start : hit.end])):
            hit.end = end
        elif _WORDS_ONLY.fullmatch(text, hit.end, end) and _spells(
            acronym, text[hit.start : end], hit.end - hit.start
        ):
            hit.end = end  # "Conseil de recherches en sciences naturelles" + " et en génie du Canada (CRSNG)"
        elif _lower_case_body_goes_on(text, hit, end):
            hit.end = end  # "Organisation des Nations unies pour l'alimentation" + " et l'agriculture (FAO)"


# Words in lower case, elided articles and commas: the rest of a French body's name in lower case.
_LOWER_WORDS_ONLY = pattern(r"(?:,? (?:[ldLD]['’])?[a-zà-ÿ][\w-]*)+")


def _lower_case_body_goes_on(text: str, hit: Hit, end: int) -> bool:
    """A body's name written in lower case after its kind, the NER cut before its acronym in another
    language's letters: the words between, all in lower case, are the name's."""
    name = text[hit.start : hit.end]
    if hit.label != "ORG" or end - hit.end > 40 or head_word(name) not in gz.ORG_HEADS:
        return False
    return words(name)[-1][-1:].islower() and bool(_LOWER_WORDS_ONLY.fullmatch(text, hit.end, end))


# Words, blanks and commas: what may lie between a name the NER cut and its acronym ("ministère de
# l'Environnement, de la Lutte contre les changements climatiques, de la Faune et des Parcs (MELCCFP)").
_WORDS_ONLY = pattern(r"(?:,? (?:[ldLD]['’])?[\w-]+)+")
_SKIPPED_BY_ACRONYMS = _NOT_INITIALLED | {"à", "au", "aux", "sur", "d", "l", "contre", "avec", "dans", "par"}


def _spells(acronym: str, name: str, cut: int) -> bool:
    """Whether the acronym opens with the initials of the name's content words, the words after
    the NER's cut included ("CRSNG" from "Conseil de recherches en sciences naturelles et en génie
    du Canada", "UQTR" from "Université du Québec à Trois-Rivières")."""
    letters, ends = "", []
    for match in _WORD.finditer(name):
        if match[0].lower() in _SKIPPED_BY_ACRONYMS:
            continue
        for part in _unelided(match[0]).split("-"):  # "Trois-Rivières": T and R; "l'Emploi": E
            if part:
                letters += part[0].upper()
                ends.append(match.end())
    if len(acronym) < 3:
        return False
    if letters.startswith(acronym):
        return ends[len(acronym) - 1] > cut  # the acronym needs the words after the cut
    # an acronym may pass over one content word: "Institut national de recherche pour l'agriculture,
    # l'alimentation et l'environnement (INRAE)", "Office National de Sécurité Sanitaire des produits
    # Alimentaires (ONSSA)"; its last letter is then the name's last word's
    if len(letters) != len(acronym) + 1 or letters[0] != acronym[0]:
        return False
    skipped = any(letters[:i] + letters[i + 1 :] == acronym for i in range(1, len(letters) - 1))
    return skipped and ends[-1] > cut


# What makes two joined towns a route or a pair: "la ligne Lorient-Groix", "Rennes/Cesson-Sévigné".
_ROUTE_BEFORE = pattern(
    r"(?i:\b(?:ligne|liaison|route|line|link|tronçon|section|axe|corridor|trajet|desserte|vols?|flights?"
    r"|rail|ferry|ferroviaire|routière|aérienne|maritime))\b[^\n]{0,30}$"
)


def _places_of_a_list(name: str) -> list[tuple[int, int]]:
    """The places of a list, a choice or a route the geodata knows each item of, the whole no place."""
    if not _LIST_CUT.search(name) or is_settlement(name):
        return []
    items, at = [], 0
    for cut in [*_LIST_CUT.finditer(name), None]:
        end = cut.start() if cut else len(name)
        items.append((at, end))
        at = cut.end() if cut else at
    return items if len(items) > 1 and all(is_settlement(name[a:b]) for a, b in items) else []


_LIST_CUT = pattern(r",? and |, | or | to | et | ou ")  # "Lubbock or Amarillo", "from Kittery to Eastport"


_TWO_SITES = pattern(
    r"([A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w'’-]*)*)(?:, | and | & )([A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w'’-]*)*)"
)


def _ends_with_a_site(name: str) -> bool:
    last = name.rsplit(" ", 1)[-1].lower()
    return " " in name and (last in gz.SITE_TAILS or last in gz.HALL_TAILS)


_NAME_WORDS = r"[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*)"
# "Fenwold House on Pinchbeck Road", "the Ocean Sciences Centre at Logy Bay", "Tralee Library on Moyderwell":
# a site, then the street or the place it stands on, with the town after a comma
_SITE_ON_PLACE = pattern(
    rf"(?P<site>{_NAME_WORDS}{{1,5}}) (?:on|at) (?:the )?(?P<place>{_NAME_WORDS}{{0,3}})"
    rf"(?:, (?P<town>{_NAME_WORDS}{{0,1}}))?"
)
# "Bhaluka, Mymensingh", "Lifford, Co. Donegal", "Ard Rí House Hotel, Tuam": a place and the larger one
_PLACE_COMMA_PLACE = pattern(rf"(?P<site>{_NAME_WORDS}{{0,4}}), (?P<town>(?:Co\. )?{_NAME_WORDS}{{0,1}})")
_AIRPORT_AT = pattern(r"Airport at ")  # "Kona International Airport at Keāhole": the airport's own name
_SITES_STANDING = frozenset(["centre", "center", "auditorium", "range", "library", "hotel", "resort"])


def _a_site_name(name: str) -> bool:
    """A name whose last word says it is a site ("Fenwold House", "Logy Bay Centre"), not a body's."""
    lowered = name.lower()
    parts = words(lowered)
    return len(parts) > 1 and (_ends_as_a_site(lowered, parts[-1]) or parts[-1] in _SITES_STANDING)


def _a_place_name(name: str) -> bool:
    """A town, a region or a country the geodata knows, or an Irish county by its "Co." ."""
    return name.startswith("Co. ") or is_city(name) or is_region(name) or is_country(name)


def _no_body_word(name: str) -> bool:
    return not any(
        w in gz.ORG_TAILS or w in gz.ORG_HEADS or w in gz.TITLE_WORDS or w.rstrip(".") in gz.LEGAL_SUFFIXES
        for w in words(name.lower())
    )


def _site_then_town(site: str, town: str) -> bool:
    """ "Ard Rí House Hotel, Tuam", "Bhaluka, Mymensingh": a site, or one word, before a known place."""
    return _a_site_name(site) or (_a_place_name(town) and (" " not in site or _a_place_name(site)))


# A firm and the town it is from, taken as one name: "Rathbawn Construction Ltd of Claremorris",
# "Sahel Energy Partners of Tamale" (not "Bank of Ireland", "University of Tamale": a body named for a place)
_FIRM_OF_TOWN = pattern(rf"(?P<firm>{_NAME_WORDS}{{1,5}}) of (?P<town>{_NAME_WORDS}{{0,1}})")


def _firm_and_its_town(text: str, hit: Hit) -> list[Hit]:
    name = text[hit.start : hit.end]
    if hit.label != "ORG" or " of " not in name or not (shape := _FIRM_OF_TOWN.fullmatch(name)):
        return []
    last = words(shape["firm"].lower())[-1].rstrip(".")
    firm = last in gz.LEGAL_SUFFIXES or (is_city(shape["town"]) and last in gz.FIRM_WORDS)
    if not firm or not _no_body_word(shape["town"]):
        return []
    return [
        Hit(hit.start + shape.start("firm"), hit.start + shape.end("firm"), "ORG", True),
        Hit(hit.start + shape.start("town"), hit.start + shape.end("town"), "LOC", True),
    ]


# A site named after a person, by the hyphenated names French gives its schools and halls, and
# the town it stands in: "collège Lucie-Aubrac de Montbéliard", "Médiathèque Jean-Moulin d'Albi".
_EPONYM_OF_TOWN = pattern(
    r"(?P<site>\S.*? (?P<given>[A-ZÀ-Þ][\w’']+)-[A-ZÀ-Þ][\w’'-]+) (?:de |d’|d')(?P<town>[A-ZÀ-Þ][\w’'-]+)"
)


def _eponym_and_its_town(hit: Hit, name: str) -> list[Hit]:
    """The site and its town, each a place: the site's name is whole before the town, which
    only locates it (a person's name first, "Anne-Sophie de Montmollin", is no site's)."""
    if hit.label == "PER" or " d" not in name or not (shape := _EPONYM_OF_TOWN.fullmatch(name)):
        return []
    if not is_given_name(shape["given"]) or not is_settlement(shape["town"]):
        return []
    return [
        Hit(hit.start + shape.start("site"), hit.start + shape.end("site"), hit.label, hit.ruled),
        Hit(hit.start + shape.start("town"), hit.start + shape.end("town"), "LOC", True),
    ]


def _site_and_its_place(text: str, hit: Hit) -> list[Hit]:
    """A site written with the street or town it stands in, taken as one name: each is a place."""
    name = text[hit.start : hit.end]
    if hit.label == "PER" or not (" on " in name or " at " in name or ", " in name):
        return []
    shape = _SITE_ON_PLACE.fullmatch(name)
    if shape is None or not _a_site_name(shape["site"]) or _AIRPORT_AT.search(name):
        shape = _PLACE_COMMA_PLACE.fullmatch(name)
        if shape is None or not _site_then_town(shape["site"], shape["town"]):
            return []
    places = [shape[g] for g in shape.re.groupindex if g != "site" and shape[g]]
    if not all(
        _no_body_word(p.removeprefix("Co. ")) and (not p.isupper() or _a_place_name(p)) for p in places
    ):
        return []
    return [
        Hit(hit.start + shape.start(g), hit.start + shape.end(g), "LOC", True)
        for g in shape.re.groupindex
        if shape[g]
    ]


def _split_joined_towns(text: str, hits: list[Hit]) -> list[Hit]:
    """ "la ligne Lorient-Groix", "Ligne ferroviaire Morlaix-Roscoff", "Saint-Brieuc/Ploufragan":
    a route or a pair over two towns is two places; not a place named after two towns ("la zone de
    Ghlin-Baudour", "l'aérogare de Brest-Guipavas"), nor a company's or a person's name."""
    split = []
    for hit in hits:
        name = text[hit.start : hit.end]
        placed = towns_before_regions(name) if hit.label != "PER" and ", " in name else []
        if len(placed) == 2 and placed[0][0] == 0 and placed[1][1] == len(name):  # "Ennistymon, Co. Clare"
            split += [Hit(hit.start + a, hit.start + b, "LOC", True) for a, b in placed]
            continue
        joined = ", " in name or " and " in name or " & " in name  # what _TWO_SITES joins them with
        if joined and (sites := _TWO_SITES.fullmatch(name)) and all(map(_ends_with_a_site, sites.groups())):
            # "Gantheaume Point and Cable Beach", "Banquet Hall, Government House": two places
            split += [Hit(hit.start + sites.start(i), hit.start + sites.end(i), "LOC", True) for i in (1, 2)]
            continue
        if (
            pieces := _site_and_its_place(text, hit)
            or _firm_and_its_town(text, hit)
            or _eponym_and_its_town(hit, name)
        ):
            split += pieces
            continue
        if hit.label != "PER" and (places := _places_of_a_list(name)):
            # "Sawyer, Florence, Marinette", "Carmarthenshire, Ceredigion and Pembrokeshire": the
            # NER ran listed places into one
            split += [Hit(hit.start + a, hit.start + b, "LOC", True) for a, b in places]
            continue
        last = name.rsplit(" ", 1)[-1] if hit.label == "LOC" else ""
        joined = "-" in last or "/" in last or "–" in last
        route = joined and (
            "/" in last or _ROUTE_BEFORE.search(text, max(0, hit.start - 50), hit.end - len(last))
        )
        halves = joined_towns(last) if route else []
        offset = hit.start + len(name) - len(last)
        split += [Hit(offset + a, offset + b, "LOC", ruled=True) for a, b in halves] or [hit]
    return split


def _shorten_to_known(text: str, hits: list[Hit]) -> list[Hit]:
    """ "Maison de la mer d'être identifiée": a known name followed by prose is cut back to the name."""
    names = {text[h.start : h.end] for h in hits}
    for hit in hits:
        name = text[hit.start : hit.end]
        if (verb := _headline_verb_after_name(text, hit, hits)) is not None:
            hit.end, hit.label = hit.start + verb[0], verb[1]
            continue
        cut = name.rfind(" ")  # each space, the last first
        while cut >= 0:
            if name[:cut] in names:  # a known name before this space: the rest read only then
                rest = name[cut + 1 :]
                goes_on = _NAME_CONTINUES.match(rest) or words(rest)[0].lower() in gz.LEGAL_SUFFIXES
                last = words(rest)[-1].lower().rstrip(".")
                goes_on = goes_on or last in _LOWERCASE_FORMS  # "et Fenêtres inc."
                # "Oyo State" + "Housing Corporation" in a line in title case: one body (not "... Board"
                # alone after a body's whole name, in a headline: "Qaniq Corporation Board Approves")
                goes_on = goes_on or (rest[:1].isupper() and " " in rest and last in gz.ORG_TAILS)
                # "Ville de Lyon", "Severnside Robotics plc", "Trinidad and Tobago": the longer name goes on
                goes_on = goes_on or any(
                    _known_whole_place(" ".join(name.split(" ")[: k + 1])) for k in (2, 3)
                )
                if not goes_on and (rest[:1].islower() or in_titled_line(text, hit)):
                    hit.end = hit.start + cut
                    break
            cut = name.rfind(" ", 0, cut)
    return hits


def _headline_verb_after_name(text: str, hit: Hit, hits: list[Hit]) -> tuple[int, str] | None:
    """ "Lumenforge AI Signs Three-Year Contract", "Attorney General Halloran Secures $3.4 Million":
    in a headline in title case the NER runs a name on into the verb after it. The last word is
    that verb when the text writes it in lower case in another form ("signed", "secures"), and the
    words before it begin a name the text gives in full or are a named person's surname: the
    length to keep and its type (the fuller name's; a surname is a person's)."""
    name = text[hit.start : hit.end]
    cut = name.rfind(" ")
    verb = name[cut + 1 :]
    if cut < 0 or not verb.endswith("s") or not verb[:1].isupper() or not in_titled_line(text, hit):
        return None
    stem = verb.lower()[:-2] if verb.endswith("es") else verb.lower()[:-1]
    forms = (verb.lower(), verb.lower()[:-1] + "d", stem + "ed", stem + "ing")
    if not any(written_in_lower_case(text, f) for f in forms):
        return None
    head = name[:cut]
    surnames = {words(text[h.start : h.end])[-1] for h in hits if h.label == "PER"}
    if head in surnames:
        return cut, "PER"
    # another name that begins with the words before it: not this same name written again (a
    # header's "... Health and Human Services" repeated in the lead, "services" in lower case)
    fuller = [
        h
        for h in hits
        if h is not hit
        and h.end > h.start + cut + 1
        and text.startswith(head + " ", h.start)
        and not text.startswith(name, h.start)
    ]
    return (cut, fuller[0].label) if fuller else None  # "Lumenforge AI" as "Lumenforge AI Technologies Inc."


# A contact line: an e-mail, a phone number (with its area code in brackets too), a contact label.
# The signs are found from their first character, which re skips to ("@", "+", "(" or a digit),
# each choice testing from behind it that the character was its own (a pattern that opens on a
# lookbehind or on "^" is tried at every offset of the line); the label can only open the line.
_CONTACT_SIGN = pattern(
    r"[@+(\d](?:(?<=@)|(?<=\+)\d|(?<=\d)\d\d[ .-]\d{3,4}[ .-]\d{3,4}|(?<=\()\d{2,5}\)\s?\d{3,4}[ .-]?\d{3,4}"
    r"|(?<=\d)(?<!\d\d)\d{3} \d{4}(?!\d))"
)
_CONTACT_LABEL = pattern(
    r"[ \t]*(?:Contacts?|Media contacts?|Press contacts?|Media enquiries|Media inquiries)[ \t]*:",
    re.IGNORECASE,
)


def _holds_contact(line: str) -> bool:
    """Whether one line (no line break in it) holds a contact's sign or opens on its label."""
    return bool(_CONTACT_SIGN.search(line) or _CONTACT_LABEL.match(line))


def in_titled_line(text: str, hit: Hit) -> bool:
    """A headline in title case, where the NER runs a known name on into the verb after it:
    "Harlow Trust Backs Local Schools" where the text names "Harlow Trust"."""
    start, end = text.rfind("\n", 0, hit.start) + 1, text.find("\n", hit.end)
    line = text[start : end if end >= 0 else len(text)]
    if _holds_contact(line):
        return False  # "Ada Tembo, Press Office, London: +44 20 7946 0000": a contact, no headline
    # words of four letters or more ("Ltd." is an abbreviation of three: a contact line's company)
    tokens = [w for w in words(line) if len(w.rstrip(".")) > 3]
    tokens = [w for w in tokens if w not in _TITLE_CASE_LOWER]  # "Signs Contract with Fraser Health"
    return len(tokens) >= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in tokens)


# The longer prepositions and conjunctions title case leaves in lower case.
_TITLE_CASE_LOWER = frozenset(
    ["with", "from", "into", "onto", "upon", "over", "than", "that", "amid", "after"]
)
