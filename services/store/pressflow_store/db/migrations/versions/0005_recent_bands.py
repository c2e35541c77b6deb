"""Band keys of the releases linked since the last merge, kept apart from the big band index."""

import sqlalchemy as sa
from alembic import op

from pressflow_store.db.ddl import cascade

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "release_bands_recent",
        sa.Column("band_key", sa.BigInteger(), nullable=False),
        sa.Column("release_pk", sa.Integer(), nullable=False),
        cascade("release_bands_recent", "release_pk", "releases"),
        sa.PrimaryKeyConstraint("band_key", "release_pk", name="pk_release_bands_recent"),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    # the rows not merged yet are kept, in the one table the older code reads
    op.execute("INSERT INTO release_bands SELECT band_key, release_pk FROM release_bands_recent")
    op.drop_table("release_bands_recent")
