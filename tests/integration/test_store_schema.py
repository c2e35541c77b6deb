"""The store's migrations on SQLite and PostgreSQL: exactly the Core metadata, plus the search index."""

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from link_cases import as_events, cases, stored_links
from sqlalchemy import column, func, inspect, select, table, text

from pressflow_store.db.engine import connect, create_schema
from pressflow_store.db.schema import UnmigratedDatabase, alembic_config
from pressflow_store.db.search import POSTGRES_INDEX, SQLITE_INDEX
from pressflow_store.db.tables import metadata
from pressflow_store.write.repository import save_releases


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


def test_an_archive_of_the_single_band_index_upgrades_and_still_finds_its_copies(engine):
    labelled = cases()
    events = as_events(labelled)
    originals = [i for i, case in enumerate(labelled) if not case.kind]
    with engine.begin() as conn:
        save_releases(conn, [events[i] for i in originals])
    with engine.begin() as conn:  # back to 0004: every band key in release_bands, as it kept them
        command.downgrade(alembic_config(conn), "0004")
        release_bands = table("release_bands", column("band_key"))
        assert conn.execute(select(func.count()).select_from(release_bands)).scalar_one() > 0
    create_schema(engine)
    with engine.begin() as conn:
        save_releases(conn, [ev for i, ev in enumerate(events) if i not in originals])
    links = stored_links(engine, events, labelled)
    assert links == {c.name: (c.kind, c.of) for c in labelled if c.kind}
