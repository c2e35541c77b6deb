"""The database both sides share: tables, dialects, full-text search, migrations, outages."""
