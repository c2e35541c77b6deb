"""The store's API while its database is away: 503 problem details with Retry-After, not a 500."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import httpx
import pytest

from pressflow.postgres import PostgresServer, PostgresUnavailable
from pressflow_store.db.engine import connect, create_schema
from pressflow_store.http.api import create_app

pytestmark = pytest.mark.postgres


async def test_with_postgresql_down_queries_answer_503_and_then_recover():
    # a server of its own, kept across its restart (under /tmp: the postgres user must reach it)
    base = Path(tempfile.mkdtemp(prefix="pressflow-pg-outage-"))
    try:
        server = PostgresServer(base).start()
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    engine = connect(server.url)
    try:
        create_schema(engine)
        app = create_app(engine)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://store") as c:
            assert (await c.get("/releases")).status_code == 200
            server.stop()
            down = await c.get("/releases")
            health = await c.get("/healthz")
            server.start()
            back = await c.get("/releases")
    finally:
        engine.dispose()
        server.stop()
        shutil.rmtree(base, ignore_errors=True)
    assert (down.status_code, down.headers["retry-after"]) == (503, "5")
    assert down.headers["content-type"] == "application/problem+json"
    assert down.json()["type"].endswith("/database_unavailable")
    assert health.status_code == 503
    assert back.status_code == 200
