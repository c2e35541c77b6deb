"""The learned step over the rules' entities: keep or drop each one, and its type.

The rules and the NER propose entities; a logistic model, trained by `make train` on releases
annotated by the guide, weighs each proposal from what the release shows about it: what the NER
and the rules called it, how the text writes it (a heading, a line start, after "in", "of" or
"Mr", before a verb), whether its words are ordinary words the same text also writes in lower
case ("Quick Facts", "Quarterly Operating Review"), what the geodata knows of it, the name's own
words ("... Units", "Rectificatif"), the words just before and after each mention ("the Record
Date"), the classes of the name's first and last words (groups of words used alike, from the
installed pipelines' word vectors: a trade's word it never saw reads like the trades it saw,
`word_classes.py`), each figure weighed once for every proposal and once more for the type the
rules proposed (a long name or a body's word says one thing of a proposed person, another of a
proposed body), and drops the proposals it finds unlikely to be an entity of the guide. A second
model then chooses each kept entity's type (PER, ORG or LOC) from the same figures and words, not
the classes ("at Kelvin Heights", "Sale Sharks said"), and its last word's ending. It leaves
two kinds alone: a type a rule fixed from what it read around the name, and a country, continent,
capital or region the rules call a place (the guide's places, whatever the words around them:
"co-operation with Europe").
Its weights are learned from the annotated releases, not lists; on the judge's figures alone it
changed next to nothing cross-validated, the words are what it learns from (`python -m
pressflow.train_judge --type-report 5` measures it). The weights are figures in `judge.json`, no
text; without that file the rules' entities pass unchanged.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TypeVar

from pressflow_enrich.entities import gazetteer as gz
from pressflow_enrich.entities import word_classes
from pressflow_enrich.entities.spans import Hit, is_acronym, words
from pressflow_enrich.places import is_city, is_country, is_famous_place, is_region
from pressflow_enrich.words.given_names import is_given_name
from pressflow_enrich.words.letters import pattern
from pressflow_schemas import Entity, Mention
from pressflow_schemas.keys import entity_key

WEIGHTS = Path(__file__).with_name("judge.json")

_ADDRESS = pattern(r"[@/]|\.(?:com|org|net|fr)\b")
_VERB_AFTER = pattern(r"(?:’s|'s)? [a-zà-ÿ]{3,}")
_PLACE_AFTER = pattern(r", [A-ZÀ-Þ]")
# Words written in lower case, not the parts of an e-mail or web address ("julie.martin@..."):
# the first letter, then what may not precede it (re skips ahead to a letter, not to a lookbehind).
LOWER_WORD = pattern(r"[a-zà-ÿ](?<![\w’'.@/-].)[\w’'-]*(?![\w’'-]|[.@/]\w)")
_PERSON_CUES = gz.HONORIFICS | {w.lower() for w in gz.TITLE_WORDS if " " not in w}
_ORG_WORDS = gz.ORG_HEADS | gz.ORG_TAILS | gz.ORG_DESCRIPTORS
_SITE_WORDS = gz.SITE_TAILS | {k for k in gz.SITE_KINDS if " " not in k} | gz.SITE_NOUNS
# The kinds of an organ that works inside a body ("Budget and Appropriations Committee", "Comité de
# pilotage"): the guide names the body, rarely its organs.
_ORGAN_WORDS = frozenset(["committee", "subcommittee", "sub-committee", "comité", "panel", "taskforce"])
# ... unless it stands alone over many bodies: "International Olympic Committee", "Comité national ..."
_STANDALONE = frozenset(["international", "national", "olympic", "paralympic", "world", "european"])
_NER_VOTES = tuple((f"ner_{label}", label) for label in ("PER", "ORG", "LOC", "MISC"))
TYPES = ("PER", "ORG", "LOC")
# How far around a mention the type model reads the word before and the word after.
_REACH = 30
_W = TypeVar("_W", float, tuple[float, ...])  # a keep weight, or a row of type weights


@dataclass(frozen=True)
class Release:
    """What every proposal of one release is weighed against, computed once per release."""

    text: str
    lang: str
    labels: dict[tuple[int, int], Hit]
    lines: dict[int, tuple[int, int, float]] = field(default_factory=dict)
    lower: dict[str, bool] = field(default_factory=dict)  # each word asked of `writes_in_lower_case`

    @classmethod
    def of(cls, text: str, lang: str, hits: Sequence[Hit]) -> Release:
        return cls(text, lang, {(h.start, h.end): h for h in hits})

    def writes_in_lower_case(self, word: str) -> bool:
        """The text writes the word as one of its words in lower case (a match of LOWER_WORD):
        looked for where the word is written, for the few words the names hold, not by listing
        every lower-case word of the release (a whole-text scan, some 0.13 ms)."""
        found = self.lower.get(word)
        if found is None:
            found = self.lower[word] = _written_in_lower_case(self.text, word)
        return found

    def line(self, start: int) -> tuple[int, int, float]:
        """The line starting at `start`: its words, its length stripped, its share of capitals."""
        if start not in self.lines:
            end = self.text.find("\n", start)
            line = self.text[start : end if end >= 0 else len(self.text)]
            tokens = words(line)
            titled = sum([w[0].isupper() for w in tokens]) / max(len(tokens), 1)  # no word is empty
            self.lines[start] = (len(tokens), len(line.strip()), titled)
        return self.lines[start]


def _written_in_lower_case(text: str, word: str) -> bool:
    """`word` is among LOWER_WORD's matches in the text: a match of it starts where the word is
    written and ends with it (a match at any offset is one `findall` meets: inside another match,
    the character before fails the pattern's lookbehind; not after a match's opening "÷", the
    one character of its first letters the lookbehind lets through, so a text holding one is
    read whole)."""
    if "÷" in text:
        return word in LOWER_WORD.findall(text)
    at = text.find(word)
    while at >= 0:
        match = LOWER_WORD.match(text, at)
        if match is not None and match.end() == at + len(word):
            return True
        at = text.find(word, at + 1)
    return False


def features(release: Release, entity: Entity) -> dict[str, float]:
    """The evidence about one proposed entity, as named numbers in [0, 1] (or small counts)."""
    text, name = release.text, entity.name
    tokens = words(name)
    lowered = [t.lower() for t in tokens]
    hits = [h for m in entity.mentions if (h := release.labels.get((m.start, m.end)))]
    votes = [h.label for h in hits] or ["MISC"]
    country, region, city = is_country(name), is_region(name), is_city(name)
    found = {
        f"type_{entity.type}": 1.0,
        "lang_en": float(release.lang == "en"),
        **{key: votes.count(label) / len(votes) for key, label in _NER_VOTES},
        "ruled": float(any(h.ruled for h in hits)),
        "unseen_by_ner": float(not hits),
        "mentions": math.log1p(len(entity.mentions)) / 3,
        "one_word": float(len(tokens) == 1),
        "words": min(len(tokens), 6) / 6,
        "acronym": float(is_acronym(name)),
        "all_caps": float(name.isupper() and len(name) > 5),
        "digit": float(any(map(str.isdigit, name))),
        "aliases": float(bool(entity.aliases)),
        "common_words": _common_share(tokens, release.writes_in_lower_case),
        "common_head": _common_head(tokens, release.writes_in_lower_case),
        "org_word": float(not _ORG_WORDS.isdisjoint(lowered)),
        "site_word": float(not _SITE_WORDS.isdisjoint(lowered)),
        "organ_word": float(bool(lowered) and lowered[-1] in _ORGAN_WORDS and lowered[0] not in _STANDALONE),
        "region_head": float(bool(lowered) and lowered[0] in gz.REGION_HEADS),
        "known_country": float(country),
        "known_region": float(region),
        "known_city": float(city and is_city(name, 15_000)),  # a city of any size first: most are none
        "known_place": float(city or country or region),
        "first_place": entity.mentions[0].start / max(len(text), 1) if entity.mentions else 1.0,
    }
    found.update(_context(release, entity))
    found.update(_name_words(lowered))
    found.update(word_classes.of_name(tokens, release.lang))
    found.update(_neighbours(release, entity))
    return found


def _name_words(lowered: Sequence[str]) -> dict[str, float]:
    """The name's own words as features: its last, its first and its other words. Both models
    read them: the keep model learns the words of headings and labels ("Units", "Rectificatif",
    "Enforcement Actions"), the type model the words of each type."""
    if not lowered:
        return {}
    found = {f"head:{lowered[-1]}": 1.0}
    for word in lowered[:-1]:
        found[f"word:{word}"] = 1.0
    if len(lowered) > 1:
        found[f"first:{lowered[0]}"] = 1.0
    return found


def _common_share(tokens: Sequence[str], in_lower_case: Callable[[str], bool]) -> float:
    """Share of the capitalised words the text also writes in lower case: a heading, not a name."""
    capitalised = [t for t in tokens if t[:1].isupper() and len(t) > 2]
    if not capitalised:
        return 0.0
    return sum(in_lower_case(t.lower()) for t in capitalised) / len(capitalised)


def _common_head(tokens: Sequence[str], in_lower_case: Callable[[str], bool]) -> float:
    """The name's last word is an ordinary word the text also writes in lower case, and no kind
    of body or site ("Quarterly Operating Review", "Arrivals Hall"; not "Ocean Trust")."""
    if len(tokens) < 2 or not tokens[-1][:1].isupper():
        return 0.0
    last = tokens[-1].lower()
    return float(last not in _ORG_WORDS and last not in _SITE_WORDS and in_lower_case(last))


def _context(release: Release, entity: Entity) -> dict[str, float]:
    """Where and how the text writes the mentions, averaged over them."""
    rows = [_mention_context(release, m.start, m.end) for m in entity.mentions]
    if len(rows) < 2:
        return rows[0] if rows else {}  # one mention: its own figures (non-negative: 0 + x / 1 is x)
    averages = [sum(column) / len(rows) for column in zip(*(row.values() for row in rows), strict=True)]
    return dict(zip(rows[0], averages, strict=True))  # each row's keys in the same order


def _mention_context(release: Release, start: int, end: int) -> dict[str, float]:
    """One mention: a heading or a line start; after "in", "of" or "Mr"; before a verb."""
    text = release.text
    line_start = text.rfind("\n", 0, start) + 1
    line_words, line_length, titled = release.line(line_start)
    before = words(text[max(0, start - 20) : start])
    last = before[-1].lower() if before else ""
    if last in ("the", "la", "le", "l") and len(before) > 1:
        article, last = last, before[-2].lower()
    else:
        article = ""
    after = text[end : end + 25]
    return {
        "heading": float(line_words <= 8 and (end - start) >= 0.5 * line_length),
        "line_start": float(not text[line_start:start].strip(' \t•·-–*>#"“«')),
        "after_place_word": float(last in gz.PLACE_PREPOSITIONS),
        "after_of": float(not article and last in ("de", "du", "des", "of", "d'", "d’")),
        "after_person_word": float(not article and last.rstrip(".") in _PERSON_CUES),
        "bracketed": float(text[max(0, start - 1) : start] == "(" or text[end : end + 1] == ")"),
        "in_address": float(bool(_ADDRESS.search(text, max(0, start - 3), end + 5))),
        "title_case_line": titled,
        "lower_word_after": float(bool(_VERB_AFTER.match(after))),
        "comma_name_after": float(bool(_PLACE_AFTER.match(after))),
    }


def type_features(release: Release, entity: Entity, found: dict[str, float]) -> dict[str, float]:
    """The evidence about an entity's type: the judge's figures, the name's words and the words
    around its mentions (`found`, less the word classes), its last word's ending, and whether it
    opens with a given name. The keep model reads no ending: "Quintessor" and "International
    Olympic Committee" are bodies though "Assessor" and "Committee" are not."""
    # not the word classes: weighed for the type too they put about as many types wrong as right
    # on releases the judge never saw (measured at 0.21.0: one right, five wrong of thirty releases)
    typed = {k: v for k, v in found.items() if not k.startswith("class_")}
    tokens = words(entity.name)
    if not tokens:
        return typed
    typed[f"ending:{tokens[-1].lower()[-3:]}"] = 1.0
    if len(tokens) > 1:
        typed["given_name"] = float(is_given_name(tokens[0]))
    return typed


