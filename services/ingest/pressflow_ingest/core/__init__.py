"""The pure core of ingest: bytes become text, text becomes releases, and every failure a typed outcome."""
