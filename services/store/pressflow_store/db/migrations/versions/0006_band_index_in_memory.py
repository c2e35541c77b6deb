"""Signatures numbered in commit order; the band keys leave the database for each store's memory.

The band keys are a function of the signatures, so nothing is lost: the store derives its
in-memory band index from `release_signatures` at start, and the downgrade writes the keys
back for the older code."""

import uuid
from hashlib import blake2b

import numpy as np
import sqlalchemy as sa
from alembic import op

from pressflow_store.db.ddl import cascade

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "release_signatures",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("release_pk", sa.Integer(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        cascade("release_signatures", "release_pk", "releases"),
        sa.PrimaryKeyConstraint("seq", name="pk_release_signatures"),
        sa.UniqueConstraint("release_pk", name="uq_release_signatures_release_pk"),
        sqlite_autoincrement=True,
    )
    # the archive's releases in the order they were stored, as the store would have numbered them
    op.execute(
        "INSERT INTO release_signatures (release_pk, signature)"
        " SELECT release_pk, signature FROM release_sketches ORDER BY release_pk"
    )
    op.create_table(
        "signature_epoch",
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("token", name="pk_signature_epoch"),
    )
    op.execute(f"INSERT INTO signature_epoch (token) VALUES ('{uuid.uuid4().hex}')")
    for table in ("release_bands_recent", "release_bands", "release_sketches"):
        op.drop_table(table)


def downgrade() -> None:
    op.create_table(
        "release_bands",
        sa.Column("band_key", sa.BigInteger(), nullable=False),
        sa.Column("release_pk", sa.Integer(), nullable=False),
        cascade("release_bands", "release_pk", "releases"),
        sa.PrimaryKeyConstraint("band_key", "release_pk", name="pk_release_bands"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "release_bands_recent",
        sa.Column("band_key", sa.BigInteger(), nullable=False),
        sa.Column("release_pk", sa.Integer(), nullable=False),
        cascade("release_bands_recent", "release_pk", "releases"),
        sa.PrimaryKeyConstraint("band_key", "release_pk", name="pk_release_bands_recent"),
        sqlite_with_rowid=False,
    )
    sketches = op.create_table(
        "release_sketches",
        sa.Column("release_pk", sa.Integer(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        cascade("release_sketches", "release_pk", "releases"),
        sa.PrimaryKeyConstraint("release_pk", name="pk_release_sketches"),
    )
    bands = sa.table("release_bands", sa.column("band_key"), sa.column("release_pk"))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT release_pk, signature FROM release_signatures ORDER BY seq")).all()
    if rows:
        conn.execute(sa.insert(sketches), [{"release_pk": pk, "signature": bytes(s)} for pk, s in rows])
        keys = _band_keys(np.frombuffer(b"".join(bytes(s) for _, s in rows), dtype="<u4")).tolist()
        found = {(key, pk) for (pk, _), row in zip(rows, keys, strict=True) for key in row}
        conn.execute(sa.insert(bands), [{"band_key": k, "release_pk": pk} for k, pk in sorted(found)])
    op.drop_table("signature_epoch")
    op.drop_table("release_signatures")


def _band_keys(values: np.ndarray) -> np.ndarray:
    """The 24 band keys of each signature (144 values), as pressflow_schemas.fingerprints
    computed them when this migration was written: a migration stays as it was written."""
    bands, rows = 24, 6

    def constants(label: str, count: int) -> np.ndarray:
        digests = [blake2b(f"{label}{i}".encode(), digest_size=8).digest() for i in range(count)]
        return np.array([int.from_bytes(d, "big") | 1 for d in digests], dtype=np.uint64)

    grouped = values.reshape(-1, bands, rows).astype(np.uint64)
    mixed = (grouped * constants("row", rows)).sum(axis=2, dtype=np.uint64) ^ constants("band", bands)
    return (mixed >> np.uint64(1)).astype(np.int64)