def _neighbours(release: Release, entity: Entity) -> dict[str, float]:
    """The word just before and just after each mention, shared among the mentions: both models
    read them ("at Kelvin Heights", "Sale Sharks said"; "the Record Date", "Energy and")."""
    found: dict[str, float] = {}
    text, share = release.text, 1 / max(len(entity.mentions), 1)
    for m in entity.mentions:
        before, after = words(text[max(0, m.start - _REACH) : m.start]), words(text[m.end : m.end + _REACH])
        for key in ([f"before:{before[-1].lower()}"] if before else []) + (
            [f"after:{after[0].lower()}"] if after else []
        ):
            found[key] = found.get(key, 0.0) + share
    return found


@dataclass(frozen=True)
class Judge:
    """A logistic model over the features: how likely the proposal is an entity of the guide; and
    a multinomial one over the type features (`types`, by type): which type it is.

    Both weigh some features once more for the type the rules proposed: a weight named
    "ORG&one_word" is read for a proposal the rules call ORG alone (`for_rules_type`)."""

    keep: dict[str, float]
    threshold: float
    types: dict[str, dict[str, float]] = field(default_factory=dict)
    # the type weights by feature, each a row of one weight per type of `types`: one lookup per
    # feature scores every type (three lookups cost more than the features themselves)
    _rows: dict[str, tuple[float, ...]] = field(init=False, repr=False, compare=False)
    # the weights read for one proposed type, by that type and feature (no "&" in their names)
    _keep_of: dict[str, dict[str, float]] = field(init=False, repr=False, compare=False)
    _rows_of: dict[str, dict[str, tuple[float, ...]]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        named = sorted({k for weights in self.types.values() for k in weights})
        rows = {k: tuple(self.types[t].get(k, 0.0) for t in self.types) for k in named}
        object.__setattr__(self, "_rows", rows)  # frozen: set once, here
        object.__setattr__(self, "_keep_of", _by_rules_type(self.keep))
        object.__setattr__(self, "_rows_of", _by_rules_type(rows))

    def keep_probability(self, found: dict[str, float], kind: str) -> float:
        """How likely a proposal the rules call `kind` is an entity of the guide."""
        return _sigmoid(_dot(self.keep, found) + _dot(self._keep_of.get(kind, {}), found))

    def type_of(self, typed: dict[str, float], kind: str) -> str:
        """The type the type model scores highest (the multinomial model's most likely class) for
        a proposal the rules call `kind`."""
        scores = list(self._rows.get("bias", (0.0,) * len(self.types)))
        for rows in (self._rows, self._rows_of.get(kind, {})):
            for key, value in typed.items():
                row = rows.get(key)
                if row is not None:
                    for i, weight in enumerate(row):
                        scores[i] += weight * value
        return list(self.types)[scores.index(max(scores))]

    def __call__(self, text: str, lang: str, entities: list[Entity], hits: Sequence[Hit]) -> list[Entity]:
        release = Release.of(text, lang, hits)
        judged = []
        for entity in entities:
            found = features(release, entity)
            if self.keep_probability(found, entity.type) < self.threshold:
                continue
            if self.types and not typed_already(entity.type, entity.name, found):
                chosen = self.type_of(type_features(release, entity, found), entity.type)
                if chosen != entity.type:
                    entity = entity.model_copy(update={"type": chosen})
            judged.append(entity)
        return _one_per_name(judged)

    def to_json(self) -> dict[str, object]:
        return {"threshold": self.threshold, "keep": self.keep, "types": self.types}

    @classmethod
    def from_json(cls, data: dict) -> Judge:
        return cls(keep=data["keep"], threshold=float(data["threshold"]), types=data.get("types", {}))


def _one_per_name(entities: list[Entity]) -> list[Entity]:
    """One entity per type and name, as the guide counts them: a name the type model moved to
    the type another entity of the same name has joins it (its mentions and other names), in
    the place of the first."""
    first: dict[tuple[str, str], int] = {}
    merged: list[Entity] = []
    for entity in entities:
        key = (entity.type, entity_key(entity.name))
        if key not in first:
            first[key] = len(merged)
            merged.append(entity)
            continue
        kept = merged[first[key]]
        spans: dict[tuple[int, int], Mention] = {(m.start, m.end): m for m in kept.mentions}
        for m in entity.mentions:
            spans.setdefault((m.start, m.end), m)
        aliases = [a for a in entity.aliases if entity_key(a) != key[1] and a not in kept.aliases]
        merged[first[key]] = kept.model_copy(
            update={
                "mentions": sorted(spans.values(), key=lambda m: m.start),
                "aliases": kept.aliases + aliases,
            }
        )
    return merged


def typed_already(kind: str, name: str, found: dict[str, float]) -> bool:
    """A type the type model leaves alone: one a rule fixed from what it read around the name
    ("investments in Brisemont": a company; the model reads one word either side), and a
    country, a continent, a capital or a region the rules call a place (the guide's places,
    whatever the words around them: "co-operation with Europe")."""
    if found["ruled"]:
        return True
    return kind == "LOC" and bool(found["known_region"] or is_famous_place(name))


def for_rules_type(found: dict[str, float], kind: str, words_too: bool) -> dict[str, float]:
    """`found` and its features again, named for the type the rules proposed ("ORG&one_word"),
    as the models are fitted on them (the words too, or the figures alone): a figure may say one
    thing of a proposed person and another of a proposed body ("one_word", "after_of")."""
    crossed = dict(found)
    for key, value in found.items():
        if not key.startswith("type_") and (words_too or ":" not in key):
            crossed[f"{kind}&{key}"] = value
    return crossed


def _by_rules_type(weights: dict[str, _W]) -> dict[str, dict[str, _W]]:
    """The weights named for one proposed type ("ORG&one_word"), by that type and feature."""
    by_kind: dict[str, dict[str, _W]] = {}
    for key, weight in weights.items():
        kind, cross, feature = key.partition("&")
        if cross:
            by_kind.setdefault(kind, {})[feature] = weight
    return by_kind


def _dot(weights: dict[str, float], found: dict[str, float]) -> float:
    get = weights.get
    return get("bias", 0.0) + sum([get(k, 0.0) * v for k, v in found.items()])


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x)) if x > -30 else 0.0


@cache
def shipped_judge(path: Path = WEIGHTS) -> Judge | None:
    """The judge `make train` wrote, or None where there is none (the rules' entities pass)."""
    if not path.is_file():
        return None
    return Judge.from_json(json.loads(path.read_text(encoding="utf-8")))
