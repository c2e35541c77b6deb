"""The store app served by uvicorn in a thread, for the tests that drive it through a browser."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import uvicorn
from sqlalchemy.engine import Engine

from pressflow.broker import free_port
from pressflow_schemas import EnrichedRelease
from pressflow_store.db.engine import connect, create_schema
from pressflow_store.http.api import create_app
from pressflow_store.write.repository import save_releases


@contextlib.contextmanager
def serving(engine: Engine) -> Iterator[str]:
    """Serve the store over `engine` until the block ends; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(engine), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextlib.contextmanager
def serving_releases(folder: Path, *batches: Sequence[EnrichedRelease]) -> Iterator[str]:
    """Serve a new SQLite store in `folder`, each batch written in a transaction of its own."""
    engine = connect(f"sqlite:///{folder / 'store.db'}")
    create_schema(engine)
    for batch in batches:
        with engine.begin() as conn:
            save_releases(conn, batch)
    try:
        with serving(engine) as url:
            yield url
    finally:
        engine.dispose()
