"""Releases in, enriched events out: the extraction steps in order, no I/O."""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from pressflow_enrich import ENRICHER_VERSION
from pressflow_enrich.amounts.mentions import find_amounts
from pressflow_enrich.dates.mentions import find_dates
from pressflow_enrich.dates.published import find_published_on
from pressflow_enrich.entities import word_classes
from pressflow_enrich.entities.judge import Judge
from pressflow_enrich.entities.mentions import find_entities
from pressflow_enrich.ner import BatchNer, Span
from pressflow_enrich.places import load_geodata
from pressflow_enrich.release.contacts import find_contacts
from pressflow_enrich.release.language import detect_language
from pressflow_enrich.release.title import find_title
from pressflow_enrich.words.given_names import given_names
from pressflow_enrich.words.nouns import english_words, french_nouns
from pressflow_schemas import EnrichedRelease, RawRelease


def enrich(
    raw: RawRelease, ner: BatchNer, processed_at: datetime, judge: Judge | None = None
) -> EnrichedRelease:
    """Enrich a raw release; deterministic apart from `processed_at`."""
    outcome = enrich_many([raw], ner, processed_at, judge)[0]
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


def enrich_many(
    raws: Sequence[RawRelease], ner: BatchNer, processed_at: datetime, judge: Judge | None = None
) -> list[EnrichedRelease | Exception]:
    """Enrich releases together, with one NER pass over all their lines; one outcome per
    release, in order: its event, or the error that release alone raised. `judge` weighs the
    entities (default: the shipped one, see `entities.judge`)."""
    langs: list[str | Exception] = []
    for raw in raws:
        try:
            langs.append(detect_language(raw.text))
        except Exception as exc:  # this release's outcome, not the batch's
            langs.append(exc)
    ready = [i for i, lang in enumerate(langs) if isinstance(lang, str)]
    spans: dict[int, list[Span] | Exception] = {}
    try:
        found = ner.many([(raws[i].text, str(langs[i])) for i in ready])
        spans.update(zip(ready, found, strict=True))
    except Exception:  # one bad text must not sink the batch: find out which
        for i in ready:
            try:
                spans[i] = ner.many([(raws[i].text, str(langs[i]))])[0]
            except Exception as exc:
                spans[i] = exc
    outcomes: list[EnrichedRelease | Exception] = []
    for i, raw in enumerate(raws):
        lang, hits = langs[i], spans.get(i)
        if isinstance(lang, Exception) or isinstance(hits, Exception):
            outcomes.append(lang if isinstance(lang, Exception) else hits)  # type: ignore[arg-type]
            continue
        try:
            outcomes.append(_enriched(raw, lang, _Found(raw.text, hits or []), processed_at, judge))
        except Exception as exc:
            outcomes.append(exc)
    return outcomes


@dataclass(frozen=True)
class _Found:
    """The NER hits already computed for one text, handed to the entity rules as their recogniser."""

    text: str
    spans: list[Span]

    def __call__(self, text: str, lang: str) -> list[Span]:
        if text != self.text:
            raise ValueError("the entity rules asked for NER on a text other than the release's")
        return self.spans


def _enriched(
    raw: RawRelease, lang: str, ner: _Found, processed_at: datetime, judge: Judge | None
) -> EnrichedRelease:
    text = raw.text
    published_on = find_published_on(text, lang, raw.received_at.date())
    # Relative dates resolve against the release's own date, else a date its format carried
    # (HTML meta, PDF properties, e-mail Date header), else the day it was received.
    anchor = published_on or raw.source.detected_date or raw.received_at.date()
    amounts, quantities = find_amounts(text, lang)
    entities = find_entities(text, lang, ner, judge)
    return EnrichedRelease(
        release_id=raw.release_id,
        received_at=raw.received_at,
        processed_at=processed_at,
        enricher_version=ENRICHER_VERSION,
        source=raw.source,
        language=lang,
        title=raw.title or find_title(text),
        text=text,
        published_on=published_on,
        dates=find_dates(text, lang, anchor),
        amounts=amounts,
        entities=entities,
        contacts=find_contacts(text, entities, lang),
        quantities=quantities,
        metadata=raw.metadata,
    )


# One short release per language for warm_up: a date, an amount, places (a town after "à" or "in"
# reads the geodata's towns), people and organisations.
_SAMPLES = {
    "fr": (
        "Toulouse, le 3 mars 2025\n\nLa Région Occitanie accorde 1,5 million d'euros à la société "
        "Airbus pour son usine à Blagnac.\n\nContact presse : Marie Dupont, presse@example.fr"
    ),
    "en": (
        "LONDON, 3 March 2025\n\nHarbourline PLC today announced a £2 million investment in "
        "Bristol.\n\nMedia contact: Sarah Collins, press@example.com"
    ),
}


def warm_up(ner: BatchNer, languages: Sequence[str], now: datetime) -> None:
    """Load every model and build every table enrichment uses lazily, by enriching one sample
    release per language, so that the first real release waits for none of it; raises what
    failed. The NER runs each language's sample under that language, whatever it is."""
    ner.many([(_SAMPLES.get(lang, _SAMPLES["fr"]), lang) for lang in languages])
    load_geodata()  # the tables only some releases ask for (a country's initials, a state's code)
    given_names()  # read from Faker's providers when first asked (0.3 s)
    french_nouns()  # one table of the French pipeline's lemmatizer, read when first asked (0.06 s)
    english_words()  # the English one's: every release asks it whether a word is an ordinary one (0.01 s)
    for lang in languages:
        word_classes.table(lang)  # the judge's word classes: its vocabulary's word-to-row table (0.3 s)
    source = {"kind": "http", "format": "txt", "size": 0, "sha256": "0" * 64}
    samples = [
        RawRelease.model_validate(
            {"release_id": f"warm-up-{lang}", "received_at": now, "source": source, "text": text}
        )
        for lang, text in _SAMPLES.items()
    ]
    for outcome in enrich_many(samples, ner, now):
        if isinstance(outcome, Exception):
            raise outcome
    # What is loaded now lives as long as the process: out of the collector's full walks, each of
    # which went through the geodata and both models (some 60 ms, three every 1,200 releases).
    gc.freeze()
