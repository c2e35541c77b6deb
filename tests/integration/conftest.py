"""Database fixtures: every store test runs on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import Engine, text

from pressflow.postgres import PostgresServer, PostgresUnavailable
from pressflow_store.db.engine import connect, create_schema
from pressflow_store.db.search import POSTGRES_INDEX
from pressflow_store.db.tables import RETIRED_TABLES, metadata


@pytest.fixture(scope="session")
def postgres_url():
    if os.environ.get("PRESSFLOW_TEST_DATABASE_URL"):
        yield os.environ["PRESSFLOW_TEST_DATABASE_URL"]
        return
    try:
        server = PostgresServer().start()
    except PostgresUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI must test PostgreSQL: {exc}")
        pytest.skip(str(exc))
    yield server.url
    server.stop()


def empty_postgres(engine: Engine) -> None:
    """Drop the store's tables and the migrations' bookkeeping, so each test migrates afresh."""
    tables = [*(t.name for t in reversed(metadata.sorted_tables)), *RETIRED_TABLES]
    names = [POSTGRES_INDEX, *tables, "alembic_version"]
    with engine.begin() as conn:
        for name in names:
            conn.execute(text(f'DROP TABLE IF EXISTS "{name}" CASCADE'))


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """An empty database of each kind."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    url = request.getfixturevalue("postgres_url")
    engine = connect(url)
    empty_postgres(engine)
    engine.dispose()
    yield url


@pytest.fixture
def engine(database_url):
    """An engine on a database migrated to the latest schema."""
    engine = connect(database_url)
    create_schema(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def postgres_engine(postgres_url):
    """An engine on an empty PostgreSQL database migrated to the latest schema."""
    engine = connect(postgres_url)
    empty_postgres(engine)
    create_schema(engine)
    yield engine
    engine.dispose()
