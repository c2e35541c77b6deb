"""The store service: enriched releases persisted idempotently and served over HTTP."""
