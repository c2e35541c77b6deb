"""The enrich service: pure extraction core (dates, amounts, entities, ...) and its faust wiring."""

# Raise with every change to the rules: the store replaces a release's enrichment only when an
# event comes from a newer version, so an unchanged number would keep stale results.
ENRICHER_VERSION = "0.8.0"
