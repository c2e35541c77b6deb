"""Tense: whether the words around a date speak of the future or of the past, which places a day,
a month or a season the text gives without its year on one side of the release's own date."""

from __future__ import annotations

import re

# Verb forms and words that place a sentence in the future or the past. French "a" (has)
# needs a participle after it, or every English "a" would look like a past tense. "is to",
# "is set to", "are due to": a plan, still to come.
FUTURE = re.compile(
    r"\b(?:\w{3,}(?:ront|rait|raient|rons)|\w{4,}(?:era|ira|dra)|sera|aura|fera|ira|pourra"
    r"|devra|\w{3,}vra|seront|auront|feront|iront|will|shall|prochaine?s?|upcoming|next|à venir"
    r"|scheduled|planned"
    r"|prévue?s?|programmée?s?|planifiée?s?|envisagée?s?"
    r"|expected|expects|expect to|expecting to|anticipates|must|prévoit|prévoient"
    r"|plans? to|intends? to|aims? to"
    r"|(?:is|are)\s+(?:set\s+|due\s+|about\s+|going\s+)?to|would|(?:va|vont)\s+\w+(?:er|ir|re))\b",
    re.IGNORECASE,
)
PAST = re.compile(
    r"\b(?:(?:ont|avait|avaient|était|étaient|was|were|had)\s+\w+"
    r"|a\s+(?:été|eu|fait|pris|mis|dit|\w+é)"
    r"|(?:est|sont)\s+(?!prévu|programmé|planifié|envisagé)\w+(?:ée?s?|ue?s?|ie?s?)"
    r"|\w{3,}ed|began|took|held|won|met|rose|fell|grew|became|built|saw|came|went|gave|brought|sold"
    r"|spent|paid|made|sent|told|found|led|kept|bought|sought|wrote|written|chosen|given|taken|shown"
    r"|drawn|lent|heard|lost|struck|dernière?s?|last)\b",
    re.IGNORECASE,
)
# A passive still to come ("will be examined", "to be held", "sera signé"): its participle is no past.
TO_COME = re.compile(
    r"\b(?:(?:will|shall|to|would)\s+be|(?:sera|seront|serait|seraient)(?:\s+être)?)\s+\w+", re.IGNORECASE
)
# A plan still ahead, in the present: "is expected", "are scheduled" (not "a planned shutdown",
# nor "was expected").
_PLANNED = re.compile(
    r"\b(?:is|are|be|being)\s+(?:now\s+|also\s+|still\s+)?(?:expected|scheduled|planned)\b", re.IGNORECASE
)
# A French past participle standing alone before the date ("un contrat signé en octobre", "lancée en
# mars"): a thing done. Not those that put a thing ahead ("programmé", "reporté en janvier").
_DONE = re.compile(
    r"\b(?!(?:programm|planifi|envisag|projet|report|repouss|décal)é)\w{2,}é(?:e|s|es)?$",
    re.IGNORECASE,
)

# Words whose dot ends no sentence: titles, "St." of a place, "No." of a number.
_ABBREVIATION = re.compile(
    r"Dr|Mr|Mrs|Ms|St|Ste|Hon|Prof|Rev|Gen|Gov|Sen|Rep|Jr|Sr|No|Nos|Mt|Ft|Mme|Mlle|Me|Pr|MM|[A-Z]"
)
_STOPS = ".!?\n"
_CLOSERS = "\"'”’»)]"
_WORD_BEFORE = re.compile(r"(\w*)$")


