"""Indexes that answer from the index alone: the facets of a filtered set, and the amounts a
walk in date order probes release by release."""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_releases_facets", "releases", ["id", "language", "dated_month"])
    op.create_index("ix_release_amounts_release", "release_amounts", ["release_pk", "currency", "value"])


def downgrade() -> None:
    op.drop_index("ix_release_amounts_release", table_name="release_amounts")
    op.drop_index("ix_releases_facets", table_name="releases")
