"""The enrich service: pure extraction core (dates, amounts, entities, ...) and its faust wiring."""

ENRICHER_VERSION = "0.1.0"
