"""The database tables, in SQLAlchemy Core: releases and what enrichment found in them."""

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from pressflow_store.db.ddl import child_key

# Named constraints, so that migrations and the metadata agree on every name.
metadata = MetaData(
    naming_convention={
        "pk": "pk_%(table_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ix": "ix_%(table_name)s_%(column_0_name)s",
    }
)

releases = Table(
    "releases",
    metadata,
    # A compact integer key for the child tables and the full-text index (FTS5 rowid).
    Column("id", Integer, primary_key=True),
    Column("release_id", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("language", String(8), nullable=False),
    Column("published_on", Date),
    # published_on, or the day of receipt when the text states no date: what "newest" sorts by
    Column("dated_on", Date, nullable=False),
    Column("dated_month", String(7), nullable=False),  # "2025-03", the month facet
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("processed_at", DateTime(timezone=True), nullable=False),
    Column("enricher_version", String(32), nullable=False),
    Column("enricher_rank", Integer, nullable=False),
    Column("source_kind", String(16), nullable=False),
    Column("source_filename", Text),
    # The event's JSON exactly as serialised once: nothing queries inside it, so no JSON type.
    Column("event", Text, nullable=False),
    Index("ix_releases_newest", "dated_on", "received_at", "release_id"),
    Index("ix_releases_month", "dated_month"),
    # language and month of releases listed by id, without reading their rows: the facets
    Index("ix_releases_facets", "id", "language", "dated_month"),
)

# One row per distinct (type, folded canonical name): what GET /entities lists.
entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(8), nullable=False),
    Column("key", Text, nullable=False),  # case- and accent-folded name, for matching
    Column("name", Text, nullable=False),  # the name as first seen
    # releases written under this name and their mentions of it, kept as releases are written:
    # the canonical name of an entity (its most used) is read, never counted
    Column("releases", Integer, nullable=False, server_default="0"),
    Column("mentions", Integer, nullable=False, server_default="0"),
    UniqueConstraint("type", "key", name="uq_entities_type_key"),
    Index("ix_entities_key", "key"),
)

# Other names the texts gave an entity; they accumulate, as names once used stay valid.
entity_aliases = Table(
    "entity_aliases",
    metadata,
    child_key("entity_id", "entities", primary_key=True),
    Column("key", Text, primary_key=True),
    Column("alias", Text, nullable=False),
    Index("ix_entity_aliases_key", "key"),
)

release_entities = Table(
    "release_entities",
    metadata,
    child_key("release_pk", "releases", primary_key=True),
    child_key("entity_id", "entities", primary_key=True),
    Column("mentions", Integer, nullable=False),
    Index("ix_release_entities_entity", "entity_id", "release_pk"),
)

release_amounts = Table(
    "release_amounts",
    metadata,
    child_key("release_pk", "releases", primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("value", Float, nullable=False),
    Column("currency", String(3), nullable=False),
    Index("ix_release_amounts_value", "currency", "value", "release_pk"),
    # a release's amounts without reading the table: the probe of a walk in date order, the facet
    Index("ix_release_amounts_release", "release_pk", "currency", "value"),
)

release_dates = Table(
    "release_dates",
    metadata,
    child_key("release_pk", "releases", primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("value", String(32), nullable=False),
    Column("first_day", Date, nullable=False),
    Column("last_day", Date, nullable=False),
    Index("ix_release_dates_span", "first_day", "last_day", "release_pk"),
)

CHILD_TABLES = (release_entities, release_amounts, release_dates)


# --- links across the archive (pressflow_store.linking) ---------------------------------------


# Each release's MinHash signature, numbered in the order the batches that wrote them committed
# (they are written under the lock that links one batch at a time): the durable state the band
# index each store process keeps in memory is derived from (pressflow_store.linking.bands), read
# whole when a process starts and, from then on, from the number it last read.
release_signatures = Table(
    "release_signatures",
    metadata,
    Column("seq", Integer, primary_key=True),
    # no foreign key, for the cost of its check at every insert: a trigger deletes the row
    # with its release (migration 0007)
    Column("release_pk", Integer, nullable=False, unique=True),
    Column("signature", LargeBinary, nullable=False),
    sqlite_autoincrement=True,  # a number is never given twice, even after the last row went
)

# One row, written by the migration that made release_signatures: a store process whose band
# index was built from another database (one emptied and migrated again) sees another token.
signature_epoch = Table(
    "signature_epoch",
    metadata,
    Column("token", String(32), primary_key=True),
)

# What a release copies (duplicate_of the earliest copy) or revises: one link per release.
release_links = Table(
    "release_links",
    metadata,
    child_key("release_pk", "releases", primary_key=True),
    child_key("target_pk", "releases", nullable=False),
    Column("kind", String(16), nullable=False),
    Column("similarity", Float, nullable=False),
    Index("ix_release_links_target", "target_pk", "kind", "release_pk"),
)

# A release tied two names of one entity ("X (Y)", a full name and its surname): the evidence
# merges rest on. Kept per release, so a release that stops saying it takes its evidence away.
# No foreign keys: their checks (a lock on each parent row, on PostgreSQL) were most of the
# insert's time; triggers delete a release's or an entity's evidence with it (migration 0007).
entity_evidence = Table(
    "entity_evidence",
    metadata,
    Column("release_pk", Integer, primary_key=True, autoincrement=False),
    Column("short_pk", Integer, primary_key=True, autoincrement=False),
    Column("long_pk", Integer, primary_key=True, autoincrement=False),
    Index("ix_entity_evidence_short", "short_pk", "long_pk"),
    Index("ix_entity_evidence_long", "long_pk", "short_pk"),
)

# The registry: each name that evidence merged, and the entity it belongs to (the smallest id of
# its names). A name with no row is an entity of its own, its id its `entities.id`.
entity_members = Table(
    "entity_members",
    metadata,
    child_key("entity_pk", "entities", primary_key=True),
    Column("group_pk", Integer, nullable=False),
    Index("ix_entity_members_group", "group_pk", "entity_pk"),
)

# releases.linked events written in the transaction that made the change, published after its
# commit and then deleted: a crash in between publishes them at the next start, none is lost.
link_outbox = Table(
    "link_outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event", Text, nullable=False),
)

# Tables earlier migrations made and later ones dropped: what empties a database by table name
# (the tests, the bench) drops these too, so that a database an older version used migrates afresh.
RETIRED_TABLES = ("release_bands", "release_bands_recent", "release_sketches")
