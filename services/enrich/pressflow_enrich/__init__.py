"""The enrich service: pure extraction core (dates, amounts, entities, ...) and its faust wiring."""

from pressflow_enrich.native import use_compiled_if_current

# Raise with every change to the rules: the store replaces a release's enrichment only when an
# event comes from a newer version, so an unchanged number would keep stale results.
ENRICHER_VERSION = "0.29.0"

# Whether the rules run compiled (see native.py): decided here, before any of them is imported.
COMPILED = use_compiled_if_current()