def _ends_sentence(text: str, at: int) -> bool:
    """Whether the stop at `at` ends a sentence: not a decimal point ("$2.6 billion"), the dot of
    an abbreviation ("Dr.", "St. Ann") or of an initial ("J. Smith"), nor one inside a word."""
    if text[at] != ".":
        return True
    if at + 1 < len(text) and not (text[at + 1].isspace() or text[at + 1] in _CLOSERS):
        return False
    word = _WORD_BEFORE.search(text, max(0, at - 6), at)
    before = word[1] if word else ""
    return not _ABBREVIATION.fullmatch(before)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around text[start:end]."""
    left = max(text.rfind(c, 0, start) for c in _STOPS)
    while left >= 0 and not _ends_sentence(text, left):
        left = max(text.rfind(c, 0, left) for c in _STOPS)
    right = end
    while True:
        right = min((i for i in (text.find(c, right) for c in _STOPS) if i >= 0), default=len(text))
        if right == len(text) or _ends_sentence(text, right):
            return left + 1, right
        right += 1


def _tense_of(words: str) -> int:
    """+1 for the future, -1 for the past, 0 when unclear or both."""
    future = bool(FUTURE.search(words))  # "will be examined": a participle still to come
    # nor is a plan's participle after "is" a past ("is expected in January", "are scheduled")
    past = bool(PAST.search(_PLANNED.sub(" ", TO_COME.sub(" ", words)) if future else words))
    return int(future) - int(past)


def sentence_tense(text: str, start: int, end: int) -> int:
    """+1 when the mention's clause (between semicolons), else its sentence, speaks of the future,
    -1 of the past, 0 when unclear ("X was done; Y will be closed from March to June")."""
    left, right = _sentence(text, start, end)
    clause_left = text.rfind(";", left, start) + 1 or left
    clause_right = text.find(";", end, right)
    clause = _tense_of(text[clause_left : right if clause_right < 0 else clause_right])
    if not clause and (clause_left == left and clause_right < 0):
        return _part_tense(text, left, right, start, end)
    if clause:
        return clause
    return _tense_of(text[left:right]) or _part_tense(text, left, right, start, end)


def _part_tense(text: str, left: int, right: int, start: int, end: int) -> int:
    """A sentence of both tenses: the tense of its part between commas that holds the mention
    ("Work will begin in October, after the council approved it at its meeting on Thursday")."""
    part_left = text.rfind(",", left, start) + 1 or left
    part_right = text.find(",", end, right)
    if part_left == left and part_right < 0:
        return 0
    if _PARTICIPLE_PART.match(text, part_left):
        return 0  # "…, supported by the opening of a line in September": a cause, of no tense of its own
    return _tense_of(text[part_left : right if part_right < 0 else part_right])


# A part that opens on a participle and its agent: "driven by", "supported by".
_PARTICIPLE_PART = re.compile(r"\s*\w{3,}ed\s+by\b", re.IGNORECASE)


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts."""
    return _sentence(text, at, at)[0]


_CLAUSE_BREAK = re.compile(r"[!?\n;]|\.(?!\d)")
# The little words between a verb and its date ("signé le [12 mars]", "held on [May 4]").
_LINKS = re.compile(
    r"(?:le|la|les|[ld]['’]|du|de|au|aux|à|en|dès|on|in|at|from|since|by|until|of|the)", re.IGNORECASE
)


# A present that tells a schedule ("the scheme opens in March", "le chantier débute en janvier").
_SCHEDULED = re.compile(
    r"\b(?:begins|starts|opens|launches|commences|resumes|takes effect|comes into force|débute|démarre"
    r"|commence|ouvre|reprend|entre en vigueur|prend effet)$",
    re.IGNORECASE,
)


def verb_tense(text: str, end: int) -> int:
    """The tense of the words right before `end` ("was commissioned [in June]", "signé [en
    octobre]"), in their clause: a date's own verb, where its sentence's may be a report's."""
    clause = _CLAUSE_BREAK.split(text[max(0, end - 40) : end])[-1].split()
    while clause and _LINKS.fullmatch(clause[-1]):
        clause.pop()
    phrase = clause[-3:]
    words, wide = " ".join(phrase), " ".join(clause[-6:])
    # "to be held", "sera signé": a passive still to come, its participle among the last words
    # ("will be posted to shareholders [in April]")
    if (passive := TO_COME.search(wide)) and passive.end() > len(wide) - len(words):
        return 1
    if {"be", "being"} & set(phrase):
        return 0
    past = bool(PAST.search(words) or _done(phrase))
    return int(bool(FUTURE.search(words) or _SCHEDULED.search(words))) - int(past)


# Words before a noun: "la rentrée", "une journée", "cette année" end like a participle.
_DETERMINER = re.compile(
    r"(?:le|la|les|un|une|des|du|ce|cet|cette|ces|sa|son|ses|leurs?|notre|votre)", re.IGNORECASE
)


def _done(phrase: list[str]) -> bool:
    """Whether the phrase ends on a French past participle standing alone ("contrat signé")."""
    if not phrase or not _DONE.search(phrase[-1]) or re.match(r"[ld][’']", phrase[-1], re.IGNORECASE):
        return False
    return len(phrase) < 2 or not _DETERMINER.fullmatch(phrase[-2])


def tense_at(text: str, start: int, end: int) -> int:
    """The tense of a date: its own verb's, else its clause's or sentence's."""
    return verb_tense(text, start) or sentence_tense(text, start, end)
