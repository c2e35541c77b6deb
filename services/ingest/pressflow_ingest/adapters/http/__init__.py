"""The ingest HTTP API: `POST /releases`, `POST /releases/batch`, health."""
