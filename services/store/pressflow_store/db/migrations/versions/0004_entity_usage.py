"""How many releases and mentions each entity name has, kept with the entity as releases are
written, so that an entity's profile and canonical name are read rather than counted."""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_COUNT = "(SELECT {} FROM release_entities WHERE release_entities.entity_id = entities.id)"


def upgrade() -> None:
    for name in ("releases", "mentions"):
        op.add_column("entities", sa.Column(name, sa.Integer(), nullable=False, server_default="0"))
    op.execute(
        f"UPDATE entities SET releases = {_COUNT.format('count(*)')},"
        f" mentions = {_COUNT.format('coalesce(sum(mentions), 0)')}"
    )


def downgrade() -> None:
    with op.batch_alter_table("entities") as batch:
        batch.drop_column("mentions")
        batch.drop_column("releases")
