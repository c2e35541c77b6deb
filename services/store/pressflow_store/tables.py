"""The database tables, in SQLAlchemy Core: one row per release plus what enrichment found."""

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

releases = Table(
    "releases",
    metadata,
    Column("release_id", String(64), primary_key=True),
    Column("title", Text),
    Column("language", String(8), nullable=False),
    Column("published_on", Date),
    # published_on, or the day of receipt when the text states no date: what "newest" sorts by
    Column("dated_on", Date, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("processed_at", DateTime(timezone=True), nullable=False),
    Column("enricher_version", String(32), nullable=False),
    Column("enricher_rank", Integer, nullable=False),
    Column("source_kind", String(16), nullable=False),
    Column("source_filename", Text),
    Column("event", JSON, nullable=False),
    Index("ix_releases_newest", "dated_on", "received_at", "release_id"),
)

release_entities = Table(
    "release_entities",
    metadata,
    Column("release_id", ForeignKey("releases.release_id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("type", String(8), nullable=False),
    Column("name", Text, nullable=False),
    Column("key", Text, nullable=False),  # case- and accent-folded name, for matching
    Column("mentions", Integer, nullable=False),
    Index("ix_release_entities_key", "key", "type"),
)

release_amounts = Table(
    "release_amounts",
    metadata,
    Column("release_id", ForeignKey("releases.release_id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("value", Float, nullable=False),
    Column("currency", String(3), nullable=False),
    Index("ix_release_amounts_value", "currency", "value"),
)

release_dates = Table(
    "release_dates",
    metadata,
    Column("release_id", ForeignKey("releases.release_id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("value", String(32), nullable=False),
    Column("first_day", Date, nullable=False),
    Column("last_day", Date, nullable=False),
    Index("ix_release_dates_span", "first_day", "last_day"),
)

CHILD_TABLES = (release_entities, release_amounts, release_dates)
