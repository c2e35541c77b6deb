"""The store's database schema, brought up to date by its Alembic migrations."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, inspect, text

MIGRATIONS = Path(__file__).parent / "migrations"
# Any constant works: it only has to be the same for every store process.
_POSTGRES_LOCK = 0x70726573


class UnmigratedDatabase(RuntimeError):
    """A database whose tables were made before the store had migrations."""


def alembic_config(connection: object) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine) -> None:
    """Run every migration not yet applied; safe when several store processes start at once."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Held until commit: a second store waits, then finds nothing left to do.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _POSTGRES_LOCK})
        tables = set(inspect(conn).get_table_names())
        if "releases" in tables and "alembic_version" not in tables:
            raise UnmigratedDatabase(
                "the database holds a store schema older than its migrations: delete it (or point"
                " DATABASE_URL at an empty one), then replay releases.enriched by resetting the"
                " store's consumer group"
            )
        command.upgrade(alembic_config(conn), "head")
