"""What connects ingest's core to the world: HTTP, the inbox, the ledger file, parser isolation."""
