"""Links across the archive: LSH band keys, copy and revision links, the entity registry, the outbox."""

import sqlalchemy as sa
from alembic import op

from pressflow_store.db.ddl import cascade, integers

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "release_bands",
        sa.Column("band_key", sa.BigInteger(), nullable=False),
        sa.Column("release_pk", sa.Integer(), nullable=False),
        cascade("release_bands", "release_pk", "releases"),
        sa.PrimaryKeyConstraint("band_key", "release_pk", name="pk_release_bands"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "release_sketches",
        sa.Column("release_pk", sa.Integer(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        cascade("release_sketches", "release_pk", "releases"),
        sa.PrimaryKeyConstraint("release_pk", name="pk_release_sketches"),
    )
    op.create_table(
        "release_links",
        *integers("release_pk", "target_pk"),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("similarity", sa.Float(), nullable=False),
        cascade("release_links", "release_pk", "releases"),
        cascade("release_links", "target_pk", "releases"),
        sa.PrimaryKeyConstraint("release_pk", name="pk_release_links"),
    )
    op.create_index("ix_release_links_target", "release_links", ["target_pk", "kind", "release_pk"])
    op.create_table(
        "entity_evidence",
        *integers("release_pk", "short_pk", "long_pk"),
        cascade("entity_evidence", "release_pk", "releases"),
        cascade("entity_evidence", "short_pk", "entities"),
        cascade("entity_evidence", "long_pk", "entities"),
        sa.PrimaryKeyConstraint("release_pk", "short_pk", "long_pk", name="pk_entity_evidence"),
    )
    op.create_index("ix_entity_evidence_short", "entity_evidence", ["short_pk", "long_pk"])
    op.create_index("ix_entity_evidence_long", "entity_evidence", ["long_pk", "short_pk"])
    op.create_table(
        "entity_members",
        *integers("entity_pk", "group_pk"),
        cascade("entity_members", "entity_pk", "entities"),
        sa.PrimaryKeyConstraint("entity_pk", name="pk_entity_members"),
    )
    op.create_index("ix_entity_members_group", "entity_members", ["group_pk", "entity_pk"])
    op.create_table(
        "link_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_link_outbox"),
    )


def downgrade() -> None:
    for table in (
        "link_outbox",
        "entity_members",
        "entity_evidence",
        "release_links",
        "release_sketches",
        "release_bands",
    ):
        op.drop_table(table)
