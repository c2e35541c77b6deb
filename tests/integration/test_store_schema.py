"""The store's migrations on SQLite and PostgreSQL: exactly the Core metadata, plus the search index."""

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from pressflow_store.db.engine import connect, create_schema
from pressflow_store.db.schema import UnmigratedDatabase, alembic_config
from pressflow_store.db.search import POSTGRES_INDEX, SQLITE_INDEX
from pressflow_store.db.tables import metadata


def in_metadata(name, type_, parents):
    """The full-text index lives beside the metadata: one kind per database, made by the migration."""
    table = name if type_ == "table" else parents.get("table_name") or ""
    return not (table.startswith(SQLITE_INDEX) or table == POSTGRES_INDEX)


def test_the_migrated_schema_is_the_core_metadata(engine):
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={"include_name": in_metadata, "compare_type": True, "compare_server_default": True},
        )
        assert compare_metadata(context, metadata) == []


def test_the_migration_adds_the_databases_own_full_text_index(engine):
    tables = set(inspect(engine).get_table_names())
    assert (POSTGRES_INDEX if engine.dialect.name == "postgresql" else SQLITE_INDEX) in tables


def test_migrating_again_changes_nothing_and_downgrade_empties_the_database(engine):
    create_schema(engine)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    create_schema(engine)
    assert "releases" in inspect(engine).get_table_names()


def test_a_database_from_before_the_migrations_is_refused_with_a_reason(database_url):
    engine = connect(database_url)
    metadata.create_all(engine)
    try:
        with pytest.raises(UnmigratedDatabase, match="older than its migrations"):
            create_schema(engine)
    finally:
        with engine.begin() as conn:
            for table in reversed(metadata.sorted_tables):
                conn.execute(text(f'DROP TABLE "{table.name}"'))
        engine.dispose()
