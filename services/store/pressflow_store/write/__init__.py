"""The write side: the consumer of releases.enriched and the idempotent upsert it commits."""
