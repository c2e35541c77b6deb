"""One release in, one enriched event out: the extraction steps in order, no I/O."""

from __future__ import annotations

from datetime import datetime

from pressflow_enrich import ENRICHER_VERSION
from pressflow_enrich.amounts import find_amounts
from pressflow_enrich.contacts import find_contacts
from pressflow_enrich.dates import find_dates
from pressflow_enrich.entities import find_entities
from pressflow_enrich.language import detect_language
from pressflow_enrich.ner import Ner
from pressflow_enrich.published import find_published_on
from pressflow_enrich.title import find_title
from pressflow_schemas import EnrichedRelease, RawRelease


def enrich(raw: RawRelease, ner: Ner, processed_at: datetime) -> EnrichedRelease:
    """Enrich a raw release; deterministic apart from `processed_at`."""
    text = raw.text
    lang = detect_language(text)
    published_on = find_published_on(text, lang, raw.received_at.date())
    # Relative dates resolve against the release's own date, else a date its format carried
    # (HTML meta, PDF properties, e-mail Date header), else the day it was received.
    anchor = published_on or raw.source.detected_date or raw.received_at.date()
    amounts, quantities = find_amounts(text, lang)
    entities = find_entities(text, lang, ner)
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
        contacts=find_contacts(text, entities),
        quantities=quantities,
        metadata=raw.metadata,
    )
