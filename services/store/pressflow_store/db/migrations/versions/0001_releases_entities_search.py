"""Releases, entities, amounts and dates, with each database's full-text index."""

import sqlalchemy as sa
from alembic import op

from pressflow_store.db.ddl import cascade, integers

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "releases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("dated_on", sa.Date(), nullable=False),
        sa.Column("dated_month", sa.String(length=7), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("enricher_version", sa.String(length=32), nullable=False),
        sa.Column("enricher_rank", sa.Integer(), nullable=False),
        sa.Column("source_kind", sa.String(length=16), nullable=False),
        sa.Column("source_filename", sa.Text(), nullable=True),
        sa.Column("event", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_releases"),
        sa.UniqueConstraint("release_id", name="uq_releases_release_id"),
    )
    op.create_index("ix_releases_month", "releases", ["dated_month"])
    op.create_index("ix_releases_newest", "releases", ["dated_on", "received_at", "release_id"])

    op.create_table(
        "entities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=8), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_entities"),
        sa.UniqueConstraint("type", "key", name="uq_entities_type_key"),
    )
    op.create_index("ix_entities_key", "entities", ["key"])

    op.create_table(
        "entity_aliases",
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        cascade("entity_aliases", "entity_id", "entities"),
        sa.PrimaryKeyConstraint("entity_id", "key", name="pk_entity_aliases"),
    )
    op.create_index("ix_entity_aliases_key", "entity_aliases", ["key"])

    op.create_table(
        "release_entities",
        *integers("release_pk", "entity_id", "mentions"),
        cascade("release_entities", "entity_id", "entities"),
        cascade("release_entities", "release_pk", "releases"),
        sa.PrimaryKeyConstraint("release_pk", "entity_id", name="pk_release_entities"),
    )
    op.create_index("ix_release_entities_entity", "release_entities", ["entity_id", "release_pk"])

    op.create_table(
        "release_amounts",
        *integers("release_pk", "position"),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        cascade("release_amounts", "release_pk", "releases"),
        sa.PrimaryKeyConstraint("release_pk", "position", name="pk_release_amounts"),
    )
    op.create_index("ix_release_amounts_value", "release_amounts", ["currency", "value", "release_pk"])

    op.create_table(
        "release_dates",
        *integers("release_pk", "position"),
        sa.Column("value", sa.String(length=32), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        cascade("release_dates", "release_pk", "releases"),
        sa.PrimaryKeyConstraint("release_pk", "position", name="pk_release_dates"),
    )
    op.create_index("ix_release_dates_span", "release_dates", ["first_day", "last_day", "release_pk"])

    if op.get_bind().dialect.name == "postgresql":
        # One tsvector per release: title weighted A, body B, built with the language's configuration.
        op.execute(
            "CREATE TABLE release_search ("
            " release_pk integer PRIMARY KEY REFERENCES releases (id) ON DELETE CASCADE,"
            " config regconfig NOT NULL,"
            " document tsvector NOT NULL)"
        )
        op.execute("CREATE INDEX ix_release_search_document ON release_search USING gin (document)")
    else:
        # rowid = releases.id; unicode61 folds case and accents like the entity keys do.
        op.execute(
            "CREATE VIRTUAL TABLE release_fts USING fts5("
            "title, body, tokenize = 'unicode61 remove_diacritics 2')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE release_search")
    else:
        op.execute("DROP TABLE release_fts")
    for name in ("release_dates", "release_amounts", "release_entities", "entity_aliases"):
        op.drop_table(name)
    op.drop_table("entities")
    op.drop_table("releases")
