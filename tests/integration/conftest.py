"""Database fixtures: every store test runs on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import os

import pytest
from postgres_server import PostgresServer, PostgresUnavailable

from pressflow_store.repository import connect, create_schema
from pressflow_store.tables import metadata


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


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    url = (
        f"sqlite:///{tmp_path / 'store.db'}"
        if request.param == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    engine = connect(url)
    metadata.drop_all(engine)
    create_schema(engine)
    yield engine
    metadata.drop_all(engine)
    engine.dispose()
